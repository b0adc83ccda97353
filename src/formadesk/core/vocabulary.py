"""The office's vocabulary: every enumeration stored in the database, with its French label.

Screens, documents and exports take their choices and labels from here rather than from the
SQLAlchemy models (``formadesk.core.model``), which stay private to the core. Each mapping goes
from the value stored in the database to the label shown to the user; ``CIVILITIES`` is the
ordered list of choices and ``ACTIVE_ENROLLMENT_STATUSES`` the statuses that take a place.
"""

from __future__ import annotations

from .model.catalogue import MODALITIES
from .model.documents import DOCUMENT_STATUSES
from .model.followup import (
    ACTION_ORIGINS,
    ACTION_STATUSES,
    ANSWER_CHANNELS,
    EVALUATION_KINDS,
    INTERACTION_CHANNELS,
    OBJECTIVE_RESULTS,
    QUESTION_SCALES,
    RESPONDENTS,
    SURVEY_MOMENTS,
)
from .model.people import CIVILITIES, CLIENT_KINDS, FUNDER_KINDS, LEARNER_STATUSES
from .model.resources import EQUIPMENT_KINDS, EQUIPMENT_STATES
from .model.sessions import (
    ACTIVE_ENROLLMENT_STATUSES,
    ENROLLMENT_STATUSES,
    FUNDING_SCHEMES,
    FUNDING_STATUSES,
    SESSION_KINDS,
    SESSION_STATUSES,
)
from .services.attendance.codes import EVIDENCE as EVIDENCE_KINDS
from .services.attendance.codes import KEYS as ATTENDANCE_KEYS
from .services.attendance.codes import LETTERS as ATTENDANCE_LETTERS
from .services.attendance.codes import STATUSES as ATTENDANCE_STATUSES
from .services.attendance.codes import TRAINER_STATUSES as TRAINER_PRESENCE

_TASK_WORDS = ("TASK_KINDS", "TASK_FIXES", "TASK_BUCKETS", "RULE_TASK_KINDS")


def __getattr__(name: str):
    """The tasks' words, read on first use: their labels come from the rules, whose modules
    take a tenth of a second to import (a screen that shows no task does not pay it)."""
    if name not in _TASK_WORDS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from .tasks import kinds
    from .tasks.service import BUCKETS

    words = {
        "TASK_KINDS": kinds.TASK_KINDS,
        "TASK_FIXES": kinds.TASK_FIXES,
        "TASK_BUCKETS": BUCKETS,
        # Kinds of task a rule makes (and takes away once the data is fixed); the others are
        # closed by hand (« Fait »).
        "RULE_TASK_KINDS": frozenset(kinds.TASK_KINDS) - frozenset(kinds.OTHER_KINDS),
    }
    globals().update(words)
    return words[name]


__all__ = [
    "ACTION_ORIGINS",
    "ACTION_STATUSES",
    "ANSWER_CHANNELS",
    "INTERACTION_CHANNELS",
    "QUESTION_SCALES",
    "RESPONDENTS",
    "SURVEY_MOMENTS",
    "ATTENDANCE_KEYS",
    "ATTENDANCE_LETTERS",
    "ATTENDANCE_STATUSES",
    "EVIDENCE_KINDS",
    "TRAINER_PRESENCE",
    "ACTIVE_ENROLLMENT_STATUSES",
    "CIVILITIES",
    "CLIENT_KINDS",
    "DOCUMENT_STATUSES",
    "ENROLLMENT_STATUSES",
    "EQUIPMENT_KINDS",
    "EQUIPMENT_STATES",
    "EVALUATION_KINDS",
    "FUNDER_KINDS",
    "FUNDING_SCHEMES",
    "FUNDING_STATUSES",
    "LEARNER_STATUSES",
    "MODALITIES",
    "OBJECTIVE_RESULTS",
    "SESSION_KINDS",
    "SESSION_STATUSES",
    "RULE_TASK_KINDS",  # noqa: F822 - see __getattr__
    "TASK_BUCKETS",  # noqa: F822 - see __getattr__
    "TASK_FIXES",  # noqa: F822 - see __getattr__
    "TASK_KINDS",  # noqa: F822 - see __getattr__
]
