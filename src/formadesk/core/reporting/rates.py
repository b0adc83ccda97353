"""Result rates of a period: the ONE definition shared by the Qualiopi figures (indicators 2
and 3) and the activity report.

Conventions (written here once, quoted by the reports' notes):

- **Sessions of the period**: sessions whose last day falls in [start, end], not cancelled
  (the surveys results and the dashboard also place a session by its last day).
- **Trained**: enrolments of those sessions with status « inscrit », « terminé » or
  « abandon » (``CERTIFIED_STATUSES``: those who followed the session, in full or in part).
  Pre-registered, waiting and cancelled enrolments never started and are not counted.
- **Completed**: trained and not dropped out (« inscrit » or « terminé »).
- **Dropped**: status « abandon »; the cause is the reason typed when the drop-out was
  recorded (attendance grid), else the reason given with the status change, else
  « Motif non renseigné ».
- **Satisfaction**: the satisfaction questionnaires (« à chaud » and « à froid », every
  audience) sent for those sessions. The satisfaction rate is the **average score** (0 to
  100) of the answered ones: exactly the figure the surveys results (``office.surveys
  .results``) show as « note moyenne » and the dashboard charts per month. A learner who
  gives the top mark everywhere scores 100; « 87 % » reads « on average 87 % of the best
  possible rating ». The return rate is answered / sent.
- **Certification (indicator 3)**: a course is certifying when it carries a certification
  code (RNCP / RS) or its BPF objective is an RNCP title, a CQP registered at the RNCP or an
  RS certification. The base records certification results on the juries' candidates
  (``JuryCandidate.result``: « admis », « ajourne », « absent », "" while unknown): a trained
  enrolment is matched to the candidates of the juries of the same course held on or after
  the session's first day, latest sitting first. Candidates are those with a result other
  than « absent » (they sat the exam); the pass rate is admis / candidates. Enrolments with
  no result yet are counted as ``awaiting_result``, never as failures; a learner who dropped
  out without sitting the exam awaits nothing (neither candidate nor awaiting).

Every rate is None when there is nothing to divide by: a report prints « — », never 0 %.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from ..model import Course, Enrollment, Evaluation, Jury, JuryCandidate, TrainingSession
from ..model.followup import RESPONDENTS
from ..model.sessions import CERTIFIED_STATUSES
from ..services.surveys.results import SATISFACTION

UNKNOWN_CAUSE = "Motif non renseigné"
# BPF objectives that name a registered certification (RNCP titles, registered CQP, RS).
CERTIFYING_OBJECTIVES = (
    *(f"rncp_{level}" for level in ("6_8", "5", "4", "3", "2")),
    "cqp_sans_niveau",
    "rs",
)
PASSED, FAILED, ABSENT = "admis", "ajourne", "absent"


def ratio(part: int, whole: int) -> float | None:
    """part / whole, None when there is nothing to divide by."""
    return part / whole if whole else None


def percent(rate: float | None) -> str:
    """« 87 % » (whole percent, French spacing), « — » when there is no rate."""
    return "—" if rate is None else f"{round(100 * rate)}\u00a0%"


@dataclass(frozen=True)
class AudienceSatisfaction:
    """Satisfaction of one audience (RESPONDENTS key): sent, answered, average score 0..100."""

    audience: str
    sent: int
    returned: int
    answers: int  # answered with a score
    rate: float | None  # average score / 100

    @property
    def label(self) -> str:
        return RESPONDENTS.get(self.audience, self.audience)

    @property
    def return_rate(self) -> float | None:
        return ratio(self.returned, self.sent)


@dataclass(frozen=True)
class ResultRates:
    """Result figures of the sessions ended in [start, end] (see the module's conventions).

    Rates are fractions (0.87), None when nothing can be divided.
    """

    start: dt.date
    end: dt.date
    sessions: int
    trained: int
    completed: int
    dropped: int
    drop_causes: tuple[tuple[str, int], ...]  # most frequent first
    satisfaction_answers: int
    satisfaction_rate: float | None
    surveys_sent: int
    surveys_returned: int
    certifying_trained: int = 0
    certification_candidates: int = 0
    certified: int = 0
    awaiting_result: int = 0
    satisfaction_by_audience: tuple[AudienceSatisfaction, ...] = ()

    @property
    def completion_rate(self) -> float | None:
        """Completed / trained."""
        return ratio(self.completed, self.trained)

    @property
    def drop_rate(self) -> float | None:
        return ratio(self.dropped, self.trained)

    @property
    def return_rate(self) -> float | None:
        """Satisfaction questionnaires answered / sent."""
        return ratio(self.surveys_returned, self.surveys_sent)

    @property
    def pass_rate(self) -> float | None:
        """Certified / candidates who sat the exam (certifying courses only)."""
        return ratio(self.certified, self.certification_candidates)

    @property
    def failed(self) -> int:
        return self.certification_candidates - self.certified

    @property
    def learner_satisfaction(self) -> AudienceSatisfaction | None:
        """The learners' line of ``satisfaction_by_audience``, if any was sent."""
        return next((a for a in self.satisfaction_by_audience if a.audience == "apprenant"), None)


def certifying_course():
    """SQL condition: the course leads to a registered certification (see module doc)."""
    return or_(Course.certification_code != "", Course.bpf_objective.in_(CERTIFYING_OBJECTIVES))


def period_sessions(start: dt.date, end: dt.date, course_id: int | None = None):
    """SELECT of the ids of the sessions of the period (last day in range, neither cancelled
    nor a draft). Callers stop ``end`` at today: a session not over has no results yet."""
    query = select(TrainingSession.id).where(
        TrainingSession.end_date >= start,
        TrainingSession.end_date <= end,
        TrainingSession.status.not_in(("annulee", "brouillon")),
    )
    if course_id is not None:
        query = query.where(TrainingSession.course_id == course_id)
    return query


def drop_cause(drop_reason: str, cancel_reason: str) -> str:
    """The cause of one drop-out: the reason typed with the abandon in the attendance grid,
    else the one given with the status change, else « non renseigné »."""
    return (drop_reason or "").strip() or (cancel_reason or "").strip() or UNKNOWN_CAUSE


def _causes(s: Session, sessions) -> tuple[tuple[str, int], ...]:
    causes: Counter[str] = Counter()
    for drop_reason, cancel_reason, n in s.execute(
        select(Enrollment.drop_reason, Enrollment.cancel_reason, func.count())
        .where(Enrollment.session_id.in_(sessions), Enrollment.status == "abandon")
        .group_by(Enrollment.drop_reason, Enrollment.cancel_reason)
    ):
        causes[drop_cause(drop_reason, cancel_reason)] += n
    return tuple(sorted(causes.items(), key=lambda c: (-c[1], c[0].casefold())))


def _satisfaction(s: Session, sessions) -> tuple[AudienceSatisfaction, ...]:
    answered = Evaluation.answered_on.is_not(None)
    rows = s.execute(
        select(
            Evaluation.respondent,
            func.count(),
            func.sum(case((answered, 1), else_=0)),
            func.count(case((answered, Evaluation.score))),
            func.sum(case((answered, Evaluation.score))),
        )
        .where(
            Evaluation.session_id.in_(sessions),
            Evaluation.kind.in_(SATISFACTION),
            Evaluation.sent_on.is_not(None),
        )
        .group_by(Evaluation.respondent)
    ).all()
    order = list(RESPONDENTS)
    audiences = [
        AudienceSatisfaction(
            who,
            int(sent),
            int(done or 0),
            int(scored or 0),
            (total / scored / 100) if scored else None,
        )  # fmt: skip
        for who, sent, done, scored, total in rows
    ]
    audiences.sort(key=lambda a: order.index(a.audience) if a.audience in order else 9)
    return tuple(audiences)


@dataclass(frozen=True)
class CertificationOutcome:
    """A trained enrolment of a certifying course and its jury result ("" while unknown)."""

    enrollment_id: int
    session_id: int
    learner_id: int
    course_id: int
    jury_date: dt.date | None
    result: str
    dropped: bool = False  # left the training (« abandon »)

    @property
    def awaiting(self) -> bool:
        """No result yet, and one is still to come (not for a learner who dropped out)."""
        return not self.result and not self.dropped


def certification_outcomes(s: Session, sessions) -> list[CertificationOutcome]:
    """The trained enrolments of certifying courses in ``sessions`` (a SELECT of ids), each
    with the result of its latest jury of the same course held from the session's first day."""
    trained = s.execute(
        select(
            Enrollment.id,
            Enrollment.session_id,
            Enrollment.learner_id,
            TrainingSession.course_id,
            TrainingSession.start_date,
            Enrollment.status,
        )
        .join(TrainingSession, TrainingSession.id == Enrollment.session_id)
        .join(Course, Course.id == TrainingSession.course_id)
        .where(
            Enrollment.session_id.in_(sessions),
            Enrollment.status.in_(CERTIFIED_STATUSES),
            certifying_course(),
        )
    ).all()
    if not trained:
        return []
    sittings: dict[tuple[int, int], list[tuple[dt.date, str]]] = {}
    for learner, course, day, result in s.execute(
        select(JuryCandidate.learner_id, Jury.course_id, Jury.date, JuryCandidate.result)
        .join(Jury, Jury.id == JuryCandidate.jury_id)
        .where(
            Jury.course_id.in_({row[3] for row in trained}),
            JuryCandidate.learner_id.in_({row[2] for row in trained}),
        )
    ):
        sittings.setdefault((learner, course), []).append((day, (result or "").strip()))
    # A learner who takes the course again (a retake after a failure): each enrolment gets
    # the juries between its own start and the start of the next one, not the retake's.
    starts: dict[tuple[int, int], list[dt.date]] = {}
    for learner, course, day in s.execute(
        select(Enrollment.learner_id, TrainingSession.course_id, TrainingSession.start_date)
        .join(TrainingSession, TrainingSession.id == Enrollment.session_id)
        .where(
            TrainingSession.course_id.in_({row[3] for row in trained}),
            Enrollment.learner_id.in_({row[2] for row in trained}),
            Enrollment.status.in_(CERTIFIED_STATUSES),
            TrainingSession.status != "annulee",
        )
    ):
        starts.setdefault((learner, course), []).append(day)
    outcomes = []
    for enrollment, session, learner, course, first_day, status in trained:
        later = [d for d in starts.get((learner, course), ()) if d > first_day]
        until = min(later) if later else dt.date.max
        held = sorted(
            (day, r)
            for day, r in sittings.get((learner, course), [])
            if first_day <= day < until and r
        )
        day, result = held[-1] if held else (None, "")
        outcomes.append(
            CertificationOutcome(
                enrollment, session, learner, course, day, result, status == "abandon"
            )
        )
    return outcomes


def _certification(s: Session, sessions) -> tuple[int, int, int, int]:
    """(trained in certifying courses, candidates, certified, awaiting a result)."""
    outcomes = certification_outcomes(s, sessions)
    sat = [o for o in outcomes if o.result and o.result != ABSENT]
    certified = sum(1 for o in sat if o.result == PASSED)
    awaiting = sum(1 for o in outcomes if o.awaiting)
    return len(outcomes), len(sat), certified, awaiting


def result_rates(
    s: Session, start: dt.date, end: dt.date, *, course_id: int | None = None
) -> ResultRates:
    """Result figures of the sessions ended in [start, end], optionally of one course."""
    sessions = period_sessions(start, end, course_id)
    session_count = s.scalar(select(func.count()).select_from(sessions.subquery())) or 0
    counts = dict(
        s.execute(
            select(Enrollment.status, func.count())
            .where(
                Enrollment.session_id.in_(sessions),
                Enrollment.status.in_(CERTIFIED_STATUSES),
            )
            .group_by(Enrollment.status)
        ).all()
    )
    trained = sum(counts.values())
    dropped = counts.get("abandon", 0)
    audiences = _satisfaction(s, sessions)
    answers = sum(a.answers for a in audiences)
    total = sum(a.rate * a.answers for a in audiences if a.rate is not None)
    certifying, candidates, certified, awaiting = _certification(s, sessions)
    return ResultRates(
        start=start,
        end=end,
        sessions=int(session_count),
        trained=trained,
        completed=trained - dropped,
        dropped=dropped,
        drop_causes=_causes(s, sessions) if dropped else (),
        satisfaction_answers=answers,
        satisfaction_rate=total / answers if answers else None,
        surveys_sent=sum(a.sent for a in audiences),
        surveys_returned=sum(a.returned for a in audiences),
        certifying_trained=certifying,
        certification_candidates=candidates,
        certified=certified,
        awaiting_result=awaiting,
        satisfaction_by_audience=audiences,
    )
