"""Devis and convention de formation of a company client, read back from the files."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from test_before_support import CLAUSE, CODE, TITLE, docx_text, enrich, missing, pdf_text

from formadesk.core import formatting as fmt
from formadesk.core.documents.before.builders import price_summary
from formadesk.core.errors import BusinessRuleError
from formadesk.core.model import Client, Enrollment, Quote, QuoteLine


@pytest.fixture
def ids(desk, seeded):
    return enrich(desk, seeded)


def test_devis_prices_the_clients_learners_with_the_vat_exemption(desk, ids):
    (path,) = desk.documents.generate("devis", ids["session"])
    (sheet,) = desk.documents.generate("devis", ids["session"], file_format="xlsx")

    assert path.name == f"Devis - {CODE} - Boulangerie Émile & Fils.pdf"
    valid = fmt.date_medium(dt.date.today() + dt.timedelta(days=30))
    assert missing(pdf_text(path), [
        "N° D2026-0001", f"Valable jusqu'au : {valid}",
        "Boulangerie Émile & Fils", "SIRET 552 100 554 00013", "À l'attention de M. Émile Roux",
        "SIRET 123 456 789 00012", f"Formation « {TITLE} » (session {CODE})",
        "Stagiaire Mme Hélène Lefèvre", "1 1 250,00 € 1 250,00 €",
        "Total HT 1 250,00 €", "TVA non applicable 0,00 €", "Total TTC 1 250,00 €",
        "Exonération de TVA, art. 261-4-4° a du CGI", "Paiement à 30 jours à réception",
        "indemnité forfaitaire pour frais de recouvrement de 40 €",
        "Bon pour accord – pour le client",
    ]) == []  # fmt: skip
    rows = list(load_workbook(sheet).active.iter_rows(values_only=True))
    assert rows[0][0].startswith("Devis n° D2026-0001 ")  # the same quote in Excel
    assert ("Total TTC", 1250) in [tuple(r[-2:]) for r in rows]
    assert any(r[0] and TITLE in r[0] and r[1:4] == (1, 1250, 1250) for r in rows)


def test_convention_holds_every_mention_of_l6353_1_and_the_programme(desk, ids):
    (path,) = desk.documents.generate("convention", ids["session"])

    text = pdf_text(path)
    assert missing(text, [
        "CONVENTION DE FORMATION PROFESSIONNELLE", "Articles L6353-1 et D6353-1",
        "Atelier Formation Conseil", "SIRET 123 456 789 00012",
        "déclaration d'activité n° 84691234569 (préfet de région Auvergne-Rhône-Alpes)",
        "représenté par Sophie Garnier, Directrice", "Boulangerie Émile & Fils",
        "8 quai Saint-Antoine, 69002 Lyon – SIRET 552 100 554 00013",
        "représenté(e) par M. Émile Roux, gérant", f"l'action « {TITLE} »",
        "Action de formation au sens de l'article L6313-1",
        "Construire un tableau croisé dynamique", "Moyens pédagogiques et techniques",
        "Un poste par stagiaire", "L'action dure 14 h et se déroule du lundi 7 décembre 2026 au "
        "mardi 8 décembre 2026", "5 place Béraudier, 69003 Lyon",
        "mardi 8 décembre 2026 13h30 – 17h00 Salle Lovelace", "Déroulement, suivi et évaluation",
        "Feuilles d'émargement signées par demi-journée", "Quiz de positionnement",
        "Mme Hélène Lefèvre Comptable Plan de développement des compétences – OPCO Atlas "
        "(subrogation)", "Total TTC 1 250,00 €", "Exonération de TVA",
        "Paiement à 30 jours à réception de facture",
        "OPCO Atlas Plan de développement des compétences Subrogation de paiement "
        "PEC-2026-0042 900,00 €", "Le client règle le solde, soit 350,00 €", CLAUSE,
        "Fait en deux exemplaires à Lyon, le", "Pour l'organisme de formation", "Pour le client",
        "Cachet et signature", "ANNEXE – PROGRAMME DE LA FORMATION",
        "Module 2 : les segments et filtres", "Tarif 1 250,00 € net de taxe par stagiaire",
    ]) == []  # fmt: skip
    assert "Marc" not in text  # not this client's learner


def test_convention_in_word_and_refused_to_a_private_client(desk, ids, seeded):
    (word,) = desk.documents.generate("convention", ids["session"], file_format="docx")
    assert missing(docx_text(word), [
        "Convention de formation professionnelle", "SIRET 552 100 554 00013",
        "Mme Hélène Lefèvre", "PEC-2026-0042", "Reste à la charge du client : 350,00 €", CLAUSE,
        "Annexe – programme de la formation", "Module 1 : les sources de données",
    ]) == []  # fmt: skip

    with desk.database.unit_of_work() as s:
        s.get(Client, ids["client"]).kind = "particulier"
    with pytest.raises(BusinessRuleError, match="un particulier signe un contrat"):
        desk.documents.generate("convention", ids["session"])


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice n'est pas installé")
def test_devis_word_and_excel_open_in_libreoffice(desk, ids, tmp_path):
    files = [
        *desk.documents.generate("devis", ids["session"], file_format="docx"),
        *desk.documents.generate("devis", ids["session"], file_format="xlsx"),
    ]
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), *map(str, files)],
        capture_output=True, check=True, timeout=180,
    )  # fmt: skip
    for file in files:
        text = pdf_text(tmp_path / f"{file.stem}.pdf")
        assert "D2026-0001" in text and "Boulangerie Émile & Fils" in text


def test_enrollment_price_wins_and_each_price_gets_its_line(desk, ids, seeded):
    with desk.database.unit_of_work() as s:
        s.get(Enrollment, seeded["marc"]).client_id = ids["client"]
        s.get(Enrollment, seeded["marc"]).price_cents = 99000
    (path,) = desk.documents.generate("devis", ids["session"])
    assert missing(pdf_text(path), [
        "Mme Hélène Lefèvre 1 1 250,00 € 1 250,00 €", "M. Marc N'Diaye 1 990,00 € 990,00 €",
        "Total TTC 2 240,00 €",
    ]) == []  # fmt: skip


def test_a_recorded_quote_keeps_its_number_and_lines(desk, ids):
    with desk.database.unit_of_work() as s:
        quote = Quote(
            number="D2026-0007",
            client_id=ids["client"],
            session_id=ids["session"],
            issued_on=dt.date(2026, 10, 2),
            valid_until=dt.date(2026, 10, 31),
        )
        s.add(quote)
        s.flush()
        s.add(QuoteLine(quote_id=quote.id, label="Forfait groupe", quantity=1,
                        unit_price_cents=180000))  # fmt: skip
    (path,) = desk.documents.generate("devis", ids["session"])
    text = pdf_text(path)
    assert missing(text, [
        "N° D2026-0007 Date : 2 octobre 2026", "Valable jusqu'au : 31 octobre 2026",
        "Forfait groupe 1 1 800,00 € 1 800,00 €", "Total TTC 1 800,00 €",
    ]) == []  # fmt: skip
    assert "provisoire" not in text


def test_vat_is_added_when_the_office_is_not_exempt():
    prices = price_summary([("Formation", 2, 50000)], vat_exempt=False)
    assert (prices.total_ht, prices.vat_label, prices.vat, prices.total_ttc) == (
        fmt.money(100000), "TVA (20 %)", fmt.money(20000), fmt.money(120000),
    )  # fmt: skip
    assert prices.vat_mention == "" and prices.total_cents == 120000
