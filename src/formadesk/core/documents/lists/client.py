"""The learners of one client in a session, with status, funding and price (PDF, Excel, Word)."""

from __future__ import annotations

from pathlib import Path

from ..engine.docx import docx_renderer
from ..engine.docx_spec import Block, Heading, Letterhead, Para, Table
from ..engine.registry import DocumentKind, register
from .build import build_client_list
from .data import ClientListData, ParticipantLine
from .pdf import list_table, write_list
from .xlsx import SheetSpec, write_workbook

KEY = "liste_client"
TITLE = "Stagiaires du client"
HEADER = ("Nom et prénom", "Statut", "Financement", "Prix")
SHARES = (0.3, 0.16, 0.38, 0.16)
TOTAL = "Total des inscrits actifs"


def _facts(data: ClientListData) -> list[tuple[str, str]]:
    s = data.session
    return [
        ("Client", data.client),
        ("Adresse", data.client_address),
        ("SIRET", data.client_siret),
        ("Formation", s.course_title),
        ("Session", s.code),
        ("Dates", s.dates),
        ("Lieu", s.place),
        ("Durée", s.total_hours),
    ]


def _funding(line: ParticipantLine) -> str:
    return f"{line.funding}\n{line.funders}" if line.funders else line.funding


def render_client_pdf(data: ClientListData, out: Path) -> Path:
    """The client's learners of ``data`` as a PDF at ``out``, with the total price."""
    rows = [(x.name, x.status, _funding(x), x.price) for x in data.lines]
    rows.append((TOTAL, "", "", data.total))
    body = list_table("Stagiaires", HEADER, rows, SHARES, wide=False, right=(3,), total=True)
    return write_list(
        out,
        data.organisation,
        title=f"{TITLE} {data.client}",
        facts=_facts(data),
        body=body,
        issued_on=data.issued_on,
        subject=f"Session {data.session.code}",
        wide=False,
    )


def render_client_xlsx(data: ClientListData, out: Path) -> Path:
    """The client's learners as a workbook, prices in euros and their total."""
    sheet = SheetSpec(
        name="Stagiaires",
        title=f"{TITLE} {data.client}",
        header=("Nom", "Prénom", "Statut", "Financement", "Financeurs", "Prix"),
        rows=[
            [x.last_name, x.first_name, x.status, x.funding, x.funders, x.price_cents]
            for x in data.lines
        ],
        widths=(22, 16, 16, 32, 30, 14),
        facts=_facts(data),
        money_columns={5},
        total=[TOTAL, "", "", "", "", data.total_cents],
    )
    return write_workbook(out, data.organisation.name, [sheet])


DOCX_TEMPLATE: list[Block] = [
    Letterhead(),
    Heading(f"{TITLE} {{{{ client }}}}", level=0),
    Para(
        "{{ client_address|join(', ') }}{% if client_siret %} – SIRET {{ client_siret }}{% endif %}"
    ),
    Para("Formation : {{ session.course_title }} – session {{ session.code }}", bold=True),
    Para("Dates : {{ session.dates }} – lieu : {{ session.place }}"),
    Table(
        header=HEADER,
        loop="line in lines",
        row=("{{ line.name }}", "{{ line.status }}", "{{ line.funding }}", "{{ line.price }}"),
        widths=(50, 30, 60, 30),
    ),
    Para(f"{TOTAL} : {{{{ total }}}}", bold=True),
    Para("Liste éditée le {{ issued_on }}.", size=8.5),
]

KIND = register(
    DocumentKind(
        key=KEY,
        label=TITLE,
        plural="Listes des stagiaires par client",
        scope="client",
        dated_each_issue=True,  # a list of the day
        builder=build_client_list,
        renderers={
            "pdf": render_client_pdf,
            "xlsx": render_client_xlsx,
            "docx": docx_renderer(KEY),
        },
    )
)
