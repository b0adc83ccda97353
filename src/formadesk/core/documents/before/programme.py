"""Programme de formation: the pre-established content of a session (Qualiopi indicators 1-2).

``programme_story`` is reused by the convention and the contract, which attach the programme.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy.orm import Session

from ... import formatting as fmt
from ...model import TrainingSession
from ..engine import docx_spec as d
from ..engine.builders import load_session, organisation_info
from ..engine.data import ContactInfo
from ..engine.docx import docx_renderer
from ..engine.layout import LAYOUT
from ..engine.pdf import bullets, data_table, markup, para, table_heading, write_letter
from ..engine.registry import DocumentKind, register
from .builders import (
    course_sheet,
    qualiopi_mention,
    session_sheet,
    setting,
    today_text,
)
from .data import ProgrammeData
from .pdf import facts, heading, text_flowables

ACCESS_DELAY_KEY = "documents.access_delay"  # the office may write its own in the settings
ACCESS_DELAY = (
    "Inscription jusqu'à 5 jours ouvrés avant le début de la session, dans la limite des "
    "places disponibles."
)
FOLLOW_UP = (
    "Feuilles d'émargement signées par demi-journée par les stagiaires et le formateur ; "
    "attestation de fin de formation et certificat de réalisation remis à l'issue."
)
SLOT_WIDTHS = (0.34, 0.2, 0.46)


def price_text(session: TrainingSession, vat_exempt: bool) -> str:
    """« 1 250,00 € net de taxe par stagiaire », or the group price of an intra session."""
    tax = "net de taxe" if vat_exempt else "HT"
    if session.kind == "intra":
        group = session.price_cents
        group = group if group is not None else session.course.intra_price_cents
        return f"{fmt.money(group)} {tax} pour le groupe (intra-entreprise)" if group else ""
    price = session.price_cents if session.price_cents is not None else session.course.price_cents
    return f"{fmt.money(price)} {tax} par stagiaire" if price else ""


def accessibility_sentence(referent: ContactInfo) -> str:
    """How a person with a disability reaches the office's référent handicap."""
    how = ", ".join(p for p in (referent.phone and f"tél. {referent.phone}", referent.email) if p)
    who = f"notre référent handicap, {referent.name}" if referent.name else "notre équipe"
    return (
        "Nos formations sont accessibles aux personnes en situation de handicap. Pour étudier "
        f"les adaptations nécessaires (accès, supports, rythme, matériel), contactez {who}"
        + (f" ({how})" if how else "")
        + ", de préférence avant l'inscription."
    )


def build_programme(s: Session, session_id: int, *, today: dt.date | None = None) -> ProgrammeData:
    """The programme of a session, from its course, slots, price and the office's referent."""
    session = load_session(s, session_id)
    org = organisation_info(s)
    contact = ContactInfo(name=org.name, phone=org.phone, email=org.email)
    reach = ", ".join(p for p in (contact.phone, contact.email) if p)
    delay = setting(s, ACCESS_DELAY_KEY).strip() or ACCESS_DELAY
    return ProgrammeData(
        organisation=org,
        course=course_sheet(session),
        session=session_sheet(s, session),
        price=price_text(session, org.vat_exempt) or "Sur devis",
        qualiopi=qualiopi_mention(s),
        contact=contact,
        accessibility=accessibility_sentence(org.disability_referent),
        access_delay=f"{delay} Renseignements et inscriptions : {org.name}"
        + (f" ({reach})." if reach else "."),
        updated_on=today_text(today),
    )


def _facts(data: ProgrammeData) -> list[tuple[str, str]]:
    course, session = data.course, data.session
    rows = [
        ("Durée", f"{course.duration}, {session.dates}" if session.dates else course.duration),
        ("Lieu", session.place or "À préciser"),
        ("Modalité", f"{course.modality} – {session.kind}"),
        ("Public visé", course.audience),
        ("Prérequis", course.prerequisites),
        ("Effectif", f"{session.max_places} stagiaires au maximum"),
        ("Tarif", data.price),
        ("Nature de l'action", course.nature),
        ("Sanction", course.sanction),
    ]
    if course.certification:
        rows.append(("Certification", course.certification))
    if course.level:
        rows.append(("Niveau", course.level))
    return rows


def programme_story(data: ProgrammeData, kicker: str = "PROGRAMME DE FORMATION") -> list[Flowable]:
    """The programme's flowables (title included), for its own PDF or as an annex."""
    course, session = data.course, data.session
    reference = f"Réf. {course.code} · Session {session.code} · Mis à jour le {data.updated_on}"
    story: list[Flowable] = [
        para(kicker, "small"),
        markup(escape(course.title), "title"),
        para(reference, "small"),
        Spacer(1, 2 * mm),
        facts(_facts(data)),
    ]
    if course.objectives:
        intro = "À l'issue de la formation, le stagiaire sera capable de :"
        story += [heading("Objectifs pédagogiques"), para(intro), bullets(course.objectives)]
    if course.programme:
        story += [heading("Contenu de la formation"), *text_flowables(course.programme)]
    means = course.teaching_means or "Apports théoriques, exercices pratiques, supports remis."
    story += [heading("Moyens pédagogiques et techniques"), para(means)]
    if session.trainers:
        story.append(para(f"Animée par : {', '.join(session.trainers)}."))
    story += [
        heading("Modalités de suivi et d'évaluation"),
        para(course.assessment or "Évaluation des acquis en fin de formation."),
        para(FOLLOW_UP),
    ]
    if session.slots:
        story += table_heading("Dates, horaires et lieux")
        widths = [w * LAYOUT.content_width for w in SLOT_WIDTHS]
        rows = [(slot.date, slot.times, slot.place) for slot in session.slots]
        story.append(data_table(("Date", "Horaires", "Lieu"), rows, widths))
    story += [heading("Accessibilité"), para(data.accessibility)]
    story += [heading("Délais d'accès et contact"), para(data.access_delay)]
    if data.qualiopi:
        story += [Spacer(1, 2 * mm), para(data.qualiopi, "small")]
    return story


