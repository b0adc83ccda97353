"""Chevalets: name tents, one A4 landscape sheet per learner (then per trainer), folded in two.

The name is printed twice: right way up on the lower half and upside down on the upper half,
so that once the sheet is folded along the dashed line and stood on the table, it reads from
both sides. The first name is large, the family name below it, the course title small.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from ... import formatting as fmt
from ...files import atomic_path
from ..engine.builders import load_session, organisation_info
from ..engine.docx import docx_renderer
from ..engine.docx_spec import Block, Page, PageBreak, Para
from ..engine.layout import LAYOUT, register_fonts
from ..engine.registry import DocumentKind, register
from .build import learners, slot_trainers
from .data import ChevaletsData, NameCard

KEY = "chevalets"


@dataclass(frozen=True)
class TentLayout:
    """Sizes of a name tent (A4 landscape, folded across its height)."""

    page: tuple[float, float] = landscape(A4)
    side_margin: float = 15 * mm
    first_name_size: float = 72  # points, reduced until the name fits the width
    last_name_size: float = 44
    detail_size: float = 14
    footer_size: float = 9
    name_baseline: float = 0.56  # of the half height, from the table edge
    footer_baseline: float = 11 * mm


TENT = TentLayout()


def build_chevalets(s: Session, session_id: int) -> ChevaletsData:
    """A card per active learner (sorted by name), then one per trainer of the session."""
    session = load_session(s, session_id)
    cards = [NameCard(p.first_name, p.last_name.upper(), p.detail) for p in learners(s, session_id)]
    trainers = {t.key: t for people in slot_trainers(s, session).values() for t in people}
    cards += [NameCard(t.first_name, t.last_name.upper(), t.detail) for t in trainers.values()]
    return ChevaletsData(
        organisation=organisation_info(s),
        session_code=session.code,
        course_title=session.course.title,
        dates=fmt.date_range_long(session.start_date, session.end_date),
        cards=tuple(cards),
    )


def _fitted(text: str, font: str, size: float, width: float) -> float:
    """The largest size up to ``size`` at which ``text`` fits ``width``."""
    used = stringWidth(text, font, size)
    return size if used <= width else max(8.0, size * width / used)


def _half(canvas: Canvas, card: NameCard, data: ChevaletsData) -> None:
    """One face of the tent, drawn with y = 0 on the table edge and y = half height at the fold."""
    width, height = TENT.page[0], TENT.page[1] / 2
    usable = width - 2 * TENT.side_margin
    centre = width / 2
    y = height * TENT.name_baseline
    first = _fitted(card.first_name, LAYOUT.font_bold, TENT.first_name_size, usable)
    canvas.setFillColor(LAYOUT.accent)
    canvas.setFont(LAYOUT.font_bold, first)
    canvas.drawCentredString(centre, y, card.first_name)
    last = _fitted(card.last_name, LAYOUT.font_bold, TENT.last_name_size, usable)
    y -= last * 1.25
    canvas.setFillColor("#202630")
    canvas.setFont(LAYOUT.font_bold, last)
    canvas.drawCentredString(centre, y, card.last_name)
    if card.detail:
        canvas.setFillColor(LAYOUT.muted)
        canvas.setFont(LAYOUT.font, TENT.detail_size)
        canvas.drawCentredString(centre, y - TENT.detail_size * 1.8, card.detail)
    footer = " · ".join(p for p in (data.organisation.name, data.course_title) if p)
    size = _fitted(footer, LAYOUT.font, TENT.footer_size, usable)
    canvas.setFillColor(LAYOUT.muted)
    canvas.setFont(LAYOUT.font, size)
    canvas.drawCentredString(centre, TENT.footer_baseline, footer)


def render_chevalets_pdf(data: ChevaletsData, out: Path) -> Path:
    """One folded name tent per card, as a PDF at ``out``."""
    register_fonts()
    width, height = TENT.page
    with atomic_path(out) as temp:
        canvas = Canvas(str(temp), pagesize=TENT.page, pageCompression=1)
        canvas.setTitle(f"Chevalets – {data.course_title}")
        canvas.setAuthor(data.organisation.name)
        canvas.setCreator("Formadesk")
        canvas.setSubject(f"Session {data.session_code}")
        for card in data.cards:
            _half(canvas, card, data)  # lower half, right way up
            canvas.saveState()
            canvas.translate(width, height)
            canvas.rotate(180)  # upper half: upside down, to read from the other side
            _half(canvas, card, data)
            canvas.restoreState()
            canvas.setStrokeColor(LAYOUT.rule)
            canvas.setDash(4, 4)
            canvas.line(8 * mm, height / 2, width - 8 * mm, height / 2)
            canvas.setFont(LAYOUT.font, 6.5)
            canvas.setFillColor(LAYOUT.muted)
            canvas.drawString(8 * mm, height / 2 + 2, "Plier ici")
            canvas.showPage()
        canvas.save()
    return out


DOCX_TEMPLATE: list[Block] = [
    Page(landscape=TENT.page[0] > TENT.page[1]),  # the sheet of the PDF, folded the same way
    Para("{%p for card in cards %}"),
    Para("{%p if not loop.first %}"),
    PageBreak(),
    Para("{%p endif %}"),
    Para("{{ card.first_name }}", bold=True, align="center", size=60),
    Para("{{ card.last_name }}", bold=True, align="center", size=40),
    Para("{{ card.detail }}", align="center", size=14),
    Para("{{ organisation.name }} · {{ course_title }}", align="center", size=9),
    Para("{%p endfor %}"),
]

KIND = register(
    DocumentKind(
        key=KEY,
        label="Chevalets",
        plural="Chevalets",
        scope="session",
        builder=build_chevalets,
        renderers={"pdf": render_chevalets_pdf, "docx": docx_renderer(KEY)},
    )
)
