"""`formadesk tasks`: the open tasks one per line, for a morning e-mail."""

from __future__ import annotations

import datetime as dt

from formadesk.cli import main
from formadesk.core.tasks.service import ManualTask

from .core.factories import make_course, make_session
from .core.test_tasks_service import monday_in

TODAY = dt.date.today()


def test_tasks_prints_date_session_and_what_to_do_and_filters_by_date(office, db_path, capsys):
    course = make_course(office)
    start = monday_in(20)
    session = make_session(office, course, start=start)
    code = office.sessions.get(session).code
    office.tasks.add(ManualTask(title="Commander les supports", due_on=TODAY))
    office.tasks.add(ManualTask(title="Préparer le BPF", due_on=TODAY + dt.timedelta(days=40)))
    office.close()

    assert main(["tasks", "--db", str(db_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    due = (start - dt.timedelta(days=30)).strftime("%d/%m/%Y")
    assert lines[0].startswith(f"{due}  {code}  {code} sous le minimum : 0/1 inscrit")
    assert lines[0].endswith("(en retard)")
    assert lines[1] == f"{TODAY:%d/%m/%Y}  —  Commander les supports"
    assert lines[2].endswith("  —  Préparer le BPF")
    assert len(lines) == 3

    assert main(["tasks", "--db", str(db_path), "--until", f"{TODAY:%d/%m/%Y}"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2

    assert main(["tasks", "--db", str(db_path), "--session", code]) == 0
    assert capsys.readouterr().out.count("\n") == 1


def test_tasks_says_when_there_is_nothing_and_refuses_a_wrong_date(office, db_path, capsys):
    office.close()
    assert main(["tasks", "--db", str(db_path), "--until", "01/01/2027"]) == 0
    assert capsys.readouterr().out == "Aucune tâche à faire jusqu'au 01/01/2027.\n"
    assert main(["tasks", "--db", str(db_path), "--until", "31/02/2027"]) == 2
    assert "n'existe pas" in capsys.readouterr().err


def test_tasks_takes_a_session_code_whatever_its_case(office, db_path, capsys):
    course = make_course(office)
    session = make_session(office, course, start=monday_in(20))
    code = office.sessions.get(session).code
    office.close()
    assert main(["tasks", "--db", str(db_path), "--session", code.lower()]) == 0
    assert capsys.readouterr().out.startswith(
        f"{(monday_in(20) - dt.timedelta(days=30)):%d/%m/%Y}  {code}  "
    )
