"""Regenerate gui/forms/ui_*.py from the Qt Designer files in forms/*.ui.

Run ``python -m formadesk.gui.build_forms`` after editing a .ui file; ``--check`` exits 1 when a
generated file is missing or stale (the test suite calls it).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
UI_DIR = ROOT / "forms"
OUT_DIR = Path(__file__).resolve().parent / "forms"


def uic_command() -> list[str]:
    exe = shutil.which("pyside6-uic")
    if exe:
        return [exe]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "uic"]


def generate(ui_file: Path) -> str:
    result = subprocess.run(
        [*uic_command(), "--from-imports", str(ui_file)],
        capture_output=True,
        text=True,
        check=True,
    )
    # uic writes a date-free header naming its version: drop the version (a patch release of
    # PySide6 changes nothing in the code) and normalise line endings, so the check is stable.
    text = result.stdout.replace("\r\n", "\n")
    return re.sub(r"(## Created by: Qt User Interface Compiler) version [\w.]+", r"\1", text)


def target_for(ui_file: Path) -> Path:
    return OUT_DIR / f"ui_{ui_file.stem}.py"


def stale_forms() -> list[str]:
    """Names of .ui files whose generated Python is missing or differs."""
    stale = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = target_for(ui_file)
        if not target.exists() or target.read_text(encoding="utf-8") != generate(ui_file):
            stale.append(ui_file.name)
    return stale


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--check" in argv:
        stale = stale_forms()
        for name in stale:
            print(f"périmé : {name} (lancez python -m formadesk.gui.build_forms)")
        return 1 if stale else 0
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target_for(ui_file).write_text(generate(ui_file), encoding="utf-8")
        print(f"{ui_file.name} -> {target_for(ui_file).name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
