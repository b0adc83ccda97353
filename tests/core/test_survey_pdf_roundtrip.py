"""The round trip of a satisfaction questionnaire: a fillable PDF goes out, the respondent
fills it (here with pypdf, as a PDF reader does), saves it under another name, and the
office imports it back: answers, score and comment are found; altered files are refused."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from .survey_factories import finished_session

HOT = 1  # « Satisfaction des apprenants à chaud », seeded by the migration


def fill(source: Path, target: Path, values: dict[str, str]) -> Path:
    """Fill form fields as a respondent would, and save to a new file."""
    writer = PdfWriter(clone_from=PdfReader(source))
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    with target.open("wb") as handle:
        writer.write(handle)
    return target


@pytest.fixture
def sent(office, tmp_path):
    surveyed = finished_session(office)
    report = office.surveys.send(surveyed.session_id, HOT, tmp_path / "envoi")
    pdfs = {Path(p).stem.rsplit(" - ", 2)[-2]: Path(p) for p in report.files if p.endswith(".pdf")}
    return surveyed, pdfs


def test_a_filled_and_renamed_questionnaire_comes_back_with_answers_and_score(
    office, sent, tmp_path
):
    surveyed, pdfs = sent
    returned = fill(
        pdfs["Hugo Martin"],
        tmp_path / "scan_0042.pdf",  # renamed by the respondent's mail program
        {
            "q1": "/n5", "q2": "/n4", "q3": "/n4", "q4": "/n5", "q5": "/c2", "q6": "/n3",
            "q7": "/n5", "q8": "/n5", "q9": "/n4", "q12": "/oui", "q13": "/n9",
            "q14": "Les exercices sur mes propres fichiers",
        },
    )  # fmt: skip

    report = office.surveys.import_pdfs([returned], on=dt.date(2026, 3, 10))

    (result,) = report.files
    assert result.status == "recognised", result.message
    assert result.respondent == "Hugo Martin"
    hugo = next(
        r for r in office.surveys.respondents(surveyed.session_id) if r.name == "Hugo Martin"
    )
    assert hugo.answered_on == dt.date(2026, 3, 10) and hugo.channel == "pdf"
    answers = office.surveys.answers(hugo.evaluation_id)
    assert answers[1] == (5, "") and answers[13] == (9, "") and answers[12] == (1, "")
    assert answers[5] == (2, "Adapté")  # the choice's position and its text
    assert answers[14] == (None, "Les exercices sur mes propres fichiers")
    # notes 5,4,4,5,3,5,5,4 of 5 -> 100,75,75,100,50,100,100,75; oui -> 100; 9/10 -> 88.9
    assert hugo.score == result.score == round((675 + 100 + 800 / 9) / 10)
    rate = office.surveys.return_rate(surveyed.session_id)
    assert (rate.sent, rate.answered, rate.rate) == (3, 1, 33)
    assert "Les exercices sur mes propres fichiers" in [
        c.text for c in office.surveys.results(session_id=surveyed.session_id).comments
    ]


def test_a_second_return_is_kept_apart_until_the_user_chooses_to_replace(office, sent, tmp_path):
    surveyed, pdfs = sent
    first = fill(pdfs["Hélène Lefèvre"], tmp_path / "a.pdf", {"q1": "/n2"})
    second = fill(pdfs["Hélène Lefèvre"], tmp_path / "b.pdf", {"q1": "/n5"})
    office.surveys.import_pdfs([first])

    kept = office.surveys.import_pdfs([second])
    assert kept.files[0].status == "already" and "déjà répondu" in kept.files[0].message
    evaluation = kept.files[0].evaluation_id
    assert office.surveys.answers(evaluation)[1] == (2, "")

    replaced = office.surveys.import_pdfs([second], replace=True)
    assert replaced.files[0].status == "replaced"
    assert office.surveys.answers(evaluation)[1] == (5, "")


def test_unknown_altered_blank_and_foreign_files_are_refused_without_writing(
    office, sent, tmp_path
):
    surveyed, pdfs = sent
    altered = fill(pdfs["Inès Petit"], tmp_path / "altered.pdf", {"q1": "/n3"})
    writer = PdfWriter(clone_from=PdfReader(altered))
    writer.update_page_form_field_values(
        writer.pages[0], {"formadesk_jeton": "0" * 32}, auto_regenerate=False
    )
    with (tmp_path / "tampered.pdf").open("wb") as handle:
        writer.write(handle)
    unknown = tmp_path / "other-office.pdf"
    writer = PdfWriter(clone_from=PdfReader(altered))
    writer.add_metadata({"/Keywords": "formadesk-questionnaire jeton=" + "f" * 32})
    writer.update_page_form_field_values(
        writer.pages[0], {"formadesk_jeton": "f" * 32}, auto_regenerate=False
    )
    with unknown.open("wb") as handle:
        writer.write(handle)
    invoice = tmp_path / "facture.pdf"
    canvas = Canvas(str(invoice))
    canvas.drawString(100, 700, "Facture n° 12")
    canvas.save()
    empty = shutil.copy(pdfs["Hugo Martin"], tmp_path / "vide.pdf")
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("pas un PDF")
    wrong_value = fill(pdfs["Hugo Martin"], tmp_path / "bad.pdf", {"q1": "/n4", "q2": "/n9"})

    report = office.surveys.import_pdfs(
        [tmp_path / "tampered.pdf", unknown, invoice, empty, not_pdf, wrong_value]
    )

    statuses = [(Path(f.path).name, f.status) for f in report.files]
    assert statuses == [
        ("tampered.pdf", "unknown"),
        ("other-office.pdf", "unknown"),
        ("facture.pdf", "not_questionnaire"),
        ("vide.pdf", "empty"),
        ("notes.pdf", "unreadable"),
        ("bad.pdf", "invalid"),
    ]
    messages = {Path(f.path).name: f.message for f in report.files}
    assert "modifié" in messages["tampered.pdf"]
    assert "inconnu" in messages["other-office.pdf"]
    assert "n'est pas un questionnaire" in messages["facture.pdf"]
    assert "aucune réponse" in messages["vide.pdf"]
    assert messages["notes.pdf"] == (
        "« notes.pdf » n'est pas un PDF lisible : le fichier est endommagé ou incomplet. "
        "Demandez au répondant de le renvoyer."
    )  # French only: no exception name such as PdfStreamError
    assert "« n9 »" in messages["bad.pdf"] or "note de 1 à 5" in messages["bad.pdf"]
    assert report.stored == 0
    assert all(r.answered_on is None for r in office.surveys.respondents(surveyed.session_id))


def test_a_folder_of_returns_is_read_whole(office, sent, tmp_path):
    surveyed, pdfs = sent
    inbox = tmp_path / "retours"
    inbox.mkdir()
    fill(pdfs["Hugo Martin"], inbox / "1.pdf", {"q1": "/n4"})
    fill(pdfs["Hélène Lefèvre"], inbox / "2.PDF", {"q12": "/non"})
    (inbox / "lisez-moi.txt").write_text("rien")

    report = office.surveys.import_pdfs([inbox])

    assert [f.status for f in report.files] == ["recognised", "recognised"]
    assert {f.score for f in report.files} == {75, 0}


def test_a_blank_questionnaire_prints_without_fields_and_is_not_matched(office, sent, tmp_path):
    surveyed, _ = sent
    blank = office.surveys.blank_pdf(HOT, tmp_path / "vierge.pdf", session_id=surveyed.session_id)

    reader = PdfReader(blank)
    assert not reader.get_fields()  # to print and fill by hand
    text = reader.pages[0].extract_text()
    assert "Satisfaction des apprenants à chaud" in text and "2026-EXCEL-INT-001" in text
    (result,) = office.surveys.import_pdfs([blank]).files
    assert result.status == "unknown" and "vierge" in result.message


def test_a_truncated_pdf_and_a_mail_are_explained_in_french(office, sent, tmp_path):
    _surveyed, pdfs = sent
    truncated = tmp_path / "casse.pdf"
    truncated.write_bytes(pdfs["Hugo Martin"].read_bytes()[:1500])
    mail = tmp_path / "réponse.eml"
    mail.write_text("Subject: questionnaire\n\nCi-joint.")

    report = office.surveys.import_pdfs([truncated, mail])

    broken, ignored = report.files
    # Its own label: a damaged file may well be a questionnaire, to be sent again.
    assert (broken.status, broken.status_label) == ("unreadable", "Illisible")
    assert "endommagé ou incomplet" in broken.message and "renvoyer" in broken.message
    assert "Error" not in broken.message and "(" not in broken.message
    assert (ignored.status, ignored.status_label) == ("ignored", "Ignoré")
    assert ignored.message == (
        "« réponse.eml » n'est pas un questionnaire PDF ni un classeur : ignoré."
    )
    assert (report.stored, report.ignored) == (0, 1)


def test_a_locked_pdf_says_what_to_do(office, sent, monkeypatch):
    import pypdf

    _surveyed, pdfs = sent

    def locked(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(pypdf, "PdfReader", locked)
    (result,) = office.surveys.import_pdfs([pdfs["Hugo Martin"]]).files
    assert result.status_label == "Illisible"
    assert "accès refusé" in result.message and "Permission" not in result.message
