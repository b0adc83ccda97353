"""The toolbar's search box: learners, sessions, courses and clients as you type."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from formadesk.core.services.search import SearchHit

HIT_ROLE = Qt.ItemDataRole.UserRole + 10
Index = QModelIndex | QPersistentModelIndex
SEARCH_DELAY_MS = 150


def hit_text(hit: SearchHit) -> str:
    """« Apprenant · LEFÈVRE Hélène — helene@exemple.fr · Lyon »"""
    text = f"{hit.kind_label} · {hit.title}"
    return f"{text} — {hit.detail}" if hit.detail else text


class HitDelegate(QStyledItemDelegate):
    """Paints a hit as three columns: kind (grey), title (bold), detail (grey)."""

    KIND_WIDTH = 100

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit: SearchHit | None = index.data(HIT_ROLE)
        if hit is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(6, 0, -6, 0)
        painter.save()
        painter.setPen(self._muted(option, selected))
        kind = QRect(rect.left(), rect.top(), self.KIND_WIDTH, rect.height())
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(kind, align, hit.kind_label)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.color(text_role))
        title_rect = rect.adjusted(self.KIND_WIDTH, 0, 0, 0)
        used = painter.boundingRect(title_rect, align, hit.title).width()
        painter.drawText(title_rect, align, hit.title)
        if hit.detail:
            painter.setFont(option.font)
            painter.setPen(self._muted(option, selected))
            detail_rect = title_rect.adjusted(used + 12, 0, 0, 0)
            detail = option.fontMetrics.elidedText(
                hit.detail, Qt.TextElideMode.ElideRight, detail_rect.width()
            )
            painter.drawText(detail_rect, align, detail)
        painter.restore()

    @staticmethod
    def _muted(option: QStyleOptionViewItem, selected: bool) -> QColor:
        if selected:
            return option.palette.color(QPalette.ColorRole.HighlightedText)
        return QColor("#6b6b6b")

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), option.fontMetrics.height() + 10)


class GlobalSearch(QLineEdit):
    """A search box whose results pop up under it; emits ``chosen(SearchHit)``.

    ``search`` is ``office.search.everything``; it runs ``SEARCH_DELAY_MS`` after the last key.
    Enter without choosing opens the first result.
    """

    chosen = Signal(object)

    def __init__(self, search: Callable[[str], list[SearchHit]], parent: QWidget | None = None):
        super().__init__(parent)
        self._search = search
        self.setObjectName("globalSearch")
        self.setPlaceholderText(
            self.tr("Rechercher un apprenant, une session, une formation, un client… (Ctrl+F)")
        )
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(460)
        self.results = QStandardItemModel(self)
        self._completer = QCompleter(self.results, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(16)
        self._completer.popup().setObjectName("globalSearchPopup")
        self._completer.popup().setItemDelegate(HitDelegate(self))
        self._completer.activated[QModelIndex].connect(self._activated)
        self.setCompleter(self._completer)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._choose_first)
        self._just_chose = False

    def set_search(self, search: Callable[[str], list[SearchHit]]) -> None:
        """Search another database (after opening another file)."""
        self._search = search
        self.results.clear()

    def hits(self) -> list[SearchHit]:
        return [self.results.item(row).data(HIT_ROLE) for row in range(self.results.rowCount())]

    def run_search(self) -> None:
        """Search now for the text typed, and show the results under the box."""
        self._timer.stop()
        hits = self._search(self.text())
        self.results.clear()
        for hit in hits:
            item = QStandardItem(hit_text(hit))
            item.setData(hit, HIT_ROLE)
            item.setEditable(False)
            self.results.appendRow(item)
        if hits:
            self._completer.complete()
        else:
            self._completer.popup().hide()

    def choose(self, hit: SearchHit) -> None:
        """Act as if the user picked ``hit`` in the list."""
        self._completer.popup().hide()
        # The completer writes the item's text in the box after ``activated``, then passes the
        # Enter key on to the box: clear it and forget the key once that is done.
        self._just_chose = True
        QTimer.singleShot(0, self._after_choice)
        self.chosen.emit(hit)

    def _after_choice(self) -> None:
        self._just_chose = False
        self.clear()
        self.results.clear()

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.choose(hit)

    def _choose_first(self) -> None:
        if self._just_chose:
            return
        if self._timer.isActive():
            self.run_search()
        hits = self.hits()
        if hits:
            self.choose(hits[0])
