"""Build steps for the office: organisation, catalogue, rooms, equipment, funders, trainers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select, update

from ..model import Funder, Organisation, Setting
from . import reference
from .catalogue import ASSESSMENT, TEACHING_MEANS, bpf_objective, parse_courses
from .context import Context, CourseRec, RoomRec, TrainerRec
from .fake import Fake, ascii_slug

OFFICE_DOMAIN = "atelier-formation-conseil.fr"
ROOM_CLOSURES = (
    "Travaux de peinture", "Maintenance climatisation", "Remplacement du mobilier",
    "Réunion du personnel",
)  # fmt: skip
TRAINER_ABSENCES = ("Congés", "Congés", "Autre mission", "Formation de formateurs", "Indisponible")
TRAINER_COMPANIES = ("{first} {last} Formation", "EI {first} {last}", "{last} Conseil",
                     "Cabinet {last}")  # fmt: skip
DOMAIN_LABELS = {
    "bureau": "Bureautique",
    "securite": "Santé et sécurité au travail",
    "management": "Management",
    "communication": "Communication",
    "gestion": "Gestion, comptabilité et RH",
    "langues": "Langues",
    "numerique": "Numérique",
}


# Funders the demo office deals with most: one named contact each.
FUNDERS_WITH_CONTACTS = ("atlas", "akto", "opcoep", "cpf", "france_travail", "region")


def build_organisation(ctx: Context, fake: Fake) -> None:
    """Fill the organisation row created when the database was opened."""
    conn = ctx.writer.conn
    table = Organisation.__table__
    org_id = conn.scalar(select(func.min(table.c.id)))
    values = dict(reference.ORGANISATION, siret=fake.siret())
    if org_id is None:
        conn.execute(table.insert().values(**values))
    else:
        conn.execute(update(table).where(table.c.id == org_id).values(**values))
    settings = Setting.__table__
    conn.execute(delete(settings).where(settings.c.key.in_(reference.BANK_SETTINGS)))
    conn.execute(
        settings.insert(), [{"key": k, "value": v} for k, v in reference.BANK_SETTINGS.items()]
    )


def build_catalogue(ctx: Context) -> None:
    """Courses and their objectives."""
    for spec in parse_courses():
        course_id = ctx.new_id("courses")
        ctx.add(
            "courses",
            {
                "id": course_id,
                "code": spec.code,
                "title": spec.title,
                "programme": spec.programme,
                "prerequisites": spec.prerequisites,
                "audience": spec.audience,
                "teaching_means": TEACHING_MEANS[spec.domain],
                "assessment_method": ASSESSMENT,
                "duration_minutes": spec.hours * 60,
                "price_cents": spec.price * 100,
                "intra_price_cents": spec.intra_price * 100,
                "modality": spec.modality,
                "nsf_code": spec.nsf,
                "level": spec.level,
                "certification_code": spec.certification,
                "sanction": spec.sanction,
                "nature": "action_formation",
                "bpf_objective": bpf_objective(spec),
                "active": True,
            },
        )
        objective_ids = []
        for position, text in enumerate(spec.objectives, start=1):
            objective_id = ctx.new_id("course_objectives")
            objective_ids.append(objective_id)
            ctx.add(
                "course_objectives",
                {"id": objective_id, "course_id": course_id, "position": position, "text": text},
            )
        slot_count = spec.hours * 60 // reference.SLOT_MINUTES
        ctx.courses.append(CourseRec(course_id, spec, objective_ids, slot_count))


def build_resources(ctx: Context) -> None:
    """Rooms, their closures, equipment, licences and printed materials."""
    rng = ctx.rng
    for name, site, capacity, accessible, opens, closes, notes in reference.ROOMS:
        room_id = ctx.new_id("rooms")
        address = reference.SITES[site]
        ctx.add(
            "rooms",
            {
                "id": room_id,
                "name": name,
                "site": site,
                "address": address,
                "capacity": capacity,
                "accessible": accessible,
                "opens_at": dt.time.fromisoformat(opens),
                "closes_at": dt.time.fromisoformat(closes),
                "notes": notes,
                "active": True,
            },
        )
        ctx.rooms.append(RoomRec(room_id, name, site, address, capacity, accessible))
    first = ctx.today - dt.timedelta(days=ctx.size.months_back * 30)
    for room in ctx.rooms:
        # About one closure per room every two years, a few days long.
        for _ in range(max(1, ctx.size.months_back // 24)):
            start = first + dt.timedelta(days=rng.randrange((ctx.today - first).days + 150))
            days = rng.randint(1, 4)
            for offset in range(days):
                for half in (0, 1):
                    ctx.room_busy.add((room.id, start + dt.timedelta(days=offset), half))
            ctx.add(
                "room_unavailabilities",
                {
                    "id": ctx.new_id("room_unavailabilities"),
                    "room_id": room.id,
                    "starts_at": dt.datetime.combine(start, dt.time(8, 0)),
                    "ends_at": dt.datetime.combine(
                        start + dt.timedelta(days=days - 1), dt.time(19, 0)
                    ),
                    "reason": rng.choice(ROOM_CLOSURES),
                },
            )
    for name, kind, quantity, state, notes, use in reference.EQUIPMENT:
        equipment_id = ctx.new_id("equipment")
        row = {"id": equipment_id, "name": name, "kind": kind, "quantity": quantity}
        ctx.add("equipment", dict(row, state=state, notes=notes))
        if use == "room":
            for room in ctx.rooms[:quantity]:
                ctx.add(
                    "room_equipment",
                    {"room_id": room.id, "equipment_id": equipment_id, "quantity": 1},
                )
        elif use:
            ctx.equipment.setdefault(use, []).append((equipment_id, quantity))


def build_funders(ctx: Context, fake: Fake) -> None:
    """The eleven OPCOs and the CPF (present in every base: completed here), France Travail and
    the Région; a contact for the funders the office deals with most."""
    conn = ctx.writer.conn
    table = Funder.__table__
    existing = dict(conn.execute(select(table.c.name, table.c.id)).all())
    for key, kind, name, postal_code, city, address, phone in reference.FUNDERS:
        domain = ascii_slug(name.split("(")[0])[:30] + ".fr"
        civility, first, last = fake.person()
        values = {
            "kind": kind,
            "name": name,
            "siret": fake.siret(),
            "address": address,
            "postal_code": postal_code,
            "city": city,
            "email": f"entreprises@{domain}",
            "phone": phone,
            "contact_name": f"{civility} {first} {last}",
        }
        funder_id = existing.get(name)
        if funder_id is None:
            funder_id = ctx.new_id("funders")
            ctx.add("funders", {"id": funder_id, **values})
        else:  # a reference funder of every new base: fill in its address, keep the rest
            values.pop("kind")
            conn.execute(update(table).where(table.c.id == funder_id).values(**values))
        ctx.funders[key] = funder_id
        if key in FUNDERS_WITH_CONTACTS:
            ctx.add(
                "contacts",
                {
                    "id": ctx.new_id("contacts"),
                    "funder_id": funder_id,
                    "client_id": None,
                    "civility": civility,
                    "last_name": last,
                    "first_name": first,
                    "role": "Chargé(e) de prise en charge",
                    "email": f"{ascii_slug(first)}.{ascii_slug(last)}@{domain}".lower(),
                    "phone": phone,
                },
            )


def _trainer_domains(ctx: Context) -> list[str]:
    """One domain per trainer: at least two per domain, the rest by how often courses run."""
    weights: dict[str, int] = {}
    for course in ctx.courses:
        weights[course.spec.domain] = weights.get(course.spec.domain, 0) + course.spec.weight
    domains = [domain for domain in weights for _ in range(2)]
    extra = max(0, ctx.size.trainers - len(domains))
    domains += ctx.rng.choices(list(weights), weights=list(weights.values()), k=extra)
    return domains


def build_trainers(ctx: Context, fake: Fake) -> None:
    """Internal and external trainers, the courses they may teach and their unavailabilities."""
    rng = ctx.rng
    by_domain: dict[str, list[int]] = {}
    for course in ctx.courses:
        by_domain.setdefault(course.spec.domain, []).append(course.id)
    first_day = ctx.today - dt.timedelta(days=ctx.size.months_back * 30)
    span = (ctx.today - first_day).days + ctx.size.months_ahead * 30
    for index, domain in enumerate(_trainer_domains(ctx)):
        trainer_id = ctx.new_id("trainers")
        civility, first, last = fake.person()
        internal = index % 3 == 0
        if internal:
            email = fake.email(first, last, OFFICE_DOMAIN)
            company, siret, nda = "", "", ""
            hourly, daily = rng.randint(32, 45) * 100, 0
        else:
            company = rng.choice(TRAINER_COMPANIES).format(first=first, last=last)
            email = fake.email(first, last, fake.domain_for(company))
            siret = fake.siret()
            nda = f"84 69 {rng.randrange(10**5):05d} 69"
            daily = rng.randint(9, 18) * 5000
            hourly = daily // 7
        course_ids = list(by_domain[domain])
        if rng.random() < 0.3:
            other = rng.choice(ctx.courses).id
            if other not in course_ids:
                course_ids.append(other)
        ctx.add(
            "trainers",
            {
                "id": trainer_id,
                "civility": civility,
                "last_name": last,
                "first_name": first,
                "email": email,
                "phone": fake.mobile(),
                "internal": internal,
                "company_name": company,
                "siret": siret,
                "nda": nda,
                "hourly_rate_cents": hourly,
                "daily_rate_cents": daily,
                "skills": DOMAIN_LABELS[domain],
                "qualifications": reference.TRAINER_QUALIFICATIONS[domain],
                "active": True,
            },
        )
        for course_id in course_ids:
            ctx.add("trainer_courses", {"trainer_id": trainer_id, "course_id": course_id})
        ctx.trainers.append(
            TrainerRec(
                trainer_id, first, last, internal, domain, course_ids, hourly, daily, company
            )
        )
        # A week or two off per trainer and year, decided before any session is planned.
        for _ in range(max(1, span // 200)):
            start = first_day + dt.timedelta(days=rng.randrange(span))
            days = rng.choice((1, 2, 5, 5, 10))
            for offset in range(days + days // 5 * 2):
                for half in (0, 1):
                    ctx.trainer_busy.add((trainer_id, start + dt.timedelta(days=offset), half))
            ctx.add(
                "trainer_unavailabilities",
                {
                    "id": ctx.new_id("trainer_unavailabilities"),
                    "trainer_id": trainer_id,
                    "starts_at": dt.datetime.combine(start, dt.time(0, 0)),
                    "ends_at": dt.datetime.combine(
                        start + dt.timedelta(days=days + days // 5 * 2 - 1), dt.time(23, 59)
                    ),
                    "reason": rng.choice(TRAINER_ABSENCES),
                },
            )
