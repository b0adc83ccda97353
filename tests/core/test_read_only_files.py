"""Really write-protected files and folders (tests run as root: the child drops the
capability that lets root write anywhere): opened read-only, writes refused in French."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import sys
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.learners import LearnerData

office = Office.open(sys.argv[1])
print("raison:", office.read_only_reason)
print("apprenants:", office.learners.count(), "intégrité:", office.verify_integrity())
try:
    office.learners.save(LearnerData(last_name="Refusé", first_name="Léa"))
except FormadeskError as error:
    print("refusé:", error)
office.close()
"""

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(
        not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("setpriv") is None,
        reason="needs root and setpriv to drop CAP_DAC_OVERRIDE",
    ),
]


def _run_without_override(db: Path, tmp_path: Path) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), XDG_STATE_HOME=str(tmp_path / "st"))
    command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner"]
    result = subprocess.run(
        [*command, sys.executable, "-c", PROBE, str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


@pytest.mark.parametrize("protected", ["file", "folder"])
def test_a_write_protected_database_opens_read_only(empty_database, tmp_path, protected):
    folder = tmp_path / "partage"
    folder.mkdir()
    db = folder / "bureau.sqlite3"
    shutil.copyfile(empty_database, db)
    db.chmod(0o444)
    if protected == "folder":
        folder.chmod(0o555)
    try:
        before = db.read_bytes()
        out = _run_without_override(db, tmp_path)
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)
    assert "protégé en écriture" in out.splitlines()[0]
    assert "apprenants: 0 intégrité: None" in out
    assert "refusé:" in out and "lecture seule" in out and "readonly" not in out
    assert db.read_bytes() == before
