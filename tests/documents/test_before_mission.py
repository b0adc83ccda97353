"""Ordre de mission of the trainer and covering letter of a learner, read back from the files."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from test_before_support import CODE, TITLE, enrich, missing, pdf_text

from formadesk.core.documents.before.mission import build_mission, render_mission_pdf
from formadesk.core.errors import BusinessRuleError, NotFoundError
from formadesk.core.model import Slot, SlotTrainer, Trainer


@pytest.fixture
def ids(desk, seeded):
    return enrich(desk, seeded)


def test_ordre_de_mission_says_who_what_when_and_how_much(desk, ids, tmp_path):
    with desk.database.reading() as s:
        data = build_mission(s, ids["session"], ids["trainer"], today=dt.date(2026, 11, 2))
    path = render_mission_pdf(data, tmp_path / "mission.pdf")

    assert missing(pdf_text(path), [
        "ORDRE DE MISSION", f"Session {CODE} · émis le 2 novembre 2026",
        "Intervenant Claire Martin", "Formateur externe",
        "Société Martin Conseil Bureautique – SIRET 484 831 928 00027",
        "Déclaration d'activité 84 69 01234 69", f"Formation {TITLE} (réf. EXCEL-INT)",
        "Période du lundi 7 décembre 2026 au mardi 8 décembre 2026",
        "Lieu 5 place Béraudier, 69003 Lyon", "Stagiaires 2 inscrits, 12 au maximum",
        "lundi 7 décembre 2026 9h00 – 12h30 Salle Lovelace (Lyon Part-Dieu) 3 h 30",
        "mardi 8 décembre 2026 13h30 – 17h00", "Total 14 h",
        "Taux 420,00 € par jour ; 60,00 € de l'heure", "Volume prévu 14 h",
        "Montant prévu 840,00 € (2 jours × 420,00 €)", "feuille d'émargement",
        "Adresser votre facture", "Fait à Lyon, le 2 novembre 2026", "L'intervenant",
        "Bon pour accord", "Pour l'organisme de formation",
    ]) == []  # fmt: skip

    (sheet,) = desk.documents.generate("ordre_mission", ids["session"], file_format="xlsx")
    rows = list(load_workbook(sheet).active.iter_rows(values_only=True))
    assert ("Total heures", 14) in [tuple(r[-2:]) for r in rows]


def test_a_trainer_of_some_slots_is_paid_for_those_only(desk, ids, seeded):
    with desk.database.unit_of_work() as s:
        guest = Trainer(first_name="Bruno", last_name="Lefort", hourly_rate_cents=5000)
        outsider = Trainer(first_name="Nina", last_name="Absente")
        s.add_all([guest, outsider])
        s.flush()
        first = s.scalar(select(Slot).where(Slot.session_id == ids["session"]).order_by(Slot.id))
        s.add(SlotTrainer(slot_id=first.id, trainer_id=guest.id))
        outsider_id = outsider.id
    paths = desk.documents.generate("ordre_mission", ids["session"])

    assert [p.name for p in paths] == [
        f"Ordre de mission - {CODE} - LEFORT Bruno.pdf",
        f"Ordre de mission - {CODE} - MARTIN Claire.pdf",
    ]
    assert missing(pdf_text(paths[0]), [
        "Formateur interne", "Total 3 h 30", "Montant prévu 175,00 € (3 h 30 × 50,00 €)",
        "valorisation indicative",
    ]) == []  # fmt: skip
    assert "Total 10 h 30" in pdf_text(paths[1])  # the other three half-days
    with desk.database.reading() as s, pytest.raises(NotFoundError, match="n'intervient pas"):
        build_mission(s, ids["session"], outsider_id)


def test_covering_letter_lists_the_enclosures(desk, ids, seeded):
    marc = [seeded["marc"]]
    with pytest.raises(BusinessRuleError, match="Aucun document n'a encore été produit pour Marc"):
        desk.documents.generate("courrier", ids["session"], enrollment_ids=marc)
    for kind in ("convocation", "contrat"):
        desk.documents.generate(kind, ids["session"], enrollment_ids=marc)
    for kind in ("programme", "reglement", "livret"):
        desk.documents.generate(kind, ids["session"])
    (plain,) = desk.documents.generate("courrier", ids["session"], enrollment_ids=marc)
    assert missing(pdf_text(plain), [
        "M. Marc N'Diaye", "14 rue de Bonnel", f"Objet : Votre formation « {TITLE} »",
        "Monsieur,", "Vous trouverez ci-joint : • Convocation • Contrat de formation • Programme "
        "• Règlement intérieur • Livret d'accueil", "retourner, datés et signés",
        "Contrat de formation, avant le début de la formation",
        "Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.",
        "Sophie Garnier",
    ]) == []  # fmt: skip

    desk.documents.generate("convocation", ids["session"], enrollment_ids=[seeded["helene"]])
    (letter,) = desk.documents.generate("courrier", ids["session"],
                                        enrollment_ids=[seeded["helene"]])  # fmt: skip
    text = pdf_text(letter)
    assert "Madame, Nous avons le plaisir" in text
    # only what exists: no contract for her (her company signs a convention)
    enclosed = "ci-joint : • Convocation • Programme • Règlement intérieur • Livret d'accueil Nous"
    assert enclosed in text
