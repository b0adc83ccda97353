"""« Résultats » of the satisfaction questionnaires: per session, course, trainer or for all,
over a period and an audience; rates, a bar per question, the table of answers, comments."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.surveys import RESPONDENTS, QuestionResult, SurveyResults

from ..messages import show_error
from ..widgets.inputs import fill_combo, french_buttons, select_data
from ..widgets.survey_chart import Bar, SurveyChart

SCOPES = {
    "session": "La session choisie",
    "course": "La formation de la session",
    "trainer": "Un formateur",
    "all": "Toutes les sessions",
}


def _number(value: float, digits: int = 1) -> str:
    return f"{value:.{digits}f}".replace(".", ",")


def bar_of(result: QuestionResult) -> Bar | None:
    """The bar of a question with an average (notes and oui/non), on 0..100."""
    if result.average is None:
        return None
    if result.scale == "oui_non":
        percent = 100 * result.average
        return Bar(result.text, percent, f"{round(percent)} % oui")
    top = 5 if result.scale == "note5" else 10
    percent = 100 * (result.average - 1) / (top - 1)
    return Bar(result.text, percent, f"{_number(result.average)} / {top}")


class SurveyResultsDialog(QDialog):
    """Results with their filters; the first load shows the session the page had selected."""

    def __init__(
        self, office: Office, session_id: int | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.office = office
        self.session_id = session_id
        self.course_id = office.sessions.row(session_id).course_id if session_id else None
        self.results: SurveyResults | None = None
        self.setWindowTitle(self.tr("Résultats des questionnaires de satisfaction"))
        self.setObjectName("surveyResultsDialog")
        self.resize(1000, 720)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.scope_combo = QComboBox(objectName="scopeCombo")
        scopes = {k: v for k, v in SCOPES.items() if session_id or k in ("trainer", "all")}
        fill_combo(self.scope_combo, {k: self.tr(v) for k, v in scopes.items()})
        self.trainer_combo = QComboBox(objectName="trainerCombo")
        fill_combo(self.trainer_combo, [(t.id, t.name) for t in office.resources.trainers()])
        self.audience_combo = QComboBox(objectName="audienceCombo")
        fill_combo(self.audience_combo, RESPONDENTS, none_label=self.tr("Tous les publics"))
        today = dt.date.today()
        self.from_edit = QDateEdit(QDate(today.year - 1, today.month, 1), calendarPopup=True)
        self.to_edit = QDateEdit(QDate(today), calendarPopup=True)
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("dd/MM/yyyy")
        for widget in (
            QLabel(self.tr("Sur :")), self.scope_combo, self.trainer_combo,
            QLabel(self.tr("Public :")), self.audience_combo,
            QLabel(self.tr("Sessions finies du")), self.from_edit, QLabel(self.tr("au")),
            self.to_edit,
        ):  # fmt: skip
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.summary = QLabel(objectName="summaryLabel", wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.chart = SurveyChart()
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.chart)
        splitter.addWidget(scroll)
        self.table = QTableWidget(0, 4, objectName="questionTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Question"), self.tr("Réponses"), self.tr("Moyenne"), self.tr("Répartition")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        splitter.addWidget(self.table)
        self.comments = QTextBrowser(objectName="commentsView")
        splitter.addWidget(self.comments)
        splitter.setSizes([300, 220, 160])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.action_button = buttons.addButton(
            self.tr("Action d'&amélioration…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.action_button.setObjectName("actionButton")
        self.action_button.setToolTip(
            self.tr("Décider d'une action d'amélioration à partir de ces résultats (Qualiopi 32)")
        )
        self.action_button.clicked.connect(self.new_action)
        french_buttons(buttons)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        for signal in (
            self.scope_combo.currentIndexChanged, self.trainer_combo.currentIndexChanged,
            self.audience_combo.currentIndexChanged, self.from_edit.dateChanged,
            self.to_edit.dateChanged,
        ):  # fmt: skip
            signal.connect(self.refresh)
        select_data(self.scope_combo, "session" if session_id else "all")
        self.refresh()

    def refresh(self) -> None:
        scope = self.scope_combo.currentData()
        self.trainer_combo.setVisible(scope == "trainer")
        dated = scope in ("trainer", "all", "course")
        self.from_edit.setEnabled(dated)
        self.to_edit.setEnabled(dated)
        where: dict = {"audience": self.audience_combo.currentData()}
        if scope == "session":
            where["session_id"] = self.session_id
        elif scope == "course":
            where["course_id"] = self.course_id
        elif scope == "trainer":
            where["trainer_id"] = self.trainer_combo.currentData() or -1
        if dated:
            where["start"] = self.from_edit.date().toPython()
            where["end"] = self.to_edit.date().toPython()
        if where.get("trainer_id") == -1:
            where.pop("trainer_id")
        self.results = results = self.office.surveys.results(**where)
        self.show_results(results)

    def show_results(self, results: SurveyResults) -> None:
        rate = "—" if results.rate is None else f"{results.rate} %"
        average = "—" if results.average is None else f"{results.average} / 100"
        parts = [
            self.tr(
                "<b>{sent}</b> questionnaire(s) envoyé(s), <b>{done}</b> reçu(s) : taux de "
                "retour <b>{rate}</b> ; satisfaction moyenne <b>{avg}</b>."
            ).format(sent=results.sent, done=results.answered, rate=rate, avg=average)
        ]
        if results.by_audience:
            parts.append(
                " · ".join(
                    f"{html.escape(RESPONDENTS.get(who, who))} : {done}/{sent}"
                    for who, sent, done in results.by_audience
                )
            )
        self.summary.setText("<br>".join(parts))
        bars = [bar for r in results.questions if (bar := bar_of(r)) is not None]
        self.chart.set_bars(bars)
        self.table.setRowCount(len(results.questions))
        for row, result in enumerate(results.questions):
            bar = bar_of(result)
            spread = "  ".join(f"{label} : {n}" for label, n in result.distribution)
            for column, text in enumerate(
                (result.text, str(result.count), bar.caption if bar else "—", spread)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 420))
        if results.comments:
            self.comments.setHtml(
                "".join(
                    f"<p><b>{html.escape(c.session_code)}</b> · "
                    f"{html.escape(c.respondent)} · <i>{html.escape(c.question)}</i><br>"
                    f"{html.escape(c.text)}</p>"
                    for c in results.comments[:500]
                )
            )
        else:
            self.comments.setPlainText(self.tr("Aucun commentaire."))

    # -- acting on the results --------------------------------------------------------------
    def finding(self) -> str:
        """What the results show, in one sentence, for the action's description."""
        results = self.results
        if results is None:
            return ""
        parts = [
            f"{results.answered} réponse(s) sur {results.sent}"
            + ("" if results.average is None else f", satisfaction moyenne {results.average} / 100")
        ]
        rated = [
            (result, bar) for result in results.questions if (bar := bar_of(result)) is not None
        ]
        if rated:
            lowest, bar = min(rated, key=lambda pair: pair[1].percent)
            parts.append(f"question la moins bien notée : « {lowest.text} » ({bar.caption})")
        return " ; ".join(parts) + "."

    def new_action(self) -> int | None:
        """Open a new improvement action prefilled from these results; its id once saved."""
        from .improvement_dialog import ImprovementDialog

        scope = self.scope_combo.currentData()
        session_id = self.session_id if scope == "session" else None
        try:
            data = self.office.improvements.from_evaluation(self.finding(), session_id)
            dialog = ImprovementDialog(self.office, self, data=data)
        except FormadeskError as error:
            show_error(self, error)
            return None
        if not self.run_dialog(dialog):
            return None
        return dialog.saved_id

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; True when it was saved (tests replace this to drive it)."""
        return dialog.exec() == QDialog.DialogCode.Accepted
