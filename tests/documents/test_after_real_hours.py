"""Real hours everywhere: funders are invoiced only on attendance entered, and a learner who
dropped out gets the certificat and attestation d'assiduité of the hours attended."""

from __future__ import annotations

import pytest
from attendance_docs import AFTER, START, pdf_rows, pdf_text, squashed

import formadesk.core.documents  # noqa: F401  (registers the kinds)
from formadesk.core.errors import BusinessRuleError
from formadesk.core.model import Enrollment, Funder, FundingLine
from formadesk.core.services.attendance import Mark
from tests.core.attendance_factories import held_session


def funded(office):
    """Durand: 1 400 €, all paid by the OPCO in subrogation."""
    held = held_session(office, START)
    durand = held.enrollments[0]
    with office.database.unit_of_work() as s:
        opco = Funder(name="OPCO Atlas", address="1 rue A", postal_code="69001", city="Lyon")
        s.add(opco)
        s.flush()
        s.get(Enrollment, durand).price_cents = 140000
        s.add(FundingLine(enrollment_id=durand, funder_id=opco.id, amount_cents=140000,
                          subrogation=True, status="accordee"))  # fmt: skip
    return held


def test_a_funder_is_not_invoiced_while_a_half_day_is_not_entered(office):
    held = funded(office)
    durand = held.enrollments[0]
    first_three = [Mark(durand, slot, "present") for slot in held.slots[:3]]
    office.attendance.save(held.session_id, first_three, today=AFTER)

    with pytest.raises(BusinessRuleError) as refused:
        office.billing.invoice_session(held.session_id, issued_on=AFTER)
    message = str(refused.value)
    assert "ne peut pas être facturée aux financeurs" in message
    assert "mardi 3 novembre 2026 après-midi (Léa Durand)" in message
    assert "lundi" not in message  # only what is missing
    assert office.billing.invoices(held.session_id) == []  # nothing issued

    # A justified absence is still an absence: the funder does not pay it.
    office.attendance.save(held.session_id, [Mark(durand, held.slots[3], "absent_excuse")],
                           today=AFTER)  # fmt: skip
    funder, *_ = office.billing.invoice_session(held.session_id, issued_on=AFTER)
    text = pdf_text(office.billing.render_invoice(funder))
    assert "10 h 30 réalisées sur 14 h" in text
    assert "1 050,00 €" in text  # 1 400 € × 10,5 / 14


def test_a_learner_who_dropped_out_gets_the_hours_attended_until_then(office, tmp_path):
    held = held_session(office, START)
    petit = held.enrollments[2]
    monday = [Mark(petit, slot, "present") for slot in held.slots[:2]]
    office.attendance.save(held.session_id, monday, today=AFTER)
    office.attendance.drop_out(petit, START, "Reprise d'emploi", today=AFTER)

    (certificat,) = office.documents.generate(
        "certificat_realisation", held.session_id, enrollment_ids=[petit], out_dir=tmp_path
    )
    (assiduite,) = office.documents.generate(
        "attestation_assiduite", held.session_id, enrollment_ids=[petit], out_dir=tmp_path
    )
    assert "pour une durée de 7 h." in pdf_text(certificat)
    rows = pdf_rows(assiduite)
    assert any(row.startswith(squashed("mardi 3 novembre 2026")) for row in rows)
    assert sum(squashed("Abandon") in row for row in rows) == 2  # Tuesday's two half-days
    assert not any("abandon" in row for row in rows)  # the status key never reaches paper
