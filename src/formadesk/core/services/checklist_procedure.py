"""The steps of the office's procedure as the editor reads and saves them, and their checks."""

from __future__ import annotations

from dataclasses import dataclass

from .checklist_evidence import EVIDENCE_KINDS

ANCHORS = {"debut": "Début", "fin": "Fin"}
MAX_OFFSET = 365
LABEL_MAX = 200


@dataclass(frozen=True)
class StepRow:
    """One step of the procedure; ``hand_ticks`` counts the sessions that ticked it by hand."""

    id: int
    position: int
    label: str
    anchor: str  # "debut" or "fin"
    offset_days: int
    evidence: str  # EVIDENCE_KINDS code, "" = ticked by hand
    required: bool  # checked when closing a session
    active: bool
    hand_ticks: int = 0

    @property
    def relative(self) -> str:
        return relative_label(self.anchor, self.offset_days)


@dataclass
class StepData:
    """A step as typed in the procedure editor; ``id`` None for a new one."""

    label: str
    anchor: str = "debut"
    offset_days: int = 0
    evidence: str = ""
    required: bool = True
    active: bool = True
    id: int | None = None


def relative_label(anchor: str, offset_days: int) -> str:
    """« J-30 », « J », « J+2 » from the first day; « Fin », « Fin+8 » from the last."""
    base = "Fin" if anchor == "fin" else "J"
    return base if offset_days == 0 else f"{base}{offset_days:+d}"


def check_procedure(steps: list[StepData]) -> dict[str, str]:
    """French errors keyed « <row>.<field> » (row from 0), « form » for the whole list."""
    errors: dict[str, str] = {}
    if not steps:
        errors["form"] = "Gardez au moins une étape dans la procédure."
    seen: dict[str, int] = {}
    for row, step in enumerate(steps):
        name = f"Étape {row + 1}"
        label = (step.label or "").strip()
        if not label:
            errors[f"{row}.label"] = f"{name} : donnez-lui un intitulé."
        elif len(label) > LABEL_MAX:
            errors[f"{row}.label"] = f"{name} : l'intitulé dépasse {LABEL_MAX} caractères."
        elif label.casefold() in seen:
            errors[f"{row}.label"] = (
                f"{name} : « {label} » est déjà l'intitulé de l'étape {seen[label.casefold()] + 1}"
                " ; donnez à chaque étape un intitulé différent."
            )
        else:
            seen[label.casefold()] = row
        if step.anchor not in ANCHORS:
            errors[f"{row}.anchor"] = (
                f"{name} : choisissez si l'échéance compte depuis le début ou la fin de la session."
            )
        if (
            not isinstance(step.offset_days, int)
            or isinstance(step.offset_days, bool)
            or not -MAX_OFFSET <= step.offset_days <= MAX_OFFSET
        ):
            errors[f"{row}.offset_days"] = (
                f"{name} : le nombre de jours doit être compris entre -{MAX_OFFSET} et "
                f"{MAX_OFFSET}."
            )
        if step.evidence not in EVIDENCE_KINDS:
            errors[f"{row}.evidence"] = f"{name} : choisissez la preuve dans la liste."
    ids = [step.id for step in steps if step.id is not None]
    if len(ids) != len(set(ids)):
        errors["form"] = "Une même étape figure deux fois : fermez la fenêtre et rouvrez-la."
    return errors
