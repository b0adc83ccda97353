"""Feuille d'émargement signée: the signatures drawn on screen, read back from the database.

One section per half-day that has at least one signature on screen: every learner of the
grid with the image of their signature and its time, or what was entered instead (« Absente »,
« Absence excusée », « Non signé ») and the trainer's signature. The verification of the
SHA-256 chains (``services.attendance.signatures``) is done when the sheet is built and
printed at the foot of every page, with the last digest of each half-day shown there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ... import formatting as fmt
from ...errors import BusinessRuleError
from ...services.attendance.codes import EVIDENCE, STATUSES, TRAINER_STATUSES
from ...services.attendance.grid import Cell, Grid, HalfDay, read_grid
from ...services.attendance.signatures import (
    StoredSignature,
    signatures_of_session,
    verify_session,
)
from ...services.attended_hours import half_day_label
from ..engine.builders import load_session, organisation_info
from ..engine.data import OrganisationInfo
from .build import session_place

DIGEST_SHOWN = 8  # characters kept at each end of an abbreviated digest
FOOT_BREAKS = 2  # breaks spelt out at the foot of each page (all of them at the end)


def short_digest(digest: str) -> str:
    """« 3fa2c1d0…9b7e4410 »: enough to compare with the database, short enough to print."""
    if len(digest) <= 2 * DIGEST_SHOWN:
        return digest
    return f"{digest[:DIGEST_SHOWN]}…{digest[-DIGEST_SHOWN:]}"


def signed_time(when: dt.datetime) -> str:
    """« signé le 01/03/2027 à 9h02 »."""
    return f"signé le {fmt.date_short(when.date())} à {fmt.time_short(when.time())}"


@dataclass(frozen=True)
class SignedLine:
    """One signer (or non-signer) of a half-day."""

    name: str  # « DURAND Léa », « Anne BERNARD »
    image: bytes | None  # the PNG drawn on screen, None when not signed on screen
    when: str  # « signé le 01/03/2027 à 9h02 », "" when not signed
    status: str  # « Retard (2 h 30 suivies) », « Absent », « Non signé à l'écran » …
    is_trainer: bool = False


@dataclass(frozen=True)
class SignedHalfDay:
    """One half-day with its signatures, in the order they were given."""

    slot_id: int
    label: str  # « lundi 1er mars 2027 matin »
    times: str  # « 9h00 – 12h30 »
    place: str
    lines: tuple[SignedLine, ...]  # trainers last: they close the half-day
    last_digest: str  # the end of the half-day's chain

    @property
    def short_digest(self) -> str:
        return short_digest(self.last_digest)


@dataclass(frozen=True)
class SignedSheetData:
    """Feuille d'émargement signée of a session (plain data for the renderer)."""

    organisation: OrganisationInfo
    session_code: str
    course_title: str
    dates: str
    place: str
    half_days: tuple[SignedHalfDay, ...]
    unsigned: tuple[str, ...]  # « mardi 2 mars 2027 matin : feuille papier scannée » …
    verified_on: str  # « 5 décembre 2026 à 11h52 »
    verified_ok: bool
    checked: str  # « 11 signatures sur 4 demi-journées »
    verification: str  # Verification.summary: « aucune modification … » or the breaks
    breaks: tuple[str, ...] = ()  # one sentence per break of a chain (ChainBreak.text)

    @property
    def verification_line(self) -> str:
        """What the foot of each page says about the chains."""
        head = f"Signatures électroniques : chaîne SHA-256 vérifiée le {self.verified_on}"
        if self.verified_ok:
            return f"{head} : aucune modification ({self.checked})."
        shown = " ; ".join(self.breaks[:FOOT_BREAKS])
        more = len(self.breaks) - FOOT_BREAKS
        rest = f" ; et {fmt.plural(more, 'autre')} (liste à la fin du document)" if more > 0 else ""
        count = fmt.plural(len(self.breaks), "anomalie")
        return f"{head} : MODIFICATIONS DÉTECTÉES ({count}) : {shown}{rest}."


