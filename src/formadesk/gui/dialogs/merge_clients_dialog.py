"""« Fusionner avec… »: pick the duplicate of a client, see what will move, merge."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from formadesk.core.office import Office
from formadesk.core.services.parties_merge import TABLE_LABELS

from ..formdialog import FormDialog
from ..widgets.inputs import french_buttons


class MergeClientsDialog(FormDialog):
    """Merge another client record into ``keep_id``; likely duplicates are proposed first."""

    field_widgets = {"other": "otherCombo"}

    def __init__(self, office: Office, keep_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.keep = office.parties.get_client(keep_id)
        self.setWindowTitle(self.tr("Fusionner deux fiches client"))
        self.resize(620, 320)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "La fiche « {name} » est gardée. Choisissez la fiche en double : tout ce qui la "
                "concerne passera sur la fiche gardée, ses champs remplis compléteront les champs "
                "vides, puis elle sera supprimée."
            ).format(name=self.keep.name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.other_combo = QComboBox(self)
        self.other_combo.setObjectName("otherCombo")
        form.addRow(self.tr("Fiche en &double :"), self.other_combo)
        layout.addLayout(form)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        layout.addStretch(1)
        error = QLabel(self)
        error.setObjectName("errorLabel")
        error.setStyleSheet("color: #c0392b;")
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        french_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Fusionner"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill_choices(keep_id)
        self.other_combo.currentIndexChanged.connect(self._show_summary)
        self._show_summary()

    def _fill_choices(self, keep_id: int) -> None:
        self._names: dict[int, str] = {}
        likely = []
        for pair in self.office.parties.duplicate_clients():
            if keep_id in (pair.first_id, pair.second_id):
                other = pair.second_id if pair.first_id == keep_id else pair.first_id
                name = pair.second_name if pair.first_id == keep_id else pair.first_name
                likely.append((other, f"{name} ({pair.reason})"))
                self._names[other] = name
        seen = {i for i, _ in likely}
        for other, label in likely:
            self.other_combo.addItem(label, other)
        if likely:
            self.other_combo.insertSeparator(self.other_combo.count())
        for row in self.office.parties.client_list():
            if row.id != keep_id and row.id not in seen:
                self._names[row.id] = row.name
                label = f"{row.name} — {row.city}" if row.city else row.name
                self.other_combo.addItem(label, row.id)

    def select_other(self, other_id: int) -> None:
        index = self.other_combo.findData(other_id)
        if index >= 0:
            self.other_combo.setCurrentIndex(index)

    def _show_summary(self) -> None:
        other_id = self.other_combo.currentData()
        if other_id is None:
            self.summary_label.setText(self.tr("Aucune autre fiche client."))
            return
        links = self.office.parties.client_links(other_id)
        parts = [f"{n} {TABLE_LABELS.get(table, table)}" for table, n in links.items()]
        moved = ", ".join(parts) if parts else self.tr("rien (la fiche n'est liée à rien)")
        self.summary_label.setText(
            self.tr(
                "Passera sur « {keep} » : {moved}. La fiche « {other} » sera supprimée."
            ).format(keep=self.keep.name, moved=moved, other=self._names.get(other_id, ""))
        )

    def collect(self) -> int:
        other_id = self.other_combo.currentData()
        if other_id is None:
            raise ValueError(self.tr("Choisissez la fiche en double à fusionner."))
        return other_id

    def commit(self, other_id: int) -> int:
        assert self.keep.id is not None
        self.office.parties.merge_clients(self.keep.id, other_id)
        return self.keep.id
