"""attendance evidence: attached files, scanned sheets, on-screen signatures, drop-outs

Each half-day's attendance can be evidenced by a scanned paper sheet (slot_scans) or by
signatures drawn on screen (signatures, chained by SHA-256). An absence can carry a scanned
justification; a trainer's presence is recorded per half-day; an abandon has a date and reason.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    op.create_table(
        "slot_scans",
        sa.Column("slot_id", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachments.id"],
            name=op.f("fk_slot_scans_attachment_id_attachments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"], ["slots.id"], name=op.f("fk_slot_scans_slot_id_slots"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("slot_id", "attachment_id", name=op.f("pk_slot_scans")),
    )
    with op.batch_alter_table("slot_scans", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_slot_scans_attachment_id"), ["attachment_id"], unique=False
        )
    op.create_table(
        "signatures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slot_id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=True),
        sa.Column("trainer_id", sa.Integer(), nullable=True),
        sa.Column("signer_name", sa.String(length=200), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.Column("previous_digest", sa.String(length=64), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollments.id"],
            name=op.f("fk_signatures_enrollment_id_enrollments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"], ["slots.id"], name=op.f("fk_signatures_slot_id_slots"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"],
            ["trainers.id"],
            name=op.f("fk_signatures_trainer_id_trainers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatures")),
    )
    with op.batch_alter_table("signatures", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signatures_enrollment_id"), ["enrollment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_signatures_slot_id"), ["slot_id"], unique=False)
    with op.batch_alter_table("slot_trainers", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("status", sa.String(length=20), nullable=False, server_default="")
        )
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("dropped_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("drop_reason", sa.String(length=300), nullable=False, server_default="")
        )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("evidence", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("justification_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_attendance_justification_id_attachments"),
            "attachments",
            ["justification_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_attendance_justification_id_attachments"), type_="foreignkey"
        )
        batch_op.drop_column("justification_id")
        batch_op.drop_column("evidence")
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.drop_column("drop_reason")
        batch_op.drop_column("dropped_on")
    with op.batch_alter_table("slot_trainers", schema=None) as batch_op:
        batch_op.drop_column("status")
    with op.batch_alter_table("signatures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signatures_slot_id"))
        batch_op.drop_index(batch_op.f("ix_signatures_enrollment_id"))
    op.drop_table("signatures")
    with op.batch_alter_table("slot_scans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slot_scans_attachment_id"))
    op.drop_table("slot_scans")
    op.drop_table("attachments")
