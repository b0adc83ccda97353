"""The learners list: a paged, SQL-sorted table model that stays smooth at 100,000 rows.

The view asks only for the rows it paints; the model fetches them by pages of ``PAGE_SIZE`` and
keeps the last ``MAX_PAGES`` pages in a small LRU cache. Sorting and filtering re-query SQL.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from formadesk.core.formatting import date_short
from formadesk.core.services.learners import (
    LearnerColumn,
    LearnerFilter,
    LearnerRow,
    LearnerService,
)

from .simple import ID_ROLE

Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _ID = int(Qt.ItemDataRole.DisplayRole), int(ID_ROLE)
_COLUMNS = len(LearnerColumn)  # asked twice for each cell painted (QAbstractTableModel.index)

# Marked for pyside6-lupdate; translated in headerData().
HEADERS = {
    LearnerColumn.LAST_NAME: QT_TRANSLATE_NOOP("LearnersModel", "Nom"),
    LearnerColumn.FIRST_NAME: QT_TRANSLATE_NOOP("LearnersModel", "Prénom"),
    LearnerColumn.BIRTH_DATE: QT_TRANSLATE_NOOP("LearnersModel", "Naissance"),
    LearnerColumn.EMAIL: QT_TRANSLATE_NOOP("LearnersModel", "E-mail"),
    LearnerColumn.PHONE: QT_TRANSLATE_NOOP("LearnersModel", "Téléphone"),
    LearnerColumn.CITY: QT_TRANSLATE_NOOP("LearnersModel", "Ville"),
    LearnerColumn.EMPLOYER: QT_TRANSLATE_NOOP("LearnersModel", "Employeur"),
    LearnerColumn.STATUS: QT_TRANSLATE_NOOP("LearnersModel", "Statut"),
}


def cell_text(row: LearnerRow, column: LearnerColumn) -> str:
    """What the list shows for one learner in one column."""
    match column:
        case LearnerColumn.LAST_NAME:
            return row.last_name.upper()
        case LearnerColumn.FIRST_NAME:
            return row.first_name
        case LearnerColumn.BIRTH_DATE:
            return date_short(row.birth_date)
        case LearnerColumn.EMAIL:
            return row.email
        case LearnerColumn.PHONE:
            return row.phone
        case LearnerColumn.CITY:
            return row.city
        case LearnerColumn.EMPLOYER:
            return row.employer_name
        case LearnerColumn.STATUS:
            return row.status_label
    return ""


class LearnersModel(QAbstractTableModel):
    """Learners matching a ``LearnerFilter``, fetched from ``LearnerService`` page by page.

    ``ID_ROLE`` gives a row's learner id. ``pages_fetched`` counts SQL page queries (for tests
    and benchmarks).
    """

    Columns = LearnerColumn
    PAGE_SIZE = 200
    MAX_PAGES = 20

    def __init__(self, learners: LearnerService, parent: QObject | None = None):
        super().__init__(parent)
        self._learners = learners
        self._filter = LearnerFilter()
        self._sort = LearnerColumn.LAST_NAME
        self._descending = False
        self._count = 0
        self._pages: OrderedDict[int, list[LearnerRow]] = OrderedDict()
        self._texts: dict[int, tuple[str, ...]] = {}  # row -> what its cells show
        self.pages_fetched = 0
        self.refresh()

    # -- state ----------------------------------------------------------------------------
    @property
    def filter(self) -> LearnerFilter:
        return self._filter

    @property
    def cached_page_count(self) -> int:
        return len(self._pages)

    def set_filter(self, flt: LearnerFilter) -> None:
        """Show the learners matching ``flt`` (one query for a search: count and first rows)."""
        self._filter = flt
        self.refresh()

    def set_learners(self, learners: LearnerService) -> None:
        """Point the model at another database's learners (after opening another file)."""
        self._learners = learners
        self.refresh()

    def refresh(self) -> None:
        """Forget every cached page and count again (after a change or a new filter)."""
        self.beginResetModel()
        self._pages.clear()
        self._texts.clear()
        self._count, first = self._learners.first_rows(
            self._filter, sort=self._sort, descending=self._descending, probe=self.PAGE_SIZE
        )
        for number in range(0, min(len(first), self.MAX_PAGES * self.PAGE_SIZE), self.PAGE_SIZE):
            self._pages[number // self.PAGE_SIZE] = first[number : number + self.PAGE_SIZE]
        self.pages_fetched += 1
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL: a reset, never a proxy over every row."""
        if not 0 <= column < len(LearnerColumn):
            return
        self._sort = LearnerColumn(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # -- rows -----------------------------------------------------------------------------
    def row_at(self, row: int) -> LearnerRow | None:
        """The summary row at this position, fetching its page when needed."""
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self.PAGE_SIZE)
        page = self._page(number)
        return page[offset] if offset < len(page) else None

    def learner_id(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.id if found else None

    def find_row(
        self, learner_id: int, *, near: int | None = None, max_rows: int = 2000
    ) -> int | None:
        """Position of a learner: in the page of row ``near``, cached pages, then the first
        ``max_rows`` rows. None when not found there (narrow the filter first)."""
        if near is not None and 0 <= near < self._count:
            number = near // self.PAGE_SIZE
            for offset, row in enumerate(self._page(number)):
                if row.id == learner_id:
                    return number * self.PAGE_SIZE + offset
        for number, page in list(self._pages.items()):
            for offset, row in enumerate(page):
                if row.id == learner_id:
                    return number * self.PAGE_SIZE + offset
        last_page = (min(self._count, max_rows) - 1) // self.PAGE_SIZE if max_rows > 0 else -1
        for number in range(last_page + 1):
            if number in self._pages:
                continue
            for offset, row in enumerate(self._page(number)):
                if row.id == learner_id:
                    return number * self.PAGE_SIZE + offset
        return None

    def _page(self, number: int) -> list[LearnerRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = self._learners.page(
            self._filter,
            sort=self._sort,
            descending=self._descending,
            offset=number * self.PAGE_SIZE,
            limit=self.PAGE_SIZE,
        )
        self.pages_fetched += 1
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # -- Qt interface ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return QCoreApplication.translate("LearnersModel", HEADERS[LearnerColumn(section)])

    def data(self, index: Index, role: int = 0) -> Any:
        # Called for every role of every painted cell (seven per cell): plain int tests and
        # the texts of a row made once keep a search's repaint short.
        if role == _DISPLAY:
            texts = self._texts.get(index.row())
            if texts is None:
                texts = self._row_texts(index.row())
            return texts[index.column()] if texts else None
        if role == _ID:
            found = self.row_at(index.row())
            return found.id if found else None
        return None

    def _row_texts(self, row: int) -> tuple[str, ...]:
        found = self.row_at(row)
        if found is None:
            return ()
        if len(self._texts) >= 5000:  # scrolling through a long list: start again
            self._texts.clear()
        texts = self._texts[row] = tuple(cell_text(found, column) for column in LearnerColumn)
        return texts
