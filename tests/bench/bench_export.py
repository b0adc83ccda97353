"""Benchmark: the learner export to Excel (every learner of the large demo), next to its floor.

    PYTHONPATH=src python tests/bench/bench_export.py [BASE] [--runs 3] [--json FILE]

BASE may be a base on a server (postgresql://…): it is copied on the same server (CREATE
DATABASE … TEMPLATE), as a file is copied into a temporary folder.

Times, on a copy of the database and in the same run:
- the whole command path (``office.exports.learners_xlsx``: read, neutralise, write, save);
- the floor: openpyxl in write-only mode writing the very same rows (plain values, no style,
  no header, no second sheet) after they were read once;
and prints seconds, microseconds per row and per cell, and the ratio. Issue « Speed » asks for
at most 1.3 times the floor per row. Printed, never asserted (a slow machine is not a bug).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import DEFAULT_DB  # noqa: E402
from figures import Figures, base_argument, ensure_base, label, working_copy  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from sqlalchemy import select  # noqa: E402

from formadesk.core.office import Office  # noqa: E402
from formadesk.core.services.exports import LEARNER_FIELDS, _learner_values  # noqa: E402


def floor(rows: list[list], out: Path) -> float:
    started = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    for row in rows:
        sheet.append(row)
    book.save(out)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", type=base_argument)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", help="écrit les chiffres principaux dans ce fichier JSON")
    args = parser.parse_args(argv)
    source = ensure_base(args.db or DEFAULT_DB)
    work = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        with working_copy(source, work) as db:
            mine, bare, rows, cells = measure(db, work, args.runs)
        print(f"Base : {label(source)} — {len(rows)} apprenants, {cells} cellules")
        for what, seconds in (("Export des apprenants (commande entière)", mine),
                              ("Plancher : openpyxl write-only, mêmes lignes", bare)):  # fmt: skip
            print(
                f"{what:<46} {seconds:6.2f} s  {1e6 * seconds / len(rows):6.1f} µs/ligne  "
                f"{1e6 * seconds / cells:5.2f} µs/cellule"
            )
        print(f"Rapport : ×{mine / bare:.2f} le plancher par ligne (objectif ≤ ×1,3)")
        figures = Figures("export", source)
        figures.note(rows=len(rows), cells=cells)
        figures.add("export", "Export Excel des apprenants (openpyxl nu)", mine, bare, unit="s")
        figures.save(args.json)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def measure(db, work: Path, runs: int) -> tuple[float, float, list[list], int]:
    """(our seconds, the floor's seconds, the rows, their cells): medians of ``runs``."""
    office = Office.open(db, verify=False)
    try:
        with office.database.reading() as s:
            rows = [_learner_values(r) for r in s.execute(select(*LEARNER_FIELDS))]
        cells = len(rows) * len(rows[0]) if rows else 0
        ours, floors = [], []
        for run in range(runs):
            started = time.perf_counter()
            office.exports.learners_xlsx(work / f"export-{run}.xlsx")
            ours.append(time.perf_counter() - started)
            floors.append(floor(rows, work / f"floor-{run}.xlsx"))
    finally:
        office.close(backup_if_changed=False)
    return statistics.median(ours), statistics.median(floors), rows, cells


if __name__ == "__main__":
    raise SystemExit(main())
