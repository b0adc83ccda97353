"""`formadesk presences …`: verify signatures, list missing evidence, enter one half-day, on a
real demo file through the real command line."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from formadesk.cli import main
from formadesk.core.demo import build_demo
from formadesk.core.office import Office

from .test_cli_errors import one_french_line


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-attendance") / "demo.sqlite3"
    build_demo(path, "small")  # today's date: the commands read the real clock
    return path


@pytest.fixture
def db(tmp_path: Path, demo_file: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_file, path)
    return path


def running(db: Path) -> tuple[str, int]:
    """(code, id) of the session being signed today."""
    with Office.open(db, create=False) as office:
        today = office.attendance.day()
        return today[0].session_code, today[0].session_id


def test_verifier_says_nothing_changed(db: Path, capsys) -> None:
    code, _ = running(db)
    assert main(["presences", "verifier", "--session", code, "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert f"Session {code}" in out and "aucune modification depuis la signature" in out


def test_verifier_points_at_an_altered_signature(db: Path, capsys) -> None:
    code, session_id = running(db)
    with sqlite3.connect(db) as conn:
        signature_id, name, image = conn.execute(
            "SELECT g.id, g.signer_name, g.image FROM signatures g "
            "JOIN slots l ON l.id = g.slot_id WHERE l.session_id = ? ORDER BY g.id LIMIT 1",
            (session_id,),
        ).fetchone()
        conn.execute(
            "UPDATE signatures SET image = ? WHERE id = ?", (image + b"\x00", signature_id)
        )
    assert main(["presences", "verifier", "--session", code, "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "1 anomalie" in out
    assert f"signature de {name}" in out and "modifiés après la signature" in out


def test_manquantes_lists_half_days_without_evidence(db: Path, capsys) -> None:
    code, _ = running(db)
    since = (dt.date.today() - dt.timedelta(days=15)).isoformat()
    argv = ["presences", "manquantes", "--session", code, "--depuis", since, "--db", str(db)]
    assert main(argv) == 0
    out = capsys.readouterr().out.splitlines()
    assert any("ni signature à l'écran ni feuille scannée" in line for line in out)
    assert all(line.startswith(code) for line in out[:-1])
    assert out[-1].endswith(
        f"de la session {code} depuis le {dt.date.fromisoformat(since):%d/%m/%Y}."
    )


def _unsigned_cell(db: Path, session_id: int):
    """A learner and a held half-day entered without a signature on screen."""
    with Office.open(db, create=False) as office:
        grid = office.attendance.grid(session_id)
    by_slot = {h.slot_id: h for h in grid.held()}
    for (enrollment_id, slot_id), cell in grid.cells.items():
        if slot_id in by_slot and cell.signed_at is None and cell.status == "present":
            learner = next(p for p in grid.learners if p.enrollment_id == enrollment_id)
            return learner, by_slot[slot_id]
    raise AssertionError("the demo has no unsigned half-day")


def test_saisir_records_a_late_arrival_with_its_minutes(db: Path, capsys) -> None:
    code, session_id = running(db)
    learner, half_day = _unsigned_cell(db, session_id)
    half = "apres-midi" if half_day.afternoon else "matin"
    argv = ["presences", "saisir", "--session", code, "--date", half_day.date.isoformat()]
    argv += ["--demi-journee", half, "--apprenant", learner.name, "--statut", "r"]
    assert main([*argv, "--minutes", "150", "--db", str(db)]) == 0
    assert f"Présence enregistrée : {learner.name}" in capsys.readouterr().out
    with Office.open(db, create=False) as office:
        cell = office.attendance.grid(session_id).cell(learner.enrollment_id, half_day.slot_id)
    assert (cell.status, cell.attended) == ("retard", 150)


def test_saisir_refuses_a_late_arrival_without_minutes_and_changes_nothing(
    db: Path, capsys
) -> None:
    code, session_id = running(db)
    learner, half_day = _unsigned_cell(db, session_id)
    half = "apres-midi" if half_day.afternoon else "matin"
    argv = ["presences", "saisir", "--session", code, "--date", half_day.date.isoformat()]
    argv += ["--demi-journee", half, "--apprenant", learner.name, "--statut", "R"]
    assert main([*argv, "--db", str(db)]) == 1
    line = one_french_line(capsys.readouterr().err)
    assert "indiquez les minutes réellement suivies" in line
    with Office.open(db, create=False) as office:
        cell = office.attendance.grid(session_id).cell(learner.enrollment_id, half_day.slot_id)
    assert cell.status == "present"


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (["--session", "2099-NOPE-001"], "aucune session n'a le code « 2099-NOPE-001 »"),
        (["--apprenant", "Zzzz"], "aucun apprenant de la session"),
        (["--date", "2001-01-01"], "n'a pas de séance le lundi 1er janvier 2001 matin"),
        (["--statut", "X"], "--statut : choix invalide : 'X'"),
    ],
)
def test_saisir_says_in_french_what_is_wrong(
    db: Path, capsys, extra: list[str], expected: str
) -> None:
    code, _ = running(db)
    options = {
        "--session": code,
        "--date": dt.date.today().isoformat(),
        "--demi-journee": "matin",
        "--apprenant": "a",
        "--statut": "P",
    }
    options.update(zip(extra[::2], extra[1::2], strict=True))
    argv = ["presences", "saisir", "--db", str(db)]
    for option, value in options.items():
        argv += [option, value]
    assert main(argv) != 0
    assert expected in one_french_line(capsys.readouterr().err)
