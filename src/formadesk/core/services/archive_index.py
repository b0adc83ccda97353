"""The index of an archived session dossier: what it holds, what is missing, in JSON and PDF.

``index.json`` is the machine-readable record (each file with its section, kind, recipient,
registry version and SHA-256 fingerprint); ``index.pdf`` is the same for a person (an auditor,
the office), landscape, with the procedure's steps as they stood. Both are written from one
``DossierIndex``, so that a later change (a learner anonymised) rewrites them alike.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from .. import formatting as fmt
from ..files import atomic_path

INDEX_JSON, INDEX_PDF = "index.json", "index.pdf"
FORMAT = 1
STEPS = "Suivi de la procédure"


@dataclass(frozen=True)
class IndexFile:
    """One file of the dossier, in its section's folder."""

    section: str
    name: str  # the file's name in its section folder
    label: str  # « Convocation », « Preuves de présence »
    kind: str = ""  # document kind; "" for a piece made when filing
    document_id: int | None = None  # its row in the registry of generated documents
    learner_id: int | None = None
    recipient: str = ""  # « DURAND Léa », a client's name, or ""
    version: int | None = None
    status: str = ""  # « Envoyé », « Signé reçu », or « Établi à l'archivage »
    sha256: str = ""
    size: int = 0

    @property
    def relative(self) -> str:
        return f"{self.section}/{self.name}"


@dataclass(frozen=True)
class IndexGap:
    """Something the dossier should hold and does not, with what to do about it."""

    section: str
    text: str
    learner_id: int | None = None


@dataclass(frozen=True)
class IndexStep:
    """A step of the procedure as it stood when the dossier was filed."""

    label: str
    done: bool
    how: str  # « preuve », « à la main », ""
    detail: str


@dataclass(frozen=True)
class DossierIndex:
    """Everything an archived dossier says about itself."""

    session_id: int
    code: str
    course_title: str
    start: dt.date
    end: dt.date
    status: str  # « Terminée », « Annulée »
    closed_on: dt.date | None
    filed_at: dt.datetime
    version: int
    files: tuple[IndexFile, ...] = ()
    gaps: tuple[IndexGap, ...] = ()
    steps: tuple[IndexStep, ...] = ()
    figures: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()  # later events (« données d'un apprenant anonymisées le … »)

    def to_json(self) -> str:
        data = dataclasses.asdict(self)
        data = {"format": FORMAT, **data}
        return json.dumps(data, ensure_ascii=False, indent=2, default=_json_value)

    @classmethod
    def from_json(cls, text: str) -> DossierIndex:
        data = json.loads(text)
        data.pop("format", None)
        return cls(
            session_id=data["session_id"],
            code=data["code"],
            course_title=data["course_title"],
            start=dt.date.fromisoformat(data["start"]),
            end=dt.date.fromisoformat(data["end"]),
            status=data["status"],
            closed_on=dt.date.fromisoformat(data["closed_on"]) if data["closed_on"] else None,
            filed_at=dt.datetime.fromisoformat(data["filed_at"]),
            version=data["version"],
            files=tuple(IndexFile(**f) for f in data["files"]),
            gaps=tuple(IndexGap(**g) for g in data["gaps"]),
            steps=tuple(IndexStep(**st) for st in data["steps"]),
            figures=tuple(tuple(pair) for pair in data["figures"]),
            notes=tuple(data.get("notes", ())),
        )


