"""A person's data on request (RGPD, right of access): everything the base holds about one
learner, as an Excel workbook (one sheet per part) and a JSON file with the same content.

Parts: identity, enrolments, attendance (each half-day, minutes counted by the one rule of
``attended_hours``, signed or not), results per objective, evaluations and their answers,
documents produced for them, exchanges, complaints and jury results.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..files import atomic_path
from ..model import (
    DOCUMENT_STATUSES,
    ENROLLMENT_STATUSES,
    EVALUATION_KINDS,
    FUNDING_SCHEMES,
    INTERACTION_CHANNELS,
    LEARNER_STATUSES,
    OBJECTIVE_RESULTS,
    RESPONDENTS,
    Attendance,
    Client,
    Complaint,
    Course,
    CourseObjective,
    Enrollment,
    Evaluation,
    EvaluationAnswer,
    GeneratedDocument,
    Interaction,
    Jury,
    JuryCandidate,
    Learner,
    ObjectiveResult,
    Slot,
    SurveyQuestion,
    TrainingSession,
)
from .attended_hours import attended_minutes, half_day_label

ATTENDANCE_LABELS = {
    "present": "Présent",
    "absent": "Absent",
    "absent_excuse": "Absence justifiée",
    "retard": "Retard",
    "depart_anticipe": "Départ anticipé",
    "abandon": "Abandon",
}


@dataclass(frozen=True)
class Part:
    """One part of the export: a sheet of the workbook and a list of the JSON file."""

    key: str  # JSON key
    title: str  # sheet name
    columns: tuple[tuple[str, str], ...]  # (JSON field, column header)
    rows: tuple[dict, ...]


def _part(key: str, title: str, columns: str, rows: list[dict]) -> Part:
    """``columns``: « field:Header|field:Header » (kept short and readable)."""
    pairs = tuple(tuple(c.split(":", 1)) for c in columns.split("|"))
    return Part(key, title, pairs, tuple(rows))  # type: ignore[arg-type]


def person_parts(s: Session, learner_id: int) -> tuple[str, list[Part]]:
    """(the person's name as filed, the parts of their data)."""
    learner = s.get(Learner, learner_id)
    identity = [
        {"champ": header, "valeur": value}
        for header, value in (
            ("Civilité", learner.civility),
            ("Nom", learner.last_name),
            ("Prénom", learner.first_name),
            ("Nom de naissance", learner.birth_name),
            ("Date de naissance", learner.birth_date),
            ("E-mail", learner.email),
            ("Téléphone", learner.phone),
            ("Adresse", learner.address),
            ("Code postal", learner.postal_code),
            ("Ville", learner.city),
            ("Statut", LEARNER_STATUSES.get(learner.status, learner.status)),
            ("Employeur", learner.employer_name),
            ("SIRET de l'employeur", learner.employer_siret),
            ("Fonction", learner.job_title),
            ("Besoins d'accessibilité", learner.accessibility_needs),
            ("Salle accessible nécessaire", "oui" if learner.needs_accessible_room else "non"),
            ("Notes", learner.notes),
            ("Fiche créée le", learner.created_at),
            ("Anonymisé le", learner.anonymised_at),
        )
    ]
    enrollments = s.execute(
        select(Enrollment, TrainingSession, Course.title, Client.name)
        .join(TrainingSession, TrainingSession.id == Enrollment.session_id)
        .join(Course, Course.id == TrainingSession.course_id)
        .outerjoin(Client, Client.id == Enrollment.client_id)
        .where(Enrollment.learner_id == learner_id)
        .order_by(TrainingSession.start_date, Enrollment.id)
    ).all()
    codes = {e.id: session.code for e, session, _t, _c in enrollments}
    parts = [
        _part("identite", "Identité", "champ:Donnée|valeur:Valeur", identity),
        _part(
            "inscriptions",
            "Inscriptions",
            "session:Session|formation:Formation|debut:Début|fin:Fin|statut:Statut"
            "|client:Client|financement:Financement|inscrit_le:Inscrit le|annule_le:Annulé le"
            "|motif_annulation:Motif d'annulation|abandon_le:Abandon le"
            "|motif_abandon:Motif d'abandon|prescripteur:Prescripteur|notes:Notes"
            "|commentaire_resultats:Commentaire sur les résultats",
            [
                {
                    "session": session.code,
                    "formation": title,
                    "debut": session.start_date,
                    "fin": session.end_date,
                    "statut": ENROLLMENT_STATUSES.get(e.status, e.status),
                    "client": client or "",
                    "financement": FUNDING_SCHEMES.get(e.funding_scheme, e.funding_scheme),
                    "inscrit_le": e.enrolled_on,
                    "annule_le": e.cancelled_on,
                    "motif_annulation": e.cancel_reason,
                    "abandon_le": e.dropped_on,
                    "motif_abandon": e.drop_reason,
                    "prescripteur": e.prescriber,
                    "notes": e.notes,
                    "commentaire_resultats": e.outcome_comment,
                }
                for e, session, title, client in enrollments
            ],
        ),
        _attendance(s, codes),
        _results(s, codes),
        _evaluations(s, codes),
        _documents(s, learner_id),
        _exchanges(s, learner_id),
        _complaints(s, learner_id),
        _juries(s, learner_id),
    ]
    name = f"{learner.last_name.upper()} {learner.first_name}".strip()
    return name, parts


def _attendance(s: Session, codes: dict[int, str]) -> Part:
    rows = s.execute(
        select(Attendance, Slot)
        .join(Slot, Slot.id == Attendance.slot_id)
        .where(Attendance.enrollment_id.in_(codes))
        .order_by(Slot.date, Slot.start_time)
    ).all()
    return _part(
        "presences",
        "Présences",
        "session:Session|demi_journee:Demi-journée|statut:Statut|minutes:Minutes comptées"
        "|heures:Heures comptées|signe:Signé|signe_le:Signé le|note:Note",
        [
            {
                "session": codes[row.enrollment_id],
                "demi_journee": half_day_label(slot),
                "statut": ATTENDANCE_LABELS.get(row.status, row.status),
                "minutes": attended_minutes(row, slot),
                "heures": fmt.hours(attended_minutes(row, slot)),
                "signe": "oui" if row.signed else "non",
                "signe_le": row.signed_at,
                "note": row.note,
            }
            for row, slot in rows
        ],
    )


def _results(s: Session, codes: dict[int, str]) -> Part:
    rows = s.execute(
        select(ObjectiveResult, CourseObjective.text)
        .join(CourseObjective, CourseObjective.id == ObjectiveResult.objective_id)
        .where(ObjectiveResult.enrollment_id.in_(codes))
        .order_by(ObjectiveResult.enrollment_id, CourseObjective.position)
    ).all()
    return _part(
        "resultats",
        "Résultats",
        "session:Session|objectif:Objectif|entree:Positionnement à l'entrée|fin:Résultat"
        "|evalue_le:Évalué le",
        [
            {
                "session": codes[r.enrollment_id],
                "objectif": text,
                "entree": OBJECTIVE_RESULTS.get(r.entry_level, ""),
                "fin": OBJECTIVE_RESULTS.get(r.result, ""),
                "evalue_le": r.assessed_on,
            }
            for r, text in rows
        ],
    )


def _evaluations(s: Session, codes: dict[int, str]) -> Part:
    rows = s.execute(
        select(Evaluation, SurveyQuestion.text, EvaluationAnswer)
        .outerjoin(EvaluationAnswer, EvaluationAnswer.evaluation_id == Evaluation.id)
        .outerjoin(SurveyQuestion, SurveyQuestion.id == EvaluationAnswer.question_id)
        .where(Evaluation.enrollment_id.in_(codes))
        .order_by(Evaluation.id, EvaluationAnswer.id)
    ).all()
    return _part(
        "evaluations",
        "Évaluations",
        "session:Session|type:Type|public:Répondant|envoye_le:Envoyé le|repondu_le:Répondu le"
        "|note:Note (sur 100)|commentaire:Commentaire|question:Question|reponse:Réponse",
        [
            {
                "session": codes[e.enrollment_id],
                "type": EVALUATION_KINDS.get(e.kind, e.kind),
                "public": RESPONDENTS.get(e.respondent, e.respondent),
                "envoye_le": e.sent_on,
                "repondu_le": e.answered_on,
                "note": e.score,
                "commentaire": e.comment,
                "question": question or "",
                "reponse": (answer.text or answer.value) if answer is not None else None,
            }
            for e, question, answer in rows
        ],
    )


def _documents(s: Session, learner_id: int) -> Part:
    from ..documents.engine.registry import kind_label

    rows = s.execute(
        select(GeneratedDocument, TrainingSession.code)
        .outerjoin(TrainingSession, TrainingSession.id == GeneratedDocument.session_id)
        .where(GeneratedDocument.learner_id == learner_id)
        .order_by(GeneratedDocument.generated_at, GeneratedDocument.id)
    ).all()
    return _part(
        "documents",
        "Documents",
        "document:Document|session:Session|fichier:Fichier|version:Version|etat:État"
        "|produit_le:Produit le|envoye_le:Envoyé le",
        [
            {
                "document": kind_label(doc.kind),
                "session": code or "",
                "fichier": Path(doc.path).name,
                "version": doc.version,
                "etat": DOCUMENT_STATUSES.get(doc.status, doc.status),
                "produit_le": doc.generated_at,
                "envoye_le": doc.sent_at,
            }
            for doc, code in rows
        ],
    )


def _exchanges(s: Session, learner_id: int) -> Part:
    rows = s.scalars(
        select(Interaction)
        .where(Interaction.learner_id == learner_id)
        .order_by(Interaction.happened_at)
    )
    return _part(
        "echanges",
        "Échanges",
        "date:Date|canal:Canal|sens:Sens|interlocuteur:Interlocuteur|objet:Objet|notes:Notes"
        "|relance_le:Relance le",
        [
            {
                "date": row.happened_at,
                "canal": INTERACTION_CHANNELS.get(row.channel, row.channel),
                "sens": row.direction,
                "interlocuteur": row.person,
                "objet": row.subject,
                "notes": row.notes,
                "relance_le": row.follow_up_on,
            }
            for row in rows
        ],
    )


def _complaints(s: Session, learner_id: int) -> Part:
    rows = s.scalars(
        select(Complaint).where(Complaint.learner_id == learner_id).order_by(Complaint.id)
    )
    return _part(
        "reclamations",
        "Réclamations",
        "recue_le:Reçue le|auteur:Auteur|objet:Objet|description:Description"
        "|repondu_le:Répondue le|reponse:Réponse|close_le:Close le",
        [
            {
                "recue_le": row.received_on,
                "auteur": row.author,
                "objet": row.subject,
                "description": row.description,
                "repondu_le": row.answered_on,
                "reponse": row.answer,
                "close_le": row.closed_on,
            }
            for row in rows
        ],
    )


def _juries(s: Session, learner_id: int) -> Part:
    rows = s.execute(
        select(Jury.title, Jury.date, JuryCandidate.result)
        .join(JuryCandidate, JuryCandidate.jury_id == Jury.id)
        .where(JuryCandidate.learner_id == learner_id)
        .order_by(Jury.date)
    ).all()
    return _part(
        "jurys",
        "Jurys",
        "jury:Jury|date:Date|resultat:Résultat",
        [{"jury": title, "date": day, "resultat": result} for title, day, result in rows],
    )


# -- writers --------------------------------------------------------------------------------
def write_xlsx(parts: list[Part], title: str, out: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from ..documents.engine.xlsx_cells import cell_value

    book = Workbook()
    book.remove(book.active)
    for part in parts:
        sheet = book.create_sheet(part.title[:31])
        sheet.append([cell_value(sheet, title if part.key == "identite" else part.title)])
        sheet.cell(1, 1).font = Font(bold=True, size=12)
        sheet.append([cell_value(sheet, header) for _field, header in part.columns])
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        if not part.rows:
            sheet.append([cell_value(sheet, "Aucune donnée.")])
        for row in part.rows:
            sheet.append([cell_value(sheet, _cell(row.get(f))) for f, _header in part.columns])
        for index, (field, header) in enumerate(part.columns, start=1):
            longest = max([len(header), *(_shown_length(row.get(field)) for row in part.rows)])
            sheet.column_dimensions[get_column_letter(index)].width = min(60, max(12, longest + 3))
            for (cell,) in sheet.iter_rows(min_row=3, min_col=index, max_col=index):
                if isinstance(cell.value, dt.datetime):
                    cell.number_format = "DD/MM/YYYY HH:MM"
                elif isinstance(cell.value, dt.date):
                    cell.number_format = "DD/MM/YYYY"
        sheet.freeze_panes = "A3"
        sheet.page_setup.orientation = "landscape"  # printed: each sheet one page wide
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    with atomic_path(out) as temporary:
        book.save(temporary)
    return out


def _shown_length(value) -> int:
    """About how many characters a cell shows (dates as DD/MM/YYYY HH:MM)."""
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    return max((len(line) for line in str(value or "").split("\n")), default=0)


def _cell(value):
    return "" if value is None else value


def write_json(parts: list[Part], made: dt.datetime, out: Path) -> Path:
    data = {"exporte_le": made.isoformat(timespec="seconds")}
    for part in parts:
        rows = [{f: row.get(f) for f, _h in part.columns} for row in part.rows]
        data[part.key] = (
            {row["champ"]: row["valeur"] for row in rows} if part.key == "identite" else rows
        )
    text = json.dumps(data, ensure_ascii=False, indent=2, default=_json_value)
    with atomic_path(out) as temporary:
        temporary.write_text(text, encoding="utf-8")
    return out


def _json_value(value):
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")
