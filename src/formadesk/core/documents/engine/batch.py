"""The report of a batch: files written, recipients skipped, and why nothing could be made.

A batch makes one file per recipient. A recipient the kind does not concern (a client with
nothing overdue, a convention already signed back, a client whose part a funder pays) is
skipped and named in the report; a recipient refused for a reason the user must fix (missing
attendance) refuses the whole batch, with every reason in one message.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ... import formatting as fmt
from ...errors import BusinessRuleError
from .registry import DocumentKind

MAX_REASONS = 8  # refusals listed in one message; the others are counted


@dataclass(frozen=True)
class Skipped:
    """A recipient left out of a batch: who, the short reason, the full sentence."""

    name: str  # « Boulangerie Émile & Fils »
    reason: str  # « rien d'échu »
    message: str  # the builder's French sentence

    @property
    def line(self) -> str:
        """« Boulangerie Émile & Fils (rien d'échu) »."""
        return f"{self.name} ({self.reason})"


def skipped_text(skipped: Iterable[Skipped]) -> str:
    """« ignorés : Client X (rien d'échu), Client Y (déjà signée) », or ""."""
    lines = [s.line for s in skipped]
    if not lines:
        return ""
    return f"{fmt.noun(len(lines), 'ignoré')} : {', '.join(lines)}"


class GeneratedFiles(list):
    """The paths written by one call (a list, in target order) and what else happened.

    ``planned`` files were due; ``cancelled`` is True when the user stopped the batch (the
    files written before are kept and recorded); ``merged`` is the single PDF to print, when
    asked for; ``document_ids`` are the recorded rows; ``skipped`` the recipients left out.
    """

    def __init__(
        self,
        files: Iterable[Path] = (),
        *,
        planned: int = 0,
        cancelled: bool = False,
        merged: Path | None = None,
        document_ids: tuple[int, ...] = (),
        skipped: tuple[Skipped, ...] = (),
    ):
        super().__init__(files)
        self.planned = planned or len(self)
        self.cancelled = cancelled
        self.merged = merged
        self.document_ids = document_ids
        self.skipped = tuple(skipped)

    @property
    def summary(self) -> str:
        """« 3 documents produits ; ignorés : Client X (rien d'échu). » and the like."""
        done = len(self)
        if self.cancelled:
            verb = "ont été écrits et enregistrés" if done > 1 else "a été écrit et enregistré"
            return (
                f"Production interrompue : {fmt.plural(done, 'document')} sur {self.planned} "
                f"{verb} ; "
                "relancez la production pour les autres."
            )
        text = f"{fmt.plural(done, 'document')} {fmt.noun(done, 'produit')}"
        if self.skipped:
            text += f" ; {skipped_text(self.skipped)}"
        text += "."
        if self.merged:
            text += f" Un PDF unique à imprimer : « {self.merged.name} »."
        return text


def refused(reasons: list[str]) -> BusinessRuleError:
    """One error carrying every distinct reason why some files of a batch cannot be made."""
    distinct = list(dict.fromkeys(reasons))
    if len(distinct) == 1:
        return BusinessRuleError(distinct[0])
    shown = "\n".join(f"– {reason}" for reason in distinct[:MAX_REASONS])
    more = len(distinct) - MAX_REASONS
    if more > 0:
        shown += f"\n… et {fmt.plural(more, 'autre')}."
    return BusinessRuleError(
        f"{len(reasons)} documents ne peuvent pas être produits ; rien n'a été écrit :\n{shown}"
    )


def nothing_concerned(kind: DocumentKind, code: str, skipped: list[Skipped]) -> BusinessRuleError:
    """Every recipient was skipped: the one sentence, or the list of who and why."""
    if len(skipped) == 1:
        return BusinessRuleError(skipped[0].message)
    label = kind.plural or kind.label
    return BusinessRuleError(
        f"Aucun document « {label} » à produire pour la session {code} : {skipped_text(skipped)}."
    )
