"""Build step: sessions over the years, their half-day slots, rooms, trainers and bookings.

Sessions are planned without double-booking a room or a trainer: each candidate is placed in the
first free room (moved by a week or more when none is free), then given a free trainer allowed to
teach the course.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field

from ..public_holidays import public_holidays
from . import reference
from .bpf import choose_subcontracted, subcontractor, trainer_remarks
from .catalogue import DEFAULT_GROUP_SIZE, GROUP_SIZES
from .context import ClientRec, Context, CourseRec, RoomRec, SessionRec, SlotRec, TrainerRec

ACCESS = {
    "Lyon Presqu'île": "Métro A station Cordeliers ; parkings Grôlée et République.",
    "Lyon Part-Dieu": "Gare Part-Dieu à 5 minutes à pied ; tram T1, métro B.",
    "Villeurbanne": "Métro A station Gratte-Ciel ; parking gratuit dans la cour.",
}
WHAT_TO_BRING = {
    "bureau": "Vos fichiers de travail sur clé USB si vous le souhaitez.",
    "numerique": "Vos identifiants de messagerie professionnelle.",
    "securite": "Une tenue confortable permettant de s'agenouiller.",
    "langues": "Un casque avec micro pour les séances à distance.",
}
VIRTUAL_PLACE = "Classe virtuelle (lien envoyé avec la convocation)"
CANCELLED_SHARE = 0.03
INTRA_SHARE = 0.25
MAX_SHIFT_WEEKS = 6


@dataclass(slots=True)
class Plan:
    """A session before it gets its id and code."""

    course: CourseRec
    kind: str
    client: ClientRec | None
    modality: str
    start: dt.date
    max_places: int
    cancelled: bool
    forced: bool = False
    room: RoomRec | None = None
    trainers: list[TrainerRec] = field(default_factory=list)
    # (date, half, room id, modality, trainer)
    slots: list[tuple[dt.date, int, int | None, str, TrainerRec]] = field(default_factory=list)


class Calendar:
    """Working days of the office: weekdays, not public holidays, not the yearly closures."""

    def __init__(self, first: dt.date, last: dt.date):
        self.closed = set(public_holidays(range(first.year - 1, last.year + 2)))

    def is_open(self, day: dt.date) -> bool:
        if day.weekday() >= 5 or day in self.closed:
            return False
        return not ((day.month == 12 and day.day >= 24) or (day.month == 8 and day.day <= 21))

    def next_open(self, day: dt.date) -> dt.date:
        while not self.is_open(day):
            day += dt.timedelta(days=1)
        return day

    def days(self, start: dt.date, count: int) -> list[dt.date]:
        """``count`` teaching days from ``start``: in a row up to a week, else two days a week."""
        days: list[dt.date] = []
        if count <= 5:
            day = start
            while len(days) < count:
                if self.is_open(day):
                    days.append(day)
                day += dt.timedelta(days=1)
            return days
        week = start
        while len(days) < count:
            days.extend(d for d in (week, week + dt.timedelta(days=1)) if self.is_open(d))
            week += dt.timedelta(days=7)
        return days[:count]


def _pick_room(ctx: Context, keys: list[tuple[dt.date, int]], wanted: int) -> RoomRec | None:
    """The smallest room free on every half-day that seats ``wanted``, else a smaller one."""
    rooms = sorted(ctx.rooms, key=lambda r: (r.capacity < wanted, r.capacity, ctx.rng.random()))
    for room in rooms:
        if all((room.id, day, half) not in ctx.room_busy for day, half in keys):
            return room
    return None


def _pick_trainers(
    ctx: Context, course: CourseRec, keys: list[tuple[dt.date, int]], count: int, forced: bool
) -> list[TrainerRec]:
    """Free trainers allowed to teach the course; else a free colleague of the same field."""

    def free(trainer: TrainerRec) -> bool:
        return all((trainer.id, day, half) not in ctx.trainer_busy for day, half in keys)

    allowed = [t for t in ctx.trainers if course.id in t.course_ids]
    ctx.rng.shuffle(allowed)
    chosen = [t for t in allowed if free(t)][:count]
    if len(chosen) < count:  # a colleague of the same field steps in, and is now allowed
        others = [t for t in ctx.trainers if course.id not in t.course_ids]
        others = [t for t in others if forced or t.domain == course.spec.domain]
        others.sort(key=lambda t: t.domain != course.spec.domain)
        for trainer in others:
            if len(chosen) < count and free(trainer):
                trainer.course_ids.append(course.id)
                ctx.add("trainer_courses", {"trainer_id": trainer.id, "course_id": course.id})
                chosen.append(trainer)
    return chosen


def _forced(ctx: Context, calendar: Calendar) -> list[tuple[CourseRec, dt.date, bool]]:
    """One session running today and one starting next week, whatever the seed."""
    today = ctx.today
    in_house = [c for c in ctx.courses if c.spec.modality == "presentiel"]
    running = next(c for c in in_house if c.slot_count == 10)
    start = today - dt.timedelta(days=2)  # at least two days held: signed, scanned, not yet
    while not calendar.is_open(start) or start.weekday() > 1:
        start -= dt.timedelta(days=1)
    soon = next(c for c in in_house if c.slot_count == 4)
    return [(running, start, True), (soon, today + dt.timedelta(days=7 - today.weekday()), True)]


def _wishes(ctx: Context, count: int) -> list[tuple[CourseRec, dt.date, bool]]:
    """(course, wished start, forced) for ``count`` sessions spread over the office's years."""
    rng, today = ctx.rng, ctx.today
    first = today - dt.timedelta(days=ctx.size.months_back * 30)
    span = (today - first).days + ctx.size.months_ahead * 30
    weights = [c.spec.weight for c in ctx.courses]
    picks = rng.choices(ctx.courses, weights=weights, k=max(0, count))
    starts = sorted(first + dt.timedelta(days=rng.randrange(span)) for _ in picks)
    wishes = []
    for course, day in zip(picks, starts, strict=True):
        if course.slot_count > 10 and day.weekday() == 4:
            day -= dt.timedelta(days=1)  # two days a week, from Mon-Tue to Thu-Fri
        wishes.append((course, day, False))
    return wishes


