"""The « Bilans » tab in the main window: its four pages, each built when first shown, and a
session named on a page opening in the « Sessions » tab."""

from __future__ import annotations

from formadesk.gui.main_window import MainWindow
from formadesk.gui.tabs.reports_activity import ActivityPage
from formadesk.gui.tabs.reports_bpf import BpfPage
from formadesk.gui.tabs.reports_privacy import PrivacyPage
from formadesk.gui.tabs.reports_qualiopi import QualiopiPage
from tests.core.attendance_factories import held_session

PAGES = {
    "Rapport d'activité": ActivityPage,
    "BPF": BpfPage,
    "Qualiopi": QualiopiPage,
    "Données personnelles": PrivacyPage,
}


def test_the_bilans_tab_builds_each_page_when_shown_and_opens_a_session(office, qtbot):
    held = held_session(office)
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    window.tabs.setCurrentIndex(titles.index("Bilans"))
    reports = window.tab("reports_tab")
    pages = reports.pages
    assert [pages.tabText(i) for i in range(pages.count())] == list(PAGES)
    # Only the page shown is built; the others wait for their first click.
    assert isinstance(pages.widget(0), ActivityPage)
    assert not isinstance(pages.widget(1), BpfPage)
    for index, page_class in enumerate(PAGES.values()):
        pages.setCurrentIndex(index)
        page = pages.currentWidget()
        assert isinstance(page, page_class)
        if hasattr(page, "is_computing"):
            qtbot.waitUntil(lambda page=page: not page.is_computing(), timeout=15000)
    assert pages.count() == len(PAGES)
    # A session named on a page (a BPF line's rows) opens in « Sessions », selected.
    reports.page("bpf").session_requested.emit(held.session_id)
    assert window.tabs.currentWidget() is window.tab("sessions_tab")
    sessions = window.tab("sessions_tab")
    code = office.sessions.get(held.session_id).code
    selected = sessions.ui.sessionTable.selectionModel().selectedRows()
    assert [index.data() for index in selected] == [code]
