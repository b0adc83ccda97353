"""Attestation d'assiduité: hours attended over hours planned, half-day by half-day."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ..engine.docx import docx_renderer
from ..engine.docx_spec import Block, Heading, Letterhead, Para, Table
from ..engine.pdf import markup, para, table_heading, write_letter
from ..engine.registry import DocumentKind, register
from .build import build_assiduite
from .data import AssiduiteData
from .pdf import (
    ATTESTATION_ENDING,
    CLOSING,
    attests_that,
    employer_clause,
    results_table,
    signature_block,
    title_block,
)

KEY = "attestation_assiduite"
TITLE = "Attestation d'assiduité"
WIDTHS = (0.34, 0.2, 0.22, 0.12, 0.12)


def _missing_note(missing: int) -> str:
    if missing == 1:
        return "Présence non saisie pour 1 séance : elle n'est pas comptée dans les heures suivies."
    return (
        f"Présence non saisie pour {missing} séances : elles ne sont pas comptées dans les "
        "heures suivies."
    )


def render_assiduite_pdf(data: AssiduiteData, out: Path) -> Path:
    """Write the attestation d'assiduité of ``data`` as a PDF at ``out``."""
    t = data.training
    org = t.organisation
    rate = f", soit un taux d'assiduité de {data.rate}" if data.rate else ""
    story: list[Flowable] = [
        *title_block(TITLE.upper()),
        *attests_that(t),
        markup(
            employer_clause(t) + f"a suivi la formation <b>« {escape(t.course_title)} »</b> "
            f"(session {escape(t.session_code)}), {escape(t.dates)}"
            + (f", à {escape(t.place)}." if t.place else ".")
        ),
        Spacer(1, 2 * mm),
        markup(
            f"<b>Heures suivies : {escape(data.attended)} sur {escape(data.planned)} "
            f"prévues{escape(rate)}.</b>"
        ),
    ]
    if data.missing:
        story.append(para(_missing_note(data.missing), "small"))
    story += table_heading("Détail des présences")
    rows = [(x.date, x.times, x.status, x.planned, x.attended) for x in data.lines]
    story.append(
        results_table(
            ("Date", "Horaires", "Présence", "Prévu", "Suivi"), rows, WIDTHS, compact=True
        )
    )
    story.append(signature_block(t, closing=CLOSING))
    subject = f"{t.learner.full_name} – session {t.session_code}"
    return write_letter(out, story, org, title=TITLE, subject=subject)


DOCX_TEMPLATE: list[Block] = [
    Letterhead(),
    Heading(TITLE.upper(), level=0),
    Para(
        "Je soussigné(e) {{ training.organisation.signatory_name }}, de l'organisme de "
        "formation {{ training.organisation.name }}, atteste que :"
    ),
    Para("{{ training.learner.display_name }}", bold=True, align="center", size=12),
    Para(
        "{% if training.works_for %}{{ training.employee }} de l'entreprise "
        "{{ training.employer }}, {% endif %}a suivi la formation « {{ training.course_title }} » "
        "(session {{ training.session_code }}), {{ training.dates }}, à {{ training.place }}."
    ),
    Para(
        "Heures suivies : {{ attended }} sur {{ planned }} prévues"
        "{% if rate %}, soit un taux d'assiduité de {{ rate }}{% endif %}.",
        bold=True,
    ),
    Heading("Détail des présences"),
    Table(
        header=("Date", "Horaires", "Présence", "Prévu", "Suivi"),
        loop="line in lines",
        row=(
            "{{ line.date }}",
            "{{ line.times }}",
            "{{ line.status }}",
            "{{ line.planned }}",
            "{{ line.attended }}",
        ),
        widths=(55, 35, 40, 20, 20),
    ),
    *ATTESTATION_ENDING,
]

KIND = register(
    DocumentKind(
        key=KEY,
        label=TITLE,
        plural="Attestations d'assiduité",
        scope="learner",
        dropped_out_too=True,  # the hours attended until the abandon
        builder=build_assiduite,
        renderers={"pdf": render_assiduite_pdf, "docx": docx_renderer(KEY)},
    )
)
