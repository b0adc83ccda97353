"""Benchmark: the attendance grid of the largest session of the large demo (issue 8).

Prints, next to each figure, the floor of the library doing the work measured in the same run:
- opening the grid (``office.attendance.grid``), next to a bare sqlite3 SELECT of the same rows
  (psycopg on a server's base);
- saving one mark (one keystroke, ``office.attendance.save``), next to one bare sqlite3
  UPDATE + commit with the same pragmas (WAL, synchronous FULL) (psycopg: UPDATE + COMMIT);
- when the window's package ``formadesk.gui.attendance`` is there: building its table model
  from the Grid, and one mark typed into it (QT_QPA_PLATFORM=offscreen).
Goals of the issue: the grid opens in under 200 ms, a keystroke answers in under 50 ms. No
figure is asserted: the machine decides; the floor says how far from it we are.

Usage:  python tests/bench/bench_attendance.py [BASE] [--runs N] [--json FILE]
The database is copied first: the file given is never modified. BASE may be a base on a
server (postgresql://…): it is copied on the same server (CREATE DATABASE … TEMPLATE).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import DEFAULT_DB  # noqa: E402
from figures import (  # noqa: E402
    Bare,
    Figures,
    base_argument,
    ensure_base,
    is_server,
    label,
    working_copy,
)

from formadesk.core.office import Office  # noqa: E402
from formadesk.core.services.attendance import Grid, Mark  # noqa: E402

LARGEST = """
    SELECT s.id, s.code,
        (SELECT count(*) FROM slots l WHERE l.session_id = s.id) AS half_days,
        (SELECT count(*) FROM enrollments e WHERE e.session_id = s.id
            AND e.status IN ('preinscrit', 'inscrit', 'termine', 'abandon')) AS learners
    FROM sessions s WHERE s.status IN ('terminee', 'en_cours')
    ORDER BY half_days * learners DESC, s.start_date DESC LIMIT 1
"""
LARGEST_SERVER = """
    SELECT id, code, half_days, learners FROM (
        SELECT s.id, s.code, s.start_date,
            (SELECT count(*) FROM slots l WHERE l.session_id = s.id) AS half_days,
            (SELECT count(*) FROM enrollments e WHERE e.session_id = s.id
                AND e.status IN ('preinscrit', 'inscrit', 'termine', 'abandon')) AS learners
        FROM sessions s WHERE s.status IN ('terminee', 'en_cours')) x
    ORDER BY half_days * learners DESC, start_date DESC LIMIT 1
"""  # PostgreSQL orders by an expression of output columns only from a subquery
_qt_app: object = None
SAME_ROWS = """
    SELECT a.* FROM attendance a JOIN slots l ON l.id = a.slot_id WHERE l.session_id = ?
