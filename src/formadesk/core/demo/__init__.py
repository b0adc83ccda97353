"""Demo data: a realistic French training office, small (for tests) or ten years large.

``build_demo(path, "small")`` creates a new database file and fills it in a few seconds;
``"large"`` builds the "ten-year office" the benchmarks run on (30,000 learners, 4,000 sessions,
about 600,000 attendance rows). Rows are inserted with Core executemany in a few big
transactions; the same seed always gives the same office for the same ``today``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from ..db import refuse_special_file
from ..locks import DatabaseLock
from ..model import Base
from ..opening import building, create_schema
from .bpf import build_costs, build_partner_offices
from .context import SIZES, Context, Size, Writer
from .enrolment import build_enrollments
from .fake import Fake
from .followup import build_followup
from .paperwork import build_documents, build_invoices, build_quotes
from .people import build_clients, build_learners
from .resources import (
    build_catalogue,
    build_funders,
    build_organisation,
    build_resources,
    build_trainers,
)
from .schedule import build_sessions, close_finished

__all__ = ["SIZES", "Size", "build_demo"]

Progress = Callable[[str, float], None]


def build_demo(
    path: Path,
    size: str = "small",
    *,
    seed: int = 42,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> dict[str, int]:
    """Create a new database at ``path`` filled with a demo office; return row counts per table.

    ``size`` is "small" (about 200 learners and 40 sessions) or "large" (the ten-year office).
    ``progress(message, fraction)`` is called as the build goes; ``today`` (default: the real
    date) decides which sessions are past, running or to come. Raises FileExistsError when
    ``path`` exists and is not empty, ValueError for an unknown size. The office is built under
    a temporary name beside ``path`` and renamed when complete: on any failure (including an
    exception raised by ``progress`` to cancel the build, or a kill) nothing appears at ``path``.
    """
    path = Path(path).expanduser().resolve()
    if size not in SIZES:
        raise ValueError(f"Unknown demo size {size!r}: choose one of {', '.join(SIZES)}.")
    refuse_special_file(path)
    if path.exists() and path.stat().st_size > 0:
        raise FileExistsError(f"{path} already exists and is not empty")

    def report(message: str, fraction: float) -> None:
        if progress is not None:
            progress(message, min(1.0, max(0.0, fraction)))

    report("Création de la base", 0.0)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = DatabaseLock(path)  # nobody opens (or builds) the target meanwhile
    lock.acquire()
    try:
        with building(path) as temporary:
            counts = _fill(temporary, size, seed=seed, report=report, today=today)
    finally:
        lock.release()
    report("Terminé", 1.0)
    return counts


def _fill(
    path: Path, size: str, *, seed: int, report: Progress, today: dt.date | None
) -> dict[str, int]:
    from ..office import Office

    create_schema(path)  # already under a temporary name: no second one
    office = Office.open(path)
    try:
        rng = random.Random(seed)
        today = today or dt.date.today()
        with office.database.engine.begin() as conn:
            ctx = Context(rng, today, SIZES[size], Writer(conn))
            ctx.side = random.Random(f"formadesk-bpf-{seed}")
            fake = Fake(rng, today)
            report("Organisme, catalogue et ressources", 0.02)
            build_organisation(ctx, fake)
            build_catalogue(ctx)
            build_resources(ctx)
            build_funders(ctx, fake)
            build_trainers(ctx, fake)
            report("Clients et apprenants", 0.05)
            build_clients(ctx, fake)
            build_learners(ctx, fake)
            build_partner_offices(ctx, fake)
            ctx.writer.flush()
        with office.database.engine.begin() as conn:
            ctx.writer = Writer(conn)
            report("Sessions et séances", 0.15)
            build_sessions(ctx)
            report("Inscriptions et émargements", 0.25)
            build_enrollments(ctx, lambda f: report("Inscriptions et émargements", 0.25 + 0.45 * f))
            ctx.writer.flush()
        with office.database.engine.begin() as conn:
            ctx.writer = Writer(conn)
            report("Évaluations et suivi", 0.72)
            build_followup(ctx, fake)
            report("Documents, devis et factures", 0.85)
            build_documents(ctx, fake)
            build_quotes(ctx)
            build_invoices(ctx)
            build_costs(ctx)
            ctx.writer.flush()
            close_finished(conn, today)
            counts = {
                table.name: conn.scalar(select(func.count()).select_from(table))
                for table in Base.metadata.sorted_tables
            }
    finally:
        office.close(backup_if_changed=False)
    return counts
