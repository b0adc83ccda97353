"""Clients (with contacts) and funders."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..db import french
from ..guards import check_record, column_problems
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
from .parties_contacts import ContactData, check_contacts, contact_to_data, sync_contacts
from .parties_merge import (
    ClientPair,
    delete_client_in,
    delete_funder_in,
    find_duplicate_clients,
    link_counts,
    merge_clients_in,
)
from .parties_overview import (
    ClientListRow,
    ClientOverview,
    FunderOverview,
    client_overview_in,
    funder_overview_in,
    open_amounts_by_client,
)

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
    version: int = 0  # the record's version when read (0: not read, not checked)
    kind: str = "entreprise"
    name: str = ""
    siret: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    vat_number: str = ""
    notes: str = ""
    site_address: str = ""
    site_postal_code: str = ""
    site_city: str = ""
    contacts: list[ContactData] = field(default_factory=list)


@dataclass
class FunderData:
    id: int | None = None
    version: int = 0  # the record's version when read (0: not read, not checked)
    kind: str = "opco"
    name: str = ""
    siret: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    contact_name: str = ""
    requirements: str = ""
    notes: str = ""
    active: bool = True
    contacts: list[ContactData] = field(default_factory=list)


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
    check_contacts(check, data.contacts)
    model = Client if isinstance(data, ClientData) else Funder
    for key, message in column_problems(data, model).items():
        if key not in check.errors:
            check.fail(key, message)


class PartyService(Service):
    """Clients and funders."""

    def clients(self, text: str = "", *, limit: int = 500) -> list[PartyRow]:
        query = select(Client.id, Client.name, Client.kind, Client.city).order_by(
            french(Client.name)
        )
        if text:
            query = query.where(Client.name.ilike(f"%{text.strip()}%"))
        with self._db.reading() as s:
            return [PartyRow(*r) for r in s.execute(query.limit(limit))]

    def funders(self) -> list[PartyRow]:
        query = select(Funder.id, Funder.name, Funder.kind, Funder.city).order_by(
            french(Funder.name)
        )
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
            for *row, text_of in s.execute(query.order_by(french(model.name), model.id)):
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
        """The client with its contacts."""
        with self._db.reading() as s:
            row = get_or_fail(s, Client, client_id, "Le client")
            contacts = [contact_to_data(c) for c in row.contacts]
            return row_to(ClientData, row, contacts=contacts)

    def get_funder(self, funder_id: int) -> FunderData:
        """The funder with its contacts."""
        with self._db.reading() as s:
            row = get_or_fail(s, Funder, funder_id, "Le financeur")
            contacts = [contact_to_data(c) for c in row.contacts]
            return row_to(FunderData, row, contacts=contacts)

    def client_list(self, text: str = "", *, limit: int = 2000) -> list[ClientListRow]:
        """Clients for the « Clients » place (every word of ``text`` matched), with open amounts."""
        found = self.search(text, limit=limit) if text.strip() else None
        query = select(Client.id, Client.name, Client.kind, Client.city, Client.siret)
        if found is not None:
            query = query.where(Client.id.in_([r.id for r in found]))
        with self._db.reading() as s:
            rows = s.execute(query.order_by(french(Client.name), Client.id).limit(limit)).all()
            open_cents = open_amounts_by_client(s, [r.id for r in rows])
        return [ClientListRow(*r, open_cents=open_cents.get(r.id, 0)) for r in rows]

    def funder_list(self, text: str = "") -> list[ClientListRow]:
        """Funders for the « Financeurs » view, inactive ones included (flagged)."""
        found = self.search(text, funders=True, limit=2000) if text.strip() else None
        query = select(
            Funder.id, Funder.name, Funder.kind, Funder.city, Funder.siret, Funder.active
        )
        if found is not None:
            query = query.where(Funder.id.in_([r.id for r in found]))
        with self._db.reading() as s:
            rows = s.execute(query.order_by(french(Funder.name), Funder.id)).all()
        return [ClientListRow(i, n, k, c, st, 0, a) for i, n, k, c, st, a in rows]

    def client_overview(self, client_id: int) -> ClientOverview:
        """Sessions, learners, quotes, invoices, documents and open amount of a client."""
        with self._db.reading() as s:
            get_or_fail(s, Client, client_id, "Le client")
            return client_overview_in(s, client_id)

    def funder_overview(self, funder_id: int) -> FunderOverview:
        """Enrolments funded, invoices and open amount of a funder."""
        with self._db.reading() as s:
            get_or_fail(s, Funder, funder_id, "Le financeur")
            return funder_overview_in(s, funder_id)

    def duplicate_clients(self) -> list[ClientPair]:
        """Pairs of client records that look like the same company (SIRET or name)."""
        with self._db.reading() as s:
            return find_duplicate_clients(s)

    def merge_clients(self, keep_id: int, other_id: int) -> dict[str, int]:
        """Move every link of ``other_id`` to ``keep_id``, fill its blanks, delete the other.

        Returns the number of rows moved per table (what the confirmation listed).
        """
        require_id(keep_id, "Le client gardé")
        require_id(other_id, "Le client à fusionner")
        with self._db.unit_of_work() as s:
            moved = merge_clients_in(s, keep_id, other_id)
        self._emit("client", (keep_id, other_id), "updated", "enrollment", "invoice", "session")
        return moved

    def client_links(self, client_id: int) -> dict[str, int]:
        """Rows linked to a client per table (what a merge would move), non-zero only."""
        with self._db.reading() as s:
            get_or_fail(s, Client, client_id, "Le client")
            return link_counts(s, client_id)

    def delete_client(self, client_id: int) -> None:
        """Delete a client that was never enrolled, quoted nor invoiced; refused otherwise."""
        with self._db.unit_of_work() as s:
            delete_client_in(s, client_id)
        self._emit("client", client_id, "deleted")

    def delete_funder(self, funder_id: int) -> None:
        """Delete a funder never used; refused (deactivate it instead) otherwise."""
        with self._db.unit_of_work() as s:
            delete_funder_in(s, funder_id)
        self._emit("funder", funder_id, "deleted")

    def save_client(self, data: ClientData) -> int:
        if data.id is not None:
            require_id(data.id, "Le client")
        check_record(data, Client)
        check = Checker()
        _check_common(check, data, "client")
        if data.kind not in CLIENT_KINDS:
            check.fail("kind", "Choisissez le type de client.")
        data.site_postal_code = (
            check.field("site_postal_code", check_postal_code, data.site_postal_code) or ""
        )
        if data.kind == "entreprise" and not data.siret and "siret" not in check.errors:
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
                row = s.scalars(
                    select(model).where(model.id == data.id).options(selectinload(model.contacts))
                ).first()
                if row is None:
                    get_or_fail(s, model, data.id, "La fiche")
            copy_onto(row, data, skip=("id", "contacts"))
            sync_contacts(row, data.contacts)
            s.flush()
            row_id = row.id
        self._emit(entity, row_id, "created" if data.id is None else "updated")
        data.id = row_id
        return row_id
