"""The shape that keeps Formadesk livable: a core without Qt, generated forms in step."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import formadesk.core


def test_core_never_imports_pyside6():
    modules = [
        m.name
        for m in pkgutil.walk_packages(formadesk.core.__path__, "formadesk.core.")
        if not m.name.startswith("formadesk.core.migrations.")  # run by Alembic, not imported
    ]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert len(modules) > 20
    assert result.stdout.strip() == "", f"core imported {result.stdout.strip()}"


def test_generated_forms_are_up_to_date():
    from formadesk.gui.build_forms import UI_DIR, stale_forms

    assert list(UI_DIR.glob("*.ui")), "forms/*.ui are the source of the dialogs"
    assert stale_forms() == [], "run: python -m formadesk.gui.build_forms"
