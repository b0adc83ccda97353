"""The outcome grid of a session: learners × objectives, positioning at entry and result.

Typed as on paper: A (acquis), P (partiellement acquis), N (non acquis) or 1/2/3 set the cell
under the cursor (or every selected cell) and move down; Suppr clears; the comment column is
edited as text (F2, double-click or typing). Nothing is written before « Enregistrer »; the core
checks every cell then. The grid goes to the trainer as an Excel file and comes back through
« Importer la grille remplie… », which shows what will change before saving it.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError, ValidationError
from formadesk.core.office import Office
from formadesk.core.services.outcomes import OutcomeChange, OutcomeEdit, OutcomeGrid
from formadesk.core.vocabulary import ENROLLMENT_STATUSES, OBJECTIVE_RESULTS

from ..messages import show_error

Index = QModelIndex | QPersistentModelIndex
LEVEL_KEYS = {
    Qt.Key.Key_A: "acquis",
    Qt.Key.Key_1: "acquis",
    Qt.Key.Key_P: "partiel",
    Qt.Key.Key_2: "partiel",
    Qt.Key.Key_N: "non_acquis",
    Qt.Key.Key_3: "non_acquis",
}
SHORT = {"acquis": "Acquis", "partiel": "Partiel", "non_acquis": "Non acquis"}
COLOURS = {"acquis": "#D8F0DC", "partiel": "#FFF1C9", "non_acquis": "#F8D7D4"}
PENDING = QColor("#FFE8A3")
CLOSED = QColor("#EEEEEE")  # a result before the session's first day: not typed yet
LIST_LIMIT = 25


def tr(text: str) -> str:
    return QCoreApplication.translate("OutcomesDialog", text)


class OutcomeModel(QAbstractTableModel):
    """Rows: learners; columns: learner, then (entrée, fin) per objective, then comment."""

    def __init__(self, grid: OutcomeGrid, parent=None):
        super().__init__(parent)
        self.pending: dict[tuple[int, str, int | None], str] = {}
        self.load(grid)

    def load(self, grid: OutcomeGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.lines = grid.lines
        self.columns: list[tuple[str, int | None]] = [("name", None)]
        for objective in grid.objectives:
            self.columns += [("entry", objective.id), ("result", objective.id)]
        self.columns.append(("comment", None))
        known = {line.enrollment_id for line in self.lines}
        self.pending = {k: v for k, v in self.pending.items() if k[0] in known}
        self.pending = {k: v for k, v in self.pending.items() if v != self.saved(*k)}
        self.endResetModel()

    # -- data -------------------------------------------------------------------------------
    def key_at(self, row: int, column: int) -> tuple[int, str, int | None] | None:
        if not (0 <= row < len(self.lines)) or not (1 <= column < len(self.columns)):
            return None
        which, objective_id = self.columns[column]
        return (self.lines[row].enrollment_id, which, objective_id)

    def saved(self, enrollment_id: int, which: str, objective_id: int | None) -> str:
        line = next(line for line in self.lines if line.enrollment_id == enrollment_id)
        if which == "comment":
            return line.comment
        levels = line.entry if which == "entry" else line.result
        return levels.get(objective_id, "")

    def value(self, key: tuple[int, str, int | None]) -> str:
        return self.pending[key] if key in self.pending else self.saved(*key)

    def set_value(self, index: Index, value: str) -> bool:
        key = self.key_at(index.row(), index.column())
        if key is None:
            return False
        if value == self.saved(*key):
            self.pending.pop(key, None)
        else:
            self.pending[key] = value
        self.dataChanged.emit(index, index)
        return True

    def edits(self) -> list[OutcomeEdit]:
        return [
            OutcomeEdit(enrollment_id, which, value, objective_id)
            for (enrollment_id, which, objective_id), value in self.pending.items()
        ]

    # -- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:  # the learner stays in view when scrolling
            if 0 <= section < len(self.lines) and role == Qt.ItemDataRole.DisplayRole:
                return self.lines[section].learner_name
            if 0 <= section < len(self.lines) and role == Qt.ItemDataRole.ToolTipRole:
                status = self.lines[section].status
                return ENROLLMENT_STATUSES.get(status, status)
            return None
        if not 0 <= section < len(self.columns):
            return None
        which, objective_id = self.columns[section]
        objective = next((o for o in self.grid.objectives if o.id == objective_id), None)
        if role == Qt.ItemDataRole.DisplayRole:
            if which == "name":
                return tr("Apprenant")
            if which == "comment":
                return tr("Commentaire")
            return f"O{objective.number}\n" + (tr("entrée") if which == "entry" else tr("fin"))
        if role == Qt.ItemDataRole.ToolTipRole and which == "comment":
            return tr("Commentaire du formateur sur l'apprenant")
        if role == Qt.ItemDataRole.ToolTipRole and objective is not None:
            moment = tr("Positionnement à l'entrée") if which == "entry" else tr("Résultat")
            return f"{moment} — O{objective.number} : {objective.text}"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        key = self.key_at(index.row(), index.column())
        if key is None:  # the learner's name
            if role == Qt.ItemDataRole.DisplayRole:
                return line.learner_name
            if role == Qt.ItemDataRole.ToolTipRole:
                return ENROLLMENT_STATUSES.get(line.status, line.status)
            if role == Qt.ItemDataRole.ForegroundRole and line.status == "abandon":
                return QBrush(QColor("#8A5A00"))
            return None
        value = self.value(key)
        which = key[1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value if which == "comment" else SHORT.get(value, "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if which == "comment":
                return value or None
            if which == "result" and not self.grid.results_open and not value:
                return tr("Le résultat de fin se saisit à partir du %1.").replace(
                    "%1", fmt.date_short(self.grid.start)
                )
            return OBJECTIVE_RESULTS.get(value) or tr("Non évalué : tapez A, P ou N")
        if role == Qt.ItemDataRole.BackgroundRole:
            if key in self.pending:
                return QBrush(PENDING)
            if which == "result" and not self.grid.results_open:
                return QBrush(CLOSED)
            return QBrush(QColor(COLOURS[value])) if value in COLOURS else None
        if role == Qt.ItemDataRole.FontRole and key in self.pending:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and which != "comment":
            return Qt.AlignmentFlag.AlignCenter
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.columns[index.column()][0] == "comment":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.columns[index.column()][0] != "comment":
            return False
        return self.set_value(index, str(value or "").strip())


class OutcomeView(QTableView):
    """The grid's table: level keys over the cursor or the selection."""

    def __init__(self, dialog: OutcomesDialog):
        super().__init__(dialog)
        self.dialog = dialog

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if plain and key in LEVEL_KEYS and self.dialog.type_level(LEVEL_KEYS[key]):
            return
        clearing = key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if plain and clearing and self.dialog.type_level(""):
            return
        super().keyPressEvent(event)


