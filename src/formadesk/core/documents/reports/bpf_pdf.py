"""The BPF as a PDF laid out like the cerfa 10443: cadres A and B (who, which year), C to G
with their line codes and figures, H (the person who signs), then the conventions of the
figures and the list of what to check before declaring.

A4 portrait sheet pages (``lists.page``): each page repeats the office and the title. The
cadres are bordered boxes with a dark band naming them, as on the form; a figure is printed
only as the base gives it, a missing identity datum says where to enter it.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ... import formatting as fmt
from ...reporting.bpf_data import (
    C_TOTAL_LABEL,
    BpfLine,
    BpfReport,
    BpfSection,
    figure,
    line_code,
)
from ..engine.data import OrganisationInfo
from ..engine.layout import LAYOUT, styles
from ..engine.pdf import bullets, para
from ..lists.page import content_width, write_sheet

TITLE = "Bilan pédagogique et financier"
WIDTH = content_width(False)
CODE_W = 16 * mm
VALUE_W = 34 * mm
COUNT_W = 40 * mm  # the two figures of cadres E, F and G
MAIN_SPECIALTIES = 5  # cadre F-4 of the cerfa: the five main specialties, then the others
UNSET = "non renseigné (à saisir dans Paramètres › Organisme)"
C2_HEADING = (
    "Produits provenant des opérateurs de compétences (OPCO) et autres organismes "
    "gestionnaires des fonds de la formation professionnelle, au titre :"
)
PUBLIC_HEADING = (
    "Produits provenant des pouvoirs publics pour la formation de publics spécifiques :"
)


@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    base = styles()
    cell = base["cell"]
    return {
        "band": ParagraphStyle("bpf_band", cell, fontName=LAYOUT.font_bold, textColor=colors.white),
        "cell": cell,
        "bold": ParagraphStyle("bpf_bold", cell, fontName=LAYOUT.font_bold),
        "head": ParagraphStyle("bpf_head", base["cell_head"]),
        "head_right": ParagraphStyle("bpf_head_r", base["cell_head"], alignment=TA_RIGHT),
        "right": ParagraphStyle("bpf_right", cell, alignment=TA_RIGHT),
        "right_bold": ParagraphStyle(
            "bpf_right_b", cell, fontName=LAYOUT.font_bold, alignment=TA_RIGHT
        ),
        "italic": ParagraphStyle("bpf_italic", cell, fontName=LAYOUT.font_italic),
    }


def _p(text: str, style: str) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), _styles()[style])


def cadre(
    title: str,
    header: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    bold: Sequence[int] = (),
    headings: Sequence[int] = (),
    right_from: int = 1,
) -> Flowable:
    """A bordered box: a dark band with the cadre's title, an optional header, the rows.

    Columns from ``right_from`` are figures (right-aligned); ``bold`` rows are totals,
    ``headings`` rows are one text spanning every column (a group of lines).
    """
    columns = len(widths)
    data: list[list] = [[_p(title, "band")] + [""] * (columns - 1)]
    if header:
        data.append(
            [_p(h, "head_right" if i >= right_from else "head") for i, h in enumerate(header)]
        )
    first = len(data)
    for index, row in enumerate(rows):
        strong = index in bold
        if index in headings:
            data.append([_p(row[0], "italic")] + [""] * (columns - 1))
            continue
        data.append(
            [
                _p(text, ("right_bold" if strong else "right") if i >= right_from else
                   ("bold" if strong else "cell"))
                for i, text in enumerate(row)
            ]
        )  # fmt: skip
    commands = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), LAYOUT.accent),
        ("BOX", (0, 0), (-1, -1), 0.9, LAYOUT.accent),
        ("INNERGRID", (0, 1), (-1, -1), 0.3, LAYOUT.rule),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 1), (-1, 1), LAYOUT.header_fill))
    for index in bold:
        commands.append(("BACKGROUND", (0, first + index), (-1, first + index), LAYOUT.header_fill))
    for index in headings:
        commands.append(("SPAN", (0, first + index), (-1, first + index)))
    table = Table(data, colWidths=list(widths), hAlign="LEFT", repeatRows=2 if header else 1)
    table.setStyle(TableStyle(commands))
    return KeepTogether([table, Spacer(1, 3.5 * mm)])


def _identity(report: BpfReport, org: OrganisationInfo) -> list[Flowable]:
    siret = org.siret or report.siret
    rows = [
        ("Numéro de déclaration d'activité", report.nda or UNSET),
        ("Numéro SIRET", siret or UNSET),
        ("Raison sociale", report.organisation or UNSET),
        ("Forme juridique", report.legal_form or "non renseignée"),
        ("Adresse", report.address or UNSET),
    ]
    widths = (62 * mm, WIDTH - 62 * mm)
    period = f"du {fmt.date_short(report.start)} au {fmt.date_short(report.end)}"
    return [
        cadre("Cadre A — Identification de l'organisme de formation", None, rows, widths,
              right_from=2),
        cadre("Cadre B — Caractéristiques de l'organisme", None,
              [("Exercice comptable", period)], widths, right_from=2),
    ]  # fmt: skip


def _cadre_c(section: BpfSection) -> Flowable:
    rows: list[tuple[str, str, str]] = []
    headings: list[int] = []
    for line in section.lines:
        code = line.box[1:]
        label = line.label
        if code == "2a":
            headings.append(len(rows))
            rows.append((C2_HEADING, "", ""))
        if code == "4":
            headings.append(len(rows))
            rows.append((PUBLIC_HEADING, "", ""))
        if code.startswith("2"):
            label = label.removeprefix("OPCO, ")
        elif code in ("4", "5", "6", "7", "8"):
            label = label.removesuffix(", pour la formation de publics spécifiques")
        if line.box == "Ctotal":
            label = C_TOTAL_LABEL
        code = "" if line.box == "Ctotal" else line_code(line.box)
        rows.append((code, label, figure(line.values[0], "euros")))
    total = len(rows) - 1
    rows.append(("", "Part du chiffre d'affaires global réalisée au titre de la formation",
                 "non calculée"))  # fmt: skip
    widths = (CODE_W, WIDTH - CODE_W - VALUE_W, VALUE_W)
    return cadre(section.title, ("Ligne", "Origine des produits", "Montant HT"), rows, widths,
                 bold=(total,), headings=headings, right_from=2)  # fmt: skip


def _cadre_d(section: BpfSection) -> Flowable:
    rows = [(line.label, figure(line.values[0], "euros")) for line in section.lines]
    widths = (WIDTH - VALUE_W, VALUE_W)
    return cadre(section.title, ("Charges", "Montant HT"), rows, widths, bold=(0,))


def _people_rows(lines: Sequence[BpfLine]) -> list[tuple[str, str, str, str]]:
    rows = []
    for line in lines:
        code = "" if line.box.endswith("total") else line_code(line.box)
        label = line.label.removeprefix(f"{code} — ") if line.box.startswith("F4") else line.label
        if line.box.startswith(("F3:", "F3a")) and code[-1:] != "?":
            label = label[3:]  # « b. Certification … »: the letter is in the code column
        rows.append(
            (code, label, figure(line.values[0], line.kinds[0]), figure(line.values[1], "minutes"))
        )
    return rows


def _people_cadre(
    section: BpfSection, header: Sequence[str], lines=None, code_head: str = "Ligne"
) -> Flowable:
    lines = list(lines if lines is not None else section.lines)
    rows = _people_rows(lines)
    bold = [i for i, line in enumerate(lines) if line.box.endswith("total")]
    widths = (CODE_W, WIDTH - CODE_W - 2 * COUNT_W, COUNT_W, COUNT_W)
    return cadre(section.title, (code_head, *header), rows, widths, bold=bold, right_from=2)


def _main_specialties(section: BpfSection) -> list[BpfLine]:
    """The five specialties with the most hours, then « Autres spécialités », as the cerfa."""
    coded = [line for line in section.lines if line.box.startswith("F4:") and line.box != "F4:"]
    others = coded[MAIN_SPECIALTIES:]
    kept = coded[:MAIN_SPECIALTIES]
    if others:
        codes = ", ".join(line.box[3:] for line in others)
        values = (sum(o.values[0] for o in others), sum(o.values[1] for o in others))
        kept.append(BpfLine("F4autres", f"Autres spécialités ({codes})", values, others[0].kinds))
    rest = [line for line in section.lines if line.box in ("F4:", "F4total")]
    return kept + rest


def _signatory(report: BpfReport) -> Flowable:
    who = report.signatory or "non renseignée (à saisir dans Paramètres › Organisme)"
    widths = (62 * mm, WIDTH - 62 * mm)
    rows = [("Nom et qualité", who), ("Date et signature", "")]
    return cadre("Cadre H — Personne ayant la qualité de dirigeant", None, rows, widths,
                 right_from=2)  # fmt: skip


def story(report: BpfReport, org: OrganisationInfo) -> list[Flowable]:
    learners = ("", "Nombre de stagiaires", "Nombre total d'heures de formation")
    trainers = ("", "Nombre de formateurs", "Heures de formation dispensées")
    period = f"du {fmt.date_short(report.start)} au {fmt.date_short(report.end)}"
    made = f" ; établi le {fmt.date_short(report.made_on)}" if report.made_on else ""
    flow: list[Flowable] = [
        para(f"{TITLE} — exercice {report.year}", "title"),
        para(
            f"Cerfa n° 10443 — exercice comptable {period}{made} par Formadesk, d'après la "
            "base de l'organisme. Chiffres à reporter sur le formulaire en ligne ; les "
            "conventions de calcul et les points à vérifier suivent les cadres.",
            "small",
        ),
        *([para(report.provisional, "body")] if report.provisional else []),
        Spacer(1, 3 * mm),
        *_identity(report, org),
        _cadre_c(report.section("C")),
        _cadre_d(report.section("D")),
        _people_cadre(report.section("E"), trainers),
        _people_cadre(report.section("F1"), learners),
        _people_cadre(report.section("F2"), learners),
        _people_cadre(report.section("F3"), learners),
        _people_cadre(
            report.section("F4"), learners, _main_specialties(report.section("F4")), "Code NSF"
        ),
        _people_cadre(report.section("G"), learners),
        _signatory(report),
        para("Conventions de calcul", "heading"),
        *[para(f"{i}. {note}", "small") for i, note in enumerate(report.notes, start=1)],
        para(f"À vérifier avant de déclarer ({len(report.missing)})", "heading"),
    ]
    if report.missing:
        flow.append(bullets([item.text for item in report.missing], "small"))
    else:
        flow.append(
            para(
                "Rien à signaler : chaque inscription, formation et facture de l'exercice a ce "
                "que le BPF demande.",
                "small",
            )
        )
    return flow


def write_bpf_pdf(report: BpfReport, org: OrganisationInfo, out: Path) -> Path:
    """Write the BPF at ``out`` (replaced only once fully written); return ``out``."""
    title = f"BPF {report.year}"
    return write_sheet(
        out,
        story(report, org),
        org,
        title=f"{TITLE} {report.year}",
        subject=f"{title} — du {fmt.date_short(report.start)} au {fmt.date_short(report.end)}",
    )
