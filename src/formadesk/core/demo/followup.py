"""Build step: evaluations, objective results, juries, tasks, incidents, complaints, exchanges."""

from __future__ import annotations

import datetime as dt
import functools

from . import reference, surveys
from .context import Context, SessionRec
from .fake import Fake

DAY = dt.timedelta(days=1)
OBJECTIVE_RESULTS = ("acquis", "partiel", "non_acquis")
HOT_SCORES = (60, 70, 80, 80, 90, 90, 100)
BILLED = ("termine", "abandon")
ANSWER = "Nous vous prions de nous excuser pour cette gêne ; voici les mesures prises."
CHANNELS = ("telephone", "telephone", "email", "email", "email", "visite", "courrier")


def _evaluation(
    ctx: Context,
    session: SessionRec,
    enrollment_id: int | None,
    kind: str,
    respondent: str,
    sent: dt.date,
    answered: dt.date | None,
    score: int | None,
    comment: str = "",
    **who: int | None,
) -> None:
    """One evaluation; a satisfaction one is a questionnaire of the seeded model of its
    audience and moment, with a token and, when answered lately, answers giving its score.
    ``who``: client_id, trainer_id or funder_id of the respondent."""
    if sent > ctx.today:
        return
    if answered is not None and answered > ctx.today:
        answered, score, comment = None, None, ""
    evaluation_id = ctx.new_id("evaluations")
    questionnaire_id = token = None
    channel = ""
    answer_rows: list[dict] = []
    if kind.startswith("satisfaction_"):
        model = surveys.models(ctx).get((respondent, kind.removeprefix("satisfaction_")))
        if model is not None:
            questionnaire_id, token = model.id, surveys.token(ctx)
            if answered is not None:
                channel = surveys.rng(ctx).choice(surveys.CHANNELS)
            if score is not None and surveys.answered_recently(ctx, answered):
                given, texts, answer_rows = surveys.answers(
                    ctx, evaluation_id, model, score, comment
                )
                score, comment = (given if given is not None else score), texts
    ctx.add(
        "evaluations",
        {
            "id": evaluation_id,
            "session_id": session.id,
            "enrollment_id": enrollment_id,
            "kind": kind,
            "respondent": respondent,
            "sent_on": sent,
            "answered_on": answered,
            "score": score if answered else None,
            "comment": comment if answered else "",
            "questionnaire_id": questionnaire_id,
            "client_id": who.get("client_id"),
            "trainer_id": who.get("trainer_id"),
            "funder_id": who.get("funder_id"),
            "token": token,
            "reminded_on": None,
            "channel": channel,
        },
    )
    if answer_rows:
        ctx.writer.add_many("evaluation_answers", answer_rows)


def _evaluations(ctx: Context, session: SessionRec) -> None:
    rng, today = ctx.rng, ctx.today
    if session.status == "annulee" or session.start - dt.timedelta(days=10) > today:
        return
    finished = session.status == "terminee"
    # Results of the last fortnight are sometimes still awaited from the trainer.
    late_results = finished and (today - session.end).days < 14 and rng.random() < 0.4
    for record in session.enrollments:
        if record.status not in ("termine", "inscrit", "abandon"):
            continue
        evaluate = functools.partial(_evaluation, ctx, session, record.id)
        placed = session.start - rng.randint(2, 8) * DAY if rng.random() < 0.9 else None
        evaluate(
            "positionnement", "apprenant", session.start - 10 * DAY, placed, rng.randint(20, 75)
        )
        if not finished or record.status != "termine":
            continue
        if not late_results:
            evaluate("acquis", "formateur", session.end, session.end, rng.randint(55, 100))
            ctx.assessed.add(record.id)
            for objective_id in session.course.objective_ids:
                ctx.add(
                    "objective_results",
                    {
                        "id": ctx.new_id("objective_results"),
                        "enrollment_id": record.id,
                        "objective_id": objective_id,
                        "result": rng.choices(OBJECTIVE_RESULTS, weights=(82, 14, 4))[0],
                        "entry_level": rng.choices(OBJECTIVE_RESULTS, weights=(10, 35, 55))[0],
                        "assessed_on": session.end,
                    },
                )
        hot = session.end if rng.random() < 0.88 else None
        score, comment = rng.choice(HOT_SCORES), rng.choice(reference.SATISFACTION_COMMENTS)
        evaluate("satisfaction_chaud", "apprenant", session.end, hot, score, comment)
        cold_sent = session.end + 60 * DAY
        if cold_sent <= today:
            cold = cold_sent + rng.randint(0, 15) * DAY if rng.random() < 0.45 else None
            evaluate("satisfaction_froid", "apprenant", cold_sent, cold, rng.choice(HOT_SCORES))
    if finished:
        evaluate = functools.partial(_evaluation, ctx, session, None)
        for client_id in sorted({r.client_id for r in session.enrollments if r.client_id}):
            client = ctx.client(client_id)
            if client is not None and client.kind != "particulier" and rng.random() < 0.6:
                answered = session.end + rng.randint(31, 50) * DAY
                score = rng.choice(HOT_SCORES[2:])
                evaluate(
                    "satisfaction_froid", "client", session.end + 30 * DAY, answered, score,
                    client_id=client_id,
                )  # fmt: skip
        answered = session.end + rng.randint(0, 4) * DAY
        comment = "Groupe impliqué, objectifs atteints."
        score = rng.choice(HOT_SCORES[2:])
        evaluate(
            "satisfaction_chaud", "formateur", session.end, answered, score, comment,
            trainer_id=session.trainer_ids[0] if session.trainer_ids else None,
        )  # fmt: skip


