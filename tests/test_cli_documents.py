"""`formadesk documents kinds|make|fields|template` from the command line."""

from __future__ import annotations

import pytest
from docx import Document
from sqlalchemy import func, select

from formadesk.cli import main
from formadesk.core import formatting as fmt
from formadesk.core.demo import build_demo
from formadesk.core.model import ACTIVE_ENROLLMENT_STATUSES, Enrollment, TrainingSession
from formadesk.core.office import Office


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[str, str, int]:
    """The small demo database, the code of a session with learners, and their number."""
    db = tmp_path_factory.mktemp("cli-docs") / "demo.sqlite3"
    build_demo(db, "small")
    with Office.open(db) as office, office.database.reading() as s:
        count = func.count(Enrollment.id)
        code, learners = s.execute(
            select(TrainingSession.code, count)
            .join(Enrollment, Enrollment.session_id == TrainingSession.id)
            .where(Enrollment.status.in_(ACTIVE_ENROLLMENT_STATUSES))
            .group_by(TrainingSession.id)
            .having(count >= 2)
            .order_by(TrainingSession.code)
            .limit(1)
        ).one()
    return str(db), code, learners


def test_kinds_lists_key_label_scope_and_formats(capsys):
    assert main(["documents", "kinds"]) == 0
    lines = capsys.readouterr().out.splitlines()
    convocation = next(line for line in lines if line.startswith("convocation "))
    assert "Convocation" in convocation and "un document par apprenant" in convocation
    assert convocation.endswith("PDF, Word")


def test_make_writes_one_file_per_learner(demo, tmp_path, capsys):
    db, code, learners = demo
    out = tmp_path / "sortie"
    args = ["documents", "make", "--db", db, "--session", code, "--kind", "convocation"]
    assert main([*args, "--format", "docx", "--out", str(out)]) == 0

    printed = capsys.readouterr().out.splitlines()
    files = sorted(out.glob("*.docx"))
    assert len(files) == learners
    written = "écrit" if learners < 2 else "écrits"
    assert printed[-1] == f"{fmt.plural(learners, 'document')} « Convocation » {written}."
    assert sorted(printed[:-1]) == [str(p) for p in files]
    assert all(p.name.startswith(f"Convocation - {code} - ") for p in files)
    assert code in " ".join(p.text for p in Document(str(files[0])).paragraphs)

    assert main([*args, "--out", str(out), "--merged"]) == 0
    assert "PDF unique à imprimer" in capsys.readouterr().out
    assert (out / f"Convocation - {code} - tous.pdf").exists()


def test_make_errors_are_one_french_line(demo, tmp_path, capsys):
    db, code, _ = demo
    base = ["documents", "make", "--db", db, "--out", str(tmp_path)]
    assert main([*base, "--session", code, "--kind", "convocation", "--format", "xlsx"]) == 1
    assert main([*base, "--session", "NOPE", "--kind", "convocation"]) == 1
    assert main([*base, "--session", code, "--kind", "inconnu"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("Erreur : ") for line in err)
    assert "ne peut pas être produit au format Excel" in err[0]
    assert "aucune session n'a le code « NOPE »" in err[1]
    assert "la sorte de document « inconnu » n'existe pas" in err[2]
    assert list(tmp_path.iterdir()) == []


def test_fields_and_template(tmp_path, monkeypatch, capsys):
    assert main(["documents", "fields", "convocation"]) == 0
    out = capsys.readouterr().out
    assert "{{ learner.display_name }}" in out and "{% for slot in slots %}" in out
    monkeypatch.setenv("FORMADESK_TEMPLATES_DIR", str(tmp_path))
    assert main(["documents", "template", "convocation"]) == 0
    assert (tmp_path / "convocation.docx").exists()
    assert str(tmp_path / "convocation.docx") in capsys.readouterr().out
