"""Evidence of attendance: attached files (scans, justifications) and on-screen signatures."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Attachment(Base):
    """A file kept inside the database (so that a backup carries it): a scanned sheet, a
    medical certificate, an e-mail saved as PDF."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SlotScan(Base):
    """A scanned paper sheet attached to a half-day it covers (one file may cover several)."""

    __tablename__ = "slot_scans"
    slot_id: Mapped[int] = mapped_column(
        ForeignKey("slots.id", ondelete="CASCADE"), primary_key=True
    )
    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachments.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Signature(Base):
    """One signature drawn on screen for one half-day, chained to the previous one.

    ``digest`` = SHA-256 over (image, signer, half-day, time, previous digest of the half-day),
    so that changing, removing or reordering a stored signature is detectable.
    """

    __tablename__ = "signatures"
    id: Mapped[int] = mapped_column(primary_key=True)
    slot_id: Mapped[int] = mapped_column(ForeignKey("slots.id", ondelete="CASCADE"), index=True)
    enrollment_id: Mapped[int | None] = mapped_column(
        ForeignKey("enrollments.id", ondelete="CASCADE"), nullable=True, index=True
    )
    trainer_id: Mapped[int | None] = mapped_column(
        ForeignKey("trainers.id", ondelete="CASCADE"), nullable=True
    )
    signer_name: Mapped[str] = mapped_column(String(200))
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    image: Mapped[bytes] = mapped_column(LargeBinary)  # PNG
    previous_digest: Mapped[str] = mapped_column(String(64))
    digest: Mapped[str] = mapped_column(String(64))
