"""The kinds of documents Formadesk can produce.

A kind ties together a builder (ORM session + ids -> plain frozen dataclass, see ``builders``)
and one renderer per file format (data + output path -> path). Builders are called by scope:

- ``"learner"``: ``builder(session, session_id, enrollment_id)``, one file per enrollment;
- ``"session"``: ``builder(session, session_id)``, one file for the session;
- ``"client"``: ``builder(session, session_id, client_id)``, one file per client of the session;
- ``"trainer"``: ``builder(session, session_id, trainer_id)``, one file per trainer of the session.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import BusinessRuleError

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


KINDS: dict[str, DocumentKind] = {}


def register(kind: DocumentKind) -> DocumentKind:
    """Add a kind to ``KINDS`` (a later registration of the same key replaces it)."""
    KINDS[kind.key] = kind
    return kind


def get_kind(key: str) -> DocumentKind:
    """The registered kind for ``key``; raises KeyError for an unknown key."""
    return KINDS[key]


# Documents recorded in the history without being a kind of the « Générer » dialog (they are
# not made per session): the complaint letters of core/documents/quality.
OTHER_KINDS = {
    "reclamation_accuse": "Accusé de réception de réclamation",
    "reclamation_reponse": "Réponse à réclamation",
}


def kind_label(key: str) -> str:
    """French label of a kind, or the raw key for a kind no longer registered."""
    kind = KINDS.get(key)
    return kind.label if kind else OTHER_KINDS.get(key, key)
