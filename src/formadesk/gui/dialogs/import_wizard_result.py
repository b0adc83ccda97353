"""The last pages of the import wizard: confirm (the one write), then the result and report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from formadesk.core.errors import FormadeskError
from formadesk.core.services.learner_import import DUPLICATE, OK, REFUSED, SKIP, UPDATE

from ..tasks import run_with_progress
from .guarded import ask_save_anyway, run_guarded, summary
from .import_wizard_pages import ERROR_STYLE, error_label

if TYPE_CHECKING:
    from .import_wizard import ImportWizard


class ConfirmPage(QWizardPage):
    """What will be written; « Importer » writes it all in one transaction."""

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Confirmer l'import"))
        self.setSubTitle(self.tr("Vérifiez ce qui va être enregistré."))
        self.setCommitPage(True)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        self.error_label = error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        preview = self.wizard_.preview
        chosen = [r for r in preview.rows if r.status == DUPLICATE]
        created = preview.count(OK) + sum(1 for r in chosen if r.decision == "create")
        updated = sum(1 for r in chosen if r.decision == UPDATE)
        skipped = sum(1 for r in chosen if r.decision == SKIP) + preview.count(REFUSED)
        lines = [
            self.tr("%1 apprenant(s) seront créés.").replace("%1", str(created)),
            self.tr("%1 apprenant(s) existant(s) seront mis à jour.").replace("%1", str(updated)),
            self.tr("%1 ligne(s) ne seront pas importées.").replace("%1", str(skipped)),
        ]
        choice = self.wizard_.enrol_page.choice()
        if choice is not None:
            session = self.wizard_.enrol_page.ui.sessionCombo.currentText()
            lines.append(self.tr("Ils seront inscrits à la session %1.").replace("%1", session))
        lines.append(self.tr("Cliquez sur « Importer » pour tout enregistrer en une fois."))
        self.summary_label.setText("\n".join(lines))
        self.error_label.hide()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        wizard = self.wizard_
        options = wizard.enrol_page.choice() or {}
        try:
            run_guarded(
                lambda confirm: setattr(
                    wizard,
                    "result",
                    run_with_progress(
                        self,
                        self.tr("Import des apprenants…"),
                        wizard.office.learner_import.commit,
                        wizard.preview,
                        confirm=confirm,
                        **options,
                    ),
                ),
                lambda text: ask_save_anyway(self, text),
            )
        except FormadeskError as error:
            text = summary(error)
            self.error_label.setText(self.tr("Rien n'a été enregistré : %1").replace("%1", text))
            self.error_label.show()
            return False
        return wizard.result is not None


class ResultPage(QWizardPage):
    """What was written, and the row report to save as Excel."""

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Import terminé"))
        self.setSubTitle(self.tr("Les apprenants sont enregistrés. Le rapport liste chaque ligne."))
        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.report_button = QPushButton(self.tr("Enregistrer le &rapport (Excel)…"), self)
        self.report_button.clicked.connect(self.ask_report_path)
        self.report_label = QLabel(self)
        self.report_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.report_label)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        result = self.wizard_.result
        lines = [
            self.tr(
                "%1 apprenant(s) créé(s), %2 mis à jour, %3 ligne(s) ignorée(s), %4 refusée(s)."
            )
            .replace("%1", str(result.created))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.skipped))
            .replace("%4", str(result.refused))
        ]
        if result.enrolled or result.already_enrolled:
            lines.append(
                self.tr("%1 inscription(s) faite(s), %2 déjà inscrit(s).")
                .replace("%1", str(result.enrolled))
                .replace("%2", str(result.already_enrolled))
            )
        self.result_label.setText("\n".join(lines))

    def ask_report_path(self) -> None:
        file = self.wizard_.file
        default = file.path.with_name(f"{file.path.stem}-rapport.xlsx") if file else Path()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer le rapport"),
            str(default),
            self.tr("Classeur Excel (*.xlsx)"),
        )
        if name:
            self.save_report(name)

    def save_report(self, path: str | Path) -> Path | None:
        try:
            saved = self.wizard_.office.learner_import.save_report(self.wizard_.result, path)
        except (FormadeskError, OSError) as error:
            self.report_label.setStyleSheet(ERROR_STYLE)
            self.report_label.setText(str(error))
            return None
        self.report_label.setStyleSheet("")
        self.report_label.setText(self.tr("Rapport enregistré : %1").replace("%1", str(saved)))
        return saved
