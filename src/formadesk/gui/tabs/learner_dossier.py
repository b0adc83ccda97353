"""The identity part of a learner's dossier, as rich text for the learners tab."""

from __future__ import annotations

from html import escape

from formadesk.core.formatting import date_short
from formadesk.core.services.learners import LearnerData
from formadesk.core.vocabulary import LEARNER_STATUSES


def siret_text(siret: str) -> str:
    """« 598 916 260 02697 » (SIREN in groups of three, then the NIC)."""
    if len(siret) != 14:
        return siret
    return f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}"


def born_word(civility: str) -> str:
    return {"Mme": "Née", "M.": "Né"}.get(civility, "Né(e)")


def dossier_html(learner: LearnerData) -> str:
    """Identity, work, contacts and accessibility needs of a learner, one fact per line."""
    lines: list[str] = []
    birth = []
    if learner.birth_name:
        birth.append(f"{born_word(learner.civility).lower()} {escape(learner.birth_name.upper())}")
    if learner.birth_date:
        birth.append(f"{born_word(learner.civility).lower()} le {date_short(learner.birth_date)}")
    if birth:
        lines.append(_capitalise(birth))
    work = escape(LEARNER_STATUSES.get(learner.status, learner.status))
    if learner.job_title:
        work += f" — {escape(learner.job_title)}"
    if learner.employer_name:
        work += f" chez <b>{escape(learner.employer_name)}</b>"
    if learner.employer_siret:
        work += f" (SIRET {escape(siret_text(learner.employer_siret))})"
    lines.append(work)
    contacts = [escape(x) for x in (learner.email, learner.phone) if x]
    if contacts:
        lines.append(" · ".join(contacts))
    place = " ".join(x for x in (learner.postal_code, learner.city) if x)
    address = ", ".join(escape(x) for x in (learner.address, place) if x)
    if address:
        lines.append(address)
    access = []
    if learner.accessibility_needs:
        access.append(escape(learner.accessibility_needs))
    if learner.needs_accessible_room:
        access.append("salle accessible (PMR) nécessaire")
    if access:
        lines.append(f"<span style='color:#a04000'>♿ Accessibilité : {' ; '.join(access)}</span>")
    if learner.notes:
        notes = escape(learner.notes).replace("\n", "<br>")
        lines.append(f"<span style='color:#555555'>Notes : {notes}</span>")
    return "<br>".join(lines)


def _capitalise(parts: list[str]) -> str:
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]
