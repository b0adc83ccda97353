"""The demo office: built fast, realistic, and consistent with the rules of the domain."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import func, select
from stdnum.fr import siret

from formadesk.core.demo import build_demo
from formadesk.core.model import (
    ACTIVE_ENROLLMENT_STATUSES,
    Attendance,
    Client,
    Enrollment,
    Funder,
    Invoice,
    InvoiceCounter,
    Learner,
    Organisation,
    Slot,
    TrainingSession,
)
from formadesk.core.office import Office
from formadesk.core.validation import normalise_search


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    steps: list[tuple[str, float]] = []
    counts = build_demo(path, "small", progress=lambda message, f: steps.append((message, f)))
    assert steps and steps[-1][1] == 1.0
    assert all(0.0 <= f <= 1.0 for _, f in steps)
    return path, counts


@pytest.fixture
def office(demo: tuple[Path, dict[str, int]]):
    office = Office.open(demo[0], create=False)
    yield office
    office.close(backup_if_changed=False)


def test_counts_cover_every_part_of_the_office(demo: tuple[Path, dict[str, int]]) -> None:
    _, counts = demo
    for table in (
        "courses",
        "course_objectives",
        "rooms",
        "equipment",
        "trainers",
        "trainer_courses",
        "clients",
        "contacts",
        "funders",
        "learners",
        "sessions",
        "slots",
        "slot_trainers",
        "session_trainers",
        "enrollments",
        "funding_lines",
        "attendance",
        "evaluations",
        "objective_results",
        "tasks",
        "incidents",
        "complaints",
        "interactions",
        "generated_documents",
        "invoices",
        "invoice_lines",
        "invoice_counters",
        "quotes",
    ):
        assert counts[table] > 0, table
    assert 150 <= counts["learners"] <= 250
    assert 30 <= counts["sessions"] <= 50
    assert counts["funders"] == 14


def test_refuses_to_overwrite_a_file(tmp_path: Path) -> None:
    path = tmp_path / "taken.sqlite3"
    path.write_bytes(b"something")
    with pytest.raises(FileExistsError):
        build_demo(path)
    assert path.read_bytes() == b"something"


def test_unknown_size_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        build_demo(tmp_path / "x.sqlite3", "huge")
    assert not (tmp_path / "x.sqlite3").exists()


def test_organisation_is_filled_with_a_valid_siret(office: Office) -> None:
    with office.database.reading() as s:
        org = s.scalars(select(Organisation)).one()
        assert org.name == "Atelier Formation Conseil"
        assert siret.is_valid(org.siret)
        assert org.nda == "84 69 12345 69"
        assert org.vat_exempt and org.disability_referent_email and org.internal_rules


def test_funders_are_the_real_opcos(office: Office) -> None:
    with office.database.reading() as s:
        names = set(s.scalars(select(Funder.name)))
    opcos = {"Atlas", "Akto", "OPCO 2i", "OPCO EP", "Constructys", "Ocapiat", "Uniformation"}
    opcos |= {"AFDAS", "OPCO Mobilités", "OPCO Santé", "L'Opcommerce"}
    assert opcos <= names


def test_every_siret_is_valid(office: Office) -> None:
    with office.database.reading() as s:
        learner_sirets = s.scalars(
            select(Learner.employer_siret).where(Learner.employer_siret != "")
        )
        client_sirets = s.scalars(select(Client.siret).where(Client.siret != ""))
        values = list(learner_sirets) + list(client_sirets)
    assert values
    invalid = [value for value in values if not siret.is_valid(value)]
    assert invalid == []


def test_names_have_accents_and_search_text_is_normalised(office: Office) -> None:
    with office.database.reading() as s:
        rows = s.execute(
            select(
                Learner.first_name,
                Learner.last_name,
                Learner.email,
                Learner.phone,
                Learner.search_text,
            )
        ).all()
    assert any(not f"{first} {last}".isascii() for first, last, *_ in rows)
    for _first, last, email, phone, search_text in rows:
        assert search_text.isascii()
        assert normalise_search(last) in search_text
        assert email.isascii() and "@" in email
        assert re.fullmatch(r"0[67]( \d\d){4}", phone)


def test_active_enrollments_never_exceed_max_places(office: Office) -> None:
    with office.database.reading() as s:
        rows = s.execute(
            select(TrainingSession.code, TrainingSession.max_places, func.count(Enrollment.id))
            .join(Enrollment, Enrollment.session_id == TrainingSession.id)
            .where(Enrollment.status.in_(ACTIVE_ENROLLMENT_STATUSES))
            .group_by(TrainingSession.id)
        ).all()
    assert rows
    assert [(code, top, n) for code, top, n in rows if n > top] == []


def test_attendance_only_for_held_slots(office: Office) -> None:
    """Up to today's half-day being signed; later only the half-days after an abandon."""
    today = dt.date.today()
    with office.database.reading() as s:
        dates = s.scalars(
            select(Slot.date)
            .join(Attendance, Attendance.slot_id == Slot.id)
            .where(Attendance.status != "abandon")
            .distinct()
        ).all()
        statuses = set(s.scalars(select(TrainingSession.status).distinct()))
    assert dates
    assert max(dates) == today
    assert {"terminee", "en_cours"} <= statuses


