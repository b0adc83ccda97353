"""The convocation in Word: its template spec, and the kind registered again with "docx".

The PDF renderer stays in ``convocation``; this module adds the Word output without touching
it, by registering the same kind with both renderers (a later registration replaces the first).
"""

from __future__ import annotations

import dataclasses

from ..engine.docx import docx_renderer
from ..engine.docx_spec import Bullets, Heading, Letterhead, Page, Para, Signature, Table
from ..engine.registry import register
from . import convocation

_REFERENT = (
    "{% if disability_referent.is_empty %}n'hésitez pas à nous en faire part{% else %}"
    "notre référent handicap{% if disability_referent.name %}, "
    "{{ disability_referent.name }}{% endif %}"
    "{% if disability_referent.phone or disability_referent.email %} ("
    "{% if disability_referent.phone %}tél. {{ disability_referent.phone }}{% endif %}"
    "{% if disability_referent.phone and disability_referent.email %}, {% endif %}"
    "{{ disability_referent.email }}){% endif %}, est à votre écoute{% endif %}"
)

DOCX_TEMPLATE = [
    Page(compact=True),  # one page, as the PDF: the signature never alone on a second page
    Letterhead(),
    Signature(
        left=("Réf. : session {{ session_code }}",),
        right=(
            "{{ learner.display_name }}",
            "{%p for line in learner.address_lines %}",
            "{{ line }}",
            "{%p endfor %}",
        ),
    ),
    Para(
        "{% if city %}À {{ city }}, le {{ issued_on }}{% else %}Le {{ issued_on }}{% endif %}",
        align="right",
    ),
    Para("Objet : Convocation à la formation « {{ course_title }} »", bold=True, size=12),
    Para("{{ learner.salutation }}"),
    Para(
        "Nous avons le plaisir de vous confirmer votre inscription à la formation "
        "« {{ course_title }} » (session {{ session_code }}), qui se déroulera {{ dates }}"
        "{% if slots %}, pour une durée totale de {{ total_hours }}{% endif %}. Nous vous "
        "remercions de vous présenter aux dates, horaires et lieu indiqués ci-dessous, un quart "
        "d'heure avant le début de la première séance.",
        align="justify",
    ),
    Para("{%p if objectives %}"),
    Heading("Objectifs de la formation"),
    Bullets("objective in objectives", "{{ objective }}"),
    Para("{%p endif %}"),
    Heading("Calendrier"),
    Para("{%p if slots %}"),
    Table(
        header=("Date", "Horaires", "Lieu"),
        row=("{{ slot.date }}", "{{ slot.times }}", "{{ slot.place }}"),
        loop="slot in slots",
        widths=(58, 34, 78),
    ),
    Para(
        "Durée totale : {{ total_hours }}"
        "{% if trainers %} · Animation : {{ trainers|join(', ') }}{% endif %}",
        size=9,
    ),
    Para("{%p else %}"),
    Para("La formation se déroule {{ dates }} ; les horaires vous seront précisés."),
    Para("{%p endif %}"),
    Heading("Lieu et accès"),
    Para("{%p if remote %}"),
    Para(
        "La formation se déroule à distance. Le lien de connexion et les consignes techniques "
        "vous seront envoyés avant la première séance."
    ),
    Para("{%p else %}"),
    Para("{{ place or 'Lieu à préciser' }}", bold=True),
    Para("{%p endif %}"),
    Para("{{ access_info }}"),
    Para("{%p if what_to_bring %}"),
    Heading("À prévoir"),
    Bullets("item in what_to_bring", "{{ item }}"),
    Para("{%p endif %}"),
    Heading("Accessibilité et situation de handicap"),
    Para(
        "Si vous êtes en situation de handicap ou si vous avez besoin d'un aménagement (accès, "
        f"supports, rythme, matériel), {_REFERENT}. Prévenez-nous le plus tôt possible : nous "
        "étudierons avec vous les adaptations nécessaires.",
        align="justify",
    ),
    Heading("Contacts"),
    Para(
        "Pour toute question, ou si vous ne pouvez pas être présent(e), merci de prévenir au "
        "plus tôt {{ contact.name or 'notre équipe' }}"
        "{% if contact.phone %} (tél. {{ contact.phone }}){% endif %}"
        "{% if contact.email %}, {{ contact.email }}{% endif %}."
    ),
    Para(
        "Nous vous souhaitons une excellente formation et vous prions d'agréer, "
        "{{ learner.salutation.rstrip(',') }}, l'expression de nos salutations distinguées."
    ),
    Signature(
        right=(
            "{{ organisation.signatory_title or organisation.name }}",
            "{{ organisation.signatory_name }}",
        )
    ),
]

KIND = register(
    dataclasses.replace(
        convocation.KIND,
        renderers={**convocation.KIND.renderers, "docx": docx_renderer("convocation")},
    )
)
