"""File names that are safe everywhere, and writes that never leave half a file behind."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from ...outputs import checked_output_path

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


@contextlib.contextmanager
def atomic_path(out: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``out``; on success it replaces ``out`` in one step.

    On any error the temporary file is removed and ``out`` is left as it was.
    """
    out = checked_output_path(out, make_folder=True)  # never replaces a device or a folder
    handle, name = tempfile.mkstemp(prefix=".~", suffix=out.suffix + ".tmp", dir=out.parent)
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        os.replace(temp, out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
