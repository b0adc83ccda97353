"""« Relancer… »: the respondents who did not answer (all ticked), and where to write the
reminder e-mails (.eml drafts with the questionnaire attached again)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.surveys import RemindReport

from ..widgets.inputs import french_buttons

ID_ROLE = Qt.ItemDataRole.UserRole


class SurveyRemindDialog(QDialog):
    """Tick who to remind; ``report`` holds what was done once accepted."""

    def __init__(self, office: Office, session_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.session_id = session_id
        self.report: RemindReport | None = None
        self.setWindowTitle(self.tr("Relancer les non-répondants"))
        self.setObjectName("surveyRemindDialog")
        self.resize(560, 460)
        layout = QVBoxLayout(self)
        waiting = office.surveys.not_answered(session_id)
        intro = QLabel(
            self.tr("{n} questionnaire(s) sans réponse. Décochez ceux à ne pas relancer.").format(
                n=len(waiting)
            )
            if waiting
            else self.tr("Aucun questionnaire de cette session n'attend de réponse.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.people = QListWidget(objectName="waitingList")
        for row in waiting:
            last = (
                self.tr(", relancé le {d}").format(d=fmt.date_short(row.reminded_on))
                if row.reminded_on
                else ""
            )
            item = QListWidgetItem(
                f"{row.name} ({row.audience_label.lower()}) — "
                + self.tr("envoyé le {d}").format(d=fmt.date_short(row.sent_on))
                + last
                + ("" if row.email else self.tr(" — pas d'e-mail"))
            )
            item.setData(ID_ROLE, row.evaluation_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.people.addItem(item)
        layout.addWidget(self.people, 1)
        self.mail_check = QCheckBox(
            self.tr("Préparer les &e-mails de relance (.eml, PDF joint) dans :"),
            objectName="mailCheck",
        )
        self.mail_check.setChecked(True)
        layout.addWidget(self.mail_check)
        folder_row = QHBoxLayout()
        self.folder_edit = QLineEdit(str(office.surveys.default_folder(session_id) / "Relances"))
        self.folder_edit.setObjectName("folderEdit")
        browse = QPushButton(self.tr("&Parcourir…"))
        browse.clicked.connect(self.browse)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        layout.addLayout(folder_row)
        self.error = QLabel(objectName="errorLabel", wordWrap=True)
        self.error.setStyleSheet("color: #c0392b;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        french_buttons(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Relancer"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(waiting))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier des relances"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def checked_ids(self) -> list[int]:
        return [
            self.people.item(i).data(ID_ROLE)
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        ids = self.checked_ids()
        if not ids:
            self.error.setText(self.tr("Cochez au moins un répondant à relancer."))
            return
        folder = self.folder_edit.text().strip() if self.mail_check.isChecked() else None
        try:
            self.report = self.office.surveys.remind(ids, folder=folder or None)
        except FormadeskError as error:
            self.error.setText(str(error))
            return
        super().accept()