def render_programme_pdf(data: ProgrammeData, out: Path) -> Path:
    """Write the programme of ``data`` as a PDF at ``out``."""
    title = f"Programme – {data.course.title}"
    subject = f"Session {data.session.code}"
    return write_letter(out, programme_story(data), data.organisation, title=title, subject=subject)


PROGRAMME_BLOCKS: list[d.Block] = [  # the body, shared with the annex of conventions
    d.Para("{{ course.title }}", bold=True, size=13),
    d.Para("Réf. {{ course.code }} · Session {{ session.code }} · Mis à jour le {{ updated_on }}"),
    d.Table(
        header=("Rubrique", "Détail"),
        rows=(
            ("Durée", "{{ course.duration }}, {{ session.dates }}"),
            ("Lieu", "{{ session.place }}"),
            ("Modalité", "{{ course.modality }} – {{ session.kind }}"),
            ("Public visé", "{{ course.audience }}"),
            ("Prérequis", "{{ course.prerequisites }}"),
            ("Effectif", "{{ session.max_places }} stagiaires au maximum"),
            ("Tarif", "{{ price }}"),
            ("Nature de l'action", "{{ course.nature }}"),
            ("Sanction", "{{ course.sanction }}"),
        ),
        widths=(45, 125),
    ),
    d.Heading("Objectifs pédagogiques"),
    d.Bullets("objective in course.objectives", "{{ objective }}"),
    d.Heading("Contenu de la formation"),
    d.Bullets("line in course.programme", "{{ line }}"),
    d.Heading("Moyens pédagogiques et techniques"),
    d.Para("{{ course.teaching_means }}"),
    d.Para("Animée par : {{ session.trainers|join(', ') }}.", when="session.trainers"),
    d.Heading("Modalités de suivi et d'évaluation"),
    d.Para("{{ course.assessment }}"),
    d.Para(FOLLOW_UP),
    d.Heading("Dates, horaires et lieux"),
    d.Table(
        header=("Date", "Horaires", "Lieu"),
        loop="slot in session.slots",
        row=("{{ slot.date }}", "{{ slot.times }}", "{{ slot.place }}"),
        widths=(58, 34, 78),
    ),
    d.Heading("Accessibilité"),
    d.Para("{{ accessibility }}"),
    d.Heading("Délais d'accès et contact"),
    d.Para("{{ access_delay }}"),
    d.Para("{{ qualiopi }}", size=8),
]
DOCX_TEMPLATE: list[d.Block] = [
    d.Letterhead(),
    d.Heading("Programme de formation", 0),
    *PROGRAMME_BLOCKS,
]


def _prefixed(text: str, prefix: str) -> str:
    text = re.sub(r"\{\{\s*", "{{ " + prefix, text)
    return re.sub(r"\{%\s*if\s+", "{% if " + prefix, text)


def programme_annex(prefix: str = "programme.") -> list[d.Block]:
    """The programme's Word blocks reading the fields of ``prefix`` (a convention's or a
    contract's ``programme``), after a page break: the annex of those documents."""
    blocks: list[d.Block] = [d.PageBreak(), d.Heading("Annexe – programme de la formation", 0)]
    for block in PROGRAMME_BLOCKS:
        if isinstance(block, d.Para) and block.when:
            text, when = _prefixed(block.text, prefix), prefix + block.when
            block = dataclasses.replace(block, text=text, when=when)
        elif isinstance(block, d.Para | d.Heading):
            block = dataclasses.replace(block, text=_prefixed(block.text, prefix))
        elif isinstance(block, d.Bullets):
            block = d.Bullets(block.loop.replace(" in ", f" in {prefix}", 1), block.item_text)
        elif isinstance(block, d.Table):
            block = dataclasses.replace(
                block,
                loop=block.loop.replace(" in ", f" in {prefix}", 1),
                rows=tuple(tuple(_prefixed(c, prefix) for c in row) for row in block.rows),
            )
        blocks.append(block)
    return blocks


KIND = register(
    DocumentKind(
        key="programme",
        label="Programme",
        plural="Programmes",
        scope="session",
        dated_each_issue=True,  # « mis à jour le »: the day it is printed
        builder=build_programme,
        renderers={"pdf": render_programme_pdf, "docx": docx_renderer("programme")},
    )
)
