"""Benchmark: kill -9 at random moments during writes, backups and the demo build.

A plain script, not collected by pytest:

    PYTHONPATH=src:. python tests/bench/bench_kill.py [--trials 100] [--seed 1]

Prints, per kind of work, how many committed records were lost, how many good backups were
destroyed and how many half-written files were left under a real name (all expected 0);
exits 1 otherwise.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for entry in (ROOT / "src", ROOT):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from tests.core.kill_trials import Tally, trial  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100, help="trials per kind of work")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kinds", default="writes,backup,demo")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    failed = False
    with tempfile.TemporaryDirectory(prefix="bench-kill-") as base:
        for kind in args.kinds.split(","):
            tally = Tally()
            start = time.perf_counter()
            for number in range(args.trials):
                folder = Path(base) / f"{kind}-{number}"
                folder.mkdir()
                trial(kind, folder, rng, tally)
            elapsed = time.perf_counter() - start
            print(
                f"{kind:<7} {tally.trials:>4} kills  records lost: {tally.records_lost}  "
                f"good backups destroyed: {tally.backups_destroyed}  "
                f"bad files: {tally.bad_files}  ({elapsed:.0f} s)",
                flush=True,
            )
            failed |= bool(tally.records_lost or tally.backups_destroyed or tally.bad_files)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
