"""« Preuves de présence »: all the signed evidence of a session in one PDF, for an audit.

A cover page says what is included (the feuille d'émargement signée à l'écran, every scanned
paper sheet with the half-days it covers, and the pages where each begins) and which held
half-days have no evidence (``missing_evidence``); then the signed sheet, then each scan: a
PDF's pages appended as they are (pypdf), an image (PNG, JPEG, TIFF, each frame) placed on an
A4 page with its file name.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageSequence
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import formatting as fmt
from ...errors import BusinessRuleError
from ...files import atomic_path
from ...model import Slot
from ...services.attendance.evidence import missing_evidence, read_attachment, scans_of_session
from ...services.attendance.signatures import signatures_of_session
from ...services.attended_hours import half_day_label
from ..engine.builders import load_session, organisation_info
from ..engine.data import OrganisationInfo
from ..engine.layout import LAYOUT, register_fonts
from ..engine.pdf import para
from ..engine.registry import DocumentKind, register
from ..lists.page import content_width, facts_table, write_sheet
from .signed_data import SignedSheetData, build_signed_sheet
from .signed_pdf import render_signed_sheet_pdf

KEY = "preuves_presence"
TITLE = "Preuves de présence"
SCAN_MARGIN = 10 * mm


@dataclass(frozen=True)
class ScanFile:
    """One scanned paper sheet kept in the database."""

    name: str
    media_type: str
    data: bytes
    added: str  # « 03/11/2026 »
    half_days: tuple[str, ...]  # « lundi 2 novembre 2026 matin » …


@dataclass(frozen=True)
class EvidencePackData:
    organisation: OrganisationInfo
    session_code: str
    course_title: str
    dates: str
    sheet: SignedSheetData | None  # None when nobody signed on screen
    scans: tuple[ScanFile, ...]
    missing: tuple[str, ...]  # « lundi 2 novembre 2026 matin : ni signature … »
    made_on: str


def build_evidence_pack(
    s: Session, session_id: int, *, today: dt.date | None = None
) -> EvidencePackData:
    """The signed sheet, every scan and the gaps of a session; refused when there is none."""
    session = load_session(s, session_id)
    day = today or dt.date.today()
    sheet = (
        build_signed_sheet(s, session_id, today=day)
        if signatures_of_session(s, session_id)
        else None
    )
    slots = {slot.id: slot for slot in s.scalars(select(Slot).where(Slot.session_id == session_id))}
    scans = []
    for attachment_id, _name, added, slot_ids in scans_of_session(s, session_id):
        name, media_type, data = read_attachment(s, attachment_id)
        labels = tuple(half_day_label(slots[i]) for i in slot_ids if i in slots)
        scans.append(ScanFile(name, media_type, data, fmt.date_short(added.date()), labels))
    if sheet is None and not scans:
        raise BusinessRuleError(
            f"La session {session.code} n'a encore aucune preuve de présence : ni signature à "
            "l'écran ni feuille scannée. Faites signer en mode signature, ou joignez le scan "
            "des feuilles papier signées depuis la grille de présence."
        )
    missing = tuple(f"{gap.half_day} : {gap.text}" for gap in missing_evidence(s, day, session_id))
    return EvidencePackData(
        organisation=organisation_info(s),
        session_code=session.code,
        course_title=session.course.title,
        dates=fmt.date_range_long(session.start_date, session.end_date),
        sheet=sheet,
        scans=tuple(scans),
        missing=missing,
        made_on=fmt.date_long(day),
    )


def _image_pages(scan: ScanFile, out: BytesIO) -> None:
    """Each frame of an image scan on its own A4 page (turned to fit), captioned."""
    register_fonts()
    canvas = Canvas(out)
    with Image.open(BytesIO(scan.data)) as image:
        for frame in ImageSequence.Iterator(image):
            picture = frame.convert("RGB")
            width, height = picture.size
            size = landscape(A4) if width > height else A4
            canvas.setPageSize(size)
            canvas.setFont(LAYOUT.font, LAYOUT.small_size + 1)
            canvas.drawString(SCAN_MARGIN, size[1] - SCAN_MARGIN + 2, f"Scan : {scan.name}")
            box_w = size[0] - 2 * SCAN_MARGIN
            box_h = size[1] - 2 * SCAN_MARGIN - 4 * mm
            scale = min(box_w / width, box_h / height)
            w, h = width * scale, height * scale
            x, y = (size[0] - w) / 2, SCAN_MARGIN + (box_h - h) / 2
            canvas.drawImage(ImageReader(picture), x, y, w, h)
            canvas.showPage()
    canvas.save()


def scan_pdf(scan: ScanFile) -> PdfReader:
    """The pages of one scan, or a French refusal naming the damaged file."""
    try:
        if scan.media_type == "application/pdf":
            return PdfReader(BytesIO(scan.data))
        out = BytesIO()
        _image_pages(scan, out)
        return PdfReader(BytesIO(out.getvalue()))
    except (PyPdfError, OSError, ValueError) as error:
        raise BusinessRuleError(
            f"Le scan « {scan.name} » est illisible ({error}) : joignez-le de nouveau depuis "
            "la grille de présence, puis recommencez."
        ) from None


def _cover(data: EvidencePackData, contents: list[str], out: Path) -> int:
    width = content_width(False)
    pairs = [
        ("Formation", data.course_title),
        ("Session", data.session_code),
        ("Dates", data.dates),
        ("Établi le", data.made_on),
    ]
    story: list[Flowable] = [
        para(TITLE, "title"),
        facts_table(pairs, width),
        Spacer(1, 4 * mm),
        para("Pièces réunies dans ce document", "table_heading"),
        *(para(f"• {line}", "body") for line in contents),
        Spacer(1, 4 * mm),
        para("Demi-journées sans preuve complète", "table_heading"),
    ]
    if data.missing:
        story += [para(f"• {line}", "body") for line in data.missing]
    else:
        story.append(para("Aucune : chaque demi-journée tenue a sa preuve.", "body"))
    if data.sheet is not None:
        story += [Spacer(1, 4 * mm), para(data.sheet.verification_line, "small")]
    write_sheet(out, story, data.organisation, title=TITLE, subject=data.session_code)
    return len(PdfReader(out).pages)


def _contents(
    data: EvidencePackData, sheet_pages: int, scan_pages: list[int], start: int
) -> list[str]:
    lines, page = [], start
    if data.sheet is not None:
        count = fmt.plural(len(data.sheet.half_days), "demi-journée", "demi-journées")
        lines.append(f"Feuille d'émargement signée à l'écran ({count}) : page {page}")
        page += sheet_pages
    else:
        lines.append("Aucune signature à l'écran pour cette session.")
    for scan, pages in zip(data.scans, scan_pages, strict=True):
        covers = ", ".join(scan.half_days)
        lines.append(
            f"Feuille papier scannée « {scan.name} » (jointe le {scan.added} ; {covers}) : "
            f"{'page' if pages == 1 else 'pages'} {page}"
            + (f" à {page + pages - 1}" if pages > 1 else "")
        )
        page += pages
    if not data.scans:
        lines.append("Aucune feuille papier scannée pour cette session.")
    return lines


def render_evidence_pack_pdf(data: EvidencePackData, out: Path) -> Path:
    """Cover, signed sheet and scans as one PDF at ``out`` (replaced once complete)."""
    readers = [scan_pdf(scan) for scan in data.scans]
    with tempfile.TemporaryDirectory(prefix="formadesk-") as folder:
        sheet_path = Path(folder) / "sheet.pdf"
        sheet_pages = 0
        if data.sheet is not None:
            render_signed_sheet_pdf(data.sheet, sheet_path)
            sheet_pages = len(PdfReader(sheet_path).pages)
        scan_pages = [len(reader.pages) for reader in readers]
        cover_path = Path(folder) / "cover.pdf"
        cover_pages = 1
        while True:  # the page numbers in the list depend on the cover's own length
            contents = _contents(data, sheet_pages, scan_pages, cover_pages + 1)
            made = _cover(data, contents, cover_path)
            if made == cover_pages:
                break
            cover_pages = made
        writer = PdfWriter()
        writer.append(str(cover_path))
        if data.sheet is not None:
            writer.append(str(sheet_path))
        for reader in readers:
            writer.append(reader)
        writer.add_metadata({"/Title": f"{TITLE} – {data.session_code}", "/Creator": "Formadesk"})
        with atomic_path(out) as temp, temp.open("wb") as handle:
            writer.write(handle)
        writer.close()
    return out


KIND = register(
    DocumentKind(
        key=KEY,
        label=TITLE,
        plural="Preuves de présence (signatures et scans)",
        scope="session",
        builder=build_evidence_pack,
        renderers={"pdf": render_evidence_pack_pdf},
        dated_each_issue=True,  # a snapshot of the evidence kept so far
    )
)
