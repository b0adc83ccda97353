"""Build step: enrollments with their funding, and attendance for every past half-day."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random
from collections.abc import Callable

from . import names, reference
from .context import Context, EnrollmentRec, LearnerRec, SessionRec

CANCEL_REASONS = (
    "Empêchement professionnel",
    "Raison de santé",
    "Report sur une session ultérieure",
    "Prise en charge refusée",
    "Départ de l'entreprise",
)
ATTENDANCE = (
    ("present", 900),
    ("retard", 30),
    ("depart_anticipe", 20),
    ("absent_excuse", 30),
    ("absent", 20),
)
_MINUTES = [dt.timedelta(minutes=m) for m in range(70)]
ABSENCE_NOTES = {
    "absent_excuse": "Arrêt maladie",
    "absent": "",
    "retard": "Transports",
    "depart_anticipe": "Rendez-vous médical",
    "present": "",
}


def _free(ctx: Context, learner: LearnerRec, session: SessionRec) -> bool:
    """Whether the learner is in no other session overlapping this one's dates."""
    busy = ctx.learner_busy.get(learner.id, ())
    return all(end < session.start or session.end < start for start, end in busy)


class LearnerPicker:
    """Hands out learners in a shuffled round, so that everyone gets about as many courses."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.rng = ctx.rng
        self.learners = list(ctx.learners)
        self.rng.shuffle(self.learners)
        self.position = 0

    def take(self, count: int, session: SessionRec, exclude_needs_room: bool) -> list[LearnerRec]:
        """Up to ``count`` learners free during the session (and not needing a special room)."""
        chosen: list[LearnerRec] = []
        seen: set[int] = set()
        tries = 0
        while len(chosen) < count and tries < count * 4:
            tries += 1
            if self.position >= len(self.learners):
                self.rng.shuffle(self.learners)
                self.position = 0
            learner = self.learners[self.position]
            self.position += 1
            if learner.id in seen or (exclude_needs_room and learner.needs_accessible_room):
                continue
            if not _free(self.ctx, learner, session):
                continue
            seen.add(learner.id)
            chosen.append(learner)
        return chosen


def _fill(ctx: Context, session: SessionRec) -> tuple[int, int, int]:
    """(active, waiting list, cancelled) enrollment counts for a session."""
    rng = ctx.rng
    if session.status == "annulee":
        return 0, 0, max(1, session.min_places - 1)
    top = session.max_places
    days = (session.start - ctx.today).days
    if days <= 0:
        active = rng.randint(math.ceil(top * 0.85), top)
    elif days <= 30:
        active = rng.randint(math.ceil(top * 0.4), top)
    elif days <= 90:
        active = rng.randint(math.ceil(top * 0.2), math.ceil(top * 0.9))
    else:
        active = rng.randint(0, math.ceil(top * 0.6))
    waiting = rng.randint(1, 3) if days > 0 and active == top else 0
    cancelled = rng.choices((0, 1, 2, 3), weights=(35, 35, 20, 10))[0]
    return active, waiting, cancelled


def _funding(
    ctx: Context, session: SessionRec, learner: LearnerRec, price: int
) -> tuple[str, int | None, list[tuple[int, int, bool]], str]:
    """(scheme, client id, funding lines, agreement number prefix) for one learner."""
    rng, funders = ctx.rng, ctx.funders
    if session.intra_client is not None:
        client = session.intra_client
        if client.opco and rng.random() < 0.3:
            return "plan", client.id, [(funders[client.opco], price, False)], "PEC"
        return "plan", client.id, [], ""
    employer = ctx.client(learner.employer_id)
    draw = rng.random()
    if learner.status == "salarie" and employer is not None:
        if draw < 0.72:
            if employer.opco and rng.random() < 0.45:
                share = price if rng.random() < 0.6 else price * rng.choice((5, 6, 8)) // 10
                line = (funders[employer.opco], share, rng.random() < 0.7)
                return "plan", employer.id, [line], "PEC"
            return "plan", employer.id, [], ""
        if draw < 0.9:
            return "cpf", None, [(funders["cpf"], price, True)], "CPF"
        scheme = "pro_a" if draw < 0.96 else "contrat_pro"
        return scheme, employer.id, [(funders[employer.opco], price, True)], "PEC"
    if learner.status == "apprenti" and employer is not None:
        return "apprentissage", employer.id, [(funders[employer.opco], price, True)], "PEC"
    if learner.status == "demandeur_emploi":
        if draw < 0.55:
            return "demandeur_emploi", None, [(funders["france_travail"], price, True)], "AIF"
        if draw < 0.85:
            return "public", None, [(funders["region"], price, True)], "CR-ARA"
        return "cpf", None, [(funders["cpf"], price, True)], "CPF"
    if learner.status == "particulier":
        if learner.payer_client_id is not None:
            return "personnel", learner.payer_client_id, [], ""
        return "cpf", None, [(funders["cpf"], price, True)], "CPF"
    if employer is not None:  # public agents: their employer pays
        return "plan", employer.id, [], ""
    return "autre", None, [], ""


def _agreement(rng: random.Random, prefix: str, year: int) -> str:
    """A funder's agreement number: CPF file number, or "PEC-2024-123456"."""
    if prefix == "CPF":
        return f"{rng.randrange(10**10, 10**11)}"
    return f"{prefix}-{year}-{rng.randrange(10**5, 10**6)}" if prefix else ""


