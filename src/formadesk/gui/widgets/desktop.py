"""Opening files and folders with the workstation's own programs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_local(path: Path | str) -> bool:
    """Open a file (PDF reader, Excel ...) or a folder (file manager); False if that failed."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path))))
