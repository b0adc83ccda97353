"""The rules of the office's settings, one per key, with French messages (one place).

``check_settings`` cleans every value it is given (IBAN compacted, BIC upper-case, numbers
trimmed) or raises one ``ValidationError`` keyed by the setting keys that are wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import number_patterns
from ..errors import ValidationError
from ..rules.conflict_kinds import (
    CONFLICT_KINDS,
    HOLIDAY_REGION_SETTING,
    SETTING_PREFIX,
    SEVERITY_LABELS,
)
from .document_families import CATEGORIES, CHOICES

IBAN, BIC = "billing.iban", "billing.bic"
PAYMENT_DAYS, QUOTE_DAYS = "billing.payment_days", "billing.quote_validity_days"
INVOICE_PATTERN, QUOTE_PATTERN = "billing.invoice_pattern", "billing.quote_pattern"
PAYMENT_TERMS = "documents.payment_terms"
RETENTION_LEARNERS = "retention.learner_years"
RETENTION_ATTENDANCE = "retention.attendance_years"
RETENTION_INVOICES = "retention.invoices_years"
BPF_YEAR_START = "bpf.year_start"
RESULTS_REMINDER_DAYS = "evaluations.results_reminder_days"
COMPLAINT_ACK_DAYS = "quality.complaint_ack_days"
COMPLAINT_ANSWER_DAYS = "quality.complaint_answer_days"
HOLIDAY_REGIONS = ("", "57", "6AE")


def clean_iban(value: str) -> str:
    """The IBAN without spaces (stored so), or "" (no IBAN given)."""
    from stdnum import iban
    from stdnum.exceptions import ValidationError as StdnumError

    compact = iban.compact(value or "")
    if not compact:
        return ""
    try:
        return iban.validate(compact)
    except StdnumError:
        raise ValueError(
            f"L'IBAN « {value.strip()} » n'est pas valide : recopiez-le depuis votre RIB "
            "(27 caractères commençant par FR76 pour un compte en France)."
        ) from None


def format_iban(value: str) -> str:
    """« FR76 3000 6000 0112 3456 7890 189 »: the IBAN grouped by four, as printed."""
    from stdnum import iban

    return iban.format(value) if value.strip() else ""


def clean_bic(value: str) -> str:
    from stdnum import bic
    from stdnum.exceptions import ValidationError as StdnumError

    compact = bic.compact(value or "")
    if not compact:
        return ""
    try:
        return bic.validate(compact)
    except StdnumError:
        raise ValueError(
            f"Le BIC « {value.strip()} » n'est pas valide : il compte 8 ou 11 lettres et "
            "chiffres (par exemple AGRIFRPP), recopiez-le depuis votre RIB."
        ) from None


def _whole(label: str, low: int, high: int) -> Callable[[str], str]:
    def check(value: str) -> str:
        text = (value or "").strip()
        if not text.isdigit() or not low <= int(text) <= high:
            raise ValueError(f"{label} doit être un nombre entier de {low} à {high}.")
        return str(int(text))

    return check


def _text(label: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        text = (value or "").strip()
        if not text:
            raise ValueError(f"{label} ne peut pas être vide : écrivez le texte à imprimer.")
        return text

    return check


def _free_text(value: str) -> str:
    return (value or "").strip()


def _pattern(what: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        first = number_patterns.preview(value, n=1)
        if not first or first in (
            number_patterns.preview(value, n=2),
            number_patterns.preview(value, n=1, year=2027),
        ):
            raise ValueError(
                f"Le numéro de {what} doit contenir les mots Année et Numéro, par exemple "
                "F-Année-Numéro."
            )
        return value

    return check


def _day_of_year(value: str) -> str:
    """« JJ/MM »: a day that exists every year (not the 29th of February)."""
    import datetime as dt

    text = value.strip()
    shape = "Le début de l'exercice s'écrit jour/mois, par exemple 01/01 ou 01/07."
    parts = text.split("/")
    if len(parts) != 2 or not all(part.strip().isdigit() for part in parts):
        raise ValueError(f"« {text} » : {shape[0].lower()}{shape[1:]}" if text else shape)
    day, month = (int(part) for part in parts)
    if text in ("29/02", "29/2"):
        raise ValueError("Le 29/02 n'existe pas chaque année : choisissez le 28/02 ou le 01/03.")
    if not 1 <= month <= 12:
        raise ValueError(f"« {text} » : le mois va de 01 à 12. {shape}")
    try:
        dt.date(2027, month, day)
    except ValueError:
        raise ValueError(
            f"« {text} » : ce jour n'existe pas dans le mois {month:02d}. {shape}"
        ) from None
    return f"{day:02d}/{month:02d}"


def _keep_or_remove(label: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        text = (value or "").strip()
        if text not in CHOICES:
            raise ValueError(f"{label} : choisissez « Garder » ou « Supprimer ».")
        return text

    return check


def _severity(value: str) -> str:
    if value not in SEVERITY_LABELS:
        raise ValueError("Choisissez bloquant, avertissement ou ignoré.")
    return value


def _region(value: str) -> str:
    if value not in HOLIDAY_REGIONS:
        raise ValueError("Choisissez France, Moselle ou Alsace.")
    return value


CHECKS: dict[str, Callable[[str], str]] = {
    IBAN: clean_iban,
    BIC: clean_bic,
    PAYMENT_DAYS: _whole("Le délai de paiement (jours)", 0, 60),  # = billing MAX_PAYMENT_DAYS
    QUOTE_DAYS: _whole("La durée de validité des devis (jours)", 1, 365),
    PAYMENT_TERMS: _text("Les conditions de paiement"),
    "documents.late_penalty": _text("La clause de pénalités de retard"),
    "documents.cancellation_clause": _text("La clause d'annulation (dédit)"),
    "documents.what_to_bring": _free_text,
    "documents.access_delay": _text("Le délai d'accès"),
    INVOICE_PATTERN: _pattern("facture"),
    QUOTE_PATTERN: _pattern("devis"),
    RETENTION_LEARNERS: _whole("La conservation des données des stagiaires (années)", 1, 30),
    RETENTION_ATTENDANCE: _whole("La conservation des preuves de réalisation (années)", 3, 30),
    RETENTION_INVOICES: _whole("La conservation des factures (années)", 10, 30),
    HOLIDAY_REGION_SETTING: _region,
    BPF_YEAR_START: _day_of_year,
    RESULTS_REMINDER_DAYS: _whole("Le délai de relance des résultats d'évaluation (jours)", 1, 90),
    COMPLAINT_ACK_DAYS: _whole("Le délai d'accusé de réception d'une réclamation (jours)", 1, 30),
    COMPLAINT_ANSWER_DAYS: _whole("Le délai de réponse à une réclamation (jours)", 1, 90),
} | {SETTING_PREFIX + kind: _severity for kind in CONFLICT_KINDS}
CHECKS |= {c.setting: _keep_or_remove(f"« {c.label} »") for c in CATEGORIES}


def check_settings(values: dict[str, str]) -> dict[str, str]:
    """The cleaned values, or a ValidationError naming every wrong key (nothing is kept)."""
    cleaned, errors = {}, {}
    for key, value in values.items():
        check = CHECKS.get(key)
        if check is None:
            errors[key] = f"Le paramètre « {key} » est inconnu : il ne peut pas être enregistré."
            continue
        try:
            cleaned[key] = check(value if isinstance(value, str) else str(value))
        except ValueError as error:
            errors[key] = str(error)
    if errors:
        raise ValidationError(errors)
    return cleaned


def bank_line(iban_value: str, bic_value: str) -> str:
    """« IBAN FR76 3000 … 189 · BIC AGRIFRPP » as printed, or "" without an IBAN."""
    iban_text = (iban_value or "").strip()
    if not iban_text:
        return ""
    bic_text = (bic_value or "").strip().upper()
    return f"IBAN {format_iban(iban_text)}" + (f" · BIC {bic_text}" if bic_text else "")


MISSING_IBAN = (
    "Les conditions de paiement demandent un virement mais l'organisme n'a pas d'IBAN. "
    "Indiquez l'IBAN de l'organisme dans Paramètres › Facturation, ou changez les conditions "
    "de paiement."
)


def asks_transfer(payment_terms: str) -> bool:
    """True when the payment terms ask for a bank transfer (« par virement »)."""
    return "virement" in (payment_terms or "").lower()


def check_together(new: dict[str, str], stored: dict[str, str]) -> None:
    """Rules between settings: the payment terms text must not announce another delay than
    the payment days (the due date printed comes from the days); a complaint is acknowledged
    before it is answered. Checked when one of them changes."""
    _check_complaint_delays(new, stored)
    if PAYMENT_TERMS not in new and PAYMENT_DAYS not in new:
        return
    merged = stored | new
    days = merged.get(PAYMENT_DAYS, "").strip()
    found = re.search(r"(\d+)\s*jours", merged.get(PAYMENT_TERMS, ""))
    if found and days.isdigit() and int(found.group(1)) != int(days):
        raise ValidationError(
            {
                PAYMENT_TERMS: (
                    f"Les conditions de paiement annoncent {found.group(1)} jours alors que le "
                    f"délai de paiement est de {days} jours : accordez le texte et le délai."
                )
            }
        )


def _check_complaint_delays(new: dict[str, str], stored: dict[str, str]) -> None:
    if COMPLAINT_ACK_DAYS not in new and COMPLAINT_ANSWER_DAYS not in new:
        return
    from .settings import DEFAULTS

    merged = DEFAULTS | stored | new
    ack, answer = merged[COMPLAINT_ACK_DAYS].strip(), merged[COMPLAINT_ANSWER_DAYS].strip()
    if ack.isdigit() and answer.isdigit() and int(ack) > int(answer):
        raise ValidationError(
            {
                COMPLAINT_ACK_DAYS: (
                    f"L'accusé de réception d'une réclamation ({ack} jours) ne peut pas venir "
                    f"après la réponse ({answer} jours) : raccourcissez le premier délai ou "
                    "allongez le second."
                )
            }
        )
