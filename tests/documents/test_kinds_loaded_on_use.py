"""The documents' list opens without loading the renderers (reportlab, openpyxl, docxtpl:
about a second); producing a document loads them. Run in a fresh interpreter, where nothing
else has imported them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from formadesk.core.documents.engine.registry import KINDS, DocumentKind

SCRIPT = r"""
import json, sys
from pathlib import Path
from formadesk.core.office import Office
from formadesk.core.documents.engine.registry import KINDS, kind_label

office = Office.create(Path(sys.argv[1]))
office.documents.list_documents()
heavy = ("reportlab", "openpyxl", "docxtpl", "pypdf")
before = [name for name in heavy if name in sys.modules]
labels = [kind_label("convocation"), kind_label("reclamation_accuse"), kind_label("inconnu")]
loaded = len(KINDS)
after = [name for name in heavy if name in sys.modules]
print(json.dumps({"before": before, "labels": labels, "loaded": loaded, "after": after}))
"""


def test_listing_documents_loads_no_renderer_and_the_kinds_load_on_first_use(tmp_path):
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "bureau.sqlite3")],
        capture_output=True,
        text=True,
        check=True,
    )
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["before"] == []
    assert seen["labels"] == ["Convocation", "Accusé de réception de réclamation", "inconnu"]
    assert seen["loaded"] >= 30  # every built-in kind, registered by formadesk.core.documents
    assert {"reportlab", "openpyxl", "docxtpl"} <= set(seen["after"])


def test_a_built_in_kind_with_another_label_than_the_list_shows_is_refused():
    convocation = KINDS["convocation"]
    with pytest.raises(ValueError, match="kind_labels"):
        DocumentKind(**{**convocation.__dict__, "label": "Convocation (nouvelle)"})
    assert KINDS["convocation"].label == "Convocation"
