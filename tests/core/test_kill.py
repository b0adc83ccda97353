"""kill -9 during writes, backups and the demo build loses nothing (a few trials here; a
hundred in tests/bench/bench_kill.py)."""

from __future__ import annotations

import random

import pytest

from .kill_trials import Tally, trial

pytestmark = pytest.mark.sqlite_only  # the SQLite file itself (PostgreSQL: test_server*.py)


@pytest.mark.parametrize("kind", ["writes", "backup", "demo"])
def test_kill_9_loses_no_committed_record_and_no_good_backup(kind, tmp_path):
    rng = random.Random(7)
    tally = Tally()
    # The demo is killed while its schema is made, then while it is filled.
    delays = (0.1, 0.7) if kind == "demo" else (None, None)
    for number, delay in enumerate(delays):
        folder = tmp_path / f"trial{number}"
        folder.mkdir()
        trial(kind, folder, rng, tally, delay)
    assert (tally.records_lost, tally.backups_destroyed, tally.bad_files) == (0, 0, 0)
