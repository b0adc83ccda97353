"""Relance convention: the letter asking a client to send back the signed convention.

For a private person the same letter asks for the signed contrat de formation. The convention
is due back signed ten days before the first day (J-10, see DOMAIN.md).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from ... import formatting as fmt
from ..engine.docx import docx_renderer
from ..engine.docx_spec import Para, Signature
from ..engine.pdf import bullets, para
from ..engine.registry import DocumentKind, register
from .data import ConventionReminderData
from .letters import build_convention_reminder
from .pdf import REMINDER_OPENING, write_reminder


def _body(data: ConventionReminderData) -> list[Flowable]:
    story: list[Flowable] = [para(data.intro)]
    if data.learners:
        story += [
            para(
                fmt.noun(len(data.learners), "Participant concerné", "Participants concernés")
                + " :"
            ),
            bullets(data.learners),
        ]
    story += [
        para(data.request),
        para(
            "Ce document signé confirme définitivement l'inscription ; il est aussi demandé par "
            "les financeurs pour la prise en charge de la formation."
        ),
        para(
            "Si vous nous l'avez déjà renvoyé, nous vous prions de ne pas tenir compte de ce "
            "courrier. Nous restons à votre disposition pour toute question."
        ),
    ]
    return story


def render_convention_reminder_pdf(data: ConventionReminderData, out: Path) -> Path:
    """Write the convention reminder of ``data`` as a PDF at ``out``; return ``out``."""
    references = [f"Réf. : session {data.session_code}"]
    return write_reminder(data, out, references, _body(data))


# The shipped Word template (fields of ConventionReminderData).
DOCX_TEMPLATE = [
    *REMINDER_OPENING,
    Para("{{ intro }}"),
    Para("Participants concernés : {{ learners_text }}", when="learners"),
    Para("{{ request }}"),
    Para(
        "Ce document signé confirme définitivement l'inscription ; il est aussi demandé par les "
        "financeurs pour la prise en charge de la formation."
    ),
    Para(
        "Si vous nous l'avez déjà renvoyé, nous vous prions de ne pas tenir compte de ce "
        "courrier. Nous vous prions d'agréer l'expression de nos salutations distinguées."
    ),
    Signature(right=("{{ organisation.signatory_title }}", "{{ organisation.signatory_name }}")),
]

KIND = register(
    DocumentKind(
        key="relance_convention",
        label="Relance convention",
        plural="Relances convention",
        scope="client",
        dated_each_issue=True,  # each reminder is a new letter of its day
        builder=build_convention_reminder,
        renderers={
            "pdf": render_convention_reminder_pdf,
            "docx": docx_renderer("relance_convention"),
        },
    )
)
