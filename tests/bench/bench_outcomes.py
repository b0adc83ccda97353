"""Benchmark: learning outcomes on the large demo (issue 10).

Prints, next to each figure, the floor of the library doing the work measured in the same run:
- the « results missing » reminders over the whole office (``office.outcomes.refresh_reminders``,
  run at every opening), next to one bare sqlite3 SELECT counting the same missing results
  (psycopg on a server's base, the same SELECT in its dialect);
- opening the grid of the largest finished session (``office.outcomes.grid``), next to a bare
  SELECT of its result rows;
- the trainer's Excel grid of that session written (``export_workbook``), next to openpyxl
  writing a workbook of the same cells with no style; read back (``read_workbook``), next to
  openpyxl loading it.
No figure is asserted: the machine decides; the floor says how far from it we are.

Usage:  python tests/bench/bench_outcomes.py [BASE] [--runs N] [--json FILE]
The database is copied first: the file given is never modified. BASE may be a base on a
server (postgresql://…): it is copied on the same server (CREATE DATABASE … TEMPLATE).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_attendance import line, timed  # noqa: E402
from bench_startup import DEFAULT_DB  # noqa: E402
from figures import Bare, Figures, base_argument, ensure_base, working_copy  # noqa: E402

from formadesk.core.office import Office  # noqa: E402

LARGEST = """
    SELECT s.id FROM sessions s
    WHERE s.status = 'terminee'
    ORDER BY (SELECT count(*) FROM enrollments e WHERE e.session_id = s.id) DESC,
        s.end_date DESC
    LIMIT 1
"""
MISSING = """
    SELECT e.session_id, count(*) FROM enrollments e JOIN sessions s ON s.id = e.session_id
    WHERE e.status = 'termine' AND s.status != 'annulee'
      AND s.end_date BETWEEN date('now', '-365 days') AND date('now', '-7 days')
      AND (SELECT count(*) FROM objective_results r WHERE r.enrollment_id = e.id
           AND r.result != '')
          < (SELECT count(*) FROM course_objectives o WHERE o.course_id = s.course_id)
    GROUP BY e.session_id
"""
MISSING_SERVER = MISSING.replace(
    "date('now', '-365 days') AND date('now', '-7 days')", "current_date - 365 AND current_date - 7"
)
RESULT_ROWS = """
    SELECT r.* FROM objective_results r JOIN enrollments e ON e.id = r.enrollment_id
    WHERE e.session_id = ?
"""


def bare_workbook(path: Path, rows: int, columns: int) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for _ in range(rows):
        sheet.append(["Acquis"] * columns)
    book.save(path)


def bare_read(path: Path) -> None:
    from openpyxl import load_workbook

    load_workbook(path, data_only=True).close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", nargs="?", type=base_argument, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json", help="écrit les chiffres principaux dans ce fichier JSON")
    args = parser.parse_args()
    source = ensure_base(args.database)
    figures = Figures("outcomes", source)
    with tempfile.TemporaryDirectory() as folder, working_copy(source, folder) as path:
        office = Office.open(path)  # migrates a copy of an older demo
        try:
            conn = Bare(path)
            missing = conn.pick(MISSING, MISSING_SERVER)
            (session_id,) = conn.execute(LARGEST).fetchone()
            grid = office.outcomes.grid(session_id)
            print(
                f"Session {grid.code} : {len(grid.lines)} apprenants × "
                f"{len(grid.objectives)} objectifs"
            )
            runs = max(3, args.runs)
            reminders = timed(office.outcomes.refresh_reminders, runs)
            floor = timed(lambda: conn.execute(missing).fetchall(), runs)
            print(line("Relances « résultats manquants » (tout l'organisme)", reminders, floor))
            figures.note(session=grid.code, learners=len(grid.lines))
            figures.add("reminders", "Relances « résultats manquants »", reminders, floor)
            opened = timed(lambda: office.outcomes.grid(session_id), runs)
            floor = timed(lambda: conn.execute(RESULT_ROWS, (session_id,)).fetchall(), runs)
            print(line("Ouverture de la grille", opened, floor))
            figures.add("grid", "Ouverture de la grille des acquis", opened, floor)
            out = Path(folder) / "grille.xlsx"
            written = timed(lambda: office.outcomes.export_workbook(session_id, out), runs)
            bare = Path(folder) / "nu.xlsx"
            width = 2 + 2 * len(grid.objectives) + 1
            floor = timed(lambda: bare_workbook(bare, len(grid.lines) + 6, width), runs)
            print(line("Grille Excel écrite (export_workbook)", written, floor))
            figures.add("export", "Grille Excel écrite (export_workbook)", written, floor)
            read = timed(lambda: office.outcomes.read_workbook(session_id, out), runs)
            floor = timed(lambda: bare_read(out), runs)
            print(line("Grille Excel relue (read_workbook)", read, floor))
            figures.add("read", "Grille Excel relue (read_workbook)", read, floor)
            conn.close()
        finally:
            office.close(backup_if_changed=False)
    figures.save(args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
