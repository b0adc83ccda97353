"""The BPF on paper, laid out like the cerfa: what pdftotext reads in it (the scenario of
tests/core/test_bpf_scenario, counted by hand there)."""

from __future__ import annotations

import subprocess

from tests.core.test_bpf_scenario import built, scenario  # noqa: F401 - fixtures
from tests.documents.test_billing_invoice import flat, pdf_text


def pdf_rows(path) -> list[str]:
    """The lines of a PDF as laid out (a table row on one line), spaces flattened."""
    args = ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"]
    out = subprocess.run(args, capture_output=True, check=True, text=True).stdout
    return [flat(line) for line in out.splitlines() if line.strip()]


def test_the_pdf_has_every_cadre_its_figures_and_what_to_check(scenario, tmp_path):  # noqa: F811
    office = scenario.office
    path = office.bpf.export(2025, tmp_path / "BPF-2025.pdf")
    text = pdf_text(path)
    assert text.startswith("Atelier Test Formation")
    assert "Bilan pédagogique et financier — exercice 2025" in text
    assert "Numéro de déclaration d'activité 84 69 99999 69" in text
    assert "Numéro SIRET 732 829 320 00074" in text
    assert "Exercice comptable du 01/01/2025 au 31/12/2025" in text
    for cadre in ("Cadre A", "Cadre B", "Cadre C", "Cadre D", "Cadre E", "Cadre F-1",
                  "Cadre F-2", "Cadre F-3", "Cadre F-4", "Cadre G", "Cadre H"):  # fmt: skip
        assert cadre in text, cadre
    assert "C-2 a contrats d'apprentissage 517,50 €" in text
    assert "C-3 Pouvoirs publics pour la formation de leurs agents 690,00 €" in text
    assert "C-10 Autres organismes de formation (y compris CFA) 690,00 €" in text
    assert "Total des produits réalisés au titre de la formation professionnelle 3 795,00 €" in text
    assert (
        "Part du chiffre d'affaires global réalisée au titre de la formation non calculée" in text
    )
    assert "dont salaires des formateurs 1 200,00 €" in text
    assert "F-1 a Salariés d'employeurs privés hors apprentis 3 31,5 h" in text
    assert "F-1 ? Statut de l'apprenant non renseigné (à compléter) 1 14 h" in text
    assert "Total des stagiaires 8 95,5 h" in text
    rows = pdf_rows(path)
    assert "F-2 2 26,5 h" in rows  # the label wraps above and below its figures
    assert "G 1 14 h" in rows
    assert "Formations confiées par votre organisme à un autre organisme de formation" in text
    assert "F-3 b Certification ou habilitation du répertoire spécifique (RS) 4 41 h" in text
    assert "324 Secrétariat, bureautique 4 41 h" in text
    assert "344 Sécurité des biens et des personnes, police, surveillance 2 26,5 h" in text
    assert "Conventions de calcul" in text and "selon la notice du cerfa 10443" in text
    assert "Dédits de l'exercice ainsi laissés de côté : 207,00 €." in text
    assert "À vérifier avant de déclarer (8)" in text
    assert "Tom Lenoir n'a pas de statut" in text
    assert "présences incomplètes sur 3 demi-journées" in text


def test_a_missing_identity_says_where_to_enter_it(scenario, tmp_path):  # noqa: F811
    office = scenario.office
    org = office.organisation.get()
    org.nda = ""
    office.organisation.update(org)
    text = pdf_text(office.bpf.export(2025, tmp_path / "BPF.pdf"))
    assert (
        "Numéro de déclaration d'activité non renseigné (à saisir dans Paramètres › Organisme)"
        in text
    )
