"""What goes into an archived session dossier, gathered into a folder being filed.

- the session's generated documents, the latest version of each (same kind, format and
  recipient), copied into the folder of their family (``document_families.section_of``);
- attendance and signatures: the evidence pack (signed sheet and scans) and the hours attended
  per learner (relevé de présence pour les financeurs), made at filing time;
- evaluations: the results per objective (the trainers' grid) and the answers of each
  satisfaction questionnaire sent;
- the bilan, when one was produced (document kind « bilan »);
- and, in the index, the procedure's steps and everything expected but missing.

A piece that cannot be made (no signature yet, no objective) is listed as missing with the
reason; a system error (disk full, no right to write) stops the filing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..db import Database
from ..errors import FormadeskError
from ..model import (
    DOCUMENT_STATUSES,
    SESSION_STATUSES,
    Client,
    Evaluation,
    GeneratedDocument,
    Learner,
    Questionnaire,
    TrainingSession,
)
from . import document_families as families
from .archive_index import DossierIndex, IndexFile, IndexGap, IndexStep

log = logging.getLogger(__name__)
MADE_NOW = "Établi à l'archivage"


@dataclass
class Gathering:
    """The pieces gathered so far into ``folder``."""

    folder: Path
    code: str
    files: list[IndexFile] = field(default_factory=list)
    gaps: list[IndexGap] = field(default_factory=list)
    figures: list[tuple[str, str]] = field(default_factory=list)

    def target(self, section: str, name: str) -> Path:
        """A free path for ``name`` in ``section``'s folder (created)."""
        from ..documents.engine.files import safe_file_name

        folder = self.folder / section
        folder.mkdir(parents=True, exist_ok=True)
        stem, dot, suffix = safe_file_name(name).rpartition(".")
        path = folder / safe_file_name(name)
        n = 2
        while path.exists():
            path = folder / f"{stem} ({n}){dot}{suffix}"
            n += 1
        return path

    def add(self, path: Path, label: str, **facts) -> None:
        """Record a file written or copied at ``path``, with its fingerprint."""
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        section = path.parent.name
        self.files.append(
            IndexFile(
                section,
                path.name,
                label,
                sha256=digest.hexdigest(),
                size=path.stat().st_size,
                **facts,
            )
        )

    def missing(self, section: str, text: str, learner_id: int | None = None) -> None:
        self.gaps.append(IndexGap(section, text, learner_id))

    def made(self, section: str, name: str, label: str, make) -> None:
        """Make one piece with ``make(path)``; a refusal of the data is listed as missing."""
        path = self.target(section, name)
        try:
            make(path)
        except FormadeskError as error:
            _forget(path)
            self.missing(section, f"{label} : {error}")
            return
        except OSError:
            _forget(path)
            raise
        except Exception:  # noqa: BLE001 - a bug in one piece must not stop the closing
            log.exception("Archiving %s: %s could not be made", self.code, label)
            _forget(path)
            self.missing(
                section,
                f"{label} : n'a pas pu être établi (erreur inattendue, détaillée dans le "
                "journal de Formadesk). Produisez-le à part et joignez-le au dossier.",
            )
            return
        self.add(path, label, status=MADE_NOW)


def _forget(path: Path) -> None:
    """Remove a piece not made, and its section's folder when it is left empty."""
    path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        path.parent.rmdir()  # refused while the folder holds other files


def gather(
    db: Database, session_id: int, folder: Path, *, today: dt.date, version: int, closing: bool
) -> DossierIndex:
    """Fill ``folder`` with the dossier of the session and return its index (not written)."""
    with db.reading() as s:
        session = s.get(TrainingSession, session_id)
        code, title = session.code, session.course.title
        start, end, status = session.start_date, session.end_date, session.status
        closed_on = today if closing else session.closed_on
        work = Gathering(folder, code)
        _documents(s, session_id, work)
    _attendance(db, session_id, work, today)
    _evaluations(db, session_id, work)
    if not any(f.kind == families.BILAN_KIND for f in work.files):
        work.missing(
            families.BILAN,
            "Bilan de la session : non produit. Produisez-le depuis la fiche de la session, "
            "puis archivez à nouveau le dossier si vous voulez l'y joindre.",
        )
    steps = _steps(db, session_id, today)
    for step in steps:
        if not step.done:
            work.missing("Suivi de la procédure", f"{step.label} : non faite ({step.detail}).")
    order = {name: i for i, name in enumerate(families.SECTIONS)}
    return DossierIndex(
        session_id=session_id,
        code=code,
        course_title=title,
        start=start,
        end=end,
        status=SESSION_STATUSES.get(status, status),
        closed_on=closed_on,
        filed_at=dt.datetime.now().replace(microsecond=0),
        version=version,
        files=tuple(sorted(work.files, key=lambda f: (order.get(f.section, 99), f.name))),
        gaps=tuple(sorted(work.gaps, key=lambda g: order.get(g.section, 99))),
        steps=tuple(steps),
        figures=tuple(work.figures),
    )


# -- generated documents --------------------------------------------------------------------
def latest_documents(s: Session, session_id: int) -> list[GeneratedDocument]:
    """The latest version of each document of the session (same kind, format, recipient)."""
    from ..documents.engine.targets import unversioned_stem

    rows = s.scalars(
        select(GeneratedDocument)
        .where(GeneratedDocument.session_id == session_id)
        .order_by(GeneratedDocument.version, GeneratedDocument.generated_at, GeneratedDocument.id)
    ).all()
    latest: dict[tuple, GeneratedDocument] = {}
    for row in rows:
        latest[(row.kind, row.file_format, unversioned_stem(row.path))] = row
    return sorted(latest.values(), key=lambda r: (r.kind, r.path))


