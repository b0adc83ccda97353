"""Helpers shared by the list views: one look for every table, reading the selected row's id."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..models.simple import ID_ROLE, SORT_ROLE


def quick_text(view: QAbstractItemView) -> None:
    """Draw the cells' text without shaping when the script does not need it (Latin text:
    only kerning is lost): a repaint of a long list takes a third less time."""
    font = view.font()
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    view.setFont(font)


def setup_table(
    view: QTableView,
    model: QAbstractItemModel,
    *,
    sortable: bool = True,
    stretch_column: int | None = None,
) -> QSortFilterProxyModel | None:
    """Attach ``model`` (through a sorting proxy when ``sortable``) and give the common look."""
    proxy = None
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        proxy.setFilterKeyColumn(-1)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the order the core gave
    else:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    quick_text(view)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return proxy


def fit_columns(view: QTableView, *, skip: int | None = None, maximum: int = 360) -> None:
    """Size columns to their content (but not wider than ``maximum`` pixels)."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(25)  # look at the first rows, not thousands
    for column in range(header.count()):
        if column == skip:
            continue
        view.resizeColumnToContents(column)
        if header.sectionSize(column) > maximum:
            header.resizeSection(column, maximum)


def selected_id(view: QTableView) -> int | None:
    """Id (``ID_ROLE``) of the current row of the view, or None."""
    selection = view.selectionModel()
    if selection is None:
        return None
    rows = selection.selectedRows()
    if not rows:
        return None
    return rows[0].data(ID_ROLE)


def keep_selected(view: QTableView, row_id: int | None) -> None:
    """After a filter change: the same row stays selected, or none, never another one left
    under the action buttons (« Marquer payée… » on the wrong invoice)."""
    if row_id is not None and not select_id(view, row_id):
        view.clearSelection()
        view.setCurrentIndex(view.model().index(-1, -1))


def select_id(view: QTableView, row_id: int | None) -> bool:
    """Select and show the row with this id; True when found."""
    if row_id is None:
        return False
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ID_ROLE) == row_id:
            view.selectRow(row)
            view.scrollTo(index)
            return True
    return False
