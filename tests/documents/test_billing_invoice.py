"""Invoices, credit notes and dédits as the client reads them: the PDF text (pdftotext)."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from sqlalchemy import select

from formadesk.core.model import (
    Attendance,
    Client,
    Contact,
    Enrollment,
    Funder,
    FundingLine,
    GeneratedDocument,
    Organisation,
    Setting,
    Slot,
)
from formadesk.core.services.billing import BillingService
from tests.libreoffice import convert_to_pdf

ISSUED = dt.date(2026, 12, 9)
IBAN = "FR76 3000 6000 0112 3456 7890 189"


def pdf_text(path) -> str:
    """The text of a PDF, on one line, as pdftotext reads it."""
    args = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return flat(subprocess.run(args, capture_output=True, check=True, text=True).stdout)


def flat(text: str) -> str:
    """Spaces as pdftotext gives them back (narrow no-break spaces become plain ones)."""
    return " ".join(text.split())


@pytest.fixture
def billing(desk, seeded) -> BillingService:
    """Hélène: 1 200 €, 900 € by OPCO Atlas in subrogation, 10 h 30 of 14 h attended;
    Marc, without client, 690 € paid by himself. Invoiced on 9 December 2026."""
    with desk.database.unit_of_work() as s:
        client = s.scalar(select(Client))
        client.siret, client.address = "44298176700019", "8 rue des Lilas"
        client.postal_code, client.city = "69003", "Lyon"
        client.contacts.append(Contact(civility="Mme", first_name="Julie", last_name="Morel",
                                       role="responsable formation"))  # fmt: skip
        opco = s.scalar(select(Funder).where(Funder.name == "OPCO Atlas"))
        opco.address, opco.postal_code, opco.city = "25 quai Perrache", "69002", "Lyon"
        opco.siret = "85107000000017"
        helene, marc = s.get(Enrollment, seeded["helene"]), s.get(Enrollment, seeded["marc"])
        helene.price_cents, marc.price_cents, marc.status = 120000, 69000, "inscrit"
        line = s.scalar(select(FundingLine))
        line.subrogation, line.agreement_number = True, "PEC-2026-778899"
        slots = s.scalars(select(Slot.id).where(Slot.session_id == seeded["session"])).all()
        for slot_id, minutes in zip(slots, (210, 210, 210, 0), strict=True):
            status = "present" if minutes else "absent"  # « present » alone counts in full
            row = Attendance(slot_id=slot_id, enrollment_id=helene.id, minutes_attended=minutes)
            row.status = status
            s.add(row)
        s.merge(Setting(key="billing.iban", value=IBAN))
    return BillingService(desk.database, desk.changes)


def _invoice(billing, seeded, index: int):
    ids = billing.invoice_session(seeded["session"], issued_on=ISSUED)
    return ids, billing.render_invoice(ids[index])


def test_client_invoice_carries_every_mandatory_mention(desk, seeded, billing):
    _, path = _invoice(billing, seeded, 1)
    text = pdf_text(path)

    for expected in [
        "Facture n° F2026-0002",
        "Date d'émission : 9 décembre 2026",
        "Date d'échéance : 8 janvier 2027",
        # seller: name, address, SIREN/SIRET, activity declaration
        "Atelier Formation Conseil",
        "12 rue de la République",
        "SIREN 123 456 789 · SIRET 123 456 789 00012 · NDA 84691234569",
        "Déclaration d'activité enregistrée sous le numéro 84691234569",
        # buyer
        "Boulangerie Émile & Fils",
        "À l'attention de Mme Julie Morel, responsable formation",
        "8 rue des Lilas 69003 Lyon",
        "SIREN 442 981 767 · SIRET 442 981 767 00019",
        # designation, quantities, unit prices, totals
        "Formation « Excel intermédiaire : tableaux croisés dynamiques » – session "
        "2026-EXCEL-INT-003 – du lundi 7 décembre 2026 au mardi 8 décembre 2026 (14 h) – "
        "Stagiaire : Hélène Lefèvre",
        "Désignation Qté Prix unitaire Montant",
        "Excel intermédiaire : tableaux croisés dynamiques — Hélène Lefèvre — prix 1 200,00 € "
        "moins 900,00 € pris en charge par OPCO Atlas (subrogation) 1 300,00 € 300,00 €",
        "Heures d'absence non prises en charge par OPCO Atlas — Hélène Lefèvre (3 h 30 "
        "d'absence) 1 225,00 € 225,00 €",
        "Total HT 525,00 €",
        "Total TTC 525,00 €",
        "Net à payer 525,00 €",
        # VAT exemption, subrogation, payment terms, penalties, 40 € fee, bank
        "Exonération de TVA, art. 261-4-4° a du CGI",
        "prise en charge réglée directement par OPCO Atlas (subrogation de paiement)",
        "Paiement à 30 jours à réception de facture, par virement.",
        "Pas d'escompte pour paiement anticipé.",
        "trois fois le taux d'intérêt légal",
        "indemnité forfaitaire pour frais de recouvrement de 40 €",
        f"Règlement par virement : IBAN {IBAN}",
        "Page 1/1",
    ]:
        assert flat(expected) in text, expected
    assert "TVA 20 %" not in text
    with desk.database.reading() as s:
        doc = s.scalar(select(GeneratedDocument))
        client_id = s.scalar(select(Client.id).where(Client.name.startswith("Boulangerie")))
        assert (doc.kind, doc.client_id, doc.version) == ("facture", client_id, 1)
    assert path.name == "Facture F2026-0002 - Boulangerie Émile & Fils.pdf"
    assert path.parent == desk.docs_dir / "2026" / "2026-EXCEL-INT-003"


def test_funder_invoice_names_learner_hours_and_agreement(seeded, billing):
    _, path = _invoice(billing, seeded, 0)
    text = pdf_text(path)
    for expected in [
        "Facture n° F2026-0001",
        "Financeur",
        "OPCO Atlas",
        "25 quai Perrache 69002 Lyon",
        "SIRET 851 070 000 00017",
        "Hélène Lefèvre — 10 h 30 réalisées sur 14 h — prise en charge n° PEC-2026-778899",
        "Net à payer 675,00 €",
        "subrogation de paiement, pour le compte de : Boulangerie Émile & Fils",
        "40 €",
    ]:
        assert flat(expected) in text, expected


def test_private_person_is_invoiced_without_the_business_recovery_fee(seeded, billing):
    _, path = _invoice(billing, seeded, 2)
    text = pdf_text(path)
    assert "Facture n° F2026-0003" in text and "Marc N'Diaye" in text
    assert flat("Net à payer 690,00 €") in text
    assert "pénalités au taux de l'intérêt légal" in text
    assert "40 €" not in text and "recouvrement" not in text


def test_vat_at_20_percent_without_the_exemption_mention(desk, seeded, billing):
    with desk.database.unit_of_work() as s:
        org = s.scalar(select(Organisation))
        org.vat_exempt, org.vat_number = False, "FR32123456789"
    _, path = _invoice(billing, seeded, 1)
    text = pdf_text(path)
    for expected in [
        "Désignation Qté Prix unitaire HT TVA Total HT",
        "(subrogation) 1 300,00 € 20 % 300,00 €",
        "Total HT 525,00 €",
        "TVA 20 % 105,00 €",
        "Total TTC 630,00 €",
        "Net à payer 630,00 €",
        "N° TVA FR32123456789",
    ]:
        assert flat(expected) in text, expected
    assert "Exonération" not in text


def test_credit_note_and_regeneration_keep_the_numbers(desk, seeded, billing):
    ids, first = _invoice(billing, seeded, 1)
    credit = billing.cancel_invoice(ids[1], "Erreur sur le prix", issued_on=ISSUED)
    again = billing.render_invoice(ids[1])
    text = pdf_text(billing.render_invoice(credit))

    assert again.name == "Facture F2026-0002 - Boulangerie Émile & Fils (v2).pdf"
    assert first.exists() and "Facture n° F2026-0002" in pdf_text(again)
    for expected in [
        "Avoir n° F2026-0004",
        "Avoir n° F2026-0004 annulant la facture n° F2026-0002 du 9 décembre 2026.",
        "Motif : Erreur sur le prix",
        "-300,00 €",
        "Montant de l'avoir -525,00 €",
        "Exonération de TVA, art. 261-4-4° a du CGI",
    ]:
        assert flat(expected) in text, expected
    with desk.database.reading() as s:
        versions = s.execute(select(GeneratedDocument.version, GeneratedDocument.path)).all()
    assert [v for v, _ in versions] == [1, 2, 1]
    assert "Avoir F2026-0004 - Boulangerie" in versions[2].path


def test_dedit_invoice_is_named_as_such(desk, seeded, billing):
    with desk.database.unit_of_work() as s:
        s.get(Enrollment, seeded["cancelled"]).client_id = s.scalar(select(Client.id))
    dedit = billing.invoice_cancellation_fee(seeded["cancelled"], 36000, issued_on=ISSUED)
    text = pdf_text(billing.render_invoice(dedit))
    for expected in [
        "Facture de dédit n° F2026-0001",
        "Dédit — Excel intermédiaire : tableaux croisés dynamiques — session "
        "2026-EXCEL-INT-003 — Zoé Zidane",
        "n'est pas imputable sur les fonds de la formation professionnelle",
        "Net à payer 360,00 €",
        "40 €",
    ]:
        assert flat(expected) in text, expected


def test_registered_kind_prints_every_invoice_of_the_session(desk, seeded, billing):
    billing.invoice_session(seeded["session"], issued_on=ISSUED)
    paths = desk.documents.generate("facture", seeded["session"])
    assert [p.name for p in paths] == [
        "Facture - 2026-EXCEL-INT-003 - OPCO Atlas - F2026-0001.pdf",
        "Facture - 2026-EXCEL-INT-003 - Boulangerie Émile & Fils - F2026-0002.pdf",
        "Facture - 2026-EXCEL-INT-003 - Marc N'Diaye - F2026-0003.pdf",
    ]
    assert "Facture n° F2026-0003" in pdf_text(paths[2])


def docx_text(path) -> str:
    from docx import Document

    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return flat(" ".join(parts))


def test_word_invoice_opens_in_libreoffice_with_the_same_mentions(desk, seeded, billing, tmp_path):
    ids = billing.invoice_session(seeded["session"], issued_on=ISSUED)
    path = billing.render_invoice(ids[1], file_format="docx")
    text = docx_text(path)
    for expected in [
        "Facture n° F2026-0002",
        "Date d'émission : 9 décembre 2026 – Date d'échéance : 8 janvier 2027",
        "Boulangerie Émile & Fils",
        "SIREN 442 981 767 · SIRET 442 981 767 00019",
        "Heures d'absence non prises en charge par OPCO Atlas",
        "Net à payer",
        "525,00 €",
        "Exonération de TVA, art. 261-4-4° a du CGI",
        "indemnité forfaitaire pour frais de recouvrement de 40 €",
    ]:
        assert flat(expected) in text, expected
    assert path.name == "Facture F2026-0002 - Boulangerie Émile & Fils.docx"
    assert "F2026-0002" in pdf_text(convert_to_pdf(path, tmp_path / "pdf"))


def test_a_copy_prints_the_bank_details_and_terms_the_invoice_was_issued_with(
    desk, seeded, billing
):
    ids, _ = _invoice(billing, seeded, 1)
    with desk.database.unit_of_work() as s:
        for key, value in (
            ("billing.iban", "DE89370400440532013000"),
            ("documents.payment_terms", "Paiement à 45 jours, par virement."),
        ):
            s.merge(Setting(key=key, value=value))
    copy = billing.render_invoice(ids[1])
    text = pdf_text(copy)
    assert flat(f"IBAN {IBAN}") in text and "DE89" not in text
    assert flat("Paiement à 30 jours à réception de facture, par virement.") in text
