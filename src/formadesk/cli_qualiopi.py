"""`formadesk qualiopi`: the result figures of a period (indicators 2 and 3), or, with
``--out DOSSIER``, the evidence pack for an audit (a folder per indicator, an index, a .zip).

``formadesk qualiopi --db bureau.sqlite3 --from 01/01/2026 --to 31/12/2026 --out ~/Audit``
"""

from __future__ import annotations

import argparse

from .cli_parser import add_db_option, french_date


def add_parser(sub) -> None:
    qualiopi = sub.add_parser(
        "qualiopi",
        help="résultats Qualiopi d'une période, ou dossier de preuves pour un audit",
        description=(
            "Sans --out : affiche les résultats (indicateurs 2 et 3) des sessions terminées "
            "sur la période. Avec --out : constitue le dossier de preuves de l'audit dans ce "
            "dossier (un sous-dossier par indicateur, un index et une archive .zip)."
        ),
    )
    add_db_option(qualiopi)
    for flag, dest, what in (("--from", "start", "premier"), ("--to", "end", "dernier")):
        qualiopi.add_argument(
            flag,
            dest=dest,
            type=french_date,
            required=True,
            metavar="JJ/MM/AAAA",
            help=f"{what} jour de la période (date de fin des sessions)",
        )
    qualiopi.add_argument(
        "--out", metavar="DOSSIER", help="dossier où constituer le dossier de preuves"
    )
    qualiopi.set_defaults(func=cmd_qualiopi)


def cmd_qualiopi(args: argparse.Namespace) -> int:
    from .cli import _database
    from .cli_server import open_office
    from .core.reporting.qualiopi import check_period

    check_period(args.start, args.end)  # before opening the base: a typing error is said first
    with open_office(_database(args)) as office:
        if args.out:
            result = office.qualiopi.evidence_pack(args.start, args.end, args.out)
            print("\n".join(pack_lines(result)))
        else:
            print("\n".join(figures_lines(office.qualiopi.figures(args.start, args.end))))
    return 0


def figures_lines(figures) -> list[str]:
    """The figures as the published PDF states them, one per line."""
    from .core import formatting as fmt
    from .core.documents.reports.qualiopi_pdf import headline_rows
    from .core.reporting.rates import percent

    r = figures.overall
    lines = [
        f"Résultats Qualiopi — sessions terminées du {fmt.date_short(figures.start)} au "
        f"{fmt.date_short(figures.end)}",
        f"Sessions : {r.sessions} ; stagiaires formés : {r.trained}",
    ]
    lines += [f"{label} : {rate} ({basis})" for label, rate, basis in headline_rows(r)]
    if r.drop_causes:
        causes = " ; ".join(f"{cause} : {n}" for cause, n in r.drop_causes)
        lines.append(f"Causes des abandons : {causes}")
    if figures.courses:
        lines.append("Par formation :")
    for c in figures.courses:
        cr = c.rates
        lines.append(
            f"  {c.code} — {c.title} : {fmt.plural(cr.sessions, 'session')}, "
            f"{fmt.plural(cr.trained, 'formé')}, achèvement {percent(cr.completion_rate)}, "
            f"satisfaction {percent(cr.satisfaction_rate)}, retour {percent(cr.return_rate)}"
        )
    if figures.certifying:
        lines.append("Certifications (indicateur 3) :")
    for c in figures.certifying:
        cr = c.rates
        lines.append(
            f"  {c.code} ({c.certification_code or 'sans code'}) : {cr.certified} admis sur "
            f"{cr.certification_candidates} présentés, réussite {percent(cr.pass_rate)}, "
            f"{cr.awaiting_result} en attente de résultat"
        )
    return lines


def pack_lines(result) -> list[str]:
    """What the pack holds, per indicator, then what is missing."""
    from .core import formatting as fmt

    lines = [result.summary, f"Dossier : {result.folder}", f"Archive : {result.zip_path}"]
    for section in result.sections:
        lines.append(
            f"  {section.folder} : {fmt.plural(len(section.files), 'fichier')}"
            + (f" ({fmt.plural(len(section.missing), 'manque')})" if section.missing else "")
        )
    if result.missing:
        lines.append("Manques relevés :")
        lines += [f"  - {line}" for line in result.missing]
    return lines
