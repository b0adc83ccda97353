"""`formadesk bpf`: the bilan pédagogique et financier (cerfa 10443) of a financial year.

``formadesk bpf --db bureau.sqlite3 --year 2025`` prints the boxes, then how many points are
to check and the first of them; ``--out BPF-2025.pdf`` (or ``.xlsx``, ``.json``) writes the
file instead. The financial year AAAA starts on the day set in the settings (« Début de
l'exercice », 01/01 by default).
"""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path

from .cli_parser import add_db_option
from .core import formatting as fmt

FORMATS = (".pdf", ".xlsx", ".json")
FIRST_YEAR, LAST_YEAR = 1990, 2100
LABEL_WIDTH = 64
SHOWN_MISSING = 10


def year_number(text: str) -> int:
    """``--year``: four digits (the year the financial year starts in)."""
    text = text.strip()
    if not (text.isdigit() and len(text) == 4 and FIRST_YEAR <= int(text) <= LAST_YEAR):
        raise argparse.ArgumentTypeError(
            f"l'exercice s'écrit sur quatre chiffres, de {FIRST_YEAR} à {LAST_YEAR} "
            f"(par exemple 2025), pas « {text} »"
        )
    return int(text)


def add_parser(sub) -> None:
    bpf = sub.add_parser("bpf", help="bilan pédagogique et financier (cerfa 10443) d'un exercice")
    add_db_option(bpf)
    bpf.add_argument(
        "--year",
        "--annee",
        dest="year",
        required=True,
        type=year_number,
        metavar="AAAA",
        help="l'exercice, par l'année où il commence",
    )
    bpf.add_argument(
        "--out",
        metavar="FICHIER",
        help="fichier .pdf, .xlsx ou .json à écrire (sinon les cadres s'affichent)",
    )
    bpf.set_defaults(func=cmd_bpf)


def cmd_bpf(args: argparse.Namespace) -> int:
    from .cli import _database, _print_error
    from .cli_server import open_office
    from .core.outputs import checked_output_path

    out = None
    if args.out is not None:
        suffix = Path(args.out).suffix.lower()
        if suffix not in FORMATS:
            return _print_error(
                f"--out : « {args.out} » doit se terminer par .pdf, .xlsx ou .json (le format "
                "du fichier écrit), par exemple --out BPF-2025.pdf."
            )
        out = checked_output_path(args.out, suffix=suffix)  # before any work is done
    with open_office(_database(args)) as office:
        report = office.bpf.compute(args.year)
        if out is not None:
            written = office.bpf.write(report, out)
            print(f"BPF {args.year} écrit : {written}")
            if report.provisional:
                print(f"ATTENTION : {report.provisional}")
            print(f"À vérifier avant de déclarer : {fmt.plural(len(report.missing), 'point')}.")
            return 0
    print("\n".join(report_lines(report)))
    return 0


def report_lines(report) -> list[str]:
    """The boxes as aligned French lines, then the points to check (the first ones)."""
    from .core.reporting.bpf_data import figure, line_code

    parts = (
        f"NDA {report.nda}" if report.nda else "",
        f"SIRET {report.siret}" if report.siret else "",
    )
    identity = " · ".join(part for part in parts if part)
    who = report.organisation or "Organisme sans nom"
    lines = [
        f"BPF {report.year} — {who}" + (f" ({identity})" if identity else ""),
        f"Exercice du {fmt.date_short(report.start)} au {fmt.date_short(report.end)}",
    ]
    if report.provisional:
        lines.append(f"ATTENTION : {report.provisional}")
    for section in report.sections:
        lines += ["", section.title]
        heads = "".join(f"{column:>22}" for column in section.columns)
        lines.append(f"  {'':<8}{'':<{LABEL_WIDTH}}{heads}")
        for line in section.lines:
            figures = "".join(
                f"{figure(value, kind):>22}"
                for value, kind in zip(line.values, line.kinds, strict=True)
            )
            first, *more = textwrap.wrap(line.label, LABEL_WIDTH - 1, break_on_hyphens=False) or [
                ""
            ]
            lines.append(f"  {line_code(line.box):<8}{first:<{LABEL_WIDTH}}{figures}")
            lines += [f"  {'':<8}{rest}" for rest in more]
    missing = report.missing
    lines += ["", f"À vérifier avant de déclarer : {fmt.plural(len(missing), 'point')}."]
    lines += [f"  - {item.text}" for item in missing[:SHOWN_MISSING]]
    if len(missing) > SHOWN_MISSING:
        more = len(missing) - SHOWN_MISSING
        lines.append(
            f"  … et {more} autre{'s' if more > 1 else ''} : la liste complète est dans le PDF "
            "ou l'Excel (--out) et dans la fenêtre (Bilans › BPF)."
        )
    return lines
