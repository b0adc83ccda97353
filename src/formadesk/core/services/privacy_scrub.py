"""Anonymising one learner inside the caller's transaction (``PrivacyService.anonymise``).

What goes, what stays, decided here once:

- the learner's record: names become « Anonyme <n> » (n = the record's number), and every
  other personal field is emptied (birth date and name, e-mail, phone, address, employer and
  SIRET, job title, accessibility needs, notes); the search text is emptied, so no search
  finds them; their status stays (the BPF counts learners by status);
- enrolments: notes and the trainer's comment on their results are emptied; reasons for
  cancelling or leaving stay (drop-out causes are Qualiopi figures), their name taken out;
- attendance: the status and minutes of each half-day stay (legal evidence, BPF hours); the
  note is emptied and a scanned justification of absence (often medical) is deleted;
- signatures drawn on screen stay as they are: they are the attendance evidence, sealed by a
  chained fingerprint that any change would break (kept for the evidence retention);
- evaluations: scores and answers stay (Qualiopi figures, always shown without the name);
  the person's name is taken out of comments and free answers;
- exchanges with them: who and notes emptied, attachments deleted, the subject stays without
  their name; complaints of theirs: the author becomes « Apprenant n° <n> », their name is
  taken out of the texts (the complaint and its answer stay: Qualiopi indicator 31);
- tasks about them: their name taken out of titles and notes;
- their documents: removed (file and registry row) or kept by retention category
  (``privacy_review.fate_of``); a kept file whose name holds theirs is renamed; the same in
  every archived dossier of their sessions, whose index is rewritten (once per dossier, with
  every person anonymised together); the merged PDFs to print (« … - tous.pdf », copies never
  recorded) next to their documents are deleted, and the archived workbook of results per
  objective is written again once the names are gone (``PrivacyService.anonymise``);
- invoices (and a private client record of the same person) are not touched: accounting
  documents are kept unchanged for ``retention.invoices_years`` years.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..model import (
    Attachment,
    Attendance,
    Complaint,
    Enrollment,
    Evaluation,
    EvaluationAnswer,
    FundingLine,
    GeneratedDocument,
    Interaction,
    InteractionAttachment,
    Learner,
    SlotScan,
    Task,
)
from .archive_index import INDEX_JSON, INDEX_PDF, read_index, write_index_json, write_index_pdf
from .compliance import LEARNER, learner_label, record
from .file_plan import FilePlan
from .privacy_review import LearnerFacts, RetentionPolicy, fate_of, fates

MERGED_SUFFIX = " - tous.pdf"  # the single PDF to print of a batch (documents.service)


def anonymous_name(learner_id: int) -> str:
    """« Anonyme 12 »: the last name of an anonymised learner (first name left empty)."""
    return f"Anonyme {learner_id}"


class Scrubber:
    """Takes a person's names out of a text (whole words, any case).

    ``strict``: only their full name (« DURAND Léa », « Léa Durand »), for texts about
    several people (a session's tasks, a dossier's index) where another learner may share a
    first or last name; otherwise each of their names alone too.
    """

    def __init__(self, facts: LearnerFacts, label: str, *, strict: bool = False):
        last, first, birth = facts.last_name.strip(), facts.first_name.strip(), facts.birth_name
        names = [f"{last} {first}", f"{first} {last}"]
        if not strict:
            names += [last, birth.strip(), first]
        names = sorted({n for n in names if len(n.strip()) >= 2}, key=len, reverse=True)
        self.label = label
        self.pattern = (
            re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in names), re.IGNORECASE)
            if names
            else None
        )

    def __call__(self, text: str | None) -> str:
        if not text or self.pattern is None:
            return text or ""
        return self.pattern.sub(self.label, text)


@dataclass
class Shared:
    """What several learners anonymised together touch once: an archived dossier's index
    (rewritten once, from the version the previous learners left), the print copies."""

    indexes: dict = field(default_factory=dict)  # folder -> index as it will be written
    merged: set = field(default_factory=set)  # « … - tous.pdf » files already to delete


@dataclass(frozen=True)
class LearnerOutcome:
    """What the anonymisation of one learner did (for the log and the result)."""

    learner_id: int
    removed: Counter
    kept: Counter
    archived_files_removed: int


def anonymise_in(
    s: Session,
    facts: LearnerFacts,
    policy: RetentionPolicy,
    plan: FilePlan,
    *,
    now: dt.datetime,
    reason: str,
    archives: dict[int, list[Path]],
    organisation,
    shared: Shared,
) -> LearnerOutcome:
    """Change every row of one learner and add its file changes to ``plan``; log it."""
    lid = facts.learner_id
    label = learner_label(lid)
    scrub = Scrubber(facts, label)
    file_scrub = Scrubber(facts, anonymous_name(lid).upper(), strict=True)
    _learner(s, lid, now)
    enrollment_ids = list(s.scalars(select(Enrollment.id).where(Enrollment.learner_id == lid)))
    _enrollments(s, enrollment_ids, scrub)
    _people_rows(s, lid, facts, scrub, Scrubber(facts, label, strict=True))
    removed, kept = Counter(), Counter()
    for fate in fates(facts, policy, now.date()):
        doc = s.get(GeneratedDocument, fate.document.id)
        path = Path(doc.path)
        for merged in path.parent.glob(f"*{MERGED_SUFFIX}"):  # never recorded: print copies
            if merged not in shared.merged:
                shared.merged.add(merged)
                plan.delete(merged)
        if fate.keep:
            kept[fate.category.label] += 1
            new = path.with_name(file_scrub(path.name))
            if new != path:
                plan.rename(path, new)
                doc.path = str(new)
        else:
            removed[fate.category.label] += 1
            plan.delete(path)
            s.delete(doc)
    archived = 0
    for folder in (f for sid in sorted(facts.session_ids) for f in archives.get(sid, ())):
        archived += _archived_folder(
            folder, facts, policy, plan, file_scrub, now, organisation, shared.indexes
        )
    record(
        s,
        "anonymisation",
        LEARNER,
        lid,
        label,
        _detail(scrub(reason), removed, kept, archived),
        at=now,
    )
    return LearnerOutcome(lid, removed, kept, archived)


def _learner(s: Session, lid: int, now: dt.datetime) -> None:
    row = s.get(Learner, lid)
    row.civility, row.last_name, row.first_name = "", anonymous_name(lid), ""
    row.birth_name, row.birth_date = "", None
    row.email = row.phone = row.address = row.postal_code = row.city = ""
    row.employer_name = row.employer_siret = row.job_title = ""
    row.employer_client_id = None
    row.accessibility_needs, row.needs_accessible_room, row.notes = "", False, ""
    row.search_text, row.anonymised_at = "", now


def _enrollments(s: Session, enrollment_ids: list[int], scrub: Scrubber) -> None:
    if not enrollment_ids:
        return
    for row in s.scalars(select(Enrollment).where(Enrollment.id.in_(enrollment_ids))):
        row.notes, row.outcome_comment = "", ""
        row.cancel_reason, row.drop_reason = scrub(row.cancel_reason), scrub(row.drop_reason)
    justifications = set()
    for row in s.scalars(select(Attendance).where(Attendance.enrollment_id.in_(enrollment_ids))):
        row.note = ""
        if row.justification_id is not None:
            justifications.add(row.justification_id)
            row.justification_id = None
    s.flush()
    _drop_unused_attachments(s, justifications)
    for row in s.scalars(select(Evaluation).where(Evaluation.enrollment_id.in_(enrollment_ids))):
        row.comment = scrub(row.comment)
    answers = select(EvaluationAnswer).join(
        Evaluation, Evaluation.id == EvaluationAnswer.evaluation_id
    )
    for row in s.scalars(answers.where(Evaluation.enrollment_id.in_(enrollment_ids))):
        row.text = scrub(row.text)


def _people_rows(
    s: Session, lid: int, facts: LearnerFacts, scrub: Scrubber, strict: Scrubber
) -> None:
    label = scrub.label
    interaction_ids = []
    for row in s.scalars(select(Interaction).where(Interaction.learner_id == lid)):
        interaction_ids.append(row.id)
        row.person, row.notes, row.subject = "", "", scrub(row.subject)
    if interaction_ids:
        links = select(InteractionAttachment.attachment_id).where(
            InteractionAttachment.interaction_id.in_(interaction_ids)
        )
        attachment_ids = set(s.scalars(links))
        s.execute(
            delete(InteractionAttachment).where(
                InteractionAttachment.interaction_id.in_(interaction_ids)
            )
        )
        s.flush()
        _drop_unused_attachments(s, attachment_ids)
    for row in s.scalars(select(Complaint).where(Complaint.learner_id == lid)):
        row.author = label if row.author else ""
        for column in ("subject", "description", "answer", "analysis"):
            setattr(row, column, scrub(getattr(row, column)))
    about = [Task.learner_id == lid]
    if interaction_ids:
        about.append(Task.interaction_id.in_(interaction_ids))
    own = set(s.scalars(select(Task.id).where(or_(*about))))
    if facts.session_ids:
        about.append(Task.session_id.in_(facts.session_ids))
    for row in s.scalars(select(Task).where(or_(*about))):
        clean = scrub if row.id in own else strict  # a session's tasks name other learners
        row.title, row.notes = clean(row.title)[:300], clean(row.notes)


def _drop_unused_attachments(s: Session, attachment_ids: set[int]) -> None:
    """Delete stored files nothing refers to any more (justifications, exchanges' files)."""
    for attachment_id in attachment_ids:
        uses = (
            select(func.count()).where(Attendance.justification_id == attachment_id),
            select(func.count()).where(InteractionAttachment.attachment_id == attachment_id),
            select(func.count()).where(SlotScan.attachment_id == attachment_id),
            select(func.count()).where(FundingLine.attachment_id == attachment_id),
        )
        if not any(s.scalar(use) for use in uses):
            s.execute(delete(Attachment).where(Attachment.id == attachment_id))


def _archived_folder(
    folder: Path,
    facts: LearnerFacts,
    policy: RetentionPolicy,
    plan: FilePlan,
    file_scrub: Scrubber,
    now: dt.datetime,
    organisation,
    indexes: dict,
) -> int:
    """Remove or rename the person's files in one archived dossier; its index is rewritten
    once, from ``indexes[folder]`` as the last learner anonymised together leaves it."""
    first = folder not in indexes
    index = read_index(folder) if first else indexes[folder]
    if index is None:
        return 0
    files, removed = [], 0
    for file in index.files:
        if file.learner_id != facts.learner_id:
            files.append(replace(file, recipient=file_scrub(file.recipient)))
            continue
        _category, keep, _why = fate_of(file.kind, facts, policy, now.date())
        path = folder / file.section / file.name
        if keep:
            name = file_scrub(file.name)
            plan.rename(path, path.with_name(name))
            files.append(replace(file, name=name, recipient=file_scrub(file.recipient)))
        else:
            plan.delete(path)
            removed += 1
    gaps = tuple(replace(g, text=file_scrub(g.text)) for g in index.gaps)
    note = (
        f"Le {fmt.date_short(now.date())}, les données personnelles d'un apprenant ont été "
        f"anonymisées : {fmt.plural(removed, 'fichier retiré', 'fichiers retirés')} de ce "
        "dossier, ses autres pièces renommées."
    )
    indexes[folder] = replace(index, files=tuple(files), gaps=gaps, notes=(*index.notes, note))
    if first:  # written at staging time, from the version every learner has changed
        plan.rewrite(folder / INDEX_JSON, lambda temp: write_index_json(indexes[folder], temp))
        plan.rewrite(
            folder / INDEX_PDF, lambda temp: write_index_pdf(indexes[folder], organisation, temp)
        )
    return removed


def _detail(reason: str, removed: Counter, kept: Counter, archived: int) -> str:
    def listing(counts: Counter) -> str:
        return ", ".join(f"{label} : {n}" for label, n in counts.items())

    parts = [f"Motif : {reason}." if reason else "Sans motif donné."]
    if removed or kept:
        for counts, one, many in (
            (removed, "document supprimé", "documents supprimés"),
            (kept, "document conservé", "documents conservés"),
        ):
            total = sum(counts.values())
            shown = f" ({listing(counts)})" if total else ""
            parts.append(f"{fmt.plural(total, one, many)}{shown}.")
    else:
        parts.append("Aucun document à son nom.")
    if archived:
        parts.append(
            f"{fmt.plural(archived, 'copie retirée', 'copies retirées')} des dossiers archivés."
        )
    parts.append("Présences, résultats et signatures gardés comme preuves.")
    return " ".join(parts)
