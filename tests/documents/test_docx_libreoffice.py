"""Word and Excel outputs open in LibreOffice: converted to PDF headless, without error."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from formadesk.core.documents.engine.registry import KINDS

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice n'est pas installé (soffice absent)"
)


def convert_to_pdf(files: list[Path], out: Path, profile: Path) -> list[Path]:
    """Convert with LibreOffice headless (own profile, 3-minute limit); return the PDFs."""
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    return [out / f"{path.stem}.pdf" for path in files]


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(out.stdout.split())


def test_convocation_docx_and_learners_xlsx_convert_to_pdf(desk, seeded, tmp_path):
    (docx,) = desk.documents.generate(
        "convocation", seeded["session"], file_format="docx", enrollment_ids=[seeded["helene"]]
    )
    xlsx = desk.exports.learners_xlsx(tmp_path / "inscrits.xlsx", session_id=seeded["session"])
    files = [docx, xlsx]
    for kind in sorted(KINDS.values(), key=lambda k: k.key):  # every kind with an Excel output
        if kind.key.startswith("releve_presence"):  # half-days held first: test_after_releve
            continue
        if "xlsx" in kind.renderers and kind.scope in ("learner", "client", "session"):
            try:
                files += desk.documents.generate(kind.key, seeded["session"], file_format="xlsx")
            except Exception as error:  # reported, not hidden: the kind's own tests cover it
                pytest.fail(f"{kind.key} en Excel : {error}")

    pdfs = convert_to_pdf(files, tmp_path / "pdf", tmp_path / "profile")

    assert all(p.exists() and p.stat().st_size > 1000 for p in pdfs)
    word, excel = pdf_text(pdfs[0]), pdf_text(pdfs[1])
    assert "Mme Hélène Lefèvre" in word and "du lundi 7 décembre 2026" in word
    assert "Lefèvre" in excel and "Boulangerie Émile & Fils" in excel
