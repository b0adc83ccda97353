"""`formadesk planning check|ics` from the command line."""

from __future__ import annotations

import icalendar

from formadesk.cli import main
from formadesk.core.office import Office

from .core.planning_factories import DAY, T, make_plan


def _planning(db):
    with Office.open(db, create=True) as office:
        plan = make_plan(office)
        _, a = plan.session((T(9), T(12, 30)))
        office.planning.book_room(a, plan.big_room, confirm=True)
        office.planning.assign_trainers(a, [plan.anne], confirm=True)
        _, b = plan.session((T(10), T(11)))
        return plan, b


def test_check_exits_non_zero_on_a_blocking_conflict(tmp_path, capsys):
    db = tmp_path / "p.sqlite3"
    plan, b = _planning(db)
    day = f"{DAY:%d/%m/%Y}"
    assert main(["planning", "check", "--db", str(db), "--from", day, "--to", day]) == 0
    out = capsys.readouterr().out
    assert "Créneau sans salle" in out and "0 bloquant" in out
    with Office.open(db) as office:  # force a double booking by lowering the rule, then restore
        office.planning.set_severity("room_double_booked", "warn")
        office.planning.book_room(b, plan.big_room, confirm=True)
        office.planning.set_severity("room_double_booked", "block")
    assert main(["planning", "check", "--db", str(db), "--from", day, "--to", day]) == 1
    out = capsys.readouterr().out
    assert "BLOQUANT" in out and "Salle Rhône" in out and "02/03/2027" in out


def test_ics_for_a_room_a_trainer_and_a_session(tmp_path, capsys):
    db = tmp_path / "p.sqlite3"
    _planning(db)
    out = tmp_path / "rhone.ics"
    assert (
        main(
            [
                "planning",
                "ics",
                "--db",
                str(db),
                "--session",
                "2027-EXCEL-INT-001",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert len(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == 1
    assert (
        main(["planning", "ics", "--db", str(db), "--room", "salle rhone", "--out", str(out)]) == 0
    )
    assert (
        main(["planning", "ics", "--db", str(db), "--trainer", "Personne", "--out", str(out)]) == 1
    )
    assert "Erreur : aucun formateur" in capsys.readouterr().err
