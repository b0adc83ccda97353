"""Reprints keep the date of the first issue; quotes take gap-free numbers, kept on reprint."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from openpyxl import load_workbook
from sqlalchemy import create_engine, select, text, update
from test_before_support import enrich

import formadesk.core.documents  # noqa: F401  (registers the kinds)
from formadesk.core import formatting as fmt
from formadesk.core import migrations
from formadesk.core.documents.engine import registry
from formadesk.core.model import Client, DocumentCounter, Enrollment, GeneratedDocument

CODE = "2026-EXCEL-INT-003"
BAKERY = "Boulangerie Émile & Fils"
YEAR = dt.date.today().year


def pdf_text(path) -> str:
    args = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return " ".join(subprocess.run(args, capture_output=True, check=True, text=True).stdout.split())


@pytest.fixture
def ids(desk, seeded) -> dict[str, int]:
    """The enriched session, with Marc enrolled for a second company, « Garage Dupont »."""
    ids = {**seeded, **enrich(desk, seeded)}
    with desk.database.unit_of_work() as s:
        garage = Client(name="Garage Dupont", kind="entreprise", city="Lyon")
        s.add(garage)
        s.flush()
        s.get(Enrollment, seeded["marc"]).client_id = garage.id
        ids["garage"] = garage.id
    return ids


def _first_issued_on(desk, day: dt.date) -> None:
    """As if every document so far had been first issued on ``day``."""
    at = dt.datetime.combine(day, dt.time(9))
    with desk.database.unit_of_work() as s:
        s.execute(update(GeneratedDocument).values(generated_at=at))


def test_a_convention_reprinted_in_december_keeps_its_september_date(desk, ids):
    (first,) = desk.documents.generate("convention", ids["session"], enrollment_ids=[ids["helene"]])
    assert f"Fait en deux exemplaires à Lyon, le {fmt.date_medium(dt.date.today())}" in (
        pdf_text(first)
    )
    _first_issued_on(desk, dt.date(2026, 9, 15))

    (reprint,) = desk.documents.generate("convention", ids["session"],
                                         enrollment_ids=[ids["helene"]])  # fmt: skip

    assert reprint.name.endswith("(v2).pdf")
    assert "Fait en deux exemplaires à Lyon, le 15 septembre 2026" in pdf_text(reprint)


def test_quotes_are_numbered_without_gaps_and_keep_number_and_date(desk, ids):
    bakery, garage = desk.documents.generate("devis", ids["session"])

    assert f"N° D{YEAR}-0001" in pdf_text(bakery) and BAKERY in pdf_text(bakery)
    assert f"N° D{YEAR}-0002" in pdf_text(garage) and "Garage Dupont" in pdf_text(garage)
    assert "provisoire" not in pdf_text(bakery)

    _first_issued_on(desk, dt.date(2026, 10, 3))
    again, _ = desk.documents.generate("devis", ids["session"])
    (sheet, _) = desk.documents.generate("devis", ids["session"], file_format="xlsx")

    text_again = pdf_text(again)
    assert again.name.endswith("(v2).pdf")
    assert f"N° D{YEAR}-0001" in text_again
    assert "Date : 3 octobre 2026" in text_again
    assert "Valable jusqu'au : 2 novembre 2026" in text_again  # 30 days from the first issue
    title = next(load_workbook(sheet).active.iter_rows(values_only=True))[0]
    assert title.startswith(f"Devis n° D{YEAR}-0001 ")
    with desk.database.reading() as s:
        counter = s.get(DocumentCounter, ("devis", YEAR)).last_sequence
        numbers = set(s.scalars(select(GeneratedDocument.number)))
    assert counter == 2
    assert numbers == {f"D{YEAR}-0001", f"D{YEAR}-0002"}
    listed = desk.documents.list_documents(ids["session"])  # what the documents tab shows
    assert {(row.number, row.version) for row in listed if row.file_format == "pdf"} == {
        (f"D{YEAR}-0001", 1),
        (f"D{YEAR}-0001", 2),
        (f"D{YEAR}-0002", 1),
        (f"D{YEAR}-0002", 2),
    }


def test_a_failed_batch_takes_no_number(desk, ids, monkeypatch):
    kind = registry.get_kind("devis")
    real = kind.renderers["pdf"]
    calls: list = []

    def second_fails(data, out):
        calls.append(out)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(data, out)

    monkeypatch.setitem(kind.renderers, "pdf", second_fails)
    with pytest.raises(OSError):
        desk.documents.generate("devis", ids["session"])
    monkeypatch.setitem(kind.renderers, "pdf", real)
    with desk.database.reading() as s:
        assert s.get(DocumentCounter, ("devis", YEAR)) is None

    (garage,) = desk.documents.generate("devis", ids["session"], enrollment_ids=[ids["marc"]])
    (bakery,) = desk.documents.generate("devis", ids["session"], enrollment_ids=[ids["helene"]])
    assert f"N° D{YEAR}-0001" in pdf_text(garage)
    assert f"N° D{YEAR}-0002" in pdf_text(bakery)


def test_numbers_follow_the_quotes_already_recorded(desk, ids):
    from formadesk.core.model import Quote

    with desk.database.unit_of_work() as s:
        for n in (1, 2, 3):
            s.add(Quote(number=f"D{YEAR}-{n:04d}", client_id=ids["client"],
                        issued_on=dt.date(YEAR, 1, n)))  # fmt: skip
    (garage,) = desk.documents.generate("devis", ids["session"], enrollment_ids=[ids["marc"]])
    assert f"N° D{YEAR}-0004" in pdf_text(garage)


def test_a_database_at_revision_0001_is_upgraded_and_keeps_its_documents(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'ancienne.sqlite3'}")
    with engine.begin() as conn:
        migrations.upgrade(conn, "0001")
        conn.execute(
            text(
                "INSERT INTO generated_documents (kind, path, file_format, version, status, "
                "generated_at) VALUES ('devis', '/x/Devis.pdf', 'pdf', 1, 'genere', "
                "'2026-09-15 09:00:00')"
            )
        )
    with engine.begin() as conn:
        migrations.upgrade(conn)
        assert (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            == migrations.HEAD
        )
        row = conn.execute(text("SELECT kind, number FROM generated_documents")).one()
        assert tuple(row) == ("devis", None)
        conn.execute(text("INSERT INTO document_counters VALUES ('devis', 2026, 3)"))
    from alembic import command

    with engine.begin() as conn:
        config = migrations.alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
        columns = [r[1] for r in conn.execute(text("PRAGMA table_info(generated_documents)"))]
        assert "number" not in columns and "kind" in columns
    engine.dispose()


def test_a_trainers_mission_order_keeps_its_date_by_file_name(desk, ids):
    """Trainers have no column in the registry: their earlier files are found by name."""
    (first,) = desk.documents.generate("ordre_mission", ids["session"])
    _first_issued_on(desk, dt.date(2026, 9, 2))
    (again,) = desk.documents.generate("ordre_mission", ids["session"])
    assert again.name == first.name.replace(".pdf", " (v2).pdf")
    assert "Fait à Lyon, le 2 septembre 2026" in pdf_text(again)
