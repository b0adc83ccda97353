"""Settings are checked in the core, one rule per key, and saved all together or not at all."""

from __future__ import annotations

import pytest

from formadesk.core.errors import ValidationError
from formadesk.core.services.organisation import OrganisationData

IBAN = "FR76 3000 6000 0112 3456 7890 189"


def test_a_good_iban_and_bic_are_stored_compact(office):
    saved = office.settings.save_many(
        {
            "billing.iban": IBAN.lower(),
            "billing.bic": "agri frpp",
            "billing.payment_days": "45",
            "documents.payment_terms": "Paiement à 45 jours, par virement.",
        }
    )

    assert saved["billing.iban"] == "FR7630006000011234567890189"
    assert office.settings.get("billing.iban") == "FR7630006000011234567890189"
    assert office.settings.get("billing.bic") == "AGRIFRPP"
    assert office.settings.get("billing.payment_days") == "45"


def test_one_wrong_value_refuses_the_whole_save_with_french_messages(office):
    with pytest.raises(ValidationError) as caught:
        office.settings.save_many(
            {
                "billing.iban": "FR76 3000 6000 0112 3456 7890 188",  # one digit off
                "billing.bic": "AGRI",
                "billing.payment_days": "200",
                "documents.late_penalty": "   ",
                "billing.quote_validity_days": "60",
            }
        )

    errors = caught.value.errors
    assert "recopiez-le depuis votre RIB" in errors["billing.iban"]
    assert "8 ou 11 lettres" in errors["billing.bic"]
    assert errors["billing.payment_days"] == (
        "Le délai de paiement (jours) doit être un nombre entier de 0 à 60."
    )
    assert "ne peut pas être vide" in errors["documents.late_penalty"]
    assert office.settings.get("billing.quote_validity_days") == "30"  # the good one neither


def test_retention_periods_have_defaults_and_legal_minimums(office):
    assert office.settings.get("retention.invoices_years") == "10"
    assert office.settings.get("retention.attendance_years") == "3"

    with pytest.raises(ValidationError) as caught:
        office.settings.save_many({"retention.invoices_years": "5"})
    assert "de 10 à 30" in caught.value.errors["retention.invoices_years"]

    office.settings.save_many({"retention.learner_years": "5"})
    assert office.settings.get("retention.learner_years") == "5"


def test_a_number_pattern_that_repeats_is_refused(office):
    with pytest.raises(ValidationError) as caught:
        office.settings.save_many({"billing.invoice_pattern": "FACT-{n}"})
    assert "Année et Numéro" in caught.value.errors["billing.invoice_pattern"]


def test_organisation_and_settings_are_saved_together_or_not_at_all(office):
    data = OrganisationData(name="Formations du Lac")

    with pytest.raises(ValidationError) as caught:
        office.organisation.save_all(data, {"billing.iban": "FR00 1234"})
    assert list(caught.value.errors) == ["billing.iban"]
    assert office.organisation.get().name == ""  # the organisation was not written either

    office.organisation.save_all(data, {"billing.iban": IBAN, "conflict.public_holiday": "block"})
    assert office.organisation.get().name == "Formations du Lac"
    assert office.settings.get("billing.iban") == "FR7630006000011234567890189"
    assert office.planning.severities()["public_holiday"] == "block"


def test_payment_terms_may_not_announce_another_delay_than_the_due_date(office):
    with pytest.raises(ValidationError) as caught:
        office.settings.save_many({"billing.payment_days": "60"})
    assert "annoncent 30 jours" in caught.value.errors["documents.payment_terms"]

    office.settings.save_many({"documents.payment_terms": "Paiement par chèque ou virement."})
    office.settings.save_many({"billing.payment_days": "60"})  # no delay in the text: fine
    assert office.settings.get("billing.payment_days") == "60"


def test_a_complaint_is_acknowledged_before_it_is_answered(office):
    import pytest

    from formadesk.core.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        office.settings.save_many({"quality.complaint_ack_days": "20"})  # answer: 15 days
    assert (
        "ne peut pas venir après la réponse (15 jours)"
        in refused.value.errors["quality.complaint_ack_days"]
    )
    assert office.settings.get("quality.complaint_ack_days") == "2"  # nothing written
    office.settings.save_many(
        {"quality.complaint_ack_days": "20", "quality.complaint_answer_days": "30"}
    )
    assert office.settings.get("quality.complaint_ack_days") == "20"
