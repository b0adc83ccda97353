"""The « Satisfaction » page of the Qualité tab (Qualiopi indicator 30).

Sessions with their return rate; the respondents of the selected one; sending the
questionnaires (fillable PDF + .eml drafts), importing the returned PDFs (picked, or dropped
onto the page) or a filled spreadsheet, typing paper answers, reminders, results with a
chart, and the editor of the question bank and models.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.surveys import ImportReport

from ..bus import ChangeSignal
from ..dialogs.survey_editor_dialog import SurveyEditorDialog
from ..dialogs.survey_entry_dialog import SurveyEntryDialog
from ..dialogs.survey_import_dialog import SurveyImportDialog
from ..dialogs.survey_remind_dialog import SurveyRemindDialog
from ..dialogs.survey_results_dialog import SurveyResultsDialog
from ..dialogs.survey_send_dialog import SurveySendDialog
from ..forms.ui_survey_page import Ui_SurveysPage
from ..messages import confirm, show_error
from ..models.simple import RowTableModel
from ..widgets.desktop import open_local
from ..widgets.inputs import fill_combo
from ..widgets.survey_columns import (
    CONTEXT,
    RESPONDENT_COLUMNS,
    SESSION_COLUMNS,
    RespondentLine,
    SessionLine,
)
from ..widgets.tables import fit_columns, select_id, selected_id, setup_table
from .base import RefreshingTab

SHEETS = (".xlsx",)
PERIODS = {
    "quarter": ("Ces 3 derniers mois", 92),
    "year": ("Ces 12 derniers mois", 366),
    "all": ("Toutes", None),
}


def _link(path: Path) -> str:
    url = QUrl.fromLocalFile(str(path)).toString()
    return f'<a href="{html.escape(url)}">{html.escape(str(path))}</a>'


class SurveysPage(RefreshingTab):
    """Return rates per session and every action on the satisfaction questionnaires."""

    watched = ("evaluation", "questionnaire", "survey_question", "session", "enrollment")
    session_requested = Signal(int)

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(office, bus, parent)
        self.ui = ui = Ui_SurveysPage()
        ui.setupUi(self)
        self.setAcceptDrops(True)
        self.sessions: RowTableModel[SessionLine] = RowTableModel(SESSION_COLUMNS, CONTEXT, self)
        setup_table(ui.sessionTable, self.sessions, stretch_column=1)
        self.people: RowTableModel[RespondentLine] = RowTableModel(
            RESPONDENT_COLUMNS, CONTEXT, self
        )
        setup_table(ui.respondentTable, self.people, stretch_column=2)
        ui.splitter.setSizes([330, 260])
        fill_combo(ui.periodCombo, {k: self.tr(label) for k, (label, _) in PERIODS.items()})
        ui.periodCombo.setCurrentIndex(1)
        ui.periodCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.searchEdit.textChanged.connect(lambda _t: self.refresh())
        ui.sessionTable.selectionModel().selectionChanged.connect(self.show_respondents)
        ui.sessionTable.doubleClicked.connect(self._open_session)
        ui.sendButton.clicked.connect(self.send)
        self.import_menu = QMenu(self)
        self.import_menu.addAction(
            self.tr("Des fichiers (PDF remplis, tableau Excel)…")
        ).triggered.connect(self.import_chosen)
        self.import_menu.addAction(self.tr("Tous les PDF d'un dossier…")).triggered.connect(
            self.import_folder
        )
        ui.importButton.setMenu(self.import_menu)
        ui.paperButton.clicked.connect(self.enter_paper)
        ui.remindButton.clicked.connect(self.remind)
        ui.resultsButton.clicked.connect(self.show_results)
        ui.editorButton.clicked.connect(self.edit_questionnaires)
        self.sheet_menu = QMenu(self)
        ui.sheetButton.setMenu(self.sheet_menu)
        self.sheet_menu.aboutToShow.connect(self._fill_sheet_menu)
        self.refresh()

    # -- hooks the tests replace ----------------------------------------------------------
    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; True when accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_replace(self, names: list[str]) -> bool:
        return confirm(
            self,
            self.tr("Questionnaires déjà reçus"),
            self.tr(
                "Ces répondants ont déjà répondu : {names}.\n\nRemplacer leurs réponses "
                "enregistrées par celles des fichiers ?"
            ).format(names=", ".join(names)),
        )

    def open_path(self, path: Path) -> None:
        open_local(path)

    # -- lists ----------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.session_id()
        today = dt.date.today()
        days = PERIODS[self.ui.periodCombo.currentData() or "year"][1]
        since = today - dt.timedelta(days=days) if days else None
        text = self.ui.searchEdit.text().strip()
        rates = {
            r.session_id: r
            for r in self.office.surveys.return_rates(start=since, text=text, limit=None)
        }
        first = since - dt.timedelta(days=366) if since else dt.date(1900, 1, 1)  # long ones
        sessions = self.office.sessions.list(text=text, starts_between=(first, today), limit=1000)
        lines = [
            SessionLine(
                s.id,
                s.code,
                s.course_title,
                s.start_date,
                s.end_date,
                rates[s.id].sent if s.id in rates else 0,
                rates[s.id].answered if s.id in rates else 0,
                rates[s.id].average if s.id in rates else None,
            )  # fmt: skip
            for s in sessions
            if s.status not in ("annulee", "brouillon") and (since is None or s.end_date >= since)
        ]
        lines.sort(key=lambda line: (line.end, line.code), reverse=True)
        self.sessions.set_rows(lines)
        fit_columns(self.ui.sessionTable, skip=1)
        sent = sum(line.sent for line in lines)
        answered = sum(line.answered for line in lines)
        self.ui.totalsLabel.setText(
            self.tr("{n} session(s) · {a} réponse(s) / {s} envoi(s) · {r}").format(
                n=len(lines),
                a=answered,
                s=sent,
                r=f"{round(100 * answered / sent)} %" if sent else "—",
            )  # fmt: skip
        )
        if not select_id(self.ui.sessionTable, keep) and lines:
            self.ui.sessionTable.selectRow(0)
        self.show_respondents()

    def session_id(self) -> int | None:
        return selected_id(self.ui.sessionTable)

    def select_session(self, session_id: int) -> bool:
        return select_id(self.ui.sessionTable, session_id)

    def show_respondents(self, *_args) -> None:
        session_id = self.session_id()
        has = session_id is not None
        for button in (
            self.ui.sendButton, self.ui.importButton, self.ui.paperButton,
            self.ui.remindButton, self.ui.sheetButton,
        ):  # fmt: skip
            button.setEnabled(has)
        if not has:
            self.people.set_rows([])
            self.ui.sessionLabel.setText(
                self.tr("Choisissez une session pour voir ses répondants.")
            )
            return
        titles = {m.id: m.title for m in self.office.surveys.questionnaires()}
        rows = self.office.surveys.respondents(session_id)
        self.people.set_rows(
            [RespondentLine(r.evaluation_id, r, titles.get(r.questionnaire_id, "—")) for r in rows]
        )
        fit_columns(self.ui.respondentTable, skip=2)
        line = self.sessions.row_at(self.sessions.row_of_id(session_id))
        waiting = sum(1 for r in rows if r.answered_on is None)
        label = f"<b>{html.escape(line.code)}</b> — {html.escape(line.title)}" if line else ""
        pending = self.office.surveys.to_send(session_id)
        later = (
            "<br>"
            + self.tr("À envoyer : ")
            + " ; ".join(
                f"« {html.escape(title)} » "
                + self.tr("à partir du {d}").format(d=fmt.date_short(due))
                for _, title, due in pending
            )
            if pending
            else ""
        )
        self.ui.sessionLabel.setText(
            label
            + " · "
            + (
                self.tr("{n} questionnaire(s), {w} sans réponse").format(n=len(rows), w=waiting)
                if rows
                else self.tr("aucun questionnaire envoyé : « Envoyer les questionnaires… »")
            )
            + later
        )
        self.ui.remindButton.setEnabled(waiting > 0)

    def say(self, text: str) -> None:
        self.ui.messageLabel.setText(text)

    def _open_session(self, *_args) -> None:
        session_id = self.session_id()
        if session_id is not None:
            self.session_requested.emit(session_id)

    # -- actions --------------------------------------------------------------------------
    def send(self) -> None:
        session_id = self.session_id()
        if session_id is None:
            return
        dialog = SurveySendDialog(self.office, session_id, self)
        accepted = self.run_dialog(dialog)
        report = dialog.report
        wants_open = dialog.open_folder_wanted()
        dialog.deleteLater()
        if not accepted or report is None:
            return
        text = html.escape(report.summary()).replace("\n", "<br>")
        if report.folder:
            text += "<br>" + self.tr("Dossier : {link}").format(link=_link(Path(report.folder)))
        self.say(text)
        if wants_open and report.files:
            self.open_path(Path(report.folder))

    def import_chosen(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Questionnaires remplis ou tableau de réponses"),
            str(self.office.surveys.default_folder(self.session_id())) if self.session_id() else "",
            self.tr("Questionnaires (*.pdf *.xlsx);;Tous les fichiers (*)"),
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier des questionnaires remplis"), self._start_folder()
        )
        if folder:
            self.import_files([Path(folder)])

    def _start_folder(self) -> str:
        session_id = self.session_id()
        return str(self.office.surveys.default_folder(session_id)) if session_id else ""

    def import_files(self, paths: list[Path]) -> ImportReport | None:
        """Import returned PDFs (or folders of them) and answer spreadsheets; any other file
        is listed as ignored in the report of the PDFs."""
        sheets = [p for p in paths if p.suffix.lower() in SHEETS]
        pdfs = [p for p in paths if p not in sheets]
        messages: list[str] = []
        for sheet in sheets:
            try:
                result = self.office.surveys.import_answers(sheet)
            except (FormadeskError, OSError) as error:
                show_error(self, error)
                continue
            messages.append(
                f"<b>{html.escape(sheet.name)}</b> : "
                + html.escape(result.summary()).replace("\n", "<br>")
            )
        report = None
        if pdfs:
            try:
                report = self.office.surveys.import_pdfs(pdfs)
                already = report.of("already")
                if already and self.ask_replace([f.respondent for f in already]):
                    again = self.office.surveys.import_pdfs(
                        [Path(f.path) for f in already], replace=True
                    )
                    replaced = {f.path: f for f in again.files}
                    report.files = [replaced.get(f.path, f) for f in report.files]
            except (FormadeskError, OSError) as error:
                show_error(self, error)
                return None
            text = self.tr("{ok} questionnaire(s) PDF enregistré(s) sur {n} fichier(s).").format(
                ok=report.stored, n=len(report.files)
            )
            if report.ignored:
                text += " " + self.tr(
                    "{i} fichier(s) ignoré(s) : ni questionnaire PDF ni classeur."
                ).format(i=report.ignored)
            messages.append(text)
            dialog = SurveyImportDialog(report, self)
            self.run_dialog(dialog)
            dialog.deleteLater()
        self.say("<br>".join(messages))
        return report

    def enter_paper(self) -> None:
        session_id = self.session_id()
        if session_id is None:
            return
        dialog = SurveyEntryDialog(self.office, session_id, self)
        self.run_dialog(dialog)
        dialog.deleteLater()

    def remind(self) -> None:
        session_id = self.session_id()
        if session_id is None:
            return
        dialog = SurveyRemindDialog(self.office, session_id, self)
        if self.run_dialog(dialog) and dialog.report is not None:
            report = dialog.report
            text = self.tr("{n} relance(s) notée(s).").format(n=len(report.reminded))
            if report.files:
                folder = Path(report.files[0]).parent
                text += " " + self.tr("E-mails préparés dans {link}").format(link=_link(folder))
            if report.without_email:
                text += "<br>" + self.tr("Sans e-mail (à relancer par téléphone) : {n}").format(
                    n=html.escape(", ".join(report.without_email))
                )
            self.say(text)
        dialog.deleteLater()

    def show_results(self) -> None:
        dialog = SurveyResultsDialog(self.office, self.session_id(), self)
        self.run_dialog(dialog)
        dialog.deleteLater()

    def edit_questionnaires(self) -> None:
        dialog = SurveyEditorDialog(self.office, self)
        self.run_dialog(dialog)
        dialog.deleteLater()

    def _fill_sheet_menu(self) -> None:
        self.sheet_menu.clear()
        session_id = self.session_id()
        if session_id is None:
            return
        sent = {r.questionnaire_id for r in self.office.surveys.respondents(session_id)}
        for model in self.office.surveys.questionnaires():
            if model.id in sent:
                action = self.sheet_menu.addAction(
                    self.tr("Exporter « {t} » (Excel)…").format(t=model.title)
                )
                action.triggered.connect(lambda _c=False, m=model.id: self.export_sheet(m))
        if not sent:
            self.sheet_menu.addAction(self.tr("(aucun questionnaire envoyé)")).setEnabled(False)
        self.sheet_menu.addSeparator()
        self.sheet_menu.addAction(self.tr("Importer un tableau rempli…")).triggered.connect(
            self.import_chosen
        )

    def export_sheet(self, questionnaire_id: int, path: Path | None = None) -> Path | None:
        session_id = self.session_id()
        if session_id is None:
            return None
        if path is None:
            start = self.office.surveys.default_folder(session_id) / "réponses.xlsx"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Tableau des réponses"), str(start), self.tr("Excel (*.xlsx)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            written = self.office.surveys.export_answers(session_id, questionnaire_id, path)
        except (FormadeskError, OSError) as error:
            show_error(self, error)
            return None
        self.say(self.tr("Tableau enregistré : {link}").format(link=_link(written)))
        return written

    # -- dropping returned files onto the page --------------------------------------------
    @staticmethod
    def _dropped(event) -> list[Path]:
        """Every local file or folder dropped; those that are not questionnaires are listed as
        ignored in the import report rather than silently left out."""
        return [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if self._dropped(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = self._dropped(event)
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)
