"""Migration 0006 on a base of the previous release: what the complaints held as text becomes
the register, results keep their date, and every office gets its questionnaires."""

from __future__ import annotations

import datetime as dt
import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest

from formadesk.core.office import Office

pytestmark = pytest.mark.sqlite_only  # the SQLite file itself (PostgreSQL: test_server*.py)

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schemas" / "demo-0005.sqlite3.gz"


def test_a_released_base_keeps_its_complaints_actions_and_results(tmp_path):
    path = tmp_path / "bureau.sqlite3"
    with gzip.open(FIXTURE) as packed, path.open("wb") as out:
        shutil.copyfileobj(packed, out)
    with sqlite3.connect(path) as conn:
        texts = dict(
            conn.execute(
                "SELECT id, improvement_action FROM complaints WHERE improvement_action != ''"
            )
        )
        received = dict(conn.execute("SELECT id, received_on FROM complaints"))
        results = conn.execute("SELECT count(*) FROM objective_results").fetchone()[0]
    assert texts and results

    office = Office.open(path)
    try:
        actions = office.improvements.list()
        assert {a.complaint_id: a.title for a in actions} == texts
        assert all(a.origin == "reclamation" for a in actions)
        for complaint_id, day in received.items():
            data = office.complaints.get(complaint_id)
            assert data.answer_by == dt.date.fromisoformat(day) + dt.timedelta(days=15)
        models = office.surveys.questionnaires()
        assert {(m.audience, m.moment) for m in models if m.active} == {
            ("apprenant", "chaud"), ("apprenant", "froid"), ("client", "froid"),
            ("formateur", "chaud"), ("financeur", "froid"),
        }  # fmt: skip
    finally:
        office.close(backup_if_changed=False)
    with sqlite3.connect(path) as conn:
        dated = conn.execute(
            "SELECT count(*) FROM objective_results WHERE assessed_on IS NOT NULL"
        ).fetchone()[0]
    assert dated == results  # results already entered are dated the session's last day
