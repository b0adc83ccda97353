"""What the bilan of a session says: plain frozen data, figures and their French text.

Figures stay numbers (minutes, cents, counts, None when nothing was recorded) so that a screen
or a test can read them; the ``*_text`` properties give what paper prints, the same in the PDF
and the Word file. A figure without data reads « non renseigné » or « aucune réponse », never
« 0 % ».
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .. import formatting as fmt
from .rates import percent

NOT_ENTERED = "non renseigné"
NO_ANSWER = "aucune réponse"


def rate_text(part: int, whole: int) -> str:
    """« 87 % », or « non renseigné » when there is nothing to divide by."""
    return percent(part / whole) if whole else NOT_ENTERED


@dataclass(frozen=True)
class AbsenceLine:
    """A half-day a learner missed, in whole or in part."""

    learner: str  # « DURAND Léa »
    half_day: str  # « lundi 1er mars 2027 matin »
    status: str  # « Absence justifiée », « Absence non justifiée », « Retard », « Départ anticipé »
    justified: bool  # an excused absence (or a justification attached)
    attended: str  # hours attended that half-day (« 2 h 30 »), « 0 h » for an absence
    note: str = ""  # what was typed with the mark


@dataclass(frozen=True)
class DropOutLine:
    """A learner who left the session for good."""

    learner: str
    on: str  # « 02/03/2027 », "" when the date was not recorded
    reason: str  # the reason recorded, or « Motif non renseigné »
    attended: str  # hours attended until then


@dataclass(frozen=True)
class ObjectiveLine:
    """Results at the end for one objective of the course."""

    number: int  # 1, 2 …
    text: str  # the objective
    acquired: int  # learners « acquis »
    partial: int  # learners « partiellement acquis »
    not_acquired: int  # learners « non acquis »
    not_assessed: int  # learners without a result for it

    @property
    def assessed(self) -> int:
        return self.acquired + self.partial + self.not_acquired

    @property
    def acquired_text(self) -> str:
        """« 87 % » of the learners assessed acquired it, « non renseigné » with none assessed."""
        return rate_text(self.acquired, self.assessed)


@dataclass(frozen=True)
class QuestionLine:
    """One question of a questionnaire, as answered for the session."""

    group: str  # « Apprenants – à chaud »
    text: str  # the question
    answers: int  # answers given
    result: str  # « 4,5 / 5 », « 80 % de oui », « Oui (3), Non (1) », or « aucune réponse »


@dataclass(frozen=True)
class CommentLine:
    """A comment written in a questionnaire (the audience is said, never the name)."""

    group: str  # « Apprenants – à chaud »
    question: str  # the question it answers
    text: str  # the comment


@dataclass(frozen=True)
class SatisfactionGroup:
    """Satisfaction questionnaires of one audience at one moment (« à chaud », « à froid »)."""

    audience: str  # « Apprenant », « Client / employeur », « Formateur », « Financeur »
    moment: str  # « À chaud », « À froid »
    sent: int  # questionnaires sent
    answered: int  # questionnaires answered
    average: int | None  # mean score 0..100 of the answered ones with a score

    @property
    def label(self) -> str:
        """« Apprenant – à chaud »"""
        return f"{self.audience} – {self.moment.lower()}"

    @property
    def returned_text(self) -> str:
        """« 2 sur 3 (67 %) »"""
        return f"{self.answered} sur {self.sent} ({rate_text(self.answered, self.sent)})"

    @property
    def average_text(self) -> str:
        """« 87 / 100 », or « aucune réponse »."""
        return NO_ANSWER if self.average is None else f"{self.average} / 100"


@dataclass(frozen=True)
class EventLine:
    """An incident (aléa) or a complaint (réclamation) of the session, with its state."""

    kind: str  # « Aléa – Salle indisponible », « Réclamation R-0003 »
    on: str  # « 02/03/2027 »
    text: str  # what happened, or the complaint's subject
    state: str  # « Résolu », « En cours », « Répondue », « Clôturée » …
    outcome: str = ""  # the resolution or the answer given


@dataclass(frozen=True)
class CostLine:
    """A cost entered for the session (excluding VAT)."""

    on: str  # « 02/03/2027 »
    category: str  # « Salaires des formateurs » …
    label: str
    amount: str  # « 450,00 € »


@dataclass(frozen=True)
class SessionBilan:
    """The bilan of one finished session: who, attendance, results, satisfaction, events,
    the trainer's remarks and the money."""

    session_id: int
    code: str  # session code
    course_title: str
    course_code: str
    start: dt.date
    end: dt.date
    place: str
    trainers: tuple[str, ...]
    status: str  # « Terminée »
    issued_on: dt.date  # the day the bilan was produced
    # -- attendance ------------------------------------------------------------------------
    learners: int  # enrolments who followed the session (inscrit, terminé, abandon)
    completed: int  # of whom did not drop out
    planned_minutes: int  # planned minutes of the learners' half-days
    entered_minutes: int  # planned minutes of those with attendance entered
    attended_minutes: int  # minutes attended (attended_hours)
    not_entered: int  # learners' half-days without any attendance entered
    absences: tuple[AbsenceLine, ...]
    drop_outs: tuple[DropOutLine, ...]
    # -- results and satisfaction ----------------------------------------------------------
    objectives: tuple[ObjectiveLine, ...]
    satisfaction: tuple[SatisfactionGroup, ...]
    questions: tuple[QuestionLine, ...]
    comments: tuple[CommentLine, ...]
    # -- events, remarks -------------------------------------------------------------------
    incidents: tuple[EventLine, ...]
    complaints: tuple[EventLine, ...]
    trainer_remarks: str  # the trainer's remarks, as entered
    # -- money (cents) ---------------------------------------------------------------------
    invoices: int  # invoices, credit notes and dédits of the session
    invoiced_ht_cents: int  # net of credit notes
    collected_cents: int  # invoices paid (with VAT)
    outstanding_cents: int  # invoices issued, not paid, not cancelled (with VAT)
    costs: tuple[CostLine, ...]
    costs_cents: int

    # -- text for paper ----------------------------------------------------------------------
    @property
    def dates(self) -> str:
        """« du lundi 1er mars 2027 au mardi 2 mars 2027 »"""
        return fmt.date_range_long(self.start, self.end)

    @property
    def trainers_text(self) -> str:
        return ", ".join(self.trainers) or NOT_ENTERED

    @property
    def issued_text(self) -> str:
        """« 6 décembre 2026 »"""
        return fmt.date_long(self.issued_on)

    @property
    def attendance_rate(self) -> float | None:
        """Minutes attended over the planned minutes of the half-days entered (a half-day
        without attendance entered is neither attended nor missed); None with none entered."""
        return self.attended_minutes / self.entered_minutes if self.entered_minutes else None

    @property
    def attendance_text(self) -> str:
        """« 87 % (24 h 30 suivies sur 28 h prévues) », or « non renseigné »."""
        if not self.entered_minutes:
            return f"{NOT_ENTERED} (aucune présence saisie)"
        attended = fmt.hours(self.attended_minutes)
        if self.entered_minutes == self.planned_minutes:
            return (
                f"{percent(self.attendance_rate)} ({attended} suivies sur "
                f"{fmt.hours(self.planned_minutes)} prévues)"
            )
        return (
            f"{percent(self.attendance_rate)} des heures saisies ({attended} suivies sur "
            f"{fmt.hours(self.entered_minutes)} saisies, {fmt.hours(self.planned_minutes)} "
            "prévues)"
        )

    @property
    def not_entered_text(self) -> str:
        """Half-days without attendance entered (or ""): left out of the rate."""
        if not self.not_entered:
            return ""
        n = self.not_entered
        counted = "elle n'est pas comptée" if n == 1 else "elles ne sont pas comptées"
        return (
            f"Présence non saisie pour {fmt.plural(n, 'demi-journée')} d'apprenant : "
            f"{counted} dans le taux d'assiduité. Saisissez les présences pour le compléter."
        )

    @property
    def learners_text(self) -> str:
        """« 3 apprenants, dont 1 abandon »"""
        text = fmt.plural(self.learners, "apprenant")
        dropped = self.learners - self.completed
        return f"{text}, dont {fmt.plural(dropped, 'abandon')}" if dropped else text

    @property
    def completion_text(self) -> str:
        return rate_text(self.completed, self.learners)

    @property
    def absences_text(self) -> str:
        """« 2 demi-journées d'absence (1 justifiée, 1 non justifiée) », or « aucune absence
        saisie »."""
        missed = [a for a in self.absences if a.status.startswith("Absence")]
        if not missed:
            return "aucune absence saisie"
        justified = sum(1 for a in missed if a.justified)
        return (
            f"{fmt.plural(len(missed), 'demi-journée')} d'absence ({justified} justifiée"
            f"{'s' if justified > 1 else ''}, {len(missed) - justified} non justifiée"
            f"{'s' if len(missed) - justified > 1 else ''})"
        )

    @property
    def events(self) -> tuple[EventLine, ...]:
        """Incidents, then complaints."""
        return self.incidents + self.complaints

    @property
    def remarks_text(self) -> str:
        return self.trainer_remarks.strip() or NOT_ENTERED

    @property
    def invoiced_text(self) -> str:
        """« 1 380,00 € », or « aucune facture »."""
        return fmt.money(self.invoiced_ht_cents) if self.invoices else "aucune facture"

    @property
    def collected_text(self) -> str:
        return fmt.money(self.collected_cents) if self.invoices else "aucune facture"

    @property
    def outstanding_text(self) -> str:
        return fmt.money(self.outstanding_cents) if self.invoices else "aucune facture"

    @property
    def costs_text(self) -> str:
        """« 450,00 € », or « non renseigné » (no cost entered)."""
        return fmt.money(self.costs_cents) if self.costs else NOT_ENTERED

    @property
    def margin_cents(self) -> int | None:
        """Invoiced (HT) less the costs entered; None without invoice or without any cost."""
        if not self.invoices or not self.costs:
            return None
        return self.invoiced_ht_cents - self.costs_cents

    @property
    def margin_text(self) -> str:
        """« 930,00 € », or why it cannot be said."""
        if not self.invoices:
            return "non calculée (aucune facture)"
        if not self.costs:
            return "non calculée (aucun coût saisi)"
        return fmt.money(self.margin_cents)

    @property
    def money_lines(self) -> tuple[tuple[str, str], ...]:
        """The money as (label, amount) pairs, as the bilan prints them."""
        return (
            ("Facturé HT", self.invoiced_text),
            ("Encaissé (TTC)", self.collected_text),
            ("Reste à encaisser (TTC)", self.outstanding_text),
            ("Coûts saisis (HT)", self.costs_text),
            ("Marge (facturé HT − coûts)", self.margin_text),
        )
