"""The « facture » batch makes every invoice of a session, funders' too, each once, and the
documents list shows each invoice document's number (trial 2, points 1 and 2)."""

from __future__ import annotations

import sqlite3
import subprocess

import pytest
from billing_support import GARAGE, ISSUED, invoice_a_year_ago
from sqlalchemy import select

from formadesk.cli import main
from formadesk.core.documents.billing.files import render_invoice_file
from formadesk.core.model import (
    Invoice,
)
from formadesk.core.services.billing import BillingService

CODE = "2026-EXCEL-INT-003"


@pytest.fixture
def invoiced(desk, seeded) -> dict[str, int]:
    """Held a year ago. Hélène (the bakery) is paid for by OPCO Atlas in subrogation; Marc
    (Garage Dupont) pays himself; the garage's invoice was then cancelled by a credit note."""
    invoice_a_year_ago(desk, seeded, attending=("helene", "marc"))
    billing = BillingService(desk.database, desk.changes)
    with desk.database.reading() as s:
        garage_invoice = s.scalar(select(Invoice.id).where(Invoice.client_id.is_not(None)))
    billing.cancel_invoice(garage_invoice, "Erreur de tarif", issued_on=ISSUED)
    return seeded


def pdf_text(path) -> str:
    args = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return " ".join(subprocess.run(args, capture_output=True, check=True, text=True).stdout.split())


def _numbers(desk) -> dict[str, str]:
    with desk.database.reading() as s:
        rows = s.execute(select(Invoice.number, Invoice.kind).order_by(Invoice.sequence))
        return {number: kind for number, kind in rows}


def test_the_batch_makes_every_invoice_of_the_session_once(desk, invoiced):
    files = desk.documents.generate("facture", invoiced["session"])

    numbers = _numbers(desk)
    assert len(numbers) == 3  # OPCO Atlas, the garage, the garage's credit note
    assert len(files) == 3 and not files.skipped
    assert files.summary == "3 documents produits."
    opco, garage, credit = numbers
    assert [p.name for p in files] == [
        f"Facture - {CODE} - OPCO Atlas - {opco}.pdf",
        f"Facture - {CODE} - {GARAGE} - {garage}.pdf",
        f"Facture - {CODE} - {GARAGE} - {credit}.pdf",
    ]
    assert f"Facture n° {opco}" in pdf_text(files[0])
    assert f"Facture n° {garage}" in pdf_text(files[1])
    assert f"Avoir n° {credit}" in pdf_text(files[2])

    rows = sorted(desk.documents.list_documents(), key=lambda r: r.number)
    assert [(r.number, r.learner_name) for r in rows] == [
        (opco, "OPCO Atlas"),
        (garage, GARAGE),
        (credit, GARAGE),
    ]


def test_a_second_batch_writes_new_versions_of_the_same_invoices(desk, invoiced):
    desk.documents.generate("facture", invoiced["session"])
    again = desk.documents.generate("facture", invoiced["session"])

    assert [p.name.endswith(" (v2).pdf") for p in again] == [True, True, True]


def test_an_invoice_printed_from_the_invoices_tab_shows_its_number(desk, invoiced):
    opco = next(iter(_numbers(desk)))
    with desk.database.reading() as s:
        invoice_id = s.scalar(select(Invoice.id).where(Invoice.number == opco))

    render_invoice_file(desk.database, invoice_id, out_dir=desk.documents.output_folder(CODE, 2025))

    (row,) = desk.documents.list_documents()
    assert row.number == opco


def test_the_command_line_prints_every_invoice(desk, invoiced, tmp_path, capsys):
    copy = tmp_path / "copie.sqlite3"  # the desk holds its database: work on a copy
    with sqlite3.connect(desk.database.path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    out = tmp_path / "sortie"
    args = ["documents", "make", "--db", str(copy), "--session", CODE, "--kind", "facture"]

    assert main([*args, "--out", str(out)]) == 0

    printed = capsys.readouterr().out
    assert printed.count(str(out / f"Facture - {CODE} - ")) == 3
    assert "OPCO Atlas" in printed and "ignoré" not in printed
