"""Benchmark: the BPF (cerfa 10443) of the ten-year office's busiest financial year.

Finds the year with the most attendance rows, then times, next to a floor measured in the
same run on the same copy:
- ``office.bpf.compute(year)`` (every box, the notes and the missing list), N runs, median
  and worst, next to one bare sqlite3 SELECT summing the attendance minutes of that year
  (the largest set the BPF reads);
- the rows behind the busiest boxes (``office.bpf.trace``: F-1 total, C total);
- the PDF and the Excel workbook written once each.
Goal: compute() under 2 s (the script exits with status 1 above it).

Usage:  python tests/bench/bench_bpf.py [DATABASE] [--runs N] [--year AAAA]
The database is copied first: the file given is never modified.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_attendance import line, timed  # noqa: E402
from bench_startup import DEFAULT_DB, ensure_database  # noqa: E402

from formadesk.core import formatting as fmt  # noqa: E402
from formadesk.core.office import Office  # noqa: E402

GOAL_MS = 2000
BUSIEST = """
    SELECT substr(sl.date, 1, 4) AS year, count(*) FROM attendance a
    JOIN slots sl ON sl.id = a.slot_id GROUP BY year ORDER BY count(*) DESC LIMIT 1
"""
FLOOR = """
    SELECT count(*), sum(a.minutes_attended) FROM attendance a JOIN slots sl ON sl.id = a.slot_id
    WHERE sl.date BETWEEN ? AND ?
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", nargs="?", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--year", type=int, default=None)
    args = parser.parse_args()
    source = ensure_database(args.database)
    runs = max(3, args.runs)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        shutil.copyfile(source, path)
        office = Office.open(path)  # migrates a copy of an older demo
        conn = sqlite3.connect(path)
        try:
            year = args.year
            if year is None:
                found, _rows = conn.execute(BUSIEST).fetchone()
                year = int(found)
            start, end = office.bpf.period(year)
            bounds = (start.isoformat(), end.isoformat())
            floor = timed(lambda: conn.execute(FLOOR, bounds).fetchone(), runs)
            counted, _minutes = conn.execute(FLOOR, bounds).fetchone()
            first = time.perf_counter()
            report = office.bpf.compute(year)
            cold = (time.perf_counter() - first) * 1000
            figures = timed(lambda: office.bpf.compute(year), runs)
            learners, minutes = report.line("F1total").values
            print(
                f"BPF {year} ({start:%d/%m/%Y} – {end:%d/%m/%Y}) : {counted} émargements, "
                f"{learners} stagiaires (F-1), {minutes / 60:.0f} h, "
                f"{fmt.money(report.line('Ctotal').values[0])} (C), "
                f"{len(report.missing)} point(s) à vérifier"
            )
            print(line("compute() — première fois", [cold], floor))
            print(line(f"compute() — {runs} essais", figures, floor))
            for box in ("F1total", "Ctotal"):
                print(
                    line(f"trace({box})", timed(lambda b=box: office.bpf.trace(year, b), 3), floor)
                )
            for suffix in ("pdf", "xlsx"):
                out = Path(folder) / f"BPF-{year}.{suffix}"
                print(line(f"export .{suffix}", timed(lambda o=out: office.bpf.export(year, o), 1)))
            median = statistics.median(figures)
            verdict = "atteint" if median < GOAL_MS else "DÉPASSÉ"
            print(f"Objectif compute() < {GOAL_MS / 1000:.0f} s : {verdict} ({median:.0f} ms)")
        finally:
            conn.close()
            office.close(backup_if_changed=False)
    return 0 if median < GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
