"""Benchmark: build the "ten-year office" demo database and report the time and row counts.

A plain script, not collected by pytest:

    PYTHONPATH=src python tests/bench/bench_demo.py [--size large] [--seed 42] [--keep DIR]

The database is built in a temporary folder and deleted afterwards, unless ``--keep`` names a
folder to leave it in (for the other benchmarks, or to open it in Formadesk).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

from formadesk.core.demo import SIZES, build_demo  # noqa: E402

BUDGET_SECONDS = 180  # the large build must stay under 3 minutes on a 2-core machine


def main(argv: list[str] | None = None) -> int:
    """Build the demo, print the timing and counts; exit 1 when over budget."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="large")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--keep", type=Path, help="folder where the database is kept")
    args = parser.parse_args(argv)

    last = [0.0]

    def progress(message: str, fraction: float) -> None:
        if fraction - last[0] >= 0.1 or fraction in (0.0, 1.0):
            last[0] = fraction
            print(f"  {time.perf_counter() - start:6.1f} s  {fraction:4.0%}  {message}", flush=True)

    with tempfile.TemporaryDirectory(prefix="formadesk-bench-") as temp:
        folder = args.keep or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"demo-{args.size}.sqlite3"
        print(f"Construction de la démo « {args.size} » (graine {args.seed}) : {path}")
        start = time.perf_counter()
        counts = build_demo(path, args.size, seed=args.seed, progress=progress)
        elapsed = time.perf_counter() - start
        size_mb = path.stat().st_size / 1e6

    print()
    for table, count in sorted(counts.items(), key=lambda item: -item[1]):
        print(f"  {table:<26} {count:>9,}".replace(",", " "))
    print(f"\nTotal : {sum(counts.values()):,} lignes".replace(",", " "))
    print(f"Durée : {elapsed:.1f} s ; fichier : {size_mb:.0f} Mo")
    if args.size == "large" and elapsed > BUDGET_SECONDS:
        print(f"TROP LENT : plus de {BUDGET_SECONDS} s", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
