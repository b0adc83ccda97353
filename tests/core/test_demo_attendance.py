"""The demo's attendance: a new user meets every state of a half-day, and every chain verifies."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from formadesk.core.demo import build_demo
from formadesk.core.model import Signature, Slot
from formadesk.core.office import Office

TODAY = dt.date(2026, 12, 3)  # a Thursday


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo-attendance") / "demo.sqlite3"
    build_demo(path, "small", today=TODAY)
    return path


@pytest.fixture
def demo(demo_path: Path):
    office = Office.open(demo_path, create=False)
    yield office
    office.close(backup_if_changed=False)


def _running_today(office: Office, day: dt.date = TODAY) -> int:
    today = office.attendance.day(day)
    assert today, "« Aujourd'hui » shows at least one half-day"
    return today[0].session_id


def test_today_shows_a_session_being_signed(demo: Office) -> None:
    morning = next(h for h in demo.attendance.day(TODAY) if not h.half_day.afternoon)
    assert morning.half_day.room_name and morning.half_day.trainers
    signed = [e for e in morning.expected if e.signed]
    assert signed and morning.not_signed, "some signed on screen, some still to sign"
    assert any(e.cell is not None and e.cell.status == "absent" for e in morning.expected)


def test_the_running_session_shows_every_state(demo: Office) -> None:
    grid = demo.attendance.grid(_running_today(demo), today=TODAY)
    statuses = {cell.status for cell in grid.cells.values()}
    assert {
        "present",
        "absent",
        "absent_excuse",
        "retard",
        "depart_anticipe",
        "abandon",
    } <= statuses
    partial = [c for c in grid.cells.values() if c.status in ("retard", "depart_anticipe")]
    assert all(0 < c.minutes < 210 and c.attended == c.minutes for c in partial)
    held = grid.held()
    assert {h.evidence for h in held if h.date < TODAY} == {"scan", "signature", ""}
    assert {t.status for h in held for t in h.trainers} >= {"present", ""}
    assert any(t.signed for h in held for t in h.trainers)


def test_an_abandon_has_a_date_a_reason_and_later_half_days_follow(demo: Office) -> None:
    grid = demo.attendance.grid(_running_today(demo), today=TODAY)
    gone = [p for p in grid.learners if p.status == "abandon"]
    assert gone and gone[0].dropped_on and gone[0].drop_reason
    later = [h for h in grid.half_days if h.date > gone[0].dropped_on]
    assert later
    cells = [grid.cell(gone[0].enrollment_id, h.slot_id) for h in later]
    assert [c.status if c else None for c in cells] == ["abandon"] * len(later)
    assert all(c.note == gone[0].drop_reason for c in cells if c)


def test_an_excused_absence_carries_its_justification(demo: Office) -> None:
    grid = demo.attendance.grid(_running_today(demo), today=TODAY)
    excused = [c for c in grid.cells.values() if c.justification_id is not None]
    assert excused and all(c.status == "absent_excuse" for c in excused)
    name, media_type, data = demo.attendance.attachment(excused[0].justification_id)
    assert name.endswith(".pdf") and media_type == "application/pdf"
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    assert any(c.status == "absent" and c.justification_id is None for c in grid.cells.values())


def test_scanned_half_days_have_their_sheet(demo: Office) -> None:
    session_id = _running_today(demo)
    scans = demo.attendance.scans(session_id)
    assert scans
    _attachment_id, name, _added, slot_ids = scans[0]
    assert name.endswith(".pdf") and slot_ids
    _name, _type, data = demo.attendance.attachment(scans[0][0])
    assert len(PdfReader(io.BytesIO(data)).pages) == 1


def test_every_signed_session_verifies_and_stores_png_images(demo: Office) -> None:
    with demo.database.reading() as s:
        signed_sessions = set(
            s.scalars(select(Slot.session_id).join(Signature, Signature.slot_id == Slot.id))
        )
    assert signed_sessions
    for session_id in signed_sessions:
        verification = demo.attendance.verify(session_id)
        assert verification.ok, verification.summary
        assert verification.signatures > 0
    stored = demo.attendance.signatures(_running_today(demo))
    assert any(sig.trainer_id for sig in stored), "the trainer signs and closes a half-day"
    assert all(sig.image.startswith(b"\x89PNG") for sig in stored)


def test_missing_evidence_lists_recent_half_days(demo: Office) -> None:
    missing = demo.attendance.missing_evidence(today=TODAY, since=TODAY - dt.timedelta(days=20))
    before_today = [m for m in missing if m.date < TODAY]
    assert before_today
    assert any("ni signature" in m.text for m in before_today)


@pytest.mark.parametrize("day", [dt.date(2026, 12, 27), dt.date(2026, 8, 15)])
def test_today_has_content_even_on_a_closed_day(tmp_path: Path, day: dt.date) -> None:
    """A Sunday in the Christmas closure, a bank holiday in August: « Aujourd'hui » is not empty."""
    build_demo(tmp_path / "demo.sqlite3", "small", today=day)
    office = Office.open(tmp_path / "demo.sqlite3", create=False)
    try:
        session_id = _running_today(office, day)
        assert office.attendance.verify(session_id).ok
    finally:
        office.close(backup_if_changed=False)
