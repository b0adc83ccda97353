"""What the attendance sheet does beside typing marks: motif, justification, abandon, scanned
sheet, attachments, signature check. A mixin of ``AttendanceDialog``.

Notes are pending marks like the others; files and abandons are written at once by the core,
after the pending marks are saved (the core needs the absences recorded to excuse them).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QToolBar

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError, ValidationError
from formadesk.core.services.attendance import GridLearner, HalfDay

from ..widgets.desktop import open_local
from .entries import LEARNER, TRAINER, Entry, Key, tr
from .questions import DropOutDialog, minutes_dialog

FILES = "Scans et justificatifs (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)"
NEXT_TRAINER_STATUS = {"": "present", "present": "absent", "absent": ""}


def error_text(error: FormadeskError) -> str:
    if isinstance(error, ValidationError):
        return "\n".join(dict.fromkeys(error.errors.values()))
    return str(error)


class CellActions:
    """Per-cell actions of the sheet, and the questions tests answer in its place."""

    office: Any
    session_id: int
    today: dt.date
    model: Any
    view: Any
    stack: Any
    _saving: bool
    show_message: Callable[..., None]
    reload: Callable[[], None]
    save: Callable[[], bool]
    _push: Callable[..., None]
    _targets: Callable[[], list[tuple[QModelIndex, Key]]]
    fill_present: Callable[[], None]
    undo: Callable[[], None]
    type_status: Callable[[str], None]

    # -- questions (tests answer them) -------------------------------------------------------
    def ask_minutes(self, status: str, half_day: HalfDay, who: str, current: int | None):
        dialog = minutes_dialog(self, status, half_day, who, current)
        accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
        value = dialog.intValue()
        dialog.deleteLater()
        return value if accepted else None

    def ask_note(self, current: str) -> str | None:
        text, ok = QInputDialog.getText(
            self, tr("Motif"), tr("Motif (absence, retard, départ…) :"), text=current
        )
        return text.strip() if ok else None

    def ask_file(self, title: str) -> str:
        path, _filter = QFileDialog.getOpenFileName(self, title, "", tr(FILES))
        return path

    def ask_drop_out(self, learner: GridLearner, day: dt.date) -> tuple[dt.date, str] | None:
        dialog = DropOutDialog(self, learner.name, day, self.today)
        accepted = dialog.exec() == DropOutDialog.DialogCode.Accepted
        answer = dialog.answer()
        dialog.deleteLater()
        return answer if accepted else None

    def ask_yes_no(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def show_info(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self)
        box.setObjectName("infoBox")
        box.open()

    def open_file(self, path: Path) -> bool:
        return open_local(path)

    # -- building ------------------------------------------------------------------------------
    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setObjectName("attendanceToolbar")
        entries = (
            (tr("Tous présents"), self.fill_present, tr("La demi-journée en cours (Ctrl+P)")),
            (tr("Annuler"), self.undo, tr("Annuler la dernière saisie (Ctrl+Z)")),
            (None, None, None),
            (tr("Motif…"), self.edit_note, tr("Motif d'une absence ou d'un retard")),
            (tr("Joindre un justificatif…"), self.attach_justification, tr("Certificat, e-mail")),
            (tr("Abandon…"), self.drop_out, tr("L'apprenant quitte la formation")),
            (
                tr("Ouvrir la pièce jointe"),
                self.open_current_attachment,
                tr("Justificatif de la case ou feuille scannée de la demi-journée"),
            ),
            (None, None, None),
            (
                tr("Joindre la feuille scannée…"),
                self.attach_scan,
                tr("Feuille signée des demi-journées sélectionnées"),
            ),
            (tr("Vérifier les signatures"), self.verify, tr("Recalcule les empreintes")),
        )
        self.actions_by_text = {}
        for text, slot, tip in entries:
            if text is None:
                bar.addSeparator()
                continue
            action = bar.addAction(text, slot)
            action.setToolTip(tip)
            self.actions_by_text[text] = action
        return bar

    def context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        menu = self.cell_menu(index)
        menu.exec(self.view.viewport().mapToGlobal(position))
        menu.deleteLater()

    def cell_menu(self, index: QModelIndex) -> QMenu:
        """The context menu of a cell (also what tests read)."""
        menu = QMenu(self)
        key = self.model.key_at(index.row(), index.column()) if index.isValid() else None
        if key is not None and key.kind == TRAINER:
            menu.addAction(tr("Formateur présent (P)"), lambda: self.type_status("present"))
            menu.addAction(tr("Formateur absent (A)"), lambda: self.type_status("absent"))
            menu.addAction(tr("Basculer la présence du formateur"), self.toggle_trainer)
        elif index.isValid() and index.row() < len(self.model.learners):
            if key is not None:
                menu.addAction(tr("Motif…"), self.edit_note)
                menu.addAction(tr("Joindre un justificatif…"), self.attach_justification)
            learner = self.model.learners[index.row()]
            if learner.dropped_on:
                menu.addAction(tr("Annuler l'abandon"), self.undo_drop_out)
            else:
                menu.addAction(tr("Abandon…"), self.drop_out)
        for attachment_id, label in self.attachments_at(index):
            menu.addAction(
                tr("Ouvrir la pièce jointe : {name}").format(name=label),
                lambda a=attachment_id: self.open_attachment(a),
            )
        menu.addSeparator()
        if key is not None:
            menu.addAction(tr("Tous présents sur cette demi-journée"), self.fill_present)
            menu.addAction(tr("Joindre la feuille scannée…"), self.attach_scan)
        menu.addAction(tr("Vérifier les signatures"), self.verify)
        return menu

    # -- notes and trainers ---------------------------------------------------------------------
    def edit_note(self) -> None:
        targets = [
            (key, self.model.current(key)) for _i, key in self._targets() if key.kind == LEARNER
        ]
        targets = [(key, entry) for key, entry in targets if entry is not None]
        if not targets:
            self.show_message(tr("Saisissez d'abord la présence (P, A, E, R ou D), puis le motif."))
            return
        note = self.ask_note(targets[0][1].note)
        if note is None:
            return
        self._push(
            [(key, Entry(entry.status, entry.minutes, note)) for key, entry in targets],
            tr("Motif"),
        )

    def toggle_trainer(self) -> None:
        index = self.view.currentIndex()
        key = self.model.key_at(index.row(), index.column())
        if key is None or key.kind != TRAINER or self.model.is_future(index.column()):
            self.show_message(tr("Placez le curseur sur la ligne du formateur, un jour passé."))
            return
        current = self.model.current(key)
        status = NEXT_TRAINER_STATUS.get(current.status if current else "", "")
        self._push([(key, Entry(status))], tr("Présence du formateur"))

    # -- files and abandons, written at once ----------------------------------------------------
    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Run one core call; its French refusal shows above the grid; the grid is read again."""
        self._saving = True
        try:
            yield
        except FormadeskError as error:
            self.show_message(error_text(error), error=True)
        finally:
            self._saving = False
        self.reload()

    def _saved_first(self) -> bool:
        if not self.model.pending:
            return True
        if not self.ask_yes_no(
            tr("Saisies en cours"),
            tr("Les saisies en cours doivent d'abord être enregistrées. Enregistrer maintenant ?"),
        ):
            return False
        return self.save()

    def attach_justification(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.learners):
            self.show_message(tr("Placez le curseur sur l'absence d'un apprenant."))
            return
        enrollment_id = self.model.learners[index.row()].enrollment_id
        slot_ids = [
            key.slot_id
            for _i, key in self._targets()
            if key.kind == LEARNER and key.person == enrollment_id
        ]
        if not slot_ids or not self._saved_first():
            return
        path = self.ask_file(tr("Joindre un justificatif d'absence"))
        if not path:
            return
        with self._writing():
            self.office.attendance.attach_justification(enrollment_id, slot_ids, Path(path))
            self.show_message(tr("Justificatif joint : l'absence est désormais excusée."))

    def attach_scan(self) -> None:
        columns = {i.column() for i in self.view.selectionModel().selectedIndexes()}
        columns.add(self.view.currentIndex().column())
        slot_ids = [
            self.model.half_days[c].slot_id for c in sorted(columns) if self.model.half_day_at(c)
        ]
        if not slot_ids:
            self.show_message(tr("Sélectionnez les demi-journées que couvre la feuille scannée."))
            return
        path = self.ask_file(tr("Joindre la feuille d'émargement scannée"))
        if not path:
            return
        with self._writing():
            self.office.attendance.attach_scan(
                self.session_id, Path(path), slot_ids, today=self.today
            )
            self.show_message(
                tr("Feuille scannée jointe : {n}.").format(
                    n=fmt.plural(len(slot_ids), "demi-journée", "demi-journées")
                )
            )

    def drop_out(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.learners):
            self.show_message(tr("Placez le curseur sur la ligne de l'apprenant qui abandonne."))
            return
        learner = self.model.learners[index.row()]
        half_day = self.model.half_day_at(index.column())
        day = min(half_day.date, self.today) if half_day else self.today
        if not self._saved_first():
            return
        answer = self.ask_drop_out(learner, day)
        if answer is None:
            return
        with self._writing():
            count = self.office.attendance.drop_out(
                learner.enrollment_id, answer[0], answer[1], today=self.today
            )
            self.show_message(
                tr("Abandon enregistré : {n} « X » (abandon).").format(
                    n=fmt.plural(
                        count, "demi-journée suivante notée", "demi-journées suivantes notées"
                    )
                )
            )

    def undo_drop_out(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.learners):
            return
        learner = self.model.learners[index.row()]
        if not self._saved_first() or not self.ask_yes_no(
            tr("Annuler l'abandon"),
            tr("Annuler l'abandon de {name} ? Les demi-journées « X » seront effacées.").format(
                name=learner.name
            ),
        ):
            return
        with self._writing():
            self.office.attendance.undo_drop_out(learner.enrollment_id)
            self.show_message(tr("Abandon annulé : saisissez les présences suivantes."))

    # -- attachments and signatures ---------------------------------------------------------------
    def attachments_at(self, index: QModelIndex) -> list[tuple[int, str]]:
        """The justification of the cell and the scanned sheets of its half-day."""
        half_day = self.model.half_day_at(index.column()) if index.isValid() else None
        if half_day is None:
            return []
        found = []
        key = self.model.key_at(index.row(), index.column())
        if key is not None and key.kind == LEARNER:
            cell = self.model.grid.cell(key.person, key.slot_id)
            if cell is not None and cell.justification_id:
                found.append((cell.justification_id, cell.justification))
        if half_day.scans:
            for attachment_id, name, _added, slot_ids in self.office.attendance.scans(
                self.session_id
            ):
                if half_day.slot_id in slot_ids:
                    found.append((attachment_id, name))
        return found

    def open_current_attachment(self) -> None:
        """The cell's justification or its half-day's scan; a menu when there are several."""
        index = self.view.currentIndex()
        found = self.attachments_at(index)
        if not found:
            self.show_message(tr("Aucune pièce jointe pour cette case ni pour sa demi-journée."))
            return
        if len(found) == 1:
            self.open_attachment(found[0][0])
            return
        menu = QMenu(self)
        for attachment_id, label in found:
            menu.addAction(label, lambda a=attachment_id: self.open_attachment(a))
        menu.exec(self.view.viewport().mapToGlobal(self.view.visualRect(index).center()))
        menu.deleteLater()

    def open_attachment(self, attachment_id: int) -> Path | None:
        """Write the attachment to a temporary folder and open it with the usual program."""
        try:
            name, _media_type, data = self.office.attendance.attachment(attachment_id)
            path = Path(tempfile.mkdtemp(prefix="formadesk-")) / Path(name).name
            path.write_bytes(data)
        except (FormadeskError, OSError) as error:
            self.show_message(str(error), error=True)
            return None
        if not self.open_file(path):
            self.show_message(
                tr("Aucun programme n'ouvre ce fichier ; il est ici : {path}").format(path=path)
            )
        return path

    def verify(self) -> None:
        try:
            result = self.office.attendance.verify(self.session_id)
        except FormadeskError as error:
            self.show_message(error_text(error), error=True)
            return
        if result.breaks:
            self.show_message(result.summary, error=True)
            selection = QItemSelection()
            for chain_break in result.breaks:
                column = self.model.columns_of.get(chain_break.slot_id)
                if column is not None:
                    top = self.model.index(0, column)
                    bottom = self.model.index(self.model.rowCount() - 1, column)
                    selection.select(top, bottom)
            self.view.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.show_info(tr("Vérification des signatures"), result.summary)
