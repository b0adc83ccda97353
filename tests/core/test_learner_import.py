"""The learner import's preview (the learner form's rules, duplicates) and its commit (one
transaction, with enrolment), and the XLSX row report."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from formadesk.core.errors import BusinessRuleError
from formadesk.core.services.learners import LearnerFilter
from formadesk.core.services.parties import ClientData

from .factories import make_course, make_learner, make_session
from .import_files import BAD_ROWS, GOOD_ROWS, HEADERS, write_csv


def preview_of(office, tmp_path, rows, name="liste.csv"):
    importer = office.learner_import
    return importer.preview(importer.read(write_csv(tmp_path / name, [HEADERS, *rows])))


def test_bad_rows_are_refused_with_french_reasons_per_field(office, tmp_path):
    preview = preview_of(office, tmp_path, GOOD_ROWS + BAD_ROWS)
    assert [r.status for r in preview.rows] == ["ok", "ok", "refused", "refused", "refused"]
    bad_email, no_name, no_day = preview.rows[2:]
    assert set(bad_email.errors) == {"email"}
    assert "n'est pas valide" in bad_email.reason and bad_email.reason.startswith("E-mail")
    assert no_name.errors == {"last_name": "Le nom est obligatoire."}
    assert "31/02/1990" in no_day.errors["birth_date"] and "n'existe pas" in no_day.reason
    assert office.learners.count() == 0  # the preview writes nothing


def test_learner_form_rules_apply_siret_phone_and_status(office, tmp_path):
    rows = [["Nom", "Prénom", "Téléphone", "SIRET", "Statut", "Civilité"]]
    rows += [["Lefèvre", "Hélène", "12", "123", "Retraitée", "Docteur"]]
    importer = office.learner_import
    row = importer.preview(importer.read(write_csv(tmp_path / "l.csv", rows))).rows[0]
    assert set(row.errors) == {"phone", "employer_siret", "status", "civility"}


def test_duplicates_against_the_database_by_email_and_by_names_and_birth_date(office, tmp_path):
    make_learner(office, "Lefèvre", "Hélène", email="HELENE.LEFEVRE@exemple.fr")
    make_learner(office, "Durand", "Zoé", birth_date=dt.date(1992, 7, 1))
    rows = [
        ["Autre", "Nom", "", "helene.lefevre@exemple.fr", "", ""],  # same e-mail
        ["DURAND", "Zoe", "01/07/1992", "", "", ""],  # same names without accents, same day
        ["Durand", "Zoé", "02/07/1992", "", "", ""],  # another birth date: someone else
    ]
    preview = preview_of(office, tmp_path, rows)
    assert [r.status for r in preview.rows] == ["duplicate", "duplicate", "ok"]
    assert "même e-mail" in preview.rows[0].reason
    assert "DURAND Zoé" in preview.rows[1].reason
    assert all(r.decision == "skip" for r in preview.rows)


def test_duplicates_inside_the_file(office, tmp_path):
    rows = [GOOD_ROWS[0], ["LEFEVRE", "Helene", "12/03/1985", "", "", ""], GOOD_ROWS[1]]
    rows.append(["Autre", "Zoé", "", "zoe.durand@exemple.fr", "", ""])
    preview = preview_of(office, tmp_path, rows)
    assert [r.status for r in preview.rows] == ["ok", "duplicate", "ok", "duplicate"]
    assert preview.rows[1].reason.startswith("Même personne que la ligne 2")
    assert preview.rows[3].reason.startswith("Même personne que la ligne 4")


def test_commit_writes_ok_rows_and_follows_each_duplicate_decision(office, tmp_path):
    existing = make_learner(office, "Lefèvre", "Hélène", email="helene.lefevre@exemple.fr")
    rows = [GOOD_ROWS[0], GOOD_ROWS[1], ["Durand", "Zoé", "01/07/1992", "", "", "Bron"]]
    rows += BAD_ROWS[:1]
    preview = preview_of(office, tmp_path, rows)
    assert [r.status for r in preview.rows] == ["duplicate", "ok", "duplicate", "refused"]
    preview.decide(2, "update")
    result = office.learner_import.commit(preview)
    assert (result.created, result.updated, result.skipped, result.refused) == (1, 1, 1, 1)
    updated = office.learners.get(existing)
    assert (updated.city, updated.phone, updated.birth_date) == (
        "Lyon",
        "06 12 34 56 78",
        dt.date(1985, 3, 12),
    )
    assert office.learners.count() == 2
    assert [r.last_name for r in office.learners.page(LearnerFilter(text="zoe"))] == ["Durand"]


def test_create_anyway_makes_a_second_learner(office, tmp_path):
    make_learner(office, "Lefèvre", "Hélène", email="helene.lefevre@exemple.fr")
    importer = office.learner_import
    file = importer.read(write_csv(tmp_path / "l.csv", [HEADERS, GOOD_ROWS[0]]))
    result = importer.commit(importer.preview(file, decisions={2: "create"}))
    assert result.created == 1 and office.learners.count() == 2


def test_employer_siret_of_a_client_links_the_learner(office, tmp_path):
    client_id = office.parties.save_client(
        ClientData(name="Boulangerie Zoé", siret="73282932000074")
    )
    rows = [["Nom", "Prénom", "Entreprise", "SIRET"]]
    rows += [["Lefèvre", "Hélène", "Boulangerie Zoé", "732 829 320 00074"]]
    importer = office.learner_import
    result = importer.commit(importer.preview(importer.read(write_csv(tmp_path / "l.csv", rows))))
    with office.database.reading() as s:
        from formadesk.core.model import Learner

        learner = s.get(Learner, result.learner_ids[0])
        assert (learner.employer_siret, learner.employer_client_id) == ("73282932000074", client_id)


def test_commit_enrols_the_imported_learners_in_a_session(office, tmp_path):
    session_id = make_session(office, make_course(office), places=8)
    client_id = office.parties.save_client(ClientData(kind="particulier", name="Atelier Lefèvre"))
    funder_id = office.parties.funders()[0].id
    preview = preview_of(office, tmp_path, GOOD_ROWS)
    result = office.learner_import.commit(
        preview, session_id=session_id, client_id=client_id, funder_id=funder_id, subrogation=True
    )
    assert result.enrolled == 2
    enrolled = office.enrollments.for_session(session_id)
    assert sorted(e.learner_name for e in enrolled) == ["DURAND Zoé", "LEFÈVRE Hélène"]
    assert {e.client_name for e in enrolled} == {"Atelier Lefèvre"}
    assert all(e.funder_name for e in enrolled)
    funding = [office.enrollments.get(e.id).funding[0] for e in enrolled]
    assert {(f.subrogation, f.status) for f in funding} == {(True, "demandee")}  # to be granted


def test_a_session_full_midway_writes_nothing(office, tmp_path):
    session_id = make_session(office, make_course(office), places=2)
    rows = [*GOOD_ROWS, ["Bernard", "Anaïs", "", "anais@exemple.fr", "", ""]]
    preview = preview_of(office, tmp_path, rows)
    with pytest.raises(BusinessRuleError, match="n.a plus que 2 places libres"):
        office.learner_import.commit(preview, session_id=session_id)
    assert office.learners.count() == 0
    assert office.enrollments.for_session(session_id) == []


def test_report_is_saved_as_xlsx_with_formulas_neutralised(office, tmp_path):
    rows = [*GOOD_ROWS, ['=HYPERLINK("x")', "Paul", "", "bad", "", ""]]
    preview = preview_of(office, tmp_path, rows)
    result = office.learner_import.commit(preview)
    path = office.learner_import.save_report(result, tmp_path / "rapport.xlsx")
    sheet = load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == ["Ligne", "Nom", "Prénom", "E-mail", "Statut", "Motif", "Décision"]
    assert values[1][:3] == [2, "Lefèvre", "Hélène"] and values[1][6] == "Créé"
    assert values[3][0] == 4 and values[3][4] == "Refusée" and "E-mail" in values[3][5]
    risky = sheet.cell(row=4, column=2)
    assert risky.value == '=HYPERLINK("x")' and risky.data_type == "s" and risky.quotePrefix


def test_update_of_an_earlier_row_completes_the_learner_it_created(office, tmp_path):
    rows = [["Lefèvre", "Hélène", "12/03/1985", "", "", ""]]
    rows += [["LEFEVRE", "Helene", "12/03/1985", "helene@exemple.fr", "", "Lyon"]]
    preview = preview_of(office, tmp_path, rows)
    assert preview.rows[1].status == "duplicate"
    preview.decide(3, "update")
    result = office.learner_import.commit(preview)
    assert (result.created, result.updated) == (1, 1)
    learner = office.learners.get(result.learner_ids[0])
    assert (learner.last_name, learner.email, learner.city) == (
        "LEFEVRE",
        "helene@exemple.fr",
        "Lyon",
    )
    assert office.learners.count() == 1


def test_update_keeps_what_the_file_leaves_empty(office, tmp_path):
    existing = make_learner(
        office, "Lefèvre", "Hélène", email="helene@exemple.fr", status="demandeur_emploi"
    )
    rows = [["Nom", "Prénom", "Courriel", "Statut", "Ville"]]
    rows += [["Lefèvre", "Hélène", "helene@exemple.fr", "", "Lyon"]]
    importer = office.learner_import
    file = importer.read(write_csv(tmp_path / "l.csv", rows))
    importer.commit(importer.preview(file, decisions={2: "update"}))
    learner = office.learners.get(existing)
    assert (learner.status, learner.city) == ("demandeur_emploi", "Lyon")


def test_a_name_written_like_a_formula_is_refused(office, tmp_path):
    rows = [*GOOD_ROWS, ['=HYPERLINK("http://x";"Cliquez")', "Paul", "", "", "", ""]]
    rows.append(["@SOMME(A1)", "Zoé", "", "", "", ""])
    preview = preview_of(office, tmp_path, rows)
    refused = [r for r in preview.rows if r.status == "refused"]
    assert [r.number for r in refused] == [4, 5]
    assert "commence par « = », comme une formule de tableur" in refused[0].reason
