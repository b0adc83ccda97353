"""Ordre de mission: what one trainer teaches in a session, where, when, and for how much.

Trainer scope: ``build_mission(s, session_id, trainer_id)``. A slot is the trainer's when they
are named on it, or when they are a trainer of the whole session and nobody is named on it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import formatting as fmt
from ...errors import NotFoundError
from ...model import SessionTrainer, Slot, SlotTrainer, Trainer
from ..engine import docx_spec as d
from ..engine.builders import load_session, organisation_info, person_name, slot_lines, spaced_siret
from ..engine.data import PersonInfo
from ..engine.docx import docx_renderer
from ..engine.registry import DocumentKind, register
from .builders import active_count, course_sheet, session_sheet
from .data import PartyInfo
from .data_admin import MissionData, MissionSlot
from .mission_pdf import render_mission_pdf, render_mission_xlsx

FULL_DAY_MINUTES = 300  # from 5 hours on a date, a daily rate counts a whole day
DUTIES = (
    "Faire signer la feuille d'émargement par chaque stagiaire à chaque demi-journée, la "
    "signer vous-même et la remettre à l'organisme à la fin de la session.",
    "Faire remplir l'évaluation des acquis et le questionnaire de satisfaction à chaud, puis "
    "les retourner avec les feuilles d'émargement.",
    "Signaler sans délai toute absence, tout retard, tout incident ou toute difficulté d'un "
    "stagiaire.",
    "Utiliser les supports pédagogiques prévus au programme et laisser la salle en ordre.",
)
INVOICE = "Adresser votre facture, accompagnée des feuilles d'émargement signées, après la mission."


def _minutes(slot: Slot) -> int:
    start = dt.datetime.combine(slot.date, slot.start_time)
    end = dt.datetime.combine(slot.date, slot.end_time)
    return max(0, int((end - start).total_seconds() // 60))


def trainer_slots(s: Session, session_id: int, trainer_id: int, slots: list[Slot]) -> list[Slot]:
    """The slots of the session this trainer teaches (see the module docstring)."""
    named: dict[int, set[int]] = defaultdict(set)
    query = select(SlotTrainer.slot_id, SlotTrainer.trainer_id).join(
        Slot, Slot.id == SlotTrainer.slot_id
    )
    for slot_id, who in s.execute(query.where(Slot.session_id == session_id)):
        named[slot_id].add(who)
    whole = s.get(SessionTrainer, (session_id, trainer_id)) is not None
    return [
        slot for slot in slots if trainer_id in named[slot.id] or (whole and not named[slot.id])
    ]


def _pay(trainer: Trainer, slots: list[Slot]) -> tuple[str, int, str]:
    """(rate text, planned amount in cents, « 2 jours × 380,00 € ») from the trainer's rates.

    A date of 5 hours or more is paid at the daily rate when there is one; other dates at
    the hourly rate, or at half the daily rate when there is no hourly rate.
    """
    daily, hourly = trainer.daily_rate_cents, trainer.hourly_rate_cents
    per_date: dict[dt.date, int] = defaultdict(int)
    for slot in slots:
        per_date[slot.date] += _minutes(slot)
    full_days = sum(1 for m in per_date.values() if daily and m >= FULL_DAY_MINUTES)
    rest = [m for m in per_date.values() if not (daily and m >= FULL_DAY_MINUTES)]
    amount, parts = daily * full_days, []
    if full_days:
        parts.append(f"{fmt.plural(full_days, 'jour')} × {fmt.money(daily)}")
    if rest and hourly:
        amount += round(hourly * sum(rest) / 60)
        parts.append(f"{fmt.hours(sum(rest))} × {fmt.money(hourly)}")
    elif rest and daily:
        amount += daily * len(rest) // 2
        parts.append(f"{fmt.plural(len(rest), 'demi-journée')} × {fmt.money(daily // 2)}")
    rates = [f"{fmt.money(daily)} par jour" if daily else "",
             f"{fmt.money(hourly)} de l'heure" if hourly else ""]  # fmt: skip
    rate = " ; ".join(r for r in rates if r)
    if not rate:
        return "Non renseigné", 0, "à convenir"
    return rate, amount, " + ".join(parts) or "aucune séance"


def build_mission(
    s: Session, session_id: int, trainer_id: int, *, today: dt.date | None = None
) -> MissionData:
    """The ordre de mission of one trainer for one session."""
    session = load_session(s, session_id)
    trainer = s.get(Trainer, trainer_id)
    if trainer is None:
        raise NotFoundError("Ce formateur n'existe plus : actualisez la liste des formateurs.")
    mine = trainer_slots(s, session_id, trainer_id, list(session.slots))
    if not mine and s.get(SessionTrainer, (session_id, trainer_id)) is None:
        raise NotFoundError(
            f"{person_name(trainer.first_name, trainer.last_name)} n'intervient pas dans la "
            f"session {session.code} : affectez-le à la session ou à des séances."
        )
    lines = dict(zip((slot.id for slot in session.slots), slot_lines(s, session), strict=True))
    org = organisation_info(s)
    rate, amount, basis = _pay(trainer, mine)
    company = PartyInfo(
        name=trainer.company_name,
        siret=spaced_siret(trainer.siret),
        kind="Prestataire" if not trainer.internal else "",
    )
    minutes = sum(_minutes(slot) for slot in mine)
    return MissionData(
        organisation=org,
        trainer=PersonInfo(trainer.civility, person_name(trainer.first_name, trainer.last_name)),
        trainer_status=(
            "Formateur interne (salarié de l'organisme)"
            if trainer.internal
            else "Formateur externe (prestataire indépendant ou sous-traitant)"
        ),
        internal=trainer.internal,
        company=company if not trainer.internal else PartyInfo(name=""),
        trainer_nda=trainer.nda,
        email=trainer.email,
        phone=trainer.phone,
        course=course_sheet(session),
        session=session_sheet(s, session),
        slots=tuple(
            MissionSlot(
                lines[slot.id].date,
                lines[slot.id].times,
                lines[slot.id].place,
                fmt.hours(_minutes(slot)),
                _minutes(slot),
            )
            for slot in mine
        ),
        hours=fmt.hours(minutes),
        rate=rate,
        amount=fmt.money(amount) if amount else "À convenir",
        amount_basis=basis,
        learners=active_count(s, session_id),
        to_bring=DUTIES if trainer.internal else (*DUTIES, INVOICE),
        issued_on=fmt.date_medium(today or dt.date.today()),
        city=org.city,
        amount_cents=amount,
        minutes=minutes,
    )


DOCX_TEMPLATE: list[d.Block] = [
    d.Letterhead(),
    d.Heading("Ordre de mission", 0),
    d.Para("{{ trainer.display_name }} – {{ trainer_status }}", bold=True),
    d.Para(
        "{% if company.name %}Société : {{ company.name }}, SIRET {{ company.siret }}"
        "{% endif %}{% if trainer_nda %} – NDA {{ trainer_nda }}{% endif %}"
    ),
    d.Para("Contact : {{ email }} {{ phone }}"),
    d.Heading("Mission"),
    d.Para("Formation « {{ course.title }} » – session {{ session.code }}, {{ session.dates }}"),
    d.Para(
        "Lieu : {{ session.place }} – {{ learners }} "
        "{% if learners > 1 %}stagiaires inscrits{% else %}stagiaire inscrit{% endif %}"
    ),
    d.Table(
        header=("Date", "Horaires", "Lieu", "Durée"),
        loop="slot in slots",
        row=("{{ slot.date }}", "{{ slot.times }}", "{{ slot.place }}", "{{ slot.hours }}"),
        widths=(50, 30, 65, 25),
    ),
    d.Para("Volume total : {{ hours }}", bold=True),
    d.Heading("Rémunération"),
    d.Para("Taux : {{ rate }} – montant prévu : {{ amount }} ({{ amount_basis }})"),
    d.Heading("À faire et à retourner"),
    d.Bullets("duty in to_bring", "{{ duty }}"),
    d.Para("Fait à {{ city }}, le {{ issued_on }}"),
    d.Signature(
        left=("L'intervenant", "{{ trainer.display_name }}", "Bon pour accord"),
        right=("Pour l'organisme de formation", "{{ organisation.signatory_name }}"),
    ),
]

KIND = register(
    DocumentKind(
        key="ordre_mission",
        label="Ordre de mission",
        plural="Ordres de mission",
        scope="trainer",
        builder=build_mission,
        renderers={
            "pdf": render_mission_pdf,
            "docx": docx_renderer("ordre_mission"),
            "xlsx": render_mission_xlsx,
        },
    )
)
