"""Benchmark: the BPF (cerfa 10443) of the ten-year office's busiest financial year.

Finds the year with the most attendance rows, then times, next to a floor measured in the
same run on the same copy:
- ``office.bpf.compute(year)`` (every box, the notes and the missing list), N runs, median
  and worst, next to one bare sqlite3 SELECT summing the attendance minutes of that year
  (the largest set the BPF reads; the same SELECT with psycopg on a server's base);
- the rows behind the busiest boxes (``office.bpf.trace``: F-1 total, C total);
- the PDF and the Excel workbook written once each.
Goal: compute() under 2 s (the script exits with status 1 above it).

Usage:  python tests/bench/bench_bpf.py [BASE] [--runs N] [--year AAAA] [--json FILE]
The database is copied first: the file given is never modified. BASE may be a base on a
server (postgresql://…): it is copied on the same server (CREATE DATABASE … TEMPLATE).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_attendance import line, timed  # noqa: E402
from bench_startup import DEFAULT_DB  # noqa: E402
from figures import Bare, Figures, base_argument, ensure_base, working_copy  # noqa: E402

from formadesk.core import formatting as fmt  # noqa: E402
from formadesk.core.office import Office  # noqa: E402

GOAL_MS = 2000
BUSIEST = """
    SELECT substr(sl.date, 1, 4) AS year, count(*) FROM attendance a
    JOIN slots sl ON sl.id = a.slot_id GROUP BY year ORDER BY count(*) DESC LIMIT 1
"""
BUSIEST_SERVER = BUSIEST.replace("substr(sl.date, 1, 4)", "to_char(sl.date, 'YYYY')")
FLOOR = """
    SELECT count(*), sum(a.minutes_attended) FROM attendance a JOIN slots sl ON sl.id = a.slot_id
    WHERE sl.date BETWEEN ? AND ?
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", nargs="?", type=base_argument, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--year", type=int, default=None)
    parser.add_argument("--json", help="écrit les chiffres principaux dans ce fichier JSON")
    args = parser.parse_args()
    source = ensure_base(args.database)
    runs = max(3, args.runs)
    saved = Figures("bpf", source)
    with tempfile.TemporaryDirectory() as folder, working_copy(source, folder) as path:
        office = Office.open(path)  # migrates a copy of an older demo
        conn = Bare(path)
        try:
            year = args.year
            if year is None:
                found, _rows = conn.execute(conn.pick(BUSIEST, BUSIEST_SERVER)).fetchone()
                year = int(found)
            start, end = office.bpf.period(year)
            bounds = (start, end) if conn.server else (start.isoformat(), end.isoformat())
            floor = timed(lambda: conn.execute(FLOOR, bounds).fetchone(), runs)
            counted, _minutes = conn.execute(FLOOR, bounds).fetchone()
            first = time.perf_counter()
            report = office.bpf.compute(year)
            cold = (time.perf_counter() - first) * 1000
            computed = timed(lambda: office.bpf.compute(year), runs)
            learners, minutes = report.line("F1total").values
            print(
                f"BPF {year} ({start:%d/%m/%Y} – {end:%d/%m/%Y}) : {counted} émargements, "
                f"{learners} stagiaires (F-1), {minutes / 60:.0f} h, "
                f"{fmt.money(report.line('Ctotal').values[0])} (C), "
                f"{len(report.missing)} point(s) à vérifier"
            )
            print(line("compute() — première fois", [cold], floor))
            print(line(f"compute() — {runs} essais", computed, floor))
            saved.note(year=year, attendance=counted, learners=learners)
            saved.add("cold", "compute() — première fois", cold, floor)
            saved.add("compute", "compute() — médiane", computed, floor)
            for box in ("F1total", "Ctotal"):
                traced = timed(lambda b=box: office.bpf.trace(year, b), 3)
                print(line(f"trace({box})", traced, floor))
                saved.add(f"trace_{box}", f"trace({box})", traced, floor)
            for suffix in ("pdf", "xlsx"):
                out = Path(folder) / f"BPF-{year}.{suffix}"
                written = timed(lambda o=out: office.bpf.export(year, o), 1)
                print(line(f"export .{suffix}", written))
                saved.add(f"export_{suffix}", f"export .{suffix}", written)
            median = statistics.median(computed)
            verdict = "atteint" if median < GOAL_MS else "DÉPASSÉ"
            print(f"Objectif compute() < {GOAL_MS / 1000:.0f} s : {verdict} ({median:.0f} ms)")
        finally:
            conn.close()
            office.close(backup_if_changed=False)
    saved.save(args.json)
    return 0 if median < GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
