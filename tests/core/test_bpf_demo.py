"""The demo office's BPF is meaningful: every box has something to say, and the demo leaves
nothing « À vérifier » about its courses (built for a pinned day, whatever the real date)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from formadesk.core.demo import build_demo
from formadesk.core.model import BPF_OBJECTIVES, Client, Cost, Course, Enrollment, TrainingSession
from formadesk.core.office import Office

TODAY = dt.date(2026, 12, 6)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bpf-demo") / "demo.sqlite3"
    build_demo(path, "small", today=TODAY)
    return path


@pytest.fixture
def demo(demo_path):
    office = Office.open(demo_path, create=False)
    yield office
    office.close(backup_if_changed=False)


def test_the_demo_records_what_the_bpf_counts(demo):
    with demo.database.reading() as s:
        courses = s.execute(select(Course.code, Course.nsf_code, Course.bpf_objective)).all()
        assert courses and all(
            nsf and objective in BPF_OBJECTIVES for _c, nsf, objective in courses
        )
        assert dict((c, o) for c, _n, o in courses)["EXCEL-INT"] == "rs"
        assert dict((c, o) for c, _n, o in courses)["ASSIST-FORM"] == "rncp_4"
        entrusted = s.execute(
            select(TrainingSession.id, TrainingSession.subcontractor).where(
                TrainingSession.subcontractor != "", TrainingSession.status == "terminee"
            )
        ).all()
        assert entrusted
        bought = s.scalars(
            select(Cost.label).where(
                Cost.session_id == entrusted[0][0], Cost.category == "achats_formation"
            )
        ).all()
        assert bought == [bought[0]] and entrusted[0][1] in bought[0]
        categories = dict(
            s.execute(select(Cost.category, func.count()).group_by(Cost.category)).all()
        )
        assert categories["salaires_formateurs"] and categories["achats_formation"]
        offices = s.scalars(select(Client.id).where(Client.kind == "organisme_formation")).all()
        sent = s.scalar(select(func.count()).where(Enrollment.client_id.in_(offices)))
        assert offices and sent
        ended, remarked = s.execute(
            select(func.count(), func.count().filter(TrainingSession.trainer_remarks != "")).where(
                TrainingSession.status == "terminee"
            )
        ).one()
        assert remarked >= ended * 0.6


def test_the_demo_bpf_has_something_in_every_cadre(demo):
    reports = [demo.bpf.compute(year, today=TODAY) for year in (2025, 2026)]
    report = reports[1]
    for box in ("C1", "C2e", "C2h", "C10", "Ctotal", "Dtotal", "D1", "D2", "Einternes",
                "Eexternes", "F1a", "F1c", "F1total", "G"):  # fmt: skip
        assert report.line(box).values[0] > 0, box
    assert sum(r.line("F2").values[0] for r in reports) > 0
    totals = {report.line(box).values for box in ("F1total", "F3total", "F4total")}
    assert len(totals) == 1
    assert not [item for item in report.missing if item.fix == "course"]
    assert report.line("F1:") is None and report.line("F3:") is None
