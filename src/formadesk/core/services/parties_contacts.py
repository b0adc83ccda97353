"""Contacts of a client or a funder: checked with the record, saved in its transaction."""

from __future__ import annotations

from dataclasses import dataclass

from ..guards import record_problems
from ..model import CIVILITIES, Client, Contact, Funder
from ..validation import Checker, clean_email, clean_phone


@dataclass
class ContactData:
    """One person to talk to at a client or a funder."""

    id: int | None = None
    civility: str = ""
    last_name: str = ""
    first_name: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.civility, self.first_name, self.last_name) if p)


def contact_to_data(row: Contact) -> ContactData:
    return ContactData(
        id=row.id,
        civility=row.civility,
        last_name=row.last_name,
        first_name=row.first_name,
        role=row.role,
        email=row.email,
        phone=row.phone,
    )


def check_contacts(check: Checker, contacts: list[ContactData]) -> None:
    """Clean each contact in place; a wrong one is reported under "contacts" with its rank."""
    problems: list[str] = []
    for rank, contact in enumerate(contacts, start=1):
        who = f"Contact n° {rank}"
        for message in record_problems(contact, Contact).values():
            problems.append(f"{who} : {message}")
        contact.last_name = (contact.last_name or "").strip()
        contact.first_name = (contact.first_name or "").strip()
        contact.role = (contact.role or "").strip()
        if not contact.last_name:
            problems.append(f"{who} : saisissez le nom de la personne (ou retirez la ligne).")
        if contact.civility and contact.civility not in CIVILITIES:
            problems.append(f"{who} : choisissez la civilité dans la liste (M. ou Mme).")
        for clean, attr in ((clean_email, "email"), (clean_phone, "phone")):
            try:
                setattr(contact, attr, clean(getattr(contact, attr) or "") or "")
            except ValueError as error:
                problems.append(f"{who} : {error}")
    if problems:
        check.fail("contacts", "\n".join(problems))


def sync_contacts(owner: Client | Funder, contacts: list[ContactData]) -> None:
    """Make ``owner.contacts`` match ``contacts``: update by id, add new ones, drop the rest."""
    existing = {c.id: c for c in owner.contacts}
    kept: list[Contact] = []
    for data in contacts:
        row = existing.get(data.id) if data.id is not None else None
        if row is None:
            row = Contact(last_name=data.last_name)
        for attr in ("civility", "last_name", "first_name", "role", "email", "phone"):
            setattr(row, attr, getattr(data, attr))
        kept.append(row)
    owner.contacts = kept  # delete-orphan removes the contacts no longer listed
