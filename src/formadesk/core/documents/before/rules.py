"""Règlement intérieur and livret d'accueil: the office's own texts, printed for one session.

The texts come from the organisation record (``internal_rules``, ``welcome_booklet``); when
the office has not written one yet, a default French text is used (``texts``). The
livret adds the practical information of the session: place, access, timetable, contacts.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ... import formatting as fmt
from ...model import Organisation
from ..engine import docx_spec as d
from ..engine.builders import load_session, organisation_info, what_to_bring_lines
from ..engine.data import ContactInfo
from ..engine.docx import docx_renderer
from ..engine.pdf import bullets, markup, para, write_letter
from ..engine.registry import DocumentKind, register
from .builders import (
    course_sheet,
    session_sheet,
    today_text,
)
from .data_admin import OfficeTextData, TextSection
from .pdf import facts, heading, is_title, sections_flowables, slot_table
from .texts import DEFAULT_BOOKLET, DEFAULT_RULES, Sections, as_text

RULES_TITLE = "Règlement intérieur"
BOOKLET_TITLE = "Livret d'accueil"
RULES_LAW = "Applicable aux stagiaires – articles L6352-3 et R6352-1 et suivants du Code du travail"
_SHORT_TITLE = re.compile(r"^[^.:;!?]{2,60}$")


def parse_sections(text: str) -> tuple[TextSection, ...]:
    """Cut an office text into sections: an « Article … » line, or a short line without final
    punctuation followed by text, starts a new section; other lines are paragraphs."""
    lines = [line.strip() for line in (text or "").splitlines()]
    sections: list[TextSection] = []
    title, paragraphs = "", []
    for index, line in enumerate(lines):
        if not line:
            continue
        following = next((x for x in lines[index + 1 :] if x), "")
        if is_title(line) or (_SHORT_TITLE.match(line) and following and not line[0].islower()):
            if title or paragraphs:
                sections.append(TextSection(title, tuple(paragraphs)))
            title, paragraphs = line, []
        else:
            paragraphs.append(line)
    if title or paragraphs:
        sections.append(TextSection(title, tuple(paragraphs)))
    return tuple(sections)


def _build_text(
    s: Session,
    session_id: int,
    title: str,
    column: InstrumentedAttribute[str],
    default: Sections,
    today: dt.date | None,
) -> OfficeTextData:
    """The office's text held in ``column`` (or ``default``) with the session's details."""
    session = load_session(s, session_id)
    org = organisation_info(s)
    own = (s.scalar(select(column).order_by(Organisation.id)) or "").strip()
    text = own or as_text(default)
    sections = parse_sections(own) if own else tuple(TextSection(t, p) for t, p in default)
    bring = what_to_bring_lines(s, session)  # the session, else the course, else the office
    return OfficeTextData(
        organisation=org,
        title=title,
        course_title=course_sheet(session).title,
        session=session_sheet(s, session),
        sections=sections,
        text=text,
        default_text=not own,
        contact=ContactInfo(name=org.name, phone=org.phone, email=org.email),
        issued_on=today_text(today),
        city=org.city,
        what_to_bring=bring,
    )


def build_rules(s: Session, session_id: int, *, today: dt.date | None = None) -> OfficeTextData:
    """The règlement intérieur handed to the learners of a session."""
    return _build_text(
        s, session_id, RULES_TITLE, Organisation.internal_rules, DEFAULT_RULES, today
    )


def build_booklet(s: Session, session_id: int, *, today: dt.date | None = None) -> OfficeTextData:
    """The livret d'accueil of a session: the office's text and the practical information."""
    column = Organisation.welcome_booklet
    return _build_text(s, session_id, BOOKLET_TITLE, column, DEFAULT_BOOKLET, today)


def _head(data: OfficeTextData, subtitle: str) -> list[Flowable]:
    session = data.session
    return [
        markup(f"<b>{escape(data.title.upper())}</b>", "title"),
        para(subtitle, "small"),
        Spacer(1, 2 * mm),
        facts(
            [
                ("Organisme", data.organisation.name),
                ("Formation", f"{data.course_title} – session {session.code}"),
                ("Dates", session.dates),
                ("Lieu", session.place or "À préciser"),
            ]
        ),
        Spacer(1, 3 * mm),
    ]


def render_rules_pdf(data: OfficeTextData, out: Path) -> Path:
    """Write the règlement intérieur as a PDF at ``out``."""
    org = data.organisation
    story = [*_head(data, RULES_LAW), *sections_flowables(data.sections)]
    signed = [x for x in (org.signatory_name, org.signatory_title) if x]
    story.append(
        KeepTogether(
            [
                Spacer(1, 4 * mm),
                para(f"Fait à {data.city}, le {data.issued_on}" if data.city else data.issued_on),
                *[para(line, "right_bold" if i == 0 else "right") for i, line in enumerate(signed)],
            ]
        )
    )
    return write_letter(out, story, org, title=f"{data.title} – {org.name}",
                        subject=f"Session {data.session.code}")  # fmt: skip


def _practical(data: OfficeTextData) -> list[Flowable]:
    session, org = data.session, data.organisation
    referent = org.disability_referent
    reach = ", ".join(p for p in (data.contact.phone, data.contact.email) if p)
    rows = [("Accueil de l'organisme", f"{data.contact.name}" + (f" – {reach}" if reach else ""))]
    if session.trainers:
        rows.append((fmt.noun(len(session.trainers), "Formateur"), ", ".join(session.trainers)))
    if not referent.is_empty:
        how = ", ".join(p for p in (referent.phone, referent.email) if p)
        rows.append(("Référent handicap", " – ".join(p for p in (referent.name, how) if p)))
    story: list[Flowable] = [heading("Informations pratiques de votre session")]
    story.append(markup(f"<b>Lieu :</b> {escape(session.place or 'à préciser')}"))
    if session.access_info:
        story.append(markup(f"<b>Accès :</b> {escape(session.access_info)}"))
    story.append(markup(f"<b>Durée :</b> {session.total_hours}, {escape(session.dates)}"))
    story += slot_table(session.slots, "Horaires des séances")
    if data.what_to_bring:
        story += [heading("À prévoir"), bullets(data.what_to_bring)]
    story += [heading("Vos interlocuteurs"), facts(rows)]
    return story


def render_booklet_pdf(data: OfficeTextData, out: Path) -> Path:
    """Write the livret d'accueil as a PDF at ``out``."""
    subtitle = f"Remis aux stagiaires de la session {data.session.code}"
    story = [*_head(data, subtitle), *sections_flowables(data.sections), *_practical(data)]
    return write_letter(out, story, data.organisation, title=f"{data.title} – {data.course_title}",
                        subject=f"Session {data.session.code}")  # fmt: skip


