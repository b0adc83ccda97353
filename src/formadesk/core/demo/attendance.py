"""Build step: attendance of learners and trainers per half-day, with its evidence.

Every state a user meets is there: present, absences (excused with a medical certificate
attached, or not), late arrivals and early departures with their minutes, abandons, trainer
presence; half-days evidenced by a scanned paper sheet, by signatures drawn on screen (chained
exactly as ``services.attendance.signatures`` chains them, so verification holds), or entered
without evidence. The session running today (``SessionRec.showcase``) shows all of them at once,
and today's morning is being signed. Rows go through the bulk writer: no ORM per row.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from . import reference
from .context import Context, EnrollmentRec, SessionRec, SlotRec
from .evidence import Chain, add_attachment, justification_pdf, scan_pdf

ATTENDANCE = (
    ("present", 900),
    ("retard", 30),
    ("depart_anticipe", 20),
    ("absent_excuse", 30),
    ("absent", 20),
)
STATUSES = [status for status, _weight in ATTENDANCE]
CUM_WEIGHTS = list(itertools.accumulate(weight for _status, weight in ATTENDANCE))
NOTES = {"absent_excuse": "Arrêt maladie", "retard": "Transports", "depart_anticipe": "Rendez-vous"}
ATTENDED = ("present", "retard", "depart_anticipe")
SIGNED_ON_SCREEN_DAYS = 45  # recent sessions: half of them signed on screen
SCAN_LATE_DAYS = 14  # the last sheets of a recent session are not scanned yet
JUSTIFIED_DAYS = 120  # older justifications stayed on paper
# What evidences a half-day (its "kind" in this module).
FUTURE, UNTYPED, BARE, SCAN, SIGNED, OPEN = "future", "untyped", "bare", "scan", "signed", "open"
ENTERED = (BARE, SCAN, SIGNED)


def _start(slot: SlotRec) -> dt.datetime:
    return dt.datetime.combine(slot.date, (reference.MORNING, reference.AFTERNOON)[slot.half][0])


def _end(slot: SlotRec) -> dt.datetime:
    return dt.datetime.combine(slot.date, (reference.MORNING, reference.AFTERNOON)[slot.half][1])


def _kinds(ctx: Context, session: SessionRec) -> dict[int, str]:
    """How each half-day of the session is evidenced (or not yet)."""
    rng, today = ctx.rng, ctx.today
    kinds = {slot.id: FUTURE for slot in session.slots}
    held = [slot for slot in session.slots if slot.date < today]
    todays = [slot for slot in session.slots if slot.date == today]
    if session.status == "annulee":
        return kinds
    if session.showcase and len(held) >= 3:
        kinds.update({slot.id: SIGNED for slot in held})
        kinds[held[0].id] = SCAN  # the tablet was not there on the first morning
        kinds[held[-1].id] = BARE  # yesterday's paper sheet is not back yet
    elif held:
        recent = held[-1].date >= today - dt.timedelta(days=SIGNED_ON_SCREEN_DAYS)
        on_screen = todays or (recent and rng.random() < 0.5)
        kinds.update({slot.id: SIGNED if on_screen else SCAN for slot in held})
        if not on_screen:
            if session.status == "en_cours" and rng.random() < 0.5:
                kinds[held[-1].id] = UNTYPED  # yesterday's sheet not typed in yet
            if held[-1].date >= today - dt.timedelta(days=SCAN_LATE_DAYS):
                for slot in held[-rng.randint(2, 3) :]:
                    kinds[slot.id] = BARE if kinds[slot.id] == SCAN else kinds[slot.id]
    for slot in todays:
        kinds[slot.id] = OPEN if slot.half == 0 else FUTURE  # the morning is being signed
    return kinds


def _trainers(ctx: Context, session: SessionRec, kinds: dict[int, str]) -> None:
    """Trainer presence per half-day: entered with the evidence, signed when on screen."""
    rng = ctx.rng
    for slot in session.slots:
        kind = kinds[slot.id]
        status = "present" if kind in (SCAN, SIGNED, OPEN) else ""
        if kind == SCAN and rng.random() < 0.004:
            status = "absent"  # replaced at short notice: see the incident
        ctx.add(
            "slot_trainers",
            {
                "slot_id": slot.id,
                "trainer_id": slot.trainer_id,
                "signed": kind == SIGNED,
                "status": status,
            },
        )


def _scripted(session: SessionRec, index: int) -> str | None:
    """The showcase's fixed cast on its first half-day signed on screen (else None)."""
    if not session.showcase or index >= 5:
        return None
    return ("present", "absent_excuse", "absent", "retard", "depart_anticipe")[index]


