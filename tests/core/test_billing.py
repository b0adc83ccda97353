"""Invoicing: subrogation split, absences, gap-free numbers, credit notes, dédits, payments."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from formadesk.core.errors import BusinessRuleError, ValidationError
from formadesk.core.model import (
    Attendance,
    Client,
    Enrollment,
    Invoice,
    InvoiceCounter,
    InvoiceLine,
    Organisation,
    Slot,
)
from formadesk.core.services import billing_numbers
from formadesk.core.services.parties import ClientData, FunderData
from tests.libreoffice import convert_to_pdf

from .factories import make_course, make_learner, make_session

DAY = dt.date(2027, 3, 5)


@pytest.fixture
def billed(office):
    """Session of 14 h on 28-29 December 2026. Hélène: 1 200 €, 900 € from the OPCO in
    subrogation, 10 h 30 attended; Jérôme: 690 € all paid by the OPCO, present throughout;
    Marc pays himself."""
    session_id = make_session(office, make_course(office), start=dt.date(2026, 12, 28))
    client = office.parties.save_client(
        ClientData(name="Boulangerie Émile & Fils", siret="44298176700019")
    )
    opco = office.parties.save_funder(
        FunderData(
            name="OPCO Atlas", kind="opco", address="1 place Bellecour", postal_code="69002",
            city="Lyon",
        )
    )  # fmt: skip
    enroll = office.enrollments.enroll
    helene = enroll(
        session_id=session_id, learner_id=make_learner(office), client_id=client,
        funder_id=opco, price_cents=120000, funder_amount_cents=90000, subrogation=True,
        agreement_number="PEC-2027-123456",
    )  # fmt: skip
    jerome = enroll(
        session_id=session_id, learner_id=make_learner(office, "Béranger", "Jérôme"),
        client_id=client, funder_id=opco, subrogation=True,
    )  # fmt: skip
    marc = enroll(session_id=session_id, learner_id=make_learner(office, "N'Diaye", "Marc"))
    with office.database.unit_of_work() as s:
        slots = s.scalars(select(Slot.id).where(Slot.session_id == session_id)).all()
        for slot_id, minutes in zip(slots, (210, 210, 210, 0), strict=True):
            status = "present" if minutes else "absent"  # « present » alone counts in full
            s.add(
                Attendance(
                    slot_id=slot_id, enrollment_id=helene, status=status, minutes_attended=minutes
                )
            )
            s.add(Attendance(slot_id=slot_id, enrollment_id=jerome, status="present"))
    return {"session": session_id, "client": client, "opco": opco, "helene": helene,
            "jerome": jerome, "marc": marc}  # fmt: skip


def _lines(office, invoice_id):
    with office.database.reading() as s:
        query = select(InvoiceLine.label, InvoiceLine.unit_price_cents, InvoiceLine.enrollment_id)
        return s.execute(query.where(InvoiceLine.invoice_id == invoice_id)).all()


def test_funder_pays_its_share_prorated_on_attendance_and_the_client_the_rest(office, billed):
    ids = office.billing.invoice_session(billed["session"], issued_on=DAY)
    rows = office.billing.invoices(billed["session"])

    assert [r.id for r in rows] == ids
    assert [(r.number, r.payer_name, r.total_ttc_cents) for r in rows] == [
        ("F2027-0001", "OPCO Atlas", 67500 + 69000),  # 900 € × 10,5 h / 14 h + Jérôme's 690 €
        ("F2027-0002", "Boulangerie Émile & Fils", 30000 + 22500),  # rest + absences
        ("F2027-0003", "Marc N'Diaye", 69000),  # a private person pays for himself
    ]
    assert sum(r.total_ttc_cents for r in rows) == 120000 + 69000 + 69000
    labels = [label for label, *_ in _lines(office, ids[1])]
    assert labels[1] == (
        "Heures d'absence non prises en charge par OPCO Atlas — Hélène Lefèvre (3 h 30 d'absence)"
    )
    assert "10 h 30 réalisées sur 14 h — prise en charge n° PEC-2027-123456" in (
        _lines(office, ids[0])[1].label
    )
    with office.database.reading() as s:
        marc = s.get(Enrollment, billed["marc"])
        client = s.get(Client, marc.client_id)
        assert (client.kind, client.name) == ("particulier", "Marc N'Diaye")
        assert all(rate == 0 for rate in s.scalars(select(InvoiceLine.vat_rate_permille)))
    assert rows[0].due_on == DAY + dt.timedelta(days=30)


def test_a_session_is_not_invoiced_twice_unless_cancelled_by_a_credit_note(office, billed):
    ids = office.billing.invoice_session(billed["session"], issued_on=DAY)
    with pytest.raises(BusinessRuleError, match="déjà facturée .*annulez d'abord"):
        office.billing.invoice_session(billed["session"], issued_on=DAY)

    credit = office.billing.cancel_invoice(ids[1], "Prix erroné", issued_on=DAY)
    again = office.billing.invoice_session(billed["session"], issued_on=DAY)

    rows = {r.id: r for r in office.billing.invoices()}
    assert (rows[ids[1]].number, rows[ids[1]].status) == ("F2027-0002", "annulee")
    assert (rows[credit].number, rows[credit].kind, rows[credit].cancels_number) == (
        "F2027-0004", "avoir", "F2027-0002",
    )  # fmt: skip
    assert rows[credit].total_ttc_cents == -rows[ids[1]].total_ttc_cents
    assert [rows[i].number for i in again] == ["F2027-0005"]  # only the cancelled payer
    with pytest.raises(BusinessRuleError, match="déjà annulée"):
        office.billing.cancel_invoice(ids[1], "Encore")
    with pytest.raises(BusinessRuleError, match="un avoir ne s'annule pas"):
        office.billing.cancel_invoice(credit, "Non")


def test_numbers_are_gap_free_per_year_and_follow_the_dates(office, billed):
    office.settings.set("billing.invoice_pattern", "FA-{year}-{n:05d}")
    office.billing.invoice_session(billed["session"], issued_on=dt.date(2026, 12, 30))
    office.enrollments.set_status(billed["jerome"], "annule")
    fee = office.billing.invoice_cancellation_fee
    with pytest.raises(BusinessRuleError, match="ne peut pas être antérieure"):
        fee(billed["jerome"], 20700, issued_on=dt.date(2026, 12, 29))
    fee(billed["jerome"], 20700, issued_on=dt.date(2027, 1, 2))

    numbers = [(r.number, r.kind) for r in office.billing.invoices()]
    assert numbers == [
        ("FA-2026-00001", "facture"),
        ("FA-2026-00002", "facture"),
        ("FA-2026-00003", "facture"),
        ("FA-2027-00001", "dedit"),
    ]
    with office.database.reading() as s:
        counters = s.execute(select(InvoiceCounter.year, InvoiceCounter.last_sequence)).all()
    assert sorted(counters) == [(2026, 3), (2027, 1)]
    office.settings.set("billing.invoice_pattern", "FACT-{n}")
    with pytest.raises(BusinessRuleError, match="modèle de numéro"):
        office.billing.cancel_invoice(1, "Erreur", issued_on=dt.date(2027, 1, 2))


def test_a_failure_after_the_counter_moved_consumes_no_number(office, billed, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("disque plein")

    monkeypatch.setattr(billing_numbers, "write_lines", broken)  # after the counter moved
    with pytest.raises(RuntimeError):
        office.billing.invoice_session(billed["session"], issued_on=DAY)
    with office.database.reading() as s:
        assert s.scalars(select(Invoice)).all() == []
        assert s.get(InvoiceCounter, 2027) is None
        assert s.get(Enrollment, billed["marc"]).client_id is None  # nothing half written
    monkeypatch.undo()
    office.billing.invoice_session(billed["session"], issued_on=DAY)
    assert [r.number for r in office.billing.invoices()][0] == "F2027-0001"


def test_dedit_is_a_separate_invoice_for_a_cancelled_enrollment_only(office, billed):
    with pytest.raises(BusinessRuleError, match="n'est pas annulée"):
        office.billing.invoice_cancellation_fee(billed["helene"], 36000)
    office.enrollments.set_status(billed["helene"], "annule", reason="Désistement tardif")
    with pytest.raises(ValidationError, match="dépasse le prix de la formation"):
        office.billing.invoice_cancellation_fee(billed["helene"], 500000, issued_on=DAY)
    assert office.billing.invoices() == []  # refused: nothing issued, no number taken
    dedit = office.billing.invoice_cancellation_fee(billed["helene"], 36000, issued_on=DAY)
    with pytest.raises(BusinessRuleError, match="déjà facturé"):
        office.billing.invoice_cancellation_fee(billed["helene"], 36000)

    (row,) = office.billing.invoices()
    assert (row.id, row.kind, row.kind_label, row.payer_name, row.total_ttc_cents) == (
        dedit, "dedit", "Facture de dédit", "Boulangerie Émile & Fils", 36000,
    )  # fmt: skip
    assert _lines(office, dedit)[0].label.startswith("Dédit — Excel intermédiaire")
    ids = office.billing.invoice_session(billed["session"], issued_on=DAY)
    assert len(ids) == 2  # Hélène's enrollment is cancelled: the OPCO pays for Jérôme only


def test_payments_and_overdue_invoices(office, billed):
    ids = office.billing.invoice_session(billed["session"], issued_on=DAY)
    later = DAY + dt.timedelta(days=45)
    assert [r.id for r in office.billing.overdue(DAY)] == []
    assert [r.days_late(later) for r in office.billing.overdue(later)] == [15, 15, 15]

    office.billing.mark_paid(ids[0], DAY + dt.timedelta(days=20))
    credit = office.billing.cancel_invoice(ids[2], "Formation offerte", issued_on=DAY)
    assert [r.id for r in office.billing.overdue(later)] == [ids[1]]
    with pytest.raises(BusinessRuleError, match="pas de paiement"):
        office.billing.mark_paid(credit)
    with pytest.raises(BusinessRuleError, match="précède"):
        office.billing.mark_paid(ids[1], DAY - dt.timedelta(days=1))
    paid = office.billing.invoices()[0]
    assert (paid.status_label, paid.paid_on) == ("Payée", DAY + dt.timedelta(days=20))


def test_vat_at_20_percent_when_the_office_is_not_exempt(office, billed):
    with office.database.unit_of_work() as s:
        s.scalar(select(Organisation)).vat_exempt = False
    office.billing.invoice_session(billed["session"], issued_on=DAY)
    client_invoice = office.billing.invoices()[1]
    assert (client_invoice.total_ht_cents, client_invoice.total_vat_cents) == (52500, 10500)
    assert client_invoice.total_ttc_cents == 63000


def test_invoicing_reports_one_change(office, billed):
    seen = []
    office.changes.subscribe(seen.append)
    ids = office.billing.invoice_session(billed["session"], issued_on=DAY)
    assert [(c.entity, c.ids, c.action) for c in seen] == [("invoice", tuple(ids), "created")]


def test_funders_are_invoiced_only_once_the_session_is_over(office, billed):
    with pytest.raises(BusinessRuleError, match="n'est pas terminée"):
        office.billing.invoice_session(billed["session"], issued_on=dt.date(2026, 12, 28))
    assert office.billing.invoices() == []


def test_sales_journal_lists_the_year_in_number_order_and_opens_in_libreoffice(
    office, billed, tmp_path
):
    from openpyxl import load_workbook

    ids = office.billing.invoice_session(billed["session"], issued_on=DAY)
    office.billing.cancel_invoice(ids[1], "Erreur", issued_on=DAY)
    path = office.billing.sales_journal(tmp_path / "journal.xlsx", year=2027)

    sheet = load_workbook(path).active
    values = [row for row in sheet.iter_rows(min_row=4, values_only=True)]
    assert [(v[0], v[1], v[8]) for v in values[:4]] == [
        ("F2027-0001", "Facture", 1365.0),
        ("F2027-0002", "Facture", 525.0),
        ("F2027-0003", "Facture", 690.0),
        ("F2027-0004", "Avoir", -525.0),
    ]
    assert values[4][0] == "Total" and values[4][8] == "=SUM(I4:I7)"
    assert convert_to_pdf(path, tmp_path / "lo").stat().st_size > 1000
