"""With whom an exchange was held: learners, clients, their contacts, trainers and funders.

One small record (``Who``) names any of them for the « avec qui » field, the lists and the
matching of a dropped e-mail's sender; names are read in bulk for a page of exchanges.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import french
from ..errors import NotFoundError
from ..model import Client, Contact, Funder, Learner, Trainer
from ..validation import normalise_search, require_id
from .parties import _like_pattern  # private helper shared on purpose: one accent pattern

WHO_KINDS = {
    "learner": "Apprenant",
    "contact": "Contact",
    "client": "Client",
    "trainer": "Formateur",
    "funder": "Financeur",
}
# The interaction's column for each kind of person.
WHO_COLUMNS = {kind: f"{kind}_id" for kind in WHO_KINDS}


@dataclass(frozen=True)
class Who:
    """A person or body an exchange is held with; ``detail`` says where a contact works."""

    kind: str  # a key of WHO_KINDS
    id: int
    name: str
    detail: str = ""
    email: str = ""

    @property
    def kind_label(self) -> str:
        return WHO_KINDS.get(self.kind, self.kind)

    @property
    def label(self) -> str:
        """« Hélène Lefèvre — Apprenant », « Marc Petit — Contact chez Acme »."""
        extra = f"{self.kind_label} {self.detail}" if self.detail else self.kind_label
        return f"{self.name} — {extra}"


def _person(first: str, last: str) -> str:
    return " ".join(p for p in (first or "", last or "") if p).strip()


def _contact_detail(client_name: str | None, funder_name: str | None) -> str:
    owner = client_name or funder_name
    return f"chez {owner}" if owner else ""


def who_of(s: Session, kind: str, row_id: int) -> Who:
    """The person or body ``kind`` n° ``row_id``, or a French NotFoundError."""
    label = {
        "learner": "L'apprenant",
        "contact": "Le contact",
        "client": "Le client",
        "trainer": "Le formateur",
        "funder": "Le financeur",
    }.get(kind)
    if label is None:
        raise NotFoundError("Choisissez avec qui l'échange a eu lieu dans la liste.")
    require_id(row_id, label)
    found = names_of(s, {kind: [row_id]}).get((kind, row_id))
    if found is None:
        raise NotFoundError(f"{label} n° {row_id} n'existe plus. Actualisez la liste.")
    return found


def names_of(s: Session, wanted: dict[str, Iterable[int]]) -> dict[tuple[str, int], Who]:
    """The ``Who`` of each (kind, id) asked for, read in one query per kind."""
    found: dict[tuple[str, int], Who] = {}
    ids = {kind: sorted({i for i in values if i}) for kind, values in wanted.items()}
    if ids.get("learner"):
        query = select(Learner.id, Learner.first_name, Learner.last_name, Learner.email).where(
            Learner.id.in_(ids["learner"])
        )
        for rid, first, last, mail in s.execute(query):
            found["learner", rid] = Who("learner", rid, _person(first, last), "", mail)
    if ids.get("trainer"):
        query = select(Trainer.id, Trainer.first_name, Trainer.last_name, Trainer.email).where(
            Trainer.id.in_(ids["trainer"])
        )
        for rid, first, last, mail in s.execute(query):
            found["trainer", rid] = Who("trainer", rid, _person(first, last), "", mail)
    for kind, model in (("client", Client), ("funder", Funder)):
        if ids.get(kind):
            query = select(model.id, model.name, model.email).where(model.id.in_(ids[kind]))
            for rid, name, mail in s.execute(query):
                found[kind, rid] = Who(kind, rid, name, "", mail)
    if ids.get("contact"):
        for who in _contacts(s, Contact.id.in_(ids["contact"])):
            found["contact", who.id] = who
    return found


def _contacts(s: Session, condition, limit: int | None = None) -> list[Who]:
    query = (
        select(
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.email,
            Client.name,
            Funder.name,
        )
        .outerjoin(Client, Client.id == Contact.client_id)
        .outerjoin(Funder, Funder.id == Contact.funder_id)
        .where(condition)
        .order_by(french(Contact.last_name), Contact.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return [
        Who("contact", rid, _person(first, last), _contact_detail(client, funder), mail)
        for rid, first, last, mail, client, funder in s.execute(query)
    ]


def search_people(s: Session, text: str, *, limit: int = 20) -> list[Who]:
    """Learners, contacts, clients, trainers and funders whose name contains every word typed
    (accents and case ignored); names starting with what was typed come first."""
    words = normalise_search(text).split()
    if not words:
        return []
    found: list[Who] = []
    learners = select(Learner.id).where(Learner.anonymised_at.is_(None))
    for word in words:
        learners = learners.where(Learner.search_text.contains(word, autoescape=True))
    learner_ids = list(s.scalars(learners.order_by(Learner.last_name, Learner.id).limit(limit)))
    found += [w for w in names_of(s, {"learner": learner_ids}).values()]
    contact_text = Contact.first_name + " " + Contact.last_name + " " + Contact.role
    found += _contacts(s, _all_words(contact_text, words), limit)
    trainer_text = Trainer.first_name + " " + Trainer.last_name + " " + Trainer.company_name
    trainers = select(Trainer.id).where(_all_words(trainer_text, words)).limit(limit)
    found += list(names_of(s, {"trainer": list(s.scalars(trainers))}).values())
    for kind, model in (("client", Client), ("funder", Funder)):
        query = select(model.id).where(_all_words(model.name + " " + model.city, words))
        found += list(names_of(s, {kind: list(s.scalars(query.limit(limit)))}).values())
    typed = " ".join(words)
    found.sort(key=lambda w: not normalise_search(w.name).startswith(typed))  # stable
    return found[: limit * 2]


def _all_words(haystack, words: list[str]):
    condition = None
    for word in words:
        part = haystack.ilike(_like_pattern(word), escape="/")
        condition = part if condition is None else condition & part
    return condition


def people_with_email(s: Session, address: str) -> list[Who]:
    """Everyone whose e-mail address is ``address`` (case ignored): learners first, then
    contacts, trainers, funders and clients (the office's own addresses are not people)."""
    address = (address or "").strip().lower()
    if not address or "@" not in address:
        return []
    wanted: dict[str, list[int]] = {}
    for kind, model in (
        ("learner", Learner),
        ("contact", Contact),
        ("trainer", Trainer),
        ("funder", Funder),
        ("client", Client),
    ):
        query = select(model.id).where(func.lower(func.trim(model.email)) == address)
        if model is Learner:
            query = query.where(Learner.anonymised_at.is_(None))
        wanted[kind] = list(s.scalars(query.limit(5)))
    names = names_of(s, wanted)
    return [names[kind, rid] for kind, ids in wanted.items() for rid in ids if (kind, rid) in names]
