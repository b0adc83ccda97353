"""SQLAlchemy models, one module per aggregate. Importing this package registers them all."""

from .base import Base
from .billing import COST_CATEGORIES, Cost, Invoice, InvoiceCounter, InvoiceLine, Quote, QuoteLine
from .catalogue import BPF_OBJECTIVES, MODALITIES, Course, CourseObjective
from .documents import DOCUMENT_STATUSES, SENT_STATUSES, DocumentCounter, GeneratedDocument
from .evidence import Attachment, Signature, SlotScan
from .followup import (
    ACTION_ORIGINS,
    ACTION_STATUSES,
    ANSWER_CHANNELS,
    EVALUATION_KINDS,
    INTERACTION_CHANNELS,
    OBJECTIVE_RESULTS,
    QUESTION_SCALES,
    RESPONDENTS,
    SURVEY_MOMENTS,
    Complaint,
    Evaluation,
    EvaluationAnswer,
    ImprovementAction,
    Incident,
    Interaction,
    InteractionAttachment,
    ObjectiveResult,
    ProcedureStep,
    Questionnaire,
    QuestionnaireItem,
    SessionStep,
    SurveyQuestion,
    Task,
)
from .organisation import COMPLIANCE_ACTIONS, ComplianceLog, Organisation, Setting
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
    CERTIFIED_STATUSES,
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
