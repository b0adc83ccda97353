"""Shared builders of the documents sent before a training: course, session, parties, prices.

Every function reads the database through the ORM session it is given and returns the plain
data of ``data``; the kind modules assemble them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ... import formatting as fmt
from ...model import (
    ACTIVE_ENROLLMENT_STATUSES,
    CLIENT_KINDS,
    FUNDER_KINDS,
    FUNDING_SCHEMES,
    MODALITIES,
    SESSION_KINDS,
    Client,
    Contact,
    Enrollment,
    Funder,
    FundingLine,
    Learner,
    Organisation,
    SessionTrainer,
    Setting,
    Slot,
    SlotTrainer,
    Trainer,
    TrainingSession,
)
from ...services import settings as office_settings
from ...services.settings_checks import bank_line
from ..engine.builders import (
    REMOTE,
    address_lines,
    person_name,
    planned_minutes,
    session_place,
    slot_lines,
    spaced_siret,
    trainer_names,
)
from .data import CourseSheet, FundingInfo, PartyInfo, PriceLine, PriceSummary, SessionSheet

NATURES = {
    "action_formation": "Action de formation",
    "bilan_competences": "Bilan de compétences",
    "vae": "Action de validation des acquis de l'expérience",
    "apprentissage": "Action de formation par apprentissage",
}
VAT_EXEMPTION = "Exonération de TVA, art. 261-4-4° a du CGI"
VAT_PERMILLE = 200  # 20 % when the office is not exempt


def setting(s: Session, key: str) -> str:
    """The office's value of a setting, or its default text."""
    value = s.scalar(select(Setting.value).where(Setting.key == key))
    return office_settings.DEFAULTS.get(key, "") if value is None else value


def bank_details(s: Session) -> str:
    """« IBAN FR76 3000 … · BIC … », or "" when the office has not given its IBAN."""
    return bank_line(setting(s, "billing.iban"), setting(s, "billing.bic"))


def qualiopi_mention(s: Session) -> str:
    return s.scalar(select(Organisation.qualiopi_certificate).order_by(Organisation.id)) or ""


def text_lines(text: str) -> tuple[str, ...]:
    """Non-empty lines of a stored text, stripped of list marks."""
    return tuple(line.strip(" -•\t") for line in (text or "").splitlines() if line.strip(" -•\t"))


def course_sheet(session: TrainingSession) -> CourseSheet:
    course = session.course
    return CourseSheet(
        code=course.code,
        title=course.title,
        objectives=tuple(o.text.strip() for o in course.objectives if o.text.strip()),
        programme=text_lines(course.programme),
        prerequisites=course.prerequisites.strip() or "Aucun prérequis.",
        audience=course.audience.strip() or "Tout public.",
        duration=fmt.hours(planned_minutes(session)),
        modality=MODALITIES.get(session.modality or course.modality, course.modality),
        teaching_means=course.teaching_means.strip(),
        assessment=course.assessment_method.strip(),
        sanction=course.sanction.strip() or "Attestation de fin de formation",
        certification=course.certification_code.strip(),
        level=course.level.strip(),
        nature=NATURES.get(course.nature, course.nature or NATURES["action_formation"]),
    )


def active_count(s: Session, session_id: int) -> int:
    query = select(func.count(Enrollment.id)).where(
        Enrollment.session_id == session_id, Enrollment.status.in_(ACTIVE_ENROLLMENT_STATUSES)
    )
    return s.scalar(query) or 0


def session_sheet(s: Session, session: TrainingSession) -> SessionSheet:
    remote = session.modality == REMOTE or (
        bool(session.slots) and all(slot.modality == REMOTE for slot in session.slots)
    )
    return SessionSheet(
        code=session.code,
        dates=fmt.date_range_long(session.start_date, session.end_date),
        start=fmt.date_medium(session.start_date),
        end=fmt.date_medium(session.end_date),
        slots=slot_lines(s, session),
        total_hours=fmt.hours(planned_minutes(session)),
        place="À distance" if remote and not session.place else session_place(s, session),
        access_info=session.access_info.strip(),
        trainers=trainer_names(s, session.id),
        kind=SESSION_KINDS.get(session.kind, session.kind),
        modality=MODALITIES.get(session.modality, session.modality),
        max_places=session.max_places,
        enrolled=active_count(s, session.id),
        remote=remote,
    )


def client_party(s: Session, client: Client) -> PartyInfo:
    """A client as a party: name, address, SIRET and the first of its contacts."""
    contact = s.scalar(select(Contact).where(Contact.client_id == client.id).order_by(Contact.id))
    representative = ""
    if contact is not None:
        representative = person_name(contact.first_name, contact.last_name, contact.civility)
        representative += f", {contact.role}" if contact.role else ""
    return PartyInfo(
        name=client.name,
        address_lines=address_lines(client.address, client.postal_code, client.city),
        siret=spaced_siret(client.siret),
        kind=CLIENT_KINDS.get(client.kind, client.kind),
        representative=representative,
        email=client.email,
        phone=client.phone,
    )


def learner_name(learner: Learner) -> str:
    return person_name(learner.first_name, learner.last_name, learner.civility)


def unit_price(enrollment: Enrollment, session: TrainingSession) -> int:
    """Price of one enrollment: its own, else the session's, else the catalogue's (cents)."""
    if enrollment.price_cents:
        return enrollment.price_cents
    if session.price_cents is not None and session.kind != "intra":
        return session.price_cents
    return session.course.price_cents


