"""Every file Formadesk writes goes through one atomic writer (core/files.py): a failed or
killed write leaves the earlier file whole and a temporary that start-up cleaning recognises."""

from __future__ import annotations

import subprocess
import sys

import pytest

from formadesk.core.files import TEMP_SUFFIX, atomic_path, remove_leftovers
from formadesk.core.outputs import OutputPathError

KILLED_WHILE_WRITING = """
import os, sys
from pathlib import Path
from formadesk.core.files import atomic_path
with atomic_path(Path(sys.argv[1])) as temporary:
    temporary.write_bytes(b"half a file")
    os._exit(9)
"""


def test_a_failed_write_keeps_the_earlier_file_and_leaves_nothing(tmp_path):
    out = tmp_path / "liste.xlsx"
    out.write_bytes(b"version du matin")
    with pytest.raises(RuntimeError), atomic_path(out) as temporary:
        temporary.write_bytes(b"half a file")
        raise RuntimeError("disque plein")
    assert out.read_bytes() == b"version du matin"
    assert [p.name for p in tmp_path.iterdir()] == ["liste.xlsx"]


def test_a_write_killed_midway_leaves_a_temporary_that_cleaning_removes(tmp_path):
    out = tmp_path / "planning.xlsx"
    out.write_bytes(b"version du matin")
    subprocess.run([sys.executable, "-c", KILLED_WHILE_WRITING, str(out)], timeout=60)
    leftovers = [p for p in tmp_path.iterdir() if p != out]
    assert len(leftovers) == 1 and leftovers[0].name.endswith(TEMP_SUFFIX)
    assert out.read_bytes() == b"version du matin"
    assert remove_leftovers(tmp_path, out.name) == leftovers
    assert [p.name for p in tmp_path.iterdir()] == ["planning.xlsx"]


def test_the_writer_checks_the_path_first(tmp_path, read_only_folder):
    with pytest.raises(OutputPathError, match="est un dossier"), atomic_path(tmp_path):
        pass
    out = read_only_folder / "liste.pdf"
    refused = pytest.raises(OutputPathError, match="Impossible d'écrire dans le dossier")
    with refused, atomic_path(out):
        pass
    assert not out.exists()


def test_a_crash_s_leftover_beside_a_document_is_removed_on_the_next_write(tmp_path):
    """A half-written document (killed mid-write) does not stay in the session's folder."""
    import os
    import time

    from formadesk.core.files import atomic_path

    target = tmp_path / "Convocation - DURAND Léa.pdf"
    old = tmp_path / ".Convocation - DURAND Léa.pdf.4242-deadbeef.partial"
    fresh = tmp_path / ".Convocation - DURAND Léa.pdf.4343-cafecafe.partial"  # maybe being written
    other = tmp_path / ".Autre.pdf.4242-deadbeef.partial"
    for file in (old, fresh, other):
        file.write_bytes(b"%PDF-1.4 half")
    two_hours_ago = time.time() - 7200
    for file in (old, other):
        os.utime(file, (two_hours_ago, two_hours_ago))
    with atomic_path(target) as temporary:
        temporary.write_bytes(b"%PDF-1.4 whole")
    assert target.read_bytes() == b"%PDF-1.4 whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [target.name, fresh.name, other.name]
    )
