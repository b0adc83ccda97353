"""Follow-up: evaluations, incidents, complaints, interactions and tasks."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamps

EVALUATION_KINDS = {
    "positionnement": "Positionnement",
    "acquis": "Évaluation des acquis",
    "satisfaction_chaud": "Satisfaction à chaud",
    "satisfaction_froid": "Satisfaction à froid",
}
OBJECTIVE_RESULTS = {
    "acquis": "Acquis",
    "partiel": "Partiellement acquis",
    "non_acquis": "Non acquis",
}
# Who answers a questionnaire, and when (« à chaud » at the end, « à froid » weeks later).
RESPONDENTS = {
    "apprenant": "Apprenant",
    "client": "Client / employeur",
    "formateur": "Formateur",
    "financeur": "Financeur",
}
SURVEY_MOMENTS = {"chaud": "À chaud", "froid": "À froid"}
# Answer scales of a question of the bank.
QUESTION_SCALES = {
    "note5": "Note de 1 à 5",
    "note10": "Note de 1 à 10",
    "oui_non": "Oui / non",
    "choix": "Choix dans une liste",
    "texte": "Texte libre",
}
# How an answered questionnaire came back.
ANSWER_CHANNELS = {"pdf": "PDF rempli", "papier": "Papier", "xlsx": "Tableur", "ecran": "Saisie"}
ACTION_ORIGINS = {
    "reclamation": "Réclamation",
    "incident": "Aléa",
    "evaluation": "Résultat d'évaluation",
    "audit": "Audit",
    "autre": "Autre",
}
ACTION_STATUSES = {
    "prevue": "Prévue",
    "en_cours": "En cours",
    "realisee": "Réalisée",
    "abandonnee": "Abandonnée",
}
INTERACTION_CHANNELS = {
    "telephone": "Téléphone",
    "email": "E-mail",
    "visite": "Visite",
    "courrier": "Courrier",
}


class Evaluation(Timestamps, Base):
    """An evaluation sent to / answered by a learner, client, trainer or funder."""

    __tablename__ = "evaluations"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    enrollment_id: Mapped[int | None] = mapped_column(
        ForeignKey("enrollments.id", ondelete="CASCADE"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(30))
    respondent: Mapped[str] = mapped_column(String(20), default="apprenant")
    sent_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    answered_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 0..100
    comment: Mapped[str] = mapped_column(Text, default="")
    # A questionnaire sent to one respondent (learner through ``enrollment_id``, or a client,
    # trainer or funder); ``token`` identifies the returned file (PDF, spreadsheet row).
    questionnaire_id: Mapped[int | None] = mapped_column(
        ForeignKey("questionnaires.id", ondelete="SET NULL"), nullable=True, index=True
    )
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), nullable=True
    )
    trainer_id: Mapped[int | None] = mapped_column(
        ForeignKey("trainers.id", ondelete="SET NULL"), nullable=True
    )
    funder_id: Mapped[int | None] = mapped_column(
        ForeignKey("funders.id", ondelete="SET NULL"), nullable=True
    )
    token: Mapped[str | None] = mapped_column(String(40), nullable=True, unique=True)
    reminded_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    channel: Mapped[str] = mapped_column(String(20), default="")


class SurveyQuestion(Timestamps, Base):
    """A question of the office's bank, with its answer scale (see QUESTION_SCALES)."""

    __tablename__ = "survey_questions"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    scale: Mapped[str] = mapped_column(String(20), default="note5")
    choices: Mapped[str] = mapped_column(Text, default="")  # one per line, for « choix »
    theme: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Questionnaire(Timestamps, Base):
    """A questionnaire model: one audience (RESPONDENTS) and moment (SURVEY_MOMENTS)."""

    __tablename__ = "questionnaires"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    audience: Mapped[str] = mapped_column(String(20), default="apprenant")
    moment: Mapped[str] = mapped_column(String(20), default="chaud")
    delay_days: Mapped[int] = mapped_column(Integer, default=0)  # after the last day (à froid)
    intro: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class QuestionnaireItem(Base):
    """A question of the bank in a questionnaire, at its position."""

    __tablename__ = "questionnaire_items"
    __table_args__ = (UniqueConstraint("questionnaire_id", "question_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    questionnaire_id: Mapped[int] = mapped_column(
        ForeignKey("questionnaires.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[int] = mapped_column(
        ForeignKey("survey_questions.id", ondelete="RESTRICT"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    required: Mapped[bool] = mapped_column(Boolean, default=False)


class EvaluationAnswer(Base):
    """One answer of a returned questionnaire: a number (scales, 1 = oui) or a text."""

    __tablename__ = "evaluation_answers"
    __table_args__ = (UniqueConstraint("evaluation_id", "question_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(
        ForeignKey("evaluations.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[int] = mapped_column(
        ForeignKey("survey_questions.id", ondelete="RESTRICT"), index=True
    )
    value: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")


class ObjectiveResult(Base):
    """Positioning at entry and result at the end of one course objective for one enrolment.

    ``entry_level`` and ``result`` are keys of OBJECTIVE_RESULTS, or "" while not assessed;
    the attestation de fin de formation prints ``result``.
    """

    __tablename__ = "objective_results"
    __table_args__ = (UniqueConstraint("enrollment_id", "objective_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollments.id", ondelete="CASCADE"), index=True
    )
    objective_id: Mapped[int] = mapped_column(
        ForeignKey("course_objectives.id", ondelete="CASCADE")
    )
    result: Mapped[str] = mapped_column(String(20), default="")
    entry_level: Mapped[str] = mapped_column(String(20), default="")
    assessed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class Incident(Timestamps, Base):
    """Aléa: anything that threatens a session."""

    __tablename__ = "incidents"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # salle, materiel, formateur, autre
    room_id: Mapped[int | None] = mapped_column(
        ForeignKey("rooms.id", ondelete="SET NULL"), nullable=True
    )
    equipment_id: Mapped[int | None] = mapped_column(
        ForeignKey("equipment.id", ondelete="SET NULL"), nullable=True
    )
    trainer_id: Mapped[int | None] = mapped_column(
        ForeignKey("trainers.id", ondelete="SET NULL"), nullable=True
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), nullable=True
    )
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ends_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[str] = mapped_column(Text, default="")
    resolution: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="ouvert")
    due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    resolved_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class Complaint(Timestamps, Base):
    """Réclamation: received, acknowledged, answered, closed."""

    __tablename__ = "complaints"
    id: Mapped[int] = mapped_column(primary_key=True)
    received_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(30), default="email")
    author: Mapped[str] = mapped_column(String(200), default="")
    learner_id: Mapped[int | None] = mapped_column(
        ForeignKey("learners.id", ondelete="SET NULL"), nullable=True
    )
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), nullable=True
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), nullable=True
    )
    subject: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    acknowledged_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    answered_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    answer: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    analysis: Mapped[str] = mapped_column(Text, default="")
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), nullable=True
    )
    trainer_id: Mapped[int | None] = mapped_column(
        ForeignKey("trainers.id", ondelete="SET NULL"), nullable=True
    )
    # When the acknowledgement and the answer are due (each becomes a task).
    acknowledge_by: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    answer_by: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class ImprovementAction(Timestamps, Base):
    """Action d'amélioration, from a complaint, an incident, an evaluation result or else."""

    __tablename__ = "improvement_actions"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(20), default="autre")  # ACTION_ORIGINS
    complaint_id: Mapped[int | None] = mapped_column(
        ForeignKey("complaints.id", ondelete="SET NULL"), nullable=True, index=True
    )
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("incidents.id", ondelete="SET NULL"), nullable=True
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), nullable=True
    )
    owner: Mapped[str] = mapped_column(String(200), default="")
    opened_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="prevue")  # ACTION_STATUSES
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    effect: Mapped[str] = mapped_column(Text, default="")  # effect observed afterwards


