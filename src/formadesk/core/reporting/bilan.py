"""The bilan of a finished session (``office.bilans``): its figures, the trainer's remarks, and
the document « Bilan de session » in PDF and Word.

The document is a kind of the documents registry (``documents/reports/bilan_docx.py``): it is
filed under ``Documents/Formadesk/<year>/<session>/``, recorded in the history (Documents tab)
and proves the checklist step « Rédiger le bilan de la session ». A bilan is refused for a
session not finished yet, and says « non renseigné » where nothing was recorded.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..errors import ValidationError
from ..model import TrainingSession
from ..services.base import Service, get_or_fail
from ..validation import require_id
from .bilan_data import SessionBilan
from .bilan_figures import session_bilan

KIND = "bilan"
FORMATS = ("pdf", "docx")
MAX_REMARKS = 20_000


class BilanService(Service):
    """Figures of a session's bilan, its trainer's remarks, and its PDF and Word files."""

    def figures(self, session_id: int, *, today: dt.date | None = None) -> SessionBilan:
        """The bilan's figures; BusinessRuleError (French) for a session not finished."""
        require_id(session_id, "La session")
        with self._db.reading() as s:
            return session_bilan(s, session_id, today)

    def remarks(self, session_id: int) -> str:
        """The trainer's remarks as saved."""
        require_id(session_id, "La session")
        with self._db.reading() as s:
            return get_or_fail(s, TrainingSession, session_id, "La session").trainer_remarks or ""

    def save_remarks(self, session_id: int, text: str) -> None:
        """Record the trainer's remarks printed on the bilan (any time, even before the end)."""
        require_id(session_id, "La session")
        text = (text or "").strip()
        if len(text) > MAX_REMARKS:
            raise ValidationError(
                {"remarks": "Les remarques sont trop longues : 20 000 caractères au plus."}
            )
        with self._db.unit_of_work() as s:
            session = get_or_fail(s, TrainingSession, session_id, "La session")
            if (session.trainer_remarks or "") == text:
                return
            session.trainer_remarks = text
        self._emit("session", session_id, "updated")

    def produce(
        self, session_id: int, file_format: str = "pdf", *, out_dir: Path | None = None
    ) -> Path:
        """Write the bilan (« pdf » or « docx ») in the session's documents folder (or
        ``out_dir``), record it in the history, and return the file's path."""
        from ..documents.service import DocumentService

        documents = DocumentService(self._db, self._changes)
        result = documents.generate(KIND, session_id, file_format=file_format, out_dir=out_dir)
        return result[0]
