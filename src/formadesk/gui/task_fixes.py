"""« Corriger »: the dialog or the place of the window where a task of the « À faire » list is
fixed, chosen by the task's ``fix`` code (core/tasks/kinds.TASK_FIXES).

``run_fix(window, row)`` opens it (window-modal dialogs, or a tab brought to the front) and
returns what it opened. Once the fix is saved, the change signal refreshes the list by itself.
A code this module does not know opens the task's session.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from formadesk.core.errors import FormadeskError
from formadesk.core.tasks.service import TaskRow

from .messages import show_error

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TaskFixes", text)


def _open(dialog):
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _say(window: QWidget, text: str) -> None:
    if hasattr(window, "show_message"):
        window.show_message(text)


def _needs_session(window: QWidget, row: TaskRow) -> bool:
    if row.session_id is None:
        show_error(
            window,
            FormadeskError(
                _tr("Cette tâche n'est liée à aucune session : ouvrez-la depuis son onglet.")
            ),
        )
        return False
    return True


# -- one function per fix ----------------------------------------------------------------------
def show_session(window: QWidget, row: TaskRow):
    if row.session_id is None:
        if row.learner_id is not None:
            return show_learner(window, row)
        if row.client_id is not None and hasattr(window, "clients_tab"):
            window.tabs.setCurrentWidget(window.clients_tab)
            window.clients_tab.show_client(row.client_id)
            return window.clients_tab
        _needs_session(window, row)
        return None
    if hasattr(window, "show_session"):
        window.show_session(row.session_id)
        return window.sessions_tab
    return None


def generate(window: QWidget, row: TaskRow, kind: str):
    from .dialogs.generate_dialog import GenerateDialog

    try:
        dialog = GenerateDialog(window.office, row.session_id, window, kind_key=kind)
    except FormadeskError as error:
        show_error(window, error)
        return None
    return _open(dialog)


def documents_list(window: QWidget, row: TaskRow):
    from .widgets.inputs import select_data

    tab = window.documents_tab
    window.tabs.setCurrentWidget(tab)
    tab.ui.subTabs.setCurrentWidget(tab.ui.documentsPage)
    if row.session_id is not None:
        select_data(tab.ui.sessionCombo, row.session_id)
    return tab


def conflicts(window: QWidget, row: TaskRow):
    import datetime as dt

    from PySide6.QtCore import QDate

    from .dialogs.conflicts_dialog import ConflictsDialog

    dialog = ConflictsDialog(window.office, window)
    if row.session_id is not None:
        session = window.office.sessions.row(row.session_id)
        start = max(dt.date.today(), session.start_date)
        end = max(start, session.end_date)
        dialog.ui.fromEdit.setDate(QDate(start.year, start.month, start.day))
        dialog.ui.toEdit.setDate(QDate(end.year, end.month, end.day))
    if hasattr(window, "show_session"):
        dialog.session_requested.connect(window.show_session)
    return _open(dialog)


def attendance(window: QWidget, row: TaskRow):
    from .attendance import open_attendance

    if not _needs_session(window, row):
        return None
    return open_attendance(window.office, row.session_id, window, bus=getattr(window, "bus", None))


def show_learner(window: QWidget, row: TaskRow):
    if row.learner_id is None:
        return show_session(window, row) if row.session_id is not None else None
    tab = window.learners_tab
    window.tabs.setCurrentWidget(tab)
    tab.show_learner(row.learner_id)
    return tab


def exchange(window: QWidget, row: TaskRow):
    """« Noter un échange » with the learner (or trainer, or client) and the session."""
    from .dialogs.interaction_dialog import InteractionDialog

    office = window.office
    who = None
    for kind, row_id in (
        ("learner", row.learner_id),
        ("trainer", row.trainer_id),
        ("client", row.client_id),
    ):
        if row_id is not None:
            try:
                who = office.journal.who(kind, row_id)
            except FormadeskError:
                who = None
            break
    dialog = InteractionDialog(office, None, window, who=who, session_id=row.session_id)
    dialog.accepted.connect(lambda: _say(window, _tr("Échange enregistré dans le journal.")))
    return _open(dialog)


def outcomes(window: QWidget, row: TaskRow):
    from .dialogs.outcomes_dialog import open_outcomes

    if not _needs_session(window, row):
        return None
    return open_outcomes(window.office, row.session_id, window)


def invoice(window: QWidget, row: TaskRow):
    """« Facturer la session »: the session chosen; the invoices shown once issued."""
    from .dialogs.invoice_session_dialog import InvoiceSessionDialog

    panel = window.documents_tab.invoices if hasattr(window, "documents_tab") else None
    # Read from the base, not from the invoices page (filled only once it has been shown).
    invoiced = window.office.billing.invoiced_sessions()
    dialog = InvoiceSessionDialog(window.office, invoiced, window, session_id=row.session_id)

    def issued() -> None:
        if panel is None or not dialog.saved_ids:
            return
        tab = window.documents_tab
        window.tabs.setCurrentWidget(tab)
        tab.ui.subTabs.setCurrentWidget(tab.ui.invoicesPage)
        panel.show_invoice(dialog.saved_ids[0])
        _say(
            window,
            _tr("{n} facture(s) émise(s) : produisez leurs PDF depuis l'onglet Factures.").format(
                n=len(dialog.saved_ids)
            ),
        )

    dialog.accepted.connect(issued)
    return _open(dialog)


def survey_send(window: QWidget, row: TaskRow):
    from .dialogs.survey_send_dialog import SurveySendDialog

    if not _needs_session(window, row):
        return None
    try:
        dialog = SurveySendDialog(window.office, row.session_id, window)
    except FormadeskError as error:
        show_error(window, error)
        return None

    def sent() -> None:
        report = dialog.report
        if report is None or not hasattr(window, "quality_tab"):
            return
        page = window.quality_tab.show_page("surveys")
        window.tabs.setCurrentWidget(window.quality_tab)
        page.select_session(row.session_id)
        page.say(html.escape(report.summary()).replace("\n", "<br>"))

    dialog.accepted.connect(sent)
    return _open(dialog)


def incidents(window: QWidget, row: TaskRow):
    tab = window.resources_tab
    window.tabs.setCurrentWidget(tab)
    tab.ui.resourceTabs.setCurrentWidget(tab.ui.incidentsPage)
    return tab


def quality_page(window: QWidget, name: str):
    window.tabs.setCurrentWidget(window.quality_tab)
    return window.quality_tab.show_page(name)


FIXES = {
    "session": show_session,
    "enrollment": show_session,
    "documents_list": documents_list,
    "planning": conflicts,
    "attendance": attendance,
    "learner": show_learner,
    "exchange": exchange,
    "outcomes": outcomes,
    "invoice": invoice,
    "survey_send": survey_send,
    "incident": incidents,
    "complaint": lambda window, row: quality_page(window, "complaints"),
    "improvement_action": lambda window, row: quality_page(window, "actions"),
    "interaction": lambda window, row: quality_page(window, "journal"),
}


def run_fix(window: QWidget, row: TaskRow):
    """Open what fixes ``row`` (its ``fix`` code); an unknown code opens its session."""
    fix = row.fix or "session"
    try:
        if fix.startswith("documents:"):
            return generate(window, row, fix.split(":", 1)[1])
        action = FIXES.get(fix)
        if action is None:
            log.info("No fix known for %r: opening the session", fix)
            action = show_session
        return action(window, row)
    except FormadeskError as error:
        show_error(window, error)
        return None