def _documents(s: Session, session_id: int, work: Gathering) -> None:
    from ..documents.engine.registry import kind_label
    from ..documents.engine.targets import filing_name, recipient_from_path

    learners = dict(
        s.execute(
            select(Learner.id, Learner.last_name + "\x1f" + Learner.first_name).where(
                Learner.id.in_(
                    select(GeneratedDocument.learner_id).where(
                        GeneratedDocument.session_id == session_id
                    )
                )
            )
        ).all()
    )
    clients = dict(
        s.execute(
            select(Client.id, Client.name).where(
                Client.id.in_(
                    select(GeneratedDocument.client_id).where(
                        GeneratedDocument.session_id == session_id
                    )
                )
            )
        ).all()
    )
    for doc in latest_documents(s, session_id):
        label = kind_label(doc.kind)
        section = families.section_of(doc.kind)
        if doc.learner_id in learners:
            recipient = filing_name(*learners[doc.learner_id].split("\x1f"))
        elif doc.client_id in clients:
            recipient = clients[doc.client_id]
        else:
            recipient = recipient_from_path(doc.path)
        source = Path(doc.path)
        if not source.is_file():
            who = f" ({recipient})" if recipient else ""
            work.missing(
                section,
                f"{label}{who} : le fichier « {source.name} » est introuvable (déplacé ou "
                "effacé). Produisez-le à nouveau, puis archivez à nouveau le dossier.",
                doc.learner_id,
            )
            continue
        path = work.target(section, source.name)
        shutil.copy2(source, path)
        work.add(
            path,
            label,
            kind=doc.kind,
            document_id=doc.id,
            learner_id=doc.learner_id,
            recipient=recipient,
            version=doc.version,
            status=DOCUMENT_STATUSES.get(doc.status, doc.status),
        )


# -- attendance, evaluations, steps ---------------------------------------------------------
def _attendance(db: Database, session_id: int, work: Gathering, today: dt.date) -> None:
    from ..documents.during.evidence_pack import build_evidence_pack, render_evidence_pack_pdf
    from ..documents.engine.registry import get_kind
    from ..documents.engine.targets import Target, build_data

    def evidence(path: Path) -> None:
        with db.reading() as s:
            data = build_evidence_pack(s, session_id, today=today)
        render_evidence_pack_pdf(data, path)
        for gap in data.missing:
            work.missing(families.ATTENDANCE, f"Demi-journée sans preuve complète : {gap}")

    def hours(path: Path) -> None:
        kind = get_kind("releve_presence_financeurs")
        with db.reading() as s:
            data = build_data(s, kind, session_id, Target())
        kind.renderer("pdf")(data, path)

    section, code = families.ATTENDANCE, work.code
    work.made(section, f"Preuves de présence - {code}.pdf", "Preuves de présence", evidence)
    work.made(section, f"Relevé des heures suivies - {code}.pdf", "Relevé des heures", hours)


def _evaluations(db: Database, session_id: int, work: Gathering) -> None:
    from .outcomes import OutcomeService
    from .surveys import SurveyService

    outcomes, surveys = OutcomeService(db), SurveyService(db)
    section, code = families.EVALUATIONS, work.code
    work.made(
        section,
        f"Résultats des acquis - {code}.xlsx",
        "Résultats des acquis",
        lambda path: outcomes.export_workbook(session_id, path),
    )
    grid = outcomes.grid(session_id)
    if grid.objectives and grid.learners_missing:
        work.missing(
            section,
            f"Résultats des acquis : {fmt.plural(grid.learners_missing, 'apprenant', 'apprenants')}"
            " sans résultat pour au moins un objectif. Saisissez-les (Évaluations › Résultats).",
        )
    with db.reading() as s:
        models = s.execute(
            select(Questionnaire.id, Questionnaire.title)
            .where(
                Questionnaire.id.in_(
                    select(Evaluation.questionnaire_id).where(Evaluation.session_id == session_id)
                )
            )
            .order_by(Questionnaire.title)
        ).all()
    for model_id, model_title in models:
        work.made(
            section,
            f"Questionnaire {model_title} - {code}.xlsx",
            f"Réponses « {model_title} »",
            lambda path, qid=model_id: surveys.export_answers(session_id, qid, path),
        )
    rate = surveys.return_rate(session_id)
    if rate is None:
        work.missing(
            section,
            "Satisfaction : aucun questionnaire envoyé pour cette session. Envoyez-les "
            "(Évaluations › Questionnaires) si la procédure le prévoit.",
        )
    else:
        returned = f"{fmt.plural(rate.answered, 'retourné')} sur {fmt.plural(rate.sent, 'envoyé')}"
        if rate.rate is not None:
            returned += f" ({rate.rate}{fmt.NARROW_NBSP}%)"
        work.figures.append(("Satisfaction", f"questionnaires : {returned}"))


def _steps(db: Database, session_id: int, today: dt.date) -> list[IndexStep]:
    from .checklist import ChecklistService

    checklist = ChecklistService(db).of_session(session_id, today)
    hows = {"preuve": "preuve", "main": "à la main"}
    steps = []
    for item in checklist.items:
        if item.evidence == "closed":
            continue  # closing is what files the dossier
        detail = item.detail
        if item.how == "main" and item.note:
            detail = f"{detail} ; note : {item.note}" if detail else f"note : {item.note}"
        steps.append(IndexStep(item.label, item.done, hows.get(item.how, ""), detail))
    return steps
