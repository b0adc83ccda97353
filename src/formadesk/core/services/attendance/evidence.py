"""Evidence of attendance: scanned sheets and justifications kept in the database, and the
list of half-days whose evidence is missing."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ... import formatting as fmt
from ...errors import BusinessRuleError, NotFoundError, ValidationError
from ...model import (
    Attachment,
    Attendance,
    Enrollment,
    Signature,
    Slot,
    SlotScan,
    SlotTrainer,
    TrainingSession,
)
from ..attended_hours import half_day_label
from .codes import FILE_SIGNATURES, MAX_FILE_BYTES
from .grid import GRID_ENROLLMENT_STATUSES
from .marks import has_begun


def read_kept_file(path: Path, key: str, *, empty: str, lighter: str) -> bytes:
    """The bytes of a file the user gives to be kept in the database, once it exists, is not
    empty, fits the size limit and can be read; else a French refusal under ``key``.

    ``empty`` and ``lighter`` end the messages for an empty and a too heavy file (what to do).
    """
    path = Path(path)
    if not path.is_file():
        raise ValidationError(
            {key: f"Le fichier « {path} » est introuvable : choisissez-en un autre."}
        )
    size = path.stat().st_size
    if size == 0:
        raise ValidationError({key: f"Le fichier « {path.name} » est vide : {empty}"})
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            {
                key: f"Le fichier « {path.name} » pèse {size // (1024 * 1024)} Mo : "
                f"{MAX_FILE_BYTES // (1024 * 1024)} Mo au plus. {lighter}"
            }
        )
    try:
        return path.read_bytes()
    except OSError:
        raise ValidationError(
            {key: f"Le fichier « {path.name} » ne peut pas être lu : vérifiez ses droits."}
        ) from None


def attachment_row(
    s: Session, filename: str, data: bytes, media_type: str, now: dt.datetime
) -> Attachment:
    """Keep ``data`` in the database (a backup carries it) and return its row."""
    row = Attachment(
        filename=filename[:255],
        media_type=media_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
        added_at=now,
    )
    s.add(row)
    s.flush()
    return row


def read_evidence_file(path: Path) -> tuple[bytes, str]:
    """The bytes and media type of a scan or justification, or a French refusal."""
    data = read_kept_file(
        path,
        "file",
        empty="scannez-le de nouveau.",
        lighter="Scannez en 200 ppp ou en noir et blanc.",
    )
    for magic, media_type in FILE_SIGNATURES:
        if data.startswith(magic):
            return data, media_type
    raise ValidationError(
        {
            "file": f"« {Path(path).name} » n'est ni un PDF ni une image (PNG, JPEG, TIFF) : "
            "enregistrez le scan dans l'un de ces formats."
        }
    )


def store_file(s: Session, path: Path, now: dt.datetime) -> Attachment:
    data, media_type = read_evidence_file(path)
    return attachment_row(s, Path(path).name, data, media_type, now)


def attach_scan(
    s: Session,
    session_id: int,
    path: Path,
    slot_ids: Sequence[int],
    today: dt.date,
    now: dt.datetime,
) -> int:
    """Attach a scanned sheet to the half-days it covers; their rows say « scan »."""
    if not slot_ids:
        raise ValidationError({"slots": "Cochez les demi-journées que couvre ce scan."})
    slots = list(
        s.scalars(select(Slot).where(Slot.id.in_(list(slot_ids)), Slot.session_id == session_id))
    )
    if len(slots) != len(set(slot_ids)):
        raise NotFoundError("Une demi-journée cochée n'appartient plus à la session : rouvrez-la.")
    future = [slot for slot in slots if slot.date > today]
    if future:
        raise ValidationError(
            {
                "slots": f"Le {half_day_label(future[0])} n'a pas encore eu lieu : "
                "une feuille signée ne peut pas le couvrir."
            }
        )
    attachment = store_file(s, path, now)
    for slot in slots:
        s.add(SlotScan(slot_id=slot.id, attachment_id=attachment.id))
        for row in s.scalars(select(Attendance).where(Attendance.slot_id == slot.id)):
            if row.evidence != "signature":
                row.evidence = "scan"
    return attachment.id


def attach_justification(
    s: Session, enrollment_id: int, slot_ids: Sequence[int], path: Path, now: dt.datetime
) -> int:
    """Attach a justification (medical certificate …) to absences; they become excused."""
    rows = list(
        s.scalars(
            select(Attendance).where(
                Attendance.enrollment_id == enrollment_id, Attendance.slot_id.in_(list(slot_ids))
            )
        )
    )
    if not slot_ids or len(rows) != len(set(slot_ids)):
        raise ValidationError(
            {
                "slots": "Saisissez d'abord l'absence sur chaque demi-journée "
                "que couvre le justificatif."
            }
        )
    not_absent = [row for row in rows if row.status not in ("absent", "absent_excuse")]
    if not_absent:
        slot = s.get(Slot, not_absent[0].slot_id)
        raise BusinessRuleError(
            f"Le {half_day_label(slot)}, l'apprenant n'est pas noté absent : un justificatif "
            "d'absence ne s'y attache pas."
        )
    attachment = store_file(s, path, now)
    for row in rows:
        row.status = "absent_excuse"
        row.justification_id = attachment.id
    return attachment.id


def read_attachment(s: Session, attachment_id: int) -> tuple[str, str, bytes]:
    row = s.get(Attachment, attachment_id)
    if row is None:
        raise NotFoundError("Cette pièce jointe n'existe plus.")
    return row.filename, row.media_type, row.data


def scans_of_session(s: Session, session_id: int) -> list[tuple[int, str, dt.datetime, list[int]]]:
    """(attachment id, file name, added at, slot ids) of the session's scanned sheets."""
    rows = s.execute(
        select(Attachment.id, Attachment.filename, Attachment.added_at, SlotScan.slot_id)
        .join(SlotScan, SlotScan.attachment_id == Attachment.id)
        .join(Slot, Slot.id == SlotScan.slot_id)
        .where(Slot.session_id == session_id)
        .order_by(Attachment.id, Slot.date, Slot.start_time)
    )
    found: dict[int, tuple[int, str, dt.datetime, list[int]]] = {}
    for aid, name, added, slot_id in rows:
        found.setdefault(aid, (aid, name, added, []))[3].append(slot_id)
    return list(found.values())


