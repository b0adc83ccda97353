"""Evidence files of the demo: a scanned sheet, a medical certificate, signature scribbles.

Each file is generated once per process (small, deterministic) and reused for every row that
needs one, so that the large demo stays fast and small: a one-page PDF made with reportlab for
the scans and the justifications, a few PNG scribbles drawn with Pillow for the signatures.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import random

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ..services.attendance.signatures import GENESIS, compute_digest, signer_key
from .context import Context

SCRIBBLES = 6


def _one_page_pdf(title: str, lines: tuple[str, ...]) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=1, invariant=1)
    pdf.setTitle(title)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(60, 780, title)
    pdf.setFont("Helvetica", 11)
    for index, line in enumerate(lines):
        pdf.drawString(60, 740 - 18 * index, line)
    pdf.rect(60, 300, 475, 380)
    pdf.drawString(70, 660, "Signatures des apprenants et du formateur (scan de démonstration)")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@functools.cache
def scan_pdf() -> bytes:
    """A scanned attendance sheet (the same page for every half-day of the demo)."""
    return _one_page_pdf(
        "Feuille d'émargement signée",
        ("Document scanné de la base de démonstration.", "Une demi-journée par ligne."),
    )


@functools.cache
def justification_pdf() -> bytes:
    """A medical certificate justifying an absence."""
    return _one_page_pdf(
        "Avis d'arrêt de travail",
        ("Justificatif d'absence de la base de démonstration.", "Certificat médical."),
    )


@functools.cache
def scribbles() -> tuple[bytes, ...]:
    """A few signatures drawn as PNG (grey strokes on white), as a mouse or stylus would."""
    images = []
    for number in range(SCRIBBLES):
        rng = random.Random(number)
        image = Image.new("L", (240, 80), 255)
        draw = ImageDraw.Draw(image)
        x, y = 15.0, 40.0 + rng.uniform(-10, 10)
        points = [(x, y)]
        while x < 220:
            x += rng.uniform(6, 18)
            y = min(70.0, max(10.0, y + rng.uniform(-22, 22)))
            points.append((x, y))
        draw.line(points, fill=30, width=3, joint="curve")
        draw.line([(20, 66), (rng.uniform(120, 220), 62)], fill=60, width=2)
        buffer = io.BytesIO()
        image.save(buffer, "PNG", optimize=True)
        images.append(buffer.getvalue())
    return tuple(images)


def add_attachment(ctx: Context, filename: str, data: bytes, added_at: dt.datetime) -> int:
    """Queue one kept file; returns its id."""
    attachment_id = ctx.new_id("attachments")
    ctx.add(
        "attachments",
        {
            "id": attachment_id,
            "filename": filename,
            "media_type": "application/pdf",
            "size": len(data),
            "sha256": _sha256(data),
            "data": data,
            "added_at": added_at,
        },
    )
    return attachment_id


@functools.cache
def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Chain:
    """The on-screen signatures of one half-day, chained as ``services.attendance`` does."""

    def __init__(self, ctx: Context, slot_id: int):
        self.ctx = ctx
        self.slot_id = slot_id
        self.previous = GENESIS

    def sign(
        self,
        signed_at: dt.datetime,
        name: str,
        *,
        enrollment_id: int | None = None,
        trainer_id: int | None = None,
    ) -> None:
        image = self.ctx.rng.choice(scribbles())
        digest = compute_digest(
            image,
            signer_key(enrollment_id, trainer_id, name),
            self.slot_id,
            signed_at,
            self.previous,
        )
        self.ctx.add(
            "signatures",
            {
                "id": self.ctx.new_id("signatures"),
                "slot_id": self.slot_id,
                "enrollment_id": enrollment_id,
                "trainer_id": trainer_id,
                "signer_name": name,
                "signed_at": signed_at,
                "image": image,
                "previous_digest": self.previous,
                "digest": digest,
            },
        )
        self.previous = digest
