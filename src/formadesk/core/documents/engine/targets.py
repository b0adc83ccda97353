"""Who the files of a kind are for, in a session: learners, clients, trainers or the session.

Each target carries the ids recorded with its file and the name put in its file name; the
version of a new file follows the earlier files of the same kind, session, recipient and format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...errors import BusinessRuleError
from ...model import (
    ACTIVE_ENROLLMENT_STATUSES,
    Client,
    Enrollment,
    GeneratedDocument,
    Learner,
    SessionTrainer,
    Slot,
    SlotTrainer,
    Trainer,
)
from .files import safe_file_name
from .registry import DocumentKind

_VERSION = re.compile(r" \(v\d+\)$")


@dataclass(frozen=True)
class Target:
    """Who one file is for: the ids recorded with it and the name put in its file name."""

    name: str = ""
    enrollment_id: int | None = None
    learner_id: int | None = None
    client_id: int | None = None
    trainer_id: int | None = None  # not stored (no column): the name in the file says who
    record_id: int | None = None  # what a kind with its own targets makes a file of (an invoice)
    number: str | None = None  # that record's own number, kept with the file (« F2026-0165 »)


def filing_name(last_name: str, first_name: str) -> str:
    """« LEFÈVRE Hélène »: sorts by family name in a folder and in lists."""
    return f"{last_name.upper()} {first_name}".strip()


def file_stem(kind: DocumentKind, code: str, target: Target) -> str:
    """« Convocation - 2026-EXCEL-INT-003 - LEFÈVRE Hélène » (before any « (v2) »)."""
    return safe_file_name(" - ".join(p for p in (kind.label, code, target.name) if p))


def session_targets(
    s: Session,
    kind: DocumentKind,
    session_id: int,
    enrollment_ids: list[int] | None = None,
    trainer_ids: list[int] | None = None,
) -> list[Target]:
    """The recipients of a kind in a session, in the order their files are made."""
    if kind.scope == "session":
        return [Target()]
    if kind.scope == "trainer":
        return trainer_targets(s, session_id, trainer_ids)
    if kind.targets is not None:
        return kind.targets(s, session_id, enrollment_ids)
    statuses = ACTIVE_ENROLLMENT_STATUSES
    if kind.dropped_out_too:
        statuses = (*statuses, "abandon")
    query = (
        select(
            Enrollment.id,
            Learner.id,
            Learner.last_name,
            Learner.first_name,
            Enrollment.client_id,
            Client.name,
            Learner.anonymised_at,
        )
        .join(Learner, Learner.id == Enrollment.learner_id)
        .outerjoin(Client, Client.id == Enrollment.client_id)
        .where(
            Enrollment.session_id == session_id,
            Enrollment.status.in_(statuses),
        )
        .order_by(Learner.last_name, Learner.first_name, Enrollment.id)
    )
    if enrollment_ids is not None:
        query = query.where(Enrollment.id.in_(enrollment_ids))
    rows = s.execute(query).all()
    anonymised = [row for row in rows if row.anonymised_at is not None]
    if anonymised and kind.scope == "learner":
        if enrollment_ids is not None:  # chosen by hand: say why nothing is made for them
            raise BusinessRuleError(
                f"{anonymised[0].last_name} : les données personnelles de cet apprenant ont été "
                f"anonymisées le {anonymised[0].anonymised_at:%d/%m/%Y}. Aucun document "
                "nominatif ne peut plus être produit pour lui ; décochez-le."
            )
        rows = [row for row in rows if row.anonymised_at is None]
    if kind.scope == "learner":
        named = namesakes_apart(s, session_id)
        targets = [
            Target(named.get(lid, filing_name(last, first)), eid, lid)
            for eid, lid, last, first, *_ in rows
        ]
    else:
        clients = {cid: name for _e, _l, _la, _f, cid, name, _an in rows if cid is not None}
        targets = [
            Target(name, client_id=cid) for cid, name in sorted(clients.items(), key=lambda c: c[1])
        ]
    if kind.applies_to is not None and enrollment_ids is None:
        # chosen by hand: the builder refuses a wrong one with a precise message instead
        key = (lambda t: t.enrollment_id) if kind.scope == "learner" else (lambda t: t.client_id)
        targets = [t for t in targets if kind.applies_to(s, key(t))]
    return targets


def namesakes_apart(s: Session, session_id: int) -> dict[int, str]:
    """Learner id -> a name of their own, for namesakes of one session only: two « MARTIN
    Nicolas » would otherwise share a file name, and the second file replace the first.
    The first enrolled keeps the name; the next get « (homonyme 2) », « (homonyme 3) »,
    counted over every enrollment of the session, so that a learner keeps the same name."""
    query = (
        select(Learner.id, Learner.last_name, Learner.first_name)
        .join(Enrollment, Enrollment.learner_id == Learner.id)
        .where(Enrollment.session_id == session_id)
        .order_by(Enrollment.id)
    )
    seen: dict[str, list[int]] = {}
    for learner_id, last, first in s.execute(query):
        ids = seen.setdefault(filing_name(last, first), [])
        if learner_id not in ids:
            ids.append(learner_id)
    return {
        learner_id: f"{name} (homonyme {rank})"
        for name, ids in seen.items()
        for rank, learner_id in enumerate(ids, start=1)
        if rank > 1
    }


def trainer_targets(
    s: Session, session_id: int, trainer_ids: list[int] | None = None
) -> list[Target]:
    """Trainers of the whole session, then those of some slots only, each once, by name."""
    whole = select(SessionTrainer.trainer_id).where(SessionTrainer.session_id == session_id)
    some = (
        select(SlotTrainer.trainer_id)
        .join(Slot, Slot.id == SlotTrainer.slot_id)
        .where(Slot.session_id == session_id)
    )
    query = select(Trainer.id, Trainer.last_name, Trainer.first_name).where(
        Trainer.id.in_(whole.union(some).scalar_subquery())
    )
    if trainer_ids is not None:
        query = query.where(Trainer.id.in_(trainer_ids))
    rows = s.execute(query.order_by(Trainer.last_name, Trainer.first_name, Trainer.id)).all()
    return [Target(filing_name(last, first), trainer_id=tid) for tid, last, first in rows]


def build_data(
    s: Session, kind: DocumentKind, session_id: int, target: Target, options: dict | None = None
):
    """Call the kind's builder with the ids its scope takes (and ``options``: date, number)."""
    extra = options or {}
    if target.record_id is not None:
        extra = {**extra, "record_id": target.record_id}
    if kind.scope == "learner":
        return kind.builder(s, session_id, target.enrollment_id, **extra)
    if kind.scope == "client":
        return kind.builder(s, session_id, target.client_id, **extra)
    if kind.scope == "trainer":
        return kind.builder(s, session_id, target.trainer_id, **extra)
    return kind.builder(s, session_id, **extra)


