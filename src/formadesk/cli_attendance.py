"""`formadesk presences verifier|manquantes|saisir`: attendance from the command line.

``verifier`` recomputes the signature chains of a session (exit status 1 when one breaks, with
where); ``manquantes`` lists the held half-days whose attendance or evidence is missing;
``saisir`` records one learner's half-day, through the same facade call as the grid.
"""

from __future__ import annotations

import argparse

from .cli_parser import add_db_option, french_date
from .core import formatting as fmt

HALVES = {"matin": False, "apres-midi": True}


def add_parser(sub) -> None:
    presences = sub.add_parser("presences", help="vérifier ou saisir les présences")
    actions = presences.add_subparsers(
        dest="action", required=True, metavar="{verifier,manquantes,saisir}"
    )
    verify = actions.add_parser(
        "verifier", help="vérifier que les signatures d'une session n'ont pas été modifiées"
    )
    add_db_option(verify)
    verify.add_argument("--session", required=True, metavar="CODE", help="code de la session")
    verify.set_defaults(func=cmd_verify)

    missing = actions.add_parser(
        "manquantes", help="lister les demi-journées sans présence saisie ou sans preuve"
    )
    add_db_option(missing)
    missing.add_argument("--session", metavar="CODE", help="code d'une session (sinon toutes)")
    missing.add_argument(
        "--depuis",
        type=french_date,
        metavar="AAAA-MM-JJ",
        help="premier jour listé (sinon depuis le début)",
    )
    missing.set_defaults(func=cmd_missing)

    enter = actions.add_parser("saisir", help="saisir la présence d'un apprenant")
    add_db_option(enter)
    enter.add_argument("--session", required=True, metavar="CODE", help="code de la session")
    enter.add_argument(
        "--date", required=True, type=french_date, metavar="AAAA-MM-JJ", help="jour de la séance"
    )
    enter.add_argument("--demi-journee", required=True, choices=tuple(HALVES), dest="half")
    enter.add_argument(
        "--apprenant", required=True, metavar="NOM", help="nom (et prénom) de l'apprenant"
    )
    enter.add_argument(
        "--statut",
        required=True,
        choices=("P", "A", "E", "R", "D"),
        type=str.upper,
        help="P présent, A absent, E absence excusée, R retard, D départ anticipé",
    )
    enter.add_argument(
        "--minutes", type=int, metavar="N", help="minutes réellement suivies (R et D)"
    )
    enter.add_argument("--motif", default="", metavar="TEXTE", help="motif ou remarque")
    enter.set_defaults(func=cmd_enter)


def _session_id(office, code: str) -> int:
    from .core.errors import NotFoundError

    rows = [r for r in office.sessions.list(text=code) if r.code.upper() == code.strip().upper()]
    if not rows:
        raise NotFoundError(
            f"aucune session n'a le code « {code} » : vérifiez-le dans l'onglet Sessions."
        )
    return rows[0].id


def cmd_verify(args: argparse.Namespace) -> int:
    from .cli import _database
    from .cli_server import open_office

    with open_office(_database(args)) as office:
        verification = office.attendance.verify(_session_id(office, args.session))
    if verification.ok:
        print(f"Session {args.session} : {verification.summary}")
        return 0
    print(
        f"Session {args.session} : {fmt.plural(len(verification.breaks), 'anomalie')} dans "
        "les signatures. Une signature a été modifiée ou supprimée après coup :"
    )
    for chain_break in verification.breaks:
        print(f"  - {chain_break.text}")
    return 1


def cmd_missing(args: argparse.Namespace) -> int:
    from .cli import _database
    from .cli_server import open_office

    with open_office(_database(args)) as office:
        session_id = _session_id(office, args.session) if args.session else None
        found = office.attendance.missing_evidence(session_id, since=args.depuis)
    for item in found:
        print(f"{item.session_code}  {item.half_day} : {item.text}")
    where = f"de la session {args.session}" if args.session else "de toutes les sessions"
    since = f" depuis le {fmt.date_short(args.depuis)}" if args.depuis else ""
    print(
        f"{fmt.plural(len(found), 'demi-journée incomplète', 'demi-journées incomplètes')} "
        f"{where}{since}."
    )
    return 0


def _learner(grid, text: str):
    from .core.errors import NotFoundError
    from .core.validation import normalise_search

    words = normalise_search(text).split()
    found = [p for p in grid.learners if all(w in normalise_search(p.name) for w in words)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFoundError(
            f"aucun apprenant de la session {grid.code} ne correspond à « {text} » : "
            "indiquez son nom tel qu'il figure sur la feuille de présence."
        )
    names = ", ".join(p.name for p in found)
    raise NotFoundError(
        f"plusieurs apprenants correspondent à « {text} » ({names}) : précisez le prénom."
    )


def cmd_enter(args: argparse.Namespace) -> int:
    from .cli import _database
    from .cli_server import open_office
    from .core.errors import NotFoundError
    from .core.services.attendance import KEYS, PARTIAL, STATUSES, Mark

    status = KEYS[args.statut]
    with open_office(_database(args)) as office:
        session_id = _session_id(office, args.session)
        grid = office.attendance.grid(session_id)
        half_day = next(
            (h for h in grid.half_days if h.date == args.date and h.afternoon == HALVES[args.half]),
            None,
        )
        if half_day is None:
            part = "après-midi" if HALVES[args.half] else "matin"
            raise NotFoundError(
                f"la session {args.session} n'a pas de séance le {fmt.date_long(args.date)} "
                f"{part} : vérifiez la date dans le planning."
            )
        learner = _learner(grid, args.apprenant)
        mark = Mark(learner.enrollment_id, half_day.slot_id, status, args.minutes, args.motif)
        office.attendance.save(session_id, [mark])
    minutes = f" ({args.minutes} min suivies)" if status in PARTIAL else ""
    print(f"Présence enregistrée : {learner.name}, {half_day.label} : {STATUSES[status]}{minutes}.")
    return 0
