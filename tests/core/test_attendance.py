"""Attendance in the core: marks in bulk, drop-outs, evidence, signatures, rates."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image

from formadesk.core.errors import BusinessRuleError, ValidationError
from formadesk.core.services.attendance import Mark, TrainerPresence

from .attendance_factories import NOW, TODAY, held_session
from .factories import behind_the_back


def png(color: str = "black") -> bytes:
    image = Image.new("RGB", (60, 20), "white")
    image.putpixel((10, 10), (0, 0, 0) if color == "black" else (0, 0, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_a_batch_of_marks_is_saved_and_counted_by_the_one_function(office):
    held = held_session(office)
    durand, martin, petit = held.enrollments
    am, pm, *_ = held.slots
    office.attendance.save(
        held.session_id,
        [
            Mark(durand, am, "present"),
            Mark(durand, pm, "retard", minutes=180),
            Mark(martin, am, "absent"),
            Mark(petit, am, "depart_anticipe", minutes=120),
        ],
        [TrainerPresence(am, held.trainer_id, "present")],
        today=TODAY,
    )
    grid = office.attendance.grid(held.session_id, today=TODAY)
    assert grid.cell(durand, am).attended == 210
    assert grid.cell(durand, pm).attended == 180
    assert grid.cell(martin, am).attended == 0
    assert grid.attended_minutes(durand) == 390
    assert grid.planned_minutes(durand) == 2 * 210  # Monday; Tuesday is today, not entered
    assert grid.rate(durand) == pytest.approx(390 / 420)
    assert grid.half_days[0].trainers[0].status == "present"
    assert [p.name for p in grid.missing(grid.half_days[1])] == ["MARTIN Hugo", "PETIT Inès"]


def test_one_bad_mark_refuses_the_whole_batch_with_a_french_message(office):
    held = held_session(office)
    durand, martin, _ = held.enrollments
    am = held.slots[0]
    with pytest.raises(ValidationError) as error:
        office.attendance.save(
            held.session_id,
            [Mark(durand, am, "present"), Mark(martin, am, "retard", minutes=400)],
            today=TODAY,
        )
    assert "MARTIN Hugo" in str(error.value)
    assert "entre 1 et 209" in str(error.value)
    assert office.attendance.grid(held.session_id, today=TODAY).cells == {}


def test_the_future_cannot_be_marked(office):
    held = held_session(office)
    with pytest.raises(ValidationError, match="pas encore eu lieu"):
        office.attendance.save(
            held.session_id,
            [Mark(held.enrollments[0], held.slots[3], "present")],
            today=held.office.attendance.grid(held.session_id).half_days[0].date
            - dt.timedelta(days=1),
        )


def test_a_drop_out_marks_later_half_days_and_can_be_undone(office):
    held = held_session(office)
    durand = held.enrollments[0]
    first_day = office.attendance.grid(held.session_id, today=TODAY).half_days[0].date
    assert office.attendance.drop_out(durand, first_day, "Reprise d'emploi", today=TODAY) == 2
    grid = office.attendance.grid(held.session_id, today=TODAY)
    assert [grid.cell(durand, s).status for s in held.slots[2:]] == ["abandon", "abandon"]
    assert grid.learners[0].dropped_on == first_day
    with pytest.raises(ValidationError, match="abandonné le"):
        office.attendance.save(
            held.session_id, [Mark(durand, held.slots[2], "present")], today=TODAY
        )
    office.attendance.undo_drop_out(durand)
    assert office.attendance.grid(held.session_id, today=TODAY).cells == {}


def test_a_drop_out_needs_a_reason(office):
    held = held_session(office)
    with pytest.raises(ValidationError, match="motif"):
        office.attendance.drop_out(held.enrollments[0], TODAY, "  ", today=TODAY)


def test_a_scan_covers_several_half_days_and_refuses_what_is_not_a_scan(office, tmp_path):
    held = held_session(office)
    sheet = tmp_path / "emargement.pdf"
    sheet.write_bytes(b"%PDF-1.4\n% a scanned sheet\n")
    office.attendance.save(
        held.session_id, [Mark(e, held.slots[0], "present") for e in held.enrollments], today=TODAY
    )
    office.attendance.attach_scan(held.session_id, sheet, held.slots[:2], today=TODAY, now=NOW)
    grid = office.attendance.grid(held.session_id, today=TODAY)
    assert [h.evidence for h in grid.half_days] == ["scan", "scan", "", ""]
    assert grid.cell(held.enrollments[0], held.slots[0]).evidence == "scan"
    missing = office.attendance.missing_evidence(held.session_id, today=TODAY)
    assert [m.slot_id for m in missing] == held.slots
    assert missing[0].problems == ("présence du formateur non saisie",)
    assert "ni signature à l'écran ni feuille scannée" in missing[2].text
    text = tmp_path / "notes.txt"
    text.write_text("pas un scan")
    with pytest.raises(ValidationError, match="ni un PDF ni une image"):
        office.attendance.attach_scan(held.session_id, text, held.slots[:1], today=TODAY)


def test_a_justification_excuses_an_absence(office, tmp_path):
    held = held_session(office)
    martin = held.enrollments[1]
    office.attendance.save(held.session_id, [Mark(martin, held.slots[0], "absent")], today=TODAY)
    certificate = tmp_path / "arret.png"
    certificate.write_bytes(png())
    attachment = office.attendance.attach_justification(martin, held.slots[:1], certificate)
    cell = office.attendance.grid(held.session_id, today=TODAY).cell(martin, held.slots[0])
    assert (cell.status, cell.justification) == ("absent_excuse", "arret.png")
    assert office.attendance.attachment(attachment)[2] == png()


def test_signatures_chain_and_verification_points_at_an_altered_one(office):
    held = held_session(office)
    durand, martin, _ = held.enrollments
    pm = held.slots[3]  # Tuesday afternoon: today
    office.attendance.sign(pm, png(), enrollment_id=durand, now=NOW)
    office.attendance.sign(pm, png("blue"), enrollment_id=martin, now=NOW + dt.timedelta(minutes=1))
    office.attendance.sign(pm, png(), trainer_id=held.trainer_id, now=NOW + dt.timedelta(minutes=2))
    grid = office.attendance.grid(held.session_id, today=TODAY)
    assert grid.cell(durand, pm).evidence == "signature"
    assert grid.half_days[3].closed
    assert office.attendance.verify(held.session_id).ok
    with pytest.raises(BusinessRuleError, match="clos"):
        office.attendance.sign(pm, png(), enrollment_id=held.enrollments[2], now=NOW)
    with pytest.raises(BusinessRuleError, match="signé à l'écran"):
        office.attendance.save(held.session_id, [Mark(durand, pm, "absent")], today=TODAY)
    # Someone edits Martin's signature image in the file behind Formadesk's back.
    behind_the_back(
        office,
        "UPDATE signatures SET image = :image WHERE signer_name = 'MARTIN Hugo'",
        image=png(),
    )
    verification = office.attendance.verify(held.session_id)
    assert not verification.ok
    assert len(verification.breaks) == 1
    assert "MARTIN Hugo" in verification.summary
    assert "modifiés après la signature" in verification.summary


def test_removing_a_signature_is_detected(office):
    held = held_session(office)
    pm = held.slots[3]
    office.attendance.sign(pm, png(), enrollment_id=held.enrollments[0], now=NOW)
    behind_the_back(office, "DELETE FROM signatures")
    verification = office.attendance.verify(held.session_id)
    assert "DURAND Léa" in verification.summary
    assert "supprimée" in verification.summary


def test_signing_another_day_is_refused(office):
    held = held_session(office)
    with pytest.raises(BusinessRuleError, match="jour même"):
        office.attendance.sign(held.slots[0], png(), enrollment_id=held.enrollments[0], now=NOW)


def test_today_lists_who_is_expected_and_who_has_not_signed(office):
    held = held_session(office)
    pm = held.slots[3]
    office.attendance.sign(pm, png(), enrollment_id=held.enrollments[0], now=NOW)
    office.attendance.save(held.session_id, [Mark(held.enrollments[1], pm, "absent")], today=TODAY)
    day = office.attendance.day(TODAY)
    assert len(day) == 2
    afternoon = day[1]
    assert [p.name for p in afternoon.not_signed] == ["PETIT Inès"]
    assert afternoon.half_day.trainers[0].name == "Anne BERNARD"


def test_learner_rates(office):
    held = held_session(office)
    durand = held.enrollments[0]
    office.attendance.save(
        held.session_id, [Mark(durand, slot, "present") for slot in held.slots[:2]], today=TODAY
    )
    learner_id = office.attendance.grid(held.session_id, today=TODAY).learners[0].learner_id
    (rate,) = office.attendance.learner_rates(learner_id, today=TODAY)
    assert (rate.attended_minutes, rate.planned_minutes, rate.rate) == (420, 420, 1.0)
    (later,) = office.attendance.learner_rates(learner_id, today=TODAY + dt.timedelta(days=1))
    assert (later.planned_minutes, later.rate) == (840, 0.5)  # Tuesday is over: it counts


def test_reassigning_trainers_keeps_a_trainer_s_recorded_presence(office):
    held = held_session(office)
    am = held.slots[0]
    office.attendance.save(
        held.session_id, [], [TrainerPresence(am, held.trainer_id, "present")], today=TODAY
    )
    office.planning.assign_trainers([am], [held.trainer_id], confirm=True)
    grid = office.attendance.grid(held.session_id, today=TODAY)
    assert grid.half_days[0].trainers[0].status == "present"


def test_this_afternoon_does_not_lower_this_morning_s_rate(office):
    held = held_session(office)
    durand = held.enrollments[0]
    marks = [Mark(durand, slot, "present") for slot in held.slots[:3]]  # Tuesday morning too
    office.attendance.save(held.session_id, marks, today=TODAY)
    grid = office.attendance.grid(held.session_id, today=TODAY)
    assert grid.rate(durand) == 1.0  # Tuesday afternoon, not entered yet, is not counted


def test_a_half_day_not_begun_takes_no_mark_and_no_signature(office):
    held = held_session(office)
    pm = held.slots[3]  # Tuesday 13h30
    with pytest.raises(BusinessRuleError, match="commence à 13h30"):
        office.attendance.sign(
            pm, png(), enrollment_id=held.enrollments[0], now=dt.datetime(2027, 3, 2, 12, 40)
        )
    office.attendance.sign(  # half an hour early is fine: learners sign on arrival
        pm, png(), enrollment_id=held.enrollments[0], now=dt.datetime(2027, 3, 2, 13, 5)
    )
    from formadesk.core.services.attendance import marks

    slot = type("S", (), {"date": dt.date(2027, 3, 2), "start_time": dt.time(13, 30)})
    assert not marks.has_begun(slot, dt.datetime(2027, 3, 2, 12, 59))
    assert marks.has_begun(slot, dt.datetime(2027, 3, 2, 13, 0))


def test_this_afternoon_not_begun_is_no_missing_evidence_yet(office):
    from formadesk.core.services.sessions import SessionData, SlotData

    from .factories import make_course, make_learner

    today = dt.date.today()
    session_id = office.sessions.save(
        SessionData(
            course_id=make_course(office, hours=7),
            start_date=today,
            end_date=today,
            slots=[
                SlotData(today, dt.time(0, 0), dt.time(3, 30)),  # begun, whatever the hour
                SlotData(today, dt.time(23, 58), dt.time(23, 59)),  # not begun yet
            ],
        ),
        confirm=True,
    )
    office.enrollments.enroll(session_id=session_id, learner_id=make_learner(office))
    missing = office.attendance.missing_evidence(session_id)
    if dt.datetime.now().time() < dt.time(23, 28):  # the second half-day is not begun
        assert len(missing) == 1 and "matin" in missing[0].half_day
