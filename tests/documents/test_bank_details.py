"""The office's bank details as the client reads them on a quote: grouped by four, with BIC."""

from __future__ import annotations

from sqlalchemy import select
from test_before_support import enrich, pdf_text

from formadesk.core.model import Setting


def test_the_quote_prints_the_iban_grouped_by_four_and_the_bic(desk, seeded):
    ids = enrich(desk, seeded)
    with desk.database.unit_of_work() as s:  # stored compact, as the settings window does
        s.scalar(
            select(Setting).where(Setting.key == "billing.iban")
        ).value = "FR7630006000011234567890189"
        s.add(Setting(key="billing.bic", value="AGRIFRPP"))

    (path,) = desk.documents.generate("devis", ids["session"])

    assert "IBAN FR76 3000 6000 0112 3456 7890 189 · BIC AGRIFRPP" in pdf_text(path)
