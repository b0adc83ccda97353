"""kill -9 trials: a child process writes, backs up or builds the demo; it is killed at a
random moment; then we count what was lost. Shared by tests/core/test_kill.py (a few trials)
and tests/bench/bench_kill.py (a hundred).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from formadesk.core.backup import list_backups
from formadesk.core.db import verify_copy
from formadesk.core.errors import DatabaseOpenError
from formadesk.core.office import Office
from formadesk.core.services.learners import LearnerData

ROOT = Path(__file__).resolve().parents[2]

CHILD = {
    "writes": """
from formadesk.core.office import Office
from formadesk.core.services.learners import LearnerData
office = Office.open(DB)
print("ready", flush=True)
n = 0
while True:
    n += 1
    learner_id = office.learners.save(LearnerData(last_name=f"Kill{n}", first_name="Zoé"))
    print(learner_id, flush=True)
""",
    "backup": """
from pathlib import Path
from formadesk.core.office import Office
office = Office.open(DB)
print("ready", flush=True)
while True:
    office.backups.backup_now(to=Path(TARGET), replace=True)
    office.backups.backup_now()
""",
    "demo": """
from formadesk.core.demo import build_demo
print("ready", flush=True)
build_demo(DB, "small")
print("done", flush=True)
""",
}


@dataclass
class Tally:
    """What the trials of one kind found."""

    trials: int = 0
    records_lost: int = 0
    backups_destroyed: int = 0
    bad_files: int = 0


def _run_and_kill(kind: str, db: Path, target: Path, delay: float) -> list[str]:
    code = f"DB = {str(db)!r}\nTARGET = {str(target)!r}\n" + CHILD[kind]
    env = dict(os.environ, PYTHONPATH=f"{ROOT / 'src'}{os.pathsep}{ROOT}")
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    first = child.stdout.readline()
    assert first.strip() == "ready", f"child failed to start: {first!r}"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    rest = child.stdout.read()
    child.wait()
    return rest.split("\n")[:-1]  # the last line may be cut short


def _learners(db: Path) -> set[str]:
    with Office.open(db) as office:
        return {row.last_name for row in office.learners.page(limit=100_000)}


def trial(
    kind: str, folder: Path, rng: random.Random, tally: Tally, delay: float | None = None
) -> None:
    """One trial of ``kind`` ("writes", "backup" or "demo") in an empty ``folder``; the child
    is killed ``delay`` seconds after it is ready (random when None)."""
    db = folder / "bureau.sqlite3"
    target = folder / "copie.sqlite3"
    tally.trials += 1
    if kind == "demo":
        _run_and_kill(kind, db, target, rng.uniform(0.0, 6.0) if delay is None else delay)
        if db.exists():  # only a complete office may appear under the real name
            try:
                verify_copy(db)
                with Office.open(db) as office:
                    tally.bad_files += 0 if office.sessions.list() else 1
            except DatabaseOpenError:
                tally.bad_files += 1
        Office.open(db, create=True).close(backup_if_changed=False)  # cleans leftovers
        tally.bad_files += len(list(folder.rglob("*.partial*")))
        return
    with Office.create(db) as office:
        office.learners.save(LearnerData(last_name="Avant", first_name="Léa"))
        office.backups.backup_now(to=target, replace=True)
    if kind == "writes":
        committed = _run_and_kill(
            kind, db, target, rng.uniform(0.05, 1.5) if delay is None else delay
        )
        present = _learners(db)
        names = (f"Kill{n}" for n in range(1, len(committed) + 1))
        tally.records_lost += sum(1 for name in names if name not in present)
        return
    _run_and_kill(kind, db, target, rng.uniform(0.0, 1.5) if delay is None else delay)
    for copy in [target, *(b.path for b in list_backups(db))]:
        try:
            verify_copy(copy)
            if "Avant" not in _learners(copy):
                tally.backups_destroyed += 1
        except (DatabaseOpenError, FileNotFoundError):
            tally.backups_destroyed += 1
    Office.open(db).close(backup_if_changed=False)  # and leftovers are cleaned up at start
    leftovers = [p for p in folder.rglob("*.partial*")]
    tally.bad_files += len(leftovers)
