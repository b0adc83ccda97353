"""The fast Word path gives the same documents as docxtpl, logo and line breaks included."""

from __future__ import annotations

import zipfile
from io import BytesIO

from docx import Document
from PIL import Image
from sqlalchemy import select

from formadesk.core.documents.engine import docx as docx_module
from formadesk.core.documents.engine.docx import shipped_templates_dir, user_templates_dir
from formadesk.core.model import Organisation, TrainingSession


def _texts(path) -> list[str]:
    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    return texts


def _png() -> bytes:
    buffer = BytesIO()
    Image.new("RGB", (200, 100), "#1F3A5F").save(buffer, format="PNG")
    return buffer.getvalue()


def _make(desk, seeded, out_dir):
    return desk.documents.generate(
        "convocation",
        seeded["session"],
        file_format="docx",
        out_dir=out_dir,
        enrollment_ids=[seeded["helene"]],
    )[0]


def test_fast_and_docxtpl_paths_write_the_same_text(desk, seeded, tmp_path, monkeypatch):
    fast = _make(desk, seeded, tmp_path / "fast")
    monkeypatch.setattr(docx_module, "prepare", lambda *args: None)  # docxtpl only
    docx_module._fast.clear()
    slow = _make(desk, seeded, tmp_path / "slow")
    docx_module._fast.clear()

    assert _texts(fast) == _texts(slow)
    assert any("Hélène Lefèvre" in t for t in _texts(fast))


def test_the_logo_is_drawn_and_line_breaks_are_kept(desk, seeded, tmp_path):
    with desk.database.unit_of_work() as s:
        s.scalar(select(Organisation)).logo = _png()
        s.scalar(select(TrainingSession)).access_info = "Métro B\nAscenseur au fond"

    path = _make(desk, seeded, tmp_path)

    document = Document(str(path))
    assert len(document.inline_shapes) == 1  # the logo, once
    with zipfile.ZipFile(path) as archive:
        assert any(name.startswith("word/media/") for name in archive.namelist())
        xml = archive.read("word/document.xml").decode()
    assert "Métro B</w:t><w:br/>" in xml
    paragraph = next(p for p in document.paragraphs if p.text.startswith("Métro B"))
    assert paragraph.text == "Métro B\nAscenseur au fond"


def test_a_template_with_column_loops_is_left_to_docxtpl(desk, seeded, tmp_path):
    folder = user_templates_dir()
    folder.mkdir(parents=True)
    document = Document(str(shipped_templates_dir() / "convocation.docx"))
    cells = document.add_table(rows=1, cols=3).rows[0].cells
    for cell, text in zip(
        cells, ("{%tc for o in objectives %}", "{{ o }}", "{%tc endfor %}"), strict=True
    ):
        cell.text = text
    document.save(str(folder / "convocation.docx"))
    content = (folder / "convocation.docx").read_bytes()
    assert docx_module.prepare(content, docx_module._env, None, 0) is None

    path = _make(desk, seeded, tmp_path)

    table = Document(str(path)).tables[-1]
    assert [c.text for c in table.rows[0].cells] == [
        "Construire un tableau croisé dynamique",
        "Créer des graphiques croisés",
    ]
