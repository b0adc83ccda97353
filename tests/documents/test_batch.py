"""Batches as the assistant runs them: progress, cancel, one merged PDF to print."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from formadesk.core.model import Enrollment, GeneratedDocument, Learner
from formadesk.core.validation import normalise_search

CODE = "2026-EXCEL-INT-003"


def _more_learners(desk, seeded, count: int) -> None:
    with desk.database.unit_of_work() as s:
        people = [
            Learner(
                last_name=f"Élève{i:02d}",
                first_name="Zoë",
                search_text=normalise_search(f"eleve{i}"),
            )
            for i in range(count)
        ]
        s.add_all(people)
        s.flush()
        s.add_all(
            Enrollment(session_id=seeded["session"], learner_id=p.id, status="inscrit")
            for p in people
        )


def test_progress_is_reported_per_file_and_ends_at_one(desk, seeded):
    seen: list[tuple[str, float]] = []
    files = desk.documents.generate(
        "convocation", seeded["session"], progress=lambda m, f: seen.append((m, f))
    )

    assert len(files) == 2 and not files.cancelled and files.merged is None
    per_file = [m for m, _ in seen if m.startswith("Convocation ")]
    assert per_file == ["Convocation 1/2 : LEFÈVRE Hélène", "Convocation 2/2 : N'DIAYE Marc"]
    fractions = [f for _, f in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_cancel_after_two_files_keeps_and_records_those_two(desk, seeded):
    _more_learners(desk, seeded, 3)
    made: list[str] = []

    def progress(message: str, _fraction: float) -> None:
        if message.startswith("Convocation "):
            made.append(message)

    files = desk.documents.generate(
        "convocation",
        seeded["session"],
        progress=progress,
        cancelled=lambda: len(made) >= 2,
        merged=True,
    )

    assert files.cancelled and files.planned == 5 and len(files) == 2
    assert files.merged is None  # no print-all file for half a batch
    assert "2 documents sur 5 ont été écrits" in files.summary
    folder = desk.docs_dir / "2026" / CODE
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in files)
    with desk.database.reading() as s:
        paths = s.scalars(select(GeneratedDocument.path)).all()
    assert sorted(paths) == sorted(str(p.resolve()) for p in files)
    assert [c.ids for c in desk.emitted if c.entity == "document"] == [files.document_ids]


def test_cancelled_before_the_first_file_writes_nothing(desk, seeded):
    files = desk.documents.generate("convocation", seeded["session"], cancelled=lambda: True)
    assert files == [] and files.cancelled and not desk.docs_dir.exists()
    assert desk.documents.list_documents() == []


def test_merged_pdf_has_every_page_of_every_file(desk, seeded):
    _more_learners(desk, seeded, 2)
    files = desk.documents.make_convocations(seeded["session"], merged=True)

    assert files.merged is not None
    assert files.merged.name == f"Convocation - {CODE} - tous.pdf"
    pages = sum(len(PdfReader(p).pages) for p in files)
    assert len(PdfReader(files.merged).pages) == pages >= 4
    # the print-all file is a convenience: it is not one of the recorded documents
    assert len(desk.documents.list_documents()) == 4


def test_merged_is_ignored_for_word_files(desk, seeded):
    files = desk.documents.generate(
        "convocation", seeded["session"], file_format="docx", merged=True
    )
    assert files.merged is None and all(p.suffix == ".docx" for p in files)


def test_versions_are_counted_per_format(desk, seeded):
    only = [seeded["helene"]]
    (docx,) = desk.documents.generate(
        "convocation", seeded["session"], file_format="docx", enrollment_ids=only
    )
    (pdf,) = desk.documents.generate("convocation", seeded["session"], enrollment_ids=only)
    (again,) = desk.documents.generate("convocation", seeded["session"], enrollment_ids=only)
    assert docx.stem == pdf.stem == f"Convocation - {CODE} - LEFÈVRE Hélène"
    assert again.name.endswith("(v2).pdf")


def test_a_failing_file_leaves_nothing_behind(desk, seeded, monkeypatch):
    from formadesk.core.documents.engine import registry

    kind = registry.get_kind("convocation")
    calls = []

    def broken(data, out):
        calls.append(out)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return kind.renderers["pdf"](data, out)

    monkeypatch.setitem(
        registry.KINDS, "convocation", type(kind)(**{**kind.__dict__, "renderers": {"pdf": broken}})
    )
    with pytest.raises(OSError):
        desk.documents.make_convocations(seeded["session"])
    assert not any((desk.docs_dir / "2026" / CODE).glob("*"))
    assert desk.documents.list_documents() == []
    with desk.database.reading() as s:
        assert s.scalar(select(Learner.id).limit(1))  # the data is untouched


def test_two_namesakes_of_a_session_get_two_files(desk, seeded):
    """Two « LEFÈVRE Hélène » enrolled in the same session: two files, neither replacing the
    other, the second named « (homonyme 2) », also when made on its own later."""
    with desk.database.unit_of_work() as s:
        namesake = Learner(
            last_name="Lefèvre", first_name="Hélène", search_text=normalise_search("lefevre")
        )
        s.add(namesake)
        s.flush()
        enrollment = Enrollment(session_id=seeded["session"], learner_id=namesake.id)
        enrollment.status = "inscrit"
        s.add(enrollment)
        s.flush()
        second = enrollment.id

    files = desk.documents.generate("convocation", seeded["session"])
    names = sorted(p.name for p in files)
    assert len(files) == 3 and len(set(names)) == 3
    assert any(name.endswith("LEFÈVRE Hélène.pdf") for name in names)
    assert any(name.endswith("LEFÈVRE Hélène (homonyme 2).pdf") for name in names)

    again = desk.documents.generate("convocation", seeded["session"], enrollment_ids=[second])
    assert [p.name for p in again] == [
        f"Convocation - {CODE} - LEFÈVRE Hélène (homonyme 2) (v2).pdf"
    ]


def test_a_search_reaches_documents_older_than_the_newest_listed(desk, seeded):
    files = desk.documents.generate("convocation", seeded["session"])
    newest = desk.documents.list_documents(limit=1)
    assert len(files) == 2 and len(newest) == 1

    found = desk.documents.list_documents(limit=1, text="diaye marc")  # case, accents, order
    other = desk.documents.list_documents(limit=1, text="lefevre convocation")
    assert [d.learner_name for d in found] == ["N'DIAYE Marc"]
    assert [d.learner_name for d in other] == ["LEFÈVRE Hélène"]
    assert desk.documents.list_documents(text="100%_introuvable") == []
