"""Where a file chosen by the user may be written: checked before anything is written.

Every writer of a user-chosen file (exports, planning exports, documents) calls
:func:`checked_output_path` first. It refuses, with a French sentence naming the file or the
folder, anything that would end badly: a device or other special file (writing replaces it, as
``export --out /dev/full`` once did), a folder given as a file, a missing or read-only folder.
"""

from __future__ import annotations

import errno
import sqlite3
import stat
from pathlib import Path

from .errors import FormadeskError
from .files import write_probe

# French wording of the system errors a user can meet while writing a file.
_OS_ERRORS = {
    errno.EACCES: "accès refusé",
    errno.EPERM: "opération non permise",
    errno.ENOENT: "fichier ou dossier introuvable",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.EISDIR: "c'est un dossier",
    errno.EEXIST: "le fichier existe déjà",
    errno.ENOSPC: "le disque est plein",
    errno.EROFS: "le disque est en lecture seule",
    errno.ENAMETOOLONG: "le nom est trop long",
    errno.EBUSY: "le fichier est utilisé par un autre programme",
    errno.EIO: "erreur de lecture ou d'écriture sur le disque",
}

# French wording of SQLite's result codes (primary codes: the low byte of the extended one).
_SQLITE_ERRORS = {
    3: "accès refusé",
    5: "la base est occupée par un autre programme",
    6: "la base est occupée par un autre programme",
    8: "la base est en lecture seule",
    10: "erreur de lecture ou d'écriture sur le disque",
    11: "le fichier est endommagé",
    13: "le disque est plein",
    14: "le fichier ne peut pas être ouvert",
    26: "ce n'est pas un fichier de base de données",
}


class OutputPathError(FormadeskError):
    """A file or folder chosen by the user cannot receive what Formadesk would write."""


def describe_os_error(error: OSError, *, with_name: bool = True) -> str:
    """A French description of a system error, naming the file it concerns."""
    reason = _OS_ERRORS.get(error.errno or 0) or f"erreur du système n° {error.errno}"
    name = error.filename
    return f"{reason} : {name}" if name and with_name else reason


def describe_error(error: BaseException) -> str:
    """A French description of a system or SQLite error (never the English text of either);
    the caller's sentence names the file."""
    error = getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's error
    if isinstance(error, OSError):
        return describe_os_error(error, with_name=False)
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(error, sqlite3.Error) and code is not None:
        return _SQLITE_ERRORS.get(code & 0xFF) or f"erreur SQLite n° {code}"
    return "erreur inattendue"


def checked_output_path(
    path: Path | str, *, suffix: str | None = None, make_folder: bool = False
) -> Path:
    """The absolute path of a file the user chose, once it is safe to write; else a French error.

    ``suffix`` (".xlsx" ...) is added when the name has none, and a different one is refused.
    The folder must exist (``make_folder`` creates it, as document folders are) and accept new
    files: this is tried for real, so read-only disks, network shares and rights all count.
    An existing file must be a regular file: devices, pipes and folders are never replaced.
    """
    path = Path(path).expanduser().absolute()
    _check_existing_file(path)  # as typed: "/dev/full" is refused, not turned into another name
    if suffix:
        if not path.suffix:
            path = path.with_name(path.name + suffix)
        elif path.suffix.lower() != suffix.lower():
            raise OutputPathError(
                f"Le fichier « {path} » doit avoir l'extension {suffix} : "
                f"choisissez un nom qui se termine par {suffix}."
            )
    _check_existing_file(path)
    _check_folder(path.parent, make_folder=make_folder)
    return path


def checked_output_folder(folder: Path | str, *, create: bool = True) -> Path:
    """The absolute path of a folder the user chose for documents, created when missing.

    With ``create=False`` nothing is created yet: the folder, or the nearest of its parents
    that exists, must be a folder that accepts new files.
    """
    folder = Path(folder).expanduser().absolute()
    if create:
        _check_folder(folder, make_folder=True)
        return folder
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    _check_folder(existing, make_folder=False)
    return folder


def _check_existing_file(path: Path) -> None:
    try:
        mode = path.stat().st_mode  # follows links: a link to /dev/null is a device
    except (FileNotFoundError, NotADirectoryError):
        return  # a new file; its folder is checked next
    except OSError as error:
        raise OutputPathError(
            f"Le fichier « {path} » est inaccessible "
            f"({describe_os_error(error, with_name=False)}) : "
            "choisissez un autre fichier."
        ) from error
    if stat.S_ISDIR(mode):
        raise OutputPathError(
            f"« {path} » est un dossier : indiquez le nom d'un fichier à écrire dans ce dossier."
        )
    if not stat.S_ISREG(mode):
        raise OutputPathError(
            f"« {path} » n'est pas un fichier ordinaire (périphérique, tube…) et ne sera pas "
            "remplacé : choisissez un fichier dans un de vos dossiers."
        )


def _check_folder(folder: Path, *, make_folder: bool) -> None:
    if make_folder:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            pass  # a file of that name: reported just below
        except OSError as error:
            raise OutputPathError(
                f"Le dossier « {folder} » ne peut pas être créé "
                f"({describe_os_error(error, with_name=False)}) : "
                "choisissez un autre dossier."
            ) from error
    if not folder.exists():
        raise OutputPathError(
            f"Le dossier « {folder} » n'existe pas : créez-le ou choisissez un autre dossier."
        )
    if not folder.is_dir():
        raise OutputPathError(
            f"« {folder} » n'est pas un dossier : choisissez un dossier où écrire."
        )
    try:
        write_probe(folder)
    except OSError as error:
        raise OutputPathError(
            f"Impossible d'écrire dans le dossier « {folder} » "
            f"({describe_os_error(error, with_name=False)}) : "
            "choisissez un autre dossier ou demandez le droit d'y écrire."
        ) from error
