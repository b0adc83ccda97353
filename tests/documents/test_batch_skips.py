"""A batch skips the clients a kind does not concern, and says so (service, then CLI)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from billing_support import GARAGE, ISSUED, invoice_a_year_ago

from formadesk.cli import main
from formadesk.core.errors import BusinessRuleError
from formadesk.core.services.billing import BillingService

CODE = "2026-EXCEL-INT-003"
BAKERY = "Boulangerie Émile & Fils"


@pytest.fixture
def invoiced(desk, seeded) -> dict[str, int]:
    """The session held on 8-9 December 2025. Hélène (the bakery): 900 €, all paid by OPCO
    Atlas in subrogation, every half-day attended. Marc (Garage Dupont): 690 €, its own.
    Invoiced on 10 December 2025: OPCO Atlas and the garage; nothing for the bakery."""
    return {**seeded, "garage": invoice_a_year_ago(desk, seeded)}


def test_invoices_go_to_the_funder_paying_for_a_client_entirely(desk, invoiced):
    files = desk.documents.generate("facture", invoiced["session"])

    assert [p.name for p in files] == [
        f"Facture - {CODE} - OPCO Atlas - F2025-0001.pdf",
        f"Facture - {CODE} - {GARAGE} - F2025-0002.pdf",
    ]
    assert files.summary == "2 documents produits."
    assert len(desk.documents.list_documents()) == 2


def test_payment_reminders_skip_clients_with_nothing_overdue(desk, invoiced):
    files = desk.documents.generate("relance", invoiced["session"])

    assert [p.name for p in files] == [f"Relance de paiement - {CODE} - {GARAGE}.pdf"]
    assert files.summary == f"1 document produit ; ignoré : {BAKERY} (rien d'échu)."

    billing = BillingService(desk.database, desk.changes)
    (garage_invoice,) = [r.id for r in billing.invoices(invoiced["session"]) if r.client_id]
    billing.mark_paid(garage_invoice, ISSUED + dt.timedelta(days=20))
    with pytest.raises(BusinessRuleError) as nothing:
        desk.documents.generate("relance", invoiced["session"])
    assert str(nothing.value) == (
        f"Aucun document « Relances de paiement » à produire pour la session {CODE} : "
        f"ignorés : {BAKERY} (rien d'échu), {GARAGE} (rien d'échu)."
    )


def test_convention_reminders_skip_the_conventions_signed_back(desk, invoiced):
    conventions = desk.documents.generate("convention", invoiced["session"])
    assert len(conventions) == 2
    bakery = next(r for r in desk.documents.list_documents() if r.learner_name == BAKERY)
    desk.documents.set_status(bakery.id, "signe")

    files = desk.documents.generate("relance_convention", invoiced["session"])

    assert [p.name for p in files] == [f"Relance convention - {CODE} - {GARAGE}.pdf"]
    assert files.summary == (
        f"1 document produit ; ignoré : {BAKERY} (convention de formation déjà signée)."
    )


def test_one_client_chosen_and_not_concerned_gets_the_whole_sentence(desk, invoiced):
    with pytest.raises(BusinessRuleError) as refused:
        desk.documents.generate("relance", invoiced["session"], enrollment_ids=[invoiced["helene"]])
    assert str(refused.value) == (
        f"{BAKERY} n'a aucune facture en retard de paiement pour la session {CODE} : "
        "il n'y a rien à relancer."
    )


def test_the_command_line_prints_one_line_per_skipped_client(desk, invoiced, tmp_path, capsys):
    copy = tmp_path / "copie.sqlite3"  # the desk holds its database: work on a copy
    with sqlite3.connect(desk.database.path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    out = tmp_path / "sortie"
    args = ["documents", "make", "--db", str(copy), "--session", CODE, "--kind", "relance"]

    assert main([*args, "--out", str(out)]) == 0

    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == str(out / f"Relance de paiement - {CODE} - {GARAGE}.pdf")
    assert f"ignoré : {BAKERY} (rien d'échu)" in printed
    assert len(printed) == 3  # the file, the client skipped, the count
