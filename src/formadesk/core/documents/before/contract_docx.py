"""The Word template of the contrat de formation, written from the PDF's own texts.

Every legal sentence (nature of the action under L6313-1, withdrawal, payment rule, force
majeure and drop-out, disputes) comes from ``contract_pdf``: the two outputs cannot say
different things. Figures are Word fields of ``ContractData``.
"""

from __future__ import annotations

from ..engine import docx_spec as d
from .contract_pdf import (
    DISPUTES,
    DISPUTES_TITLE,
    DROPPING_OUT,
    DROPPING_OUT_TITLE,
    FORCE_MAJEURE,
    LAW,
    NATURE_LAW,
    PAYMENT_RULE,
    WITHDRAWAL,
)
from .programme import programme_annex

PRICE = "{{ price }}{% if vat_mention %} – {{ vat_mention }}{% endif %}"
UPFRONT = "{% if learner_pays %}{{ upfront_max }} au maximum (30 % du prix){% else %}—{% endif %}"
BALANCE = (
    "{% if learner_pays %}{{ balance }}, échelonné au fil de la formation{% else %}—{% endif %}"
)
ARTICLES = (
    "Objet, nature et effectif",
    "Objectifs et contenu de l'action",
    "Durée, dates, horaires et lieu",
    "Moyens pédagogiques et techniques",
    "Déroulement, suivi et évaluation",
    "Formateurs et qualifications",
    "Délai de rétractation",
    "Prix et modalités de paiement",
    DROPPING_OUT_TITLE,
    DISPUTES_TITLE,
)


def _article(number: int) -> d.Heading:
    return d.Heading(f"Article {number} – {ARTICLES[number - 1]}")


DOCX_TEMPLATE: list[d.Block] = [
    d.Letterhead(),
    d.Heading("Contrat de formation professionnelle", 0),
    d.Para(f"{LAW} – session {{{{ session.code }}}}", size=8.5),
    d.Para("Entre les soussignés :", bold=True),
    d.Para(
        "{{ organisation.name }}, SIRET {{ organisation.siret }}, déclaration d'activité "
        "n° {{ organisation.nda }}, ci-après l'organisme de formation,"
    ),
    d.Para(
        "et {{ learner.display_name }}{% if birth_date %}, né(e) le {{ birth_date }}{% endif %}"
        "{% if learner.address_lines %}, demeurant {{ learner.address_lines|join(', ') }}"
        "{% endif %}, ci-après le stagiaire,"
    ),
    d.Para("est conclu le présent contrat de formation professionnelle."),
    _article(1),
    d.Para(
        "Le stagiaire s'inscrit à l'action « {{ course.title }} » (réf. {{ course.code }}, "
        "session {{ session.code }}), de nature : {{ course.nature }} "
        + NATURE_LAW
        + ". L'action accueille au plus {{ session.max_places }} stagiaires. Prérequis : "
        "{{ (course.prerequisites or 'aucun')|trim('. ') }}."
    ),
    _article(2),
    d.Para("À l'issue de la formation, le stagiaire sera capable de :", when="course.objectives"),
    d.Bullets("objective in course.objectives", "{{ objective }}"),
    d.Para("Public visé : {{ course.audience }}", when="course.audience"),
    d.Para("Sanction : {{ course.sanction }}", when="course.sanction"),
    d.Para("Le contenu détaillé figure dans le programme annexé."),
    _article(3),
    d.Para(
        "L'action dure {{ session.total_hours }} et se déroule {{ session.dates }}, en "
        "{{ course.modality|lower }}, à l'adresse suivante : "
        "{{ session.place or 'à préciser' }}."
    ),
    d.Para("Accès : {{ session.access_info }}", when="session.access_info"),
    d.Table(
        header=("Date", "Horaires", "Lieu"),
        loop="slot in session.slots",
        row=("{{ slot.date }}", "{{ slot.times }}", "{{ slot.place }}"),
        widths=(58, 34, 78),
    ),
    _article(4),
    d.Para(
        "{{ course.teaching_means or 'Apports théoriques, exercices pratiques, supports remis.' }}"
    ),
    _article(5),
    d.Para("{{ course.assessment or 'Évaluation des acquis en fin de formation.' }}"),
    _article(6),
    d.Table(
        header=("Formateur", "Titres et qualifications"),
        loop="trainer in trainers",
        row=("{{ trainer.name }}", "{{ trainer.qualifications }}"),
        shares=(0.3, 0.7),
    ),
    _article(7),
    d.Para(
        WITHDRAWAL.format(
            days="{{ withdrawal_days }}", distance_days="{{ distance_withdrawal_days }}"
        )
    ),  # fmt: skip
    _article(8),
    d.Table(
        header=("", ""),
        rows=(
            ("Prix de la formation", PRICE),
            ("Reste à la charge du stagiaire", "{{ learner_share }}"),
            ("Premier versement", UPFRONT),
            ("Solde", BALANCE),
        ),
        shares=(0.34, 0.66),
    ),
    d.Para(
        "Prises en charge prévues : {% for f in funders %}{{ f.funder }} ({{ f.scheme }}), "
        "{{ f.amount }}{% if not loop.last %} ; {% endif %}{% endfor %}.",
        when="funders",
    ),
    d.Para(PAYMENT_RULE),
    _article(9),
    d.Para(FORCE_MAJEURE),
    d.Para(DROPPING_OUT),
    _article(10),
    d.Para(DISPUTES),
    d.Para("Fait en deux exemplaires, à {{ city }}, le ……………………"),
    d.Signature(
        left=(
            "Le stagiaire",
            "{{ learner.display_name }}",
            "Date et signature, précédées de la mention « Lu et approuvé »",
        ),
        right=(
            "Pour l'organisme de formation",
            "{{ organisation.signatory_name }}",
            "{{ organisation.signatory_title }}",
        ),
        stamp="Cachet et signature",
    ),  # fmt: skip
    *programme_annex(),
]
