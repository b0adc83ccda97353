"""Personal data: who is due for anonymisation, and anonymisation itself: every personal
field gone (the search finds nothing, no row about the person holds the name), evidence kept,
documents removed or kept by category, in one transaction with the files, logged without
the name."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

from formadesk.core.errors import BusinessRuleError
from formadesk.core.services.attendance import Mark
from formadesk.core.services.complaints import ComplaintData
from formadesk.core.services.journal import InteractionData
from formadesk.core.services.learners import LearnerData
from formadesk.core.services.parties import ClientData

from .attendance_factories import held_session
from .factories import every_row, make_session
from .test_archives import AFTER, SIGNED, START
from .test_attendance import png

LATER = dt.datetime(2031, 1, 5, 10, 0)  # 3 years after 2027: Léa's data is due


@pytest.fixture
def trained(office, tmp_path):
    return make_trained(office, tmp_path)


def make_trained(office, tmp_path):
    """Léa Durand's full file: identity, attendance (one absence excused by a medical
    certificate, one signature), an exchange with a follow-up, a closed complaint, her
    convocation and certificate, and the session closed (its dossier archived)."""
    held = held_session(office, START)
    durand, martin, petit = held.enrollments
    lea = office.enrollments.get(durand).learner_id
    data = office.learners.get(lea)
    data.email, data.phone = "lea.durand@example.org", "06 12 34 56 78"
    data.birth_date, data.birth_name = dt.date(1990, 4, 12), "Rivière"
    data.address, data.postal_code, data.city = "3 rue des Lilas", "69003", "Lyon"
    data.employer_name, data.job_title = "Boulangerie Durand", "Vendeuse"
    data.accessibility_needs, data.notes = "Fauteuil roulant", "Préfère être appelée le matin"
    office.learners.save(data)
    marks = [Mark(e, slot, "present") for e in held.enrollments for slot in held.slots]
    marks[0] = Mark(durand, held.slots[0], "absent", note="Léa malade")
    office.attendance.save(held.session_id, marks, today=AFTER)
    certificate = tmp_path / "arret-maladie-Durand.png"
    certificate.write_bytes(png())
    office.attendance.attach_justification(durand, held.slots[:1], certificate)
    office.attendance.sign(held.slots[3], png(), enrollment_id=durand, now=SIGNED)
    office.journal.log(
        InteractionData(
            happened_at=dt.datetime(2026, 10, 1, 9, 30),
            learner_id=lea,
            subject="Appel de Léa Durand pour son inscription",
            notes="Enceinte : demande une chaise adaptée.",
            follow_up_on=dt.date(2026, 10, 5),
        )
    )
    office.complaints.create(
        ComplaintData(
            received_on=dt.date(2026, 11, 4),
            author="Léa Durand",
            learner_id=lea,
            session_id=held.session_id,
            subject="Salle trop froide",
            description="Mme Durand a eu froid les deux jours.",
            acknowledged_on=dt.date(2026, 11, 5),
            answered_on=dt.date(2026, 11, 6),
            answer="Le chauffage de la salle a été réparé.",
            closed_on=dt.date(2026, 11, 6),
        )
    )
    office.documents.generate("convocation", held.session_id)
    office.documents.generate("certificat_realisation", held.session_id)
    for step in office.checklist.of_session(held.session_id, AFTER).items:
        if not step.done and step.evidence != "closed":
            office.checklist.tick(held.session_id, step.step_id, True, "Fait sur papier")
    office.checklist.close_session(held.session_id, AFTER, confirm=True)
    held.lea = lea  # type: ignore[attr-defined]
    return held


def documents_of(office, learner_id: int):
    return [d for d in office.documents.list_documents() if d.learner_id == learner_id]


def dump_lines(office) -> list[str]:
    """Every row of the database as text (the signatures apart: legal evidence)."""
    return every_row(office, skip=("signatures",))


def test_learners_past_their_period_are_listed_with_what_is_kept(office, trained):
    assert office.privacy.to_review(dt.date(2029, 11, 3)) == []  # 3 years: not yet passed
    rows = office.privacy.to_review(LATER.date())
    assert [r.name for r in rows] == ["DURAND Léa", "MARTIN Hugo", "PETIT Inès"]
    lea = rows[0]
    assert (lea.last_training, lea.last_session) == (dt.date(2026, 11, 3), "2026-EXCEL-INT-001")
    assert lea.due_on == dt.date(2029, 11, 3) and lea.can_anonymise
    assert lea.kept == ("Certificats, attestations et émargements : 1 (réglage)",)
    assert lea.removed == ("Convocations et courriers : 1",)
    office.settings.set("retention.learner_years", "5")
    assert office.privacy.to_review(LATER.date()) == []


def test_a_learner_never_enrolled_is_due_after_the_period_from_their_creation(office):
    office.learners.save(LearnerData(last_name="Sans", first_name="Formation"))
    today = dt.date.today()
    assert office.privacy.to_review(today.replace(year=today.year + 2)) == []
    [row] = office.privacy.to_review(today.replace(year=today.year + 4))
    assert (row.name, row.last_training, row.kept, row.removed) == ("SANS Formation", None, (), ())


def test_anonymisation_removes_the_person_and_keeps_the_evidence(office, trained):
    lea = trained.lea
    folder = office.documents.output_folder("2026-EXCEL-INT-001", 2026)
    certificate = folder / "Certificat de réalisation - 2026-EXCEL-INT-001 - DURAND Léa.pdf"
    convocation = folder / "Convocation - 2026-EXCEL-INT-001 - DURAND Léa.pdf"
    certificate_bytes = certificate.read_bytes()
    hours_before = office.attendance.learner_rates(lea)
    result = office.privacy.anonymise([lea], reason="Durée passée (Léa Durand)", now=LATER)

    assert result.removed == (("Convocations et courriers", 1),)
    assert result.kept == (("Certificats, attestations et émargements", 1),)
    assert result.archived_copies_removed == 1
    # Nothing finds her any more, and no row about her holds her names, e-mail or notes.
    assert office.learners.search("Durand") == [] and office.learners.search("Anonyme") == []
    assert [h for h in office.search.everything("Durand") if h.kind == "learner"] == []
    rows = dump_lines(office)
    for secret in ("durand", "léa", "rivière", "lea.durand", "06 12 34", "lilas", "enceinte"):
        assert [line for line in rows if secret in line.lower()] == [], secret
    data = office.learners.get(lea)
    assert (data.last_name, data.first_name, data.birth_date, data.email) == (
        "Anonyme 1",
        "",
        None,
        "",
    )
    assert office.privacy.anonymised_at(lea) == LATER
    # Evidence stays: hours attended, the certificate (renamed), her signature.
    assert office.attendance.learner_rates(lea) == hours_before
    assert not convocation.exists() and not certificate.exists()
    kept = folder / "Certificat de réalisation - 2026-EXCEL-INT-001 - ANONYME 1.pdf"
    assert kept.read_bytes() == certificate_bytes
    [document] = documents_of(office, lea)
    assert (document.kind, Path(document.path)) == ("certificat_realisation", kept)
    assert len(office.attendance.signatures(trained.session_id)) == 1
    # The archived dossier follows: her convocation's copy gone, her certificate renamed.
    archive = office.archives.folder_of(trained.session_id)
    assert not (archive / "01 - Avant la formation" / convocation.name).exists()
    assert (archive / "04 - Après la formation" / kept.name).read_bytes() == certificate_bytes
    index = (archive / "index.json").read_text(encoding="utf-8")
    assert "Durand" not in index and "DURAND" not in index and "ANONYME 1" in index
    assert "anonymisées" in json.loads(index)["notes"][0]
    # The others are untouched.
    assert [r.full_name for r in office.learners.search("Martin")] == ["MARTIN Hugo"]
    assert (folder / "Convocation - 2026-EXCEL-INT-001 - MARTIN Hugo.pdf").is_file()
    # The log says who by number, why, and what was done, never the name.
    [line] = office.privacy.log(action="anonymisation")
    assert (line.label, line.subject_id, line.at) == ("Apprenant n° 1", lea, LATER)
    assert line.detail.startswith("Motif : Durée passée (Apprenant n° 1). 1 document supprimé")
    assert office.privacy.to_review(LATER.date())[0].name == "MARTIN Hugo"


def test_a_file_that_cannot_be_deleted_refuses_everything(office, trained):
    lea = trained.lea
    office.documents.generate("convocation", trained.session_id)  # (v2) of each convocation
    folder = office.documents.output_folder("2026-EXCEL-INT-001", 2026)
    first = folder / "Convocation - 2026-EXCEL-INT-001 - DURAND Léa.pdf"
    second = folder / "Convocation - 2026-EXCEL-INT-001 - DURAND Léa (v2).pdf"
    second.unlink()
    second.mkdir()  # a folder where the file should be: it cannot be deleted as a file
    before = dump_lines(office)
    files_before = sorted(p.name for p in folder.iterdir())
    archive_index = (office.archives.folder_of(trained.session_id) / "index.json").read_bytes()
    with pytest.raises(BusinessRuleError) as refused:
        office.privacy.anonymise([lea], reason="Demande de la personne", now=LATER)
    assert "est un dossier" in str(refused.value)
    assert "Personne n'a été anonymisé" in str(refused.value)
    assert dump_lines(office) == before
    assert sorted(p.name for p in folder.iterdir()) == files_before  # no hidden leftovers
    assert first.is_file() and first.read_bytes().startswith(b"%PDF")
    archive = office.archives.folder_of(trained.session_id)
    assert (archive / "index.json").read_bytes() == archive_index
    assert [r.full_name for r in office.learners.search("Durand")] == ["DURAND Léa"]


def test_an_unpaid_invoice_blocks_until_it_is_paid(office, trained):
    lea, durand = trained.lea, trained.enrollments[0]
    client = office.parties.save_client(
        ClientData(name="Plomberie Barbier", siret="44298176700019")
    )
    data = office.enrollments.get(durand)
    data.client_id, data.funding_scheme = client, "plan"
    office.enrollments.update(data, confirm=True)
    office.billing.invoice_session(trained.session_id, issued_on=dt.date(2026, 11, 25))
    [invoice] = [i for i in office.billing.invoices(trained.session_id) if i.client_id == client]
    row = office.privacy.to_review(LATER.date())[0]
    assert row.blockers == (
        f"Facture {invoice.number} non réglée : enregistrez son paiement ou annulez-la d'abord.",
    )
    blocked = f"DURAND Léa : Facture {invoice.number} non réglée"
    with pytest.raises(BusinessRuleError, match=blocked):
        office.privacy.anonymise([lea], reason="", now=LATER)
    assert office.privacy.log(action="anonymisation") == []
    office.billing.mark_paid(invoice.id, dt.date(2028, 1, 15))
    office.settings.save_many({"retention.documents.preuves": "supprimer"})
    row = office.privacy.preview(lea, LATER.date())
    assert row.can_anonymise  # and her evidence counts from the year of the payment: 2028
    assert row.kept == ("Certificats, attestations et émargements : 1 (preuve, jusqu'à fin 2031)",)


def test_documents_follow_their_category_and_the_legal_retention(office, trained):
    lea = trained.lea
    office.settings.save_many(
        {"retention.documents.courriers": "garder", "retention.documents.preuves": "supprimer"}
    )
    # Evidence of 2026 is kept to the end of 2029 (3 years after the year of the training).
    row = office.privacy.preview(lea, dt.date(2029, 12, 31))
    assert row.removed == ()
    assert row.kept == (
        "Certificats, attestations et émargements : 1 (preuve, jusqu'à fin 2029)",
        "Convocations et courriers : 1 (réglage)",
    )
    result = office.privacy.anonymise([lea], reason="", now=LATER)  # 2031: past 2029
    assert result.removed == (("Certificats, attestations et émargements", 1),)
    assert [d.kind for d in documents_of(office, lea)] == ["convocation"]
    with pytest.raises(BusinessRuleError, match="déjà anonymisé"):
        office.privacy.anonymise([lea], reason="", now=LATER)


def test_an_anonymised_learner_can_no_longer_be_edited_enrolled_or_named_on_paper(office, trained):
    lea = trained.lea
    office.privacy.anonymise([lea], reason="Demande de la personne", now=LATER)
    data = office.learners.get(lea)
    data.first_name, data.email = "Léa", "lea.durand@example.org"
    with pytest.raises(BusinessRuleError, match="anonymisées le 05/01/2031"):
        office.learners.save(data)
    assert office.learners.get(lea).email == ""
    course = office.sessions.get(trained.session_id).course_id
    later = make_session(office, course, start=dt.date(2027, 3, 1))
    with pytest.raises(BusinessRuleError, match="créez une nouvelle fiche"):
        office.enrollments.enroll(session_id=later, learner_id=lea, confirm=True)
    # Certificates of the session again: the others get theirs, nobody gets « ANONYME 1 ».
    office.checklist.reopen_session(trained.session_id, "Attestations à refaire")
    files = office.documents.generate("certificat_realisation", trained.session_id)
    names = sorted(p.name.rsplit(" - ", 1)[1].split(" (v")[0] for p in files)
    assert len(names) == 2 and "ANONYME" not in " ".join(names).upper(), names
    [durand, *_others] = trained.enrollments
    with pytest.raises(BusinessRuleError, match="Aucun document nominatif"):
        office.documents.generate(
            "certificat_realisation", trained.session_id, enrollment_ids=[durand]
        )


def test_anonymising_a_whole_session_at_once_leaves_no_name_in_its_dossier(office, trained):
    """Three learners of one archived session together: the dossier's index follows every
    one of them, the print copy « … - tous.pdf » goes, the results workbook is made again."""
    folder = office.documents.output_folder("2026-EXCEL-INT-001", 2026)
    merged = office.documents.generate("convocation", trained.session_id, merged=True).merged
    assert merged is not None and merged.is_file()
    learners = [office.enrollments.get(e).learner_id for e in trained.enrollments]
    result = office.privacy.anonymise(learners, reason="Durée passée", now=LATER)

    assert result.problems == () and not merged.exists()
    assert not list(folder.glob("*DURAND*")) and not list(folder.glob("*MARTIN*"))
    archive = office.archives.folder_of(trained.session_id)
    index = json.loads((archive / "index.json").read_text(encoding="utf-8"))
    text = json.dumps(index, ensure_ascii=False).upper()
    for name in ("DURAND", "MARTIN", "PETIT", "LÉA", "HUGO", "INÈS"):
        assert name not in text, name
    listed = [Path(archive, f["section"], f["name"]) for f in index["files"]]
    assert listed and all(path.is_file() for path in listed)
    assert {p.name for p in (archive / "04 - Après la formation").iterdir()} == {
        f"Certificat de réalisation - 2026-EXCEL-INT-001 - ANONYME {n}.pdf" for n in learners
    }
    workbook = next((archive / "05 - Évaluations").glob("Résultats des acquis - *.xlsx"))
    cells = " ".join(
        str(value)
        for sheet in openpyxl.load_workbook(workbook).worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ).upper()
    assert "DURAND" not in cells and "MARTIN" not in cells and "ANONYME" in cells
