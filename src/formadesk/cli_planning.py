"""`formadesk planning check|ics`: the conflict engine and calendar export from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from .cli_parser import add_db_option, french_date
from .core import formatting as fmt


def add_parser(sub) -> None:
    planning = sub.add_parser("planning", help="vérifier ou exporter le planning")
    actions = planning.add_subparsers(dest="action", required=True, metavar="{check,ics}")
    check = actions.add_parser("check", help="lister les conflits du planning")
    add_db_option(check)
    check.add_argument(
        "--from",
        dest="start",
        type=french_date,
        metavar="JJ/MM/AAAA",
        help="premier jour vérifié (par défaut : aujourd'hui)",
    )
    check.add_argument(
        "--to",
        dest="end",
        type=french_date,
        metavar="JJ/MM/AAAA",
        help="dernier jour vérifié (par défaut : un an après le premier)",
    )
    check.set_defaults(func=cmd_check)
    ics = actions.add_parser("ics", help="exporter un planning au format iCalendar")
    add_db_option(ics)
    who = ics.add_mutually_exclusive_group(required=True)
    who.add_argument("--room", metavar="NOM", help="nom de la salle")
    who.add_argument("--trainer", metavar="NOM", help="nom du formateur (Prénom Nom)")
    who.add_argument(
        "--session", metavar="CODE", help="code de la session (liste : formadesk sessions)"
    )
    ics.add_argument("--out", required=True, metavar="FICHIER", help="fichier .ics à écrire")
    ics.add_argument(
        "--from",
        dest="start",
        type=french_date,
        metavar="JJ/MM/AAAA",
        help="premier jour exporté (par défaut : aujourd'hui ; toute la session avec --session)",
    )
    ics.add_argument(
        "--to",
        dest="end",
        type=french_date,
        metavar="JJ/MM/AAAA",
        help="dernier jour exporté (par défaut : dans un an)",
    )
    ics.set_defaults(func=cmd_ics)


def cmd_check(args: argparse.Namespace) -> int:
    from .cli import _database, _print_error
    from .cli_server import open_office

    start = args.start or dt.date.today()
    end = args.end or start + dt.timedelta(days=365)
    if end < start:
        return _print_error(
            f"la fin ({end:%d/%m/%Y}) est avant le début ({start:%d/%m/%Y}) : "
            "indiquez avec --to un jour égal ou postérieur à celui de --from."
        )
    with open_office(_database(args)) as office:
        conflicts = office.planning.check(start, end)
    blocking = [c for c in conflicts if c.blocking]
    for c in conflicts:
        level = "BLOQUANT" if c.blocking else "avertissement"
        items = ", ".join(c.items) or ", ".join(c.session_codes)
        print(f"{c.when()}  {level:<13}  {c.label}  [{items}]  {c.message}")
    print(
        f"{fmt.plural(len(conflicts), 'conflit')} du {start:%d/%m/%Y} au {end:%d/%m/%Y}, "
        f"dont {fmt.plural(len(blocking), 'bloquant')}."
    )
    return 1 if blocking else 0


def cmd_ics(args: argparse.Namespace) -> int:
    from .cli import _database, _print_error
    from .cli_server import open_office
    from .cli_sessions import find_session, unknown_room, unknown_trainer
    from .core.outputs import checked_output_path
    from .core.services.planning_export import EmptyCalendarError
    from .core.services.resources import PlanningFilter

    if args.start and args.end and args.end < args.start:
        return _print_error(
            f"la fin ({args.end:%d/%m/%Y}) est avant le début ({args.start:%d/%m/%Y}) : "
            "indiquez avec --to un jour égal ou postérieur à celui de --from."
        )
    out = checked_output_path(args.out, suffix=".ics")  # before any work is done
    start, end = args.start, args.end
    with open_office(_database(args)) as office:
        if args.room is not None:
            room = office.resources.find_room(args.room.strip())
            if room is None:
                raise unknown_room(office, args.room)
            flt = PlanningFilter(room_id=room.id)
            # « Salle Tonkin » stays as named; « Tonkin » becomes « Salle Tonkin »
            named = room.name.casefold().startswith("salle")
            name = room.name if named else f"Salle {room.name}"
        elif args.trainer is not None:
            trainer = office.resources.find_trainer(args.trainer.strip())
            if trainer is None:
                raise unknown_trainer(office, args.trainer)
            flt, name = PlanningFilter(trainer_id=trainer.id), trainer.name
        else:
            session = find_session(office, args.session)
            flt, name = PlanningFilter(session_id=session.id), f"Session {session.code}"
            start, end = start or session.start_date, end or session.end_date
        try:
            done = office.planning_exports.calendar(
                out, flt=flt, name=name, start=start, end=end, refuse_empty=True
            )
        except EmptyCalendarError as empty:
            return _print_error(_nothing_to_export(empty))
    today = " (aujourd'hui)" if done.start == dt.date.today() else ""
    slots = fmt.plural(done.count, "créneau exporté", "créneaux exportés")
    print(
        f"{slots}, du {done.start:%d/%m/%Y}{today} au {done.end:%d/%m/%Y} : {done.path}",
        file=sys.stdout,
    )
    if done.earlier:
        earlier = fmt.plural(done.earlier, "créneau antérieur", "créneaux antérieurs")
        verb, them = (
            ("n'est pas exporté", "l'") if done.earlier == 1 else ("ne sont pas exportés", "les ")
        )
        print(
            f"{earlier} {verb} : indiquez avec --from JJ/MM/AAAA un premier jour plus ancien "
            f"pour {them}inclure."
        )
    return 0


def _nothing_to_export(empty) -> str:
    """No slot in the period: say so, and which option widens it."""
    text = (
        f"aucun créneau du {empty.start:%d/%m/%Y} au {empty.end:%d/%m/%Y} : aucun fichier .ics "
        "n'a été écrit."
    )
    if empty.earlier:
        earlier = fmt.plural(empty.earlier, "créneau antérieur", "créneaux antérieurs")
        return f"{text} Il y a {earlier} : indiquez avec --from JJ/MM/AAAA un jour plus ancien."
    return f"{text} Choisissez une autre période avec --from JJ/MM/AAAA et --to JJ/MM/AAAA."
