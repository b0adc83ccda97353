"""The shape that keeps Formadesk livable: a core without Qt, generated forms in step."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

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


PRIVATE_CORE = ("formadesk.core.model", "formadesk.core.backup", "formadesk.core.db")


def _imported_modules(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """(line, module) of every import of ``tree``, ``from a import b`` counting as a and a.b."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
            yield from ((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)


def test_gui_takes_vocabulary_and_rows_from_the_public_core_only():
    """Screens use the facade, services, vocabulary and api, never the models or the files."""
    import formadesk.gui

    (gui_dir,) = formadesk.gui.__path__
    offenders: set[str] = set()
    for path in sorted(Path(gui_dir).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, module in _imported_modules(tree):
            if any(module == bad or module.startswith(bad + ".") for bad in PRIVATE_CORE):
                offenders.add(f"{path.relative_to(gui_dir)}:{line}")
    assert sorted(offenders) == [], "use formadesk.core.vocabulary or formadesk.core.api instead"


def test_vocabulary_offers_the_labels_the_screens_show():
    from formadesk.core import vocabulary

    assert vocabulary.SESSION_STATUSES and vocabulary.LEARNER_STATUSES
    assert set(vocabulary.ACTIVE_ENROLLMENT_STATUSES) <= set(vocabulary.ENROLLMENT_STATUSES)
    assert all(isinstance(label, str) for label in vocabulary.FUNDING_SCHEMES.values())


def test_every_excel_writer_goes_through_the_shared_cell_writer():
    """A module that builds workbooks imports xlsx_cells, so user text never becomes a formula."""
    (core_dir,) = formadesk.core.__path__
    writer = "formadesk.core.documents.engine.xlsx_cells"
    bypassing = []
    for path in sorted(Path(core_dir).rglob("*.py")):
        if path.name == "xlsx_cells.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        modules = {module for _, module in _imported_modules(tree)}
        relative = {
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level and node.module
        }
        if any(m == "openpyxl" or m.startswith("openpyxl.") for m in modules) and not (
            writer in modules or any(m.endswith("xlsx_cells") for m in relative)
        ):
            bypassing.append(str(path.relative_to(core_dir)))
    assert bypassing == [], "write cells with formadesk.core.documents.engine.xlsx_cells"