class OutcomesDialog(QDialog):
    """Évaluation des acquis of one session (opened from the session's detail)."""

    def __init__(self, office: Office, session_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.session_id = session_id
        self.setObjectName("outcomesDialog")
        grid = office.outcomes.grid(session_id)
        self.model = OutcomeModel(grid, self)
        self.title = QLabel(self)
        self.title.setObjectName("outcomesTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.legend = QLabel(self)
        self.legend.setObjectName("objectivesLegend")
        self.legend.setWordWrap(True)
        self.view = OutcomeView(self)
        self.view.setObjectName("outcomesView")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(True)  # the learners' names, always in view
        self.view.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.status = QLabel(self)
        self.status.setObjectName("outcomesStatus")
        self.status.setWordWrap(True)
        self.export_button = QPushButton(tr("&Exporter pour le formateur (Excel)…"), self)
        self.export_button.setObjectName("exportButton")
        self.import_button = QPushButton(tr("&Importer la grille remplie…"), self)
        self.import_button.setObjectName("importButton")
        self.save_button = QPushButton(tr("E&nregistrer"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.close_button = QPushButton(tr("&Fermer"), self)
        self.close_button.setObjectName("closeButton")
        buttons = QHBoxLayout()
        for button in (self.export_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(self.export_grid)
        self.import_button.clicked.connect(self.import_grid)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.model.dataChanged.connect(self._update_status)
        self.model.modelReset.connect(self._update_status)
        self.setWindowTitle(tr("Évaluation des acquis — %1").replace("%1", grid.code))
        self.resize(1100, 640)
        self._show_grid()

    # -- showing ----------------------------------------------------------------------------
    def _show_grid(self) -> None:
        grid = self.model.grid
        parts = [fmt.date_range_long(grid.start, grid.end)]
        if grid.trainers:
            parts.append(tr("Formateur : %1").replace("%1", grid.trainers))
        self.title.setText(
            f"<b>{html.escape(grid.code)}</b> — {html.escape(grid.course_title)}<br>"
            + html.escape(" · ".join(parts))
        )
        if grid.objectives:
            items = "".join(
                f"<b>O{o.number}</b> {html.escape(o.text)}<br>" for o in grid.objectives
            )
            self.legend.setText(
                items
                + html.escape(
                    tr(
                        "Tapez A (acquis), P (partiellement acquis) ou N (non acquis) — ou 1, 2, "
                        "3 — sur une case ou une sélection ; Suppr efface ; Ctrl+S enregistre."
                    )
                )
            )
        else:
            self.legend.setText(
                tr(
                    "Le cursus n'a pas d'objectif pédagogique : ajoutez-les dans Sessions › "
                    "Catalogue › Modifier le cursus, puis rouvrez cette grille."
                )
            )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)
        self.view.setColumnHidden(0, True)  # the name is the row's header
        for column in range(1, self.model.columnCount() - 1):
            self.view.setColumnWidth(column, 92)
        header.setStretchLastSection(True)
        self._update_status()

    def _update_status(self) -> None:
        grid = self.model.grid
        parts = []
        pending = len(self.model.pending)
        if pending:
            parts.append(
                tr("%1 à enregistrer").replace(
                    "%1", fmt.plural(pending, tr("modification"), tr("modifications"))
                )
            )
        if not grid.lines:
            parts.append(
                tr(
                    "Aucun apprenant à évaluer (pré-inscrit, inscrit, terminé ou abandon) "
                    "dans cette session."
                )
            )
        elif not grid.results_open and grid.status != "annulee":
            parts.append(
                tr(
                    "Positionnement à l'entrée dès maintenant ; résultats de fin à partir du %1."
                ).replace("%1", fmt.date_short(grid.start))
            )
        elif grid.objectives:
            missing = grid.learners_missing
            parts.append(
                tr("Résultats complets.")
                if not missing
                else tr("Résultats manquants : %1.").replace(
                    "%1", fmt.plural(missing, tr("apprenant"), tr("apprenants"))
                )
            )
        if grid.reminder:
            parts.append(grid.reminder[:1].upper() + grid.reminder[1:] + ".")
        self.status.setText(" · ".join(parts))
        self.save_button.setEnabled(bool(pending))
        usable = bool(grid.objectives and grid.lines)
        self.export_button.setEnabled(usable)
        self.import_button.setEnabled(usable)

    # -- typing -----------------------------------------------------------------------------
    def type_level(self, level: str) -> bool:
        """Put ``level`` ("" clears) in the level cells under the cursor or the selection."""
        selection = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        targets = [
            i
            for i in selection
            if i.isValid() and self.model.columns[i.column()][0] in ("entry", "result")
        ]
        if not targets:
            return False
        closed = [i for i in targets if self.model.columns[i.column()][0] == "result"]
        if closed and not self.model.grid.results_open:
            self.status.setText(
                tr(
                    "Les résultats de fin se saisissent à partir du %1 ; seul le positionnement "
                    "à l'entrée se saisit avant."
                ).replace("%1", fmt.date_short(self.model.grid.start))
            )
            targets = [i for i in targets if i not in closed]
            if not targets:
                return True
        for index in targets:
            self.model.set_value(index, level)
        if len(targets) == 1:
            below = self.model.index(targets[0].row() + 1, targets[0].column())
            if below.isValid():
                self.view.setCurrentIndex(below)
        return True

    # -- actions ----------------------------------------------------------------------------
    def save(self) -> list[OutcomeChange] | None:
        if not self.model.pending:
            return []
        try:
            changes = self.office.outcomes.save(self.session_id, self.model.edits())
        except ValidationError as error:  # the typed cells stay as they are
            self.tell(
                tr("Rien n'a été enregistré. Corrigez :")
                + "\n\n"
                + _bullets(list(error.errors.values()) or [str(error)]),
                warning=True,
            )
            return None
        except FormadeskError as error:
            show_error(self, error)
            return None
        self.model.pending.clear()
        self.reload()
        return changes

    def reload(self) -> None:
        self.model.load(self.office.outcomes.grid(self.session_id))
        self._show_grid()

    def export_grid(self) -> Path | None:
        grid = self.model.grid
        path = self.ask_save_path(f"Resultats-{grid.code}.xlsx")
        if not path:
            return None
        try:
            written = self.office.outcomes.export_workbook(self.session_id, path)
        except FormadeskError as error:
            show_error(self, error)
            return None
        self.tell(
            tr(
                "La grille est enregistrée dans « %1 ». Envoyez-la au formateur ; une fois "
                "remplie, importez-la avec « Importer la grille remplie… »."
            ).replace("%1", str(written))
        )
        return Path(written)

    def import_grid(self) -> list[OutcomeChange] | None:
        if self.model.pending and not self.ask_confirmation(
            tr(
                "Vos %1 non enregistrées seront perdues si vous importez le fichier. Continuer ?"
            ).replace("%1", fmt.plural(len(self.model.pending), "modification", "modifications"))
        ):
            return None
        path = self.ask_open_path()
        if not path:
            return None
        try:
            read = self.office.outcomes.read_workbook(self.session_id, path)
        except FormadeskError as error:
            show_error(self, error)
            return None
        if read.problems:
            self.tell(
                tr("Le fichier « %1 » n'est pas importé ; rien n'a changé. Corrigez :").replace(
                    "%1", read.file_name
                )
                + "\n\n"
                + _bullets(read.problems),
                warning=True,
            )
            return None
        if not read.changes:
            self.tell(
                tr("Le fichier « %1 » ne change rien à la grille.").replace("%1", read.file_name)
            )
            return []
        question = (
            tr("Le fichier « %1 » apporte %2 :")
            .replace("%1", read.file_name)
            .replace("%2", fmt.plural(len(read.changes), "changement", "changements"))
            + "\n\n"
            + _bullets([_change_line(c) for c in read.changes])
            + "\n\n"
            + tr("Enregistrer ces changements ?")
        )
        if not self.ask_confirmation(question):
            return None
        self.model.pending.clear()
        try:
            changes = self.office.outcomes.apply_import(read)
        except FormadeskError as error:
            show_error(self, error)
            return None
        self.reload()
        return changes

    # -- questions (replaced in tests) ------------------------------------------------------
    def ask_save_path(self, file_name: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            tr("Exporter la grille pour le formateur"),
            str(Path(folder) / file_name),
            tr("Classeur Excel (*.xlsx)"),
        )
        return path

    def ask_open_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("Importer la grille remplie"), folder, tr("Classeur Excel (*.xlsx)")
        )
        return path

    def ask_confirmation(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), text)
        return answer == QMessageBox.StandardButton.Yes

    def tell(self, text: str, warning: bool = False) -> None:
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        QMessageBox(icon, self.windowTitle(), text, QMessageBox.StandardButton.Ok, self).exec()

    # -- closing ----------------------------------------------------------------------------
    def _may_close(self) -> bool:
        """True unless edits are pending and the user chooses to stay."""
        return not self.model.pending or self.ask_confirmation(
            tr("Fermer sans enregistrer %1 ?").replace(
                "%1", fmt.plural(len(self.model.pending), "modification", "modifications")
            )
        )

    def closeEvent(self, event) -> None:  # the title bar's ✕: the same way as « Fermer »
        event.ignore()
        self.reject()

    def reject(self) -> None:  # « Fermer », Échap, ✕: asks first when edits are pending
        if self._may_close():
            super().reject()


def _change_line(change: OutcomeChange) -> str:
    before = change.before or tr("(vide)")
    after = change.after or tr("(vide)")
    return f"{change.learner_name}, {change.what} : {before} → {after}"


def _bullets(lines: list[str]) -> str:
    shown = [f"• {line}" for line in lines[:LIST_LIMIT]]
    if len(lines) > LIST_LIMIT:
        shown.append(tr("… et %1 autres.").replace("%1", str(len(lines) - LIST_LIMIT)))
    return "\n".join(shown)


def open_outcomes(office: Office, session_id: int, parent: QWidget | None) -> OutcomesDialog | None:
    """Open the grid of a session, or say why it cannot be opened."""
    try:
        dialog = OutcomesDialog(office, session_id, parent)
    except FormadeskError as error:
        show_error(parent, error)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
