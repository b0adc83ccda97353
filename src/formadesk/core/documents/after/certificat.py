"""Certificat de réalisation, following the ministry's model (OPCO, CPF), one per learner.

The duration is the hours actually attended (sum of the attendance entered, see
``services.attended_hours``); the certificat is refused until every half-day is entered.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ..engine.docx import docx_renderer
from ..engine.docx_spec import Block, Heading, Letterhead, Para, Signature
from ..engine.layout import LAYOUT
from ..engine.pdf import markup, para, write_letter
from ..engine.registry import DocumentKind, register
from .build import build_certificat
from .data import CertificatData
from .pdf import STAMP_SIZE, centred_name, signatory_name, signature_block, title_block

KEY = "certificat_realisation"
TITLE = "Certificat de réalisation"
NATURE_INTRO = "Nature de l'action concourant au développement des compétences :"
COMMITMENT = (
    "Sans préjudice des délais imposés par les règles fiscales, comptables ou commerciales, je "
    "m'engage à conserver l'ensemble des pièces justificatives qui ont permis d'établir le "
    "présent certificat pendant une durée de 3 ans à compter de la fin de l'année du dernier "
    "paiement. En cas de cofinancement des fonds européens la durée de conservation est étendue "
    "conformément aux obligations conventionnelles spécifiques."
)
STAMP_LABEL = "Cachet et signature du responsable du dispensateur de formation"


def _natures(data: CertificatData) -> Table:
    """The four natures of the model, the action's one ticked, two by two."""
    cells = [markup(f'<font size="12">{n.box}</font>  {escape(n.label)}') for n in data.natures]
    rows = [cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)]
    half = (LAYOUT.content_width - 8 * mm) / 2
    table = Table(rows, colWidths=[half, half])
    style = [("LEFTPADDING", (0, 0), (-1, -1), 8 * mm), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    table.setStyle(TableStyle(style))
    return table


def render_certificat_pdf(data: CertificatData, out: Path) -> Path:
    """Write the certificat de réalisation of ``data`` as a PDF at ``out``."""
    t = data.training
    org = t.organisation
    story: list[Flowable] = [
        *title_block(TITLE.upper(), "Modèle du ministère chargé de la formation professionnelle"),
        markup(
            f"Je soussigné(e) <b>{escape(signatory_name(t))}</b>, représentant légal du "
            "dispensateur de l'action concourant au développement des compétences "
            f"<b>{escape(org.name)}</b>, atteste que :"
        ),
        centred_name(t.learner.display_name),
        *(
            [markup(f"salarié(e) de l'entreprise <b>{escape(t.employer)}</b>")]
            if t.works_for
            else []
        ),  # the ministry's wording, only for an employee
        markup(f"a suivi l'action <b>{escape(t.course_title)}</b>"),
        Spacer(1, 2 * mm),
        para(NATURE_INTRO),
        _natures(data),
        Spacer(1, 2 * mm),
        markup(f"qui s'est déroulée du <b>{escape(t.start)}</b> au <b>{escape(t.end)}</b>,"),
        markup(f"pour une durée de <b>{escape(t.attended_hours)}</b>."),  # as every document
        Spacer(1, 4 * mm),
        para(COMMITMENT),
        signature_block(t, STAMP_LABEL),
    ]
    subject = f"{t.learner.full_name} – session {t.session_code}"
    return write_letter(out, story, org, title=TITLE, subject=subject)


DOCX_TEMPLATE: list[Block] = [
    Letterhead(),
    Heading(TITLE.upper(), level=0),
    Para(
        "Je soussigné(e) {{ training.organisation.signatory_name }}, représentant légal du "
        "dispensateur de l'action concourant au développement des compétences "
        "{{ training.organisation.name }}, atteste que :"
    ),
    Para("{{ training.learner.display_name }}", bold=True, align="center", size=12),
    Para("salarié(e) de l'entreprise {{ training.employer }}", when="training.works_for"),
    Para("a suivi l'action {{ training.course_title }}"),
    Para(NATURE_INTRO),
    Para("{%p for nature in natures %}"),
    Para("{{ nature.box }}  {{ nature.label }}"),
    Para("{%p endfor %}"),
    Para("qui s'est déroulée du {{ training.start }} au {{ training.end }},"),
    Para("pour une durée de {{ training.attended_hours }}."),
    Para(COMMITMENT, align="justify"),
    Signature(
        left=(),
        right=("{{ training.signed_at }}", "{{ training.organisation.signatory_name }}"),
        stamp=STAMP_LABEL,
        stamp_size=(STAMP_SIZE[0] / mm, STAMP_SIZE[1] / mm),  # the PDF's box
    ),
]

KIND = register(
    DocumentKind(
        key=KEY,
        label=TITLE,
        plural="Certificats de réalisation",
        scope="learner",
        dropped_out_too=True,  # the hours attended until the abandon
        builder=build_certificat,
        renderers={"pdf": render_certificat_pdf, "docx": docx_renderer(KEY)},
    )
)
