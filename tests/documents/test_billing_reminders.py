"""Reminder letters: overdue invoices, and the signed convention not yet sent back."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from sqlalchemy import select

from formadesk.core.documents.billing.files import make_payment_reminders
from formadesk.core.documents.billing.letters import build_convention_reminder
from formadesk.core.documents.engine.registry import get_kind
from formadesk.core.errors import BusinessRuleError
from formadesk.core.model import Client, Enrollment, GeneratedDocument, Setting
from formadesk.core.services.billing import BillingService

TODAY = dt.date(2026, 11, 26)
WEEK = dt.timedelta(days=7)
CODE = "2026-EXCEL-INT-003"


def pdf_text(path) -> str:
    args = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return " ".join(subprocess.run(args, capture_output=True, check=True, text=True).stdout.split())


def docx_text(path) -> str:
    from docx import Document

    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return " ".join(" ".join(parts).split())


@pytest.fixture
def client_id(desk, seeded) -> int:
    """The client of Hélène (1 200 €, no subrogation), with its postal address."""
    with desk.database.unit_of_work() as s:
        client = s.scalar(select(Client))
        client.address, client.postal_code, client.city = "8 rue des Lilas", "69003", "Lyon"
        client.siret = "44298176700019"
        s.get(Enrollment, seeded["helene"]).price_cents = 120000
        s.merge(Setting(key="billing.iban", value="FR76 3000 6000 0112 3456 7890 189"))
        return client.id


def test_payment_reminder_lists_overdue_invoices_and_escalates(desk, seeded, client_id):
    billing = BillingService(desk.database, desk.changes)
    (invoice,) = billing.invoice_session(seeded["session"], issued_on=dt.date(2026, 10, 1))

    (first,) = make_payment_reminders(desk.database, desk.changes, today=TODAY - WEEK)
    with desk.database.unit_of_work() as s:  # the first letter went out a week ago
        s.scalar(select(GeneratedDocument)).generated_at = dt.datetime(2026, 11, 19, 9)
    (second,) = make_payment_reminders(desk.database, desk.changes, today=TODAY)
    (again,) = make_payment_reminders(desk.database, desk.changes, today=TODAY)

    text = pdf_text(first)
    for expected in [
        "Boulangerie Émile & Fils",
        "8 rue des Lilas",
        "Réf. : session 2026-EXCEL-INT-003",
        "À Lyon, le 19 novembre 2026",
        "Objet : Relance : facture n° F2026-0001 impayée",
        "Madame, Monsieur,",
        "« Excel intermédiaire : tableaux croisés dynamiques »",
        "N° Document Date Échéance Montant TTC Retard",
        "F2026-0001 Facture 01/10/2026 31/10/2026 1 200,00 € 19 jours",
        "Montant total restant dû : 1 200,00 €",
        "indemnité forfaitaire pour frais de recouvrement de 40 €",
        "IBAN FR76 3000 6000 0112 3456 7890 189",
        "Sophie Garnier",
    ]:
        assert expected in text, expected
    assert first.name == f"Relance de paiement - {CODE} - Boulangerie Émile & Fils.pdf"
    assert second.name.endswith("Fils (v2).pdf")
    assert "Objet : 2e relance" in pdf_text(second) and "Objet : 2e relance" in pdf_text(again)
    assert "procédure de recouvrement" in pdf_text(second)

    (word,) = desk.documents.generate("relance", seeded["session"], file_format="docx")
    assert "F2026-0001" in docx_text(word) and "1 200,00 €" in docx_text(word)

    billing.mark_paid(invoice, TODAY)
    assert make_payment_reminders(desk.database, desk.changes, today=TODAY) == []
    with pytest.raises(BusinessRuleError, match="aucune facture en retard"):
        desk.documents.generate("relance", seeded["session"])


def test_convention_reminder_asks_for_the_signed_copy_by_j_minus_10(desk, seeded, client_id):
    with desk.database.unit_of_work() as s:
        sent = dt.datetime(2026, 10, 28, 10, 0)
        s.add(
            GeneratedDocument(
                kind="convention",
                session_id=seeded["session"],
                client_id=client_id,
                path="/tmp/convention.pdf",
                status="envoye",
                generated_at=sent,
                sent_at=sent,
            )  # fmt: skip
        )
    with desk.database.reading() as s:
        data = build_convention_reminder(
            s, seeded["session"], client_id, today=dt.date(2026, 11, 2)
        )
    path = get_kind("relance_convention").renderer("pdf")(data, desk.docs_dir / "r.pdf")
    text = pdf_text(path)
    for expected in [
        "Objet : Relance : convention de formation à nous retourner signée",
        "Nous vous avons adressé le 28 octobre 2026 la convention de formation relative à la "
        "formation « Excel intermédiaire : tableaux croisés dynamiques » (session "
        f"{CODE}), qui se déroule du lundi 7 décembre 2026 au mardi 8 décembre 2026, à "
        "5 place Béraudier, 69003 Lyon.",
        "Hélène Lefèvre",
        "datée, signée et revêtue du cachet de votre structure, au plus tard le 27 novembre 2026.",
        "Atelier Formation Conseil",
        "SIRET 123 456 789 00012",
    ]:
        assert expected in text, expected

    (made,) = desk.documents.generate("relance_convention", seeded["session"])
    assert "retourner signée" in pdf_text(made)  # through the registry (dated today)
    (word,) = desk.documents.generate("relance_convention", seeded["session"], file_format="docx")
    assert "le 28 octobre 2026 la convention de formation relative" in docx_text(word)
    with desk.database.unit_of_work() as s:
        s.scalar(
            select(GeneratedDocument).where(GeneratedDocument.kind == "convention")
        ).status = "signe"
    with pytest.raises(BusinessRuleError, match="déjà revenue signée"):
        desk.documents.generate("relance_convention", seeded["session"])
