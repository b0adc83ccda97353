"""Clients (with contacts) and funders."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..guards import check_record
from ..model import CLIENT_KINDS, FUNDER_KINDS, Client, Funder
from ..validation import (
    Checker,
    check_postal_code,
    clean_email,
    clean_phone,
    clean_siret,
    normalise_search,
    require_id,
)
from .base import Service, copy_onto, get_or_fail, row_to

# Letters that may carry an accent in a stored name: in the SQL pattern they match any one
# character, so "emile" finds « Émile » in portable SQL; Python then checks each row exactly.
_ACCENTABLE = frozenset("aceinouy")


def _like_pattern(word: str) -> str:
    """The LIKE pattern (escape "/") of an accent-free, lower-case word."""
    chars = ("_" if c in _ACCENTABLE else "/" + c if c in "%_/" else c for c in word)
    return "%" + "".join(chars) + "%"


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
    siret: str = ""

    @property
    def label(self) -> str:
        """« Boulangerie Martin — Lyon (SIRET 442 981 767 00019) », for pick lists."""
        text = f"{self.name} — {self.city}" if self.city else self.name
        if self.siret:
            s = self.siret
            text += f" (SIRET {s[:3]} {s[3:6]} {s[6:9]} {s[9:]})"
        return text


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

    def search(self, text: str, *, funders: bool = False, limit: int = 20) -> list[PartyRow]:
        """Clients (or funders) whose name, city, postal code or SIRET contain every word.

        Accent- and case-insensitive ("emile" finds « Émile »), by name. SQL narrows the rows
        with a pattern, Python keeps the exact matches: a few rows per keystroke.
        """
        model = Funder if funders else Client
        words = normalise_search(text).split()
        haystack = model.name + " " + model.city + " " + model.postal_code
        query = select(model.id, model.name, model.kind, model.city, model.siret, haystack)
        for word in words:
            condition = haystack.ilike(_like_pattern(word), escape="/")
            if word.isdigit():
                condition = condition | model.siret.contains(word, autoescape=True)
            query = query.where(condition)
        found: list[PartyRow] = []
        with self._db.reading() as s:
            for *row, text_of in s.execute(query.order_by(model.name, model.id)):
                plain = normalise_search(text_of)
                if all(w in plain or (w.isdigit() and w in row[4]) for w in words):
                    found.append(PartyRow(*row))
                    if len(found) >= limit:
                        break
        return found

    def party(self, party_id: int, *, funder: bool = False) -> PartyRow:
        """One client (or funder) as a pick-list row."""
        model = Funder if funder else Client
        with self._db.reading() as s:
            row = get_or_fail(s, model, party_id, "Le financeur" if funder else "Le client")
            return PartyRow(row.id, row.name, row.kind, row.city, row.siret)

    def get_client(self, client_id: int) -> ClientData:
        with self._db.reading() as s:
            return row_to(ClientData, get_or_fail(s, Client, client_id, "Le client"))

    def save_client(self, data: ClientData) -> int:
        if data.id is not None:
            require_id(data.id, "Le client")
        check_record(data, Client)
        check = Checker()
        _check_common(check, data, "client")
        if data.kind not in CLIENT_KINDS:
            check.fail("kind", "Choisissez le type de client.")
        if data.kind == "entreprise" and not data.siret:
            check.fail("siret", "Le SIRET d'une entreprise cliente est obligatoire (14 chiffres).")
        if data.siret:
            with self._db.reading() as s:
                other = s.execute(
                    select(Client.id, Client.name).where(
                        Client.siret == data.siret, Client.id != (data.id or 0)
                    )
                ).first()
            if other is not None:
                check.fail(
                    "siret",
                    f"Le SIRET {data.siret} est déjà celui du client « {other.name} » : "
                    "choisissez ce client plutôt que d'en créer un second.",
                )
        check.raise_if_any()
        return self._save(Client, data, "client")

    def save_funder(self, data: FunderData) -> int:
        check_record(data, Funder)
        check = Checker()
        _check_common(check, data, "financeur")
        if data.kind not in FUNDER_KINDS:
            check.fail("kind", "Choisissez le type de financeur.")
        check.raise_if_any()
        return self._save(Funder, data, "funder")

    def _save(self, model, data, entity: str) -> int:
        if data.id is not None:
            require_id(data.id, "La fiche")
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