def test_invoice_numbers_are_gap_free_per_year(office: Office) -> None:
    with office.database.reading() as s:
        invoices = s.execute(select(Invoice.year, Invoice.sequence, Invoice.number)).all()
        rows = s.execute(select(InvoiceCounter.year, InvoiceCounter.last_sequence)).all()
        counters = {year: last for year, last in rows}
    by_year: dict[int, list[int]] = defaultdict(list)
    for year, sequence, number in invoices:
        assert number == f"F{year}-{sequence:04d}"
        by_year[year].append(sequence)
    assert by_year
    for year, sequences in by_year.items():
        assert sorted(sequences) == list(range(1, len(sequences) + 1)), year
        assert counters[year] == len(sequences)


def test_same_seed_same_office(tmp_path: Path) -> None:
    today = dt.date(2026, 3, 2)
    first = build_demo(tmp_path / "a.sqlite3", seed=7, today=today)
    second = build_demo(tmp_path / "b.sqlite3", seed=7, today=today)
    assert first == second
    names = []
    for name in ("a", "b"):
        office = Office.open(tmp_path / f"{name}.sqlite3", create=False)
        try:
            with office.database.reading() as s:
                names.append(s.scalars(select(Learner.last_name).order_by(Learner.id)).all())
        finally:
            office.close(backup_if_changed=False)
    assert names[0] == names[1]


def test_generated_documents_are_of_known_kinds(office: Office) -> None:
    """The documents tab shows a French label for every document of the demo."""
    from formadesk.core.documents.engine.registry import KINDS

    kinds = {row.kind for row in office.documents.list_documents(limit=100_000)}
    assert kinds and kinds <= set(KINDS)


def test_an_interrupted_build_leaves_nothing_under_the_real_name(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    seen: list[list[str]] = []

    def cancel(message: str, fraction: float) -> None:
        if fraction >= 0.25:  # learners written, sessions not yet: what a kill used to leave
            seen.append(sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".lock"))
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_demo(path, "small", progress=cancel)
    assert seen and "demo.sqlite3" not in seen[0], "built under a temporary name"
    assert not path.exists()
    assert [p.name for p in tmp_path.iterdir() if ".partial" in p.name] == []


def test_demo_learners_are_found_by_maiden_name_and_phone_as_typed_ones(office) -> None:
    """The demo writes the same search text as the learner form: maiden name and phone too."""
    from sqlalchemy import select

    from formadesk.core.model import Learner
    from formadesk.core.services.learners import LearnerFilter

    with office.database.reading() as s:
        married = s.scalars(select(Learner).where(Learner.birth_name != "").limit(1)).one()
        maiden, phone, learner_id = married.birth_name, married.phone, married.id
        assert maiden.casefold() not in married.last_name.casefold()
    for typed in (maiden, phone):
        found = office.learners.page(LearnerFilter(text=typed), limit=500)
        assert learner_id in [row.id for row in found], typed
