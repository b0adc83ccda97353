"""« Données personnelles » (Bilans tab): the learners whose data passed its retention period,
their anonymisation, and the compliance log.

The list shows, for each person due, their last training, since when the period has passed,
the documents anonymisation would keep (and why) or remove, and what blocks it (an unpaid
invoice, a session not over, an open complaint). « Anonymiser… » asks for a confirmation
naming how many people, and a reason for the log; it cannot be undone. The log lists the
archivings, reopenings, anonymisations and exports of personal data, never a person's name.
"""

from __future__ import annotations

from babel.numbers import format_decimal
from PySide6.QtWidgets import QAbstractItemView, QInputDialog, QLineEdit, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.compliance import ACTIONS, ComplianceRow
from formadesk.core.services.document_families import KEEP
from formadesk.core.services.privacy import ReviewRow

from ..bus import ChangeSignal
from ..forms.ui_privacy_page import Ui_PrivacyPage
from ..messages import show_error
from ..models.simple import Column, RowTableModel
from ..tasks import run_with_progress
from ..widgets.inputs import fill_combo
from ..widgets.tables import fit_columns, setup_table
from .base import RefreshingTab

CONTEXT = "PrivacyPage"


def _date(value) -> str:
    return fmt.date_short(value) if value else ""


def _last_training(row: ReviewRow) -> str:
    if row.last_training is None:
        return "aucune inscription"
    return f"{fmt.date_short(row.last_training)} ({row.last_session})"


REVIEW_COLUMNS: list[Column[ReviewRow]] = [
    Column("Nom", lambda r: r.name),
    Column("Dernière formation", _last_training, sort_key=lambda r: r.last_training or r.due_on),
    Column("Durée passée depuis le", lambda r: _date(r.due_on), sort_key=lambda r: r.due_on),
    Column(
        "Conservé",
        lambda r: " ; ".join(r.kept) or "aucun document",
        tooltip=lambda r: "\n".join(r.kept),
    ),
    Column(
        "Supprimé",
        lambda r: " ; ".join(r.removed) or "aucun document",
        tooltip=lambda r: "\n".join(r.removed),
    ),
    Column(
        "À régler d'abord",
        lambda r: " ; ".join(r.blockers),
        hint=lambda r: "full" if r.blockers else None,
        tooltip=lambda r: "\n".join(r.blockers),
    ),
]
LOG_COLUMNS: list[Column[ComplianceRow]] = [
    Column(
        "Date", lambda r: f"{fmt.date_short(r.at.date())} {r.at:%H:%M}", sort_key=lambda r: r.at
    ),
    Column("Action", lambda r: r.action_label),
    Column("Sujet", lambda r: r.label),
    Column("Détail", lambda r: r.detail, tooltip=lambda r: r.detail),
]


