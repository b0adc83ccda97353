"""Costs of the training activity (BPF cadre D), entered by hand: of a session or of the office.

A cost is an amount excluding VAT, dated the day it was spent, in one of the BPF's categories
(``model.COST_CATEGORIES``: trainers' salaries, training services and fees bought, other
costs); it may name the session it was spent for and the trainer it paid. The session's bilan
prints the costs of the session against what was invoiced; the BPF adds up those of the year.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from ..model import COST_CATEGORIES, Cost, Trainer, TrainingSession
from ..validation import MAX_PRICE_CENTS, Checker, check_date, optional_id
from .base import Service, get_or_fail
from .session_people import person_name

__all__ = ["COST_CATEGORIES", "CostData", "CostRow", "CostService", "check_cost", "cost_rows"]


@dataclass
class CostData:
    """A cost as the dialog edits it; ``id`` None = new; ``amount_cents`` excluding VAT."""

    spent_on: dt.date | None = None
    category: str = "autre"
    label: str = ""
    amount_cents: int = 0
    session_id: int | None = None
    trainer_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class CostRow:
    """One cost as listed (session's bilan, costs of a period)."""

    id: int
    spent_on: dt.date
    category: str
    label: str
    amount_cents: int
    session_id: int | None = None
    session_code: str = ""
    trainer_id: int | None = None
    trainer_name: str = ""

    @property
    def category_label(self) -> str:
        return COST_CATEGORIES.get(self.category, self.category)

    @property
    def text(self) -> str:
        """What the cost was for: its label, else its category."""
        return self.label or self.category_label


def check_cost(data: CostData) -> CostData:
    """The cost with its label trimmed, or a ValidationError naming every wrong field."""
    checker = Checker()
    checker.field("spent_on", check_date, data.spent_on, "La date de la dépense")
    if data.category not in COST_CATEGORIES:
        checker.fail(
            "category",
            "Choisissez la catégorie de la dépense (salaires des formateurs, achats de "
            "prestations de formation, autres charges).",
        )
    amount = data.amount_cents
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        checker.fail("amount", "Saisissez le montant hors taxes de la dépense, supérieur à 0 €.")
    elif amount > MAX_PRICE_CENTS:
        checker.fail(
            "amount", "Le montant dépasse le maximum accepté (10 000 000 €) : vérifiez-le."
        )
    if len((data.label or "").strip()) > 300:
        checker.fail("label", "Le libellé est trop long : 300 caractères au plus.")
    checker.raise_if_any()
    return CostData(
        spent_on=data.spent_on,
        category=data.category,
        label=(data.label or "").strip(),
        amount_cents=amount,
        session_id=optional_id(data.session_id, "La session"),
        trainer_id=optional_id(data.trainer_id, "Le formateur"),
        id=optional_id(data.id, "La dépense"),
    )


def cost_rows(s, *where) -> list[CostRow]:
    """Costs matching ``where`` (SQL conditions on Cost), oldest first."""
    query = (
        select(Cost, TrainingSession.code, Trainer.first_name, Trainer.last_name)
        .outerjoin(TrainingSession, TrainingSession.id == Cost.session_id)
        .outerjoin(Trainer, Trainer.id == Cost.trainer_id)
        .where(*where)
        .order_by(Cost.spent_on, Cost.id)
    )
    return [
        CostRow(
            id=c.id,
            spent_on=c.spent_on,
            category=c.category,
            label=c.label,
            amount_cents=c.amount_cents,
            session_id=c.session_id,
            session_code=code or "",
            trainer_id=c.trainer_id,
            trainer_name=person_name(first, last) if last else "",
        )
        for c, code, first, last in s.execute(query)
    ]


class CostService(Service):
    """List, save and delete the costs of the training activity (``office.costs``)."""

    def list(
        self,
        *,
        session_id: int | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
    ) -> list[CostRow]:
        """Costs of a session, or spent from ``start`` to ``end`` (each bound optional)."""
        where = []
        if session_id is not None:
            where.append(Cost.session_id == session_id)
        if start is not None:
            where.append(Cost.spent_on >= start)
        if end is not None:
            where.append(Cost.spent_on <= end)
        with self._db.reading() as s:
            return cost_rows(s, *where)

    def get(self, cost_id: int) -> CostData:
        with self._db.reading() as s:
            cost = get_or_fail(s, Cost, cost_id, "La dépense")
            return CostData(
                spent_on=cost.spent_on,
                category=cost.category,
                label=cost.label,
                amount_cents=cost.amount_cents,
                session_id=cost.session_id,
                trainer_id=cost.trainer_id,
                id=cost.id,
            )

    def save(self, data: CostData) -> int:
        """Create (``id`` None) or update a cost; returns its id. Nothing is written when a
        field is wrong (ValidationError naming each)."""
        data = check_cost(data)
        with self._db.unit_of_work() as s:
            if data.session_id is not None:
                get_or_fail(s, TrainingSession, data.session_id, "La session")
            if data.trainer_id is not None:
                get_or_fail(s, Trainer, data.trainer_id, "Le formateur")
            if data.id is None:
                cost = Cost()
                s.add(cost)
            else:
                cost = get_or_fail(s, Cost, data.id, "La dépense")
            before = cost.session_id
            cost.spent_on = data.spent_on
            cost.category = data.category
            cost.label = data.label
            cost.amount_cents = data.amount_cents
            cost.session_id = data.session_id
            cost.trainer_id = data.trainer_id
            s.flush()
            cost_id = cost.id
        related = ("session",) if data.session_id is not None or before is not None else ()
        self._emit("cost", cost_id, "created" if data.id is None else "updated", *related)
        return cost_id

    def delete(self, cost_id: int) -> None:
        with self._db.unit_of_work() as s:
            cost = get_or_fail(s, Cost, cost_id, "La dépense")
            linked = cost.session_id is not None
            s.delete(cost)
        self._emit("cost", cost_id, "deleted", *(("session",) if linked else ()))

    def total(self, session_id: int) -> int | None:
        """Sum of the session's costs in cents, None when none was entered."""
        rows = self.list(session_id=session_id)
        return sum(r.amount_cents for r in rows) if rows else None
