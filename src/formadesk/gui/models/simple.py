"""A table model over a short list of summary rows (dataclasses), described by a column spec.

Used for lists that stay small (the catalogue, a session's enrollments, a week of slots ...);
the learners list, which can hold 100,000 rows, has its own paged model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

# Soft backgrounds that stay readable with the default palette.
HINT_COLOURS = {
    "warning": QColor("#fde9c8"),  # orange: below the minimum, planned hours differ ...
    "full": QColor("#f8d7da"),  # red: full, broken
    "ok": QColor("#d9f2e0"),  # green
    "muted": QColor("#888888"),  # grey text: inactive rows
}


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: a header (translated in ``context``), how to show a row, how to sort it."""

    header: str
    text: Callable[[R], Any]
    sort_key: Callable[[R], Any] | None = None
    align: Qt.AlignmentFlag | None = None
    hint: Callable[[R], str | None] | None = None  # key of HINT_COLOURS for the cell
    tooltip: Callable[[R], str] | None = None


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows are frozen dataclasses with an ``id``; ``ID_ROLE`` gives it, ``SORT_ROLE`` sorts."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        context: str,
        parent: QObject | None = None,
        *,
        muted: Callable[[R], bool] | None = None,
    ):
        super().__init__(parent)
        self._columns = list(columns)
        self._context = context
        self._rows: list[R] = []
        self._muted = muted

    # -- content --------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, row_id: int) -> int:
        """Position of the row with this id, or -1."""
        for position, row in enumerate(self._rows):
            if getattr(row, "id", None) == row_id:
                return position
        return -1

    # -- Qt interface ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return QCoreApplication.translate(self._context, self._columns[section].header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.text(row)
            return "" if value is None else str(value)
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role == SORT_ROLE:
            return (column.sort_key or column.text)(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return column.align
        if role == Qt.ItemDataRole.BackgroundRole and column.hint is not None:
            hint = column.hint(row)
            return QBrush(HINT_COLOURS[hint]) if hint else None
        if role == Qt.ItemDataRole.ForegroundRole and self._muted and self._muted(row):
            return QBrush(HINT_COLOURS["muted"])
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row) or None
        return None
