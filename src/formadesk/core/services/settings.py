"""The office's own texts and choices kept as key/value settings (payment terms, clauses ...)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..model import Setting
from .base import Service
from .document_families import CATEGORIES
from .settings_checks import check_settings, check_together

# Settings the documents use, with the default text when the office has not written its own.
DEFAULTS: dict[str, str] = {
    "documents.payment_terms": "Paiement à 30 jours à réception de facture, par virement.",
    "documents.late_penalty": (
        "En cas de retard de paiement, des pénalités sont dues au taux de trois fois le taux "
        "d'intérêt légal, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de "
        "40 € (art. L441-10 et D441-5 du Code de commerce)."
    ),
    "documents.cancellation_clause": (
        "En cas de renoncement du client moins de 10 jours ouvrés avant le début de la "
        "formation, un dédit de 30 % du prix est dû, facturé séparément et non imputable sur "
        "les fonds de la formation professionnelle."
    ),
    "documents.what_to_bring": "Une pièce d'identité, de quoi prendre des notes.",
    "documents.access_delay": (
        "Inscription jusqu'à 5 jours ouvrés avant le début de la session, dans la limite des "
        "places disponibles."
    ),
    "billing.quote_validity_days": "30",
    "billing.iban": "",
    "billing.bic": "",
    "billing.invoice_pattern": "F{year}-{n:04d}",
    "billing.quote_pattern": "D{year}-{n:04d}",
    "billing.payment_days": "30",
    # Years kept before deletion or anonymisation (DOMAIN.md, « Retention »).
    "retention.learner_years": "3",  # personal data, after the learner's last training
    "retention.attendance_years": "3",  # evidence and certificates, after the last payment
    "retention.invoices_years": "10",  # invoices and accounting
    # Issue 12: a person's documents kept or removed when they are anonymised, per category
    # (services/document_families: « garder » or « supprimer »; a legal retention still
    # running keeps a « supprimer » document until it ends).
    **{category.setting: category.default for category in CATEGORIES},
    # Follow-up (issue 10): days after a session's last day before the trainer is reminded of
    # missing results; days to acknowledge and to answer a complaint.
    "evaluations.results_reminder_days": "7",
    "quality.complaint_ack_days": "2",
    "quality.complaint_answer_days": "15",
    # Issue 12: the first day of the office's financial year (JJ/MM), for the BPF; a year
    # « AAAA » is the financial year that starts on that day of AAAA.
    "bpf.year_start": "01/01",
}


class SettingsService(Service):
    """Read and write the office's settings; unknown keys read as ""."""

    def get(self, key: str) -> str:
        with self._db.reading() as s:
            value = s.scalar(select(Setting.value).where(Setting.key == key))
        return DEFAULTS.get(key, "") if value is None else value

    def all(self, prefix: str = "") -> dict[str, str]:
        """Every known setting under ``prefix``, the office's value or the default."""
        values = {k: v for k, v in DEFAULTS.items() if k.startswith(prefix)}
        with self._db.reading() as s:
            for key, value in s.execute(
                select(Setting.key, Setting.value).where(Setting.key.startswith(prefix))
            ):
                values[key] = value
        return values

    def set(self, key: str, value: str) -> None:
        """Write one setting as it is, unchecked (scripts, tests of old data); the settings
        window goes through ``save_many``."""
        with self._db.unit_of_work() as s:
            write_settings(s, {key: value})
        self._emit("settings", (), "updated")

    def save_many(self, values: dict[str, str]) -> dict[str, str]:
        """Check every value, then write them all in one transaction (or nothing).

        Raises ``ValidationError`` keyed by setting key (French messages). Returns the values
        as stored (IBAN without spaces ...).
        """
        cleaned = check_settings(values)
        with self._db.unit_of_work() as s:
            check_together(cleaned, stored_settings(s))
            write_settings(s, cleaned)
        self._emit("settings", (), "updated", "planning", "task")
        return cleaned


def stored_settings(s: Session) -> dict[str, str]:
    """Every setting as the documents read it: the office's value, else the default."""
    return DEFAULTS | dict(s.execute(select(Setting.key, Setting.value)).all())


def write_settings(s: Session, values: dict[str, str]) -> None:
    """Write already checked settings inside the caller's transaction.

    A new delay for reminding the trainers of missing results moves the open reminder
    tasks at once (same transaction), rather than at the next opening.
    """
    for key, value in values.items():
        row = s.get(Setting, key) or Setting(key=key)
        row.value = value
        s.add(row)
    if "evaluations.results_reminder_days" in values:
        from .outcomes import refresh_reminders_in

        s.flush()
        refresh_reminders_in(s, dt.date.today())


def day_count(s: Session, key: str) -> int:
    """A delay in days from the settings (the office's value, else the default); a value an
    older version left unreadable or below 1 reads as the default."""
    value = s.scalar(select(Setting.value).where(Setting.key == key))
    text = (value if value is not None else DEFAULTS[key]).strip()
    return int(text) if text.isdigit() and int(text) >= 1 else int(DEFAULTS[key])
