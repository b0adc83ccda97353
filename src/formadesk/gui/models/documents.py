"""Columns of the generated documents list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from formadesk.core import formatting as fmt

from .simple import CENTER, Column

CONTEXT = "DocumentsModel"

# Rows are formadesk.core.documents.service.DocumentRow; not imported here because that module
# loads the PDF machinery, which the documents tab only needs when it is first refreshed.
DOCUMENT_COLUMNS: list[Column] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Type"), lambda r: r.kind_label),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Session"), lambda r: r.session_code),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Apprenant"), lambda r: r.learner_name),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Version"),
        lambda r: r.version,
        sort_key=lambda r: r.version,
        align=CENTER,
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Statut"), lambda r: r.status_label),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Généré le"),
        lambda r: (
            f"{fmt.date_short(r.generated_at.date())} {r.generated_at:%H:%M}"
            if r.generated_at
            else ""
        ),
        sort_key=lambda r: r.generated_at.isoformat() if r.generated_at else "",
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Fichier"), lambda r: Path(r.path).name),
]
