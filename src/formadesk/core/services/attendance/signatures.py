"""Signatures drawn on screen, chained per half-day by SHA-256 so any later change shows.

digest = SHA-256(image ‖ signer ‖ half-day ‖ time ‖ previous digest of the half-day), the
first signature of a half-day chaining to 64 zeros. ``verify_session`` recomputes every chain
and says where it breaks (an image, a name, a time changed, or a signature removed).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import formatting as fmt
from ...errors import BusinessRuleError, NotFoundError, ValidationError
from ...model import Attendance, Enrollment, Learner, Signature, Slot, SlotTrainer, Trainer
from ..attended_hours import half_day_label
from .grid import GRID_ENROLLMENT_STATUSES
from .marks import has_begun

GENESIS = "0" * 64
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_IMAGE_BYTES = 2 * 1024 * 1024


def signer_key(enrollment_id: int | None, trainer_id: int | None, name: str) -> str:
    kind = f"apprenant:{enrollment_id}" if enrollment_id else f"formateur:{trainer_id}"
    return f"{kind}:{name}"


def compute_digest(
    image: bytes, signer: str, slot_id: int, signed_at: dt.datetime, previous: str
) -> str:
    digest = hashlib.sha256()
    for part in (
        image,
        signer.encode(),
        str(slot_id).encode(),
        signed_at.isoformat(timespec="seconds").encode(),
        previous.encode(),
    ):
        digest.update(len(part).to_bytes(8, "big"))  # lengths: no two inputs hash alike
        digest.update(part)
    return digest.hexdigest()


def _last_digest(s: Session, slot_id: int) -> str:
    last = s.scalar(
        select(Signature.digest).where(Signature.slot_id == slot_id).order_by(Signature.id.desc())
    )
    return last or GENESIS


def sign(
    s: Session,
    slot_id: int,
    image: bytes,
    now: dt.datetime,
    *,
    enrollment_id: int | None = None,
    trainer_id: int | None = None,
) -> Signature:
    """Record one signature; a learner's marks them present, a trainer's closes the half-day."""
    slot = s.get(Slot, slot_id)
    if slot is None:
        raise NotFoundError("Cette demi-journée n'existe plus.")
    if not image.startswith(PNG_MAGIC) or len(image) > MAX_IMAGE_BYTES:
        raise ValidationError({"image": "La signature n'a pas pu être lue : signez de nouveau."})
    if slot.date != now.date():
        raise BusinessRuleError(
            f"Le {half_day_label(slot)} n'est pas aujourd'hui : on ne signe à l'écran que le "
            "jour même. Pour un autre jour, joignez la feuille papier scannée."
        )
    if not has_begun(slot, now):
        raise BusinessRuleError(
            f"Le {half_day_label(slot)} commence à {fmt.time_short(slot.start_time)} : "
            "la feuille s'ouvre à la signature une demi-heure avant."
        )
    closed = s.scalar(
        select(Signature.id).where(Signature.slot_id == slot_id, Signature.trainer_id.is_not(None))
    )
    if closed and enrollment_id is not None:
        raise BusinessRuleError(
            "Le formateur a déjà signé et clos cette demi-journée : plus aucune signature "
            "d'apprenant n'est acceptée."
        )
    if (enrollment_id is None) == (trainer_id is None):
        raise ValidationError({"signer": "Choisissez votre nom dans la liste avant de signer."})
    if enrollment_id is not None:
        enrollment = s.get(Enrollment, enrollment_id)
        if (
            enrollment is None
            or enrollment.session_id != slot.session_id
            or (enrollment.status not in GRID_ENROLLMENT_STATUSES or enrollment.status == "abandon")
        ):
            raise NotFoundError("Cet apprenant n'est pas inscrit à cette session.")
        learner = s.get(Learner, enrollment.learner_id)
        name = f"{learner.last_name.upper()} {learner.first_name}"
        row = s.scalar(
            select(Attendance).where(
                Attendance.slot_id == slot_id, Attendance.enrollment_id == enrollment_id
            )
        )
        if row is not None and row.signed:
            raise BusinessRuleError(f"{name} a déjà signé cette demi-journée.")
        if row is not None and row.status in ("absent", "absent_excuse", "abandon"):
            raise BusinessRuleError(
                f"{name} est noté absent sur cette demi-journée : l'assistante corrige d'abord "
                "la présence."
            )
        if row is None:
            row = Attendance(slot_id=slot_id, enrollment_id=enrollment_id, status="present")
            row.minutes_attended = 0
            s.add(row)
        row.signed, row.signed_at, row.evidence = True, now, "signature"
    else:
        link = s.get(SlotTrainer, (slot_id, trainer_id))
        if link is None:
            raise NotFoundError("Ce formateur n'intervient pas sur cette demi-journée.")
        if link.signed:
            raise BusinessRuleError("Le formateur a déjà signé cette demi-journée.")
        trainer = s.get(Trainer, trainer_id)
        name = f"{trainer.first_name} {trainer.last_name.upper()}"
        link.signed, link.status = True, "present"
    previous = _last_digest(s, slot_id)
    signed_at = now.replace(microsecond=0)
    signature = Signature(
        slot_id=slot_id,
        enrollment_id=enrollment_id,
        trainer_id=trainer_id,
        signer_name=name,
        signed_at=signed_at,
        image=image,
        previous_digest=previous,
        digest=compute_digest(
            image, signer_key(enrollment_id, trainer_id, name), slot_id, signed_at, previous
        ),
    )
    s.add(signature)
    s.flush()
    return signature


@dataclass(frozen=True)
class ChainBreak:
    slot_id: int
    half_day: str
    signer_name: str
    signed_at: dt.datetime
    reason: str

    @property
    def text(self) -> str:
        return (
            f"{self.half_day}, signature de {self.signer_name} "
            f"({fmt.date_short(self.signed_at.date())} {fmt.time_short(self.signed_at.time())}) : "
            f"{self.reason}"
        )


@dataclass(frozen=True)
class Verification:
    signatures: int
    half_days: int
    breaks: tuple[ChainBreak, ...]

    @property
    def ok(self) -> bool:
        return not self.breaks

    @property
    def summary(self) -> str:
        if self.ok:
            return (
                f"{fmt.plural(self.signatures, 'signature')} sur "
                f"{fmt.plural(self.half_days, 'demi-journée', 'demi-journées')} : "
                "aucune modification depuis la signature."
            )
        return f"{fmt.plural(len(self.breaks), 'anomalie')} : " + " ; ".join(
            b.text for b in self.breaks
        )


def verify_chain(rows: list[Signature], slot: Slot) -> list[ChainBreak]:
    breaks = []
    previous = GENESIS
    for row in rows:
        label = half_day_label(slot)
        if row.previous_digest != previous:
            breaks.append(
                ChainBreak(
                    slot.id,
                    label,
                    row.signer_name,
                    row.signed_at,
                    "la signature précédente a été supprimée ou modifiée",
                )
            )
        expected = compute_digest(
            row.image,
            signer_key(row.enrollment_id, row.trainer_id, row.signer_name),
            row.slot_id,
            row.signed_at,
            row.previous_digest,
        )
        if expected != row.digest:
            breaks.append(
                ChainBreak(
                    slot.id,
                    label,
                    row.signer_name,
                    row.signed_at,
                    "l'image, le nom ou l'heure ont été modifiés après la signature",
                )
            )
        previous = row.digest
    return breaks


def verify_session(s: Session, session_id: int) -> Verification:
    slots = {slot.id: slot for slot in s.scalars(select(Slot).where(Slot.session_id == session_id))}
    by_slot: dict[int, list[Signature]] = {}
    for row in s.scalars(
        select(Signature)
        .where(Signature.slot_id.in_(list(slots)))
        .order_by(Signature.slot_id, Signature.id)
    ):
        by_slot.setdefault(row.slot_id, []).append(row)
    breaks: list[ChainBreak] = []
    for slot_id, rows in sorted(by_slot.items(), key=lambda item: _when(slots[item[0]])):
        breaks.extend(verify_chain(rows, slots[slot_id]))
    breaks.extend(_signed_without_signature(s, slots, by_slot))
    count = sum(len(rows) for rows in by_slot.values())
    return Verification(count, len(by_slot), tuple(breaks))


def _when(slot: Slot) -> tuple[dt.date, dt.time]:
    return slot.date, slot.start_time


def _signed_without_signature(
    s: Session, slots: dict[int, Slot], by_slot: dict[int, list[Signature]]
) -> list[ChainBreak]:
    """A half-day marked signed whose signature is gone (the end of a chain removed)."""
    found = []
    rows = s.execute(
        select(Attendance.slot_id, Attendance.enrollment_id, Attendance.signed_at, Learner)
        .join(Enrollment, Enrollment.id == Attendance.enrollment_id)
        .join(Learner, Learner.id == Enrollment.learner_id)
        .where(Attendance.slot_id.in_(list(slots)), Attendance.signed.is_(True))
    )
    for slot_id, enrollment_id, signed_at, learner in rows:
        if not any(sig.enrollment_id == enrollment_id for sig in by_slot.get(slot_id, [])):
            found.append(
                ChainBreak(
                    slot_id,
                    half_day_label(slots[slot_id]),
                    f"{learner.last_name.upper()} {learner.first_name}",
                    signed_at or dt.datetime.combine(slots[slot_id].date, dt.time()),
                    "la présence est notée signée mais la signature a été supprimée",
                )
            )
    return found


@dataclass(frozen=True)
class StoredSignature:
    """A signature as documents print it (plain data)."""

    slot_id: int
    enrollment_id: int | None
    trainer_id: int | None
    signer_name: str
    signed_at: dt.datetime
    image: bytes
    digest: str


def signatures_of_session(s: Session, session_id: int) -> list[StoredSignature]:
    rows = s.execute(
        select(Signature)
        .join(Slot, Slot.id == Signature.slot_id)
        .where(Slot.session_id == session_id)
        .order_by(Slot.date, Slot.start_time, Signature.id)
    ).scalars()
    return [
        StoredSignature(
            r.slot_id, r.enrollment_id, r.trainer_id, r.signer_name, r.signed_at, r.image, r.digest
        )
        for r in rows
    ]
