"""Columns of the documents tab: generated documents, Word templates and template fields."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from formadesk.core import formatting as fmt

from .simple import CENTER, Column

CONTEXT = "DocumentsModel"
FORMAT_NAMES = {"pdf": "PDF", "docx": "Word", "xlsx": "Excel"}


def stamp(moment: dt.datetime | None) -> str:
    """« 03/03/2027 14:05 », or "" when there is no date."""
    if moment is None:
        return ""
    return f"{fmt.date_short(moment.date())} {moment:%H:%M}"


def _sortable(moment: dt.datetime | None) -> str:
    return moment.isoformat() if moment else ""


def _status_hint(row) -> str | None:
    return {"signe": "ok", "envoye": "warning"}.get(row.status)


# Rows are formadesk.core.documents.engine.history.DocumentRow; not imported here because the
# documents package loads the PDF machinery, which the tab needs only when first refreshed.
DOCUMENT_COLUMNS: list[Column] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Type"), lambda r: r.kind_label),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "N°"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Session"), lambda r: r.session_code),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Destinataire"), lambda r: r.learner_name),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Format"),
        lambda r: FORMAT_NAMES.get(r.file_format, r.file_format),
        align=CENTER,
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Version"),
        lambda r: r.version,
        sort_key=lambda r: r.version,
        align=CENTER,
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Statut"), lambda r: r.status_label, hint=_status_hint),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Généré le"),
        lambda r: stamp(r.generated_at),
        sort_key=lambda r: _sortable(r.generated_at),
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Envoyé le"),
        lambda r: stamp(r.sent_at),
        sort_key=lambda r: _sortable(r.sent_at),
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Signé le"),
        lambda r: stamp(r.signed_at),
        sort_key=lambda r: _sortable(r.signed_at),
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Fichier"),
        lambda r: Path(r.path).name,
        tooltip=lambda r: r.path,
    ),
]


@dataclass(frozen=True)
class TemplateLine:
    """One document kind that has a Word output, and which template it uses now."""

    id: int
    key: str
    label: str
    own: bool  # True: the office's own copy overrides the shipped template
    path: str

    @property
    def origin(self) -> str:
        if self.own:
            return QCoreApplication.translate(CONTEXT, "Modèle de l'organisme")
        return QCoreApplication.translate(CONTEXT, "Modèle fourni")


TEMPLATE_COLUMNS: list[Column[TemplateLine]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Document"), lambda t: t.label),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Modèle utilisé"),
        lambda t: t.origin,
        hint=lambda t: "ok" if t.own else None,
        tooltip=lambda t: t.path,
    ),
]


@dataclass(frozen=True)
class FieldLine:
    """One field a template may use (``formadesk.core.documents.engine.fields.FieldInfo``)."""

    id: int
    name: str  # learner.display_name
    jinja: str  # how it is written: {{ learner.display_name }} or {% for … %}
    description: str
    example: str


FIELD_COLUMNS: list[Column[FieldLine]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Champ"), lambda f: f.jinja, tooltip=lambda f: f.jinja),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Description"),
        lambda f: f.description,
        tooltip=lambda f: f.description,
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Exemple"), lambda f: f.example, tooltip=lambda f: f.example),
]
