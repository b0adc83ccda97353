"""The BPF (bilan pédagogique et financier, cerfa 10443) of a financial year: every box,
the rows behind each, what to check before trusting it, and its PDF, Excel and JSON.

Conventions (also written, in French, in ``BpfReport.notes`` and printed with the report):

- **Financial year AAAA**: from the day set in ``bpf.year_start`` (« JJ/MM », 01/01 by
  default) of AAAA to the day before, one year later.
- **Learner-hours** are hours actually attended, through ``services.attended_hours``, on the
  half-days dated in the year. A person is counted once per enrolment that attended at least
  one minute on a half-day of the year: a session across two years counts its learners in both
  years, each with its own hours.
- **F-1** from the learner's status (salarié a, apprenti b, demandeur d'emploi c,
  particulier d, autre e; a salarié sent by a public-body client is e); no status: counted on
  a line of its own and listed as missing.
- **Subcontracting** per the cerfa's notice (DOMAIN.md says the reverse; the notice is
  followed): F-2 = learners of sessions the office entrusted to another training office
  (``TrainingSession.subcontractor``), also in F-1, F-3, F-4; G = learners another training
  office entrusted to the office (client kind « organisme_formation »), in G only, their
  invoices in C-10.
- **C**: invoice lines of invoices issued in the year, HT; a credit note subtracts from the
  line of the invoice it cancels (same payer, same enrolment, the hand-chosen line of the
  cancelled line); dédits (kind « dedit », and credit notes cancelling one) are not training
  income and are left out (their sum is said in the notes). The line of each invoice line:
  see ``bpf_rules.income_line``. C-2 g has no scheme today (chosen by hand). The share of the
  global turnover is not computed.
- **D**: costs spent in the year (total, salaries of trainers, bought training).
- **E**: trainers of the half-days of the year already begun, of sessions not cancelled
  (``slot_trainers``, else the session's trainers), unless marked absent; hours = durations.
- **F-3** by ``Course.bpf_objective``, **F-4** by ``Course.nsf_code`` (all codes, most hours
  first; the cerfa asks for the five main ones).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import select

from ..errors import BusinessRuleError, ValidationError
from ..files import atomic_path
from ..model import InvoiceLine, Organisation, Setting
from ..services.base import Service, get_or_fail
from ..services.settings import DEFAULTS
from ..services.settings_checks import BPF_YEAR_START
from .bpf_boxes import dedits_cents, sections
from .bpf_data import LINE_CHOICES, BoxTrace, BpfReport, MissingItem
from .bpf_facts import YearFacts, read_year
from .bpf_missing import missing_items
from .bpf_notes import notes
from .bpf_trace import formatted, typed_trace

FIRST_YEAR, LAST_YEAR = 1990, 2100
FORMATS = (".pdf", ".xlsx", ".json")


def check_year(year: object) -> int:
    """The year as an int, or a French ValidationError."""
    if isinstance(year, bool) or not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            {"year": f"L'exercice est une année sur quatre chiffres ({FIRST_YEAR} à {LAST_YEAR})."}
        )
    return year


def checked_bpf_path(out: Path | str) -> Path:
    """``out`` once safe to write, ending in .pdf, .xlsx or .json; else a French error."""
    from ..outputs import checked_output_path

    suffix = Path(out).suffix.lower()
    if suffix not in FORMATS:
        raise BusinessRuleError(
            "Le BPF s'enregistre en PDF (.pdf), en Excel (.xlsx) ou en JSON (.json) : "
            f"choisissez un nom de fichier qui se termine ainsi (« {Path(out).name} »)."
        )
    return checked_output_path(out, suffix=suffix)


def financial_year(year: int, year_start: str) -> tuple[dt.date, dt.date]:
    """[start, end] of the financial year ``year`` starting on « JJ/MM » (01/01 if unreadable)."""
    try:
        day, month = (int(part) for part in year_start.strip().split("/"))
        start = dt.date(year, month, day)
    except ValueError:
        start = dt.date(year, 1, 1)
    end = start.replace(year=year + 1) - dt.timedelta(days=1)
    return start, end


class BpfService(Service):
    """Bilan pédagogique et financier of a financial year (``office.bpf``)."""

    # -- the year -------------------------------------------------------------------------
    def _year_start(self, s) -> str:
        value = s.scalar(select(Setting.value).where(Setting.key == BPF_YEAR_START))
        return value if value else DEFAULTS[BPF_YEAR_START]

    def period(self, year: int) -> tuple[dt.date, dt.date]:
        """The financial year ``year``: from ``bpf.year_start`` of that year to the day before,
        one year later."""
        check_year(year)
        with self._db.reading() as s:
            return financial_year(year, self._year_start(s))

    def _facts(self, s, year: int, today: dt.date | None) -> tuple[YearFacts, str]:
        year_start = self._year_start(s)
        start, end = financial_year(check_year(year), year_start)
        return read_year(s, year, start, end, today or dt.date.today()), year_start

    # -- figures --------------------------------------------------------------------------
    def compute(self, year: int, *, today: dt.date | None = None) -> BpfReport:
        """Every box of the year, its conventions and what to check (``today`` bounds the
        half-days already held: the real date by default)."""
        with self._db.reading() as s:
            facts, year_start = self._facts(s, year, today)
            org = s.scalar(select(Organisation).order_by(Organisation.id).limit(1))
            identity = _identity(org)
        return BpfReport(
            year=year,
            start=facts.start,
            end=facts.end,
            sections=sections(facts),
            notes=notes(facts.start, facts.end, year_start, dedits_cents(facts)),
            missing=tuple(missing_items(facts)),
            made_on=facts.today,
            **identity,
        )

    def missing(self, year: int, *, today: dt.date | None = None) -> list[MissingItem]:
        """The missing or doubtful data of the year, each with its fix."""
        with self._db.reading() as s:
            facts, _start = self._facts(s, year, today)
        return missing_items(facts)

    def trace(self, year: int, box: str, *, today: dt.date | None = None) -> BoxTrace:
        """The rows behind one box (``BpfLine.box``), formatted in French."""
        with self._db.reading() as s:
            facts, _start = self._facts(s, year, today)
        return formatted(typed_trace(facts, box))

    # -- files ----------------------------------------------------------------------------
    def export(self, year: int, out: Path | str, *, today: dt.date | None = None) -> Path:
        """Write the BPF as .pdf (laid out like the cerfa), .xlsx or .json, by ``out``'s suffix."""
        path = checked_bpf_path(out)
        return self.write(self.compute(year, today=today), path)

    def write(self, report: BpfReport, out: Path | str) -> Path:
        """Write a BPF already computed (``compute``) as .pdf, .xlsx or .json, by suffix."""
        path = checked_bpf_path(out)
        if path.suffix.lower() == ".json":
            with atomic_path(path) as temp:
                text = json.dumps(report.as_json(), ensure_ascii=False, indent=2)
                Path(temp).write_text(text + "\n", encoding="utf-8")
            return path
        if path.suffix.lower() == ".xlsx":
            from ..documents.reports.bpf_xlsx import write_bpf_xlsx

            return write_bpf_xlsx(report, path)
        from ..documents.engine.builders import organisation_info
        from ..documents.reports.bpf_pdf import write_bpf_pdf

        with self._db.reading() as s:
            org = organisation_info(s)
        return write_bpf_pdf(report, org, path)

    def export_trace(
        self, year: int, box: str, out: Path | str, *, today: dt.date | None = None
    ) -> Path:
        """The rows of one box as an Excel workbook."""
        from ..documents.reports.bpf_xlsx import write_trace_xlsx
        from ..outputs import checked_output_path

        path = checked_output_path(out, suffix=".xlsx")
        with self._db.reading() as s:
            facts, _start = self._facts(s, year, today)
            org = s.scalar(select(Organisation.name).order_by(Organisation.id).limit(1)) or ""
        trace = typed_trace(facts, box)
        period = f"Exercice {year}, du {facts.start:%d/%m/%Y} au {facts.end:%d/%m/%Y}"
        return write_trace_xlsx(trace, org, period, path)

    # -- the fix of « ligne de facture sans origine » --------------------------------------
    def set_line_source(self, invoice_line_id: int, bpf_line: str) -> None:
        """Say by hand in which C line an invoice line is declared ("" = derived again)."""
        code = (bpf_line or "").strip().lower().removeprefix("c-").replace(" ", "")
        if code and code not in LINE_CHOICES:
            choices = ", ".join(LINE_CHOICES)
            raise ValidationError(
                {"bpf_line": f"« {bpf_line} » n'est pas une ligne du cadre C : choisissez parmi "
                 f"{choices}."}
            )  # fmt: skip
        with self._db.unit_of_work() as s:
            line = get_or_fail(s, InvoiceLine, invoice_line_id, "La ligne de facture")
            line.bpf_line = code
            invoice_id = line.invoice_id
        self._emit("invoice", invoice_id, "updated")


def _identity(org: Organisation | None) -> dict[str, str]:
    if org is None:
        return {"organisation": "", "nda": "", "siret": "", "address": "", "legal_form": ""}
    town = f"{org.postal_code or ''} {org.city or ''}".strip()
    address = ", ".join(p for p in ((org.address or "").replace("\n", ", "), town) if p)
    signatory = ", ".join(p for p in (org.signatory_name, org.signatory_title) if p)
    return {
        "organisation": org.name or "",
        "nda": org.nda or "",
        "siret": org.siret or "",
        "address": address,
        "legal_form": org.legal_form or "",
        "signatory": signatory,
    }