@dataclass(frozen=True)
class MissingEvidence:
    session_id: int
    session_code: str
    slot_id: int
    date: dt.date
    half_day: str  # « lundi 14 décembre 2026 matin »
    problems: tuple[str, ...]  # French, one per missing piece

    @property
    def text(self) -> str:
        return " ; ".join(self.problems)


def missing_evidence(
    s: Session, today: dt.date, session_id: int | None = None, since: dt.date | None = None
) -> list[MissingEvidence]:
    """Held half-days (up to today) whose attendance or evidence is incomplete."""
    query = (
        select(Slot, TrainingSession.code)
        .join(TrainingSession, TrainingSession.id == Slot.session_id)
        .where(Slot.date <= today, TrainingSession.status != "annulee")
        .order_by(Slot.date, Slot.start_time, TrainingSession.code)
    )
    if session_id is not None:
        query = query.where(Slot.session_id == session_id)
    if since is not None:
        query = query.where(Slot.date >= since)
    # On the real day, a half-day not begun yet (this afternoon) misses nothing so far.
    now = dt.datetime.now() if today == dt.date.today() else None
    slots = [(slot, code) for slot, code in s.execute(query) if now is None or has_begun(slot, now)]
    ids = [slot.id for slot, _code in slots]
    if not ids:
        return []
    expected = dict(
        s.execute(
            select(Enrollment.session_id, func.count())
            .where(
                Enrollment.session_id.in_({slot.session_id for slot, _ in slots}),
                Enrollment.status.in_(GRID_ENROLLMENT_STATUSES),
            )
            .group_by(Enrollment.session_id)
        ).all()
    )
    entered = dict(
        s.execute(
            select(Attendance.slot_id, func.count())
            .where(Attendance.slot_id.in_(ids))
            .group_by(Attendance.slot_id)
        ).all()
    )
    scanned = set(s.scalars(select(SlotScan.slot_id).where(SlotScan.slot_id.in_(ids))))
    signed = set(s.scalars(select(Signature.slot_id).where(Signature.slot_id.in_(ids))))
    trainer_missing = set(
        s.scalars(
            select(SlotTrainer.slot_id).where(
                SlotTrainer.slot_id.in_(ids),
                SlotTrainer.status == "",
                SlotTrainer.signed.is_(False),
            )
        )
    )
    found = []
    for slot, code in slots:
        problems = []
        missing = expected.get(slot.session_id, 0) - entered.get(slot.id, 0)
        if missing > 0:
            problems.append(fmt.plural(missing, "présence non saisie", "présences non saisies"))
        if slot.id not in scanned and slot.id not in signed and expected.get(slot.session_id):
            problems.append("ni signature à l'écran ni feuille scannée")
        if slot.id in trainer_missing:
            problems.append("présence du formateur non saisie")
        if problems:
            found.append(
                MissingEvidence(
                    slot.session_id, code, slot.id, slot.date, half_day_label(slot), tuple(problems)
                )
            )
    return found