def next_versions(
    s: Session,
    kind: DocumentKind,
    session_id: int,
    code: str,
    targets: list[Target],
    file_format: str,
) -> list[int]:
    """Previous highest version of the same kind, session, recipient and format, plus one.

    Trainers have no column of their own: their earlier files are found by file name.
    """
    same = (
        GeneratedDocument.kind == kind.key,
        GeneratedDocument.session_id == session_id,
        GeneratedDocument.file_format == file_format,
    )
    if kind.scope == "trainer" or kind.targets is not None:
        latest: dict[str, int] = {}
        for path, version in s.execute(
            select(GeneratedDocument.path, GeneratedDocument.version).where(*same)
        ):
            stem = unversioned_stem(path)
            latest[stem] = max(latest.get(stem, 0), version)
        return [latest.get(file_stem(kind, code, t), 0) + 1 for t in targets]
    who = GeneratedDocument.client_id if kind.scope == "client" else GeneratedDocument.learner_id
    query = select(who, func.max(GeneratedDocument.version)).where(*same).group_by(who)
    found = dict(s.execute(query).all())
    key = (lambda t: t.client_id) if kind.scope == "client" else (lambda t: t.learner_id)
    return [(found.get(key(t)) or 0) + 1 for t in targets]


def unversioned_stem(path: str) -> str:
    """A file's name without its extension and « (v2) »: the same for every version."""
    return _VERSION.sub("", Path(path).stem)


def recipient_from_path(path: str) -> str:
    """The recipient's name as written in a file name (« MARTIN Claire »), or ""."""
    parts = unversioned_stem(path).split(" - ")
    return parts[2] if len(parts) >= 3 else ""


def nothing_to_make(kind: DocumentKind, code: str, chosen: str = "") -> str:
    """Why no file can be made (no learner, client or trainer), and what to do.

    ``chosen`` is "enrollments" or "trainers" when the caller picked some.
    """
    what = (kind.plural or kind.label).lower()
    if kind.no_target_note:
        return kind.no_target_note.format(code=code)
    if kind.applies_note:
        return (
            f"Aucun inscrit de la session {code} n'est concerné : les {what} sont pour "
            f"{kind.applies_note}."
        )
    if chosen == "trainers":
        return (
            f"Aucun des formateurs choisis n'intervient dans la session {code} : "
            f"sélectionnez un formateur de la session pour produire les {what}."
        )
    if chosen:
        return (
            f"Aucune des inscriptions choisies n'est active dans la session {code} : "
            f"sélectionnez des inscrits (ou pré-inscrits) pour produire les {what}."
        )
    if kind.scope == "client":
        return (
            f"Aucun inscrit de la session {code} n'est rattaché à un client : indiquez le "
            f"client de chaque inscription avant de produire les {what}."
        )
    if kind.scope == "trainer":
        return (
            f"La session {code} n'a aucun formateur : affectez un formateur à la session ou à "
            f"ses créneaux avant de produire les {what}."
        )
    return (
        f"La session {code} n'a aucun inscrit actif : inscrivez au moins un apprenant "
        f"(inscrit ou pré-inscrit) avant de produire les {what}."
    )
