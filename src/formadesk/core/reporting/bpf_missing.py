"""What to check before trusting the BPF of a year: missing or doubtful data, each with its fix.

Kinds, in this order: enrolment without funding scheme, learner without status, course
without NSF code or without objective, session whose attendance is not complete on past
half-days of the year, invoice line whose C line cannot be said, enrolment followed
(« inscrit », « terminé ») with attendance entered but no hour attended (sessions within the
year only: a session across two years may have all its hours in the other), enrolment
trained in the year with no price and nothing invoiced (an intra-company group price counts).
Enrolments of one session are grouped into one item (the session opens) when there are
several; each kind lists at most ``PER_KIND`` items, then one item says how many more there
are, so that a ten-year base still reads as a list.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from .. import formatting as fmt
from ..model import BPF_OBJECTIVES, ENROLLMENT_STATUSES, FUNDING_SCHEMES, SESSION_STATUSES
from .bpf_boxes import own_learners
from .bpf_data import MissingItem
from .bpf_facts import LIVE, EnrolmentFact, YearFacts
from .bpf_rules import learner_type

PER_KIND = 30
FOLLOWED = ("inscrit", "termine")  # expected to have attended, once half-days are held
NAMES_SHOWN = 4


def _names(found: list[EnrolmentFact]) -> str:
    names = [e.learner_name for e in found[:NAMES_SHOWN]]
    more = len(found) - len(names)
    return ", ".join(names) + (f" et {more} autre{'s' if more > 1 else ''}" if more else "")


def _per_session(
    facts: YearFacts,
    found: list[EnrolmentFact],
    one: Callable[[EnrolmentFact, str], str],
    several: str,
) -> list[MissingItem]:
    """One item per enrolment alone in its session, one per session for several."""
    by_session: dict[int, list[EnrolmentFact]] = defaultdict(list)
    for enrolment in found:
        by_session[enrolment.session_id].append(enrolment)
    items = []
    for session_id, group in by_session.items():
        code = facts.sessions[session_id].code
        if len(group) == 1:
            items.append(MissingItem(one(group[0], code), "enrollment", group[0].id, session_id))
        else:
            count = fmt.plural(len(group), "inscription")
            text = f"Session {code} : {count} {several} ({_names(group)})."
            items.append(MissingItem(text, "session", session_id, session_id))
    return items


def _capped(items: list[MissingItem], rest: str) -> list[MissingItem]:
    if len(items) <= PER_KIND + 1:
        return items
    left = items[PER_KIND:]
    first = left[0]
    text = f"… et {fmt.plural(len(left), 'autre point', 'autres points')} de ce genre : {rest}"
    return [*items[:PER_KIND], MissingItem(text, first.fix, first.target_id, first.session_id)]


def _schemes(facts: YearFacts) -> list[MissingItem]:
    found = [e for e in facts.trained() if e.scheme not in FUNDING_SCHEMES]
    items = _per_session(
        facts,
        found,
        lambda e, code: (
            f"Inscription {fmt.of_name(e.learner_name)} (session {code}) : dispositif de "
            "financement non renseigné."
        ),
        "sans dispositif de financement",
    )
    return _capped(items, "complétez le dispositif de financement des inscriptions.")


def _statuses(facts: YearFacts) -> list[MissingItem]:
    by_learner: dict[int, list[EnrolmentFact]] = defaultdict(list)
    for enrolment in own_learners(facts):
        if learner_type(enrolment.learner_status, enrolment.client_kind) is None:
            by_learner[enrolment.learner_id].append(enrolment)
    items = []
    for learner_id, found in by_learner.items():
        codes = ", ".join(facts.sessions[e.session_id].code for e in found)
        text = (
            f"{found[0].learner_name} n'a pas de statut (salarié, apprenti, demandeur "
            f"d'emploi, particulier ou autre) : il décide de la ligne du cadre F-1 où "
            f"comptent ses heures (session {codes})."
        )
        items.append(MissingItem(text, "learner", learner_id, found[0].session_id))
    return _capped(items, "complétez le statut des apprenants.")


def _courses(facts: YearFacts) -> list[MissingItem]:
    learners: dict[int, int] = defaultdict(int)
    for enrolment in own_learners(facts):
        learners[facts.sessions[enrolment.session_id].course_id] += 1
    courses = {s.course_id: s for s in facts.sessions.values() if s.course_id in learners}
    items = []
    for course_id, session in sorted(courses.items(), key=lambda i: i[1].course_code):
        what = f"Formation {session.course_code} (« {session.course_title} »)"
        count = fmt.plural(learners[course_id], "stagiaire")
        if not session.nsf:
            text = f"{what} : code NSF non renseigné (cadre F-4, {count} de l'exercice)."
            items.append(MissingItem(text, "course", course_id, None))
        if session.objective not in BPF_OBJECTIVES:
            text = f"{what} : objectif général non renseigné (cadre F-3, {count} de l'exercice)."
            items.append(MissingItem(text, "course", course_id, None))
    return _capped(items, "complétez les formations.")


def _attendance(facts: YearFacts) -> list[MissingItem]:
    items = []
    for session_id, days in sorted(facts.incomplete.items(), key=lambda i: min(i[1])):
        session = facts.sessions[session_id]
        count = fmt.plural(len(days), "demi-journée", "demi-journées")
        text = (
            f"Session {session.code} : présences incomplètes sur {count} de l'exercice "
            f"(à partir du {fmt.date_short(min(days))}) : les heures non saisies ne comptent pas."
        )
        items.append(MissingItem(text, "attendance", session_id, session_id))
    return _capped(items, "saisissez les présences de ces sessions.")


def _lines(facts: YearFacts) -> list[MissingItem]:
    items = []
    for line in facts.lines:
        if line.dedit or line.code is not None:
            continue
        payer = f" ({line.payer})" if line.payer else ""
        text = (
            f"Facture {line.number}{payer}, ligne « {line.label} » : "
            f"{fmt.money(line.amount_cents)} dont l'origine est à préciser ({line.why}) : "
            "choisissez sa ligne du cadre C."
        )
        items.append(MissingItem(text, "invoice_line", line.id, line.session_id))
    return _capped(items, "choisissez la ligne du cadre C de ces lignes de facture.")


def _zero_hours(facts: YearFacts) -> list[MissingItem]:
    # A session across two years is left out: its hours may all be in the other year.
    found = [
        e
        for e in facts.enrolments
        if e.status in FOLLOWED
        and e.entered
        and not e.minutes
        and facts.sessions[e.session_id].within
    ]
    items = _per_session(
        facts,
        found,
        lambda e, code: (
            f"Inscription {fmt.of_name(e.learner_name)} (session {code}) : « "
            f"{ENROLLMENT_STATUSES.get(e.status, e.status)} » mais aucune heure réalisée sur "
            "l'exercice : corrigez ses présences, ou son statut (abandon, annulation)."
        ),
        "suivies sans aucune heure réalisée sur l'exercice",
    )
    return _capped(items, "vérifiez leurs présences ou leur statut.")


def _set_aside(facts: YearFacts) -> list[MissingItem]:
    def text(e: EnrolmentFact, code: str) -> str:
        session = facts.sessions[e.session_id]
        cancelled = (
            f"la session {code} est « {SESSION_STATUSES.get(session.status, session.status)} »"
            if session.status not in LIVE
            else f"l'inscription est « {ENROLLMENT_STATUSES.get(e.status, e.status)} »"
        )
        return (
            f"Inscription {fmt.of_name(e.learner_name)} (session {code}) : {fmt.hours(e.minutes)} "
            f"de présence saisies, mais {cancelled} : ces heures ne sont pas comptées. "
            "Corrigez le statut ou les présences."
        )

    items = _per_session(
        facts,
        facts.set_aside(),
        text,
        "avec des heures de présence non comptées (session ou inscriptions annulées)",
    )
    return _capped(items, "corrigez leur statut ou leurs présences.")


def _prices(facts: YearFacts) -> list[MissingItem]:
    found = [
        e
        for e in facts.trained()
        if not e.price_cents
        and not facts.sessions[e.session_id].group_price
        and e.id not in facts.invoiced
    ]
    items = _per_session(
        facts,
        found,
        lambda e, code: (
            f"Inscription {fmt.of_name(e.learner_name)} (session {code}) : prix à 0 € et rien de "
            "facturé : indiquez son prix."
        ),
        "à 0 € et non facturées",
    )
    return _capped(items, "indiquez le prix de ces inscriptions.")


KINDS = (
    _schemes, _statuses, _courses, _attendance, _lines, _zero_hours, _set_aside, _prices,
)  # fmt: skip


def missing_items(facts: YearFacts) -> list[MissingItem]:
    """Every missing or doubtful datum of the year, kind after kind."""
    return [item for kind in KINDS for item in kind(facts)]
