"""Converting a produced file with LibreOffice, as the office's colleagues will open it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(path: Path, out_dir: Path, *, timeout: int = 180) -> Path:
    """Convert with LibreOffice headless (its own profile, so tests may run side by side).

    Fails the test when LibreOffice reports an error or writes nothing; skips it only when
    LibreOffice is not installed (``.ci/run`` installs it).
    """
    if SOFFICE is None:
        pytest.skip("LibreOffice n'est pas installé")
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = out_dir / "lo-profile"
    result = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.resolve().as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    converted = out_dir / (Path(path).stem + ".pdf")
    assert result.returncode == 0 and converted.exists(), result.stdout + result.stderr
    return converted
