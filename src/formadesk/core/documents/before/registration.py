"""Bulletin d'inscription: the registration form of one learner, prefilled, with blanks to fill.

What the database knows is printed; what it does not know is left as a dotted line for the
learner (or the employer) to complete before signing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy.orm import Session, selectinload

from ... import formatting as fmt
from ...errors import NotFoundError
from ...model import FUNDING_SCHEMES, LEARNER_STATUSES, Client, Enrollment
from ..engine import docx_spec as d
from ..engine.builders import learner_info, load_session, organisation_info, spaced_siret
from ..engine.docx import docx_renderer
from ..engine.pdf import para, write_letter
from ..engine.registry import DocumentKind, register
from .builders import (
    client_party,
    course_sheet,
    funding_infos,
    price_summary,
    session_sheet,
    unit_price,
)
from .data import PartyInfo
from .data_admin import BLANK, Field, RegistrationData
from .pdf import facts, heading, signatures

COMPACT = 1.8  # points above and below each line of the form: one page in all
PRIVACY = (
    "Vos informations servent à gérer votre inscription et votre formation ; elles ne sont "
    "transmises qu'aux financeurs concernés. Pour y accéder ou les rectifier, écrivez-nous."
)


def _value(text: str | None) -> str:
    return (text or "").strip() or BLANK


def _employer(s: Session, enrollment: Enrollment) -> PartyInfo | None:
    """The learner's employer as a client record, else the enrollment's company client."""
    learner = enrollment.learner
    for client_id in (learner.employer_client_id, enrollment.client_id):
        client = s.get(Client, client_id) if client_id else None
        if client is not None and client.kind != "particulier":
            return client_party(s, client)
    if learner.employer_name:
        return PartyInfo(name=learner.employer_name, siret=spaced_siret(learner.employer_siret))
    return None


def build_registration(
    s: Session, session_id: int, enrollment_id: int, *, today: dt.date | None = None
) -> RegistrationData:
    """The prefilled registration form of one enrollment."""
    session = load_session(s, session_id)
    enrollment = s.get(
        Enrollment,
        enrollment_id,
        options=[selectinload(Enrollment.learner), selectinload(Enrollment.funding_lines)],
    )
    if enrollment is None or enrollment.session_id != session_id:
        raise NotFoundError(
            "Cette inscription n'existe plus dans la session : actualisez la liste des inscrits."
        )
    learner, org = enrollment.learner, organisation_info(s)
    town = f"{learner.postal_code} {learner.city}".strip()
    identity = (
        Field("Civilité", _value(learner.civility)),
        Field("Nom", _value(learner.last_name)),
        Field("Nom de naissance", _value(learner.birth_name)),
        Field("Prénom", _value(learner.first_name)),
        Field("Date de naissance", _value(fmt.date_short(learner.birth_date))),
        Field("Adresse", _value(", ".join(p for p in (learner.address, town) if p))),
        Field(
            "Téléphone / e-mail", _value(" / ".join(p for p in (learner.phone, learner.email) if p))
        ),
        Field("Statut", _value(LEARNER_STATUSES.get(learner.status, learner.status))),
        Field("Emploi occupé", _value(learner.job_title)),
    )
    boss = _employer(s, enrollment)
    employer = (
        Field("Entreprise", _value(boss.name if boss else "")),
        Field("SIRET", _value(boss.siret if boss else "")),
        Field("Adresse", _value(boss.address if boss else "")),
        Field("Personne à contacter", _value(boss.representative if boss else "")),
        Field("Téléphone / e-mail", _value(" / ".join(p for p in (boss.phone, boss.email) if p)
                                           if boss else "")),
    )  # fmt: skip
    price = price_summary([("", 1, unit_price(enrollment, session))], org.vat_exempt)
    contact = " – ".join(p for p in (", ".join(org.address_lines), org.email) if p)
    return RegistrationData(
        organisation=org,
        learner=learner_info(learner),
        identity=identity,
        employer=employer,
        course=course_sheet(session),
        session=session_sheet(s, session),
        price=f"{price.total_ttc}" + (" net de taxe" if org.vat_exempt else " TTC"),
        funding_scheme=FUNDING_SCHEMES.get(enrollment.funding_scheme, enrollment.funding_scheme),
        funders=funding_infos(s, [enrollment]),
        accessibility_needs=learner.accessibility_needs.strip(),
        return_to=f"{org.name}, {contact}" if contact else org.name,
        city=org.city,
    )


def registration_story(data: RegistrationData) -> list[Flowable]:
    course, session = data.course, data.session
    funders = "; ".join(
        f"{f.funder} : {f.amount}" + (" (paiement direct à l'organisme)" if f.subrogation else "")
        for f in data.funders
    )
    training = [
        ("Formation", f"{course.title} (réf. {course.code})"),
        ("Session et dates", f"{session.code}, {session.dates}"),
        ("Durée", f"{session.total_hours} – {course.modality}"),
        ("Lieu", session.place or "À préciser"),
        ("Prix", data.price),
        ("Financement", data.funding_scheme),
        (fmt.names_label(funders, "Financeur"), funders or BLANK),
    ]
    needs = data.accessibility_needs or f"{BLANK}{BLANK}"
    story: list[Flowable] = [
        para("BULLETIN D'INSCRIPTION", "title"),
        para(f"À compléter, signer et retourner à : {data.return_to}", "small"),
        heading("Le stagiaire"),
        facts([(f.label, f.value) for f in data.identity], padding=COMPACT),
        heading("L'employeur (si la formation est suivie au titre de l'entreprise)"),
        facts([(f.label, f.value) for f in data.employer], padding=COMPACT),
        heading("La formation"),
        facts(training, padding=COMPACT),
        heading("Besoins particuliers"),
        para(f"Situation de handicap, aménagement souhaité : {needs}"),
        para(f"Vos attentes vis-à-vis de la formation : {BLANK}{BLANK}{BLANK}"),
    ]
    learner = ["Le stagiaire", data.learner.display_name]
    employer = ["L'employeur", "Nom et fonction du signataire :"]
    story.append(
        signatures(
            learner,
            employer,
            left_note="Date et signature",
            right_note="Date, cachet et signature",
            lead=[para(f"Fait à {BLANK}, le {BLANK}")],
            height=16 * mm,
        )
    )
    return [*story, Spacer(1, 2 * mm), para(PRIVACY, "small")]


def render_registration_pdf(data: RegistrationData, out: Path) -> Path:
    """Write the registration form as a PDF at ``out``."""
    return write_letter(
        out,
        registration_story(data),
        data.organisation,
        title=f"Bulletin d'inscription – {data.course.title}",
        subject=f"{data.learner.full_name} – session {data.session.code}",
    )


def _fields_table(loop: str) -> d.Table:
    row = ("{{ field.label }}", "{{ field.value }}")
    return d.Table(header=("Rubrique", "Information"), loop=loop, row=row, widths=(50, 120))


DOCX_TEMPLATE: list[d.Block] = [
    d.Letterhead(),
    d.Heading("Bulletin d'inscription", 0),
    d.Para("À compléter, signer et retourner à : {{ return_to }}", size=8),
    d.Heading("Le stagiaire"),
    _fields_table("field in identity"),
    d.Heading("L'employeur"),
    _fields_table("field in employer"),
    d.Heading("La formation"),
    d.Para("{{ course.title }} (réf. {{ course.code }}), session {{ session.code }}"),
    d.Para("{{ session.dates }} – {{ session.total_hours }} – {{ session.place }}"),
    d.Para("Prix : {{ price }} – Financement : {{ funding_scheme }}"),
    d.Bullets("funder in funders", "{{ funder.funder }} : {{ funder.amount }}"),
    d.Heading("Besoins particuliers"),
    d.Para("Situation de handicap, aménagement souhaité : {{ accessibility_needs }}"),
    d.Para(PRIVACY, size=8),
    d.Signature(
        left=("Le stagiaire", "{{ learner.display_name }}", "Date et signature"),
        right=("L'employeur", "Date, cachet et signature"),
    ),
]

KIND = register(
    DocumentKind(
        key="bulletin",
        label="Bulletin d'inscription",
        plural="Bulletins d'inscription",
        scope="learner",
        builder=build_registration,
        renderers={"pdf": render_registration_pdf, "docx": docx_renderer("bulletin")},
    )
)
