"""Benchmark: the dashboard of the large demo (issue 11), budget: it appears in under 300 ms.

Prints, next to each figure, the floor of the library doing the work measured in the same run:
- the dashboard tab built and drawn on its first page (counts, alerts, today's half-days, the
  coming weeks' sessions with their checklist progress), next to bare sqlite3 SELECTs of the
  same counts and lists plus Qt drawing an empty tab of the same size;
- the « Indicateurs » page: the twelve months' figures (``office.stats.charts``) and the four
  charts drawn, next to bare sqlite3 SELECTs of the same monthly sums;
(on a server's base, the bare SELECTs are the same ones in PostgreSQL's dialect, with psycopg)
- each piece of the core alone (``stats.dashboard``, ``stats.coming_sessions``,
  ``tasks.summary``, ``stats.charts``).
No figure is asserted: the machine decides; the floor says how far from it we are.

Usage:  QT_QPA_PLATFORM=offscreen python tests/bench/bench_dashboard.py [BASE] [--runs N]
        [--json FILE]
The database is copied first: the file given is never modified. BASE may be a base on a
server (postgresql://…): it is copied on the same server (CREATE DATABASE … TEMPLATE).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_attendance import line, timed  # noqa: E402
from bench_startup import DEFAULT_DB  # noqa: E402
from figures import Bare, Figures, base_argument, ensure_base, working_copy  # noqa: E402

from formadesk.core.office import Office  # noqa: E402

BUDGET_MS = 300
COUNTS = [
    "SELECT count(*) FROM learners WHERE anonymised_at IS NULL",
    "SELECT count(*) FROM courses WHERE active",
    "SELECT count(*) FROM sessions WHERE start_date BETWEEN date('now','start of year')"
    " AND date('now','start of year','+1 year','-1 day')",
    """SELECT s.id, s.code, s.start_date, s.min_places, s.max_places,
              (SELECT count(*) FROM enrollments e WHERE e.session_id = s.id
               AND e.status IN ('preinscrit','inscrit','termine'))
       FROM sessions s JOIN courses c ON c.id = s.course_id
       WHERE s.start_date >= date('now') AND s.status != 'annulee'""",
    """SELECT kind, coalesce(postponed_to, due_on), count(*) FROM tasks
       WHERE done_on IS NULL AND dismissed_on IS NULL GROUP BY 1, 2""",
    """SELECT i.id, l.quantity * l.unit_price_cents FROM invoices i
       JOIN invoice_lines l ON l.invoice_id = i.id
       WHERE i.kind IN ('facture','dedit') AND i.status = 'emise' AND i.due_on < date('now')""",
]
MONTHLY = [
    """SELECT strftime('%Y-%m', enrolled_on), count(*) FROM enrollments
       WHERE enrolled_on >= date('now','start of month','-11 months')
       AND status != 'liste_attente' GROUP BY 1""",
    """SELECT strftime('%Y-%m', s.start_date), sum(s.max_places),
              sum((SELECT count(*) FROM enrollments e WHERE e.session_id = s.id
                   AND e.status IN ('preinscrit','inscrit','termine')))
       FROM sessions s WHERE s.start_date >= date('now','start of month','-11 months')
       AND s.status != 'annulee' GROUP BY 1""",
    """SELECT strftime('%Y-%m', i.issued_on), sum(l.quantity * l.unit_price_cents)
       FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
       WHERE i.issued_on >= date('now','start of month','-11 months') GROUP BY 1""",
    """SELECT strftime('%Y-%m', i.paid_on), sum(l.quantity * l.unit_price_cents)
       FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
       WHERE i.status = 'payee' AND i.paid_on >= date('now','start of month','-11 months')
       GROUP BY 1""",
    """SELECT strftime('%Y-%m', s.end_date), avg(v.score) FROM evaluations v
       JOIN sessions s ON s.id = v.session_id
       WHERE v.kind IN ('satisfaction_chaud','satisfaction_froid') AND v.answered_on IS NOT NULL
       AND s.end_date >= date('now','start of month','-11 months') GROUP BY 1""",
]


# The same queries in PostgreSQL's dialect (dates are dates there, not ISO text).
_SERVER_DATES = [
    ("date('now','start of year','+1 year','-1 day')",
     "(date_trunc('year', current_date) + interval '1 year - 1 day')::date"),
    ("date('now','start of year')", "date_trunc('year', current_date)::date"),
    ("date('now','start of month','-11 months')",
     "(date_trunc('month', current_date) - interval '11 months')::date"),
    ("date('now')", "current_date"),
]  # fmt: skip


def _server_dialect(query: str) -> str:
    for sqlite, server in _SERVER_DATES:
        query = query.replace(sqlite, server)
    while "strftime('%Y-%m', " in query:
        start = query.index("strftime('%Y-%m', ")
        end = query.index(")", start)
        column = query[start + len("strftime('%Y-%m', ") : end]
        query = f"{query[:start]}to_char({column}, 'YYYY-MM'){query[end + 1 :]}"
    return query


COUNTS_SERVER = [_server_dialect(query) for query in COUNTS]
MONTHLY_SERVER = [_server_dialect(query) for query in MONTHLY]


def bare(conn: Bare, queries: list[str]) -> None:
    for query in queries:
        conn.execute(query).fetchall()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", nargs="?", type=base_argument, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json", help="écrit les chiffres principaux dans ce fichier JSON")
    args = parser.parse_args()
    source = ensure_base(args.database)
    figures = Figures("dashboard", source)

    from PySide6.QtWidgets import QApplication, QTableView, QVBoxLayout, QWidget

    from formadesk.gui.bus import ChangeSignal
    from formadesk.gui.tabs.dashboard import DashboardTab

    app = QApplication.instance() or QApplication([])
    runs = max(3, args.runs)
    with tempfile.TemporaryDirectory() as folder, working_copy(source, folder) as path:
        office = Office.open(path)  # migrates a copy of an older demo
        try:
            conn = Bare(path)
            counts, monthly = conn.pick(COUNTS, COUNTS_SERVER), conn.pick(MONTHLY, MONTHLY_SERVER)
            first = timed(office.tasks.summary, 1)  # the rules' first pass, done at start-up
            print(line("Tâches : première actualisation (au démarrage)", first))
            figures.add("first_tasks", "Tâches : première actualisation (au démarrage)", first)
            tabs: list[QWidget] = []

            def build() -> None:
                tab = DashboardTab(office, ChangeSignal(office))
                tab.resize(1280, 740)
                tab.show()
                app.processEvents()
                tab.grab()
                tabs.append(tab)

            def empty() -> None:
                widget = QWidget()
                QVBoxLayout(widget).addWidget(QTableView())
                widget.resize(1280, 740)
                widget.show()
                app.processEvents()
                widget.grab()
                tabs.append(widget)

            shown = timed(build, runs)
            floor_sql = timed(lambda: bare(conn, counts), runs)
            floor_qt = timed(empty, runs)
            floor = [a + b for a, b in zip(floor_sql, floor_qt, strict=True)]
            print(line("Tableau de bord affiché (1re page, 1280×740)", shown, floor))
            figures.add("shown", "Tableau de bord affiché (1re page)", shown, floor)

            tab = tabs[0]
            pages = tab.ui.pagesTabs

            def charts_page() -> None:
                pages.setCurrentWidget(tab.ui.sessionsPage)
                tab._charts_stale = True
                pages.setCurrentWidget(tab.ui.chartsPage)
                app.processEvents()
                tab.ui.chartsArea.grab()

            drawn = timed(charts_page, runs)
            floor = timed(lambda: bare(conn, monthly), runs)
            print(line("Page « Indicateurs » (chiffres + 4 graphiques)", drawn, floor))
            figures.add(
                "charts_page", "Page « Indicateurs » (chiffres + 4 graphiques)", drawn, floor
            )
            pieces = [
                ("charts", "  stats.charts (12 mois)", office.stats.charts, floor),
                ("dashboard", "  stats.dashboard", office.stats.dashboard, None),
                ("coming", "  stats.coming_sessions", office.stats.coming_sessions, None),
                ("summary", "  tasks.summary (sans changement)", office.tasks.summary, None),
            ]
            for key, what, piece, below in pieces:
                times = timed(piece, runs)
                print(line(what, times, below))
                figures.add(key, what, times, below)
            for widget in tabs:
                widget.close()
                widget.deleteLater()
            app.processEvents()
            conn.close()
        finally:
            office.close(backup_if_changed=False)
    figures.save(args.json)
    median = statistics.median(shown)
    verdict = "dans" if median < BUDGET_MS else "AU-DELÀ du"
    print(f"Tableau de bord : médiane {median:.0f} ms, {verdict} budget de {BUDGET_MS} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
