"""The one rule of attended minutes, on plain values (the attendance sheet shows unsaved marks)."""

from __future__ import annotations

from formadesk.core.services.attendance import Mark
from formadesk.core.services.attended_hours import minutes_of

from .attendance_factories import TODAY, held_session


def test_minutes_of_matches_what_the_database_counts(office):
    held = held_session(office)
    durand, martin, petit = held.enrollments
    entered = [
        (durand, "present", None),
        (martin, "retard", 150),
        (petit, "absent_excuse", None),
    ]
    slot = held.slots[0]
    office.attendance.save(
        held.session_id, [Mark(e, slot, s, m) for e, s, m in entered], today=TODAY
    )
    grid = office.attendance.grid(held.session_id, today=TODAY)
    planned = grid.half_days[0].planned_minutes
    for enrollment_id, status, minutes in entered:
        assert minutes_of(status, minutes, planned) == grid.cell(enrollment_id, slot).attended
    assert [minutes_of(None, None, planned), minutes_of("present", None, planned)] == [0, 210]