def _enroll(ctx: Context, session: SessionRec, picker: LearnerPicker) -> None:
    rng, today = ctx.rng, ctx.today
    active, waiting, cancelled = _fill(ctx, session)
    total = active + waiting + cancelled
    rooms = {slot.room_id for slot in session.slots if slot.room_id is not None}
    inaccessible = any(not room.accessible for room in ctx.rooms if room.id in rooms)
    if session.intra_client is not None:
        pool = [ctx.learner(i) for i in session.intra_client.employees]
        pool = [p for p in pool if not (inaccessible and p.needs_accessible_room)]
        pool = [p for p in pool if _free(ctx, p, session)]
        learners = rng.sample(pool, min(total, len(pool)))
        active = min(active, len(learners))
    else:
        learners = picker.take(total, session, inaccessible)
    for learner in learners:
        ctx.learner_busy.setdefault(learner.id, []).append((session.start, session.end))
    past = session.start <= today
    intra_count = max(1, active)
    for index, learner in enumerate(learners):
        if index < active:
            if session.status == "annulee":
                status = "annule"
            elif session.status == "terminee":
                status = "abandon" if rng.random() < 0.025 else "termine"
            elif past:
                status = "inscrit"
            else:
                status = "preinscrit" if rng.random() < 0.25 else "inscrit"
        elif index < active + waiting:
            status = "liste_attente"
        else:
            status = "annule"
        if session.intra_client is not None:
            price = session.price_cents // intra_count
        else:
            price = session.price_cents
        lead = rng.randint(5, 75)
        enrolled_on = min(
            session.start - dt.timedelta(days=lead), today - dt.timedelta(days=rng.randint(1, 60))
        )
        scheme, client_id, funding, prefix = _funding(ctx, session, learner, price)
        cancelled_on, reason = None, ""
        if status == "annule":
            last = min(session.start - dt.timedelta(days=1), today)
            span = max(0, (last - enrolled_on).days)
            cancelled_on = enrolled_on + dt.timedelta(days=rng.randint(0, span))
            reason = (
                "Session annulée : effectif insuffisant"
                if session.status == "annulee"
                else rng.choice(CANCEL_REASONS)
            )
        record = EnrollmentRec(
            ctx.new_id("enrollments"),
            learner,
            client_id,
            status,
            scheme,
            price,
            enrolled_on,
            cancelled_on,
            funding if status not in ("annule", "liste_attente") else [],
        )
        prescriber = ""
        if learner.status == "demandeur_emploi":
            prescriber = rng.choice(names.PRESCRIBERS)
        ctx.add(
            "enrollments",
            {
                "id": record.id,
                "session_id": session.id,
                "learner_id": learner.id,
                "client_id": client_id,
                "status": status,
                "funding_scheme": scheme,
                "price_cents": price,
                "enrolled_on": enrolled_on,
                "cancelled_on": cancelled_on,
                "cancel_reason": reason,
                "prescriber": prescriber,
                "notes": "",
            },
        )
        for funder_id, amount, subrogation in record.funding:
            ctx.add(
                "funding_lines",
                {
                    "id": ctx.new_id("funding_lines"),
                    "enrollment_id": record.id,
                    "funder_id": funder_id,
                    "amount_cents": amount,
                    "scheme": scheme,
                    "subrogation": subrogation,
                    "agreement_number": _agreement(rng, prefix, session.start.year),
                },
            )
        session.enrollments.append(record)


