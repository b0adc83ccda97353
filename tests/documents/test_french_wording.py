"""French typography and wording on paper, read back with pdftotext as a client reads it."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

from docx import Document
from sqlalchemy import select
from test_billing_invoice import billing  # noqa: F401  (the invoiced session)
from test_docx_matches_pdf import attended  # noqa: F401  (a session over and attended)

from formadesk.core import formatting as fmt
from formadesk.core.model import (
    Client,
    Enrollment,
    Funder,
    FundingLine,
    Learner,
    Setting,
    Slot,
    TrainingSession,
)


def pdf_text(path, *layout: str) -> str:
    args = ["pdftotext", *layout, "-enc", "UTF-8", str(path), "-"]
    return subprocess.run(args, capture_output=True, check=True, text=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def convocation(desk, seeded) -> str:
    (path,) = desk.documents.generate(
        "convocation", seeded["session"], enrollment_ids=[seeded["helene"]]
    )
    return flat(pdf_text(path))


def test_the_first_of_the_month_is_1er_in_long_dates(desk, seeded):
    with desk.database.unit_of_work() as s:
        session = s.get(TrainingSession, seeded["session"])
        session.start_date, session.end_date = dt.date(2026, 10, 1), dt.date(2026, 10, 2)
        for slot in s.scalars(select(Slot).where(Slot.session_id == session.id)):
            slot.date = dt.date(2026, 10, 1 if slot.date.day == 7 else 2)

    text = convocation(desk, seeded)

    assert "du jeudi 1er octobre 2026 au vendredi 2 octobre 2026" in text
    assert " 1 octobre" not in text
    assert fmt.date_medium(dt.date(2027, 1, 1)) == "1er janvier 2027"


def test_convocation_says_what_to_bring_from_the_office_default(desk, seeded):
    with desk.database.unit_of_work() as s:
        s.get(TrainingSession, seeded["session"]).what_to_bring = ""
    text = convocation(desk, seeded)
    assert "À prévoir" in text and "• Une pièce d'identité, de quoi prendre des notes." in text

    with desk.database.unit_of_work() as s:
        s.add(Setting(key="documents.what_to_bring", value="Votre badge\nDes chaussures fermées"))
    text = convocation(desk, seeded)
    assert "• Votre badge" in text and "• Des chaussures fermées" in text


def test_salarie_de_l_entreprise_only_for_an_employee(desk, attended):  # noqa: F811
    def certificat() -> str:
        (path,) = desk.documents.generate(
            "certificat_realisation", attended["session"], enrollment_ids=[attended["helene"]]
        )
        return flat(pdf_text(path))

    assert "salarié(e) de l'entreprise Boulangerie Émile & Fils" in certificat()
    with desk.database.unit_of_work() as s:
        s.get(Learner, attended["helene_learner"]).status = "demandeur_emploi"
    text = certificat()
    assert "salarié" not in text
    assert "Mme Hélène Lefèvre a suivi l'action" in text


def test_a_cpf_funder_is_named_once(desk, seeded):
    with desk.database.unit_of_work() as s:
        cpf = Funder(name="Caisse des Dépôts (Mon Compte Formation)", kind="cpf")
        s.add(cpf)
        s.flush()
        line = s.scalar(select(FundingLine).where(FundingLine.enrollment_id == seeded["helene"]))
        line.funder_id, line.scheme = cpf.id, "cpf"
        s.get(Enrollment, seeded["helene"]).funding_scheme = "cpf"
        s.scalar(select(Client)).siret = "55210055400013"
    (path,) = desk.documents.generate("convention", seeded["session"])

    text = flat(pdf_text(path))

    assert "Caisse des Dépôts (Mon Compte Formation) CPF" in text
    assert "(CPF (Caisse des Dépôts))" not in text and "Dépôts) (CPF" not in text


def test_a_credit_note_is_titled_avoir_in_pdf_and_word(seeded, billing):  # noqa: F811
    ids = billing.invoice_session(seeded["session"], issued_on=dt.date(2026, 12, 9))
    credit = billing.cancel_invoice(ids[1], "Erreur sur le prix", issued_on=dt.date(2026, 12, 9))

    pdf = flat(pdf_text(billing.render_invoice(credit)))
    word = Document(str(billing.render_invoice(credit, file_format="docx")))
    texts = [p.text for p in word.paragraphs] + [word.core_properties.title]

    assert pdf.count("Avoir n° F2026-0004") >= 1 and "Facture n° F2026-0004" not in pdf
    assert "Avoir n° F2026-0004" in texts
    assert not any(t.startswith("Facture") for t in texts if t)


def test_amounts_and_emails_are_never_cut_in_lists(desk, seeded):
    with desk.database.unit_of_work() as s:
        s.get(Enrollment, seeded["helene"]).price_cents = 123456789  # 1 234 567,89 €
        helene = s.get(Learner, seeded["helene_learner"])
        helene.email = "helene.lefevre-de-la-tour-dauvergne@boulangerie-emile-et-fils.fr"
    (client_list,) = desk.documents.generate("liste_client", seeded["session"])
    (participants,) = desk.documents.generate("liste_participants", seeded["session"])

    amounts = pdf_text(client_list, "-layout")
    assert re.search(r"Total des inscrits actifs +1\s234\s567,89\s€\n", amounts), amounts
    emails = pdf_text(participants, "-layout")
    assert "helene.lefevre-de-la-tour-dauvergne@" in emails.replace(" ", "")
    assert "boulangerie-emile-et-fils.fr" in emails.replace(" ", "")
    assert not any(line.strip().endswith("dauver") for line in emails.splitlines())
