"""A slot takes its session's modality unless told: a remote slot needs no room."""

from __future__ import annotations

from formadesk.core.documents.engine.builders import slot_lines
from formadesk.core.model import TrainingSession
from formadesk.core.services.sessions import SessionData, SlotData

from .planning_factories import DAY, T, make_plan


def _save(office, course: int, modality: str, slots: list[SlotData]) -> int:
    data = SessionData(
        course_id=course, start_date=DAY, end_date=DAY, modality=modality, slots=slots
    )
    return office.sessions.save(data, confirm=True)


def test_a_remote_sessions_slot_saved_without_modality_is_remote_and_needs_no_room(office):
    plan = make_plan(office)
    session_id = _save(office, plan.course, "distanciel", [SlotData(DAY, T(9), T(12, 30))])
    assert [s.modality for s in office.sessions.get(session_id).slots] == ["distanciel"]
    assert "slot_without_room" not in plan.kinds()
    with office.database.reading() as s:
        lines = slot_lines(s, s.get(TrainingSession, session_id))
    assert [line.place for line in lines] == ["À distance"]  # not « À préciser »


def test_an_on_site_sessions_slot_without_room_is_still_said(office):
    plan = make_plan(office)
    session_id = _save(office, plan.course, "presentiel", [SlotData(DAY, T(9), T(12, 30))])
    assert [s.modality for s in office.sessions.get(session_id).slots] == ["presentiel"]
    assert "slot_without_room" in plan.kinds()


def test_a_mixed_session_keeps_each_slots_own_modality(office):
    plan = make_plan(office)
    slots = [
        SlotData(DAY, T(9), T(12, 30), modality="distanciel"),
        SlotData(DAY, T(13, 30), T(17)),
    ]
    session_id = _save(office, plan.course, "mixte", slots)
    saved = office.sessions.get(session_id).slots
    assert sorted(s.modality for s in saved) == ["distanciel", "presentiel"]
    without_room = [c for c in office.planning.check(DAY, DAY) if c.kind == "slot_without_room"]
    assert len(without_room) == 1  # the afternoon on site only
