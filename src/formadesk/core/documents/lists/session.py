"""Fiche session: the identity sheet of a session (course, dates, slots, rooms, trainers,
places and learners), in PDF, Excel and Word."""

from __future__ import annotations

from pathlib import Path

from ... import formatting as fmt
from ..engine.docx import docx_renderer
from ..engine.docx_spec import Block, Heading, Letterhead, Para, Table
from ..engine.registry import DocumentKind, register
from .build import build_session_sheet
from .data import SessionSheetData
from .participants import XLSX_HEADER, XLSX_WIDTHS, xlsx_rows
from .pdf import list_table, write_list
from .xlsx import SheetSpec, write_workbook

KEY = "liste_session"
TITLE = "Fiche session"
SLOT_HEADER = ("Date", "Horaires", "Salle", "Formateur")
SLOT_SHARES = (0.26, 0.15, 0.35, 0.24)
LEARNER_HEADER = ("Nom et prénom", "Entreprise / client", "Statut", "Financement")
LEARNER_SHARES = (0.26, 0.3, 0.16, 0.28)


def _facts(data: SessionSheetData) -> list[tuple[str, str]]:
    s = data.session
    waiting = sum(1 for line in data.lines if line.status == "Liste d'attente")
    return [
        ("Formation", s.course_title),
        ("Code formation", s.course_code),
        ("Session", s.code),
        ("Statut", s.status),
        ("Type", f"{s.kind} – {data.client}" if data.client else s.kind),
        ("Modalité", s.modality),
        ("Dates", s.dates),
        ("Durée", s.total_hours),
        ("Lieu", s.place),
        (fmt.noun(len(data.rooms), "Salle"), ", ".join(data.rooms)),
        (fmt.names_label(s.trainers, "Formateur"), s.trainers),
        ("Effectif", data.headcount),
        ("Liste d'attente", fmt.plural(waiting, "personne") if waiting else ""),
    ]


def render_session_pdf(data: SessionSheetData, out: Path) -> Path:
    """The session sheet of ``data`` as a PDF at ``out``."""
    slots = [(x.date, x.times, x.room, x.trainers) for x in data.slots]
    learners = [(x.name, x.employer or x.client, x.status, x.funding) for x in data.lines]
    body = list_table("Séances", SLOT_HEADER, slots, SLOT_SHARES, wide=False)
    body += list_table("Apprenants", LEARNER_HEADER, learners, LEARNER_SHARES, wide=False)
    return write_list(
        out,
        data.organisation,
        title=f"{TITLE} {data.session.code}",
        facts=_facts(data),
        body=body,
        issued_on=data.issued_on,
        subject=data.session.course_title,
        wide=False,
    )


def render_session_xlsx(data: SessionSheetData, out: Path) -> Path:
    """The session sheet as a workbook: identity, slots and learners on three sheets."""
    title = f"{TITLE} {data.session.code}"
    identity = SheetSpec(
        name="Session",
        title=title,
        header=("Rubrique", "Valeur"),
        rows=[[label, value] for label, value in _facts(data) if value],
        widths=(22, 70),
    )
    slots = SheetSpec(
        name="Séances",
        title=f"Séances – {data.session.code}",
        header=SLOT_HEADER,
        rows=[[x.date, x.times, x.room, x.trainers] for x in data.slots],
        widths=(28, 16, 30, 30),
    )
    learners = SheetSpec(
        name="Apprenants",
        title=f"Apprenants – {data.session.code}",
        header=XLSX_HEADER,
        rows=xlsx_rows(data.lines),
        widths=XLSX_WIDTHS,
        money_columns={10},
    )
    return write_workbook(out, data.organisation.name, [identity, slots, learners])


DOCX_TEMPLATE: list[Block] = [
    Letterhead(),
    Heading(f"{TITLE} {{{{ session.code }}}}", level=0),
    Para("Formation : {{ session.course_title }} ({{ session.course_code }})", bold=True),
    Para("Statut : {{ session.status }} – {{ session.kind }} – {{ session.modality }}"),
    Para("Dates : {{ session.dates }} – durée : {{ session.total_hours }}"),
    Para("Lieu : {{ session.place }}"),
    Para("Animée par : {{ session.trainers }}"),
    Para("Effectif : {{ headcount }}"),
    Heading("Séances"),
    Table(
        header=SLOT_HEADER,
        loop="slot in slots",
        row=("{{ slot.date }}", "{{ slot.times }}", "{{ slot.room }}", "{{ slot.trainers }}"),
        widths=(50, 30, 45, 45),
    ),
    Heading("Apprenants"),
    Table(
        header=LEARNER_HEADER,
        loop="line in lines",
        row=("{{ line.name }}", "{{ line.employer }}", "{{ line.status }}", "{{ line.funding }}"),
        widths=(45, 45, 30, 50),
    ),
    Para("Fiche éditée le {{ issued_on }}.", size=8.5),
]

KIND = register(
    DocumentKind(
        key=KEY,
        label=TITLE,
        plural="Fiches session",
        scope="session",
        dated_each_issue=True,  # a list of the day
        builder=build_session_sheet,
        renderers={
            "pdf": render_session_pdf,
            "xlsx": render_session_xlsx,
            "docx": docx_renderer(KEY),
        },
    )
)
