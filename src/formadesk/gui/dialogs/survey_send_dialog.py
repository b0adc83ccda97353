"""« Envoyer les questionnaires » for one session: the model, the folder, then the PDFs and
the .eml drafts; an « à froid » model before its date asks before sending early."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import ValidationError
from formadesk.core.office import Office
from formadesk.core.services.surveys import SendReport, send_rank

from ..formdialog import FormDialog
from ..forms.ui_survey_send_dialog import Ui_SurveySendDialog
from ..messages import confirm
from ..widgets.inputs import fill_combo, french_buttons, select_data

# Who receives a model, singular and plural (« 13 apprenants de la session »).
RECIPIENT_NOUNS = {
    "apprenant": ("apprenant", "apprenants"),
    "client": ("client / employeur", "clients / employeurs"),
    "formateur": ("formateur", "formateurs"),
    "financeur": ("financeur", "financeurs"),
}


def show_path(edit: QLineEdit, path: str) -> None:
    """A folder shown from its start (« C:/Users/… », not « …ne/Documents ») and whole as a
    tooltip, however narrow the field."""
    edit.setText(path)
    edit.setCursorPosition(0)
    edit.setToolTip(path)


class SurveySendDialog(FormDialog):
    """Choose the model and the folder; ``report`` holds what was written once accepted."""

    field_widgets = {"questionnaire": "modelCombo", "folder": "folderEdit"}

    def __init__(self, office: Office, session_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.session_id = session_id
        self.report: SendReport | None = None
        self.today = dt.date.today()
        # Asked when an « à froid » model goes out before its date (tests replace it).
        self.ask_early: Callable[[str], bool] = lambda text: confirm(
            self, self.tr("Envoi anticipé"), text
        )
        self.ui = ui = Ui_SurveySendDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Préparer les envois")
        )
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        session = office.sessions.row(session_id)
        ui.sessionLabel.setText(
            f"<b>{html.escape(session.code)}</b> — {html.escape(session.course_title)}<br>"
            f"{html.escape(fmt.date_range_long(session.start_date, session.end_date))}"
        )
        # In sending order (learners first), on the first one not sent yet for the session.
        models = sorted(office.surveys.questionnaires(active_only=True), key=send_rank)
        fill_combo(ui.modelCombo, [(m.id, m.label) for m in models])
        ui.modelCombo.setCurrentIndex(0)
        first = office.surveys.next_to_send(session_id)
        if first is not None:
            select_data(ui.modelCombo, first)
        show_path(ui.folderEdit, str(office.surveys.default_folder(session_id)))
        ui.folderEdit.textEdited.connect(ui.folderEdit.setToolTip)
        ui.browseButton.clicked.connect(self.browse)
        ui.modelCombo.currentIndexChanged.connect(self.update_preview)
        self.update_preview()

    def select_model(self, questionnaire_id: int) -> None:
        select_data(self.ui.modelCombo, questionnaire_id)

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier des questionnaires"), self.ui.folderEdit.text()
        )
        if folder:
            show_path(self.ui.folderEdit, folder)

    def update_preview(self) -> None:
        questionnaire_id = self.ui.modelCombo.currentData()
        if questionnaire_id is None:
            self.ui.previewLabel.setText(self.tr("Aucun questionnaire actif : créez-en un."))
            return
        model = self.office.surveys.questionnaire(questionnaire_id)
        due = self.office.surveys.due_on(self.session_id, questionnaire_id)
        sent = self.office.surveys.respondents(self.session_id, questionnaire_id=questionnaire_id)
        count = self.office.surveys.recipient_count(
            self.session_id, questionnaire_id, on=self.today
        )
        singular, plural = RECIPIENT_NOUNS.get(model.audience, (model.audience, None))
        if count:
            who = self.tr("Destinataires : {who} de la session").format(
                who=fmt.plural(count, singular, plural)
            )
        else:
            who = self.tr("Destinataires : aucun {who} dans la session").format(who=singular)
        lines = [
            f"{who} ; {fmt.plural(len(model.items), 'question')}.",
            self.tr("À envoyer à partir du {date}.").format(date=fmt.date_long(due)),
        ]
        if sent:
            answered = sum(1 for r in sent if r.answered_on)
            lines.append(
                self.tr(
                    "Déjà envoyé à {n} ({a}) : personne ne le reçoit deux fois, les fichiers "
                    "des non-répondants sont refaits."
                ).format(n=fmt.plural(len(sent), "répondant"), a=fmt.plural(answered, "réponse"))
            )
        self.ui.previewLabel.setText("\n".join(lines))

    def collect(self) -> tuple[int, str]:
        questionnaire_id = self.ui.modelCombo.currentData()
        folder = self.ui.folderEdit.text().strip()
        errors = {}
        if questionnaire_id is None:
            errors["questionnaire"] = self.tr("Choisissez un questionnaire.")
        if not folder:
            errors["folder"] = self.tr("Choisissez le dossier où écrire les fichiers.")
        if errors:
            raise ValidationError(errors)
        return questionnaire_id, folder

    def commit(self, data: tuple[int, str]) -> int | None:
        questionnaire_id, folder = data
        due = self.office.surveys.due_on(self.session_id, questionnaire_id)
        model = self.office.surveys.questionnaire(questionnaire_id)
        early = False
        if model.moment == "froid" and self.today < due:
            early = self.ask_early(
                self.tr(
                    "Ce questionnaire à froid est prévu le {date}. L'envoyer dès maintenant ?"
                ).format(date=fmt.date_long(due))
            )
            if not early:
                return None
        self.report = self.office.surveys.send(
            self.session_id, questionnaire_id, folder, on=self.today, early=early
        )
        return questionnaire_id

    def open_folder_wanted(self) -> bool:
        return self.ui.openCheck.isChecked()
