"""Programme, règlement intérieur and livret d'accueil, read back from the produced files."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from test_before_support import CODE, TITLE, docx_text, enrich, missing, pdf_text

from formadesk.core.documents.before.rules import parse_sections
from formadesk.core.model import Organisation


@pytest.fixture
def ids(desk, seeded):
    return enrich(desk, seeded)


def test_programme_pdf_and_docx_carry_every_mention(desk, ids):
    (path,) = desk.documents.generate("programme", ids["session"])
    (word,) = desk.documents.generate("programme", ids["session"], file_format="docx")

    assert path.name == f"Programme - {CODE}.pdf"
    text = pdf_text(path)
    assert missing(text, [
        TITLE, "Objectifs pédagogiques", "Construire un tableau croisé dynamique",
        "Prérequis Maîtriser les formules simples d'Excel.",
        "Public visé Assistant(e)s, comptables", "Durée 14 h, du lundi 7 décembre 2026 au mardi "
        "8 décembre 2026", "Modalité Présentiel – Inter-entreprises",
        "Module 2 : les segments et filtres", "Moyens pédagogiques et techniques",
        "Un poste par stagiaire", "Animée par : Claire Martin.",
        "Modalités de suivi et d'évaluation", "Quiz de positionnement", "Feuilles d'émargement",
        "Sanction Attestation de fin de formation", "notre référent handicap, Karim Benali",
        "lundi 7 décembre 2026 9h00 – 12h30 Salle Lovelace (Lyon Part-Dieu)",
        "Lieu 5 place Béraudier, 69003 Lyon", "Tarif 1 250,00 € net de taxe par stagiaire",
        "Délais d'accès", "SIRET 123 456 789 00012",
    ]) == []  # fmt: skip
    assert missing(docx_text(word), [
        TITLE, "Construire un tableau croisé dynamique", "Module 1 : les sources de données",
        "1 250,00 € net de taxe par stagiaire", "mardi 8 décembre 2026", "Karim Benali",
    ]) == []  # fmt: skip


def test_default_texts_cover_the_legal_topics(desk, ids):
    (path,) = desk.documents.generate("reglement", ids["session"])
    (booklet,) = desk.documents.generate("livret", ids["session"])

    text = pdf_text(path)
    assert missing(text, [
        "RÈGLEMENT INTÉRIEUR", "L6352-3", "Atelier Formation Conseil",
        f"{TITLE} – session {CODE}", "Hygiène et sécurité", "consignes d'incendie",
        "Discipline", "Sanctions", "avertissement écrit", "Garanties disciplinaires",
        "un jour franc", "Représentation des stagiaires", "supérieure à 500 heures",
        "Fait à Lyon, le", "Sophie Garnier",
    ]) == []  # fmt: skip
    assert missing(pdf_text(booklet), [
        "Bienvenue", "feuille d'émargement chaque demi-journée", "Réclamations",
        "Horaires des séances", "Vos interlocuteurs", "Karim Benali",
    ]) == []  # fmt: skip


def test_office_texts_are_used_when_written(desk, ids):
    with desk.database.unit_of_work() as s:
        org = s.scalar(select(Organisation))
        org.internal_rules = "Article 1 - Objet : règles propres à l'Atelier.\nTexte libre."
        org.welcome_booklet = "Bienvenue chez nous\nCafé offert à l'accueil du 2e étage."
    (rules,) = desk.documents.generate("reglement", ids["session"])
    (booklet,) = desk.documents.generate("livret", ids["session"])

    assert "Article 1 - Objet : règles propres à l'Atelier." in pdf_text(rules)
    assert "Hygiène et sécurité" not in pdf_text(rules)
    assert missing(pdf_text(booklet), [
        "LIVRET D'ACCUEIL", "Bienvenue chez nous", "Café offert à l'accueil du 2e étage.",
        "Lieu : 5 place Béraudier, 69003 Lyon", "Accès : Métro B, arrêt Gare Part-Dieu",
        "mardi 8 décembre 2026 13h30 – 17h00 Salle Lovelace", "Un ordinateur portable avec Excel",
        "Accueil de l'organisme Atelier Formation Conseil – 04 78 00 00 00",
        "Référent handicap Karim Benali – 04 78 00 00 09", "Formateur Claire Martin",
    ]) == []  # fmt: skip


def test_office_text_is_cut_into_titled_sections():
    sections = parse_sections("Préambule.\n\nArticle 2 – Sécurité\nRespecter les consignes.\n"
                              "Horaires\nDe 9 h à 17 h.")  # fmt: skip
    assert [(x.title, x.paragraphs) for x in sections] == [
        ("", ("Préambule.",)),
        ("Article 2 – Sécurité", ("Respecter les consignes.",)),
        ("Horaires", ("De 9 h à 17 h.",)),
    ]
