"""The rows behind one line of the BPF: enrolments, invoice lines, costs or trainers.

Rows are picked by the same selectors as the figures (``bpf_boxes``), so that the count and
the sum of a trace are the line's figure. Cells stay typed (``Money``, ``Minutes``, dates,
numbers) until shown: ``formatted`` writes them in French for the window, the Excel export
keeps numbers and dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .. import formatting as fmt
from ..errors import ValidationError
from ..model import BPF_OBJECTIVES, COST_CATEGORIES, LEARNER_STATUSES
from ..services.billing_rows import INVOICE_KINDS
from . import bpf_boxes as boxes
from .bpf_data import (
    C_TOTAL_LABEL,
    D_LABELS,
    E_LABELS,
    F1_LABELS,
    F1_UNSAID_LABEL,
    F2_LABEL,
    F3_UNSAID_LABEL,
    F3A_LABEL,
    F4_UNSAID_LABEL,
    G_LABEL,
    LINE_CHOICES,
    BoxTrace,
    c_title,
    objective_label,
)
from .bpf_facts import EnrolmentFact, YearFacts
from .bpf_nsf import nsf_label


@dataclass(frozen=True)
class Money:
    cents: int


@dataclass(frozen=True)
class Minutes:
    minutes: int


Cell = str | int | dt.date | Money | Minutes


@dataclass(frozen=True)
class TypedTrace:
    """A trace before formatting (what the Excel export writes)."""

    box: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    session_ids: tuple[int | None, ...]


ENROLMENT_COLUMNS = (
    "Apprenant",
    "Statut de l'apprenant",
    "Session",
    "Formation",
    "Client",
    "Demi-journées suivies",
    "Heures réalisées",
)
LINE_COLUMNS = (
    "Facture",
    "Émise le",
    "Nature",
    "Payeur",
    "Session",
    "Apprenant",
    "Libellé",
    "Origine",
    "Montant HT",
)
COST_COLUMNS = ("Date", "Catégorie", "Libellé", "Session", "Formateur", "Montant HT")
TEACHING_COLUMNS = ("Formateur", "Session", "Formation", "Demi-journées", "Heures dispensées")


def unknown_box(box: str) -> ValidationError:
    return ValidationError(
        {"box": f"La case « {box} » n'existe pas dans le BPF : choisissez une ligne du bilan."}
    )


def _enrolments(facts: YearFacts, box: str, title: str, found: list[EnrolmentFact]) -> TypedTrace:
    subcontracted = box == "F2"
    columns = ENROLMENT_COLUMNS + (("Confiée à",) if subcontracted else ())
    rows = []
    for e in found:
        session = facts.sessions[e.session_id]
        status = LEARNER_STATUSES.get(e.learner_status, "non renseigné")
        row: tuple[Cell, ...] = (
            e.learner_name, status, session.code, session.course_title, e.client_name,
            e.half_days, Minutes(e.minutes),
        )  # fmt: skip
        rows.append(row + ((session.subcontractor,) if subcontracted else ()))
    return TypedTrace(box, title, columns, tuple(rows), tuple(e.session_id for e in found))


def _income(facts: YearFacts, box: str) -> TypedTrace:
    code = box[1:]
    if code == "total":
        title, found = f"C — {C_TOTAL_LABEL}", boxes.lines_of(facts, None)
    elif code in LINE_CHOICES:
        title, found = c_title(code), boxes.lines_of(facts, code)
    else:
        raise unknown_box(box)
    rows = tuple(
        (
            line.number,
            line.issued_on,
            INVOICE_KINDS.get(line.kind, line.kind),
            line.payer,
            line.session_code,
            line.learner_name,
            line.label,
            line.why,
            Money(line.amount_cents),
        )  # fmt: skip
        for line in found
    )
    return TypedTrace(box, title, LINE_COLUMNS, rows, tuple(line.session_id for line in found))


def _costs(facts: YearFacts, box: str) -> TypedTrace:
    found = boxes.costs_of(facts, box)
    rows = tuple(
        (
            cost.spent_on,
            COST_CATEGORIES.get(cost.category, cost.category),
            cost.label,
            cost.session_code,
            cost.trainer_name,
            Money(cost.amount_cents),
        )  # fmt: skip
        for cost in found
    )
    title = f"D — {D_LABELS[box]}"
    return TypedTrace(box, title, COST_COLUMNS, rows, tuple(cost.session_id for cost in found))


def _teaching(facts: YearFacts, box: str) -> TypedTrace:
    found = boxes.teaching_of(facts, box == "Einternes")
    rows = []
    for t in found:
        session = facts.sessions.get(t.session_id)
        code, title = (session.code, session.course_title) if session else ("", "")
        rows.append((t.trainer_name, code, title, t.half_days, Minutes(t.minutes)))
    return TypedTrace(
        box, f"E — {E_LABELS[box]}", TEACHING_COLUMNS, tuple(rows),
        tuple(t.session_id for t in found),
    )  # fmt: skip


def _learners(facts: YearFacts, box: str) -> TypedTrace:
    if box == "F2":
        return _enrolments(facts, box, f"F-2 — {F2_LABEL}", boxes.f2_of(facts))
    if box == "G":
        return _enrolments(facts, box, f"G — {G_LABEL}", boxes.g_of(facts))
    if box == "F1total":
        return _enrolments(facts, box, "F-1 — Total des stagiaires", boxes.f1_of(facts, None))
    if box == "F1:":
        return _enrolments(facts, box, f"F-1 — {F1_UNSAID_LABEL}", boxes.f1_of(facts, ""))
    if box.startswith("F1") and box[2:] in F1_LABELS:
        kind = box[2:]
        title = f"F-1 {kind} — {F1_LABELS[kind]}"
        return _enrolments(facts, box, title, boxes.f1_of(facts, kind))
    if box in ("F3total", "F4total"):
        return _enrolments(facts, box, f"F-{box[1]} — Total", boxes.own_learners(facts))
    if box == "F3a":
        return _enrolments(facts, box, f"F-3 — {F3A_LABEL}", boxes.f3a_of(facts))
    if box.startswith("F3:"):
        code = box[3:]
        if code and code not in BPF_OBJECTIVES:
            raise unknown_box(box)
        label = objective_label(code) if code else F3_UNSAID_LABEL
        return _enrolments(facts, box, f"F-3 — {label}", boxes.f3_of(facts, code))
    if box.startswith("F4:"):
        code = box[3:]
        label = nsf_label(code) if code else F4_UNSAID_LABEL
        return _enrolments(facts, box, f"F-4 — {label}", boxes.f4_of(facts, code))
    raise unknown_box(box)


def typed_trace(facts: YearFacts, box: str) -> TypedTrace:
    """The rows behind ``box`` (a ``BpfLine.box`` code); a French error for an unknown box."""
    box = (box or "").strip()
    if box.startswith("C"):
        return _income(facts, box)
    if box in D_LABELS:
        return _costs(facts, box)
    if box in E_LABELS:
        return _teaching(facts, box)
    if box.startswith(("F", "G")):
        return _learners(facts, box)
    raise unknown_box(box)


def cell_text(value: Cell) -> str:
    """A cell as the window shows it: JJ/MM/AAAA, « 1 250,00 € », « 10 h 30 »."""
    if isinstance(value, Money):
        return fmt.money(value.cents)
    if isinstance(value, Minutes):
        return fmt.hours(value.minutes)
    if isinstance(value, dt.date):
        return fmt.date_short(value)
    return str(value)


def formatted(trace: TypedTrace) -> BoxTrace:
    rows = tuple(tuple(cell_text(cell) for cell in row) for row in trace.rows)
    return BoxTrace(trace.box, trace.title, trace.columns, rows, trace.session_ids)
