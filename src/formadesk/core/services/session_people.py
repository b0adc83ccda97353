"""Who teaches a session, by name: light enough for the office's opening (no document engine).

The documents (convocations, émargements …) and the follow-up rules name trainers the same way.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..model import SessionTrainer, Slot, SlotTrainer, Trainer


def person_name(first_name: str, last_name: str, civility: str = "") -> str:
    """« Mme Hélène Lefèvre » (civility only when given)."""
    return " ".join(part for part in (civility, first_name, last_name) if part)


def trainer_names(s: Session, session_id: int) -> tuple[str, ...]:
    """Trainers of the whole session, then those teaching only some slots, without repeats."""
    whole = select(Trainer).join(SessionTrainer, SessionTrainer.trainer_id == Trainer.id)
    whole = whole.where(SessionTrainer.session_id == session_id)
    some = select(Trainer).join(SlotTrainer, SlotTrainer.trainer_id == Trainer.id)
    some = some.join(Slot, Slot.id == SlotTrainer.slot_id).where(Slot.session_id == session_id)
    names: dict[int, str] = {}
    for query in (whole, some):
        for trainer in s.scalars(query.order_by(Trainer.last_name, Trainer.first_name)):
            names.setdefault(trainer.id, person_name(trainer.first_name, trainer.last_name))
    return tuple(names.values())
