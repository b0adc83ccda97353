"""The identity and attendance parts of a learner's dossier, as rich text for the learners tab."""

from __future__ import annotations

from html import escape

from formadesk.core.formatting import NARROW_NBSP, date_short, hours
from formadesk.core.services.attendance import LearnerRate
from formadesk.core.services.learners import LearnerData
from formadesk.core.vocabulary import LEARNER_STATUSES

from ..widgets.exchange_history import ExchangeHistory


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


LOW_RATE = 0.8  # below this, the rate shows in orange


def rate_text(rate: float | None) -> str:
    """« 92 % » (French spacing), « — » before the first half-day."""
    return f"{round(rate * 100)}{NARROW_NBSP}%" if rate is not None else "—"


def attendance_html(rates: list[LearnerRate]) -> str:
    """« Assiduité »: per session, hours attended out of the hours held so far, rate, absences.

    Two short lines per session, so that the narrow dossier panel never cuts a column off.
    """
    title = "<b>Assiduité</b>"
    if not rates:
        return (
            f"{title}<br><span style='color:#555555'>Aucune session suivie pour l'instant.</span>"
        )
    lines = [title]
    for rate in rates:
        low = rate.rate is not None and rate.rate < LOW_RATE
        colour = "#a04000" if low else "#1d6b2f"
        if rate.planned_minutes:
            rate_html = f"<span style='color:{colour}'><b>{rate_text(rate.rate)}</b></span>"
            detail = (
                f"{hours(rate.attended_minutes)} suivies sur {hours(rate.planned_minutes)} "
                f"à ce jour · {absences_text(rate.absences)}"
            )
        else:
            rate_html, detail = "—", "pas encore commencée"
        lines.append(
            f"<span title='{escape(rate.title)}'>{escape(rate.session_code)} : {rate_html}</span>"
            f"<br><span style='color:#555555'>&nbsp;&nbsp;{detail}</span>"
        )
    return "<br>".join(lines)


def absences_text(count: int) -> str:
    """« aucune absence », « 1 absence », « 3 absences » (half-days absent)."""
    return "aucune absence" if not count else f"{count} absence{'s' if count > 1 else ''}"


def add_exchange_history(tab) -> ExchangeHistory:
    """« Échanges » under the dossier of the learners tab, following the selected learner.

    The learners tab calls it once from ``_setup_views`` (``self.exchanges = …``); the history
    reloads itself when an exchange changes, so the tab need not watch the journal.
    """
    history = ExchangeHistory(tab.office, tab.ui.dossierPanel, bus=tab.bus)
    history.setObjectName("learnerExchanges")
    history.setMinimumHeight(160)
    tab.ui.dossierLayout.addWidget(history)

    def follow() -> None:
        history.show_for(learner_id=tab.selected_id())

    tab.ui.learnersView.selectionModel().selectionChanged.connect(lambda *_a: follow())
    tab.model.modelReset.connect(follow)
    follow()
    return history