def _jury(ctx: Context, fake: Fake, session: SessionRec) -> None:
    """An examination sitting a week or two after a certifying course."""
    rng = ctx.rng
    spec = session.course.spec
    trainer_id: int | None = session.trainer_ids[0]
    day = session.end + rng.randint(7, 14) * DAY
    for _ in range(20):  # an afternoon when the office is open and the trainer is free
        if ctx.is_open_day(day) and (trainer_id, day, 1) not in ctx.trainer_busy:
            ctx.trainer_busy.add((trainer_id, day, 1))
            break
        day += DAY
    else:
        trainer_id = None
    free = [r for r in ctx.rooms if (r.id, day, 1) not in ctx.room_busy]
    room_id = free[0].id if free else None
    if room_id is not None:
        ctx.room_busy.add((room_id, day, 1))
    jury_id = ctx.new_id("juries")
    ctx.add(
        "juries",
        {
            "id": jury_id,
            "title": f"Jury {spec.sanction} — {session.code}",
            "course_id": session.course.id,
            "date": day,
            "start_time": dt.time(14, 0),
            "end_time": dt.time(17, 0),
            "room_id": room_id,
            "documents_to_prepare": "Livrets de certification, grilles d'évaluation, PV de jury.",
            "notes": "",
        },
    )
    civility, first, last = fake.person()
    members = [(None, f"{civility} {first} {last}", "Évaluateur externe")]
    if trainer_id is not None:
        members.insert(0, (trainer_id, "", "Formateur référent"))
    for member_id, name, role in members:
        ctx.add(
            "jury_members",
            {
                "id": ctx.new_id("jury_members"),
                "jury_id": jury_id,
                "trainer_id": member_id,
                "name": name,
                "role": role,
            },
        )
    for record in session.enrollments:
        if record.status == "termine":
            result = ""
            if day < ctx.today:
                result = rng.choices(("admis", "ajourne", "absent"), weights=(85, 12, 3))[0]
            ctx.add(
                "jury_candidates",
                {
                    "id": ctx.new_id("jury_candidates"),
                    "jury_id": jury_id,
                    "learner_id": record.learner.id,
                    "result": result,
                },
            )


def _task(ctx: Context, title: str, due: dt.date, priority: int, session_id: int | None) -> None:
    done = due < ctx.today and ctx.rng.random() < 0.95
    ctx.add(
        "tasks",
        {
            "id": ctx.new_id("tasks"),
            "title": title,
            "due_on": due,
            "done_on": due - ctx.rng.randint(0, 3) * DAY if done else None,
            "priority": priority,
            "session_id": session_id,
            "learner_id": None,
            "client_id": None,
            "incident_id": None,
            "rule_key": None,
            "notes": "",
        },
    )


def _incident(ctx: Context, session: SessionRec) -> None:
    rng, today = ctx.rng, ctx.today
    kind, description, actions, resolution = rng.choice(reference.INCIDENTS)
    slot = rng.choice([s for s in session.slots if s.date <= today])
    start = reference.MORNING[0] if slot.half == 0 else reference.AFTERNOON[0]
    starts_at = dt.datetime.combine(slot.date, start)
    resolved = (today - slot.date).days > 7 or rng.random() < 0.5
    laptops = ctx.equipment.get("pc", [(None, 0)])[0][0]
    equipment = laptops if "ordinateurs" in description else None
    ctx.add(
        "incidents",
        {
            "id": ctx.new_id("incidents"),
            "kind": kind,
            "room_id": slot.room_id if kind == "salle" else None,
            "equipment_id": equipment,
            "trainer_id": slot.trainer_id if kind == "formateur" else None,
            "session_id": session.id,
            "starts_at": starts_at,
            "ends_at": starts_at + dt.timedelta(hours=rng.randint(1, 4)) if resolved else None,
            "description": description,
            "actions": actions,
            "resolution": resolution if resolved else "",
            "status": "resolu" if resolved else "ouvert",
            "due_on": slot.date + 7 * DAY,
            "resolved_on": slot.date + rng.randint(0, 5) * DAY if resolved else None,
        },
    )