class PrivacyPage(RefreshingTab):
    """The learners to review, « Anonymiser… », the compliance log, the retention settings."""

    watched = ("learner", "enrollment", "document", "session", "settings", "compliance")

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(office, bus, parent)
        self.ui = ui = Ui_PrivacyPage()
        ui.setupUi(self)
        self.review: RowTableModel[ReviewRow] = RowTableModel(REVIEW_COLUMNS, CONTEXT, self)
        setup_table(ui.reviewTable, self.review, stretch_column=5)
        ui.reviewTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.log: RowTableModel[ComplianceRow] = RowTableModel(LOG_COLUMNS, CONTEXT, self)
        setup_table(ui.logTable, self.log, stretch_column=3)
        fill_combo(
            ui.logFilterCombo,
            list(ACTIONS.items()),
            none_label=self.tr("Toutes les actions"),
        )
        ui.logFilterCombo.currentIndexChanged.connect(lambda _i: self._load_log())
        ui.reviewTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.selectAllButton.clicked.connect(ui.reviewTable.selectAll)
        ui.anonymiseButton.clicked.connect(self.anonymise_selected)
        ui.settingsButton.clicked.connect(self.open_retention_settings)
        ui.splitter.setSizes([420, 260])
        self.refresh()

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        policy = self.office.privacy.policy()
        kept = [
            c.label.lower()
            for c in self.office.privacy.categories()
            if policy.documents.get(c.key, c.default) == KEEP
        ]
        self.ui.policyLabel.setText(
            self.tr(
                "Les données des stagiaires sont gardées {learners} après leur dernière "
                "formation, puis anonymisées ; les preuves de réalisation {evidence} après "
                "l'année du dernier paiement, les factures {invoices}. À l'anonymisation, "
                "sont gardés : {kept} ; les autres documents de la personne sont supprimés "
                "une fois leur durée légale passée."
            ).format(
                learners=fmt.plural(policy.learner_years, "an", "ans"),
                evidence=fmt.plural(policy.attendance_years, "an", "ans"),
                invoices=fmt.plural(policy.invoices_years, "an", "ans"),
                kept=", ".join(kept) or self.tr("aucun"),
            )
        )
        rows = self.office.privacy.to_review()
        self.review.set_rows(rows)
        fit_columns(self.ui.reviewTable, skip=5, maximum=340)
        blocked = sum(1 for row in rows if row.blockers)
        count = format_decimal(len(rows), locale=fmt.LOCALE)
        text = f"{count} {fmt.noun(len(rows), 'personne', 'personnes')} à examiner"
        if blocked:
            text += self.tr(", dont {n} à régler d'abord").format(n=blocked)
        self.ui.countLabel.setText(text if rows else self.tr("Aucune personne à examiner"))
        self._load_log()
        self._update_buttons()

    def _load_log(self) -> None:
        action = self.ui.logFilterCombo.currentData()
        self.log.set_rows(self.office.privacy.log(action=action, limit=2000))
        fit_columns(self.ui.logTable, skip=3, maximum=260)

    def selected_rows(self) -> list[ReviewRow]:
        view = self.ui.reviewTable
        proxy = view.model()
        rows = []
        for index in view.selectionModel().selectedRows():
            source = proxy.mapToSource(index) if hasattr(proxy, "mapToSource") else index
            row = self.review.row_at(source.row())
            if row is not None:
                rows.append(row)
        return rows

    def _update_buttons(self, *_args) -> None:
        self.ui.anonymiseButton.setEnabled(bool(self.selected_rows()))
        self.ui.selectAllButton.setEnabled(self.review.rowCount() > 0)

    # -- actions --------------------------------------------------------------------------
    def anonymise_selected(self) -> bool:
        """Anonymise the selected people after a confirmation; True when done."""
        rows = self.selected_rows()
        if not rows:
            return False
        blocked = [row for row in rows if row.blockers]
        if blocked:
            lines = "\n".join(f"• {row.name} : {row.blockers[0]}" for row in blocked[:8])
            show_error(
                self,
                FormadeskError(
                    self.tr(
                        "Personne n'a été anonymisé : réglez d'abord ceci, ou retirez ces "
                        "personnes de la sélection.\n{lines}"
                    ).format(lines=lines)
                ),
                self.tr("Anonymisation"),
            )
            return False
        reason = self.ask_reason(len(rows))
        if reason is None:
            return False
        ids = [row.learner_id for row in rows]
        try:
            result = run_with_progress(
                self,
                self.tr("Anonymisation en cours…"),
                self.office.privacy.anonymise,
                ids,
                reason=reason,
            )
        except FormadeskError as error:
            show_error(self, error, self.tr("Anonymisation"))
            return False
        self.refresh()
        self.ui.messageLabel.setText(result.summary)
        return True

    def confirmation_text(self, count: int) -> str:
        """The question of « Anonymiser… », naming how many people."""
        people = fmt.plural(count, "personne", "personnes")
        return self.tr(
            "Anonymiser {people} ? Leurs noms, coordonnées, employeur, besoins et notes seront "
            "effacés définitivement : cette opération ne peut pas être annulée. Les présences, "
            "les résultats et les documents à garder restent, sans leur nom.\n\n"
            "Motif (pour le journal de conformité, sans nom de personne) :"
        ).format(people=people)

    def ask_reason(self, count: int) -> str | None:
        """Confirm, naming how many people, and ask the reason for the log (None: cancelled).
        Tests replace it."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Anonymiser"),
            self.confirmation_text(count),
            QLineEdit.EchoMode.Normal,
            self.tr("Durée de conservation passée"),
        )
        return text.strip() if ok else None

    def open_retention_settings(self):
        """Paramètres › Conservation (window-modal, not blocking)."""
        from ..dialogs.organisation_dialog import OrganisationDialog

        dialog = OrganisationDialog(self.office, self)
        dialog.show_page(dialog.ui.retentionPage)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
