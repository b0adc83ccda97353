"""The cadres C to G of the BPF, counted from the year's facts.

Which box a fact belongs to is decided by the ``belongs_*`` selectors below, the very ones
the traces use (``bpf_trace``): a box and the rows behind it always agree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..model import BPF_OBJECTIVES
from .bpf_data import (
    C_TOTAL_LABEL,
    D_LABELS,
    E_LABELS,
    F1_LABELS,
    F1_UNSAID_LABEL,
    F2_LABEL,
    F3_LETTERS,
    F3_UNSAID_LABEL,
    F3A_LABEL,
    F4_UNSAID_LABEL,
    G_LABEL,
    LEARNER_COLUMNS,
    LINE_CHOICES,
    MONEY_COLUMNS,
    SECTION_TITLES,
    TRAINER_COLUMNS,
    BpfLine,
    BpfSection,
    objective_label,
)
from .bpf_facts import CostFact, EnrolmentFact, LineFact, TeachingFact, YearFacts
from .bpf_nsf import nsf_label
from .bpf_rules import learner_type, received

EUROS = ("euros",)
LEARNERS = ("stagiaires", "minutes")
TRAINERS = ("personnes", "minutes")
COST_BOXES = {"D1": "salaires_formateurs", "D2": "achats_formation"}


# -- selectors: the facts behind one box -----------------------------------------------------
def counted_lines(facts: YearFacts) -> list[LineFact]:
    """Invoice lines that are training income with a known C line (dédits left out)."""
    return [line for line in facts.lines if not line.dedit and line.code is not None]


def lines_of(facts: YearFacts, code: str | None) -> list[LineFact]:
    """The counted lines of C line ``code`` (every counted line for None: the total)."""
    return [line for line in counted_lines(facts) if code is None or line.code == code]


def costs_of(facts: YearFacts, box: str) -> list[CostFact]:
    category = COST_BOXES.get(box)
    return [cost for cost in facts.costs if category is None or cost.category == category]


def teaching_of(facts: YearFacts, internal: bool) -> list[TeachingFact]:
    return [t for t in facts.teaching if t.internal is internal]


def own_learners(facts: YearFacts) -> list[EnrolmentFact]:
    """Trained in the year and not entrusted by another office: cadres F-1, F-3, F-4."""
    return [e for e in facts.trained() if not received(e.client_kind)]


def _grouped(found: Iterable[EnrolmentFact], key: Callable[[EnrolmentFact], str]):
    groups: dict[str, list[EnrolmentFact]] = {}
    for enrolment in found:
        groups.setdefault(key(enrolment), []).append(enrolment)
    return groups


def _f1_key(enrolment: EnrolmentFact) -> str:
    return learner_type(enrolment.learner_status, enrolment.client_kind) or ""


def f1_of(facts: YearFacts, kind: str | None) -> list[EnrolmentFact]:
    """Learners of F-1 line ``kind`` ("a" … "e", "" for no status, None for all)."""
    found = own_learners(facts)
    if kind is None:
        return found
    return [e for e in found if _f1_key(e) == kind]


def f2_of(facts: YearFacts) -> list[EnrolmentFact]:
    """Learners of the sessions the office entrusted to another training office."""
    return [e for e in own_learners(facts) if facts.sessions[e.session_id].subcontractor]


def f3_of(facts: YearFacts, objective: str | None) -> list[EnrolmentFact]:
    found = own_learners(facts)
    if objective is None:
        return found
    return [e for e in found if _objective(facts, e) == objective]


def f3a_of(facts: YearFacts) -> list[EnrolmentFact]:
    """Line a of F-3: every objective of letter a (RNCP titles, CQP at the RNCP)."""
    return [e for e in own_learners(facts) if F3_LETTERS.get(_objective(facts, e)) == "a"]


def f4_of(facts: YearFacts, nsf: str | None) -> list[EnrolmentFact]:
    found = own_learners(facts)
    if nsf is None:
        return found
    return [e for e in found if facts.sessions[e.session_id].nsf == nsf]


def g_of(facts: YearFacts) -> list[EnrolmentFact]:
    """Learners entrusted to the office by another training office."""
    return [e for e in facts.trained() if received(e.client_kind)]


def _objective(facts: YearFacts, enrolment: EnrolmentFact) -> str:
    objective = facts.sessions[enrolment.session_id].objective
    return objective if objective in BPF_OBJECTIVES else ""


# -- the cadres ------------------------------------------------------------------------------
def _money(box: str, label: str, cents: int) -> BpfLine:
    return BpfLine(box, label, (cents,), EUROS)


def _learners(box: str, label: str, found: Iterable[EnrolmentFact]) -> BpfLine:
    found = list(found)
    return BpfLine(box, label, (len(found), sum(e.minutes for e in found)), LEARNERS)


def section_c(facts: YearFacts) -> BpfSection:
    totals = dict.fromkeys(LINE_CHOICES, 0)
    for line in counted_lines(facts):
        totals[line.code] = totals.get(line.code, 0) + line.amount_cents
    lines = [_money(f"C{code}", LINE_CHOICES[code], totals[code]) for code in LINE_CHOICES]
    lines.append(_money("Ctotal", C_TOTAL_LABEL, sum(totals.values())))
    return BpfSection("C", SECTION_TITLES["C"], MONEY_COLUMNS, tuple(lines))


def section_d(facts: YearFacts) -> BpfSection:
    lines = [
        _money(box, label, sum(cost.amount_cents for cost in costs_of(facts, box)))
        for box, label in D_LABELS.items()
    ]
    return BpfSection("D", SECTION_TITLES["D"], MONEY_COLUMNS, tuple(lines))


def section_e(facts: YearFacts) -> BpfSection:
    lines = []
    for box, internal in (("Einternes", True), ("Eexternes", False)):
        found = teaching_of(facts, internal)
        people = len({t.trainer_id for t in found})
        lines.append(BpfLine(box, E_LABELS[box], (people, sum(t.minutes for t in found)), TRAINERS))
    return BpfSection("E", SECTION_TITLES["E"], TRAINER_COLUMNS, tuple(lines))


def section_f1(facts: YearFacts) -> BpfSection:
    own = own_learners(facts)
    groups = _grouped(own, _f1_key)  # the groups of ``f1_of``, in one pass
    lines = [
        _learners(f"F1{kind}", label, groups.get(kind, ())) for kind, label in F1_LABELS.items()
    ]
    if groups.get(""):
        lines.append(_learners("F1:", F1_UNSAID_LABEL, groups[""]))
    lines.append(_learners("F1total", "Total des stagiaires", own))
    return BpfSection("F1", SECTION_TITLES["F1"], LEARNER_COLUMNS, tuple(lines))


def section_f2(facts: YearFacts) -> BpfSection:
    line = _learners("F2", F2_LABEL, f2_of(facts))
    return BpfSection("F2", SECTION_TITLES["F2"], LEARNER_COLUMNS, (line,))


def section_f3(facts: YearFacts) -> BpfSection:
    own = own_learners(facts)
    groups = _grouped(own, lambda e: _objective(facts, e))  # the groups of ``f3_of``
    lines = [_learners("F3a", F3A_LABEL, f3a_of(facts))]
    lines += [
        _learners(f"F3:{code}", objective_label(code), groups.get(code, ()))
        for code in BPF_OBJECTIVES
    ]
    if groups.get(""):
        lines.append(_learners("F3:", F3_UNSAID_LABEL, groups[""]))
    lines.append(_learners("F3total", "Total", own))
    return BpfSection("F3", SECTION_TITLES["F3"], LEARNER_COLUMNS, tuple(lines))


def section_f4(facts: YearFacts) -> BpfSection:
    """Every NSF code met, most hours first (the cerfa asks for the five main ones)."""
    by_code = _grouped(own_learners(facts), lambda e: facts.sessions[e.session_id].nsf)
    ranked = sorted(
        (code for code in by_code if code),
        key=lambda code: (-sum(e.minutes for e in by_code[code]), code),
    )
    lines = [_learners(f"F4:{code}", nsf_label(code), by_code[code]) for code in ranked]
    if "" in by_code:
        lines.append(_learners("F4:", F4_UNSAID_LABEL, by_code[""]))
    lines.append(_learners("F4total", "Total", own_learners(facts)))
    return BpfSection("F4", SECTION_TITLES["F4"], LEARNER_COLUMNS, tuple(lines))


def section_g(facts: YearFacts) -> BpfSection:
    line = _learners("G", G_LABEL, g_of(facts))
    return BpfSection("G", SECTION_TITLES["G"], LEARNER_COLUMNS, (line,))


SECTIONS: tuple[Callable[[YearFacts], BpfSection], ...] = (
    section_c,
    section_d,
    section_e,
    section_f1,
    section_f2,
    section_f3,
    section_f4,
    section_g,
)


def sections(facts: YearFacts) -> tuple[BpfSection, ...]:
    return tuple(build(facts) for build in SECTIONS)


def dedits_cents(facts: YearFacts) -> int:
    """Dédits invoiced in the year (less their credit notes): said in the notes, not counted."""
    return sum(line.amount_cents for line in facts.lines if line.dedit)
