"""Backups: taken on demand and on close after a change, thinned, restorable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from formadesk.core.backup import BackupInfo, backups_to_thin, list_backups
from formadesk.core.office import Office

from .factories import make_learner

pytestmark = pytest.mark.sqlite_only  # the SQLite file itself (PostgreSQL: test_server*.py)


def test_backup_now_is_a_complete_database(office, tmp_path):
    make_learner(office)
    target = office.backups.backup_now(to=tmp_path / "copie.sqlite3")
    with Office.open(target) as copy:
        assert [r.last_name for r in copy.learners.page()] == ["Lefèvre"]


def test_closing_backs_up_only_when_something_changed(db_path):
    Office.create(db_path).close()
    assert list_backups(db_path) == []
    office = Office.open(db_path)
    make_learner(office)
    office.close()
    backups = list_backups(db_path)
    assert len(backups) == 1 and backups[0].automatic


def test_restore_brings_back_the_saved_state_and_keeps_a_safety_copy(office):
    make_learner(office, last="Avant")
    saved = office.backups.backup_now()
    make_learner(office, last="Après")
    safety = office.backups.restore(saved)
    assert [r.last_name for r in office.learners.page()] == ["Avant"]
    with Office.open(safety) as copy:
        assert copy.learners.count() == 2


def _info(when: dt.datetime, label: str = "auto") -> BackupInfo:
    return BackupInfo(Path(f"b-{when:%Y%m%d-%H%M%S}.sqlite3"), when, 1, label)


def test_rotation_keeps_recent_then_one_per_day_week_month():
    now = dt.datetime(2026, 11, 26, 18, 0)
    hourly_today = [_info(now - dt.timedelta(hours=h)) for h in range(12)]
    twice_daily_last_week = [
        _info(now - dt.timedelta(days=d, hours=h)) for d in range(1, 7) for h in (1, 5)
    ]
    old_months = [_info(now - dt.timedelta(days=40 + d)) for d in range(0, 60, 3)]
    migration = _info(now - dt.timedelta(days=400), label="avant-migration-0001")
    backups = hourly_today + twice_daily_last_week + old_months + [migration]
    removed = {b.path for b in backups_to_thin(backups, now)}
    kept = [b for b in backups if b.path not in removed]
    assert all(b.path not in removed for b in hourly_today[:10])  # the 10 most recent stay
    days_kept = {b.taken_at.date() for b in kept if b in twice_daily_last_week}
    assert len(days_kept) == 6  # one per day of last week
    assert sum(1 for b in kept if b in twice_daily_last_week) == 6
    months_kept = {(b.taken_at.year, b.taken_at.month) for b in kept if b in old_months}
    assert sum(1 for b in kept if b in old_months) == len(months_kept) or len(months_kept) < 4
    assert migration in kept  # never thinned
