"""Benchmark: the same benches on the SQLite large demo and on its copy on a PostgreSQL server,
each engine's figures next to its own floor, in one table.

Usage:  python tests/bench/bench_engines.py [SQLITE] [POSTGRESQL] [--only planning,bpf]
        [--quick] [--detail] [--logs DIR] [--json FILE]

Defaults: /tmp/formadesk-bench/large.sqlite3 and postgresql://formadesk@localhost:54329/fdlarge.
Each bench runs as a subprocess, on SQLite then on PostgreSQL, and writes its key figures with
``--json`` (figures.py); its printed output goes to a log in DIR (kept, printed at the end).
``--quick``: fewer runs (a first look, not figures to compare over time). ``--detail``: the
figures of the pieces too (each task rule). Printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from figures import base_argument, connect_server, is_server, label  # noqa: E402

DEFAULT_SQLITE = Path("/tmp/formadesk-bench/large.sqlite3")
DEFAULT_SERVER = "postgresql://formadesk@localhost:54329/fdlarge"
TIMEOUT_S = 1800  # per bench and engine: the slowest take a couple of minutes

# (name, extra arguments, extra arguments with --quick)
BENCHES = [
    ("planning", [], []),
    ("attendance", [], ["--runs", "5"]),
    ("tasks", [], ["--runs", "3"]),
    ("dashboard", [], ["--runs", "3"]),
    ("outcomes", [], ["--runs", "3"]),
    ("bpf", [], ["--runs", "3"]),
    ("export", [], ["--runs", "1"]),
    ("documents", [], ["--count", "50"]),
    ("startup", [], []),
]
ENGINES = ("sqlite", "postgresql")
HEADERS = ("Mesure", "SQLite", "plancher", "PostgreSQL", "plancher")


def run_bench(name: str, base, extra: list[str], logs: Path) -> tuple[dict | None, str]:
    """Run ``bench_<name>.py`` on ``base``: (its figures, or None; what went wrong, or "")."""
    engine = "postgresql" if is_server(base) else "sqlite"
    saved = logs / f"{name}-{engine}.json"
    log = logs / f"{name}-{engine}.log"
    saved.unlink(missing_ok=True)
    env = dict(os.environ)
    src = str(HERE.parent.parent / "src")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
    command = [sys.executable, str(HERE / f"bench_{name}.py"), str(base), "--json", str(saved)]
    started = time.perf_counter()
    print(f"bench_{name}.py sur {label(base)} …", end=" ", file=sys.stderr, flush=True)
    with log.open("w") as out:
        try:
            done = subprocess.run(
                [*command, *extra], stdout=out, stderr=subprocess.STDOUT, env=env, timeout=TIMEOUT_S
            )
            code = done.returncode
        except subprocess.TimeoutExpired:
            code = None
    print(f"{time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    figures = json.loads(saved.read_text()) if saved.exists() else None
    if code is None:
        problem = f"arrêté après {TIMEOUT_S} s"
    elif code != 0:
        problem = f"code de sortie {code}" + (" (budget dépassé)" if figures else "")
    else:
        problem = ""
    return figures, problem


def shown(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "Mo":
        return f"{value:.0f} Mo"
    digits = 2 if value < 10 else 1 if value < 100 else 0
    return f"{value:.{digits}f} {unit}"


def rows_of(name: str, found: dict[str, dict | None], detail: bool) -> list[tuple[str, ...]]:
    """The table's rows for one bench: a title, then one row per figure (both engines)."""
    title = f"bench_{name}.py"
    contexts = {e: (found[e] or {}).get("context", {}) for e in ENGINES}
    shared = {k: v for k, v in contexts["sqlite"].items() if contexts["postgresql"].get(k) == v}
    for key in ("session", "year"):
        if key in shared:
            title += f" ({key} {shared[key]})"
    rows: list[tuple[str, ...]] = [(title, "", "", "", "")]
    keys: list[str] = []
    by_engine: dict[str, dict[str, dict]] = {}
    for engine in ENGINES:
        figures = (found[engine] or {}).get("figures", [])
        by_engine[engine] = {f["key"]: f for f in figures}
        keys += [f["key"] for f in figures if f["key"] not in keys and (detail or not f["detail"])]
    for key in keys:
        some = by_engine["sqlite"].get(key) or by_engine["postgresql"][key]
        cells = [f"  {some['what']}"]
        for engine in ENGINES:
            figure = by_engine[engine].get(key)
            if figure is None:
                cells += ["échec" if found[engine] is None else "—", ""]
                continue
            floor = figure["floor"]
            cells += [
                shown(figure["value"], figure["unit"]),
                "" if floor is None else shown(floor, figure["unit"]),
            ]
        rows.append(tuple(cells))
    if not keys:
        rows.append(("  (aucun chiffre)", "échec", "", "échec", ""))
    differing = {
        k: (contexts["sqlite"].get(k), contexts["postgresql"].get(k))
        for k in ("session", "year")
        if k not in shared and (contexts["sqlite"].get(k) or contexts["postgresql"].get(k))
    }
    for key, (lite, server) in differing.items():
        rows.append((f"  ({key} : {lite} sur SQLite, {server} sur PostgreSQL)", "", "", "", ""))
    return rows


