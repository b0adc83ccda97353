"""PDF of the feuille d'émargement signée, registered as the kind « emargement_signe ».

Each half-day is a table: the name, the signature image drawn from its PNG bytes (scaled into
the cell, aspect kept) with the time it was given under it, or the status of a non-signer.
Every page ends with the verification of the SHA-256 chains and the last digest of each
half-day shown on that page, so that a page printed alone still carries its evidence.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ...files import atomic_path
from ..engine.layout import LAYOUT, register_fonts, styles
from ..engine.pdf import para
from ..engine.registry import DocumentKind, register
from ..lists.page import SHEET, _Decor, _Numbered, content_width, facts_table, page_size
from .signed_data import SignedHalfDay, SignedLine, SignedSheetData, build_signed_sheet

KEY = "emargement_signe"
TITLE = "Feuille d'émargement signée"
PROOF_HEIGHT = 17 * mm  # verification lines above the usual footer
IMAGE_BOX = (42 * mm, 12 * mm)
ROW_HEIGHT = IMAGE_BOX[1] + 3 * mm
NOTICE = (
    "Signatures recueillies à l'écran, demi-journée par demi-journée. Chaque signature est "
    "enregistrée avec son signataire, la demi-journée et l'heure, et scellée par une empreinte "
    "SHA-256 chaînée à la précédente : toute modification ultérieure est détectée."
)


class _HalfDayMark(Flowable):
    """Zero-size marker: tells the page footer which half-day starts (or ends) here."""

    def __init__(self, tracker: _Proof, half_day: SignedHalfDay | None):
        super().__init__()
        self.tracker, self.half_day = tracker, half_day
        self.width = self.height = 0

    def wrap(self, _w: float, _h: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.tracker.mark(self.half_day)


class _Proof:
    """Draws the sheet decor and, at the end of each page, the verification and digests."""

    def __init__(self, data: SignedSheetData):
        self.data = data
        self.decor = _Decor(data.organisation, TITLE, page_size(False))
        self.open: SignedHalfDay | None = None  # begun on an earlier page, not finished
        self.on_page: list[SignedHalfDay] = []

    def mark(self, half_day: SignedHalfDay | None) -> None:
        if half_day is None:
            self.open = None
        else:
            self.open = half_day
            self.on_page.append(half_day)

    def page_start(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self.decor(canvas, doc)
        self.on_page = [self.open] if self.open else []

    def page_end(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        digests = " · ".join(f"{h.label} : {h.short_digest}" for h in self.on_page)
        text = f"<b>{escape(self.data.verification_line)}</b>"
        if digests:
            text += f"<br/>Dernière empreinte de chaque demi-journée de la page : {escape(digests)}"
        paragraph = Paragraph(text, styles()["footer"])
        width = content_width(False)
        _, h = paragraph.wrapOn(canvas, width, PROOF_HEIGHT)
        top = SHEET.margin + SHEET.footer_height + PROOF_HEIGHT - 2 * mm
        paragraph.drawOn(canvas, SHEET.margin, top - min(h, PROOF_HEIGHT))


def signature_image(png: bytes) -> Image | str:
    """The signature scaled into ``IMAGE_BOX`` (drawImage of the PNG bytes by reportlab)."""
    try:
        reader = ImageReader(BytesIO(png))
        reader.getRGBData()  # decode it all now: a damaged image fails here, not mid-print
        width, height = reader.getSize()
    except Exception:  # an unreadable image is shown as such, the sheet is still printed
        return "(image illisible : modifiée ou endommagée)"
    scale = min(IMAGE_BOX[0] / width, IMAGE_BOX[1] / height)
    return Image(BytesIO(png), width * scale, height * scale)


def _line_cells(line: SignedLine) -> list:
    st = styles()
    role = '<br/><font size="7" color="#5A6270">Formateur / formatrice</font>'
    name = Paragraph(f"<b>{escape(line.name)}</b>{role if line.is_trainer else ''}", st["cell"])
    if line.image is None:
        return [name, "", Paragraph(f"<i>{escape(line.status)}</i>", st["small"])]
    details = escape(line.when) + (f"<br/>{escape(line.status)}" if line.status else "")
    return [name, signature_image(line.image), Paragraph(details, st["small"])]


def half_day_table(half_day: SignedHalfDay) -> Table:
    width = content_width(False)
    head = [Paragraph(f"<b>{h}</b>", styles()["cell_head"]) for h in ("Nom", "Signature", "")]
    head[2] = Paragraph("<b>Heure de signature ou statut</b>", styles()["cell_head"])
    cells = [head, *(_line_cells(line) for line in half_day.lines)]
    widths = [0.34 * width, 0.33 * width, 0.33 * width]
    heights = [None] + [ROW_HEIGHT] * len(half_day.lines)
    table = Table(cells, widths, heights, repeatRows=1, hAlign="LEFT")
    first_trainer = next(
        (i for i, line in enumerate(half_day.lines, start=1) if line.is_trainer), None
    )
    commands = [
        ("GRID", (0, 0), (-1, -1), SHEET.grid_line, LAYOUT.rule),
        ("BACKGROUND", (0, 0), (-1, 0), LAYOUT.header_fill),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (1, -1), "CENTER"),
        ("TOPPADDING", (0, 1), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5),
    ]
    if first_trainer is not None:
        commands.append(("LINEABOVE", (0, first_trainer), (-1, first_trainer), 1.4, LAYOUT.accent))
        commands.append(("BACKGROUND", (0, first_trainer), (-1, -1), LAYOUT.stripe_fill))
    table.setStyle(TableStyle(commands))
    return table


def _story(data: SignedSheetData, proof: _Proof) -> list[Flowable]:
    pairs = [
        ("Formation", data.course_title),
        ("Session", data.session_code),
        ("Dates", data.dates),
        ("Lieu", data.place),
    ]
    story: list[Flowable] = [
        para(TITLE, "title"),
        facts_table(pairs, content_width(False)),
        Spacer(1, 1.5 * mm),
        para(NOTICE, "small"),
    ]
    for half_day in data.half_days:
        story += [
            CondPageBreak(45 * mm),
            _HalfDayMark(proof, half_day),
            Spacer(1, 3 * mm),
            para(f"{half_day.label} — {half_day.times} — {half_day.place}", "table_heading"),
            half_day_table(half_day),
            _HalfDayMark(proof, None),
        ]
    if data.breaks:
        story += [
            Spacer(1, 4 * mm),
            para("Vérification des signatures : modifications détectées", "table_heading"),
            *(para(f"• {text}", "small") for text in data.breaks),
        ]
    if data.unsigned:
        story += [
            Spacer(1, 4 * mm),
            para("Demi-journées sans signature à l'écran", "table_heading"),
            *(para(f"• {text}", "small") for text in data.unsigned),
        ]
    return story


def render_signed_sheet_pdf(data: SignedSheetData, out: Path) -> Path:
    """Write the signed sheet of ``data`` as a PDF at ``out`` (replaced once complete)."""
    register_fonts()
    width, height = page_size(False)
    bottom = SHEET.margin + SHEET.footer_height + PROOF_HEIGHT
    frame = Frame(
        SHEET.margin,
        bottom,
        width - 2 * SHEET.margin,
        height - SHEET.margin - SHEET.header_height - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    proof = _Proof(data)
    with atomic_path(out) as temp:
        doc = BaseDocTemplate(
            str(temp),
            pagesize=(width, height),
            title=TITLE,
            author=data.organisation.name,
            subject=f"{data.course_title} – session {data.session_code}",
            creator="Formadesk",
            lang="fr-FR",
            initialFontName=LAYOUT.font,
            initialFontSize=LAYOUT.body_size,
        )
        template = PageTemplate(
            "signed", [frame], onPage=proof.page_start, onPageEnd=proof.page_end
        )
        doc.addPageTemplates([template])
        doc.build(_story(data, proof), canvasmaker=_Numbered)
    return out


KIND = register(
    DocumentKind(
        key=KEY,
        label=TITLE,
        plural="Feuilles d'émargement signées (à l'écran)",
        scope="session",
        builder=build_signed_sheet,
        renderers={"pdf": render_signed_sheet_pdf},
        dated_each_issue=True,  # a snapshot of the signatures and of their verification
    )
)
