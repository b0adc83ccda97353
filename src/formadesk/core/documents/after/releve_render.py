"""Relevé de présence as PDF and Excel; registers « releve_presence » (one file per client)
and « releve_presence_financeurs » (one file for the session, a part per funder).

The PDF gives, per payer, the totals of each learner (hours attended over hours planned,
absences justified or not), then the grid of half-days with one letter per status (and the
hours kept for a late arrival or an early departure), then the reasons and justifications
entered. The Excel file holds the same grid, one sheet per payer, every cell written through
``engine.xlsx_cells`` (a name starting with « = » stays text), hours as real numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from ... import formatting as fmt
from ...services.attendance.codes import LETTERS, STATUSES
from ..engine.pdf import data_table, para, table_heading
from ..engine.registry import DocumentKind, register
from ..lists.page import content_width, facts_table, write_sheet
from ..lists.xlsx import SheetSpec, write_workbook
from .releve import (
    LearnerPresence,
    ReleveData,
    RelevesData,
    build_releve_client,
    build_releve_funders,
)

TITLE = "Relevé de présence"
GRID_COLUMNS = 8  # half-days per table on a landscape page
LEGEND = "Légende : " + ", ".join(f"{letter} = {STATUSES[s]}" for s, letter in LETTERS.items())
BASIS = (
    "Relevé établi d'après les présences enregistrées pour chaque demi-journée (émargements "
    "signés, feuilles scannées, saisie de l'organisme). Une absence justifiée reste une "
    "absence : elle n'est pas comptée dans les heures réalisées."
)


def _totals(p: LearnerPresence) -> list[str]:
    return [
        fmt.hours(p.attended),
        fmt.hours(p.planned),
        p.rate,
        fmt.hours(p.justified) if p.justified else "",
        fmt.hours(p.unjustified) if p.unjustified else "",
        fmt.hours(p.dropped) if p.dropped else "",
    ]


def _summary(data: ReleveData, width: float) -> Flowable:
    header = [
        "Apprenant(e)",
        "Heures réalisées",
        "Heures prévues",
        "Taux",
        "Absences justifiées",
        "Absences non justifiées, retards",
        "Après abandon",
    ]
    rows = [[p.name + (f"\n{p.detail}" if p.detail else ""), *_totals(p)] for p in data.learners]
    planned = data.planned
    rate = f"{round(100 * data.attended / planned)} %" if planned else ""
    rows.append(
        [
            "Total",
            fmt.hours(data.attended),
            fmt.hours(planned),
            rate,
            fmt.hours(sum(p.justified for p in data.learners)),
            fmt.hours(sum(p.unjustified for p in data.learners)),
            fmt.hours(sum(p.dropped for p in data.learners)),
        ]
    )
    widths = [0.3 * width] + [0.7 * width / 6] * 6
    return data_table(header, rows, widths, right_columns=range(1, 7), bold_last=True)


def _grids(data: ReleveData, width: float) -> list[Flowable]:
    out: list[Flowable] = []
    name_w = 55 * mm
    for start in range(0, len(data.columns), GRID_COLUMNS):
        columns = data.columns[start : start + GRID_COLUMNS]
        header = ["Apprenant(e)", *(f"{c.label}\n{c.times}" for c in columns)]
        rows = [
            [p.name, *(m.letter for m in p.marks[start : start + GRID_COLUMNS])]
            for p in data.learners
        ]
        col_w = (width - name_w) / GRID_COLUMNS
        out += [data_table(header, rows, [name_w] + [col_w] * len(columns)), Spacer(1, 3 * mm)]
    return out


def _notes(data: ReleveData) -> list[str]:
    return [
        f"{p.name} — {column.long_label} : {mark.label} ({mark.note})"
        for p in data.learners
        for column, mark in zip(data.columns, p.marks, strict=True)
        if mark.note
    ]


def _part(data: ReleveData) -> list[Flowable]:
    width = content_width(True)
    to_come = ""
    if data.to_come:
        to_come = (
            f"{fmt.plural(data.to_come, 'demi-journée', 'demi-journées')} à venir, non comprise(s)"
        )
    pairs = [
        (data.payer_kind, data.payer),
        ("Formation", data.course_title),
        ("Session", data.session_code),
        ("Dates", data.dates),
        ("Arrêté au", data.stopped_on),
        ("À venir", to_come),
    ]
    story: list[Flowable] = [
        para(f"{TITLE} — {data.payer}", "title"),
        facts_table(pairs, width),
        Spacer(1, 2 * mm),
        para(BASIS, "small"),
        *table_heading("Heures par apprenant(e)"),
        _summary(data, width),
        *table_heading("Demi-journée par demi-journée"),
        para(LEGEND, "small"),
        Spacer(1, 1 * mm),
        *_grids(data, width),
    ]
    notes = _notes(data)
    if notes:
        story += [*table_heading("Motifs et justificatifs enregistrés")]
        story += [para(f"• {note}", "small") for note in notes]
    return story


def render_releve_pdf(data: RelevesData, out: Path) -> Path:
    """Write every relevé of ``data`` (one part per payer) as a landscape PDF at ``out``."""
    story: list[Flowable] = []
    for releve in data.releves:
        if story:
            story.append(PageBreak())
        story += _part(releve)
    first = data.releves[0]
    subject = f"{first.course_title} – session {first.session_code}"
    return write_sheet(out, story, first.organisation, title=TITLE, subject=subject, wide=True)


def _decimal(minutes: int) -> float:
    return round(minutes / 60, 2)


def _sheet(data: ReleveData, name: str) -> SheetSpec:
    totals = ["Heures réalisées", "Heures prévues", "Absences justifiées (h)"]
    totals += ["Absences non justifiées, retards (h)", "Après abandon (h)"]
    rows: list[Sequence[object]] = []
    for p in data.learners:
        hours = [p.attended, p.planned, p.justified, p.unjustified, p.dropped]
        rows.append([p.name, *(m.letter for m in p.marks), *map(_decimal, hours)])
    blank = [""] * len(data.columns)
    learners = data.learners
    total = [
        "Total",
        *blank,
        *(
            _decimal(sum(value(p) for p in learners))
            for value in (
                lambda p: p.attended,
                lambda p: p.planned,
                lambda p: p.justified,
                lambda p: p.unjustified,
                lambda p: p.dropped,
            )
        ),
    ]
    return SheetSpec(
        name=name,
        title=f"{TITLE} — {data.payer}",
        header=["Apprenant(e)", *(f"{c.label}\n{c.times}" for c in data.columns), *totals],
        rows=rows,
        widths=[30, *([11] * len(data.columns)), *([14] * len(totals))],
        facts=[
            (data.payer_kind, data.payer),
            ("Formation", data.course_title),
            ("Session", data.session_code),
            ("Dates", data.dates),
            ("Arrêté au", data.stopped_on),
            ("Légende", LEGEND.removeprefix("Légende : ")),
        ],
        total=total,
    )


def render_releve_xlsx(data: RelevesData, out: Path) -> Path:
    """The grid of each relevé on its own sheet (named after the payer) at ``out``."""
    sheets, used = [], set()
    for index, releve in enumerate(data.releves, start=1):
        name = releve.payer[:31]
        if name.lower() in used:
            name = f"{releve.payer[:26]} ({index})"
        used.add(name.lower())
        sheets.append(_sheet(releve, name))
    return write_workbook(out, data.releves[0].organisation.name, sheets)


RENDERERS = {"pdf": render_releve_pdf, "xlsx": render_releve_xlsx}

CLIENT_KIND = register(
    DocumentKind(
        key="releve_presence",
        label=TITLE,
        plural="Relevés de présence (par client)",
        scope="client",
        builder=build_releve_client,
        renderers=RENDERERS,
        dated_each_issue=True,  # « arrêté au » the day it is made
    )
)
FUNDERS_KIND = register(
    DocumentKind(
        key="releve_presence_financeurs",
        label="Relevé de présence pour les financeurs",
        plural="Relevés de présence (par financeur)",
        scope="session",
        builder=build_releve_funders,
        renderers=RENDERERS,
        dated_each_issue=True,
    )
)
