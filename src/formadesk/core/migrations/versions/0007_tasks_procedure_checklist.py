"""tasks made by rules, the office's session procedure and each session's checklist

A task says which rule made it (``kind``; « manual » when typed by hand), the fix at hand, the
trainer it concerns, and whether it was postponed or dismissed (with the reason) or closed by
its rule. Tasks already in the base get their kind from what they point to. The office's
procedure (``procedure_steps``) is seeded with the chronology of DOMAIN.md; steps ticked by
hand for one session go to ``session_steps``. A session gets the day it was closed. Invoice
lines are indexed by enrolment.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 05:20:36
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The default procedure (frozen here: later versions of the program may change theirs).
# (label, anchor, offset in days, evidence)
STEPS = [
    ("Préparer la session : salle, formateur, programme", "debut", -40, "slots_staffed"),
    ("Envoyer la convention ou le contrat", "debut", -30, "convention_sent"),
    ("Envoyer les convocations", "debut", -15, "convocations_sent"),
    ("Recevoir la convention signée", "debut", -10, "convention_signed"),
    ("Saisir les présences", "fin", 0, "attendance_complete"),
    ("Saisir les évaluations des acquis", "fin", 7, "outcomes_complete"),
    ("Délivrer certificats et attestations", "fin", 8, "certificates_issued"),
    ("Facturer", "fin", 15, "invoiced"),
    ("Rédiger le bilan de la session", "fin", 30, ""),
    ("Archiver le dossier", "fin", 60, "closed"),
]


def upgrade() -> None:
    stamp = sa.text("(CURRENT_TIMESTAMP)")
    steps = op.create_table(
        "procedure_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("anchor", sa.String(length=10), nullable=False),
        sa.Column("offset_days", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.String(length=40), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=stamp, nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=stamp, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedure_steps")),
    )
    op.create_table(
        "session_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_session_steps_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["step_id"],
            ["procedure_steps.id"],
            name=op.f("fk_session_steps_step_id_procedure_steps"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_steps")),
        sa.UniqueConstraint("session_id", "step_id", name=op.f("uq_session_steps_session_id")),
    )
    with op.batch_alter_table("session_steps", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_steps_session_id"), ["session_id"])
        batch_op.create_index(batch_op.f("ix_session_steps_step_id"), ["step_id"])

    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_on", sa.Date(), nullable=True))
    # Whether an enrolment is invoiced is asked by the checklist and the rules.
    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_lines_enrollment_id"), ["enrollment_id"])

    with op.batch_alter_table("tasks", schema=None) as batch_op:
        text = {"nullable": False, "server_default": ""}
        batch_op.add_column(
            sa.Column("kind", sa.String(length=40), nullable=False, server_default="manual")
        )
        batch_op.add_column(sa.Column("trainer_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("fix", sa.String(length=60), **text))
        batch_op.add_column(sa.Column("postponed_to", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("postpone_reason", sa.String(length=300), **text))
        batch_op.add_column(sa.Column("dismissed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("dismiss_reason", sa.String(length=300), **text))
        batch_op.add_column(sa.Column("closed_by", sa.String(length=20), **text))
        batch_op.create_index(batch_op.f("ix_tasks_kind"), ["kind"])
        batch_op.create_foreign_key(
            batch_op.f("fk_tasks_trainer_id_trainers"),
            "trainers",
            ["trainer_id"],
            ["id"],
            ondelete="SET NULL",  # a task about a trainer outlives the trainer's record
        )
    # The tasks already made say where they came from.
    for kind, condition in (
        ("incident", "incident_id IS NOT NULL"),
        ("complaint", "complaint_id IS NOT NULL"),
        ("improvement_action", "action_id IS NOT NULL"),
        ("follow_up", "interaction_id IS NOT NULL"),
        ("outcomes_missing", "rule_key LIKE 'outcomes:%'"),
    ):
        op.execute(f"UPDATE tasks SET kind = '{kind}' WHERE {condition}")
    # … and carry their fix at hand, as the new ones do.
    op.execute("UPDATE tasks SET fix = 'outcomes' WHERE kind = 'outcomes_missing'")
    op.execute(
        "UPDATE tasks SET fix = kind WHERE kind IN ('incident', 'complaint', 'improvement_action')"
    )
    op.execute("UPDATE tasks SET fix = 'interaction' WHERE kind = 'follow_up'")
    op.bulk_insert(
        steps,
        [
            {
                "position": position,
                "label": label,
                "anchor": anchor,
                "offset_days": offset,
                "evidence": evidence,
                "required": evidence != "closed",
                "active": True,
            }
            for position, (label, anchor, offset, evidence) in enumerate(STEPS, start=1)
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_tasks_trainer_id_trainers"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_tasks_kind"))
        for column in (
            "closed_by",
            "dismiss_reason",
            "dismissed_on",
            "postpone_reason",
            "postponed_to",
            "fix",
            "trainer_id",
            "kind",
        ):
            batch_op.drop_column(column)
    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_lines_enrollment_id"))
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_column("closed_on")
    with op.batch_alter_table("session_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_steps_step_id"))
        batch_op.drop_index(batch_op.f("ix_session_steps_session_id"))
    op.drop_table("session_steps")
    op.drop_table("procedure_steps")
