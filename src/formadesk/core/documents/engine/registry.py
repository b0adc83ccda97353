"""The kinds of documents Formadesk can produce.

A kind ties together a builder (ORM session + ids -> plain frozen dataclass, see ``builders``)
and one renderer per file format (data + output path -> path). Builders are called by scope:

- ``"learner"``: ``builder(session, session_id, enrollment_id)``, one file per enrollment;
- ``"session"``: ``builder(session, session_id)``, one file for the session;
- ``"client"``: ``builder(session, session_id, client_id)``, one file per client of the session;
- ``"trainer"``: ``builder(session, session_id, trainer_id)``, one file per trainer of the session.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import BusinessRuleError
from .kind_labels import KIND_LABELS, NAMED_IN_FILE, OTHER_KINDS

log = logging.getLogger(__name__)

SCOPES = ("learner", "session", "client", "trainer")
FORMAT_LABELS = {"pdf": "PDF", "docx": "Word", "xlsx": "Excel"}

Builder = Callable[..., Any]
Renderer = Callable[[Any, Path], Path]


@dataclass(frozen=True)
class DocumentKind:
    """One kind of document: what it is called, who it is for, how it is built and rendered."""

    key: str  # stored in GeneratedDocument.kind, e.g. "convocation"
    label: str  # French, shown to the user and used in file names, e.g. "Convocation"
    scope: str  # "learner", "session", "client" or "trainer" (see SCOPES)
    builder: Builder
    renderers: dict[str, Renderer] = field(default_factory=dict)
    plural: str = ""  # « Convocations », for menus and messages
    # Learner or client scope: which targets the kind is for, given (orm session, enrollment id
    # or client id); the others are skipped. ``applies_note`` says who, for messages.
    applies_to: Callable[[Any, int], bool] | None = None
    applies_note: str = ""
    # Learner scope: a learner who dropped out (enrollment « abandon ») gets one too, for the
    # hours attended until then (certificat de réalisation, attestation d'assiduité).
    dropped_out_too: bool = False
    # Dating and numbering (see ``issues``): a document is dated the day of its FIRST issue,
    # kept by every later version, unless each issue is a new letter or a snapshot of the day
    # (reminders, lists). A kind with a ``number_setting`` (the pattern's setting key) takes
    # a gap-free number at its first issue; ``own_number(orm session, session id, target id)``
    # may return a number already recorded elsewhere (a quote entered in the quotes table).
    dated_each_issue: bool = False
    number_setting: str = ""
    own_number: Callable[[Any, int, int], str | None] | None = None
    # A kind made once per record rather than per learner or client (an invoice: a client may
    # have an invoice and a credit note, a funder is no client) lists its own targets:
    # ``targets(orm session, session id, enrollment ids or None)`` -> list of ``Target``; each
    # target's ``record_id`` is passed to the builder as ``record_id``, its ``number`` recorded.
    targets: Callable[[Any, int, list[int] | None], list[Any]] | None = None
    no_target_note: str = ""  # why nothing can be made when ``targets`` lists none

    def __post_init__(self) -> None:
        if self.scope not in SCOPES:
            raise ValueError(f"Unknown scope {self.scope!r} for document kind {self.key!r}")
        if not self.renderers:
            raise ValueError(f"Document kind {self.key!r} has no renderer")
        if self.key in KIND_LABELS:  # a built-in kind: the lists read these without loading it
            if KIND_LABELS[self.key] != self.label:
                raise ValueError(f"Document kind {self.key!r}: write {self.label!r} in kind_labels")
            if self._named_in_file != (self.key in NAMED_IN_FILE):
                raise ValueError(f"Kind {self.key!r}: correct NAMED_IN_FILE in kind_labels")

    @property
    def _named_in_file(self) -> bool:
        return self.scope == "trainer" or self.targets is not None

    @property
    def formats(self) -> tuple[str, ...]:
        """File formats this kind can be rendered to, preferred first."""
        return tuple(self.renderers)

    def renderer(self, file_format: str) -> Renderer:
        try:
            return self.renderers[file_format]
        except KeyError:
            raise BusinessRuleError(
                f"Le document « {self.label} » ne peut pas être produit au format "
                f"{FORMAT_LABELS.get(file_format, file_format)} : choisissez un autre format."
            ) from None


class NotConcerned(BusinessRuleError):
    """Raised by a builder for a recipient the kind does not concern (nothing overdue, already
    signed, nothing invoiced): a batch skips it and says so; ``reason`` is short, for the report
    (« rien d'échu »), the message is the full French sentence."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


class _Kinds(MutableMapping[str, DocumentKind]):
    """The registered kinds, loaded (``formadesk.core.documents.kinds``) on first reading."""

    def __init__(self) -> None:
        self._kinds: dict[str, DocumentKind] = {}
        self._loaded = False
        self._lock = threading.RLock()

    def _all(self) -> dict[str, DocumentKind]:
        if not self._loaded:
            with self._lock:
                if not self._loaded:
                    importlib.import_module("formadesk.core.documents.kinds")
                    self._loaded = True
        return self._kinds

    def __getitem__(self, key: str) -> DocumentKind:
        return self._all()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    def __setitem__(self, key: str, kind: DocumentKind) -> None:
        self._all()[key] = kind

    def __delitem__(self, key: str) -> None:
        del self._all()[key]

    def registered(self, key: str) -> DocumentKind | None:
        """The kind if it is already registered, without loading the others."""
        return self._kinds.get(key)


KINDS = _Kinds()


def preload_kinds() -> None:
    """Load every kind now (from a background thread: the first use is then immediate)."""
    try:
        len(KINDS)
    except Exception:  # noqa: BLE001 - the first use will load them again and say what fails
        log.warning("Preloading the document kinds failed", exc_info=True)


def register(kind: DocumentKind) -> DocumentKind:
    """Add a kind to ``KINDS`` (a later registration of the same key replaces it)."""
    KINDS._kinds[kind.key] = kind
    return kind


def get_kind(key: str) -> DocumentKind:
    """The registered kind for ``key``; raises KeyError for an unknown key."""
    return KINDS[key]


def kind_label(key: str) -> str:
    """French label of a kind, or the raw key for a kind no longer known (without loading them)."""
    kind = KINDS.registered(key)
    return KIND_LABELS.get(key) or OTHER_KINDS.get(key) or (kind.label if kind else key)


def named_in_file(key: str) -> bool:
    """Whether a document of this kind names its recipient only in its file name (a trainer, an
    invoice's payer), without loading the kinds."""
    kind = KINDS.registered(key)
    return key in NAMED_IN_FILE or (kind is not None and kind._named_in_file)