"""


def timed(action: Callable[[], object], runs: int) -> list[float]:
    """Milliseconds of each run of ``action``."""
    found = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        found.append((time.perf_counter() - start) * 1000)
    return found


def line(label: str, runs: list[float], floor: list[float] | None = None) -> str:
    text = f"{label:<50} médiane {statistics.median(runs):7.2f} ms, pire {max(runs):7.2f} ms"
    if floor:
        text += f"  | plancher {statistics.median(floor):6.2f} ms"
        text += f" (×{statistics.median(runs) / max(statistics.median(floor), 1e-6):.0f})"
    return text


def bare_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def toggle_marks(grid: Grid) -> tuple[Mark, Mark]:
    """Two marks of one held, unsigned cell, to type in turn (each save changes the row)."""
    for (enrollment_id, slot_id), cell in grid.cells.items():
        if cell.signed_at is None and cell.status in ("present", "absent"):
            return Mark(enrollment_id, slot_id, "absent"), Mark(enrollment_id, slot_id, "present")
    held = grid.held()[0]
    learner = grid.learners[0].enrollment_id
    return Mark(learner, held.slot_id, "absent"), Mark(learner, held.slot_id, "present")


def bench_gui(grid: Grid, runs: int, figures: Figures | None = None) -> list[str]:
    """The window's table model, when the package exists (another part of issue 8)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from formadesk.gui.attendance.entries import LEARNER, Entry, Key
        from formadesk.gui.attendance.grid_model import AttendanceGridModel
    except ImportError as error:
        return [f"Modèle de la fenêtre : non mesuré ({error})."]
    global _qt_app  # lives until the end of the run
    _qt_app = QApplication.instance() or QApplication([])

    def build_and_show() -> None:
        model = AttendanceGridModel(grid)
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                model.data(index, Qt.ItemDataRole.DisplayRole)
                model.data(index, Qt.ItemDataRole.BackgroundRole)
        for column in range(model.columnCount()):
            model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)

    models = [AttendanceGridModel(grid)]
    first, second = toggle_marks(grid)
    keys = [Key(LEARNER, m.enrollment_id, m.slot_id) for m in (first, second)]
    entries = [Entry(first.status), Entry(second.status)]
    turn = iter(range(10**9))

    def type_one() -> None:
        i = next(turn) % 2
        models[0].set_pending(keys[i], entries[i])

    cells = models[0].rowCount() * models[0].columnCount()
    built, typed = timed(build_and_show, runs), timed(type_one, runs * 5)
    found = [
        line(f"Modèle de la fenêtre : construit, lu ({cells} cases)", built),
        line("Modèle de la fenêtre : une touche (set_pending)", typed),
    ]
    if figures is not None:
        figures.add("model", "Modèle de la fenêtre : construit, lu", built)
        figures.add("keystroke", "Modèle de la fenêtre : une touche", typed)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", nargs="?", type=base_argument, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--json", help="écrit les chiffres principaux dans ce fichier JSON")
    args = parser.parse_args()
    source = ensure_base(args.database)
    figures = Figures("attendance", source)
    with (
        tempfile.TemporaryDirectory(prefix="bench-attendance-") as folder,
        working_copy(source, folder, "copy.sqlite3") as db,
        Office.open(db, verify=False) as office,
    ):
        conn = Bare(db, None if is_server(db) else bare_connection(db))
        session_id, code, half_days, learners = conn.execute(
            conn.pick(LARGEST, LARGEST_SERVER)
        ).fetchone()
        grid = office.attendance.grid(session_id)
        today = max(grid.today, max((h.date for h in grid.half_days), default=grid.today))
        grid_runs = timed(lambda: office.attendance.grid(session_id, today=today), args.runs)
        rows = len(conn.execute(SAME_ROWS, (session_id,)).fetchall())
        select_runs = timed(lambda: conn.execute(SAME_ROWS, (session_id,)).fetchall(), args.runs)
        first, second = toggle_marks(grid)
        turn = iter(range(10**9))

        def save_one() -> None:
            mark = (first, second)[next(turn) % 2]
            office.attendance.save(session_id, [mark], today=today)

        save_runs = timed(save_one, args.runs)
        row_id = conn.execute(
            "SELECT id FROM attendance WHERE enrollment_id = ? AND slot_id = ?",
            (first.enrollment_id, first.slot_id),
        ).fetchone()[0]

        def update_one() -> None:
            status = ("absent", "present")[next(turn) % 2]
            conn.execute("BEGIN")
            conn.execute("UPDATE attendance SET status = ? WHERE id = ?", (status, row_id))
            conn.execute("COMMIT")

        update_runs = timed(update_one, args.runs)
        library, durability = conn.library, conn.durability()
        conn.close()
        figures.note(session=code, learners=learners, half_days=half_days, rows=rows)
        figures.add("grid", "Ouvrir la grille (attendance.grid)", grid_runs, select_runs)
        figures.add("save", "Enregistrer une case (attendance.save)", save_runs, update_runs)
        gui = bench_gui(office.attendance.grid(session_id, today=today), args.runs, figures)
    figures.save(args.json)
    print(f"Base : {label(source)} (copiée)")
    print(
        f"Session {code} : {learners} apprenants × {half_days} demi-journées, "
        f"{rows} émargements ; {args.runs} essais ({dt.date.today():%d/%m/%Y})"
    )
    print(line("Ouvrir la grille (office.attendance.grid)", grid_runs, select_runs))
    print(f"    plancher : SELECT nu des mêmes émargements avec {library} — objectif < 200 ms")
    print(line("Enregistrer une case (office.attendance.save)", save_runs, update_runs))
    print(f"    plancher : UPDATE + COMMIT nu avec {library} ({durability}) — objectif < 50 ms")
    for text in gui:
        print(text)
    if _qt_app is not None:
        # PySide6 6.12.0 aborts at interpreter exit (« bool_dealloc ») once a Python-side
        # signal has been emitted some fifty times: every figure is printed, leave now.
        sys.stdout.flush()
        os._exit(0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