def table(rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(row[i]) for row in [HEADERS, *rows]) for i in range(len(HEADERS))]

    def one(row: tuple[str, ...]) -> str:
        first = row[0].ljust(widths[0])
        return " | ".join(
            [first, *(cell.rjust(w) for cell, w in zip(row[1:], widths[1:], strict=True))]
        )

    rule = "-+-".join("-" * w for w in widths)
    lines = [one(HEADERS), rule]
    for row in rows:
        if not any(row[1:]) and not row[0].startswith("  "):  # a bench's title
            if len(lines) > 2:
                lines.append(rule)
            lines.append(row[0])
        else:
            lines.append(one(row))
    return "\n".join(lines)


def check_server(base: str) -> None:
    try:
        connect_server(base).close()
    except Exception as error:  # noqa: BLE001 - said in French, then stop
        raise SystemExit(
            f"La base {label(base)} ne répond pas ({str(error).strip().splitlines()[0]}).\n"
            "Copiez-y la démo « large » : formadesk migrate-to --db "
            f"{DEFAULT_SQLITE} --to {label(base)} (dans une base vide), ou construisez-la : "
            f"formadesk demo --size large --db {label(base)}"
        ) from error


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sqlite", nargs="?", type=base_argument, default=DEFAULT_SQLITE)
    parser.add_argument("server", nargs="?", type=base_argument, default=DEFAULT_SERVER)
    parser.add_argument("--only", help="bancs à lancer, séparés par des virgules (ex. : bpf,tasks)")
    parser.add_argument("--quick", action="store_true", help="moins d'essais (premier coup d'œil)")
    parser.add_argument("--detail", action="store_true", help="aussi le détail (chaque règle…)")
    parser.add_argument("--logs", type=Path, help="dossier des sorties de chaque banc")
    parser.add_argument("--json", help="écrit aussi le tableau dans ce fichier JSON")
    args = parser.parse_args()
    if is_server(args.sqlite) or not is_server(args.server):
        parser.error("donnez d'abord le fichier SQLite, puis l'adresse postgresql://…")
    if not Path(args.sqlite).exists():
        raise SystemExit(
            f"Pas de base {args.sqlite} : construisez-la d'abord (formadesk demo --size large "
            f"--db {args.sqlite})."
        )
    check_server(args.server)
    chosen = [b for b in BENCHES if not args.only or b[0] in args.only.split(",")]
    if not chosen:
        parser.error(f"--only : aucun banc parmi {', '.join(b[0] for b in BENCHES)}")
    logs = args.logs or Path(tempfile.mkdtemp(prefix="bench-engines-"))
    logs.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, ...]] = []
    problems: list[str] = []
    everything: dict[str, dict] = {}
    for name, extra, quick in chosen:
        found: dict[str, dict | None] = {}
        for engine, base in zip(ENGINES, (args.sqlite, args.server), strict=True):
            found[engine], problem = run_bench(
                name, base, extra + (quick if args.quick else []), logs
            )
            if problem:
                problems.append(f"bench_{name}.py sur {label(base)} : {problem}")
                if found[engine] is None:
                    tail = (logs / f"{name}-{engine}.log").read_text().strip().splitlines()[-8:]
                    problems += [f"    {text}" for text in tail]
        everything[name] = found
        rows += rows_of(name, found, args.detail)
    print(f"SQLite : {label(args.sqlite)} — PostgreSQL : {label(args.server)}")
    print("Médianes ; chaque chiffre à côté de son plancher, mesuré dans le même passage.")
    print(table(rows))
    for text in problems:
        print(text)
    print(f"Sorties complètes de chaque banc : {logs}")
    if args.json:
        Path(args.json).write_text(json.dumps(everything, ensure_ascii=False, indent=1))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
