"""Sending a session's questionnaires: one evaluation per respondent (never twice), then a
fillable PDF and an .eml draft for each; reminders for those who did not answer."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select

from ... import formatting as fmt
from ... import paths
from ...errors import BusinessRuleError
from ...files import atomic_path
from ...model import Course, Evaluation, Organisation, Questionnaire, TrainingSession
from ...model.followup import RESPONDENTS
from ...outputs import checked_output_folder
from ..base import get_or_fail
from .bank import form_questions
from .mail import invitation_text, write_eml
from .people import key_of, names_of, targets
from .rows import FormSheet, RemindReport, SendReport

KINDS = {"chaud": "satisfaction_chaud", "froid": "satisfaction_froid"}


# The order in which a session's questionnaires are usually sent.
SEND_ORDER = ("apprenant", "client", "formateur", "financeur")


def send_rank(model) -> tuple[int, int, str]:
    """Sort key of a questionnaire model (QuestionnaireRow) in the sending order."""
    audience = SEND_ORDER.index(model.audience) if model.audience in SEND_ORDER else 99
    return audience, 0 if model.moment == "chaud" else 1, model.title


def due_on(session: TrainingSession, questionnaire: Questionnaire) -> dt.date:
    """When a questionnaire goes out: the last day (à chaud), or the delay after it (à froid)."""
    delay = questionnaire.delay_days if questionnaire.moment == "froid" else 0
    return session.end_date + dt.timedelta(days=delay)


def new_token(s) -> str:
    """A random identifier nobody can guess (128 bits), unused so far."""
    while True:
        token = secrets.token_hex(16)
        if s.scalar(select(Evaluation.id).where(Evaluation.token == token)) is None:
            return token


def organisation_of(s) -> Organisation:
    org = s.scalar(select(Organisation).limit(1))
    if org is None or not org.name.strip():
        raise BusinessRuleError(
            "Le nom de l'organisme n'est pas renseigné : complétez-le dans Paramètres › "
            "Organisme… avant d'envoyer des questionnaires."
        )
    return org


def render_form(sheet: FormSheet, out: Path, *, fillable: bool = True) -> None:
    from .pdf_form import render_form as render  # reportlab loads on first use

    render(sheet, out, fillable=fillable)


def sheet_of(s, evaluation: Evaluation, name: str) -> FormSheet:
    session = s.get(TrainingSession, evaluation.session_id)
    course = s.get(Course, session.course_id)
    questionnaire = s.get(Questionnaire, evaluation.questionnaire_id)
    return FormSheet(
        organisation=organisation_of(s).name,
        title=questionnaire.title,
        intro=questionnaire.intro,
        session_code=session.code,
        course_title=course.title,
        dates=fmt.date_range_long(session.start_date, session.end_date),
        respondent=name,
        respondent_kind=RESPONDENTS.get(evaluation.respondent, evaluation.respondent),
        token=evaluation.token or "",
        questions=form_questions(s, questionnaire.id),
    )


class SendingMixin:
    """Creating evaluations, writing questionnaires and drafts, reminders (SurveyService)."""

    def default_folder(self, session_id: int) -> Path:
        """Where a session's questionnaires go by default: beside its documents."""
        from ...documents.engine.files import safe_file_name

        with self._db.reading() as s:
            session = get_or_fail(s, TrainingSession, session_id, "La session")
            code, year = session.code, session.start_date.year
            configured = s.scalar(select(Organisation.documents_dir).order_by(Organisation.id))
        base = paths.documents_base(configured)  # as the documents service files them
        return base / str(year) / safe_file_name(code, fallback="session") / "Questionnaires"

    def due_on(self, session_id: int, questionnaire_id: int) -> dt.date:
        with self._db.reading() as s:
            session = get_or_fail(s, TrainingSession, session_id, "La session")
            questionnaire = get_or_fail(s, Questionnaire, questionnaire_id, "Le questionnaire")
            return due_on(session, questionnaire)

    def recipient_count(
        self, session_id: int, questionnaire_id: int, *, on: dt.date | None = None
    ) -> int:
        """How many respondents of the model's audience the session has on the day ``on``
        (those a sending would reach, already sent or not)."""
        with self._db.reading() as s:
            session = get_or_fail(s, TrainingSession, session_id, "La session")
            questionnaire = get_or_fail(s, Questionnaire, questionnaire_id, "Le questionnaire")
            return len(targets(s, session, questionnaire.audience, on or dt.date.today()))

    def to_send(self, session_id: int) -> list[tuple[int, str, dt.date]]:
        """Active models not sent yet for the session: (id, title, due date), by due date."""
        with self._db.reading() as s:
            session = get_or_fail(s, TrainingSession, session_id, "La session")
            sent = set(
                s.scalars(
                    select(Evaluation.questionnaire_id).where(
                        Evaluation.session_id == session_id,
                        Evaluation.questionnaire_id.is_not(None),
                    )
                )
            )
            models = s.scalars(select(Questionnaire).where(Questionnaire.active.is_(True))).all()
            rows = [(q.id, q.title, due_on(session, q)) for q in models if q.id not in sent]
        return sorted(rows, key=lambda r: (r[2], r[1]))

    def next_to_send(self, session_id: int) -> int | None:
        """The active model to send first for the session among those not sent yet.

        Learners before everyone (à chaud, then à froid), then client, trainer and funder.
        """
        pending = {row[0] for row in self.to_send(session_id)}
        models = [m for m in self.questionnaires(active_only=True) if m.id in pending]
        models.sort(key=send_rank)
        return models[0].id if models else None

    def create_evaluations(
        self,
        session_id: int,
        questionnaire_id: int,
        *,
        on: dt.date | None = None,
        early: bool = False,
    ) -> SendReport:
        """One evaluation per respondent of the model's audience, with a fresh token; the
        respondents who already have one for this session and model are not duplicated.

        A « froid » model is refused before its due date unless ``early``.
        """
        on = on or dt.date.today()
        created_ids: list[int] = []
        with self._db.unit_of_work() as s:
            session = get_or_fail(s, TrainingSession, session_id, "La session")
            questionnaire = get_or_fail(s, Questionnaire, questionnaire_id, "Le questionnaire")
            if session.status == "annulee":
                raise BusinessRuleError(
                    f"La session {session.code} est annulée : aucun questionnaire à envoyer."
                )
            if not form_questions(s, questionnaire.id):
                raise BusinessRuleError(
                    f"Le questionnaire « {questionnaire.title} » n'a aucune question : "
                    "complétez-le dans l'éditeur des questionnaires."
                )
            due = due_on(session, questionnaire)
            if questionnaire.moment == "froid" and on < due and not early:
                raise BusinessRuleError(
                    f"Le questionnaire à froid « {questionnaire.title} » part "
                    f"{questionnaire.delay_days} jours après la fin de la session, le "
                    f"{fmt.date_long(due)} : attendez cette date (ou confirmez l'envoi anticipé)."
                )
            report = SendReport(session.code, questionnaire.title, due)
            existing = {
                key_of(e)
                for e in s.scalars(
                    select(Evaluation).where(
                        Evaluation.session_id == session.id,
                        Evaluation.questionnaire_id == questionnaire.id,
                    )
                )
            }
            found = targets(s, session, questionnaire.audience, on)
            if not found:
                raise BusinessRuleError(
                    f"La session {session.code} n'a aucun répondant pour ce questionnaire "
                    f"({RESPONDENTS[questionnaire.audience].lower()}) : vérifiez les "
                    "inscriptions, clients, formateurs ou financements de la session."
                )
            for target in found:
                if target.key in existing:
                    report.existing.append(target.name)
                    continue
                evaluation = Evaluation(
                    session_id=session.id,
                    enrollment_id=target.enrollment_id,
                    client_id=target.client_id,
                    trainer_id=target.trainer_id,
                    funder_id=target.funder_id,
                    kind=KINDS[questionnaire.moment],
                    respondent=questionnaire.audience,
                    questionnaire_id=questionnaire.id,
                    token=new_token(s),
                    sent_on=on,
                    comment="",
                    channel="",
                )
                s.add(evaluation)
                s.flush()
                created_ids.append(evaluation.id)
                report.created.append(target.name)
        if created_ids:
            self._emit("evaluation", tuple(created_ids), "created", "session")
        return report

    def send(
        self,
        session_id: int,
        questionnaire_id: int,
        folder: Path | str,
        *,
        on: dt.date | None = None,
        early: bool = False,
    ) -> SendReport:
        """Create the evaluations, then a PDF and an .eml draft for each unanswered one."""
        target = checked_output_folder(folder)
        with self._db.reading() as s:
            organisation_of(s)  # refused before anything is noted as sent
        report = self.create_evaluations(session_id, questionnaire_id, on=on, early=early)
        with self._db.reading() as s:
            evaluations = s.scalars(
                select(Evaluation).where(
                    Evaluation.session_id == session_id,
                    Evaluation.questionnaire_id == questionnaire_id,
                )
            ).all()
            ids = [e.id for e in evaluations if e.answered_on is None]
            names = names_of(s, [e for e in evaluations if e.answered_on is not None])
        report.already_answered = sorted(n for n, _ in names.values())
        written = self.write_drafts(ids, target)
        report.files, report.without_email, report.folder = (
            written.files,
            written.without_email,
            str(target),
        )
        return report

    def write_pdf(self, evaluation_id: int, out: Path | str) -> Path:
        """The respondent's fillable questionnaire at ``out``."""
        with self._db.reading() as s:
            evaluation = get_or_fail(s, Evaluation, evaluation_id, "Le questionnaire envoyé")
            if evaluation.questionnaire_id is None or not evaluation.token:
                raise BusinessRuleError(
                    "Cette évaluation n'a pas de questionnaire associé : saisissez son score "
                    "directement."
                )
            name = names_of(s, [evaluation])[evaluation.id][0]
            sheet = sheet_of(s, evaluation, name)
        with atomic_path(out) as temporary:
            render_form(sheet, temporary)
        return Path(out)

    def blank_pdf(
        self, questionnaire_id: int, out: Path | str, *, session_id: int | None = None
    ) -> Path:
        """A questionnaire to print and fill by hand (no respondent, no token)."""
        with self._db.reading() as s:
            questionnaire = get_or_fail(s, Questionnaire, questionnaire_id, "Le questionnaire")
            code = title = dates = ""
            if session_id is not None:
                session = get_or_fail(s, TrainingSession, session_id, "La session")
                code, title = session.code, s.get(Course, session.course_id).title
                dates = fmt.date_range_long(session.start_date, session.end_date)
            sheet = FormSheet(
                organisation=organisation_of(s).name,
                title=questionnaire.title,
                intro=questionnaire.intro,
                session_code=code or "……………………",
                course_title=title or "……………………………………………………",
                dates=dates or "dates : ……………………………",
                respondent="",
                respondent_kind=RESPONDENTS.get(questionnaire.audience, ""),
                token="",
                questions=form_questions(s, questionnaire.id),
            )
        with atomic_path(out) as temporary:
            render_form(sheet, temporary, fillable=False)
        return Path(out)

    def write_drafts(
        self, evaluation_ids: Iterable[int], folder: Path | str, *, reminder: bool = False
    ) -> RemindReport:
        """A PDF and (when the respondent has an e-mail) an .eml draft per evaluation."""
        from ...documents.engine.files import safe_file_name  # the documents package is heavy

        target = checked_output_folder(folder)
        report = RemindReport()
        with self._db.reading() as s:
            org = organisation_of(s)
            org_name, org_email = org.name, org.email
            evaluations = [
                get_or_fail(s, Evaluation, i, "Le questionnaire envoyé") for i in evaluation_ids
            ]
            names = names_of(s, evaluations)
            sheets = [
                (e.token, names[e.id], sheet_of(s, e, names[e.id][0]))
                for e in evaluations
                if e.questionnaire_id is not None and e.token
            ]
        for token, (name, email), sheet in sheets:
            # The token's start tells two namesakes apart (one file each, never replaced).
            base = safe_file_name(f"{sheet.session_code} - {sheet.title} - {name} - {token[:6]}")
            pdf = target / f"{base}.pdf"
            with atomic_path(pdf) as temporary:
                render_form(sheet, temporary)
            report.files.append(str(pdf))
            if not email:
                report.without_email.append(name)
                continue
            subject, body = invitation_text(
                name=name,
                organisation=org_name,
                title=sheet.title,
                session=f"{sheet.session_code} {sheet.course_title}",
                dates=sheet.dates,
                reminder=reminder,
            )
            eml = target / f"{'Relance - ' if reminder else ''}{base}.eml"
            write_eml(
                eml,
                to_name=name,
                to_address=email,
                from_name=org_name,
                from_address=org_email,
                subject=subject,
                body=body,
                attachment=pdf,
            )
            report.files.append(str(eml))
        return report

    def remind(
        self,
        evaluation_ids: Iterable[int],
        *,
        folder: Path | str | None = None,
        on: dt.date | None = None,
    ) -> RemindReport:
        """Note the reminder of each unanswered evaluation (and write reminder drafts)."""
        on = on or dt.date.today()
        ids = list(dict.fromkeys(evaluation_ids))
        if folder is not None:
            folder = checked_output_folder(folder)  # before noting anything
            with self._db.reading() as s:
                organisation_of(s)
        with self._db.unit_of_work() as s:
            evaluations = [get_or_fail(s, Evaluation, i, "Le questionnaire envoyé") for i in ids]
            names = names_of(s, evaluations)
            open_ids = []
            report = RemindReport()
            for e in evaluations:
                if e.answered_on is not None:
                    report.skipped.append(names[e.id][0])
                    continue
                e.reminded_on = on
                open_ids.append(e.id)
                report.reminded.append(names[e.id][0])
        if open_ids:
            self._emit("evaluation", tuple(open_ids), "updated")
        if folder is not None and open_ids:
            written = self.write_drafts(open_ids, folder, reminder=True)
            report.files, report.without_email = written.files, written.without_email
        return report
