"""The document kind « bilan » (Bilan de session): its Word template and its registration.

One file per session, for a finished session only (the builder refuses the others with a
French message). Produced from the session's page « Bilan » or the « Documents… » dialog, it
is filed and recorded like every document; its record proves the checklist step « Rédiger le
bilan de la session » (``services.checklist_evidence``). Each issue is a snapshot of the day.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ...reporting.bilan_figures import session_bilan
from ..engine.builders import organisation_info
from ..engine.docx import docx_renderer
from ..engine.docx_spec import Block, Heading, Letterhead, Para, Table
from ..engine.registry import DocumentKind, register
from .bilan_pdf import (
    ABSENCE_HEADER,
    ABSENCE_SHARES,
    COMMENT_HEADER,
    COMMENT_SHARES,
    COST_HEADER,
    COST_SHARES,
    DROP_HEADER,
    DROP_SHARES,
    EVENT_HEADER,
    EVENT_SHARES,
    MONEY_HEADER,
    MONEY_SHARES,
    OBJECTIVE_HEADER,
    OBJECTIVE_SHARES,
    QUESTION_HEADER,
    QUESTION_SHARES,
    SATISFACTION_HEADER,
    SATISFACTION_SHARES,
    TITLE,
    BilanSheet,
    render_bilan_pdf,
)

KEY = "bilan"


def build_bilan(s: Session, session_id: int) -> BilanSheet:
    """The bilan of a finished session (refused, in French, for any other)."""
    return BilanSheet.of(session_bilan(s, session_id), organisation_info(s))


DOCX_TEMPLATE: list[Block] = [
    Letterhead(),
    Heading(f"{TITLE} {{{{ code }}}}", level=0),
    Para("Formation : {{ course_title }} ({{ course_code }})", bold=True),
    Para("Session {{ code }}, {{ dates }}{% if place %} — {{ place }}{% endif %}."),
    Para("Formateur(s) : {{ trainers_text }}"),
    Para("Apprenants : {{ learners_text }}"),
    Heading("Assiduité"),
    Para("Taux d'assiduité : {{ attendance_text }}."),
    Para(
        "Apprenants allés au bout de la formation : {{ completed }} sur {{ learners }} "
        "({{ completion_text }})."
    ),
    Para("Absences : {{ absences_text }}."),
    Para("{{ not_entered_text }}", size=8.5, when="not_entered_text"),
    Table(
        header=ABSENCE_HEADER,
        loop="a in absences",
        when="absences",
        row=(
            "{{ a.learner }}",
            "{{ a.half_day }}",
            "{{ a.status }}",
            "{{ a.attended }}",
            "{{ a.note }}",
        ),
        shares=ABSENCE_SHARES,
        right=(3,),
        size=9,
    ),  # fmt: skip
    Heading("Abandons"),
    Para("Aucun abandon.", when="not drop_outs"),
    Table(
        header=DROP_HEADER,
        loop="d in drop_outs",
        when="drop_outs",
        row=("{{ d.learner }}", "{{ d.on }}", "{{ d.reason }}", "{{ d.attended }}"),
        shares=DROP_SHARES,
        right=(3,),
        size=9,
    ),
    Heading("Résultats par objectif"),
    Para(
        "Aucun objectif défini pour la formation : résultats non renseignés.",
        when="not objectives",
    ),
    Table(
        header=OBJECTIVE_HEADER,
        loop="o in objectives",
        when="objectives",
        row=(
            "O{{ o.number }}. {{ o.text }}",
            "{{ o.acquired }}",
            "{{ o.partial }}",
            "{{ o.not_acquired }}",
            "{{ o.not_assessed }}",
            "{{ o.acquired_text }}",
        ),
        shares=OBJECTIVE_SHARES,
        right=(1, 2, 3, 4, 5),
        size=9,
    ),  # fmt: skip
    Heading("Satisfaction"),
    Para(
        "Aucun questionnaire de satisfaction envoyé pour cette session : non renseigné.",
        when="not satisfaction",
    ),
    Table(
        header=SATISFACTION_HEADER,
        loop="g in satisfaction",
        when="satisfaction",
        row=("{{ g.audience }}", "{{ g.moment }}", "{{ g.returned_text }}", "{{ g.average_text }}"),
        shares=SATISFACTION_SHARES,
        size=9,
    ),
    Heading("Réponses par question", level=2),
    Table(
        header=QUESTION_HEADER,
        loop="q in questions",
        when="questions",
        row=("{{ q.group }}", "{{ q.text }}", "{{ q.answers }}", "{{ q.result }}"),
        shares=QUESTION_SHARES,
        size=9,
    ),
    Heading("Commentaires", level=2),
    Para("Aucun commentaire écrit dans les questionnaires.", when="not comments"),
    Table(
        header=COMMENT_HEADER,
        loop="c in comments",
        when="comments",
        row=("{{ c.group }}", "{{ c.question }}", "{{ c.text }}"),
        shares=COMMENT_SHARES,
        size=9,
    ),
    Heading("Aléas et réclamations"),
    Para(
        "Aucun aléa ni aucune réclamation enregistrés pour cette session.",
        when="not events",
    ),
    Table(
        header=EVENT_HEADER,
        loop="e in events",
        when="events",
        row=("{{ e.kind }}", "{{ e.on }}", "{{ e.text }}", "{{ e.state }}", "{{ e.outcome }}"),
        shares=EVENT_SHARES,
        size=9,
    ),
    Heading("Remarques du formateur"),
    Para("{{ remarks_text }}"),
    Heading("Finances"),
    Table(
        header=MONEY_HEADER,
        rows=(
            ("Facturé HT", "{{ invoiced_text }}"),
            ("Encaissé (TTC)", "{{ collected_text }}"),
            ("Reste à encaisser (TTC)", "{{ outstanding_text }}"),
            ("Coûts saisis (HT)", "{{ costs_text }}"),
            ("Marge (facturé HT − coûts)", "{{ margin_text }}"),
        ),
        shares=MONEY_SHARES,
        right=(1,),
    ),
    Heading("Coûts de la session", level=2),
    Para("Aucun coût saisi pour cette session.", when="not costs"),
    Table(
        header=COST_HEADER,
        loop="c in costs",
        when="costs",
        row=("{{ c.on }}", "{{ c.category }}", "{{ c.label }}", "{{ c.amount }}"),
        shares=COST_SHARES,
        right=(3,),
        size=9,
    ),
    Para(
        "Bilan établi le {{ issued_text }} d'après les données enregistrées dans Formadesk ; "
        "«\u00a0non renseigné\u00a0» signale une donnée qui n'a pas été saisie.",
        size=8.5,
    ),
]

KIND = register(
    DocumentKind(
        key=KEY,
        label=TITLE,
        plural="Bilans de session",
        scope="session",
        dated_each_issue=True,  # a snapshot of the figures of the day
        builder=build_bilan,
        renderers={"pdf": render_bilan_pdf, "docx": docx_renderer(KEY)},
    )
)
