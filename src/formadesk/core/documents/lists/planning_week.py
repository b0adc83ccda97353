"""The printable week sheet of the planning: A4 landscape, one column a day."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ...files import atomic_path
from ..engine.data import OrganisationInfo
from ..engine.layout import LAYOUT, register_fonts, styles

# (times, session code, course title, room, trainers)
SlotCell = tuple[str, str, str, str, str]
MARGIN = 12 * mm


def _cell(slots: list[SlotCell]) -> list[Paragraph]:
    st = styles()
    if not slots:
        return [Paragraph("<i>—</i>", st["small"])]
    parts = []
    for times, code, title, room, trainers in slots:
        text = (
            f"<b>{escape(times)}</b><br/>{escape(code)}<br/>{escape(title)}"
            + (f"<br/><i>{escape(room)}</i>" if room else "<br/><i>sans salle</i>")
            + (f"<br/>{escape(trainers)}" if trainers else "")
        )
        parts.append(Paragraph(text, st["small"]))
        parts.append(Spacer(1, 2 * mm))
    return parts


def render_week_pdf(
    out: Path, *, org: OrganisationInfo, title: str, columns: list[tuple[str, list[SlotCell]]]
) -> Path:
    """Write the week sheet; ``columns`` holds (day heading, slots of that day)."""
    register_fonts()
    st = styles()
    page = landscape(A4)
    width = page[0] - 2 * MARGIN
    col = width / len(columns)
    header = [Paragraph(f"<b>{escape(day)}</b>", st["small"]) for day, _s in columns]
    body = [_cell(slots) for _d, slots in columns]
    table = Table([header, body], colWidths=[col] * len(columns), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), LAYOUT.header_fill),
                ("GRID", (0, 0), (-1, -1), 0.5, LAYOUT.rule),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story = [
        Paragraph(f"<b>{escape(org.name)}</b> — {escape(title)}", st["title"]),
        Spacer(1, 4 * mm),
        table,
    ]
    with atomic_path(out) as temp:
        doc = SimpleDocTemplate(
            str(temp),
            pagesize=page,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=title,
            author=org.name,
            creator="Formadesk",
        )
        doc.build(story)
    return out
