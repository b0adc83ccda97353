"""Build step: enrollments with their funding (attendance follows, in ``attendance``)."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable

from . import names
from .attendance import attend
from .bpf import partner_of
from .context import Context, EnrollmentRec, LearnerRec, SessionRec

CANCEL_REASONS = (
    "Empêchement professionnel",
    "Raison de santé",
    "Report sur une session ultérieure",
    "Prise en charge refusée",
    "Départ de l'entreprise",
)
DROP_REASONS = (
    "Reprise d'un emploi",
    "Raisons de santé",
    "Déménagement",
    "La formation ne correspond pas à ses attentes",
    "Raisons personnelles",
)


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


def _agreement_state(
    ctx: Context, session: SessionRec, enrollment_id: int
) -> tuple[str, dt.date, dt.date | None]:
    """(status, requested on, decided on) of a funder's agreement: asked six weeks before the
    session, granted three weeks before; one in four of the sessions more than three weeks
    away is still waiting for it (no random draw: the rest of the demo stays as it was)."""
    requested = session.start - dt.timedelta(days=42)
    waiting = (session.start - ctx.today).days > 21 and enrollment_id % 4 == 0
    if waiting:
        return "demandee", min(requested, ctx.today), None
    return "accordee", requested, session.start - dt.timedelta(days=21)


def _drop(ctx: Context, session: SessionRec) -> tuple[dt.date | None, str]:
    """(last day attended, reason) of an abandon; None when no day follows the first."""
    days = sorted({slot.date for slot in session.slots})
    if len(days) < 2:
        return None, ""
    on = days[0] if session.showcase else ctx.rng.choice(days[:-1])
    return on, ctx.rng.choice(DROP_REASONS)


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
            elif session.showcase and index == 0:
                status = "abandon"  # left after the first day: later half-days follow
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
        partner = partner_of(ctx, session, learner.status)
        if partner is not None:  # another training office entrusts its trainee to the office
            scheme, client_id, funding, prefix = "autre", partner.id, [], ""
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
        dropped_on, drop_reason = _drop(ctx, session) if status == "abandon" else (None, "")
        if status == "abandon" and dropped_on is None:
            status = "termine"
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
            dropped_on=dropped_on,
            drop_reason=drop_reason,
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
                "dropped_on": dropped_on,
                "drop_reason": drop_reason,
                "prescriber": prescriber,
                "notes": "",
            },
        )
        for funder_id, amount, subrogation in record.funding:
            status, requested_on, decided_on = _agreement_state(ctx, session, record.id)
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
                    "status": status,
                    "requested_on": requested_on,
                    "decided_on": decided_on,
                },
            )
        session.enrollments.append(record)


def build_enrollments(ctx: Context, progress: Callable[[float], None] | None = None) -> None:
    """Enrollments, funding lines and attendance for every session."""
    picker = LearnerPicker(ctx)
    total = len(ctx.sessions)
    for index, session in enumerate(ctx.sessions):
        _enroll(ctx, session, picker)
        attend(ctx, session)
        if progress is not None and index % 200 == 0:
            progress(index / max(1, total))
