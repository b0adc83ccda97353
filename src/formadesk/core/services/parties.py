"""Clients (with contacts) and funders."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..model import CLIENT_KINDS, FUNDER_KINDS, Client, Funder
from ..validation import Checker, check_postal_code, clean_email, clean_phone, clean_siret
from .base import Service, copy_onto, get_or_fail, row_to


@dataclass
class ClientData:
    id: int | None = None
    kind: str = "entreprise"
    name: str = ""
    siret: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""


@dataclass
class FunderData:
    id: int | None = None
    kind: str = "opco"
    name: str = ""
    siret: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    contact_name: str = ""


@dataclass(frozen=True)
class PartyRow:
    """A client or funder in a pick list."""

    id: int
    name: str
    kind: str
    city: str


def _check_common(check: Checker, data: ClientData | FunderData, what: str) -> None:
    data.name = check.require("name", data.name, f"Le nom du {what} est obligatoire.")
    data.siret = check.field("siret", clean_siret, data.siret) or ""
    data.email = check.field("email", clean_email, data.email) or ""
    data.phone = check.field("phone", clean_phone, data.phone) or ""
    data.postal_code = check.field("postal_code", check_postal_code, data.postal_code) or ""


class PartyService(Service):
    """Clients and funders."""

    def clients(self, text: str = "", *, limit: int = 500) -> list[PartyRow]:
        query = select(Client.id, Client.name, Client.kind, Client.city).order_by(Client.name)
        if text:
            query = query.where(Client.name.ilike(f"%{text.strip()}%"))
        with self._db.reading() as s:
            return [PartyRow(*r) for r in s.execute(query.limit(limit))]

    def funders(self) -> list[PartyRow]:
        query = select(Funder.id, Funder.name, Funder.kind, Funder.city).order_by(Funder.name)
        with self._db.reading() as s:
            return [PartyRow(*r) for r in s.execute(query)]

    def get_client(self, client_id: int) -> ClientData:
        with self._db.reading() as s:
            return row_to(ClientData, get_or_fail(s, Client, client_id, "Le client"))

    def save_client(self, data: ClientData) -> int:
        check = Checker()
        _check_common(check, data, "client")
        if data.kind not in CLIENT_KINDS:
            check.fail("kind", "Choisissez le type de client.")
        if data.kind == "entreprise" and not data.siret:
            check.fail("siret", "Le SIRET d'une entreprise cliente est obligatoire (14 chiffres).")
        check.raise_if_any()
        return self._save(Client, data, "client")

    def save_funder(self, data: FunderData) -> int:
        check = Checker()
        _check_common(check, data, "financeur")
        if data.kind not in FUNDER_KINDS:
            check.fail("kind", "Choisissez le type de financeur.")
        check.raise_if_any()
        return self._save(Funder, data, "funder")

    def _save(self, model, data, entity: str) -> int:
        with self._db.unit_of_work() as s:
            if data.id is None:
                row = model(name=data.name)
                s.add(row)
            else:
                row = get_or_fail(s, model, data.id, "La fiche")
            copy_onto(row, data)
            s.flush()
            row_id = row.id
        self._emit(entity, row_id, "created" if data.id is None else "updated")
        data.id = row_id
        return row_id
