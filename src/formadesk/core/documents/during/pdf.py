"""PDF renderers of the feuille d'émargement: the grid layouts and the per-learner sheet.

The grid (per day, per client, landscape, blank) has one line per person and one signature
column per half-day; trainer lines come first. Every signature cell is ``SHEET.signature_height``
tall; a long list of learners continues on the next page with the header row repeated.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from ... import formatting as fmt
from ..engine.layout import LAYOUT, styles
from ..engine.pdf import markup, para
from ..lists.page import SHEET, content_width, facts_table, write_sheet
from .data import NOT_CONCERNED, EmargementData, SignRow, SignSheet, SignSlot

TITLE = "Feuille d'émargement"
WIDE_COLUMNS = 6  # half-days per landscape page
NAME_WIDTH = {False: 66 * mm, True: 62 * mm}  # portrait, landscape
GRID = colors.HexColor("#8A94A3")  # darker than LAYOUT.rule: the grid must survive a photocopy
MAX_DETAIL = 55  # characters of employer under a name, so that the line keeps its height
NOTICE = (
    "Chaque participant(e) signe personnellement pour chaque demi-journée de présence ; le "
    "formateur ou la formatrice signe pour chaque demi-journée animée. Une absence ne se signe pas."
)


def _header_cell(slot: SignSlot, with_date: bool) -> Paragraph:
    date = ""
    if with_date and slot.date_short:
        date = f"<b>{escape(slot.weekday)} {escape(slot.date_short)}</b><br/>"
    text = f"{date}<b>{escape(slot.part)}</b><br/>{escape(slot.times)}"
    return Paragraph(text, styles()["cell_head"])


def _name_cell(row: SignRow) -> Paragraph:
    detail = row.detail if len(row.detail) <= MAX_DETAIL else row.detail[: MAX_DETAIL - 1] + "…"
    small = f'<font size="7" color="#5A6270">{escape(detail)}</font>'
    if row.is_trainer:
        name = escape(row.name) or "…………………………………"
        return Paragraph(f"{small}<br/><b>{name}</b>", styles()["cell"])
    if not row.name:
        return Paragraph("", styles()["cell"])
    return Paragraph(f"<b>{escape(row.name)}</b><br/>{small}", styles()["cell"])


def _mark_cell(mark: str) -> Paragraph | str:
    if not mark or mark == NOT_CONCERNED:
        return mark
    return Paragraph(f"<i>{escape(mark)}</i>", styles()["small"])


def grid_table(slots: tuple[SignSlot, ...], rows: tuple[SignRow, ...], wide: bool) -> Table:
    """The signature grid of some half-days (header row repeated on each page).

    When every column is on the same day, the date heads the name column instead, so that a
    page continuing the list still says which day it is.
    """
    with_date = wide or len({slot.date for slot in slots}) > 1
    day = "" if with_date or not slots else f"{slots[0].weekday} {slots[0].date_short}"
    name_w = NAME_WIDTH[wide]
    col_w = (content_width(wide) - name_w) / (WIDE_COLUMNS if wide else max(2, len(slots)))
    corner = f"<b>{escape(day)}</b><br/>" if day else ""
    head_label = Paragraph(f"{corner}<b>Nom et prénom</b>", styles()["cell_head"])
    cells = [[head_label, *(_header_cell(slot, with_date) for slot in slots)]]
    cells += [[_name_cell(row), *(_mark_cell(m) for m in row.marks)] for row in rows]
    heights = [None] + [SHEET.signature_height] * len(rows)
    table = Table(cells, [name_w] + [col_w] * len(slots), heights, repeatRows=1, hAlign="LEFT")
    trainers = sum(1 for row in rows if row.is_trainer)
    commands = [
        ("FONT", (0, 0), (-1, -1), LAYOUT.font, LAYOUT.body_size),
        ("GRID", (0, 0), (-1, -1), SHEET.grid_line, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), LAYOUT.header_fill),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-1, -1), "CENTER"),
        ("BACKGROUND", (0, 1), (0, trainers), LAYOUT.stripe_fill),
        ("LINEBELOW", (0, trainers), (-1, trainers), 1.6, LAYOUT.accent),
    ]
    for r, row in enumerate(rows, start=1):
        for c, mark in enumerate(row.marks, start=1):
            if mark:  # nothing to sign there: a trainer not teaching, an absence
                commands.append(("BACKGROUND", (c, r), (c, r), LAYOUT.header_fill))
                commands.append(("TEXTCOLOR", (c, r), (c, r), LAYOUT.muted))
    table.setStyle(TableStyle(commands))
    return table


def _sheet_title(data: EmargementData, sheet: SignSheet, part: str) -> str:
    if data.layout == "vierge":
        return f"{TITLE} — date : ____ / ____ / ________"
    if data.layout == "jour":
        return f"{TITLE} du {sheet.heading}"
    return f"{TITLE}{part}"


def _facts(data: EmargementData, sheet: SignSheet, wide: bool) -> Table:
    trainers = ", ".join(dict.fromkeys(n for slot in sheet.slots for n in slot.trainers))
    if data.layout == "vierge":
        trainers = "……………………………………………"
    pairs = [
        ("Formation", data.course_title),
        ("Session", data.session_code),
        ("Dates", data.dates),
        ("Durée", data.total_hours),
        ("Lieu", sheet.place or data.place),
        (fmt.names_label(trainers, "Formateur"), trainers),
        ("Client", data.audience if data.layout == "jour" else ""),
    ]
    return facts_table(pairs, content_width(wide))


def _chunk_rows(rows: tuple[SignRow, ...], start: int, step: int) -> tuple[SignRow, ...]:
    """The rows cut to some columns, without the trainers who teach none of them."""
    cut = [SignRow(r.name, r.detail, r.marks[start : start + step], r.is_trainer) for r in rows]
    idle = [r for r in cut if r.is_trainer and all(m == NOT_CONCERNED for m in r.marks)]
    if len(idle) == sum(1 for r in cut if r.is_trainer):
        idle = idle[1:]  # keep one trainer line to sign
    skip = {id(r) for r in idle}
    return tuple(r for r in cut if id(r) not in skip)


def render_grid_pdf(data: EmargementData, out: Path) -> Path:
    """Per-day, per-client, landscape or blank sheets of ``data`` as a PDF at ``out``."""
    wide = data.layout == "paysage"
    story: list[Flowable] = []
    for sheet in data.sheets:
        step = WIDE_COLUMNS if wide else max(1, len(sheet.slots))
        chunks = range(0, len(sheet.slots), step) if sheet.slots else [0]
        for start in chunks:
            slots = sheet.slots[start : start + step]
            rows = _chunk_rows(sheet.rows, start, step)
            part = ""
            if wide and len(sheet.slots) > step:
                part = f" — demi-journées {start + 1} à {start + len(slots)} sur {len(sheet.slots)}"
            if story:
                story.append(PageBreak())
            story += [
                para(_sheet_title(data, sheet, part), "title"),
                _facts(data, sheet, wide),
                Spacer(1, 1.5 * mm),
                para(NOTICE, "small"),
                Spacer(1, 1 * mm),
                grid_table(slots, rows, wide),
            ]
    subject = f"{data.course_title} – session {data.session_code}"
    return write_sheet(out, story, data.organisation, title=TITLE, subject=subject, wide=wide)


def render_learner_sheet_pdf(data: EmargementData, out: Path) -> Path:
    """The per-learner sheet: one line per half-day, the learner's and the trainer's cells."""
    (sheet,) = data.sheets
    (learner,) = sheet.learner_rows
    width = content_width(False)
    pairs = [
        ("Apprenant(e)", data.audience),
        ("Entreprise", learner.detail),
        ("Formation", data.course_title),
        ("Session", data.session_code),
        ("Dates", data.dates),
        ("Durée", data.total_hours),
        ("Lieu", data.place),
        (fmt.names_label(data.trainer_names, "Formateur"), data.trainer_names),
    ]
    header = ["Date", "Demi-journée", "Signature de l'apprenant(e)", "Formateur / formatrice"]
    header.append("Signature du formateur")
    cells: list[list] = [[Paragraph(f"<b>{escape(h)}</b>", styles()["cell_head"]) for h in header]]
    for slot, mark in zip(sheet.slots, learner.marks, strict=True):
        cells.append(
            [
                para(slot.date, "cell"),
                markup(f"<b>{escape(slot.part)}</b><br/>{escape(slot.times)}", "cell"),
                _mark_cell(mark),
                para(slot.trainer_names, "cell"),
                "",
            ]
        )
    widths = [w * width for w in (0.22, 0.16, 0.22, 0.18, 0.22)]
    heights = [None] + [SHEET.signature_height] * len(sheet.slots)
    table = Table(cells, widths, heights, repeatRows=1, hAlign="LEFT")
    commands = [
        ("GRID", (0, 0), (-1, -1), SHEET.grid_line, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), LAYOUT.header_fill),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (2, 1), (2, -1), "CENTER"),
    ]
    commands += [
        ("BACKGROUND", (2, r), (2, r), LAYOUT.header_fill)
        for r, mark in enumerate(learner.marks, start=1)
        if mark
    ]
    table.setStyle(TableStyle(commands))
    story = [
        para(f"{TITLE} individuelle", "title"),
        facts_table(pairs, width),
        Spacer(1, 1.5 * mm),
        para(NOTICE, "small"),
        Spacer(1, 1 * mm),
        table,
    ]
    subject = f"{data.audience} – session {data.session_code}"
    return write_sheet(out, story, data.organisation, title=TITLE, subject=subject)
