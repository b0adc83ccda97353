"""Benchmark: checking a whole year of planning on the large demo (issue 3: well under 1 s).

Usage:  python tests/bench/bench_planning.py [BASE] [--json FILE]
BASE: a database file (default: the large demo) or a base on a server (postgresql://…),
opened as it is (only read, besides the updates every opening makes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import DEFAULT_DB  # noqa: E402
from figures import Figures, base_argument, ensure_base, label  # noqa: E402

from formadesk.core import formatting as fmt
from formadesk.core.office import Office  # noqa: E402


def main() -> int:
    from formadesk.core.public_holidays import cache_file

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", nargs="?", type=base_argument, default=DEFAULT_DB)
    parser.add_argument("--json", help="écrit les chiffres principaux dans ce fichier JSON")
    args = parser.parse_args()
    db = ensure_base(args.database)
    cached = cache_file().exists()
    with Office.open(db, verify=False) as office:
        today = dt.date.today()
        start, end = today - dt.timedelta(days=182), today + dt.timedelta(days=183)
        slots = len(office.resources.slots_between(start, end))
        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            conflicts = office.planning.check(start, end)
            runs.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        free = office.availability.free_rooms(today, dt.time(9), dt.time(12, 30), places=10)
        find_ms = (time.perf_counter() - t0) * 1000
    print(f"Base : {label(db)}")
    print(
        f"Vérification d'une année de planning ({slots} créneaux, {start:%d/%m/%Y} → "
        f"{end:%d/%m/%Y}) : médiane {statistics.median(runs) * 1000:.0f} ms, "
        f"pire {max(runs) * 1000:.0f} ms — objectif < 150 ms au pire (issue « Speed »)"
    )
    print(
        "  (le premier passage compte : jours fériés lus dans "
        f"{'le cache' if cached else 'la bibliothèque holidays, cache créé'})"
    )
    kinds = Counter(c.label for c in conflicts)
    print(
        f"{fmt.plural(len(conflicts), 'conflit')} : "
        + (", ".join(f"{k} ×{n}" for k, n in kinds.items()) or "aucun")
    )
    rooms = fmt.plural(len(free), "salle")
    print(f"« Trouver une salle » (10 places, ce matin) : {find_ms:.1f} ms, {rooms}")
    figures = Figures("planning", db)
    figures.note(slots=slots, conflicts=len(conflicts))
    figures.add("check", "Vérification d'une année de planning (médiane)", [r * 1000 for r in runs])
    figures.add("check_worst", "  pire des 5 passages", max(runs) * 1000)
    figures.add("free_rooms", "« Trouver une salle »", find_ms)
    figures.save(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
