"""Declaring an incident (aléa): what it hits, replacements slot by slot, then the record."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QMessageBox, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.incidents import INCIDENT_KINDS, AffectedSlot
from formadesk.core.services.planning import PlanningBlocked
from formadesk.core.services.resources import PlanningFilter

from ..formdialog import FormDialog
from ..forms.ui_incident_dialog import Ui_IncidentDialog
from ..models.resources import AFFECTED_COLUMNS, CONTEXT
from ..models.simple import RowTableModel
from ..widgets.inputs import fill_combo, french_buttons, select_data
from ..widgets.tables import fit_columns, setup_table
from .guarded import ask_save_anyway, run_guarded, summary

ID_ROLE = Qt.ItemDataRole.UserRole
UPDATE_DELAY_MS = 150
FORMATION = 4  # the stretching column of the affected slots
OK_STYLE = "color: #1e7e34;"
ERROR_STYLE = "color: #c0392b;"


class IncidentDialog(FormDialog):
    """Declare an incident; the slots it hits show live, each with replacements to book."""

    field_widgets = {
        "kind": "kindCombo",
        "resource": "resourceCombo",
        "ends_at": "endEdit",
        "description": "descriptionEdit",
    }

    def __init__(
        self,
        office: Office,
        parent: QWidget | None = None,
        *,
        kind: str = "salle",
        resource_id: int | None = None,
    ):
        super().__init__(parent)
        self.office = office
        self.ui = ui = Ui_IncidentDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Déclarer l'aléa"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        self.model: RowTableModel[AffectedSlot] = RowTableModel(AFFECTED_COLUMNS, CONTEXT, self)
        setup_table(ui.affectedTable, self.model, sortable=False, stretch_column=FORMATION)
        ui.resourceCombo.setMinimumWidth(320)
        ui.affectedSplitter.setSizes([560, 280])
        today = dt.date.today()
        ui.startEdit.setDateTime(dt.datetime.combine(today, dt.time(8)))
        ui.endEdit.setDateTime(dt.datetime.combine(today, dt.time(18)))
        self._timer = QTimer(self, singleShot=True, interval=UPDATE_DELAY_MS)
        self._timer.timeout.connect(self.refresh_affected)
        fill_combo(ui.kindCombo, INCIDENT_KINDS)
        select_data(ui.kindCombo, kind)
        self._fill_resources()
        select_data(ui.resourceCombo, resource_id)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        for signal in (
            ui.resourceCombo.currentIndexChanged,
            ui.startEdit.dateTimeChanged,
            ui.endEdit.dateTimeChanged,
        ):
            signal.connect(self._timer.start)
        ui.affectedTable.selectionModel().selectionChanged.connect(self.show_replacements)
        ui.replacementList.currentItemChanged.connect(self._update_replace_button)
        ui.replaceButton.clicked.connect(self.replace)
        self.refresh_affected()

    # -- what the incident hits -----------------------------------------------------------
    def kind(self) -> str:
        return self.ui.kindCombo.currentData() or "autre"

    def _fill_resources(self) -> None:
        kind, resources = self.kind(), self.office.resources
        items: list[tuple[int, str]] = []
        if kind == "salle":
            items = [
                (r.id, f"{r.name} ({r.site})" if r.site else r.name) for r in resources.rooms()
            ]
        elif kind == "materiel":
            items = [(e.id, f"{e.name} — {e.kind_label}") for e in resources.equipment()]
        elif kind == "formateur":
            items = [(t.id, t.name) for t in resources.trainers()]
        fill_combo(self.ui.resourceCombo, items, none_label="" if kind == "autre" else None)
        self.ui.resourceCombo.setEnabled(kind != "autre")

    def _kind_changed(self) -> None:
        self._fill_resources()
        self._timer.start()

    def period(self) -> tuple[dt.datetime, dt.datetime]:
        start = self.ui.startEdit.dateTime().toPython().replace(second=0, microsecond=0)
        end = self.ui.endEdit.dateTime().toPython().replace(second=0, microsecond=0)
        return start, end

    def refresh_affected(self) -> None:
        """List the slots using the resource during the period (the "Créneaux touchés")."""
        self._timer.stop()
        kind, resource_id = self.kind(), self.ui.resourceCombo.currentData()
        start, end = self.period()
        rows: list[AffectedSlot] = []
        if kind != "autre" and resource_id is not None and end > start:
            rows = self.office.incidents.affected(kind, resource_id, start, end)
        self.model.set_rows(rows)
        sessions = {r.session_id for r in rows}
        if not rows:
            text = self.tr("Aucun créneau touché sur cette période.")
        else:
            text = self.tr("{n} de {s} {touched}.").format(
                n=fmt.plural(len(rows), self.tr("créneau"), self.tr("créneaux")),
                s=fmt.plural(len(sessions), self.tr("session"), self.tr("sessions")),
                touched=self.tr("touché") if len(rows) < 2 else self.tr("touchés"),
            )
        self.ui.affectedLabel.setText(text)
        fit_columns(self.ui.affectedTable, skip=FORMATION)
        if rows:
            self.ui.affectedTable.selectRow(0)
        self.show_replacements()

    def selected_slot(self) -> AffectedSlot | None:
        rows = self.ui.affectedTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def show_replacements(self) -> None:
        ui, kind, slot = self.ui, self.kind(), self.selected_slot()
        ui.replacementList.clear()
        if slot is None:
            ui.replacementLabel.setText(self.tr("Remplacements possibles :"))
        elif kind in ("salle", "formateur"):
            when = f"{fmt.date_short(slot.date)} {fmt.time_range(slot.start, slot.end)}"
            if kind == "salle":
                text = self.tr("Salles libres le {when} :")
            else:
                text = self.tr("Formateurs libres et habilités le {when} :")
            ui.replacementLabel.setText(text.format(when=when))
            for replacement in self.office.incidents.replacements(kind, slot):
                item = QListWidgetItem(replacement.name, ui.replacementList)
                item.setData(ID_ROLE, replacement.resource_id)
            if ui.replacementList.count() == 0:
                ui.replacementLabel.setText(
                    ui.replacementLabel.text() + "\n" + self.tr("aucun remplacement trouvé.")
                )
        else:
            ui.replacementLabel.setText(
                self.tr(
                    "Pas de remplacement proposé pour ce type d'aléa : réservez autre chose "
                    "depuis la session (bouton « Réserver… »)."
                )
            )
        self._update_replace_button()

    def _update_replace_button(self) -> None:
        self.ui.replaceButton.setEnabled(self.ui.replacementList.currentItem() is not None)

    # -- replacing on one slot ------------------------------------------------------------
    def replace(self) -> None:
        """Book the chosen room or trainer on the selected slot (with the conflict checks)."""
        slot, item = self.selected_slot(), self.ui.replacementList.currentItem()
        if slot is None or item is None:
            return
        new_id, kind, planning = item.data(ID_ROLE), self.kind(), self.office.planning
        if kind == "salle":

            def action(confirm: bool) -> object:
                return planning.book_room([slot.slot_id], new_id, confirm=confirm)
        else:
            trainers = [
                t for t in self._trainers_of(slot) if t != self.ui.resourceCombo.currentData()
            ]

            def action(confirm: bool) -> object:
                return planning.assign_trainers(
                    [slot.slot_id], [*trainers, new_id], confirm=confirm
                )

        when = f"{fmt.date_short(slot.date)} {fmt.time_range(slot.start, slot.end)}"
        try:
            done = run_guarded(action, self.ask_confirmation)
        except (PlanningBlocked, FormadeskError) as error:
            self._message(summary(error), ERROR_STYLE)
            return
        if not done:
            self._message(self.tr("Remplacement abandonné : rien n'a été modifié."), ERROR_STYLE)
            return
        self._message(
            self.tr("Créneau du {when} ({code}) : {name} réservé(e).").format(
                when=when, code=slot.session_code, name=item.text()
            ),
            OK_STYLE,
        )
        self.refresh_affected()

    def _trainers_of(self, slot: AffectedSlot) -> list[int]:
        rows = self.office.resources.slots_between(
            slot.date, slot.date, PlanningFilter(session_id=slot.session_id)
        )
        return next((list(r.trainer_ids) for r in rows if r.id == slot.slot_id), [])

    def _message(self, text: str, style: str) -> None:
        self.ui.messageLabel.setStyleSheet(style)
        self.ui.messageLabel.setText(text)

    def ask_confirmation(self, text: str) -> bool:
        """ "Enregistrer quand même ?" on a warned change (tests answer it)."""
        return ask_save_anyway(self, text)

    # -- declaring ------------------------------------------------------------------------
    def collect(self) -> dict[str, Any]:
        start, end = self.period()
        kind = self.kind()
        return {
            "kind": kind,
            "resource_id": None if kind == "autre" else self.ui.resourceCombo.currentData(),
            "starts_at": start,
            "ends_at": end,
            "description": self.ui.descriptionEdit.text().strip(),
            "actions": self.ui.actionsEdit.toPlainText().strip(),
        }

    def commit(self, data: dict[str, Any]) -> int:
        return self.office.incidents.declare(**data)

    def accept(self) -> None:
        super().accept()
        if self.saved_id is not None:
            self.report_tasks(self.office.incidents.tasks(self.saved_id))

    def report_tasks(self, tasks: list[str]) -> None:
        """Tell which follow-up tasks the incident created (tests replace it)."""
        if tasks:
            text = self.tr("L'aléa est enregistré. Tâches de suivi créées :") + "\n\n"
            text += "\n".join(f"• {t}" for t in tasks)
        else:
            text = self.tr("L'aléa est enregistré. Aucune séance n'est touchée : pas de tâche.")
        QMessageBox.information(self.parentWidget() or self, self.tr("Aléa enregistré"), text)