def _learner_status(cell: Cell | None) -> str:
    """What a learner's line says besides the signature ("" for « present », signed)."""
    if cell is None:
        return "Présence non saisie"
    label = STATUSES.get(cell.status, cell.status)
    if cell.status in ("retard", "depart_anticipe"):
        return f"{label} ({fmt.hours(cell.attended)} suivies)"
    if cell.status == "present":
        if cell.signed_at:
            return ""
        return f"Présent, non signé à l'écran ({EVIDENCE.get(cell.evidence, '').lower()})"
    return label


def _lines(grid: Grid, half_day: HalfDay, by_signer: dict) -> tuple[SignedLine, ...]:
    lines = []
    for learner in grid.learners:
        cell = grid.cell(learner.enrollment_id, half_day.slot_id)
        signed: StoredSignature | None = by_signer.get(("learner", learner.enrollment_id))
        status = _learner_status(cell)
        if signed is not None:
            lines.append(
                SignedLine(learner.name, signed.image, signed_time(signed.signed_at), status)
            )
        else:
            lines.append(SignedLine(learner.name, None, "", status))
    for trainer in half_day.trainers:
        signed = by_signer.get(("trainer", trainer.trainer_id))
        if signed is not None:
            when = signed_time(signed.signed_at)
            lines.append(SignedLine(trainer.name, signed.image, when, "", is_trainer=True))
        else:
            status = TRAINER_STATUSES.get(trainer.status, trainer.status)
            lines.append(SignedLine(trainer.name, None, "", status, is_trainer=True))
    return tuple(lines)


def build_signed_sheet(
    s: Session, session_id: int, *, today: dt.date | None = None, now: dt.datetime | None = None
) -> SignedSheetData:
    """The signed sheet of a session; refused when nobody signed on screen."""
    session = load_session(s, session_id)
    stamp = now or dt.datetime.now().replace(microsecond=0)
    grid = read_grid(s, session_id, today or stamp.date())
    stored = signatures_of_session(s, session_id)
    if not stored:
        raise BusinessRuleError(
            f"La session {session.code} n'a aucune signature à l'écran : il n'y a pas de "
            "feuille signée à imprimer. Imprimez les feuilles d'émargement papier et joignez "
            "leur scan, ou faites signer les apprenants en mode signature."
        )
    by_slot: dict[int, dict[tuple[str, int], StoredSignature]] = {}
    last: dict[int, str] = {}
    for sig in stored:
        who = ("learner", sig.enrollment_id) if sig.enrollment_id else ("trainer", sig.trainer_id)
        by_slot.setdefault(sig.slot_id, {})[who] = sig
        last[sig.slot_id] = sig.digest  # ordered by id within a half-day
    slots = {slot.id: slot for slot in session.slots}
    place = session_place(s, session)
    signed, unsigned = [], []
    for half_day in grid.half_days:
        label = half_day_label(slots[half_day.slot_id])
        if half_day.slot_id not in by_slot:
            if half_day.date <= grid.today:
                unsigned.append(f"{label} : {EVIDENCE[half_day.evidence].lower()}")
            continue
        signed.append(
            SignedHalfDay(
                half_day.slot_id,
                label,
                fmt.time_range(half_day.start_time, half_day.end_time),
                half_day.room_name or place,
                _lines(grid, half_day, by_slot[half_day.slot_id]),
                last[half_day.slot_id],
            )
        )
    check = verify_session(s, session_id)
    return SignedSheetData(
        organisation=organisation_info(s),
        session_code=session.code,
        course_title=session.course.title,
        dates=fmt.date_range_long(session.start_date, session.end_date),
        place=place,
        half_days=tuple(signed),
        unsigned=tuple(unsigned),
        verified_on=f"{fmt.date_long(stamp.date())} à {fmt.time_short(stamp.time())}",
        verified_ok=check.ok,
        checked=(
            f"{fmt.plural(check.signatures, 'signature')} sur "
            f"{fmt.plural(check.half_days, 'demi-journée', 'demi-journées')}"
        ),
        verification=check.summary,
        breaks=tuple(b.text for b in check.breaks),
    )