def _complaint(ctx: Context, session: SessionRec) -> None:
    rng, today = ctx.rng, ctx.today
    record = rng.choice(
        [r for r in session.enrollments if r.status in BILLED] or session.enrollments
    )
    received = min(today, session.end + rng.randint(2, 20) * DAY)
    subject, description = rng.choice(reference.COMPLAINTS)
    acknowledged = received + rng.randint(1, 3) * DAY
    answered = received + rng.randint(5, 15) * DAY
    closed = answered + rng.randint(1, 10) * DAY
    action = rng.choice(reference.COMPLAINT_ACTIONS)
    complaint_id = ctx.new_id("complaints")
    ctx.add(
        "complaints",
        {
            "id": complaint_id,
            "received_on": received,
            "channel": rng.choice(("email", "email", "courrier", "telephone")),
            "author": f"{record.learner.first_name} {record.learner.last_name}",
            "learner_id": record.learner.id,
            "client_id": record.client_id,
            "session_id": session.id,
            "subject": subject,
            "description": description,
            "acknowledged_on": acknowledged if acknowledged <= today else None,
            "answered_on": answered if answered <= today else None,
            "answer": ANSWER if answered <= today else "",
            "closed_on": closed if closed <= today else None,
            "analysis": "Cause identifiée avec l'équipe ; mesure corrective décidée."
            if answered <= today
            else "",
            "acknowledge_by": received + 2 * DAY,
            "answer_by": received + 15 * DAY,
        },
    )
    if answered <= today:
        ctx.add(
            "improvement_actions",
            {
                "id": ctx.new_id("improvement_actions"),
                "title": action,
                "description": action,
                "origin": "reclamation",
                "complaint_id": complaint_id,
                "session_id": session.id,
                "owner": "Responsable qualité",
                "opened_on": answered,
                "due_on": answered + 30 * DAY,
                "status": "realisee" if closed <= today else "en_cours",
                "done_on": closed if closed <= today else None,
                "effect": "Plus de réclamation de ce type depuis." if closed <= today else "",
            },
        )


def _interactions(ctx: Context, fake: Fake) -> None:
    rng, today = ctx.rng, ctx.today
    records = [(s, r) for s in ctx.sessions for r in s.enrollments]
    count = int(len(records) * ctx.size.interactions_ratio)
    for session, record in rng.sample(records, min(count, len(records))):
        day = min(today, record.enrolled_on + rng.randint(-10, 20) * DAY)
        happened = fake.datetime_on(day)
        follow_up = day + rng.randint(3, 14) * DAY if rng.random() < 0.2 else None
        ctx.add(
            "interactions",
            {
                "id": ctx.new_id("interactions"),
                "happened_at": happened,
                "channel": rng.choice(CHANNELS),
                "direction": rng.choice(("entrant", "entrant", "sortant")),
                "person": f"{record.learner.first_name} {record.learner.last_name}",
                "learner_id": record.learner.id,
                "client_id": record.client_id,
                "trainer_id": None,
                "session_id": session.id,
                "subject": rng.choice(reference.INTERACTION_SUBJECTS),
                "notes": "",
                "follow_up_on": follow_up,
            },
        )


def build_followup(ctx: Context, fake: Fake) -> None:
    """Evaluations and results, juries, tasks, incidents, complaints and logged exchanges."""
    rng, today = ctx.rng, ctx.today
    started = [s for s in ctx.sessions if s.start <= today and s.status != "annulee"]
    finished = [s for s in started if s.status == "terminee" and s.enrollments]
    # About 3 % of sessions meet an incident, 1 % a complaint; at least a few in any office.
    troubled = {s.id for s in rng.sample(started, min(len(started), max(3, len(started) // 33)))}
    complained = {
        s.id for s in rng.sample(finished, min(len(finished), max(2, len(finished) // 100)))
    }
    for session in ctx.sessions:
        _evaluations(ctx, session)
        if session.status == "terminee" and session.course.spec.certification:
            _jury(ctx, fake, session)
        if session.id in troubled:
            _incident(ctx, session)
        if session.id in complained:
            _complaint(ctx, session)
        days = (session.start - today).days
        if session.status != "annulee" and -30 <= days <= 60:
            code, start = session.code, session.start
            _task(ctx, f"Imprimer les supports — {code}", start - 15 * DAY, 1, session.id)
            _task(ctx, f"Vérifier la salle et le matériel — {code}", start - 3 * DAY, 2, session.id)
    for _ in range(max(10, len(ctx.sessions) // 25)):
        title = rng.choice(reference.TASKS)
        _task(ctx, title, today + rng.randint(-60, 45) * DAY, rng.choice((1, 2, 2, 3)), None)
    _interactions(ctx, fake)
