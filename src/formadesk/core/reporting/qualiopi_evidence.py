"""What the Qualiopi evidence pack holds, indicator by indicator, found in the database.

``gather`` reads the base once and returns one ``SectionPlan`` per indicator the assistant
feeds: the pieces to put in its folder (a document already produced, copied; or a table or
PDF made from the records) and the sentences saying what is MISSING. It only plans: writing
happens in ``qualiopi_pack``, which may be cancelled between pieces. A recorded document whose
file no longer exists is reported missing, never skipped silently.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..documents.engine.files import safe_file_name
from ..documents.engine.registry import KINDS
from ..documents.lists.xlsx import SheetSpec
from ..model import (
    SENT_STATUSES,
    Enrollment,
    GeneratedDocument,
    Learner,
    Signature,
    Slot,
    SlotScan,
    TrainingSession,
)
from ..model.sessions import CERTIFIED_STATUSES
from .qualiopi import QualiopiFigures

MAX_NAMED = 12  # items named in one « missing » sentence; the others are counted

INDICATORS: dict[str, tuple[str, str]] = {
    # code: (title in the index, folder name)
    "01-02": ("Information du public et résultats obtenus", "01-02 Information et résultats"),
    "03": ("Taux d'obtention des certifications", "03 Certifications"),
    "09": ("Convocation et règlement remis aux stagiaires", "09 Convocations et règlement"),
    "11": ("Évaluation des acquis à l'entrée et à la sortie", "11 Évaluations entrée et sortie"),
    "12": ("Assiduité, relances et abandons", "12 Assiduité et abandons"),
    "26": ("Handicap : référent et réseau", "26 Handicap"),
    "30": ("Satisfaction de toutes les parties prenantes", "30 Satisfaction"),
    "31": ("Difficultés, réclamations et aléas", "31 Réclamations et aléas"),
    "32": ("Actions d'amélioration et leur suivi", "32 Amélioration continue"),
}
# Documents of the sessions filed under each indicator (registry keys).
SESSION_KINDS: dict[str, tuple[str, ...]] = {
    "01-02": ("programme",),
    "09": ("convocation", "reglement", "livret"),
    "11": ("attestation_fin",),
    "12": (
        "emargement_jour",
        "emargement_paysage",
        "emargement_apprenant",
        "emargement_client",
        "emargement_signe",
        "preuves_presence",
        "releve_presence",
        "releve_presence_financeurs",
        "certificat_realisation",
        "attestation_assiduite",
    ),
}
LETTER_KINDS = {"reclamation_accuse": "Accusé de réception", "reclamation_reponse": "Réponse"}


@dataclass
class Piece:
    """One file of the pack: copied from ``source`` or produced by ``write(path)``."""

    relative: str  # inside the indicator's folder: « 2026-EXCEL-001/Convocation - ….pdf »
    label: str  # what it is, for the counts of the index: « Convocation »
    source: Path | None = None
    write: Callable[[Path], object] | None = None


@dataclass
class SectionPlan:
    code: str
    pieces: list[Piece] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return INDICATORS[self.code][0]

    @property
    def folder(self) -> str:
        return INDICATORS[self.code][1]


@dataclass(frozen=True)
class PeriodSession:
    id: int
    code: str
    course_id: int
    course_title: str
    start: dt.date
    end: dt.date

    @property
    def folder(self) -> str:
        return safe_file_name(self.code, fallback=f"session-{self.id}")


@dataclass(frozen=True)
class Trainee:
    enrollment_id: int
    session_id: int
    learner_id: int
    client_id: int | None
    name: str  # « LEFÈVRE Hélène »
    status: str


@dataclass
class Found:
    """What ``gather`` read once and the indicators share."""

    figures: QualiopiFigures
    sessions: dict[int, PeriodSession]
    trainees: list[Trainee]
    documents: list[GeneratedDocument]  # latest version of each, detached values only

    def codes(self, session_ids: Iterable[int]) -> list[str]:
        return sorted(self.sessions[i].code for i in session_ids)


def named(items: list[str], limit: int = MAX_NAMED) -> str:
    """« a, b, c » or « a, b … et 7 autres »."""
    if len(items) <= limit:
        return ", ".join(items)
    return f"{', '.join(items[:limit])} … et {len(items) - limit} autres"


def count_sentence(items: list[str], singular: str, plural_form: str, what: str) -> str:
    """« 3 sessions sans convocation envoyée : A, B, C »."""
    noun = singular if len(items) == 1 else plural_form
    return f"{len(items)} {' '.join(filter(None, (noun, what)))} : {named(items)}"


def period_sessions_of(s: Session, figures: QualiopiFigures) -> dict[int, PeriodSession]:
    from ..model import Course
    from .rates import period_sessions

    rows = s.execute(
        select(
            TrainingSession.id,
            TrainingSession.code,
            TrainingSession.course_id,
            Course.title,
            TrainingSession.start_date,
            TrainingSession.end_date,
        )
        .join(Course, Course.id == TrainingSession.course_id)
        .where(TrainingSession.id.in_(period_sessions(figures.start, figures.end)))
        .order_by(TrainingSession.end_date, TrainingSession.code)
    )
    return {r[0]: PeriodSession(*r) for r in rows}


def trainees_of(s: Session, session_ids: list[int]) -> list[Trainee]:
    rows = s.execute(
        select(
            Enrollment.id,
            Enrollment.session_id,
            Enrollment.learner_id,
            Enrollment.client_id,
            Learner.last_name,
            Learner.first_name,
            Enrollment.status,
        )
        .join(Learner, Learner.id == Enrollment.learner_id)
        .where(Enrollment.session_id.in_(session_ids), Enrollment.status.in_(CERTIFIED_STATUSES))
        .order_by(Learner.last_name, Learner.first_name)
    )
    return [
        Trainee(e, sid, lid, cid, f"{(last or '').upper()} {first or ''}".strip(), status)
        for e, sid, lid, cid, last, first, status in rows
    ]


def latest_documents(s: Session, session_ids: list[int]) -> list[GeneratedDocument]:
    """The latest version of each document of the sessions (by kind, recipient, format)."""
    rows = s.scalars(
        select(GeneratedDocument)
        .where(GeneratedDocument.session_id.in_(session_ids))
        .order_by(GeneratedDocument.generated_at, GeneratedDocument.id)
    ).all()
    latest: dict[tuple, GeneratedDocument] = {}
    for row in rows:
        key = (row.kind, row.session_id, row.learner_id, row.client_id, row.file_format)
        latest[key] = row
    s.expunge_all()  # plain values from here on: read after the session closes
    return list(latest.values())


def copy_pieces(found: Found, plan: SectionPlan, kinds: tuple[str, ...]) -> dict[str, set[int]]:
    """Put the documents of ``kinds`` in the section, one sub-folder per session; a recorded
    file that no longer exists is reported missing. Returns {kind: session ids having one
    recorded} (its file found or not: a lost file is said on its own line)."""
    having: dict[str, set[int]] = defaultdict(set)
    gone: list[str] = []
    for doc in sorted(found.documents, key=lambda d: (d.session_id, d.kind, d.path)):
        if doc.kind not in kinds or doc.session_id not in found.sessions:
            continue
        session = found.sessions[doc.session_id]
        label = KINDS[doc.kind].label if doc.kind in KINDS else doc.kind
        path = Path(doc.path)
        having[doc.kind].add(doc.session_id)  # produced, even if its file went since
        if not path.is_file():
            gone.append(path.name)  # « Convocation - 2026-EXCEL-001 - LEFÈVRE Hélène.pdf »
            continue
        plan.pieces.append(Piece(f"{session.folder}/{path.name}", label, source=path))
    if gone:
        plan.missing.append(
            count_sentence(
                gone,
                "document enregistré dont le fichier est introuvable",
                "documents enregistrés dont le fichier est introuvable",
                "(déplacé ou supprimé)",
            )
        )
    return having


def sessions_without(found: Found, having: set[int]) -> list[str]:
    return found.codes(i for i in found.sessions if i not in having)


def convocations(found: Found, plan: SectionPlan) -> None:
    """Indicator 9: who was sent a convocation, sessions without règlement or livret."""
    having = copy_pieces(found, plan, SESSION_KINDS["09"])
    sent = {
        (d.session_id, d.learner_id)
        for d in found.documents
        if d.kind == "convocation" and d.status in SENT_STATUSES
    }
    lacking: dict[int, list[str]] = defaultdict(list)
    counted: dict[int, int] = defaultdict(int)
    for t in found.trainees:
        counted[t.session_id] += 1
        if (t.session_id, t.learner_id) not in sent:
            lacking[t.session_id].append(t.name)
    none_sent = [i for i, names in lacking.items() if len(names) == counted[i]]
    if none_sent:
        plan.missing.append(
            count_sentence(
                found.codes(none_sent), "session", "sessions", "sans convocation envoyée"
            )
        )
    partial = [
        f"{found.sessions[i].code} ({', '.join(names)})"
        for i, names in sorted(lacking.items(), key=lambda p: found.sessions[p[0]].code)
        if i not in none_sent
    ]
    if partial:
        plan.missing.append(
            count_sentence(
                partial,
                "session où un stagiaire n'a pas de convocation envoyée",
                "sessions où des stagiaires n'ont pas de convocation envoyée",
                "",
            )
        )
    rules = having.get("reglement", set()) | having.get("livret", set())
    if lacking_rules := sessions_without(found, rules):
        plan.missing.append(
            count_sentence(
                lacking_rules,
                "session",
                "sessions",
                "sans règlement intérieur ni livret d'accueil produit",
            )
        )
    generated = sum(1 for d in found.documents if d.kind == "convocation")
    plan.notes.append(
        f"Une convocation compte comme envoyée lorsqu'elle est marquée « envoyée » ou "
        f"« signée reçue » dans l'historique des documents ({fmt.plural(generated, 'produite')})."
    )


def programmes(found: Found, plan: SectionPlan) -> None:
    having = copy_pieces(found, plan, SESSION_KINDS["01-02"])
    if lacking := sessions_without(found, having.get("programme", set())):
        plan.missing.append(
            count_sentence(lacking, "session", "sessions", "sans programme produit")
        )


def attendance_sessions_with_evidence(s: Session, session_ids: list[int]) -> set[int]:
    """Sessions holding signatures on screen or scanned sheets."""
    mine = Slot.session_id.in_(session_ids)
    signed = select(Slot.session_id).join(Signature, Signature.slot_id == Slot.id).where(mine)
    scanned = select(Slot.session_id).join(SlotScan, SlotScan.slot_id == Slot.id).where(mine)
    return set(s.scalars(signed.union(scanned)))


def held_sessions(s: Session, session_ids: list[int]) -> set[int]:
    """Sessions that had at least one half-day (the others had nothing to sign)."""
    return set(
        s.scalars(
            select(Slot.session_id)
            .where(Slot.session_id.in_(session_ids))
            .group_by(Slot.session_id)
        )
    )


def count_by(values: Iterable[str]) -> list[tuple[str, int]]:
    counts: dict[str, int] = defaultdict(int)
    for v in values:
        counts[v] += 1
    return sorted(counts.items())


def row_count(s: Session, model, *where) -> int:
    return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def sheet(name: str, title: str, header, rows, widths, facts=()) -> SheetSpec:
    return SheetSpec(
        name=name, title=title, header=tuple(header), rows=rows, widths=tuple(widths),
        facts=tuple(facts),
    )  # fmt: skip


def period_facts(found: Found) -> list[tuple[str, str]]:
    f = found.figures
    return [
        ("Période", f"sessions terminées du {fmt.date_short(f.start)} au {fmt.date_short(f.end)}")
    ]
