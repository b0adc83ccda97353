"""Migration 0005: funding lines already invoiced stay agreed, every office gets the eleven
OPCOs and the Caisse des Dépôts, contacts can belong to a funder."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest

from formadesk.core.office import Office

pytestmark = pytest.mark.sqlite_only  # the SQLite file itself (PostgreSQL: test_server*.py)

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schemas" / "demo-0004.sqlite3.gz"
OPCOS = {
    "AFDAS", "Akto", "Atlas", "Constructys", "Ocapiat", "OPCO 2i", "OPCO EP", "OPCO Mobilités",
    "OPCO Santé", "L'Opcommerce", "Uniformation",
}  # fmt: skip


def _released(tmp_path: Path) -> Path:
    path = tmp_path / "bureau.sqlite3"
    with gzip.open(FIXTURE) as packed, path.open("wb") as out:
        shutil.copyfileobj(packed, out)
    return path


def test_a_new_office_starts_with_the_eleven_opcos_and_the_caisse_des_depots(tmp_path):
    with Office.create(tmp_path / "neuf.sqlite3") as office:
        rows = office.parties.funders()
    assert {r.name for r in rows if r.kind == "opco"} == OPCOS
    assert [r.name for r in rows if r.kind == "cpf"] == ["Caisse des Dépôts (Mon Compte Formation)"]
    assert len(rows) == 12


def test_funding_lines_of_a_released_base_stay_agreed_and_missing_opcos_are_added(tmp_path):
    path = _released(tmp_path)
    with sqlite3.connect(path) as conn:
        lines = conn.execute("SELECT count(*) FROM funding_lines").fetchone()[0]
        conn.execute("UPDATE funders SET name = 'Akto Auvergne' WHERE name = 'Akto'")
    assert lines > 0
    office = Office.open(path)
    office.close(backup_if_changed=False)
    with sqlite3.connect(path) as conn:
        statuses = conn.execute("SELECT status, count(*) FROM funding_lines GROUP BY status")
        assert dict(statuses.fetchall()) == {"accordee": lines}
        names = [r[0] for r in conn.execute("SELECT name FROM funders WHERE name LIKE 'Akto%'")]
        assert sorted(names) == ["Akto", "Akto Auvergne"]  # the renamed one is kept as it is
        assert conn.execute("SELECT count(*) FROM funders WHERE name = 'Atlas'").fetchone() == (1,)
        discounts = conn.execute("SELECT DISTINCT discount_cents FROM enrollments").fetchall()
        assert discounts == [(0,)]


def test_invoices_already_issued_keep_the_terms_they_print_today(tmp_path):
    import json

    from formadesk.core.services.settings import DEFAULTS

    path = _released(tmp_path)
    with sqlite3.connect(path) as conn:
        before = dict(conn.execute("SELECT key, value FROM settings").fetchall())
    office = Office.open(path)
    office.settings.set("documents.payment_terms", "Paiement par chèque à 45 jours.")
    office.close(backup_if_changed=False)
    with sqlite3.connect(path) as conn:
        kept = {json.loads(t)["documents.payment_terms"] for (t,) in conn.execute(
            "SELECT terms FROM invoices WHERE kind != 'avoir'"
        )}  # fmt: skip
        credits = {t for (t,) in conn.execute("SELECT terms FROM invoices WHERE kind = 'avoir'")}
    terms_then = before.get("documents.payment_terms", DEFAULTS["documents.payment_terms"])
    assert kept == {terms_then} and "chèque" not in terms_then
    assert credits <= {""}
