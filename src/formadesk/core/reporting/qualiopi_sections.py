"""The evidence of indicators 3, 11, 12, 26 (tables and PDFs made from the records) for the
Qualiopi pack; see ``qualiopi_evidence`` for the shared pieces and indicators 1-2 and 9."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..db import Database
from ..documents.lists.xlsx import write_workbook
from ..model import (
    OBJECTIVE_RESULTS,
    CourseObjective,
    Enrollment,
    Interaction,
    Learner,
    ObjectiveResult,
    Task,
)
from ..services.juries import JURY_RESULTS
from ..services.outcomes import missing_results
from .qualiopi_evidence import (
    SESSION_KINDS,
    Found,
    Piece,
    SectionPlan,
    attendance_sessions_with_evidence,
    copy_pieces,
    count_sentence,
    held_sessions,
    period_facts,
    sheet,
)
from .rates import PASSED, certification_outcomes

# Task rules that follow learners' engagement (absences, drop-outs) and exchanges to follow up.
ENGAGEMENT_TASKS = ("absence_rate", "abandonment", "follow_up")


def _result_text(outcome) -> str:
    if outcome.result:
        return JURY_RESULTS.get(outcome.result, outcome.result)
    return "Abandon avant le jury" if outcome.dropped else "Pas encore de résultat"


def _org(found: Found) -> str:
    return found.figures.organisation.name


def certifications(s: Session, found: Found, plan: SectionPlan) -> None:
    """Indicator 3: each trained learner of a certifying course and their jury result."""
    f = found.figures
    if not f.certifying:
        plan.notes.append("Aucune formation certifiante n'a de session terminée sur la période.")
        return
    outcomes = certification_outcomes(s, list(found.sessions))
    names = {t.enrollment_id: t.name for t in found.trainees}
    courses = {c.course_id: c for c in f.courses}
    rows, awaiting = [], []
    for o in sorted(
        outcomes, key=lambda o: (found.sessions[o.session_id].code, names[o.enrollment_id])
    ):
        course, code = courses[o.course_id], found.sessions[o.session_id].code
        rows.append(
            (
                course.title, course.certification_code, code, names[o.enrollment_id],
                o.jury_date, _result_text(o),
            )
        )  # fmt: skip
        if o.awaiting:
            awaiting.append(f"{names[o.enrollment_id]} ({code})")
    passed = sum(1 for o in outcomes if o.result == PASSED)
    spec = sheet(
        "Résultats",
        "Résultats aux certifications",
        ("Formation", "Certification", "Session", "Stagiaire", "Jury du", "Résultat"),
        rows,
        (34, 14, 20, 28, 12, 20),
        [*period_facts(found), ("Certifiés", f"{passed} sur {len(outcomes)} formés")],
    )
    plan.pieces.append(
        Piece(
            "Résultats aux certifications.xlsx",
            "Tableau des résultats aux certifications",
            write=lambda p: write_workbook(p, _org(found), [spec]),
        )
    )
    if awaiting:
        plan.missing.append(
            count_sentence(
                awaiting,
                "stagiaire d'une formation certifiante sans résultat de jury enregistré",
                "stagiaires de formations certifiantes sans résultat de jury enregistré",
                "",
            )
        )


def assessments(s: Session, found: Found, plan: SectionPlan) -> None:
    """Indicator 11: positioning at entry and results at the end, per objective."""
    copy_pieces(found, plan, SESSION_KINDS["11"])
    ids = [t.enrollment_id for t in found.trainees]
    levels = {
        (e, o): (entry, result, day)
        for e, o, entry, result, day in s.execute(
            select(
                ObjectiveResult.enrollment_id,
                ObjectiveResult.objective_id,
                ObjectiveResult.entry_level,
                ObjectiveResult.result,
                ObjectiveResult.assessed_on,
            ).where(ObjectiveResult.enrollment_id.in_(ids))
        )
    }
    objectives: dict[int, list[tuple[int, str]]] = defaultdict(list)
    courses = {p.course_id for p in found.sessions.values()}
    for oid, course, text in s.execute(
        select(CourseObjective.id, CourseObjective.course_id, CourseObjective.text)
        .where(CourseObjective.course_id.in_(courses))
        .order_by(CourseObjective.course_id, CourseObjective.position)
    ):
        objectives[course].append((oid, text))
    rows, positioned = [], set()
    for t in sorted(found.trainees, key=lambda t: (found.sessions[t.session_id].code, t.name)):
        session = found.sessions[t.session_id]
        for oid, text in objectives.get(session.course_id, []):
            entry, result, day = levels.get((t.enrollment_id, oid), ("", "", None))
            if entry:
                positioned.add(t.session_id)
            rows.append(
                (
                    session.code, t.name, text, OBJECTIVE_RESULTS.get(entry, entry),
                    OBJECTIVE_RESULTS.get(result, result), day,
                )
            )  # fmt: skip
    if rows:
        spec = sheet(
            "Acquis",
            "Positionnement à l'entrée et acquis en fin de formation",
            ("Session", "Stagiaire", "Objectif", "Entrée", "Fin de formation", "Évalué le"),
            rows,
            (20, 26, 44, 18, 18, 12),
            period_facts(found),
        )
        plan.pieces.append(
            Piece(
                "Positionnement et acquis.xlsx",
                "Tableau du positionnement et des acquis",
                write=lambda p: write_workbook(p, _org(found), [spec]),
            )
        )
    no_objective = sorted(
        {p.code for p in found.sessions.values() if not objectives.get(p.course_id)}
    )
    if no_objective:
        plan.missing.append(
            count_sentence(
                no_objective, "session", "sessions", "dont la formation n'a aucun objectif"
            )
        )
    trained = {t.session_id for t in found.trainees}
    with_objectives = {i for i in trained if objectives.get(found.sessions[i].course_id)}
    if lacking := found.codes(with_objectives - positioned):
        plan.missing.append(
            count_sentence(
                lacking, "session", "sessions", "sans positionnement d'entrée enregistré"
            )
        )
    gaps = missing_results(s, sorted(with_objectives))
    if gaps:
        items = [
            f"{found.sessions[i].code} ({fmt.plural(n, 'apprenant')})"
            for i, n in sorted(gaps.items(), key=lambda g: found.sessions[g[0]].code)
            if n
        ]
        if items:
            plan.missing.append(
                count_sentence(
                    items, "session", "sessions", "avec des résultats de fin de formation manquants"
                )
            )


def _evidence_writer(db: Database, session_id: int):
    def write(path):
        from ..documents.during.evidence_pack import (
            build_evidence_pack,
            render_evidence_pack_pdf,
        )

        with db.reading() as s:
            data = build_evidence_pack(s, session_id)
        return render_evidence_pack_pdf(data, path)

    return write


def engagement(s: Session, db: Database, found: Found, plan: SectionPlan) -> None:
    """Indicator 12: attendance sheets and evidence, drop-outs and their follow-up."""
    having = copy_pieces(found, plan, SESSION_KINDS["12"])
    ids = list(found.sessions)
    evidenced = attendance_sessions_with_evidence(s, ids)
    for sid in sorted(evidenced - having.get("preuves_presence", set())):
        session = found.sessions[sid]
        plan.pieces.append(
            Piece(
                f"{session.folder}/Preuves de présence - {session.folder}.pdf",
                "Preuves de présence",
                write=_evidence_writer(db, sid),
            )
        )
    proven = (
        evidenced | having.get("emargement_signe", set()) | having.get("preuves_presence", set())
    )
    if lacking := found.codes(held_sessions(s, ids) - proven):
        plan.missing.append(
            count_sentence(
                lacking,
                "session",
                "sessions",
                "sans preuve de présence dans la base (ni signature à l'écran, ni feuille scannée)",
            )
        )
    _drop_outs(s, found, plan)


def _drop_outs(s: Session, found: Found, plan: SectionPlan) -> None:
    dropped = s.execute(
        select(
            Enrollment.id, Enrollment.session_id, Enrollment.learner_id, Enrollment.client_id,
            Enrollment.dropped_on, Enrollment.drop_reason, Enrollment.cancel_reason,
            Enrollment.cancelled_on,
        ).where(Enrollment.session_id.in_(list(found.sessions)), Enrollment.status == "abandon")
    ).all()  # fmt: skip
    names = {t.enrollment_id: t.name for t in found.trainees}
    exchanges: dict[tuple[str, int], list[dt.date]] = defaultdict(list)
    if dropped:
        learners = {d.learner_id for d in dropped}
        clients = {d.client_id for d in dropped if d.client_id}
        for lid, cid, at in s.execute(
            select(Interaction.learner_id, Interaction.client_id, Interaction.happened_at).where(
                or_(Interaction.learner_id.in_(learners), Interaction.client_id.in_(clients))
            )
        ):
            if lid:
                exchanges[("l", lid)].append(at.date())
            if cid:
                exchanges[("c", cid)].append(at.date())
    rows, no_reason, untold = [], [], []
    for d in sorted(
        dropped, key=lambda d: (found.sessions[d.session_id].code, names.get(d.id, ""))
    ):
        code, name = found.sessions[d.session_id].code, names.get(d.id, "")
        day = d.dropped_on or d.cancelled_on
        reason = (d.drop_reason or "").strip() or (d.cancel_reason or "").strip()
        after = [
            x
            for x in exchanges[("l", d.learner_id)] + exchanges[("c", d.client_id or 0)]
            if day is None or x >= day
        ]
        rows.append(
            (code, name, day, reason or "Motif non renseigné", len(after), max(after, default=None))
        )
        if not reason:
            no_reason.append(f"{name} ({code})")
        if not after:
            untold.append(f"{name} ({code})")
    tasks = s.execute(
        select(Task.title, Task.due_on, Task.done_on, Task.dismissed_on, Task.session_id)
        .where(Task.session_id.in_(list(found.sessions)), Task.kind.in_(ENGAGEMENT_TASKS))
        .order_by(Task.due_on)
    ).all()
    task_rows = [
        (
            found.sessions[sid].code,
            title,
            due,
            done,
            "Faite" if done else ("Écartée" if gone else "À faire"),
        )
        for title, due, done, gone, sid in tasks
    ]
    if not rows and not task_rows:
        plan.notes.append("Aucun abandon ni relance d'assiduité sur la période.")
        return
    specs = [
        sheet(
            "Abandons", "Abandons et leur suivi",
            ("Session", "Stagiaire", "Abandon le", "Motif", "Échanges depuis", "Dernier échange"),
            rows, (20, 26, 12, 36, 12, 14), period_facts(found),
        ),
        sheet(
            "Relances", "Relances d'assiduité et suivis",
            ("Session", "Relance", "Échéance", "Faite le", "État"),
            task_rows, (20, 60, 12, 12, 10), period_facts(found),
        ),
    ]  # fmt: skip
    plan.pieces.append(
        Piece(
            "Abandons et relances.xlsx",
            "Tableau des abandons et des relances",
            write=lambda p: write_workbook(p, _org(found), specs),
        )
    )
    if no_reason:
        plan.missing.append(count_sentence(no_reason, "abandon", "abandons", "sans motif noté"))
    if untold:
        plan.missing.append(
            count_sentence(
                untold,
                "abandon",
                "abandons",
                "sans échange noté au journal depuis (apprenant ou client)",
            )
        )


def disability(s: Session, found: Found, plan: SectionPlan) -> None:
    """Indicator 26: the référent handicap set in the organisation, needs met in the period."""
    referent = found.figures.organisation.disability_referent
    if not referent.name.strip():
        plan.missing.append(
            "Référent handicap non renseigné : saisissez son nom et ses coordonnées dans "
            "Paramètres › Organisme (ils figurent alors sur les convocations)."
        )
        return
    learners = {t.learner_id for t in found.trainees}
    needs = 0
    if learners:
        needs = len(
            s.scalars(
                select(Learner.id).where(
                    Learner.id.in_(learners),
                    or_(Learner.accessibility_needs != "", Learner.needs_accessible_room.is_(True)),
                )
            ).all()
        )
    from ..documents.reports.qualiopi_pdf import write_referent_pdf

    facts = [
        ("Référent handicap", referent.name),
        ("Téléphone", referent.phone or "non renseigné"),
        ("E-mail", referent.email or "non renseigné"),
        (
            "Stagiaires de la période",
            f"{len(learners)}, dont {needs} avec un besoin d'adaptation noté à leur dossier",
        ),
    ]
    plan.pieces.append(
        Piece(
            "Référent handicap.pdf",
            "Fiche du référent handicap",
            write=lambda p: write_referent_pdf(found.figures, facts, p),
        )
    )
