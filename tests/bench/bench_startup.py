"""Benchmark: start-up to a usable main window, learner search latency, peak memory.

Usage:  python tests/bench/bench_startup.py [DATABASE]
Without DATABASE, the large demo is built once in /tmp/formadesk-bench/large.sqlite3.
Goals (issue 2): start-up < 1.5 s, search < 50 ms, peak memory < 400 MB.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DB = Path("/tmp/formadesk-bench/large.sqlite3")


def ensure_database(path: Path) -> Path:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"Construction de la base « large » : {path} …", flush=True)
        subprocess.run(
            [sys.executable, "-m", "formadesk", "demo", "--size", "large", "--db", str(path)],
            check=True,
        )
    return path


def main() -> int:
    db = ensure_database(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DB)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    starts = []
    for _ in range(3):
        t0 = time.perf_counter()
        probe = subprocess.Popen(
            [sys.executable, str(HERE / "startup_probe.py"), str(db)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert probe.stdout is not None
        first = probe.stdout.readline()
        ready = time.perf_counter() - t0
        if not first.startswith("ready"):
            probe.kill()
            print(f"la sonde n'a pas démarré : {first!r}")
            return 1
        starts.append(ready)
        report = probe.stdout.read()
        probe.wait()
    print(f"Base : {db} ({db.stat().st_size / 1e6:.0f} Mo)")
    print(
        f"Démarrage jusqu'à la fenêtre utilisable : médiane {statistics.median(starts):.2f} s "
        f"(essais : {', '.join(f'{s:.2f}' for s in starts)}) — objectif < 1,5 s"
    )
    print(report.strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
