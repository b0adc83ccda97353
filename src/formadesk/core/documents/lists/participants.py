"""Liste des participants of a session, in PDF (landscape), Excel and Word."""

from __future__ import annotations

from pathlib import Path

from ... import formatting as fmt
from ..engine.docx import docx_renderer
from ..engine.docx_spec import Block, Heading, Letterhead, Page, Para, Table
from ..engine.registry import DocumentKind, register
from .build import build_participants
from .data import ParticipantLine, ParticipantsData
from .pdf import list_table, write_list
from .xlsx import SheetSpec, write_workbook

KEY = "liste_participants"
TITLE = "Liste des participants"
OTHERS = "Liste d'attente, annulations et abandons"
HEADER = ("Nom et prénom", "Entreprise", "Client", "E-mail", "Téléphone", "Statut", "Financement")
SHARES = (0.14, 0.13, 0.13, 0.18, 0.11, 0.11, 0.2)
XLSX_HEADER = (
    "Nom",
    "Prénom",
    "Civilité",
    "Entreprise",
    "Client",
    "E-mail",
    "Téléphone",
    "Statut",
    "Financement",
    "Financeurs",
    "Prix",
)
XLSX_WIDTHS = (20, 16, 9, 26, 26, 30, 16, 16, 30, 30, 13)


def _cells(line: ParticipantLine) -> tuple[str, ...]:
    funding = fmt.join_distinct([line.funding, line.funders], "\n")
    return (line.name, line.employer, line.client, line.email, line.phone, line.status, funding)


def session_facts(data: ParticipantsData) -> list[tuple[str, str]]:
    s = data.session
    return [
        ("Formation", s.course_title),
        ("Session", s.code),
        ("Dates", s.dates),
        ("Lieu", s.place),
        (fmt.names_label(s.trainers, "Formateur"), s.trainers),
        ("Effectif", data.headcount),
    ]


def render_participants_pdf(data: ParticipantsData, out: Path) -> Path:
    """The participants of ``data`` as a landscape PDF at ``out``."""
    body = list_table("Inscrits", HEADER, [_cells(x) for x in data.active_lines], SHARES, wide=True)
    if data.other_lines:
        others = [_cells(x) for x in data.other_lines]
        body += list_table(OTHERS, HEADER, others, SHARES, wide=True)
    return write_list(
        out,
        data.organisation,
        title=TITLE,
        facts=session_facts(data),
        body=body,
        issued_on=data.issued_on,
        subject=f"Session {data.session.code}",
        wide=True,
    )


def xlsx_rows(lines: tuple[ParticipantLine, ...]) -> list[list[object]]:
    return [
        [
            x.last_name,
            x.first_name,
            x.civility,
            x.employer,
            x.client,
            x.email,
            x.phone,
            x.status,
            x.funding,
            x.funders,
            x.price_cents,
        ]
        for x in lines
    ]


def render_participants_xlsx(data: ParticipantsData, out: Path) -> Path:
    """The participants of ``data`` as an Excel workbook at ``out``."""
    sheet = SheetSpec(
        name="Participants",
        title=f"{TITLE} – {data.session.course_title}",
        header=XLSX_HEADER,
        rows=xlsx_rows(data.lines),
        widths=XLSX_WIDTHS,
        facts=session_facts(data),
        money_columns={10},
    )
    return write_workbook(out, data.organisation.name, [sheet])


# An e-mail address may wrap after its « @ » (zero-width space), never inside a word.
EMAIL = "{{ line.email|replace('@', '@\u200b') }}"


def _people_table(lines: str) -> Table:
    """The PDF's columns and proportions, one row per person of ``lines``."""
    return Table(
        header=HEADER,
        loop=f"line in {lines}",
        row=(
            "{{ line.name }}",
            "{{ line.employer }}",
            "{{ line.client }}",
            EMAIL,
            "{{ line.phone }}",
            "{{ line.status }}",
            "{{ line.funding }}{% if line.funders %} – {{ line.funders }}{% endif %}",
        ),
        shares=SHARES,
        size=9,
    )


DOCX_TEMPLATE: list[Block] = [
    Page(landscape=True),  # as the PDF (``wide=True``)
    Letterhead(),
    Heading(TITLE, level=0),
    Para("Formation : {{ session.course_title }} – session {{ session.code }}", bold=True),
    Para("Dates : {{ session.dates }} – lieu : {{ session.place }}"),
    Para("Animée par : {{ session.trainers }} – effectif : {{ headcount }}"),
    Heading("Inscrits", level=2),
    _people_table("active_lines"),
    Para("{%p if other_lines %}"),  # as the PDF: the others apart, only when there are some
    Heading(OTHERS, level=2),
    _people_table("other_lines"),
    Para("{%p endif %}"),
    Para("Liste éditée le {{ issued_on }}.", size=8.5),
]

KIND = register(
    DocumentKind(
        key=KEY,
        label=TITLE,
        plural="Listes des participants",
        scope="session",
        dated_each_issue=True,  # a list of the day
        builder=build_participants,
        renderers={
            "pdf": render_participants_pdf,
            "xlsx": render_participants_xlsx,
            "docx": docx_renderer(KEY),
        },
    )
)
