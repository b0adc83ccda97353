"""File names that are safe everywhere (writes go through ``core.files.atomic_path``)."""

from __future__ import annotations

import re
import unicodedata

# Characters Windows refuses in a file name, plus control characters.
_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)}
MAX_NAME = 150  # leaves room for the folders on Windows' 260-character paths


def safe_file_name(text: str, *, fallback: str = "document") -> str:
    """Turn free text into a file or folder name valid on Windows, macOS and Linux.

    Accents are kept (they are valid everywhere); illegal characters become « - ».
    """
    name = unicodedata.normalize("NFC", text or "")
    name = _ILLEGAL.sub("-", name)
    name = re.sub(r"\s+", " ", name).strip(" .")
    if not name or name.upper() in _RESERVED:
        name = fallback
    return name[:MAX_NAME].rstrip(" .")
