"""A two-day session held in November 2026, signed on screen, for the attendance documents."""

from __future__ import annotations

import datetime as dt
import io
import subprocess

from PIL import Image, ImageDraw

from formadesk.core.office import Office
from formadesk.core.services.attendance import Mark
from tests.core.attendance_factories import Held, held_session

START = dt.date(2026, 11, 2)  # Monday: 9h00–12h30 and 13h30–17h00, Monday and Tuesday
AFTER = dt.date(2026, 11, 10)


def png(stroke: int = 0) -> bytes:
    """A small signature drawn as a PNG (each ``stroke`` gives a different image)."""
    image = Image.new("RGB", (150, 50), "white")
    ImageDraw.Draw(image).line([(5, 40), (40, 10), (80, 35), (145, 5 + stroke)], "navy", 3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def signed_at(k: int, minute: int) -> dt.datetime:
    """The time of a signature on half-day ``k`` (0 = Monday morning)."""
    day = START + dt.timedelta(days=k // 2)
    return dt.datetime.combine(day, dt.time(9 if k % 2 == 0 else 13, minute))


def signed_session(office: Office, half_days: int = 4) -> Held:
    """Durand signs every half-day, Martin all but Monday afternoon (excused), Petit is absent
    throughout; the trainer signs last and closes each of the first ``half_days``."""
    held = held_session(office, START)
    durand, martin, petit = held.enrollments
    for k, slot in enumerate(held.slots[:half_days]):
        office.attendance.sign(slot, png(k), enrollment_id=durand, now=signed_at(k, 2))
        if k != 1:
            office.attendance.sign(slot, png(k + 9), enrollment_id=martin, now=signed_at(k, 3))
        office.attendance.sign(slot, png(k + 20), trainer_id=held.trainer_id, now=signed_at(k, 5))
    marks = [Mark(petit, slot, "absent") for slot in held.slots]
    marks.append(Mark(martin, held.slots[1], "absent_excuse"))
    office.attendance.save(held.session_id, marks, today=AFTER)
    return held


def pdf_text(path) -> str:
    args = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return " ".join(subprocess.run(args, capture_output=True, check=True, text=True).stdout.split())


def pdf_rows(path) -> list[str]:
    """The PDF's lines as laid out (table rows stay rows), without spaces: pdftotext drops
    some narrow spaces (« 1 h » comes out « 1h »)."""
    args = ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"]
    out = subprocess.run(args, capture_output=True, check=True, text=True).stdout
    return ["".join(line.split()) for line in out.splitlines() if line.strip()]


def squashed(text: str) -> str:
    """``text`` without spaces, to look for in ``pdf_rows``."""
    return "".join(text.split())