def attend(ctx: Context, session: SessionRec) -> None:
    """Trainer presence, attendance rows, scans, justifications and signatures of a session."""
    rng, today = ctx.rng, ctx.today
    kinds = _kinds(ctx, session)
    _trainers(ctx, session, kinds)
    scanned = [slot for slot in session.slots if kinds[slot.id] == SCAN]
    if scanned:
        added = dt.datetime.combine(min(scanned[-1].date + dt.timedelta(days=1), today), dt.time(9))
        scan_id = add_attachment(ctx, f"Émargement {session.code}.pdf", scan_pdf(), added)
        for slot in scanned:
            ctx.add("slot_scans", {"slot_id": slot.id, "attachment_id": scan_id})
    signed = [slot for slot in session.slots if kinds[slot.id] in (SIGNED, OPEN)]
    chains: dict[int, list[tuple[dt.datetime, str, int | None, int | None]]] = {
        slot.id: [] for slot in signed
    }
    first_signed = next((slot.id for slot in signed if kinds[slot.id] == SIGNED), None)
    recent = session.end >= today - dt.timedelta(days=JUSTIFIED_DAYS) or session.showcase
    full = reference.SLOT_MINUTES
    for index, record in enumerate(session.enrollments):
        if record.status not in ("termine", "inscrit", "abandon"):
            continue
        learner = record.learner
        name = f"{learner.last_name.upper()} {learner.first_name}"
        fragile = rng.random() < 0.04
        draws = rng.choices(STATUSES, cum_weights=CUM_WEIGHTS, k=len(session.slots))
        rows: list[dict[str, Any]] = []
        excused: list[dict[str, Any]] = []
        for slot, status in zip(session.slots, draws, strict=True):
            kind = kinds[slot.id]
            if record.dropped_on is not None and slot.date > record.dropped_on:
                rows.append(_row(slot, record, "abandon", 0, record.drop_reason, ""))
                continue
            if kind in (FUTURE, UNTYPED):
                continue
            if kind == OPEN:
                if session.showcase and index == 2:
                    rows.append(_row(slot, record, "absent", 0, "", ""))
                elif rng.random() < 0.75:
                    at = _start(slot) + dt.timedelta(minutes=rng.randrange(15), seconds=index)
                    rows.append(_row(slot, record, "present", 0, "", "signature", at))
                    chains[slot.id].append((at, name, record.id, None))
                continue
            if fragile and rng.random() < 0.3:
                status = "absent"
            if slot.id == first_signed and (scripted := _scripted(session, index)):
                status = scripted
            late = rng.randint(10, 60) if status == "retard" else 0
            minutes = 0
            if status in ("retard", "depart_anticipe"):
                minutes = full - (late or rng.randint(30, 120))
            record.minutes += full if status == "present" else minutes
            row = _row(slot, record, status, minutes, NOTES.get(status, ""), "")
            if kind == SCAN:
                row["evidence"] = "scan"
            elif kind == SIGNED and status in ATTENDED:
                at = _start(slot) + dt.timedelta(minutes=late + rng.randrange(12), seconds=index)
                row.update(signed=True, signed_at=at, evidence="signature")
                chains[slot.id].append((at, name, record.id, None))
            if status == "absent_excuse" and recent:
                excused.append(row)
            rows.append(row)
        if excused:
            added = dt.datetime.combine(excused[0]["_date"] + dt.timedelta(days=1), dt.time(10))
            file_id = add_attachment(
                ctx, f"Arrêt de travail {name}.pdf", justification_pdf(), min(added, _now(ctx))
            )
            for row in excused:
                row["justification_id"] = file_id
        first_id = ctx.writer.reserve("attendance", len(rows)) if rows else 0
        for offset, row in enumerate(rows):
            row["id"] = first_id + offset
            del row["_date"]
        ctx.writer.add_many("attendance", rows)
    trainers = {trainer.id: trainer for trainer in ctx.trainers}
    for slot in signed:
        entries = sorted(chains[slot.id])
        if kinds[slot.id] == SIGNED:  # the trainer signs last and closes the half-day
            trainer = trainers[slot.trainer_id]
            at = _end(slot) - dt.timedelta(minutes=rng.randint(2, 10))
            entries.append(
                (at, f"{trainer.first_name} {trainer.last_name.upper()}", None, trainer.id)
            )
        chain = Chain(ctx, slot.id)
        for at, name, enrollment_id, trainer_id in entries:
            chain.sign(at, name, enrollment_id=enrollment_id, trainer_id=trainer_id)


def _now(ctx: Context) -> dt.datetime:
    return dt.datetime.combine(ctx.today, dt.time(8))


def _row(
    slot: SlotRec,
    record: EnrollmentRec,
    status: str,
    minutes: int,
    note: str,
    evidence: str,
    signed_at: dt.datetime | None = None,
) -> dict[str, Any]:
    return {
        "id": 0,
        "slot_id": slot.id,
        "enrollment_id": record.id,
        "status": status,
        "minutes_attended": minutes,
        "signed": signed_at is not None,
        "signed_at": signed_at,
        "note": note,
        "evidence": evidence,
        "justification_id": None,
        "_date": slot.date,
    }
