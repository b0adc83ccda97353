"""`formadesk tasks`: the open tasks, one per line (due date, session code, what to do).

Meant for a morning e-mail: ``formadesk tasks --db bureau.sqlite3 --until 12/12/2026``. The
rules run first, as when the window opens, so the list is the one « À faire » shows.
"""

from __future__ import annotations

import argparse

from .cli_parser import add_db_option, french_date
from .core import formatting as fmt


def add_parser(sub) -> None:
    tasks = sub.add_parser("tasks", help="lister les tâches à faire (une par ligne)")
    add_db_option(tasks)
    tasks.add_argument(
        "--until",
        "--jusqu-au",
        dest="until",
        type=french_date,
        metavar="JJ/MM/AAAA",
        help="dernière échéance listée (sinon toutes les tâches ouvertes)",
    )
    tasks.add_argument("--session", metavar="CODE", help="les tâches d'une seule session")
    tasks.set_defaults(func=cmd_tasks)


def cmd_tasks(args: argparse.Namespace) -> int:
    from .cli import _database
    from .cli_attendance import _session_id
    from .cli_server import open_office

    with open_office(_database(args)) as office:
        session_id = _session_id(office, args.session) if args.session else None
        office.tasks.refresh()
        rows = office.tasks.listing(session_id=session_id, until=args.until)
    for row in rows:
        print(task_line(row))
    if not rows:
        until = f" jusqu'au {fmt.date_short(args.until)}" if args.until else ""
        print(f"Aucune tâche à faire{until}.")
    return 0


def task_line(row) -> str:
    """« 05/12/2026  2026-EXCEL-INIT-002  Envoyer les convocations — … » (« en retard »,
    « reportée » said at the end)."""
    due = fmt.date_short(row.due_on) if row.due_on else "sans date"
    code = row.session_code or "—"
    notes = []
    if row.bucket == "retard":
        notes.append("en retard")
    if row.postponed_to:
        notes.append(f"reportée : {row.postpone_reason}")
    tail = f" ({' ; '.join(notes)})" if notes else ""
    return f"{due}  {code}  {row.title}{tail}"