def _json_value(value: object) -> str:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def read_index(folder: Path) -> DossierIndex | None:
    """The index of an archived dossier, or None when it has none (or an unreadable one)."""
    try:
        return DossierIndex.from_json((folder / INDEX_JSON).read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_index_json(index: DossierIndex, out: Path) -> Path:
    with atomic_path(out) as temporary:
        temporary.write_text(index.to_json(), encoding="utf-8")
    return out


# -- the PDF --------------------------------------------------------------------------------
FILE_HEADER = ("Pièce", "Destinataire", "Fichier", "État")
FILE_SHARES = (0.22, 0.18, 0.45, 0.15)
GAP_HEADER = ("Rubrique", "Ce qui manque, et que faire")
GAP_SHARES = (0.25, 0.75)
STEP_HEADER = ("Étape", "Faite", "Détail")
STEP_SHARES = (0.36, 0.14, 0.50)


def _facts(index: DossierIndex) -> list[tuple[str, str]]:
    return [
        ("Formation", index.course_title),
        ("Session", index.code),
        ("Dates", fmt.date_range_long(index.start, index.end)),
        ("Statut", index.status),
        ("Clôturée le", fmt.date_long(index.closed_on) if index.closed_on else "non clôturée"),
        ("Archivée le", f"{fmt.date_long(index.filed_at.date())} à {index.filed_at:%H:%M}"),
        ("Version", f"{index.version}"),
        ("Contenu", fmt.plural(len(index.files), "fichier", "fichiers")),
        ("Manquants", fmt.plural(len(index.gaps), "pièce manquante", "pièces manquantes")),
        *index.figures,
    ]


def _state(file: IndexFile) -> str:
    version = f"version {file.version}" if file.version and file.version > 1 else ""
    return ", ".join(p for p in (file.status, version) if p)


def write_index_pdf(index: DossierIndex, organisation, out: Path) -> Path:
    """The index for a person: facts, each section's files, what is missing, the steps."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable, Spacer

    from ..documents.engine.pdf import para
    from ..documents.lists.page import content_width, facts_table, write_sheet
    from ..documents.lists.pdf import list_table

    title = f"Dossier archivé de la session {index.code}"
    story: list[Flowable] = [
        para(title, "title"),
        facts_table(_facts(index), content_width(True)),
        Spacer(1, 3 * mm),
    ]
    for note in index.notes:
        story.append(para(note, "small"))
    sections: dict[str, list[IndexFile]] = {}
    for file in index.files:
        sections.setdefault(file.section, []).append(file)
    for section in sorted(sections):
        rows = [(f.label, f.recipient, f.name, _state(f)) for f in sections[section]]
        story += list_table(section_title(section), FILE_HEADER, rows, FILE_SHARES, wide=True)
    gaps = [(section_title(g.section), g.text) for g in index.gaps]
    if gaps:
        story += list_table("Ce qui manque au dossier", GAP_HEADER, gaps, GAP_SHARES, wide=True)
    else:
        story += [Spacer(1, 3 * mm), para("Rien ne manque au dossier.", "body")]
    if index.steps:
        steps = [(st.label, _done_text(st), st.detail) for st in index.steps]
        story += list_table(STEPS, STEP_HEADER, steps, STEP_SHARES, wide=True)
    story += [
        Spacer(1, 4 * mm),
        para(
            f"Index établi par Formadesk le {fmt.date_long(index.filed_at.date())}. Il reprend "
            "ce que la base de données enregistre ; le fichier index.json du même dossier "
            "donne l'empreinte SHA-256 de chaque fichier, pour vérifier qu'aucun n'a changé.",
            "small",
        ),
    ]
    return write_sheet(out, story, organisation, title=title, subject=index.code, wide=True)


def section_title(section: str) -> str:
    """« Avant la formation » for the folder « 01 - Avant la formation »."""
    number, dash, title = section.partition(" - ")
    return title if dash and number.isdigit() else section


def _done_text(step: IndexStep) -> str:
    if not step.done:
        return "non"
    return f"oui ({step.how})" if step.how else "oui"


def write_index(index: DossierIndex, organisation, folder: Path) -> tuple[Path, Path]:
    """Write ``index.json`` and ``index.pdf`` into ``folder``; returns (pdf, json)."""
    json_path = write_index_json(index, folder / INDEX_JSON)
    pdf_path = write_index_pdf(index, organisation, folder / INDEX_PDF)
    return pdf_path, json_path
