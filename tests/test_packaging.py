"""The wheel holds every file Formadesk reads at run time (an editable install hides a gap).

``pip install .`` once shipped no Alembic revision (``core/migrations/versions`` has no
``__init__.py``): ``formadesk --demo`` then failed with « no such table: organisation ».
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
JUNK = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist")


def _project_files(folder: Path, prefix: str) -> set[str]:
    """Files under ``folder`` as they must be named in the wheel (``prefix`` + relative path)."""
    return {
        prefix + path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory) -> set[str]:
    """Names in a wheel built by pip from a clean copy of the project (no stale build/)."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    for name in ("src", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=JUNK)
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "-w",
            str(base / "dist"),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (base / "dist").glob("formadesk-*.whl")
    return set(zipfile.ZipFile(wheel).namelist())


def test_every_module_and_resource_is_in_the_wheel(wheel_names):
    expected = _project_files(ROOT / "src" / "formadesk", "formadesk/")
    expected |= _project_files(ROOT / "resources", "formadesk/resources/")
    assert sorted(expected - wheel_names) == []


def test_the_wheel_ships_migrations_fonts_and_word_templates(wheel_names):
    revisions = [n for n in wheel_names if n.startswith("formadesk/core/migrations/versions/")]
    assert any(n.endswith(".py") for n in revisions)
    assert "formadesk/core/migrations/script.py.mako" in wheel_names
    assert "formadesk/resources/fonts/DejaVuSans.ttf" in wheel_names
    assert "formadesk/resources/templates/convocation.docx" in wheel_names
    assert not [n for n in wheel_names if "__pycache__" in n or n.startswith("tests/")]


def test_the_qt_binding_does_not_abort_python_when_it_exits(tmp_path):
    """PySide6 6.12.0 aborted the interpreter on exit once a bool signal had been emitted
    (« Fatal Python error: bool_dealloc »): closing the window looked like a crash."""
    import subprocess
    import sys

    script = tmp_path / "signals.py"
    script.write_text(
        "from PySide6.QtCore import QCoreApplication, QObject, Signal\n"
        "class Box(QObject):\n"
        "    toggled = Signal(bool)\n"
        "app = QCoreApplication([])\n"
        "box = Box()\n"
        "box.toggled.connect(lambda value: None)\n"
        "for _ in range(500):\n"
        "    box.toggled.emit(True)\n"
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-500:]
