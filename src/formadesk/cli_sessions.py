"""`formadesk sessions`: the list of sessions, and how every command finds one by its code.

A code is typed by hand: case and surrounding spaces do not matter, and an unknown code is
answered with the closest existing codes, or with the command that lists them. Unknown room
and trainer names are answered with the existing names.
"""

from __future__ import annotations

import argparse
import difflib
from collections.abc import Sequence

from .cli_parser import add_db_option, french_date
from .core import formatting as fmt
from .core.errors import FormadeskError

SHOWN_NAMES = 8  # names listed in a refusal: enough to recognise one, short enough to read


def normalised_code(code: str) -> str:
    """What two codes typed differently have in common: no outer spaces, no case."""
    return " ".join(code.split()).casefold()


def find_session(office, code: str):
    """The session row whose code is ``code`` (case and spaces ignored); else a FormadeskError
    that suggests close codes, or says how to list them."""
    wanted = normalised_code(code)
    if not wanted:
        raise FormadeskError("--session : indiquez le code d'une session (formadesk sessions).")
    rows = office.sessions.list()
    by_code = {normalised_code(r.code): r for r in rows}
    if wanted in by_code:
        return by_code[wanted]
    close = difflib.get_close_matches(wanted, list(by_code), n=3, cutoff=0.6)
    if close:
        names = ", ".join(by_code[c].code for c in close)
        hint = f"vouliez-vous dire : {names} ?"
    else:
        hint = "pour voir les codes : formadesk sessions (--search TEXTE pour chercher)."
    raise FormadeskError(f"aucune session n'a le code « {code.strip()} » : {hint}")


def short_list(names: Sequence[str]) -> str:
    """« A, B, C » — or the first ones and how many more."""
    if not names:
        return "aucune"
    shown = ", ".join(names[:SHOWN_NAMES])
    more = len(names) - SHOWN_NAMES
    return f"{shown} (et {more} autres)" if more > 0 else shown


def unknown_room(office, name: str) -> FormadeskError:
    rooms = [r.name for r in office.resources.rooms()]
    return FormadeskError(
        f"aucune salle ne s'appelle « {name.strip()} ». Salles existantes : {short_list(rooms)}."
    )


def unknown_trainer(office, name: str) -> FormadeskError:
    trainers = [t.name for t in office.resources.trainers()]
    return FormadeskError(
        f"aucun formateur (ou plusieurs) ne correspond à « {name.strip()} » : précisez le prénom "
        f"et le nom. Formateurs : {short_list(trainers)}."
    )


def add_parser(sub) -> None:
    sessions = sub.add_parser("sessions", help="lister les sessions (codes, dates, inscrits)")
    add_db_option(sessions)
    sessions.add_argument(
        "--from",
        dest="start",
        type=french_date,
        metavar="JJ/MM/AAAA",
        help="sessions qui commencent ce jour-là ou après",
    )
    sessions.add_argument(
        "--to",
        dest="end",
        type=french_date,
        metavar="JJ/MM/AAAA",
        help="sessions qui commencent ce jour-là ou avant",
    )
    sessions.add_argument(
        "--search", default="", metavar="TEXTE", help="texte cherché dans le code ou le titre"
    )
    sessions.set_defaults(func=cmd_sessions)


def cmd_sessions(args: argparse.Namespace) -> int:
    import datetime as dt

    from .cli import _database, _print_error
    from .cli_server import open_office

    if args.start and args.end and args.end < args.start:
        return _print_error(
            f"la fin ({args.end:%d/%m/%Y}) est avant le début ({args.start:%d/%m/%Y}) : "
            "indiquez avec --to un jour égal ou postérieur à celui de --from."
        )
    between = None
    if args.start or args.end:
        between = (args.start or dt.date(1900, 1, 1), args.end or dt.date(2100, 12, 31))
    with open_office(_database(args)) as office:
        rows = office.sessions.list(text=args.search.strip(), starts_between=between)
    rows.sort(key=lambda r: (r.start_date, r.code))
    if not rows:
        print("Aucune session ne correspond : élargissez la période ou la recherche.")
        return 0
    width = max(len("Code"), *(len(r.code) for r in rows))
    heading = "Inscrits/places"
    print(f"{'Code':<{width}}  {'Début':<10}  {'Fin':<10}  {heading}  Intitulé")
    for r in rows:
        enrolled = f"{r.enrolled}/{r.max_places}"
        print(
            f"{r.code:<{width}}  {r.start_date:%d/%m/%Y}  {r.end_date:%d/%m/%Y}  "
            f"{enrolled:>{len(heading)}}  {r.course_title}"
        )
    print(f"{fmt.plural(len(rows), 'session')}.")
    return 0