def _template(subtitle: str, practical: list[d.Block]) -> list[d.Block]:
    return [
        d.Letterhead(),
        d.Heading("{{ title }}", 0),
        d.Para(subtitle, size=8),
        d.Para("{{ course_title }} – session {{ session.code }} – {{ session.dates }}", bold=True),
        d.Para("Lieu : {{ session.place }}"),
        d.Para("{{ text }}", align="justify"),
        *practical,
    ]


RULES_TEMPLATE = _template(RULES_LAW, [d.Para("Fait à {{ city }}, le {{ issued_on }}")])
BOOKLET_TEMPLATE = _template(
    "Remis aux stagiaires de la session {{ session.code }}",
    [
        d.Heading("Informations pratiques de votre session"),
        d.Para("Accès : {{ session.access_info }}"),
        d.Table(
            header=("Date", "Horaires", "Lieu"),
            loop="slot in session.slots",
            row=("{{ slot.date }}", "{{ slot.times }}", "{{ slot.place }}"),
            widths=(58, 34, 78),
        ),
        d.Bullets("item in what_to_bring", "{{ item }}"),
        d.Para("Contact : {{ contact.name }} – {{ contact.phone }} – {{ contact.email }}"),
        d.Para("Référent handicap : {{ organisation.disability_referent.name }} "
               "{{ organisation.disability_referent.phone }}"),
    ],
)  # fmt: skip
DOCX_TEMPLATES = {"reglement": RULES_TEMPLATE, "livret": BOOKLET_TEMPLATE}

KINDS = (
    register(
        DocumentKind(
            key="reglement",
            label="Règlement intérieur",
            plural="Règlements intérieurs",
            scope="session",
            builder=build_rules,
            renderers={"pdf": render_rules_pdf, "docx": docx_renderer("reglement")},
        )
    ),
    register(
        DocumentKind(
            key="livret",
            label="Livret d'accueil",
            plural="Livrets d'accueil",
            scope="session",
            builder=build_booklet,
            renderers={"pdf": render_booklet_pdf, "docx": docx_renderer("livret")},
        )
    ),
)
