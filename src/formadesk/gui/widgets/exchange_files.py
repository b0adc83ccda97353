"""Opening a file kept with an exchange: written to a temporary folder, then opened with the
workstation's own program (mail client for an .eml or .msg, PDF reader …)."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office

from .desktop import open_local

_folder: Path | None = None


def temp_folder() -> Path:
    """One private folder per run of the program (the system empties it)."""
    global _folder
    if _folder is None or not _folder.is_dir():
        _folder = Path(tempfile.mkdtemp(prefix="formadesk-pieces-"))
    return _folder


def safe_name(name: str) -> str:
    """A file name any system accepts, keeping its extension (the program chosen by it)."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name).strip(" .") or "piece-jointe"
    return cleaned[:120]


def write_attachment(office: Office, attachment_id: int) -> Path:
    """The attachment written to the temporary folder (a folder of its own per attachment)."""
    name, _media_type, data = office.journal.attachment_data(attachment_id)
    folder = temp_folder() / str(attachment_id)
    folder.mkdir(exist_ok=True)
    path = folder / safe_name(name)
    path.write_bytes(data)
    return path


def open_attachment(office: Office, attachment_id: int) -> Path:
    """Write the attachment out and open it; a French error when no program could."""
    path = write_attachment(office, attachment_id)
    open_file(path)
    return path


def open_file(path: Path) -> None:
    if not open_local(path):
        raise FormadeskError(
            f"Aucun programme n'a pu ouvrir « {path.name} ». Il est enregistré dans "
            f"« {path.parent} » : ouvrez-le depuis ce dossier."
        )
