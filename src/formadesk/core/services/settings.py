"""The office's own texts and choices kept as key/value settings (payment terms, clauses ...)."""

from __future__ import annotations

from sqlalchemy import select

from ..model import Setting
from .base import Service

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
        with self._db.unit_of_work() as s:
            row = s.get(Setting, key) or Setting(key=key)
            row.value = value
            s.add(row)
        self._emit("settings", (), "updated")
