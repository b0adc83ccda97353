"""Backups of a base on a PostgreSQL server: ``pg_dump`` and ``pg_restore`` when this
workstation has them, else a clear message that the server's own backups are in charge."""

from __future__ import annotations

import datetime as dt
import glob
import logging
import os
import shutil
import subprocess
from pathlib import Path

from .backup import (
    BackupInfo,
    BackupService,
    BackupTargetExistsError,
    backups_in,
    unique_target,
)
from .changes import Change
from .errors import FormadeskError
from .files import publish, temporary_sibling
from .outputs import checked_output_path, describe_error
from .paths import data_dir

log = logging.getLogger(__name__)

SUFFIX = ".dump"  # pg_dump's custom format: compressed, restored by pg_restore
TIMEOUT_S = 3600


def server_tool(name: str) -> str | None:
    """``pg_dump`` or ``pg_restore``: on the PATH, else the newest of Debian's folders."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def is_dump(path: Path) -> bool:
    """True for an archive of pg_dump's custom format (it starts with « PGDMP »)."""
    try:
        with path.open("rb") as handle:
            return handle.read(5) == b"PGDMP"
    except OSError:
        return False


def _cause(stderr: str) -> str:
    """pg_dump's or pg_restore's failure in French (its own words go to the log)."""
    if "password" in stderr:
        return (
            "le serveur a refusé la connexion (mot de passe). Rouvrez la base, ou notez le "
            "mot de passe dans ~/.pgpass, puis réessayez."
        )
    if "version mismatch" in stderr or "unsupported version" in stderr:
        return (
            "les outils PostgreSQL de ce poste sont plus anciens que le serveur. Installez la "
            "version du serveur (paquet postgresql-client), ou confiez les sauvegardes au "
            "serveur."
        )
    if "No space left" in stderr:
        return "le disque est plein. Libérez de la place, puis réessayez."
    return "le détail est dans le journal de Formadesk. Réessayez, ou transmettez-le au support."


class ServerBackupService(BackupService):
    """The BackupService of a server's base: same calls, PostgreSQL's tools underneath."""

    @property
    def folder(self) -> Path:
        url = self._db.url
        return data_dir() / "backups" / f"{url.host or 'local'}-{url.port or 5432}-{url.database}"

    def list(self) -> list[BackupInfo]:
        return backups_in(self.folder, self._db.url.database, SUFFIX)

    def _tool(self, name: str) -> str:
        tool = server_tool(name)
        if tool is None:
            raise FormadeskError(
                f"{name} n'est pas installé sur ce poste : les sauvegardes de la base "
                f"{self._db.name} sont celles du serveur, faites par son administrateur. "
                "Pour en faire aussi depuis ce poste, installez les outils clients de "
                "PostgreSQL (paquet postgresql-client)."
            )
        return tool

    def _run(self, command: list[str], what: str) -> None:
        url = self._db.url
        env = dict(os.environ)
        if url.password:  # typed at the prompt: given to the tool, never written
            env["PGPASSWORD"] = str(url.password)
        try:
            result = subprocess.run(
                command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise FormadeskError(f"{what} a échoué ({describe_error(error)}).") from error
        if result.returncode:
            log.error("%s failed: %s", command[0], result.stderr)
            raise FormadeskError(f"{what} a échoué : {_cause(result.stderr or '')}")

    def _dbname(self) -> str:
        from .server import safe_url

        return safe_url(self._db.url)

    def backup_now(
        self, *, automatic: bool = False, to: Path | None = None, replace: bool = False
    ) -> Path:
        """A pg_dump of the base, written under a temporary name and renamed when whole."""
        tool = self._tool("pg_dump")
        now = dt.datetime.now()
        if to is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            label = "auto" if automatic else ""
            target = unique_target(self.folder, self._db.url.database, label, now, SUFFIX)
        else:
            target = self._checked_target(Path(to), replace)
        temporary = temporary_sibling(target)
        try:
            self._run(
                [
                    tool,
                    "--no-password",  # never a prompt on a terminal: the password is given
                    "--format=custom",
                    f"--file={temporary}",
                    f"--dbname={self._dbname()}",
                ],
                "La sauvegarde",
            )
            publish(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)
        return self._written(target, rotate=to is None, now=now)

    def _checked_target(self, target: Path, replace: bool) -> Path:
        """A ``--to`` file: a .dump (never a name that looks like a base), replaced only with
        ``replace`` and only when it is itself a pg_dump archive."""
        target = checked_output_path(target.expanduser().resolve())
        if target.suffix != SUFFIX:
            raise FormadeskError(
                f"Une sauvegarde de la base du serveur est une archive PostgreSQL, pas une base "
                f"à ouvrir : donnez-lui un nom en {SUFFIX} (par exemple "
                f"« {target.stem}{SUFFIX} »)."
            )
        if target.exists():
            if not is_dump(target):
                raise FormadeskError(
                    f"« {target.name} » existe déjà et n'est pas une sauvegarde PostgreSQL : "
                    "elle ne sera pas remplacée. Choisissez un autre nom."
                )
            if not replace:
                raise BackupTargetExistsError(target, "une sauvegarde PostgreSQL")
        return target

    def restore(self, backup: Path) -> Path:
        """Replace the base's content with a pg_dump file, in one transaction; the current
        content is dumped first, so the restore can itself be undone."""
        backup = Path(backup)
        tool = self._tool("pg_restore")
        if not is_dump(backup):
            raise FormadeskError(
                f"« {backup.name} » n'est pas une sauvegarde PostgreSQL de Formadesk (fichier "
                f"{SUFFIX}). Choisissez une autre sauvegarde."
            )
        self._run([tool, "--list", str(backup)], f"La lecture de « {backup.name} »")
        safety = self.backup_now(automatic=False)
        self._db.engine.dispose()
        self._run(
            [
                tool,
                "--no-password",
                "--clean",
                "--if-exists",
                "--single-transaction",
                "--no-owner",
                f"--dbname={self._dbname()}",
                str(backup),
            ],
            "La restauration",
        )
        self._db.engine.dispose()
        self._changes.emit(Change("all", action="restored"))
        return safety
