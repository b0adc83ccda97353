"""Shipped Word templates are built from each kind's DOCX_TEMPLATE and kept in step."""

from __future__ import annotations

import zipfile

from formadesk.core.documents.engine import docx_spec as spec
from formadesk.core.documents.engine.registry import KINDS
from formadesk.core.documents.engine.templates_build import (
    build_all,
    build_document,
    comparable_parts,
    main,
    stale_templates,
    template_spec,
)


def test_shipped_templates_are_up_to_date():
    assert stale_templates() == [], "run: python -m formadesk.core.documents.engine.templates_build"


def test_every_kind_with_a_word_output_has_a_template_spec():
    with_docx = [k for k in KINDS.values() if "docx" in k.renderers]
    assert any(k.key == "convocation" for k in with_docx)
    assert [k.key for k in with_docx if template_spec(k) is None] == []


def test_the_build_is_reproducible_and_uses_docxtpl_conventions():
    blocks = [
        spec.Letterhead(),
        spec.Heading("Titre {{ course_title }}", level=0),
        spec.Para("Texte", bold=True, align="justify", size=9),
        spec.Bullets("objective in objectives", "{{ objective }}"),
        spec.Table(("Date", "Lieu"), ("{{ slot.date }}", "{{ slot.place }}"), "slot in slots"),
        spec.Signature(("Fait à {{ city }}",), ("{{ organisation.signatory_name }}",)),
        spec.PageBreak(),
    ]
    first, second = build_document(blocks), build_document(blocks)
    assert comparable_parts(first) == comparable_parts(second)
    with zipfile.ZipFile(__import__("io").BytesIO(first)) as archive:
        xml = archive.read("word/document.xml").decode()
    for tag in (
        "{%p for objective in objectives %}",
        "{%tr for slot in slots %}",
        "{%tr endfor %}",
    ):
        assert tag in xml
    assert 'w:w="11906"' in xml and 'w:h="16838"' in xml  # A4 in twentieths of a point


def test_check_mode_reports_a_missing_or_stale_template(tmp_path, capsys):
    assert build_all(tmp_path)[1] == []
    written = sorted(p.name for p in tmp_path.glob("*.docx"))
    assert "convocation.docx" in written
    assert main(["--check", "--out", str(tmp_path)]) == 0
    (tmp_path / "convocation.docx").unlink()
    assert main(["--check", "--out", str(tmp_path)]) == 1
    assert "à régénérer : convocation.docx" in capsys.readouterr().out
