"""The day's run of every task rule, in a worker process.

At start-up every rule reads the whole office (a few hundred milliseconds on a large one). In a
thread of the window's process it would hold Python's lock while the assistant searches her
first learner; in a worker process it runs on the other core. The worker opens the same file
with its own connection; SQLite serialises its one write transaction with the window's.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path


def run_day_in_file(path: str, day: dt.date) -> bool:
    """In a worker: every rule over the office in ``path`` for ``day``, its tasks written in one
    transaction; True when they changed. An error is raised to the office that asked (which
    logs it with this process's traceback). That office holds the file's lock, and waits for
    this run before it lets the file go (``TaskService.wait_for_worker``)."""
    from ..db import Database, make_engine
    from ..locks import DatabaseLock
    from .rules import all_rules
    from .sync import sync_rules

    file = Path(path)
    database = Database(file, make_engine(file), DatabaseLock(file))  # lock not taken: see above
    try:
        with database.unit_of_work() as s:
            return sync_rules(s, list(all_rules().values()), day, session_ids=None).changed
    finally:
        database.close()