def client_enrollments(s: Session, session_id: int, client_id: int) -> list[Enrollment]:
    """Active enrollments of one client in a session, by learner name."""
    query = (
        select(Enrollment)
        .join(Learner, Learner.id == Enrollment.learner_id)
        .where(
            Enrollment.session_id == session_id,
            Enrollment.client_id == client_id,
            Enrollment.status.in_(ACTIVE_ENROLLMENT_STATUSES),
        )
        .options(selectinload(Enrollment.learner), selectinload(Enrollment.funding_lines))
        .order_by(Learner.last_name, Learner.first_name)
    )
    return list(s.scalars(query))


def price_summary(lines: list[tuple[str, int, int]], vat_exempt: bool) -> PriceSummary:
    """Lines of (designation, quantity, unit price in cents) with their totals and VAT."""
    total = sum(quantity * unit for _, quantity, unit in lines)
    vat = 0 if vat_exempt else total * VAT_PERMILLE // 1000
    return PriceSummary(
        lines=tuple(
            PriceLine(
                label, str(qty), fmt.money(unit), fmt.money(qty * unit), qty, unit, qty * unit
            )
            for label, qty, unit in lines
        ),
        total_ht=fmt.money(total),
        vat_label="TVA non applicable" if vat_exempt else f"TVA ({VAT_PERMILLE // 10} %)",
        vat=fmt.money(vat),
        total_ttc=fmt.money(total + vat),
        vat_mention=VAT_EXEMPTION if vat_exempt else "",
        total_cents=total + vat,
        total_ht_cents=total,
        vat_cents=vat,
    )


def session_price_lines(
    session: TrainingSession, enrollments: list[Enrollment]
) -> list[tuple[str, int, int]]:
    """Priced lines for a client's learners: one per group (intra) or per distinct price."""
    course = session.course
    period = f"{fmt.date_range_long(session.start_date, session.end_date)}"
    hours = fmt.hours(planned_minutes(session))
    if session.kind == "intra":
        price = session.price_cents
        if price is None:
            price = course.intra_price_cents or sum(unit_price(e, session) for e in enrollments)
        label = (
            f"Formation intra-entreprise « {course.title} » (session {session.code}), "
            f"{period}, {hours} – groupe de {fmt.plural(len(enrollments), 'stagiaire')}"
        )
        return [(label, 1, price)]
    by_price: dict[int, list[str]] = defaultdict(list)
    for enrollment in enrollments:
        by_price[unit_price(enrollment, session)].append(learner_name(enrollment.learner))
    label = f"Formation « {course.title} » (session {session.code}), {period}, {hours}"
    if len(by_price) == 1:
        ((price, names),) = by_price.items()
        return [(label, len(names), price)]
    return [
        (f"{label} – {', '.join(names)}", len(names), price)
        for price, names in sorted(by_price.items(), reverse=True)
    ]


def funding_infos(s: Session, enrollments: list[Enrollment]) -> tuple[FundingInfo, ...]:
    """Funders of these enrollments, one line per funder and payment mode, amounts summed."""
    groups: dict[tuple[int, bool], list[FundingLine]] = defaultdict(list)
    names: dict[int, str] = {}
    for enrollment in enrollments:
        for line in enrollment.funding_lines:
            groups[(line.funder_id, line.subrogation)].append(line)
            names[line.id] = learner_name(enrollment.learner)
    funders = {f.id: f for f in s.scalars(select(Funder).where(Funder.id.in_(
        [funder_id for funder_id, _ in groups]
    )))}  # fmt: skip
    infos = []
    for (funder_id, subrogation), lines in groups.items():
        funder = funders[funder_id]
        schemes = dict.fromkeys(FUNDING_SCHEMES.get(li.scheme, li.scheme) for li in lines)
        agreements = dict.fromkeys(li.agreement_number for li in lines if li.agreement_number)
        infos.append(
            FundingInfo(
                funder=funder.name,
                kind=FUNDER_KINDS.get(funder.kind, funder.kind),
                scheme=", ".join(schemes),
                amount=fmt.money(sum(li.amount_cents for li in lines)),
                subrogation=subrogation,
                agreement=", ".join(agreements),
                learners=tuple(dict.fromkeys(names[li.id] for li in lines)),
            )
        )
    return tuple(sorted(infos, key=lambda f: (not f.subrogation, f.funder)))


def subrogated_cents(enrollments: list[Enrollment]) -> int:
    """What the funders paying the office directly cover for these enrollments."""
    return sum(li.amount_cents for e in enrollments for li in e.funding_lines if li.subrogation)


def today_text(today: dt.date | None) -> str:
    return fmt.date_medium(today or dt.date.today())


def session_trainers(s: Session, session_id: int) -> list[Trainer]:
    """Trainers of the whole session, then those teaching only some of its slots."""
    whole = select(Trainer).join(SessionTrainer, SessionTrainer.trainer_id == Trainer.id)
    whole = whole.where(SessionTrainer.session_id == session_id)
    some = select(Trainer).join(SlotTrainer, SlotTrainer.trainer_id == Trainer.id)
    some = some.join(Slot, Slot.id == SlotTrainer.slot_id).where(Slot.session_id == session_id)
    found: dict[int, Trainer] = {}
    for query in (whole, some):
        for trainer in s.scalars(query.order_by(Trainer.last_name, Trainer.first_name)):
            found.setdefault(trainer.id, trainer)
    return list(found.values())
