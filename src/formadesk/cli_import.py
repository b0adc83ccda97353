"""`formadesk import learners`: learners from a spreadsheet (XLSX or CSV), from the command line.

The rows are checked as in the window's import (the learner form's rules, duplicates against
the database and the earlier rows). One line per refused or duplicate row, then the summary
« N importé(s), N doublon(s), N refusé(s) ». A refused row stops the import (exit status 1,
nothing written) unless ``--skip-errors``; duplicates are always skipped; ``--dry-run`` writes
nothing. ``--session CODE`` enrols the imported learners in that session.
"""

from __future__ import annotations

import argparse

from .cli_parser import add_db_option


def add_parser(sub) -> None:
    imports = sub.add_parser("import", help="importer des données (apprenants)")
    what = imports.add_subparsers(dest="what", required=True, metavar="{learners}")
    learners = what.add_parser(
        "learners", help="importer des apprenants depuis un classeur Excel (.xlsx) ou un CSV"
    )
    add_db_option(learners)
    learners.add_argument(
        "--file", required=True, metavar="FICHIER", help="fichier .xlsx ou .csv à importer"
    )
    learners.add_argument(
        "--session",
        default="",
        metavar="CODE",
        help="inscrire les apprenants importés à la session",
    )
    learners.add_argument(
        "--dry-run", action="store_true", help="vérifier seulement : rien n'est enregistré"
    )
    learners.add_argument(
        "--skip-errors",
        action="store_true",
        help="importer les lignes valides même si d'autres sont refusées",
    )
    learners.set_defaults(func=cmd_import_learners)


def summary_line(imported: int, duplicates: int, refused: int) -> str:
    return f"{imported} importé(s), {duplicates} doublon(s), {refused} refusé(s)"


def cmd_import_learners(args: argparse.Namespace) -> int:
    from .cli import _database
    from .cli_server import open_office
    from .cli_sessions import find_session
    from .core import formatting as fmt
    from .core.services.learner_import import DUPLICATE, OK, REFUSED

    with open_office(_database(args)) as office:
        session_id = find_session(office, args.session).id if args.session.strip() else None
        importer = office.learner_import
        preview = importer.preview(importer.read(args.file))
        for row in preview.rows:
            if row.status == REFUSED:
                print(f"Ligne {row.number} : {row.name or 'sans nom'} refusée. {row.reason}")
            elif row.status == DUPLICATE:
                print(f"Ligne {row.number} : {row.name} ignorée, doublon possible. {row.reason}")
        refused, duplicates = preview.count(REFUSED), preview.count(DUPLICATE)
        if args.dry_run:
            if session_id is not None and not (refused and not args.skip_errors):
                importer.check_enrolment(session_id, preview.count(OK))  # as the real run
            print(
                f"Simulation (--dry-run) : {preview.count(OK)} apprenant(s) à importer, "
                f"{duplicates} doublon(s), {refused} refusé(s). Rien n'a été enregistré."
            )
            if refused and not args.skip_errors:
                print(
                    "Sans --skip-errors, l'import serait refusé : corrigez d'abord les lignes "
                    "refusées dans le fichier."
                )
            return 1 if refused and not args.skip_errors else 0
        if refused and not args.skip_errors:
            print(summary_line(0, duplicates, refused))
            print(
                "Rien n'a été enregistré : corrigez les lignes refusées dans le fichier, ou "
                "relancez avec --skip-errors pour importer les autres lignes."
            )
            return 1
        result = importer.commit(preview, session_id=session_id)
        code = office.sessions.get(session_id).code if session_id is not None else ""
    print(summary_line(result.created, duplicates, refused))
    if session_id is not None:
        print(f"{result.enrolled} apprenant(s) inscrit(s) à la session {code}.")
        if duplicates:
            verb = "n'est pas inscrit" if duplicates == 1 else "ne sont pas inscrits"
            print(
                f"{fmt.plural(duplicates, 'doublon')} {verb} (déjà dans la base) : inscrivez "
                f"depuis la session {code} ceux qui doivent y être (bouton « Inscrire… »)."
            )
    return 0
