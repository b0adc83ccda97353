"""Learning outcomes of a session: the grid, its checks, the trainer's Excel round trip and the
reminder when results are missing after the end (issue 10)."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from formadesk.core.documents.engine.xlsx_cells import set_value
from formadesk.core.errors import BusinessRuleError, ValidationError
from formadesk.core.model import (
    Enrollment,
    ObjectiveResult,
    SessionTrainer,
    Task,
    Trainer,
    TrainingSession,
)
from formadesk.core.services.outcomes import OutcomeEdit

from .factories import make_course, make_learner, make_session

TODAY = dt.date.today()


def end_session(office, session_id: int, days_ago: int, status: str = "terminee") -> None:
    """Move a session (and its half-days) so that it ended ``days_ago`` days ago."""
    with office.database.unit_of_work() as s:
        session = s.get(TrainingSession, session_id)
        delta = TODAY - dt.timedelta(days=days_ago) - session.end_date
        session.start_date += delta
        session.end_date += delta
        for slot in session.slots:
            slot.date += delta
        session.status = status  # the learners stay « inscrit », as the office leaves them


def monday_after(days: int) -> dt.date:
    day = TODAY + dt.timedelta(days=days)
    return day + dt.timedelta(days=-day.weekday() % 7)


@pytest.fixture
def course_session(office):
    """A two-day session starting in 20 days with three learners (one on the waiting list)
    and its trainer, Paul Martin."""
    course = make_course(office)
    session = make_session(office, course, start=monday_after(20))
    ids = {}
    for last, first in (("Lefèvre", "Hélène"), ("Dupont", "Marc"), ("Zola", "Émile")):
        learner = make_learner(office, last, first)
        ids[first] = office.enrollments.enroll(session_id=session, learner_id=learner)
    office.enrollments.set_status(ids["Émile"], "liste_attente", confirm=True)
    with office.database.unit_of_work() as s:
        trainer = Trainer(last_name="Martin", first_name="Paul")
        s.add(trainer)
        s.flush()
        s.add(SessionTrainer(session_id=session, trainer_id=trainer.id))
    grid = office.outcomes.grid(session)
    return {"session": session, "objectives": [o.id for o in grid.objectives], **ids}


def test_the_grid_lists_the_learners_to_assess_and_the_numbered_objectives(office, course_session):
    grid = office.outcomes.grid(course_session["session"])
    assert [line.learner_name for line in grid.lines] == ["DUPONT Marc", "LEFÈVRE Hélène"]
    assert [(o.number, o.text) for o in grid.objectives] == [
        (1, "Construire un tableau croisé"),
        (2, "Automatiser un calcul"),
    ]
    assert grid.trainers == "Paul Martin"
    assert not grid.results_open  # the session has not started


def test_positioning_is_entered_before_the_session_but_results_only_from_its_first_day(
    office, course_session
):
    session, (first, second) = course_session["session"], course_session["objectives"]
    helene = course_session["Hélène"]
    changes = office.outcomes.save(session, [OutcomeEdit(helene, "entry", "non_acquis", first)])
    assert [(c.learner_name, c.what, c.before, c.after) for c in changes] == [
        ("LEFÈVRE Hélène", "O1 — entrée", "", "Non acquis")
    ]
    with pytest.raises(ValidationError) as refused:
        office.outcomes.save(
            session,
            [
                OutcomeEdit(helene, "entry", "partiel", second),
                OutcomeEdit(helene, "result", "acquis", first),
            ],
        )
    assert "se saisissent à partir de ce jour" in " ".join(refused.value.errors.values())
    line = office.outcomes.grid(session).lines[1]
    assert line.entry == {first: "non_acquis"}  # the valid edit of the refused save: not kept
    assert line.result == {}


def test_results_and_comment_are_saved_dated_and_cleared(office, course_session):
    session, (first, second) = course_session["session"], course_session["objectives"]
    marc = course_session["Marc"]
    end_session(office, session, 29)
    office.outcomes.save(
        session,
        [
            OutcomeEdit(marc, "result", "acquis", first),
            OutcomeEdit(marc, "result", "partiel", second),
            OutcomeEdit(marc, "comment", "  Bonne progression ; revoir les TCD.  "),
        ],
    )
    line = office.outcomes.grid(session).lines[0]
    assert line.result == {first: "acquis", second: "partiel"}
    assert line.comment == "Bonne progression ; revoir les TCD."
    with office.database.reading() as s:
        dates = s.scalars(
            select(ObjectiveResult.assessed_on).where(ObjectiveResult.enrollment_id == marc)
        ).all()
    assert dates == [TODAY, TODAY]
    office.outcomes.save(session, [OutcomeEdit(marc, "result", "", second)])
    with office.database.reading() as s:
        rows = s.scalars(select(ObjectiveResult).where(ObjectiveResult.enrollment_id == marc))
        assert [(r.objective_id, r.result) for r in rows] == [(first, "acquis")]


def test_wrong_cells_are_all_named_and_nothing_is_written(office, course_session):
    session, (first, _second) = course_session["session"], course_session["objectives"]
    end_session(office, session, 29)
    with pytest.raises(ValidationError) as refused:
        office.outcomes.save(
            session,
            [
                OutcomeEdit(course_session["Marc"], "result", "acquis", first),
                OutcomeEdit(course_session["Marc"], "result", "excellent", first),
                OutcomeEdit(course_session["Émile"], "result", "acquis", first),  # waiting list
            ],
        )
    messages = " ".join(refused.value.errors.values())
    assert "« excellent » n'est pas un niveau" in messages
    assert "n'est pas un apprenant évalué" in messages
    assert all(not line.result for line in office.outcomes.grid(session).lines)


def test_a_cancelled_session_takes_no_result(office, course_session):
    session, (first, _second) = course_session["session"], course_session["objectives"]
    end_session(office, session, 29, status="annulee")
    with pytest.raises(BusinessRuleError, match="annulée"):
        office.outcomes.save(
            session, [OutcomeEdit(course_session["Marc"], "entry", "acquis", first)]
        )


def test_the_trainer_fills_the_excel_grid_and_the_import_says_what_changes(
    office, course_session, tmp_path
):
    session, (first, second) = course_session["session"], course_session["objectives"]
    marc, helene = course_session["Marc"], course_session["Hélène"]
    end_session(office, session, 2)
    office.outcomes.save(session, [OutcomeEdit(helene, "entry", "partiel", first)])
    path = office.outcomes.export_workbook(session, tmp_path / "grille.xlsx")

    book = load_workbook(path)
    sheet = book["Résultats"]
    assert sheet["B4"].value == office.sessions.row(session).code
    headers = [sheet.cell(6, c).value for c in range(1, 8)]
    assert headers == [
        "N°", "Apprenant", "O1 entrée", "O1 fin", "O2 entrée", "O2 fin",
        "Commentaire du formateur",
    ]  # fmt: skip
    rows = {sheet.cell(r, 2).value: r for r in (7, 8)}
    assert sheet.cell(rows["LEFÈVRE Hélène"], 3).value == "Partiellement acquis"
    assert [book["Objectifs"].cell(r, 2).value for r in (2, 3)] == [
        "Construire un tableau croisé",
        "Automatiser un calcul",
    ]
    assert sheet.data_validations.dataValidation, "levels are chosen from a drop-down list"
    # The trainer writes as trainers do: abbreviations, any case, a comment.
    sheet.cell(rows["DUPONT Marc"], 4).value = "acquis"
    sheet.cell(rows["DUPONT Marc"], 6).value = 2  # 1, 2, 3 as in the grid
    sheet.cell(rows["LEFÈVRE Hélène"], 4).value = "Non acquis"
    sheet.cell(rows["LEFÈVRE Hélène"], 3).value = None  # an emptied cell changes nothing
    # Typed after an apostrophe, as a spreadsheet keeps text that starts with « = ».
    set_value(sheet.cell(rows["LEFÈVRE Hélène"], 7), "=Absente le mardi après-midi")
    book.save(path)

    read = office.outcomes.read_workbook(session, path)
    assert read.problems == []
    assert sorted((c.learner_name, c.what, c.before, c.after) for c in read.changes) == [
        ("DUPONT Marc", "O1 — fin", "", "Acquis"),
        ("DUPONT Marc", "O2 — fin", "", "Partiellement acquis"),
        ("LEFÈVRE Hélène", "Commentaire", "", "=Absente le mardi après-midi"),
        ("LEFÈVRE Hélène", "O1 — fin", "", "Non acquis"),
    ]
    assert office.outcomes.grid(session).lines[0].result == {}  # reading wrote nothing
    office.outcomes.apply_import(read)
    lines = {line.enrollment_id: line for line in office.outcomes.grid(session).lines}
    assert lines[marc].result == {first: "acquis", second: "partiel"}
    assert lines[helene].entry == {first: "partiel"}
    assert lines[helene].comment == "=Absente le mardi après-midi"

    again = office.outcomes.export_workbook(session, tmp_path / "grille2.xlsx")
    cell = load_workbook(again)["Résultats"].cell(rows["LEFÈVRE Hélène"], 7)
    assert cell.data_type == "s" and cell.value == "=Absente le mardi après-midi"  # not a formula


def test_a_wrong_value_or_another_session_file_is_refused_with_what_to_correct(
    office, course_session, tmp_path
):
    session = course_session["session"]
    end_session(office, session, 2)
    path = office.outcomes.export_workbook(session, tmp_path / "grille.xlsx")
    book = load_workbook(path)
    sheet = book["Résultats"]
    sheet.cell(7, 4).value = "Aqcuis"
    sheet.cell(8, 1).value = 999999
    book.save(path)
    read = office.outcomes.read_workbook(session, path)
    assert any("colonne « O1 fin » : « Aqcuis » n'est pas un niveau" in p for p in read.problems)
    assert any("n° « 999999 » n'est pas un apprenant" in p for p in read.problems)
    with pytest.raises(BusinessRuleError, match="n'est pas importé"):
        office.outcomes.apply_import(read)
    assert all(not line.result for line in office.outcomes.grid(session).lines)

    other = make_session(office, make_course(office, "WORD-1"), start=monday_after(40))
    with pytest.raises(BusinessRuleError, match="pas de .*choisissez le fichier de cette session"):
        office.outcomes.read_workbook(other, path)
    text_file = tmp_path / "grille.csv"
    text_file.write_text("N°;Apprenant\n")
    with pytest.raises(BusinessRuleError, match="n'est pas un classeur Excel"):
        office.outcomes.read_workbook(session, text_file)


def open_reminders(office) -> list[Task]:
    with office.database.reading() as s:
        tasks = list(s.scalars(select(Task).where(Task.rule_key.like("outcomes:%"))))
        s.expunge_all()
        return tasks


def test_missing_results_n_days_after_the_end_remind_the_trainer_until_complete(
    office, course_session
):
    session, objectives = course_session["session"], course_session["objectives"]
    end_session(office, session, 29)  # ended 29 days ago
    end = office.outcomes.grid(session).end
    assert office.outcomes.refresh_reminders(today=end + dt.timedelta(days=6)) == 0
    assert office.outcomes.refresh_reminders(today=end + dt.timedelta(days=7)) == 1
    (task,) = open_reminders(office)
    assert task.title == (
        "Relancer Paul Martin : résultats d'évaluation manquants — "
        f"{office.sessions.row(session).code} (2 apprenants)"
    )
    assert task.due_on == end + dt.timedelta(days=7) and task.session_id == session
    assert office.outcomes.grid(session).reminder == (
        f"relance du formateur prévue le {task.due_on:%d/%m/%Y} (en retard)"
    )

    edits = [
        OutcomeEdit(course_session[name], "result", "acquis", objective)
        for name in ("Marc", "Hélène")
        for objective in objectives
    ]
    office.outcomes.save(session, edits)
    (task,) = open_reminders(office)
    assert task.done_on == TODAY  # the grid is complete: done at once
    assert office.outcomes.grid(session).reminder == ""

    office.outcomes.save(
        session, [OutcomeEdit(course_session["Marc"], "result", "", objectives[0])]
    )
    (task,) = open_reminders(office)
    assert task.done_on is None and task.title.endswith("(1 apprenant)")


def test_the_reminder_delay_is_the_office_setting(office, course_session):
    session = course_session["session"]
    end_session(office, session, 29)
    end = office.outcomes.grid(session).end
    office.settings.save_many({"evaluations.results_reminder_days": "21"})
    (task,) = open_reminders(office)  # 29 days after the end: due since the 21st day
    assert task.due_on == end + dt.timedelta(days=21) and task.done_on is None
    with pytest.raises(ValidationError, match="de 1 à 90"):
        office.settings.save_many({"evaluations.results_reminder_days": "0"})


def test_opening_the_office_creates_the_reminders(office, course_session, db_path):
    from formadesk.core.office import Office

    end_session(office, course_session["session"], 29)
    office.close(backup_if_changed=False)
    reopened = Office.open(db_path)
    try:
        assert [t.done_on for t in open_reminders(reopened)] == [None]
        with reopened.database.reading() as s:
            assert s.scalar(
                select(Enrollment.status).where(Enrollment.id == course_session["Marc"])
            )
    finally:
        reopened.close(backup_if_changed=False)


def test_a_new_reminder_delay_moves_the_open_reminders_at_once(office, course_session):
    end_session(office, course_session["session"], 29)
    office.outcomes.refresh_reminders()
    (task,) = open_reminders(office)
    end = office.outcomes.grid(course_session["session"]).end
    assert task.due_on == end + dt.timedelta(days=7)
    office.settings.save_many({"evaluations.results_reminder_days": "3"})
    (task,) = open_reminders(office)
    assert task.due_on == end + dt.timedelta(days=3)
    office.settings.save_many({"evaluations.results_reminder_days": "60"})  # later: moved
    (task,) = open_reminders(office)
    assert task.done_on is None and task.due_on == end + dt.timedelta(days=60)
    assert office.outcomes.grid(course_session["session"]).reminder == (
        f"relance du formateur prévue le {task.due_on:%d/%m/%Y}"
    )
