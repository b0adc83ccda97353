"""The office's identity and settings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..errors import ValidationError
from ..model import Organisation
from ..validation import Checker, check_postal_code, clean_email, clean_phone, clean_siret
from .base import Service, copy_onto, row_to
from .settings import stored_settings, write_settings
from .settings_checks import check_settings, check_together


@dataclass
class OrganisationData:
    """Organisme de formation, as edited in the settings dialog."""

    name: str = ""
    version: int = 0  # the record's version when read (0: not read, not checked)
    legal_form: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    siret: str = ""
    nda: str = ""
    nda_region: str = ""
    qualiopi_certificate: str = ""
    vat_exempt: bool = True
    vat_number: str = ""
    logo: bytes | None = None
    logo_filename: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    disability_referent_name: str = ""
    disability_referent_email: str = ""
    disability_referent_phone: str = ""
    session_code_pattern: str = "{year}-{course}-{n:03d}"
    documents_dir: str = ""
    internal_rules: str = ""
    welcome_booklet: str = ""


class OrganisationService(Service):
    """Read and update the one organisation row."""

    def get(self) -> OrganisationData:
        with self._db.reading() as s:
            row = s.scalars(select(Organisation).limit(1)).one()
            return row_to(OrganisationData, row)

    def update(self, data: OrganisationData) -> OrganisationData:
        return self.save_all(data, {})

    def save_all(self, data: OrganisationData, settings: dict[str, str]) -> OrganisationData:
        """The settings window's save: the organisation and the settings (``settings_checks``)
        checked together, then written in one transaction; on any error nothing is written
        and one ValidationError names every wrong field (data fields and setting keys)."""
        check = _check(data)
        try:
            cleaned = check_settings(settings)
        except ValidationError as error:
            check.errors.update(error.errors)
        check.raise_if_any()
        with self._db.unit_of_work() as s:
            check_together(cleaned, stored_settings(s))
            row = s.scalars(select(Organisation).limit(1)).one()
            copy_onto(row, data)
            write_settings(s, cleaned)
            s.flush()
            row_id = row.id
        self._emit("organisation", row_id, "updated")
        if cleaned:
            self._emit("settings", (), "updated", "planning")
        return data


def _check(data: OrganisationData) -> Checker:
    """Clean ``data`` in place; the Checker holds the errors found."""
    check = Checker()
    data.name = check.require("name", data.name, "Le nom de l'organisme est obligatoire.")
    data.siret = check.field("siret", clean_siret, data.siret) or ""
    data.email = check.field("email", clean_email, data.email) or ""
    data.phone = check.field("phone", clean_phone, data.phone) or ""
    data.postal_code = check.field("postal_code", check_postal_code, data.postal_code) or ""
    data.disability_referent_email = (
        check.field("disability_referent_email", clean_email, data.disability_referent_email) or ""
    )
    data.disability_referent_phone = (
        check.field("disability_referent_phone", clean_phone, data.disability_referent_phone) or ""
    )
    nda = "".join(data.nda.split())
    if nda and (not nda.isdigit() or len(nda) != 11):
        check.fail("nda", "Le numéro de déclaration d'activité (NDA) comporte 11 chiffres.")
    if "{n" not in data.session_code_pattern:
        check.fail(
            "session_code_pattern",
            "Le modèle de code de session doit contenir le mot Numéro (le compteur), "
            "par exemple Année-Formation-Numéro.",
        )
    return check
