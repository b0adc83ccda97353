"""The catalogue: courses and their objectives."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamps, Versioned

MODALITIES = {"presentiel": "Présentiel", "distanciel": "Distanciel", "mixte": "Mixte"}
# Objectif général of the BPF (cerfa 10443, cadre F-3), one per course ("" = not said yet).
BPF_OBJECTIVES = {
    "rncp_6_8": "Diplôme ou titre RNCP de niveau 6 à 8",
    "rncp_5": "Diplôme ou titre RNCP de niveau 5",
    "rncp_4": "Diplôme ou titre RNCP de niveau 4",
    "rncp_3": "Diplôme ou titre RNCP de niveau 3",
    "rncp_2": "Diplôme ou titre RNCP de niveau 2",
    "cqp_sans_niveau": "CQP sans niveau de qualification (RNCP)",
    "rs": "Certification ou habilitation du répertoire spécifique (RS)",
    "cqp_non_enregistre": "CQP non enregistré au RNCP ou au RS",
    "autre": "Autre formation professionnelle",
    "bilan_competences": "Bilan de compétences",
    "vae": "Accompagnement à la VAE",
}


class Course(Versioned, Timestamps, Base):
    """Formation du catalogue."""

    __tablename__ = "courses"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    programme: Mapped[str] = mapped_column(Text, default="")
    prerequisites: Mapped[str] = mapped_column(Text, default="")
    audience: Mapped[str] = mapped_column(Text, default="")  # public visé
    teaching_means: Mapped[str] = mapped_column(Text, default="")  # moyens pédagogiques
    assessment_method: Mapped[str] = mapped_column(Text, default="")  # modalités d'évaluation
    # À apporter, one item a line: printed on convocations of sessions without their own list
    what_to_bring: Mapped[str] = mapped_column(Text, default="")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    price_cents: Mapped[int] = mapped_column(Integer, default=0)  # per learner, inter-company
    intra_price_cents: Mapped[int] = mapped_column(Integer, default=0)  # per group, intra-company
    modality: Mapped[str] = mapped_column(String(20), default="presentiel")
    nsf_code: Mapped[str] = mapped_column(String(10), default="")
    level: Mapped[str] = mapped_column(String(40), default="")
    certification_code: Mapped[str] = mapped_column(String(40), default="")  # RNCP / RS
    sanction: Mapped[str] = mapped_column(String(200), default="")
    nature: Mapped[str] = mapped_column(String(40), default="action_formation")
    # Cadre F-3 of the BPF (BPF_OBJECTIVES); "" until the office says (listed as missing).
    bpf_objective: Mapped[str] = mapped_column(String(30), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    objectives: Mapped[list[CourseObjective]] = relationship(
        back_populates="course",
        order_by="CourseObjective.position",
        cascade="all, delete-orphan",
    )


class CourseObjective(Base):
    """One pedagogical objective of a course, assessed on the attestation."""

    __tablename__ = "course_objectives"
    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    course: Mapped[Course] = relationship(back_populates="objectives")
