"""Two client records that are the same company: find them, merge them keeping every link.

Links are found from the schema itself (every foreign key to ``clients.id``), so a table added
later is moved too without touching this module.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Column, func, select, update
from sqlalchemy.orm import Session

from ..errors import BusinessRuleError
from ..model import Base, Client, Funder, FundingLine, Invoice
from ..validation import normalise_search
from .base import get_or_fail

# Legal forms typed or not after a company's name: « Boulangerie Martin SARL » is « Boulangerie
# Martin ».
_LEGAL_FORMS = frozenset(
    ["sarl", "sas", "sasu", "sa", "eurl", "sci", "snc", "scop", "sca", "selarl", "ei", "eirl"]
)
_NOT_COPIED = frozenset({"id", "created_at", "updated_at", "notes"})

# What moves, as said to the user before merging (table -> French words).
TABLE_LABELS = {
    "enrollments": "inscription(s)",
    "invoices": "facture(s)",
    "quotes": "devis",
    "sessions": "session(s) intra",
    "learners": "apprenant(s) salarié(s)",
    "contacts": "contact(s)",
    "generated_documents": "document(s)",
    "interactions": "échange(s)",
    "complaints": "réclamation(s)",
    "tasks": "tâche(s)",
}


def name_key(name: str) -> str:
    """A company name without accents, case, punctuation nor legal form."""
    words = re.sub(r"[^\w]+", " ", normalise_search(name)).split()
    return " ".join(w for w in words if w not in _LEGAL_FORMS)


@dataclass(frozen=True)
class ClientPair:
    """Two client records that look like one company, and why."""

    first_id: int
    first_name: str
    second_id: int
    second_name: str
    reason: str  # « même SIRET » or « même nom »


def client_links() -> list[Column]:
    """Every column of the schema that points to a client."""
    found = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == "clients" and fk.column.name == "id":
                found.append(fk.parent)
    return found


def link_counts(s: Session, client_id: int) -> dict[str, int]:
    """Table -> rows linked to the client (non-zero only), for the confirmation message."""
    counts: dict[str, int] = defaultdict(int)
    for column in client_links():
        n = s.scalar(select(func.count()).select_from(column.table).where(column == client_id))
        if n:
            counts[column.table.name] += n
    return dict(counts)


def find_duplicate_clients(s: Session) -> list[ClientPair]:
    rows = s.execute(select(Client.id, Client.name, Client.siret).order_by(Client.id)).all()
    pairs: list[ClientPair] = []
    seen: set[tuple[int, int]] = set()
    for reason, key_of in (
        ("même SIRET", lambda r: r.siret),
        ("même nom", lambda r: name_key(r.name)),
    ):
        groups: dict[str, list] = defaultdict(list)
        for row in rows:
            key = key_of(row)
            if key:
                groups[key].append(row)
        for group in groups.values():
            first = group[0]
            for other in group[1:]:
                if (first.id, other.id) in seen:
                    continue
                if first.siret and other.siret and first.siret != other.siret:
                    continue  # two establishments of one company: not a duplicate
                seen.add((first.id, other.id))
                pairs.append(ClientPair(first.id, first.name, other.id, other.name, reason))
    return pairs


def merge_clients_in(s: Session, keep_id: int, other_id: int) -> dict[str, int]:
    """Merge ``other_id`` into ``keep_id`` within the caller's transaction."""
    if keep_id == other_id:
        raise BusinessRuleError(
            "Une fiche ne peut pas être fusionnée avec elle-même : choisissez l'autre fiche."
        )
    keep = get_or_fail(s, Client, keep_id, "Le client gardé")
    other = get_or_fail(s, Client, other_id, "Le client à fusionner")
    if keep.siret and other.siret and keep.siret != other.siret:
        raise BusinessRuleError(
            f"« {keep.name} » (SIRET {keep.siret}) et « {other.name} » (SIRET {other.siret}) "
            "n'ont pas le même SIRET : ce sont deux établissements différents, ils ne peuvent "
            "pas être fusionnés. Corrigez d'abord le SIRET erroné."
        )
    for column in Client.__table__.columns:
        if column.name in _NOT_COPIED:
            continue
        if getattr(keep, column.name) in ("", None) and getattr(other, column.name) not in (
            "",
            None,
        ):
            setattr(keep, column.name, getattr(other, column.name))
    notes = [n.strip() for n in (keep.notes, other.notes) if n and n.strip()]
    if len(notes) == 2 and notes[0] != notes[1]:
        keep.notes = f"{notes[0]}\n\n— Repris de « {other.name} » —\n{notes[1]}"
    elif notes:
        keep.notes = notes[0]
    s.flush()
    moved = link_counts(s, other_id)
    for column in client_links():
        s.execute(
            update(column.table).where(column == other_id).values({column.name: keep_id}),
            execution_options={"synchronize_session": False},
        )
    s.expire_all()
    s.delete(s.get(Client, other_id))
    s.flush()
    return moved


def delete_client_in(s: Session, client_id: int) -> None:
    """Delete a client nothing points to but its own contacts (every link of the schema:
    enrolments, invoices, quotes, intra sessions, employees, documents, exchanges, complaints,
    tasks); refused with what it has."""
    client = get_or_fail(s, Client, client_id, "Le client")
    counts = link_counts(s, client_id)
    counts.pop("contacts", None)
    found = ", ".join(f"{n} {TABLE_LABELS.get(table, table)}" for table, n in counts.items())
    if found:
        raise BusinessRuleError(
            f"Le client « {client.name} » a {found} : il ne peut pas être supprimé. "
            "S'il fait double emploi, fusionnez-le avec l'autre fiche."
        )
    s.delete(client)


def delete_funder_in(s: Session, funder_id: int) -> None:
    funder = get_or_fail(s, Funder, funder_id, "Le financeur")
    lines = s.scalar(
        select(func.count()).select_from(FundingLine).where(FundingLine.funder_id == funder_id)
    )
    invoices = s.scalar(
        select(func.count()).select_from(Invoice).where(Invoice.funder_id == funder_id)
    )
    if lines or invoices:
        raise BusinessRuleError(
            f"Le financeur « {funder.name} » finance {lines} inscription(s) et a {invoices} "
            "facture(s) : il ne peut pas être supprimé. Décochez « Actif » pour ne plus le "
            "proposer."
        )
    s.delete(funder)