def _attempts(forced: bool, modality: str, domain: str) -> list[tuple[int, str]]:
    """(week shift, modality) to try in turn: around the wished week, then at a distance."""
    if forced:
        return [(0, modality)]
    shifts = [0]
    for week in range(1, MAX_SHIFT_WEEKS + 1):
        shifts += [week, -week]
    attempts = [(shift, modality) for shift in shifts]
    if modality != "distanciel" and domain != "securite":
        attempts.append((0, "distanciel"))
    return attempts


def _plan(
    ctx: Context,
    calendar: Calendar,
    intra: tuple[list[ClientRec], list[int]],
    course: CourseRec,
    start: dt.date,
    forced: bool,
) -> Plan | None:
    rng = ctx.rng
    spec = course.spec
    big_clients, cum_sizes = intra
    kind, client = "inter", None
    if not forced and big_clients and rng.random() < INTRA_SHARE and course.slot_count <= 10:
        kind, client = "intra", rng.choices(big_clients, cum_weights=cum_sizes)[0]
    wished = spec.modality
    if wished == "presentiel" and not forced and spec.domain != "securite" and rng.random() < 0.12:
        wished = "distanciel"
    wanted = rng.randint(*GROUP_SIZES.get(spec.domain, DEFAULT_GROUP_SIZE))
    if client is not None:
        wanted = min(wanted, len(client.employees))
    cancelled = not forced and rng.random() < CANCELLED_SHARE
    for shift, modality in _attempts(forced, wished, spec.domain):
        first = calendar.next_open(start + dt.timedelta(days=7 * shift))
        days = calendar.days(first, course.slot_count // 2)
        if forced and start < ctx.today:
            days = _through_today(calendar, days, ctx.today)
        halves = [(day, half) for day in days for half in (0, 1)]
        # Mixed courses: every other day at a distance.
        in_house = [
            (day, half)
            for index, day in enumerate(days)
            for half in (0, 1)
            if modality == "presentiel" or (modality == "mixte" and index % 2 == 0)
        ]
        room = None
        if in_house:
            room = _pick_room(ctx, in_house, wanted)
            if room is None:
                continue
        trainers = _pick_trainers(ctx, course, halves, 2 if len(days) > 5 else 1, forced)
        if not trainers:
            continue
        plan = Plan(
            course, kind, client, modality, days[0], wanted, cancelled, forced, room, trainers
        )
        if room is not None:
            plan.max_places = min(wanted, room.capacity)
        in_house_set = set(in_house)
        for day, half in halves:
            inside = (day, half) in in_house_set
            trainer = trainers[days.index(day) % len(trainers)]
            room_id = room.id if room is not None and inside else None
            plan.slots.append(
                (day, half, room_id, "presentiel" if inside else "distanciel", trainer)
            )
            if room_id is not None:
                ctx.room_busy.add((room_id, day, half))
            ctx.trainer_busy.add((trainer.id, day, half))
        return plan
    return None


def _through_today(calendar: Calendar, days: list[dt.date], today: dt.date) -> list[dt.date]:
    """The running session's days hold today (« Aujourd'hui » always has content, even on a
    Saturday or a closing day) and one open day after it, so that it is still running this
    evening, whatever the hour the demo is made; as many days as planned."""
    before = [d for d in days if d < today]
    after = [d for d in days if d > today] or [calendar.next_open(today + dt.timedelta(days=1))]
    return sorted([*before[: len(days) - 1 - len(after)], today, *after])


def _status(ctx: Context, plan: Plan, end: dt.date) -> str:
    if plan.cancelled:
        return "annulee"
    if end < ctx.today:
        return "terminee"
    if plan.start <= ctx.today:
        return "en_cours"
    return "confirmee" if (plan.start - ctx.today).days <= 30 else "planifiee"


def _has_computers(ctx: Context, room_id: int) -> bool:
    return any(room.id == room_id and "Informatique" in room.name for room in ctx.rooms)


def _book(
    ctx: Context,
    plan: Plan,
    slot_id: int,
    day: dt.date,
    half: int,
    room_id: int | None,
    used: dict[tuple[int, dt.date, int], int],
) -> None:
    """Laptops and licences for computer courses, kits for first aid, licences for virtual."""
    domain = plan.course.spec.domain
    if room_id is None:
        needs = [(equipment, 1) for equipment in ctx.equipment.get("virtual", [])[:1]]
    elif domain in ("bureau", "numerique") and not _has_computers(ctx, room_id):
        needs = [(item, min(plan.max_places, item[1])) for item in ctx.equipment.get("pc", [])]
    elif domain == "securite":
        needs = [(equipment, 1) for equipment in ctx.equipment.get("securite", [])]
    else:
        return
    for (equipment_id, stock), quantity in needs:
        key = (equipment_id, day, half)
        if used.get(key, 0) + quantity <= stock:
            used[key] = used.get(key, 0) + quantity
            ctx.add(
                "bookings",
                {
                    "id": ctx.new_id("bookings"),
                    "equipment_id": equipment_id,
                    "slot_id": slot_id,
                    "jury_id": None,
                    "quantity": quantity,
                    "notes": "",
                },
            )


def build_sessions(ctx: Context) -> None:
    """Plan and insert every session with its slots, trainers and equipment bookings."""
    rng, today = ctx.rng, ctx.today
    first = today - dt.timedelta(days=ctx.size.months_back * 30 + 30)
    calendar = Calendar(first, today + dt.timedelta(days=ctx.size.months_ahead * 31 + 400))
    ctx.is_open_day = calendar.is_open
    # Intra-company sessions go to the bigger clients.
    big_clients = [c for c in ctx.clients if len(c.employees) >= 6]
    intra = (big_clients, list(itertools.accumulate(len(c.employees) for c in big_clients)))
    wishes = _forced(ctx, calendar)
    wishes += _wishes(ctx, ctx.size.sessions - len(wishes))
    plans = [plan for wish in wishes if (plan := _plan(ctx, calendar, intra, *wish))]
    for _ in range(5):  # replace the few sessions no room could take
        missing = ctx.size.sessions - len(plans)
        if missing <= 0:
            break
        plans += [
            plan for wish in _wishes(ctx, missing) if (plan := _plan(ctx, calendar, intra, *wish))
        ]
    plans.sort(key=lambda p: (p.start, p.course.spec.code))
    # A few inter-company sessions entrusted to another training office (BPF, cadre F-2).
    entrusted = choose_subcontracted(
        ctx,
        [p.course.spec.domain if p.kind == "inter" and not p.cancelled else "" for p in plans],
        [p.slots[-1][0] < today for p in plans],
    )
    numbers: dict[tuple[int, str], int] = {}
    used: dict[tuple[int, dt.date, int], int] = {}
    bookings_from = today - dt.timedelta(days=365)
    for index, plan in enumerate(plans):
        spec = plan.course.spec
        key = (plan.start.year, spec.code)
        numbers[key] = numbers.get(key, 0) + 1
        session_id = ctx.new_id("sessions")
        end = plan.slots[-1][0]
        status = _status(ctx, plan, end)
        if plan.client is not None:
            price = spec.intra_price * 100
        elif rng.random() < 0.08:
            price = spec.price * 90  # a 10 % discount on this session
        else:
            price = spec.price * 100
        if plan.room is not None:
            place, access = f"{plan.room.site}, {plan.room.address}", ACCESS[plan.room.site]
        else:
            place, access = VIRTUAL_PLACE, "Testez votre connexion la veille de la formation."
        session = SessionRec(
            session_id,
            f"{plan.start.year}-{spec.code}-{numbers[key]:03d}",
            plan.course,
            plan.start,
            end,
            status,
            plan.kind,
            plan.client,
            plan.modality,
            3 if plan.kind == "intra" else 4,
            plan.max_places,
            price,
            [t.id for t in plan.trainers],
            [],
            showcase=plan.forced and plan.start < today,
        )
        if index in entrusted:
            session.subcontractor = subcontractor(ctx, spec.domain)
        remarks = trainer_remarks(ctx, spec.domain) if status == "terminee" else ""
        ctx.add(
            "sessions",
            {
                "id": session_id,
                "code": session.code,
                "course_id": plan.course.id,
                "start_date": plan.start,
                "end_date": end,
                "place": place,
                "access_info": access,
                "what_to_bring": WHAT_TO_BRING.get(spec.domain, ""),
                "min_places": session.min_places,
                "max_places": plan.max_places,
                "kind": plan.kind,
                "intra_client_id": plan.client.id if plan.client else None,
                "status": status,
                "price_cents": price if price != spec.price * 100 else None,
                "modality": plan.modality,
                "notes": "Session annulée : effectif insuffisant." if plan.cancelled else "",
                "subcontractor": session.subcontractor,
                "trainer_remarks": remarks,
            },
        )
        for index, trainer in enumerate(plan.trainers):
            ctx.add(
                "session_trainers",
                {
                    "session_id": session_id,
                    "trainer_id": trainer.id,
                    "role": "Formateur principal" if index == 0 else "Co-formateur",
                },
            )
        for day, half, room_id, modality, trainer in plan.slots:
            slot_id = ctx.new_id("slots")
            start_time, end_time = reference.MORNING if half == 0 else reference.AFTERNOON
            ctx.add(
                "slots",
                {
                    "id": slot_id,
                    "session_id": session_id,
                    "date": day,
                    "start_time": start_time,
                    "end_time": end_time,
                    "room_id": room_id,
                    "modality": modality,
                    "notes": "",
                },
            )
            session.slots.append(SlotRec(slot_id, day, half, room_id, modality, trainer.id))
            if day >= bookings_from and status != "annulee":
                _book(ctx, plan, slot_id, day, half, room_id, used)
        ctx.sessions.append(session)


def close_finished(conn, today: dt.date, *, after_days: int = 90) -> None:
    """Sessions over for ``after_days`` are closed, as an office does once their file is done:
    the bilan (the one step ticked by hand) written three weeks after the end, the session
    closed six weeks after. Recent ones stay open: the checklist and the tasks follow them."""
    from sqlalchemy import text

    bilan = conn.scalar(
        text(
            "SELECT id FROM procedure_steps WHERE evidence = '' AND active "
            "ORDER BY position LIMIT 1"
        )
    )
    limit = (today - dt.timedelta(days=after_days)).isoformat()
    if bilan is not None:
        conn.execute(
            text(
                "INSERT INTO session_steps (session_id, step_id, done_on, note) "
                "SELECT id, :step, date(end_date, '+21 days'), 'Bilan rédigé' FROM sessions "
                "WHERE status = 'terminee' AND end_date < :limit"
            ),
            {"step": bilan, "limit": limit},
        )
    conn.execute(
        text(
            "UPDATE sessions SET closed_on = date(end_date, '+42 days') "
            "WHERE status = 'terminee' AND end_date < :limit"
        ),
        {"limit": limit},
    )
