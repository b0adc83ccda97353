"""Errors that reach the user as one French sentence saying what to do."""

from __future__ import annotations


class FormadeskError(Exception):
    """Base error: ``str(error)`` is a French sentence for the user."""


class ValidationError(FormadeskError):
    """Some fields of a form are invalid; ``errors`` maps field name to French message."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__(" ".join(self.errors.values()))


class NotFoundError(FormadeskError):
    """The record asked for does not exist (any more)."""


class BusinessRuleError(FormadeskError):
    """A change refused by a rule of the office (capacity, duplicate enrollment ...)."""


class DuplicateLearnerError(BusinessRuleError):
    """A learner who may already exist; ``duplicates`` holds the rows found (LearnerRow)."""

    def __init__(self, message: str, duplicates: list):
        self.duplicates = list(duplicates)
        super().__init__(message)


class DatabaseOpenError(FormadeskError):
    """The database file cannot be opened safely.

    ``reason`` is one of: "locked", "newer", "not_formadesk", "corrupt", "unreadable",
    "missing" (no such file), "empty" (a 0-byte file), "exists" (creating over a database),
    "read_only" (write-protected, and opening needs to write), "migration_failed"; on a
    PostgreSQL server also "bad_url", "password", "unreachable".
    """

    def __init__(self, message: str, *, reason: str, path: str = ""):
        self.reason = reason
        self.path = path
        super().__init__(message)


class ConcurrentEditError(FormadeskError):
    """The record was saved by someone else (another workstation) since it was read."""

    def __init__(self, what: str = "Cette fiche"):
        super().__init__(
            f"{what} a été modifiée sur un autre poste depuis que vous l'avez ouverte : rien "
            "n'a été enregistré, pour ne pas effacer sa modification. Rechargez la fiche pour "
            "voir ses nouvelles valeurs, puis refaites votre changement."
        )
