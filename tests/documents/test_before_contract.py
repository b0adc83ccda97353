"""Contrat de formation (private person) and bulletin d'inscription, read back from the files."""

from __future__ import annotations

import pytest
from test_before_support import CODE, TITLE, docx_text, enrich, missing, pdf_text

from formadesk.core.errors import BusinessRuleError


@pytest.fixture
def ids(desk, seeded):
    return enrich(desk, seeded)


def test_contract_of_a_private_person_holds_l6353_3_to_7(desk, ids, seeded):
    (path,) = desk.documents.generate("contrat", ids["session"], enrollment_ids=[seeded["marc"]])

    assert path.name == f"Contrat de formation - {CODE} - N'DIAYE Marc.pdf"
    assert missing(pdf_text(path), [
        "CONTRAT DE FORMATION PROFESSIONNELLE", "Articles L6353-3 à L6353-7",
        "déclaration d'activité n° 84691234569", "M. Marc N'Diaye", "né(e) le 2 juin 1990",
        "demeurant 14 rue de Bonnel, 69003 Lyon", f"l'action « {TITLE} »",
        "Action de formation au sens de l'article L6313-1",  # nature
        "accueille au plus 12 stagiaires",  # number of learners
        "remplir les prérequis suivants : Maîtriser les formules simples d'Excel",
        "L'action dure 14 h et se déroule du lundi 7 décembre 2026 au mardi 8 décembre 2026",
        "Feuilles d'émargement", "Quiz de positionnement",  # how it runs
        "Claire Martin Certifiée MOS Expert ; 12 ans d'expérience",  # trainers' qualifications
        "délai de 10 jours pour se rétracter", "porté à 14 jours", "conclu à distance",
        "lettre recommandée avec avis de réception", "aucune somme ne peut être exigée",
        "Prix de la formation 1 250,00 €", "Reste à la charge du stagiaire 1 250,00 €",
        "Premier versement 375,00 € au maximum (30 % du prix)", "Solde 875,00 €",
        "ne peut excéder 30 % du prix", "force majeure", "prorata temporis",  # dropping out
        "Le stagiaire", "Lu et approuvé", "Pour l'organisme de formation",  # signatures
        "ANNEXE – PROGRAMME DE LA FORMATION", "Module 1 : les sources de données",
    ]) == []  # fmt: skip
    (word,) = desk.documents.generate(
        "contrat", ids["session"], file_format="docx", enrollment_ids=[seeded["marc"]]
    )
    assert missing(docx_text(word), [
        "M. Marc N'Diaye", "10 jours", "14 jours", "375,00 € au maximum", "875,00 €",
        "Certifiée MOS Expert", "Annexe – programme de la formation",
    ]) == []  # fmt: skip


def test_contract_is_refused_to_an_employee_sent_by_a_company(desk, ids, seeded):
    with pytest.raises(BusinessRuleError) as refused:
        desk.documents.generate("contrat", ids["session"], enrollment_ids=[seeded["helene"]])
    assert str(refused.value) == (
        "Hélène Lefèvre est inscrit(e) comme salarié(e) pour le client « Boulangerie Émile & "
        "Fils » : le contrat de formation est réservé aux particuliers qui financent eux-mêmes "
        "leur formation. Produisez plutôt la convention de formation de son client."
    )
    assert desk.documents.list_documents() == []


def test_bulletin_is_prefilled_and_leaves_blanks(desk, ids, seeded):
    (path,) = desk.documents.generate("bulletin", ids["session"], enrollment_ids=[seeded["helene"]])

    text = pdf_text(path)
    assert missing(text, [
        "BULLETIN D'INSCRIPTION", "Nom Lefèvre", "Prénom Hélène", "Date de naissance 14/03/1985",
        "Adresse 3 allée des Châtaigniers, 69100 Villeurbanne",
        "helene.lefevre@example.fr", "Statut Salarié(e)", "Emploi occupé Comptable",
        "Entreprise Boulangerie Émile & Fils", "SIRET 552 100 554 00013",
        "Personne à contacter M. Émile Roux, gérant", f"Formation {TITLE}",
        f"{CODE}, du lundi 7 décembre 2026 au mardi 8 décembre 2026", "Durée 14 h – Présentiel",
        "Prix 1 250,00 € net de taxe", "Financement Plan de développement des compétences",
        "OPCO Atlas : 900,00 € (paiement direct à l'organisme)",
        "Nom de naissance ………", "Fait à ………", "Date et signature", "Date, cachet et signature",
        "retourner à : Atelier Formation Conseil, 12 rue de la République, 69002 Lyon",
    ]) == []  # fmt: skip
    assert "Page 1/1" in text
