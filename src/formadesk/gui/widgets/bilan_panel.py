"""« Bilan »: a session's bilan at a glance, the trainer's remarks, the session's costs, and the
bilan produced in PDF or Word (it then proves the checklist step « Rédiger le bilan »).

Remarks typed and not saved are never lost silently: changing session, or closing the window,
asks first; a change elsewhere reloads the figures and keeps what is being typed.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.reporting.bilan_data import SessionBilan
from formadesk.core.services.costs import CostRow

from ..dialogs.cost_dialog import CostDialog
from ..forms.ui_bilan_panel import Ui_BilanPanel
from ..messages import confirm, show_error
from ..models.simple import RIGHT, Column, RowTableModel
from ..tasks import run_with_progress
from .desktop import open_local
from .tables import fit_columns, select_id, selected_id, setup_table

CONTEXT = "BilanPanel"
FORMATS = {"pdf": "PDF", "docx": "Word"}
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


COST_COLUMNS: list[Column[CostRow]] = [
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Date"),
        lambda r: fmt.date_short(r.spent_on),
        lambda r: r.spent_on,
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Libellé"), lambda r: r.text, tooltip=lambda r: r.category_label
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Montant HT"),
        lambda r: fmt.money(r.amount_cents),
        lambda r: r.amount_cents,
        RIGHT,
    ),
]


def _lines(title: str, lines: list[str]) -> str:
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    return f"<h4>{html.escape(title)}</h4><ul>{items}</ul>"


def _comments(bilan: SessionBilan, shown: int = 5) -> list[str]:
    """The first comments, then how many more the document holds."""
    lines = [
        _tr("« {text} » ({group})").format(text=c.text, group=c.group)
        for c in bilan.comments[:shown]
    ]
    more = len(bilan.comments) - shown
    if more > 0:
        lines.append(_tr("… et {n} autres commentaires, dans le bilan.").format(n=more))
    return lines


def summary_html(bilan: SessionBilan) -> str:
    """What the bilan says, in short, for the page (the document says it all)."""
    parts = [
        _lines(
            _tr("Assiduité"),
            [
                _tr("Taux d'assiduité : {text}").format(text=bilan.attendance_text),
                _tr("Allés au bout : {done} sur {all} ({rate})").format(
                    done=bilan.completed, all=bilan.learners, rate=bilan.completion_text
                ),
                _tr("Absences : {text}").format(text=bilan.absences_text),
                *([bilan.not_entered_text] if bilan.not_entered_text else []),
                *[
                    _tr("Abandon de {who} le {on} : {why}").format(
                        who=d.learner, on=d.on or "?", why=d.reason
                    )
                    for d in bilan.drop_outs
                ],
            ],
        ),
        _lines(
            _tr("Résultats par objectif"),
            [
                _tr(
                    "O{n} : {a} acquis, {p} partiellement acquis, {x} non acquis, "
                    "{u} non évalué ({rate})"
                ).format(
                    n=o.number,
                    a=o.acquired,
                    p=o.partial,
                    x=o.not_acquired,
                    u=o.not_assessed,
                    rate=o.acquired_text,
                )  # fmt: skip
                for o in bilan.objectives
            ]
            or [_tr("Aucun objectif défini pour la formation : non renseigné.")],
        ),
        _lines(
            _tr("Satisfaction"),
            [
                _tr("{group} : {returned}, note {average}").format(
                    group=g.label, returned=g.returned_text, average=g.average_text
                )
                for g in bilan.satisfaction
            ]
            + _comments(bilan)
            or [_tr("Aucun questionnaire envoyé : non renseigné.")],
        ),
        _lines(
            _tr("Aléas et réclamations"),
            [f"{e.kind} ({e.on}) : {e.text} — {e.state}" for e in bilan.events] or [_tr("Aucun.")],
        ),
        _lines(_tr("Finances"), [f"{label} : {value}" for label, value in bilan.money_lines]),
    ]
    return "".join(parts)


class BilanPanel(QWidget):
    """The page « Bilan » of one session (or none)."""

    produced = Signal(str)  # path of a bilan just written

    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.ui = ui = Ui_BilanPanel()
        ui.setupUi(self)
        self.session_id: int | None = None
        self.code = ""
        self.bilan: SessionBilan | None = None
        self._stale = False  # figures to read when the page is next shown
        self._saved_remarks = ""
        self._filling = False
        self.cost_model: RowTableModel[CostRow] = RowTableModel(COST_COLUMNS, CONTEXT, self)
        setup_table(ui.costTable, self.cost_model, sortable=False, stretch_column=1)
        ui.bilanSplitter.setStretchFactor(0, 3)
        ui.bilanSplitter.setStretchFactor(1, 2)
        ui.remarksEdit.textChanged.connect(self._remarks_changed)
        ui.saveRemarksButton.clicked.connect(self.save_remarks)
        QShortcut(QKeySequence.StandardKey.Save, ui.remarksEdit, self.save_remarks)
        ui.addCostButton.clicked.connect(self.add_cost)
        ui.editCostButton.clicked.connect(self.edit_cost)
        ui.costTable.doubleClicked.connect(lambda _index: self.edit_cost())
        ui.deleteCostButton.clicked.connect(self.delete_cost)
        ui.costTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.pdfButton.clicked.connect(lambda: self.produce("pdf"))
        ui.wordButton.clicked.connect(lambda: self.produce("docx"))
        self._watched: QWidget | None = None
        self.show_session(None)

    # -- showing --------------------------------------------------------------------------
    @property
    def remarks_dirty(self) -> bool:
        """Remarks typed and not saved yet."""
        return self.session_id is not None and self.remarks_text() != self._saved_remarks

    def remarks_text(self) -> str:
        return self.ui.remarksEdit.toPlainText().strip()

    def show_session(self, session_id: int | None) -> bool:
        """Show another session; unsaved remarks are saved or dropped as the user says
        (False, and nothing changes, when the user cancels)."""
        if session_id != self.session_id and not self.settle_remarks():
            return False
        changed = session_id != self.session_id
        self.session_id = session_id
        self.reload(keep_remarks=not changed)
        return True

    def reload(self, *, keep_remarks: bool = True) -> None:
        """Reload figures, costs and the saved remarks; remarks being typed are kept.

        A hidden page only notes it is out of date (the figures read several tables): it
        reloads when shown.
        """
        if not self.isVisible() and not self.remarks_dirty:
            self._stale = True
            return
        self._stale = False
        ui = self.ui
        typed = self.remarks_text() if keep_remarks and self.remarks_dirty else None
        self.bilan = None
        costs: list[CostRow] = []
        if self.session_id is not None:
            try:
                self._saved_remarks = self.office.bilans.remarks(self.session_id)
                self.code = self.office.sessions.row(self.session_id).code
                costs = self.office.costs.list(session_id=self.session_id)
            except FormadeskError:
                self.session_id, self._saved_remarks = None, ""
        if self.session_id is None:
            ui.summaryView.setHtml(
                html.escape(_tr("Sélectionnez une session pour voir son bilan."))
            )
            self._saved_remarks = ""
        else:
            try:
                self.bilan = self.office.bilans.figures(self.session_id)
                ui.summaryView.setHtml(summary_html(self.bilan))
            except FormadeskError as refusal:  # not finished yet: said, not an error
                ui.summaryView.setHtml(f"<p>{html.escape(str(refusal))}</p>")
        self._filling = True
        try:
            ui.remarksEdit.setPlainText(typed if typed is not None else self._saved_remarks)
        finally:
            self._filling = False
        chosen = selected_id(ui.costTable)
        self.cost_model.set_rows(costs)
        select_id(ui.costTable, chosen)
        fit_columns(ui.costTable, skip=1)
        total = sum(c.amount_cents for c in costs)
        ui.costTotalLabel.setText(
            _tr("Total : {amount} HT").format(amount=fmt.money(total)) if costs else ""
        )
        ui.bilanState.setText(self._bilan_state())
        self._remarks_changed()

    def _bilan_state(self) -> str:
        if self.session_id is None:
            return ""
        if self.bilan is None:
            return _tr("Le bilan se produit une fois la session terminée.")
        made = [
            d for d in self.office.documents.list_documents(self.session_id) if d.kind == "bilan"
        ]
        if not made:
            return _tr("Aucun bilan produit pour cette session.")
        last = made[0]
        return _tr("Dernier bilan produit le {date} ({format}).").format(
            date=fmt.date_short(last.generated_at.date()),
            format=FORMATS.get(last.file_format, last.file_format),
        )

    def _remarks_changed(self) -> None:
        if self._filling:
            return
        dirty = self.remarks_dirty
        self.ui.remarksState.setText(_tr("Modifications non enregistrées") if dirty else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        has_session = self.session_id is not None
        for widget in (ui.remarksEdit, ui.addCostButton):
            widget.setEnabled(has_session)
        ui.saveRemarksButton.setEnabled(self.remarks_dirty)
        has_cost = has_session and selected_id(ui.costTable) is not None
        ui.editCostButton.setEnabled(has_cost)
        ui.deleteCostButton.setEnabled(has_cost)
        for button in (ui.pdfButton, ui.wordButton):
            button.setEnabled(self.bilan is not None)

    # -- remarks --------------------------------------------------------------------------
    def save_remarks(self) -> bool:
        """Save the remarks as typed; on a refusal the text stays and the message says why."""
        if self.session_id is None or not self.remarks_dirty:
            return True
        text = self.remarks_text()
        try:
            self.office.bilans.save_remarks(self.session_id, text)
        except FormadeskError as error:
            show_error(self, error)
            return False
        self._saved_remarks = text
        self._remarks_changed()
        return True

    def settle_remarks(self) -> bool:
        """Before leaving the remarks: save or drop them as the user says; False to stay."""
        if not self.remarks_dirty:
            return True
        answer = self.ask_unsaved()
        if answer == SAVE:
            return self.save_remarks()
        if answer == DISCARD:
            self._filling = True
            self.ui.remarksEdit.setPlainText(self._saved_remarks)
            self._filling = False
            self._remarks_changed()
            return True
        return False

    def ask_unsaved(self) -> str:
        """« Enregistrer les remarques ? »: SAVE, DISCARD or CANCEL (tests answer it)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("Remarques du formateur"),
            _tr(
                "Les remarques du formateur de la session {code} ne sont pas enregistrées. "
                "Les enregistrer ?"
            ).format(code=self.code),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Save).setText(_tr("Enregistrer"))
        box.button(QMessageBox.StandardButton.Discard).setText(_tr("Ne pas enregistrer"))
        box.button(QMessageBox.StandardButton.Cancel).setText(_tr("Annuler"))
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return DISCARD
        return CANCEL

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Reload if out of date; watch the window's closing (unsaved remarks ask first)."""
        if self._stale:
            self.reload()
        window = self.window()
        if window is not self and window is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched = window
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        closing = watched is self._watched and event.type() == QEvent.Type.Close
        if closing and not self.settle_remarks():
            event.ignore()  # the user stays with the remarks
            return True
        return super().eventFilter(watched, event)

    # -- costs ----------------------------------------------------------------------------
    def add_cost(self) -> CostDialog | None:
        return self._cost_dialog(None)

    def edit_cost(self) -> CostDialog | None:
        cost_id = selected_id(self.ui.costTable)
        return self._cost_dialog(cost_id) if cost_id is not None else None

    def _cost_dialog(self, cost_id: int | None) -> CostDialog | None:
        if self.session_id is None:
            return None
        try:
            dialog = CostDialog(self.office, self.session_id, cost_id, self)
        except FormadeskError as error:
            show_error(self, error)
            return None
        self.cost_dialog = dialog
        if dialog.exec():
            self.reload()
            select_id(self.ui.costTable, dialog.saved_id)
        return dialog

    def delete_cost(self) -> None:
        cost_id = selected_id(self.ui.costTable)
        row = self.cost_model.row_at(self.cost_model.row_of_id(cost_id)) if cost_id else None
        if row is None:
            return
        question = _tr("Supprimer le coût « {label} » ({amount}) ?").format(
            label=row.text, amount=fmt.money(row.amount_cents)
        )
        if not confirm(self, _tr("Supprimer un coût"), question):
            return
        try:
            self.office.costs.delete(row.id)
        except FormadeskError as error:
            show_error(self, error)
            return
        self.reload()

    # -- the bilan ------------------------------------------------------------------------
    def produce(self, file_format: str) -> Path | None:
        """Write the bilan (saving the remarks typed first), then offer to open it."""
        if self.session_id is None or not self.save_remarks():
            return None
        try:
            path = run_with_progress(
                self, _tr("Production du bilan…"), self.office.bilans.produce, self.session_id,
                file_format,
            )  # fmt: skip
        except (FormadeskError, OSError) as error:
            show_error(self, _readable(error))
            return None
        self.reload()
        self.produced.emit(str(path))
        question = _tr("Le bilan est enregistré :\n{path}\n\nL'ouvrir maintenant ?").format(
            path=path
        )
        if confirm(self, _tr("Bilan de la session"), question):
            open_local(path)
        return path


def _readable(error: Exception) -> Exception:
    if isinstance(error, OSError):
        return FormadeskError(
            _tr(
                "Le fichier n'a pas pu être écrit ({reason}). Vérifiez que le dossier existe et "
                "que le fichier n'est pas ouvert dans un autre programme."
            ).format(reason=error.strerror or error)
        )
    return error
