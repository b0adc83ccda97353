"""The « À faire » tab: every open task by when it is due (en retard, aujourd'hui, cette
semaine, plus tard), each with its fix at hand (« Corriger »), postponed or set aside with a
reason, and the tasks typed by hand.

The list follows every change of the office: ``office.tasks.listing`` recomputes only the rules
a change touched. The tab's title (« À faire (12 · 3 en retard) ») is sent by ``title_changed``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.changes import Change
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.tasks.service import TaskRow, TaskSummary
from formadesk.core.vocabulary import RULE_TASK_KINDS, TASK_BUCKETS, TASK_KINDS

from ..bus import ChangeSignal
from ..dialogs.generate_job import make_searchable, session_choices
from ..forms.ui_todo_tab import Ui_TodoTab
from ..messages import confirm, show_error
from ..widgets.inputs import select_data, set_choices
from .base import RefreshingTab

ID_ROLE = Qt.ItemDataRole.UserRole
CLOSED_GROUP = "fermees"
GROUP_COLOURS = {"retard": "#c0392b", "aujourdhui": "#b9770e", "plus_tard": "#5f6b76"}
COLUMNS = 5
EMPTY_COLOUR = "#9aa3ab"
COLUMN_LIMITS = ((0, 150), (1, 190), (3, 200), (4, 240))  # (column, widest) fitted to contents
PRIORITY_WORDS = {1: "priorité haute", 2: "", 3: "priorité basse"}
# Tasks a rule cannot see done (a call, a letter): « Fait » closes them by hand.
DONE_BY_HAND_FIXES = ("", "exchange")


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodoTab", text)


def todo_title(summary: TaskSummary | None) -> str:
    """« À faire », « À faire (4) », « À faire (12 · 3 en retard) »."""
    if summary is None or not summary.total:
        return _tr("À faire")
    if summary.overdue:
        return _tr("À faire ({total} · {late} en retard)").format(
            total=summary.total, late=summary.overdue
        )
    return _tr("À faire ({total})").format(total=summary.total)


def can_be_done_by_hand(row: TaskRow) -> bool:
    """Open, and either typed by hand or of a kind no rule can see fixed."""
    return row.is_open and (row.kind not in RULE_TASK_KINDS or row.fix in DONE_BY_HAND_FIXES)


class TodoTab(RefreshingTab):
    """Tasks grouped by due date, filtered by session and kind; buttons act on the selected one."""

    title_changed = Signal(str)
    session_requested = Signal(int)

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(office, bus, parent)
        self.today: Callable[[], dt.date] = dt.date.today
        self.fixer: Callable[[TaskRow], object] | None = None  # the window's run_fix by default
        self.rows: dict[int, TaskRow] = {}
        self.summary: TaskSummary | None = None
        self.ui = ui = Ui_TodoTab()
        ui.setupUi(self)
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.refresh)
        make_searchable(ui.sessionCombo)
        ui.sessionCombo.lineEdit().setPlaceholderText(self.tr("Toutes les sessions"))
        self._fill_sessions()
        self._fill_kinds()
        header = ui.taskTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ui.sessionCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.closedCheck.toggled.connect(lambda _on: self.refresh())
        ui.taskTree.currentItemChanged.connect(lambda _new, _old: self._selection_changed())
        ui.taskTree.itemActivated.connect(lambda _item, _column: self.activate())
        ui.fixButton.clicked.connect(self.fix)
        ui.doneButton.clicked.connect(self.mark_done)
        ui.postponeButton.clicked.connect(self.postpone)
        ui.dismissButton.clicked.connect(self.dismiss)
        ui.reopenButton.clicked.connect(self.reopen)
        ui.newButton.clicked.connect(self.new_task)
        ui.editButton.clicked.connect(self.edit_task)
        ui.deleteButton.clicked.connect(self.delete_task)
        ui.rulesButton.clicked.connect(self.edit_rules)
        delete = QShortcut(QKeySequence.StandardKey.Delete, ui.taskTree)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_task)
        self.refresh()

    # -- filters --------------------------------------------------------------------------
    def _fill_sessions(self) -> None:
        set_choices(
            self.ui.sessionCombo,
            session_choices(self.office),
            none_label=self.tr("Toutes les sessions"),
        )

    def _fill_kinds(self, by_kind: dict[str, int] | None = None) -> None:
        combo = self.ui.kindCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Tous les types"), "")
        counts = by_kind or {}
        for kind, label in sorted(TASK_KINDS.items(), key=lambda pair: pair[1].lower()):
            n = counts.get(kind, 0)
            combo.addItem(f"{label} ({n})" if n else label, kind)
        select_data(combo, current or "")
        combo.blockSignals(False)

    def session_filter(self) -> int | None:
        combo = self.ui.sessionCombo
        return combo.currentData() if combo.currentIndex() >= 0 else None

    def kind_filter(self) -> str:
        return self.ui.kindCombo.currentData() or ""

    def show_kind(self, kind: str) -> None:
        """Only the tasks of this kind ("" for all), whatever the session."""
        ui = self.ui
        for combo in (ui.sessionCombo, ui.kindCombo):
            combo.blockSignals(True)
        select_data(ui.sessionCombo, None)
        if not select_data(ui.kindCombo, kind or ""):
            select_data(ui.kindCombo, "")
        for combo in (ui.sessionCombo, ui.kindCombo):
            combo.blockSignals(False)
        self.refresh()

    def show_session(self, session_id: int | None) -> None:
        select_data(self.ui.sessionCombo, session_id)

    # -- loading --------------------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        """Every change may make or close a task: reload (once, after the change) when shown."""
        if self.isVisible():
            self._later.start()
        else:
            self._stale = True
        if change.touches("session", "all"):
            self._sessions_stale = True

    def refresh(self) -> None:
        self._later.stop()
        if getattr(self, "_sessions_stale", False):
            self._sessions_stale = False
            self._fill_sessions()
        today = self.today()
        tasks = self.office.tasks
        try:
            rows = tasks.listing(today, session_id=self.session_filter(), kind=self.kind_filter())
            closed = (
                tasks.listing(
                    today, session_id=self.session_filter(), kind=self.kind_filter(), closed=True
                )
                if self.ui.closedCheck.isChecked()
                else []
            )
            self.summary = tasks.summary(today)
        except FormadeskError as error:
            show_error(self, error)
            return
        self._fill_kinds(self.summary.by_kind)
        self._show(rows, closed)
        self._show_summary(rows)
        self.title_changed.emit(todo_title(self.summary))

    def _show(self, rows: list[TaskRow], closed: list[TaskRow]) -> None:
        tree = self.ui.taskTree
        chosen = self.selected_id()
        tree.blockSignals(True)
        tree.clear()
        self.rows = {row.id: row for row in [*rows, *closed]}
        groups: dict[str, list[TaskRow]] = {key: [] for key in TASK_BUCKETS}
        for row in rows:
            groups.setdefault(row.bucket or "plus_tard", []).append(row)
        if closed:
            groups[CLOSED_GROUP] = closed
        titles = {**TASK_BUCKETS, CLOSED_GROUP: self.tr("Faites ou écartées (90 derniers jours)")}
        for key, members in groups.items():
            header = QTreeWidgetItem([f"{self.tr(titles[key])} ({len(members)})"])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(tree.font())
            font.setBold(True)
            header.setFont(0, font)
            colour = GROUP_COLOURS.get(key) if members else EMPTY_COLOUR
            if colour:
                header.setForeground(0, QBrush(QColor(colour)))
            header.setData(0, ID_ROLE + 1, key)
            tree.addTopLevelItem(header)
            header.setFirstColumnSpanned(True)
            for row in members:
                header.addChild(self._item(row, key))
            header.setExpanded(bool(members))
        tree.blockSignals(False)
        for column, widest in COLUMN_LIMITS:
            tree.resizeColumnToContents(column)
            tree.setColumnWidth(column, min(widest, tree.columnWidth(column) + 8))
        if not self.select_task(chosen):
            first = self._first_task()
            if first is not None:
                tree.setCurrentItem(first)
        self._selection_changed()

    def _item(self, row: TaskRow, group: str) -> QTreeWidgetItem:
        due = fmt.date_short(row.due_on) if row.due_on else self.tr("sans date")
        if row.postponed_to:
            due += " ↻"
        closed_on = row.done_on or row.dismissed_on
        if closed_on:  # ✓ done, ✕ set aside, on that day
            due = ("✓ " if row.done_on else "✕ ") + fmt.date_short(closed_on)
        item = QTreeWidgetItem([due, row.session_code, row.title, row.who, row.kind_label])
        if closed_on:
            if row.dismissed_on and not row.done_on:
                said = self.tr("Écartée le {date}")
            elif row.closed_by == "cloture":
                said = self.tr("Close avec sa session le {date}")
            elif row.closed_by.startswith("regle"):
                said = self.tr("Close par sa règle le {date}")
            else:
                said = self.tr("Faite le {date}")
            item.setToolTip(0, said.format(date=fmt.date_short(closed_on)))
        item.setData(0, ID_ROLE, row.id)
        item.setToolTip(2, row.title)
        if row.postponed_to:
            item.setToolTip(
                0,
                self.tr("Reportée (échéance d'origine : {date}) — {reason}").format(
                    date=fmt.date_short(row.first_due_on), reason=row.postpone_reason
                ),
            )
        if group == "retard":
            item.setForeground(0, QBrush(QColor(GROUP_COLOURS["retard"])))
        if group == CLOSED_GROUP:
            grey = QBrush(QColor("#7a828a"))
            for column in range(COLUMNS):
                item.setForeground(column, grey)
        if row.manual and row.priority == 1 and row.is_open:
            font = item.font(2)
            font.setBold(True)
            item.setFont(2, font)
        return item

    def _show_summary(self, rows: list[TaskRow]) -> None:
        summary = self.summary
        if summary is None or not summary.total:
            self.ui.summaryLabel.setText(self.tr("Rien à faire : tout est à jour."))
            return
        parts = []
        if summary.overdue:
            parts.append(
                f"<b style='color:{GROUP_COLOURS['retard']}'>"
                + self.tr("{n} en retard").format(n=summary.overdue)
                + "</b>"
            )
        parts.append(self.tr("{n} aujourd'hui").format(n=summary.today))
        parts.append(self.tr("{n} dans les 7 jours").format(n=summary.week))
        parts.append(self.tr("{n} plus tard").format(n=summary.later))
        filtered = self.session_filter() is not None or self.kind_filter()
        shown = (
            " — " + fmt.plural(len(rows), self.tr("affichée"), self.tr("affichées"))
            if filtered
            else ""
        )  # the counts are the office's, the list may show fewer
        self.ui.summaryLabel.setText(" · ".join(parts) + shown)

    # -- selection ------------------------------------------------------------------------
    def _task_items(self) -> list[QTreeWidgetItem]:
        tree = self.ui.taskTree
        items = []
        for i in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(i)
            items += [group.child(j) for j in range(group.childCount())]
        return items

    def _first_task(self) -> QTreeWidgetItem | None:
        items = self._task_items()
        return items[0] if items else None

    def shown_ids(self) -> list[int]:
        return [item.data(0, ID_ROLE) for item in self._task_items()]

    def group_titles(self) -> list[str]:
        tree = self.ui.taskTree
        return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]

    def group_of(self, task_id: int) -> str:
        for item in self._task_items():
            if item.data(0, ID_ROLE) == task_id:
                return item.parent().data(0, ID_ROLE + 1)
        return ""

    def selected_id(self) -> int | None:
        item = self.ui.taskTree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def selected(self) -> TaskRow | None:
        task_id = self.selected_id()
        return self.rows.get(task_id) if task_id is not None else None

    def select_task(self, task_id: int | None) -> bool:
        if task_id is None:
            return False
        for item in self._task_items():
            if item.data(0, ID_ROLE) == task_id:
                self.ui.taskTree.setCurrentItem(item)
                return True
        return False

    def _selection_changed(self) -> None:
        ui, row = self.ui, self.selected()
        read_only = bool(self.office.database.read_only_reason)
        is_open = row is not None and row.is_open
        ui.fixButton.setText(row.fix_label if row is not None and row.fix else self.tr("Corriger"))
        ui.fixButton.setEnabled(row is not None and bool(row.fix))
        ui.doneButton.setEnabled(not read_only and row is not None and can_be_done_by_hand(row))
        ui.doneButton.setToolTip(
            self.tr("Cette tâche disparaît d'elle-même quand sa cause est corrigée.")
            if row is not None and is_open and not can_be_done_by_hand(row)
            else ""
        )
        ui.postponeButton.setEnabled(not read_only and is_open)
        ui.dismissButton.setEnabled(not read_only and is_open)
        ui.reopenButton.setEnabled(not read_only and row is not None and not row.is_open)
        manual = row is not None and row.manual
        ui.editButton.setEnabled(not read_only and manual and is_open)
        ui.deleteButton.setEnabled(not read_only and manual)
        ui.newButton.setEnabled(not read_only)
        ui.detailLabel.setText(self._detail(row))

    def _detail(self, row: TaskRow | None) -> str:
        if row is None:
            return ""
        facts = [row.kind_label]
        if row.first_due_on:
            facts.append(self.tr("échéance le {date}").format(date=fmt.date_long(row.first_due_on)))
        facts.append(PRIORITY_WORDS.get(row.priority, ""))
        if row.who:
            facts.append(row.who)
        lines = [" · ".join(f for f in facts if f)]
        if row.notes:
            lines.append(row.notes)
        if row.postponed_to and row.is_open:
            lines.append(
                self.tr("Reportée au {to} (échéance d'origine : {first}) : {reason}").format(
                    to=fmt.date_short(row.postponed_to),
                    first=fmt.date_short(row.first_due_on),
                    reason=row.postpone_reason,
                )
            )
        if row.dismissed_on:
            lines.append(
                self.tr("Écartée le {date} : {reason}").format(
                    date=fmt.date_short(row.dismissed_on), reason=row.dismiss_reason
                )
            )
        if row.done_on:
            text = {
                "main": self.tr("Marquée faite le {date}, à la main."),
                # The rule no longer finds it: fixed, or out of the period it follows.
                "regle": self.tr(
                    "Close le {date} : sa règle ne la relève plus (cause corrigée, ou session "
                    "sortie de la période suivie)."
                ),
                "regle_off": self.tr("Close le {date} : sa règle a été désactivée."),
                "cloture": self.tr("Close le {date} avec la clôture de sa session (non faite)."),
            }.get(row.closed_by, self.tr("Faite le {date}."))
            lines.append(text.format(date=fmt.date_short(row.done_on)))
        return "\n".join(lines)

    # -- actions --------------------------------------------------------------------------
    def activate(self):
        """Double-click or Entrée: the fix at hand, or « Modifier… » for a task typed by hand."""
        row = self.selected()
        if row is None:
            return None
        if row.fix:
            return self.fix()
        if row.manual:
            return self.edit_task()
        return None

    def fix(self):
        row = self.selected()
        if row is None or not row.fix:
            return None
        if self.fixer is not None:
            return self.fixer(row)
        from ..task_fixes import run_fix

        return run_fix(self.window(), row)

    def _call(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except Exception as error:  # noqa: BLE001 - said in French, nothing changed
            show_error(self, error)
            return False
        self.refresh()
        return True

    def mark_done(self) -> None:
        row = self.selected()
        if row is not None and can_be_done_by_hand(row):
            self._call(lambda: self.office.tasks.mark_done(row.id, today=self.today()))

    def reopen(self) -> None:
        row = self.selected()
        if (
            row is not None
            and not row.is_open
            and self._call(lambda: self.office.tasks.reopen(row.id))
        ):
            self.select_task(row.id)

    def _open(self, dialog):
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def postpone(self):
        return self._reason_dialog(postpone=True)

    def dismiss(self):
        return self._reason_dialog(postpone=False)

    def _reason_dialog(self, *, postpone: bool):
        from ..dialogs.task_reason_dialog import TaskReasonDialog

        row = self.selected()
        if row is None or not row.is_open:
            return None
        dialog = TaskReasonDialog(self.office, row, self, postpone=postpone, today=self.today())
        return self._open(dialog)

    def new_task(self, *, session_id: int | None = None, who=None):
        from ..dialogs.task_dialog import TaskDialog

        if session_id is None:
            session_id = self.session_filter()
        dialog = TaskDialog(
            self.office, None, self, session_id=session_id, who=who, today=self.today()
        )
        dialog.accepted.connect(lambda: self._select_later(dialog.saved_id))
        return self._open(dialog)

    def edit_task(self):
        from ..dialogs.task_dialog import TaskDialog

        row = self.selected()
        if row is None or not row.manual:
            return None
        return self._open(TaskDialog(self.office, row, self, today=self.today()))

    def _select_later(self, task_id: int | None) -> None:
        self.refresh()
        self.select_task(task_id)

    def delete_task(self) -> None:
        row = self.selected()
        if row is None or not row.manual:
            return
        if not confirm(
            self,
            self.tr("Supprimer la tâche"),
            self.tr("Supprimer la tâche « {title} » ?").format(title=row.title),
        ):
            return
        self._call(lambda: self.office.tasks.delete(row.id))

    def edit_rules(self):
        from ..dialogs.task_rules_dialog import TaskRulesDialog

        return self._open(TaskRulesDialog(self.office, self))
