"""Who pays what for a session: the split between funders (subrogation) and clients.

Pure functions over plain facts, so that the rules can be read and tested without a database:

- with subrogation, each funder is invoiced its share, one invoice per funder, one line per
  learner; the client (or the private person) is invoiced the rest;
- absences may not be invoiced to the funder: when attendance was recorded, the funder's share
  is prorated on the minutes actually attended over the planned minutes, and the part the funder
  does not pay goes to the client's invoice as a separate line "Heures d'absence non prises en
  charge par <funder>";
- a discount (remise) is a negative line of its own under the learner's line on the client's
  invoice (the discount must appear on the invoice); funders' amounts already take it off;
- an agreement number of a funder not in subrogation is printed in the client's line: the
  client pays and claims it back;
- an intra-company session is priced per group: the client gets one line for the group price,
  less what funders pay in subrogation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import formatting as fmt
from ..errors import BusinessRuleError

LABEL_MAX = 300  # InvoiceLine.label


@dataclass(frozen=True)
class FundingFacts:
    """One subrogated funding line of an enrollment."""

    funder_id: int
    funder_name: str
    amount_cents: int
    agreement_number: str = ""


@dataclass(frozen=True)
class EnrollmentFacts:
    """What the split needs to know of one billable enrollment."""

    enrollment_id: int
    learner_name: str  # « Hélène Lefèvre »
    client_id: int | None  # who pays the rest; None: the learner, a private person
    price_cents: int
    attended_minutes: int | None = None  # None when no attendance was recorded
    fundings: tuple[FundingFacts, ...] = ()
    discount_cents: int = 0  # remise, off the price; funders' amounts already take it off
    claims: tuple[str, ...] = ()  # agreements without subrogation, printed for the client


@dataclass(frozen=True)
class GroupPrice:
    """An intra-company session: one price for the whole group, paid by one client."""

    client_id: int
    price_cents: int
    label: str


@dataclass(frozen=True)
class PlannedLine:
    label: str
    unit_price_cents: int
    enrollment_id: int | None = None
    quantity: int = 1


@dataclass
class PlannedBill:
    """An invoice to issue: payer ("funder", id), ("client", id) or ("person", enrollment id)."""

    payer: tuple[str, int]
    lines: list[PlannedLine] = field(default_factory=list)

    @property
    def total_cents(self) -> int:
        return sum(line.unit_price_cents * line.quantity for line in self.lines)


def _label(*parts: str) -> str:
    text = " — ".join(p for p in parts if p)
    return text if len(text) <= LABEL_MAX else text[: LABEL_MAX - 1] + "…"


def funder_due(amount_cents: int, attended: int | None, planned: int) -> int:
    """The part of a subrogated amount the funder pays: prorated on attended minutes."""
    if attended is None or planned <= 0:
        return amount_cents
    return amount_cents * min(max(attended, 0), planned) // planned


def _funded_part(fact: EnrollmentFacts) -> str:
    """« prix 1 200,00 € moins 900,00 € pris en charge par Akto (subrogation) », or ""."""
    if not fact.fundings:
        return ""
    names = " et ".join(dict.fromkeys(f.funder_name for f in fact.fundings))
    subrogated = sum(f.amount_cents for f in fact.fundings)
    return (
        f"prix {fmt.money(fact.price_cents)} moins {fmt.money(subrogated)} pris en charge par "
        f"{names} (subrogation)"
    )


def split_session(
    title: str,
    planned_minutes: int,
    facts: list[EnrollmentFacts],
    group: GroupPrice | None = None,
) -> list[PlannedBill]:
    """The invoices of a session: funders first (in order met), then clients and persons."""
    bills: dict[tuple[str, int], PlannedBill] = {}

    def bill(payer: tuple[str, int]) -> PlannedBill:
        return bills.setdefault(payer, PlannedBill(payer))

    def payer_of(fact: EnrollmentFacts) -> tuple[str, int]:
        if group is not None:
            return ("client", group.client_id)
        if fact.client_id is not None:
            return ("client", fact.client_id)
        return ("person", fact.enrollment_id)

    planned_text = fmt.hours(planned_minutes)
    funded_total = 0
    for fact in facts:
        subrogated = sum(f.amount_cents for f in fact.fundings)
        funded_total += subrogated
        due = fact.price_cents - fact.discount_cents
        if group is None and subrogated > due:
            raise BusinessRuleError(
                f"Les prises en charge de {fact.learner_name} ({fmt.money(subrogated)}) dépassent "
                f"le prix de son inscription, remise déduite ({fmt.money(due)}) : corrigez le "
                "prix ou le financement avant de facturer."
            )
        rest = due - subrogated
        if group is None and rest > 0:
            payer = bill(payer_of(fact))
            label = _label(title, fact.learner_name, *fact.claims, _funded_part(fact))
            payer.lines.append(PlannedLine(label, rest + fact.discount_cents, fact.enrollment_id))
            if fact.discount_cents:
                label = _label("Remise accordée", fact.learner_name)
                payer.lines.append(PlannedLine(label, -fact.discount_cents, fact.enrollment_id))
        for funding in fact.fundings:
            due = funder_due(funding.amount_cents, fact.attended_minutes, planned_minutes)
            if due > 0:
                done = ""
                if fact.attended_minutes is not None:
                    attended = fmt.hours(min(fact.attended_minutes, planned_minutes))
                    done = f"{attended} réalisées sur {planned_text}"
                agreement = (
                    f"prise en charge n° {funding.agreement_number}"
                    if funding.agreement_number
                    else ""
                )
                label = _label(title, fact.learner_name, done, agreement)
                bill(("funder", funding.funder_id)).lines.append(
                    PlannedLine(label, due, fact.enrollment_id)
                )
            absent = funding.amount_cents - due
            if absent > 0:
                missed = fmt.hours(max(planned_minutes - (fact.attended_minutes or 0), 0))
                label = _label(
                    f"Heures d'absence non prises en charge par {funding.funder_name}",
                    f"{fact.learner_name} ({missed} d'absence)",
                )
                bill(payer_of(fact)).lines.append(PlannedLine(label, absent, fact.enrollment_id))
    if group is not None:
        rest = group.price_cents - funded_total
        if rest < 0:
            raise BusinessRuleError(
                f"Les prises en charge ({fmt.money(funded_total)}) dépassent le prix de la "
                f"session intra-entreprise ({fmt.money(group.price_cents)}) : corrigez le prix "
                "ou les financements avant de facturer."
            )
        if rest > 0:
            bill(("client", group.client_id)).lines.insert(0, PlannedLine(group.label, rest))
    ordered = sorted(bills.values(), key=lambda b: b.payer[0] != "funder")
    return [b for b in ordered if b.lines]