class Interaction(Timestamps, Base):
    """Échange: a logged contact with anyone, with a follow-up date."""

    __tablename__ = "interactions"
    id: Mapped[int] = mapped_column(primary_key=True)
    happened_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    channel: Mapped[str] = mapped_column(String(30), default="telephone")
    direction: Mapped[str] = mapped_column(String(10), default="entrant")
    person: Mapped[str] = mapped_column(String(200), default="")
    learner_id: Mapped[int | None] = mapped_column(
        ForeignKey("learners.id", ondelete="SET NULL"), nullable=True, index=True
    )
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), nullable=True, index=True
    )
    trainer_id: Mapped[int | None] = mapped_column(
        ForeignKey("trainers.id", ondelete="SET NULL"), nullable=True
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), nullable=True
    )
    subject: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), nullable=True
    )
    funder_id: Mapped[int | None] = mapped_column(
        ForeignKey("funders.id", ondelete="SET NULL"), nullable=True
    )


class InteractionAttachment(Base):
    """A file kept with an exchange (a received .eml or .msg, a letter's scan)."""

    __tablename__ = "interaction_attachments"
    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("interactions.id", ondelete="CASCADE"), primary_key=True
    )
    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachments.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Task(Timestamps, Base):
    """Tâche / relance, typed by hand or generated by a rule (``rule_key`` unique)."""

    __tablename__ = "tasks"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    priority: Mapped[int] = mapped_column(Integer, default=2)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), nullable=True, index=True
    )
    learner_id: Mapped[int | None] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), nullable=True
    )
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=True
    )
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), nullable=True
    )
    rule_key: Mapped[str | None] = mapped_column(String(200), nullable=True, unique=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    complaint_id: Mapped[int | None] = mapped_column(
        ForeignKey("complaints.id", ondelete="CASCADE"), nullable=True
    )
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="CASCADE"), nullable=True
    )
    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("improvement_actions.id", ondelete="CASCADE"), nullable=True
    )
    # Issue 11: the rule that made it (or "manual"), the fix at hand, postponed or dismissed.
    kind: Mapped[str] = mapped_column(String(40), default="manual", index=True)
    trainer_id: Mapped[int | None] = mapped_column(
        ForeignKey("trainers.id", ondelete="SET NULL"), nullable=True
    )
    fix: Mapped[str] = mapped_column(String(60), default="")  # TASK_FIXES key, "" = none
    postponed_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    postpone_reason: Mapped[str] = mapped_column(String(300), default="")
    dismissed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    dismiss_reason: Mapped[str] = mapped_column(String(300), default="")
    # "" open, "main" done by hand, "regle" no longer found by its rule, "regle_off" rule off,
    # "cloture" closed with its session (not done)
    closed_by: Mapped[str] = mapped_column(String(20), default="")


class ProcedureStep(Timestamps, Base):
    """One step of the office's session procedure (« préparer J-40 », « convention J-30 » …).

    Its deadline is ``offset_days`` from the first (``anchor`` « debut ») or last day (« fin »)
    of a session; ``evidence`` names what proves it done (EVIDENCE_KINDS of core.tasks), or ""
    when it is ticked by hand.
    """

    __tablename__ = "procedure_steps"
    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(200))
    anchor: Mapped[str] = mapped_column(String(10), default="debut")
    offset_days: Mapped[int] = mapped_column(Integer, default=0)
    evidence: Mapped[str] = mapped_column(String(40), default="")
    required: Mapped[bool] = mapped_column(Boolean, default=True)  # checked at closing
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SessionStep(Base):
    """A step ticked (or unticked) by hand for one session, with who/why in ``note``."""

    __tablename__ = "session_steps"
    __table_args__ = (UniqueConstraint("session_id", "step_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    step_id: Mapped[int] = mapped_column(
        ForeignKey("procedure_steps.id", ondelete="CASCADE"), index=True
    )
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(String(300), default="")
