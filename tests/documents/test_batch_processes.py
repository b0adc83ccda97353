"""A large batch is rendered by worker processes, one per core: the same files, in the same
order, recorded the same way; cancel keeps the first files; a failure leaves nothing."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from formadesk.core import workers
from formadesk.core.documents.engine import parallel
from formadesk.core.documents.engine.registry import KINDS
from formadesk.core.model import GeneratedDocument
from tests.documents.test_batch import CODE, _more_learners


@pytest.fixture
def twelve(desk, seeded, monkeypatch):
    """Twelve learners (more than ``MIN_BATCH``) and two worker processes, whatever the CPU."""
    monkeypatch.setenv(workers.ENVIRONMENT, "2")
    workers.warm_up()  # as the generation dialog does when it opens
    _more_learners(desk, seeded, 10)
    return seeded


def test_a_large_batch_goes_to_the_workers_and_writes_every_file_in_order(desk, twelve):
    assert parallel.can_spread(KINDS["convocation"].renderer("pdf"), 12)
    seen: list[str] = []
    files = desk.documents.generate(
        "convocation", twelve["session"], progress=lambda m, _f: seen.append(m), merged=True
    )

    assert len(files) == 12 and not files.cancelled
    per_file = [m for m in seen if m.startswith("Convocation ")]
    assert per_file[0] == "Convocation 1/12 : LEFÈVRE Hélène"
    assert [m.split(" : ")[0] for m in per_file] == [f"Convocation {i}/12" for i in
                                                      range(1, 13)]  # fmt: skip
    for path in files:
        assert "Convocation" in PdfReader(path).pages[0].extract_text()
    merged = PdfReader(files.merged)
    assert len(merged.pages) >= 12
    with desk.database.reading() as s:
        paths = s.scalars(select(GeneratedDocument.path)).all()
    assert sorted(paths) == sorted(str(p.resolve()) for p in files)


def cancelled_after(desk, session_id: int, count: int, *, merged: bool = False):
    """A batch of convocations whose « Annuler » is pressed once ``count`` files are reported;
    (the result, the progress lines of the files)."""
    made: list[str] = []
    files = desk.documents.generate(
        "convocation",
        session_id,
        progress=lambda m, _f: made.append(m) if m.startswith("Convocation ") else None,
        cancelled=lambda: len(made) >= count,
        merged=merged,
    )
    return files, made


def test_cancel_during_a_spread_batch_keeps_the_first_files_only(desk, twelve):
    files, made = cancelled_after(desk, twelve["session"], 3)

    assert files.cancelled and files.planned == 12 and 3 <= len(files) < 12
    assert made == [f"Convocation {i + 1}/12 : {m.split(' : ')[1]}" for i, m in enumerate(made)]
    folder = desk.docs_dir / "2026" / CODE
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in files)
    with desk.database.reading() as s:
        assert len(s.scalars(select(GeneratedDocument.id)).all()) == len(files)


def test_a_file_that_fails_in_a_worker_leaves_no_file_and_no_record(desk, twelve, fifth_fails):

    with pytest.raises(RuntimeError, match="cinquième"):
        desk.documents.generate("convocation", twelve["session"])

    folder = desk.docs_dir / "2026" / CODE
    assert not folder.exists() or list(folder.iterdir()) == []
    with desk.database.reading() as s:
        assert s.scalars(select(GeneratedDocument.id)).all() == []


EARLIER = b"%PDF-1.4 la convocation d'avant"


def earlier_convocation(desk):
    """ÉLÈVE05's convocation, already in the session's folder (made by hand or before)."""
    folder = desk.docs_dir / "2026" / CODE
    folder.mkdir(parents=True)
    earlier = folder / f"Convocation - {CODE} - ÉLÈVE05 Zoë.pdf"
    earlier.write_bytes(EARLIER)
    return earlier


@pytest.fixture
def fifth_fails(monkeypatch):
    """The convocation of the fifth learner (ÉLÈVE02) fails in the worker that writes it."""
    kind = KINDS["convocation"]
    broken = type(kind)(**{**kind.__dict__, "renderers": {"pdf": _fails_on_the_fifth}})
    monkeypatch.setitem(KINDS, "convocation", broken)


def _fails_on_the_fifth(data, out):
    """A renderer defined at module level, so that it can be sent to a worker process."""
    from formadesk.core.documents.before.convocation import render_convocation_pdf

    if "élève02" in out.name.casefold():
        raise RuntimeError("le cinquième fichier n'a pas pu être écrit")
    return render_convocation_pdf(data, out)


def test_before_the_workers_are_ready_a_batch_is_made_here(monkeypatch):
    import threading

    monkeypatch.setenv(workers.ENVIRONMENT, "2")
    monkeypatch.setattr(workers, "_ready", threading.Event())
    render = KINDS["convocation"].renderer("pdf")

    assert not parallel.can_spread(render, 50)
    workers._ready.set()
    assert parallel.can_spread(render, 50)
    assert not parallel.can_spread(render, 3)  # small: never spread
    monkeypatch.setenv(workers.ENVIRONMENT, "1")
    assert workers.worker_count() == 1 and not parallel.can_spread(render, 50)


def test_cancel_pressed_as_the_last_file_is_written_keeps_the_batch_complete(desk, twelve):
    files, _made = cancelled_after(desk, twelve["session"], 12, merged=True)

    assert len(files) == 12 and not files.cancelled and files.merged is not None


def test_a_refusal_found_late_removes_the_files_already_started(desk, twelve, monkeypatch):
    """The workers start on the first files while the batch is still being planned: a
    recipient refused at the end still leaves no file and no record; a file that was already
    there is left as it was (those wait until the whole plan is known)."""
    from formadesk.core.documents import service
    from formadesk.core.errors import BusinessRuleError

    real_build = service.build_data

    def build_data(s, kind, session_id, target, options):
        if "ÉLÈVE09" in (target.name or ""):
            raise BusinessRuleError("La convocation de Zoë Élève09 ne peut pas être produite.")
        return real_build(s, kind, session_id, target, options)

    started: list[bool] = []
    real_add = parallel.Spread.add
    monkeypatch.setattr(service, "build_data", build_data)
    monkeypatch.setattr(
        parallel.Spread,
        "add",
        lambda self, data, path, *, now=True: (
            started.append(now) or real_add(self, data, path, now=now)
        ),
    )
    earlier = earlier_convocation(desk)
    folder = earlier.parent

    with pytest.raises(BusinessRuleError, match="Zoë Élève09 ne peut pas être produite"):
        desk.documents.generate("convocation", twelve["session"])

    assert started[:3] == [True, True, True] and False in started  # ÉLÈVE05 and after: held
    assert sorted(p.name for p in folder.iterdir()) == [earlier.name]
    assert earlier.read_bytes() == EARLIER
    with desk.database.reading() as s:
        assert s.scalars(select(GeneratedDocument.id)).all() == []


def test_a_failure_before_a_file_already_there_leaves_that_file_untouched(
    desk, twelve, fifth_fails
):
    earlier = earlier_convocation(desk)
    folder = earlier.parent

    with pytest.raises(RuntimeError, match="cinquième"):
        desk.documents.generate("convocation", twelve["session"])

    assert sorted(p.name for p in folder.iterdir()) == [earlier.name]
    assert earlier.read_bytes() == EARLIER
