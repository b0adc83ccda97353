"""Benchmark: the rules that make tasks (issue 11), over the large demo.

Prints, next to each figure, the floor of the library doing the work measured in the same run:
- the first refresh of the day (every rule over the whole office, tasks created), once;
- a full refresh with the tasks already there (``office.tasks.refresh``), next to one bare
  sqlite3 SELECT reading the attendance of the half-days within the lookback (the largest
  set the rules read) and the open tasks (psycopg on a server's base, in its dialect);
- each rule's ``find`` alone, in one read transaction, next to the same bare SELECT;
- a listing with nothing changed (``office.tasks.listing``: nothing to recompute), next to a
  bare SELECT of the open tasks;
- one attendance mark typed then the listing (the rules watching attendance recomputed), and a
  change reported on one session then the listing (the rules watching sessions, only it).
No figure is asserted: the machine decides; the floor says how far from it we are.

Usage:  python tests/bench/bench_tasks.py [BASE] [--runs N] [--json FILE]
The database is copied first: the file given is never modified. BASE may be a base on a
server (postgresql://…): it is copied on the same server (CREATE DATABASE … TEMPLATE).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_attendance import line, timed  # noqa: E402
from bench_startup import DEFAULT_DB  # noqa: E402
from figures import Bare, Figures, base_argument, ensure_base, working_copy  # noqa: E402

from formadesk.core.changes import Change  # noqa: E402
from formadesk.core.office import Office  # noqa: E402
from formadesk.core.services.attendance import Mark  # noqa: E402
from formadesk.core.tasks.rules import RuleContext, all_rules  # noqa: E402
from formadesk.core.tasks.sync import lead_and_lookback, read_settings, rule_setting  # noqa: E402

ATTENDANCE_READ = """
    SELECT a.enrollment_id, a.status, a.minutes_attended, sl.date, sl.start_time, sl.end_time
    FROM attendance a JOIN slots sl ON sl.id = a.slot_id
    JOIN sessions s ON s.id = sl.session_id
    WHERE s.end_date >= date('now', '-90 days') AND sl.date < date('now')
"""
ATTENDANCE_READ_SERVER = ATTENDANCE_READ.replace("date('now', '-90 days')", "current_date - 90")
ATTENDANCE_READ_SERVER = ATTENDANCE_READ_SERVER.replace("date('now')", "current_date")
OPEN_TASKS = "SELECT * FROM tasks WHERE done_on IS NULL AND dismissed_on IS NULL"
RUNNING = """
    SELECT s.id FROM sessions s
    WHERE s.status = 'en_cours' AND EXISTS (
        SELECT 1 FROM slots sl WHERE sl.session_id = s.id AND sl.date < date('now'))
    ORDER BY (SELECT count(*) FROM enrollments e WHERE e.session_id = s.id) DESC
    LIMIT 1
"""
RUNNING_SERVER = RUNNING.replace("date('now')", "current_date")


def rule_times(office: Office, runs: int) -> list[tuple[str, list[float], int]]:
    """Each rule's find alone over the whole office: (key, ms per run, anomalies found)."""
    today = dt.date.today()
    found = []
    with office.database.reading() as s:
        stored = read_settings(s)
        lead, lookback = lead_and_lookback(stored)
        for rule in all_rules().values():
            shown = lead if rule.lead_days is None else rule.lead_days
            ctx = RuleContext(
                today=today,
                value=rule_setting(rule, stored).value,
                since=today - dt.timedelta(days=lookback),
                horizon=today + dt.timedelta(days=shown),
            )
            count = len(list(rule.find(s, ctx)))
            found.append((rule.key, timed(lambda r=rule, c=ctx: list(r.find(s, c)), runs), count))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", nargs="?", type=base_argument, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json", help="écrit les chiffres principaux dans ce fichier JSON")
    args = parser.parse_args()
    source = ensure_base(args.database)
    runs = max(3, args.runs)
    figures = Figures("tasks", source)
    with tempfile.TemporaryDirectory() as folder, working_copy(source, folder) as path:
        office = Office.open(path)  # migrates a copy of an older demo
        try:
            conn = Bare(path)
            attendance_read = conn.pick(ATTENDANCE_READ, ATTENDANCE_READ_SERVER)
            floor = timed(lambda: conn.execute(attendance_read).fetchall(), runs)
            tasks_floor = timed(lambda: conn.execute(OPEN_TASKS).fetchall(), runs)

            start = time.perf_counter()
            first = office.tasks.refresh()
            refreshed = [_ms(start)]
            print(
                line("Première actualisation (tâches créées)", refreshed, floor)
                + f"  [{first.created} créées]"
            )
            figures.add("first", "Première actualisation (tâches créées)", refreshed, floor)
            full = timed(office.tasks.refresh, runs)
            print(line("Actualisation complète (rien de neuf)", full, floor))
            figures.add("refresh", "Actualisation complète (rien de neuf)", full, floor)
            for key, times, count in rule_times(office, runs):
                print(line(f"  règle {key} ({count})", times, floor))
                figures.add(f"rule_{key}", f"  règle {key} ({count})", times, floor, detail=True)
            office.tasks.listing()
            quiet = timed(office.tasks.listing, runs)
            print(line("Liste sans changement (listing)", quiet, tasks_floor))
            figures.add("listing", "Liste sans changement (listing)", quiet, tasks_floor)

            (session_id,) = conn.execute(conn.pick(RUNNING, RUNNING_SERVER)).fetchone()
            grid = office.attendance.grid(session_id)
            held = grid.held()[0]
            learner = grid.learners[0]
            statuses = iter(["absent", "present"] * runs)

            def mark_then_list() -> float:
                status = next(statuses)
                mark = Mark(learner.enrollment_id, held.slot_id, status)
                office.attendance.save(session_id, [mark], today=dt.date.today())
                start = time.perf_counter()
                office.tasks.listing()
                return _ms(start)

            marked = [mark_then_list() for _ in range(runs)]
            print(line("Une présence saisie, puis la liste", marked, tasks_floor))
            figures.add("marked", "Une présence saisie, puis la liste", marked, tasks_floor)

            def session_then_list() -> float:
                office.changes.emit(Change("session", (session_id,), "updated"))
                start = time.perf_counter()
                office.tasks.listing()
                return _ms(start)

            changed = [session_then_list() for _ in range(runs)]
            print(line("Une session modifiée, puis la liste", changed, tasks_floor))
            figures.add("changed", "Une session modifiée, puis la liste", changed, tasks_floor)
            total = len(office.tasks.listing())
            print(f"Tâches ouvertes : {total} (session {grid.code}, {len(grid.learners)} inscrits)")
            figures.note(open_tasks=total, session=grid.code, created=first.created)
            conn.close()
        finally:
            office.close(backup_if_changed=False)
    figures.save(args.json)
    return 0


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    sys.exit(main())
