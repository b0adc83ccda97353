"""File changes that go with a database transaction: all of them happen, or none.

A plan lists files to delete, to rename and to rewrite. ``stage`` makes every change in a way
that can be undone (a file to delete is first renamed to a hidden name beside it, a rewritten
file is written under a temporary name); the first refusal undoes what was staged and raises a
French message naming the file. Once the database has committed, ``finish`` removes the hidden
files and puts the rewritten ones in place; if it has not, ``undo`` puts everything back.
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import BusinessRuleError
from ..files import temporary_sibling
from ..outputs import describe_os_error

log = logging.getLogger(__name__)
DELETED_SUFFIX = ".deleted"


@dataclass
class FilePlan:
    """Deletions, renames and rewrites staged together (see the module's docstring)."""

    refusal: str = "Rien n'a été modifié."  # said after the file's problem
    _deletes: list[Path] = field(default_factory=list)
    _renames: list[tuple[Path, Path]] = field(default_factory=list)
    _rewrites: list[tuple[Path, Callable[[Path], object]]] = field(default_factory=list)
    _undo: list[Callable[[], None]] = field(default_factory=list)
    _hidden: list[Path] = field(default_factory=list)
    _written: list[tuple[Path, Path]] = field(default_factory=list)

    def delete(self, path: Path) -> None:
        self._deletes.append(Path(path))

    def rename(self, source: Path, target: Path) -> None:
        self._renames.append((Path(source), Path(target)))

    def rewrite(self, path: Path, write: Callable[[Path], object]) -> None:
        """Replace ``path`` by what ``write(temporary path)`` writes."""
        self._rewrites.append((Path(path), write))

    @property
    def deletions(self) -> list[Path]:
        return list(self._deletes)

    def stage(self) -> None:
        """Make every change undoably; on the first failure undo them and refuse."""
        try:
            for path in self._deletes:
                self._stage_delete(path)
            for source, target in self._renames:
                self._stage_rename(source, target)
            for path, write in self._rewrites:
                temporary = temporary_sibling(path)
                self._written.append((temporary, path))
                write(temporary)
        except BusinessRuleError:
            self.undo()
            raise
        except OSError as error:
            self.undo()
            raise BusinessRuleError(
                f"Le fichier « {error.filename or ''} » ne peut pas être écrit "
                f"({describe_os_error(error, with_name=False)}). {self.refusal}"
            ) from error

    def _stage_delete(self, path: Path) -> None:
        if not os.path.lexists(path):
            return  # already gone: nothing to keep or remove
        if path.is_dir() and not path.is_symlink():
            raise BusinessRuleError(
                f"« {path} » est un dossier, pas le fichier attendu : il ne peut pas être "
                f"supprimé. Déplacez ou renommez ce dossier, puis recommencez. {self.refusal}"
            )
        hidden = path.with_name(f".{path.name}.{secrets.token_hex(4)}{DELETED_SUFFIX}")
        try:
            os.rename(path, hidden)
        except OSError as error:
            raise BusinessRuleError(
                f"Le fichier « {path} » ne peut pas être supprimé "
                f"({describe_os_error(error, with_name=False)}) : fermez-le s'il est ouvert, ou "
                f"vérifiez vos droits sur son dossier, puis recommencez. {self.refusal}"
            ) from error
        self._hidden.append(hidden)
        self._undo.append(lambda: os.rename(hidden, path))

    def _stage_rename(self, source: Path, target: Path) -> None:
        if source == target or not os.path.lexists(source):
            return
        if os.path.lexists(target):
            raise BusinessRuleError(
                f"Le fichier « {source.name} » ne peut pas être renommé « {target.name} » : un "
                f"fichier porte déjà ce nom dans « {target.parent} ». {self.refusal}"
            )
        try:
            os.rename(source, target)
        except OSError as error:
            raise BusinessRuleError(
                f"Le fichier « {source} » ne peut pas être renommé "
                f"({describe_os_error(error, with_name=False)}) : fermez-le s'il est ouvert, ou "
                f"vérifiez vos droits sur son dossier, puis recommencez. {self.refusal}"
            ) from error
        self._undo.append(lambda: os.rename(target, source))

    def undo(self) -> None:
        """Put back what ``stage`` changed (newest first)."""
        for temporary, _path in self._written:
            temporary.unlink(missing_ok=True)
        self._written.clear()
        while self._undo:
            step = self._undo.pop()
            try:
                step()
            except OSError:
                log.exception("A staged file change could not be undone")
        self._hidden.clear()

    def finish(self) -> list[str]:
        """After the commit: remove the hidden files, put rewritten files in place.

        Returns French sentences for what could not be finished (logged too); the database
        is right either way.
        """
        problems = []
        for hidden in self._hidden:
            try:
                hidden.unlink(missing_ok=True)
            except OSError as error:
                log.exception("Could not remove %s", hidden)
                problems.append(
                    f"Le fichier caché « {hidden} » n'a pas pu être effacé "
                    f"({describe_os_error(error, with_name=False)}) : effacez-le vous-même."
                )
        for temporary, path in self._written:
            try:
                os.replace(temporary, path)
            except OSError as error:
                log.exception("Could not replace %s", path)
                problems.append(
                    f"« {path.name} » n'a pas pu être mis à jour "
                    f"({describe_os_error(error, with_name=False)})."
                )
        self._hidden.clear()
        self._written.clear()
        self._undo.clear()
        return problems