def _attend(ctx: Context, session: SessionRec) -> None:
    """Attendance rows for the half-days already gone, for everyone who held a place."""
    rng, today = ctx.rng, ctx.today
    past_slots = [slot for slot in session.slots if slot.date < today]
    if not past_slots or session.status == "annulee":
        return
    if session.status == "en_cours" and rng.random() < 0.5:
        past_slots = past_slots[:-1]  # yesterday's sheet not typed in yet
    statuses = [status for status, _weight in ATTENDANCE]
    cum_weights = list(itertools.accumulate(weight for _status, weight in ATTENDANCE))
    minutes_full = reference.SLOT_MINUTES
    starts = [
        reference.MORNING[0] if slot.half == 0 else reference.AFTERNOON[0] for slot in past_slots
    ]
    for record in session.enrollments:
        if record.status not in ("termine", "inscrit", "abandon"):
            continue
        fragile = rng.random() < 0.04
        drop_at = rng.randrange(1, len(past_slots) + 1) if record.status == "abandon" else None
        draws = rng.choices(statuses, cum_weights=cum_weights, k=len(past_slots))
        first_id = ctx.writer.reserve("attendance", len(past_slots))
        rows = []
        for index, slot in enumerate(past_slots):
            status = draws[index]
            if fragile and rng.random() < 0.3:
                status = "absent"
            note = ABSENCE_NOTES[status]
            if drop_at is not None and index >= drop_at:
                status, note = "absent", "Abandon"
            signed_at = None
            if status == "present":
                minutes = minutes_full
                signed_at = (
                    dt.datetime.combine(slot.date, starts[index]) + _MINUTES[rng.randrange(20)]
                )
            elif status in ("retard", "depart_anticipe"):
                late = rng.randint(10, 60) if status == "retard" else 0
                minutes = minutes_full - (late or rng.randint(30, 120))
                signed_at = dt.datetime.combine(slot.date, starts[index]) + _MINUTES[late + 5]
            else:
                minutes = 0
            record.minutes += minutes
            rows.append(
                {
                    "id": first_id + index,
                    "slot_id": slot.id,
                    "enrollment_id": record.id,
                    "status": status,
                    "minutes_attended": minutes,
                    "signed": minutes > 0,
                    "signed_at": signed_at,
                    "note": note,
                }
            )
        ctx.writer.add_many("attendance", rows)


def build_enrollments(ctx: Context, progress: Callable[[float], None] | None = None) -> None:
    """Enrollments, funding lines and attendance for every session."""
    picker = LearnerPicker(ctx)
    total = len(ctx.sessions)
    for index, session in enumerate(ctx.sessions):
        _enroll(ctx, session, picker)
        _attend(ctx, session)
        if progress is not None and index % 200 == 0:
            progress(index / max(1, total))
