"""Personal data (RGPD): retention periods, the learners to review, anonymisation, and a
person's data exported on request (issue 12).

The rules of retention are in ``privacy_review`` (who is due, what is kept, what blocks), what
anonymisation changes in ``privacy_scrub``, the export in ``privacy_export``. Every action is
recorded in the compliance log (``services/compliance``) without the person's name.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .. import formatting as fmt
from ..errors import BusinessRuleError, FormadeskError, NotFoundError, ValidationError
from ..model import Learner
from ..outputs import checked_output_folder
from ..validation import require_id
from .base import Service, get_or_fail
from .compliance import LEARNER, ComplianceLogReader, learner_label, record
from .document_families import CATEGORIES, DocumentCategory
from .privacy_review import (
    RetentionPolicy,
    ReviewRow,
    due_ids,
    read_facts,
    read_policy,
    review_row,
)

__all__ = [
    "AnonymisationResult",
    "PrivacyService",
    "RetentionPolicy",
    "ReviewRow",
]

MAX_REASON = 300


@dataclass(frozen=True)
class AnonymisationResult:
    """What an anonymisation did, for the message shown after it."""

    learner_ids: tuple[int, ...]
    removed: tuple[tuple[str, int], ...]  # (category label, documents removed)
    kept: tuple[tuple[str, int], ...]  # (category label, documents kept)
    archived_copies_removed: int
    problems: tuple[str, ...] = ()  # files left behind after the commit (rare), in French

    @property
    def summary(self) -> str:
        people = fmt.plural(len(self.learner_ids), "personne anonymisée", "personnes anonymisées")
        removed = sum(n for _label, n in self.removed)
        kept = sum(n for _label, n in self.kept)
        if removed or kept:
            text = (
                f"{people} ; {fmt.plural(removed, 'document supprimé', 'documents supprimés')}"
                f", {fmt.plural(kept, 'document conservé', 'documents conservés')}."
            )
        else:
            text = f"{people} ; aucun document à leur nom."
        return text + ("\n" + "\n".join(self.problems) if self.problems else "")


class PrivacyService(ComplianceLogReader, Service):
    """Retention policy, the list to review, anonymisation, export on request, the log."""

    # -- retention ----------------------------------------------------------------------------
    def policy(self) -> RetentionPolicy:
        """The office's retention periods and what happens to each category of documents."""
        with self._db.reading() as s:
            return read_policy(s)

    @staticmethod
    def categories() -> tuple[DocumentCategory, ...]:
        """The retention categories of documents, in the order they are shown."""
        return CATEGORIES

    def to_review(self, today: dt.date | None = None) -> list[ReviewRow]:
        """Learners whose data passed its retention period and are not anonymised yet, oldest
        first, each with what anonymisation would keep and remove, and what blocks it."""
        today = today or dt.date.today()
        with self._db.reading() as s:
            policy = read_policy(s)
            ids = due_ids(s, policy, today)
            facts = read_facts(s, ids, today)
        return [review_row(facts[i], policy, today) for i in ids if i in facts]

    def preview(self, learner_id: int, today: dt.date | None = None) -> ReviewRow:
        """What anonymising one learner would keep, remove, or be blocked by (on request)."""
        today = today or dt.date.today()
        require_id(learner_id, "L'apprenant")
        with self._db.reading() as s:
            get_or_fail(s, Learner, learner_id, "L'apprenant")
            policy = read_policy(s)
            facts = read_facts(s, [learner_id], today)[learner_id]
        return review_row(facts, policy, today)

    def anonymised_at(self, learner_id: int) -> dt.datetime | None:
        with self._db.reading() as s:
            return get_or_fail(s, Learner, learner_id, "L'apprenant").anonymised_at

    def _rewrite_results(self, archives: dict[int, list[Path]]) -> list[str]:
        """After the commit: the archived workbooks of results per objective written again
        from the base, which no longer holds the names (French sentences for failures)."""
        from .document_families import EVALUATIONS
        from .outcomes import OutcomeService

        problems = []
        for session_id, folders in archives.items():
            for folder in folders:
                for path in (folder / EVALUATIONS).glob("Résultats des acquis - *.xlsx"):
                    temporary = path.with_name(f".{path.stem}.tmp.xlsx")
                    try:
                        OutcomeService(self._db).export_workbook(session_id, temporary)
                        os.replace(temporary, path)
                    except (OSError, FormadeskError) as error:
                        temporary.unlink(missing_ok=True)
                        problems.append(
                            f"« {path} » n'a pas pu être refait sans les noms ({error}) : "
                            "supprimez-le ou refaites-le depuis la session."
                        )
        return problems

    # -- anonymisation ------------------------------------------------------------------------
    def anonymise(
        self, learner_ids: list[int], *, reason: str, now: dt.datetime | None = None
    ) -> AnonymisationResult:
        """Anonymise these learners, all in one transaction with their files (or nothing).

        Refused, with nothing changed, when one of them is already anonymised, has an unpaid
        invoice, a session not over or an open complaint, or when a file to delete or rename
        cannot be (in use, no right, a folder in its place): the message says which and what
        to do. See ``privacy_scrub`` for what is emptied and what is kept.
        """
        from .archives import session_folders
        from .file_plan import FilePlan
        from .privacy_scrub import Shared, anonymise_in

        now = (now or dt.datetime.now()).replace(microsecond=0)
        ids = list(dict.fromkeys(learner_ids))
        if not ids:
            raise BusinessRuleError("Choisissez au moins une personne à anonymiser.")
        for learner_id in ids:
            require_id(learner_id, "L'apprenant")
        reason = " ".join((reason or "").split())
        if len(reason) > MAX_REASON:
            raise ValidationError({"reason": "Le motif dépasse 300 caractères : raccourcissez-le."})
        organisation = self._organisation()
        plan = FilePlan(refusal="Personne n'a été anonymisé : rien n'a été modifié.")
        removed: Counter = Counter()
        kept: Counter = Counter()
        archived = 0
        shared = Shared()
        try:
            with self._db.unit_of_work() as s:
                facts = read_facts(s, ids, now.date())
                self._check(ids, facts)
                policy = read_policy(s)
                sessions = sorted({sid for f in facts.values() for sid in f.session_ids})
                archives = session_folders(s, sessions) if sessions else {}
                for learner_id in ids:
                    outcome = anonymise_in(
                        s,
                        facts[learner_id],
                        policy,
                        plan,
                        now=now,
                        reason=reason,
                        archives=archives,
                        organisation=organisation,
                        shared=shared,
                    )
                    removed.update(outcome.removed)
                    kept.update(outcome.kept)
                    archived += outcome.archived_files_removed
                plan.stage()  # refuses (and rolls everything back) if a file cannot change
        except BaseException:
            plan.undo()
            raise
        problems = plan.finish() + self._rewrite_results(archives)
        self._emit(
            "learner",
            tuple(ids),
            "updated",
            "enrollment",
            "attendance",
            "document",
            "interaction",
            "complaint",
            "task",
        )
        return AnonymisationResult(
            tuple(ids), tuple(removed.items()), tuple(kept.items()), archived, tuple(problems)
        )

    @staticmethod
    def _check(ids: list[int], facts: dict) -> None:
        missing = [i for i in ids if i not in facts]
        if missing:
            raise NotFoundError(
                f"{learner_label(missing[0])} n'existe plus : actualisez la liste, puis "
                "recommencez."
            )
        done = [i for i in ids if facts[i].anonymised_at is not None]
        if done:
            raise BusinessRuleError(
                f"{learner_label(done[0])} est déjà anonymisé(e) : retirez-le (la) de la "
                "sélection. Personne n'a été anonymisé."
            )
        lines = [f"• {facts[i].name} : {blocker}" for i in ids for blocker in facts[i].blockers()]
        if lines:
            shown = "\n".join(lines[:10])
            more = f"\n… et {len(lines) - 10} autres" if len(lines) > 10 else ""
            raise BusinessRuleError(
                f"Personne n'a été anonymisé : réglez d'abord ceci, ou retirez ces personnes de "
                f"la sélection.\n{shown}{more}"
            )

    # -- a person's data on request ---------------------------------------------------------------
    def export_person(
        self, learner_id: int, out_dir: Path | str, *, now: dt.datetime | None = None
    ) -> tuple[Path, Path]:
        """Write the person's data as XLSX and JSON in ``out_dir``; returns (xlsx, json).

        Recorded in the compliance log (« export_donnees »), without the person's name.
        """
        from ..documents.engine.files import safe_file_name
        from .privacy_export import person_parts, write_json, write_xlsx

        now = (now or dt.datetime.now()).replace(microsecond=0)
        require_id(learner_id, "L'apprenant")
        folder = checked_output_folder(out_dir, create=True)
        with self._db.reading() as s:
            get_or_fail(s, Learner, learner_id, "L'apprenant")
            name, parts = person_parts(s, learner_id)
        stem = safe_file_name(f"Données personnelles - {name} - {now:%Y-%m-%d}")
        xlsx = write_xlsx(parts, f"Données personnelles de {name}", folder / f"{stem}.xlsx")
        json_path = folder / f"{stem}.json"
        try:
            write_json(parts, now, json_path)
            with self._db.unit_of_work() as s:
                counts = ", ".join(f"{p.title} : {len(p.rows)}" for p in parts[1:] if p.rows)
                record(
                    s,
                    "export_donnees",
                    LEARNER,
                    learner_id,
                    learner_label(learner_id),
                    f"Données exportées (Excel et JSON) dans « {folder} »"
                    + (f" ({counts})." if counts else "."),
                    at=now,
                )
        except BaseException:
            xlsx.unlink(missing_ok=True)
            json_path.unlink(missing_ok=True)
            raise
        self._emit("compliance", learner_id, "created")
        return xlsx, json_path

    # -- the log ------------------------------------------------------------------------------
    def _organisation(self):
        from ..documents.engine.builders import organisation_info

        with self._db.reading() as s:
            return organisation_info(s)
