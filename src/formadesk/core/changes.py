"""The one change signal of the core: every mutating call reports what it changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Change:
    """What a mutating call changed: entity kind ("learner", "session" ...), ids, and the action."""

    entity: str
    ids: tuple[int, ...] = ()
    action: str = "updated"  # created, updated, deleted, restored
    related: frozenset[str] = field(default_factory=frozenset)

    def touches(self, *entities: str) -> bool:
        return self.entity in entities or bool(self.related.intersection(entities))


class ChangeBus:
    """Calls every subscriber with each Change; the GUI re-emits it as one Qt signal."""

    def __init__(self) -> None:
        self._subscribers: list[Callable[[Change], None]] = []
        self.dirty = False  # something changed since the last backup

    def subscribe(self, callback: Callable[[Change], None]) -> None:
        self._subscribers.append(callback)

    def unsubscribe(self, callback: Callable[[Change], None]) -> None:
        if callback in self._subscribers:
            self._subscribers.remove(callback)

    def emit(self, change: Change) -> None:
        self.dirty = True
        for callback in list(self._subscribers):
            callback(change)
