"""Child process of bench_startup.py: open the window, say "ready", then measure searches.

    startup_probe.py --bare | BASE [--json FILE]

BASE is a database file or a base on a server (postgresql://…); with ``--json`` the figures
printed are also written to FILE (``figures.Figures``) for bench_startup.py."""

from __future__ import annotations

import resource
import statistics
import sys
import time
from pathlib import Path

from formadesk.core import formatting as fmt
from formadesk.core.server_url import is_server_url

sys.path.insert(0, str(Path(__file__).resolve().parent))  # figures.py, imported once ready


def bare() -> None:
    """The floor: a bare PySide6 main window, started the same way."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    print("visible", flush=True)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from formadesk.gui.app import configure_application, show_shell

    target = sys.argv[1]
    base = target if is_server_url(target) else Path(target)  # Path would fold a URL's "//"
    app = QApplication(sys.argv[:1])
    configure_application(app)
    shell = show_shell(base)  # what run_gui shows first
    print("visible", flush=True)

    from formadesk.core.office import Office
    from formadesk.gui.main_window import MainWindow

    office = Office.open(base, verify=False)  # as the window does
    window = MainWindow(office)
    window.resize(1280, 800)
    window.show()
    shell.close()
    app.processEvents()
    print("ready", flush=True)

    from figures import Figures

    saved = sys.argv[sys.argv.index("--json") + 1] if "--json" in sys.argv else None
    figures = Figures("startup", base)

    tab = window.learners_tab
    window.tabs.setCurrentWidget(tab) if hasattr(window, "tabs") else None
    app.processEvents()
    view = (
        tab.ui.learnerTable
        if hasattr(tab.ui, "learnerTable")
        else tab.findChild(__import__("PySide6.QtWidgets", fromlist=["QTableView"]).QTableView)
    )
    settle(app, 2)  # the start-up jobs done (task rules at 0.3 s), as when the user types
    timings = []
    for text in ("m", "ma", "mar", "mart", "martin", "hélène", "lyon", "dupont j", "zzz", ""):
        tab.ui.searchEdit.setText(text)
        t0 = time.perf_counter()
        tab.apply_filter()  # what the debounce timer calls after the last keystroke
        model = view.model()
        rows = model.rowCount()
        for row in range(min(rows, 40)):  # the rows a screen shows
            for column in range(model.columnCount()):
                model.data(model.index(row, column))
        app.processEvents()
        timings.append((text, (time.perf_counter() - t0) * 1000, rows))
    searches = [ms for _t, ms, _r in timings]
    print(
        "Recherche d'apprenants (frappe → résultats affichés, hors délai de saisie ; "
        "fenêtre au repos depuis 2 s) :"
    )
    for text, ms, rows in timings:
        print(f"  « {text} » : {ms:6.1f} ms, {fmt.plural(rows, 'résultat')}")
    print(
        f"  médiane {statistics.median(searches):.1f} ms, pire {max(searches):.1f} ms "
        "— objectif < 30 ms (pire)"
    )
    figures.add("search", "Recherche d'apprenants (médiane)", searches)
    figures.add("search_worst", "  pire des 10 recherches", max(searches))
    t0 = time.perf_counter()
    hits = office.search.everything("mart")
    everything = (time.perf_counter() - t0) * 1000
    print(f"Recherche globale « mart » : {everything:.1f} ms, {fmt.plural(len(hits), 'résultat')}")
    figures.add("everything", "Recherche globale « mart »", everything)
    first_openings(app, window, figures)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Mémoire maximale : {peak_mb:.0f} Mo — objectif < 400 Mo")
    figures.add("memory", "Mémoire maximale", peak_mb, unit="Mo")
    figures.save(saved)
    window.close()
    office.close(backup_if_changed=False)


def settle(app, seconds: float) -> None:
    """Let the window idle for ``seconds``, handling its events."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.02)


def first_openings(app, window, figures) -> None:
    """First opening of « Documents » (and its invoices page), once the window has been idle
    for 3 s (the start-up worker done), next to the floor: showing a bare tab of the same size
    with an empty table, measured the same way."""
    from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

    settle(app, 3)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    t0 = time.perf_counter()
    window.tabs.setCurrentIndex(titles.index("Documents"))
    app.processEvents()
    documents = (time.perf_counter() - t0) * 1000
    tab = window.tab("documents_tab")
    pages = tab.ui.subTabs
    invoices = None
    if pages is not None:
        names = [pages.tabText(i) for i in range(pages.count())]
        found = [i for i, name in enumerate(names) if "Factur" in name]
        if found:
            t0 = time.perf_counter()
            pages.setCurrentIndex(found[0])
            app.processEvents()
            invoices = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    bare = QWidget()
    QVBoxLayout(bare).addWidget(QTableView(bare))
    window.tabs.addTab(bare, "plancher")
    window.tabs.setCurrentWidget(bare)
    app.processEvents()
    floor = (time.perf_counter() - t0) * 1000
    print(
        f"Premier affichage de « Documents » : {documents:.0f} ms (plancher, un onglet nu : "
        f"{floor:.0f} ms, ×{documents / max(floor, 0.1):.0f}) — objectif < 200 ms"
    )
    figures.add("documents", "Premier affichage de « Documents » (onglet nu)", documents, floor)
    if invoices is not None:
        print(f"Premier affichage des factures : {invoices:.0f} ms — objectif < 200 ms")
        figures.add("invoices", "Premier affichage des factures", invoices)


if __name__ == "__main__":
    bare() if sys.argv[1] == "--bare" else main()
