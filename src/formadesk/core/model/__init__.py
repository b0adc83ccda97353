"""SQLAlchemy models, one module per aggregate. Importing this package registers them all."""

from .base import Base
from .billing import Invoice, InvoiceCounter, InvoiceLine, Quote, QuoteLine
from .catalogue import MODALITIES, Course, CourseObjective
from .documents import DOCUMENT_STATUSES, DocumentCounter, GeneratedDocument
from .evidence import Attachment, Signature, SlotScan
from .followup import (
    EVALUATION_KINDS,
    OBJECTIVE_RESULTS,
    Complaint,
    Evaluation,
    Incident,
    Interaction,
    ObjectiveResult,
    Task,
)
from .organisation import Organisation, Setting
from .people import (
    CIVILITIES,
    CLIENT_KINDS,
    FUNDER_KINDS,
    LEARNER_STATUSES,
    Client,
    Contact,
    Funder,
    Learner,
    Trainer,
    TrainerCourse,
    TrainerUnavailability,
)
from .resources import (
    EQUIPMENT_KINDS,
    EQUIPMENT_STATES,
    Booking,
    Equipment,
    Jury,
    JuryCandidate,
    JuryMember,
    Room,
    RoomEquipment,
    RoomUnavailability,
)
from .sessions import (
    ACTIVE_ENROLLMENT_STATUSES,
    ENROLLMENT_STATUSES,
    FUNDING_SCHEMES,
    FUNDING_STATUSES,
    SESSION_KINDS,
    SESSION_STATUSES,
    Attendance,
    Enrollment,
    FundingLine,
    SessionTrainer,
    Slot,
    SlotTrainer,
    TrainingSession,
)

__all__ = [name for name in dir() if not name.startswith("_")]
