"""reporting, archives and personal data: BPF fields, costs, the compliance log

A course says its BPF objective (cadre F-3); a session says the training office it is
entrusted to (sous-traitance), the trainer's remarks for its bilan and where its dossier was
archived; an invoice line may carry a BPF line chosen by hand. Costs of the training activity
(cadre D) get their table, and archiving, reopening, anonymisation and exports of personal data
are recorded in ``compliance_log``. The procedure's « Rédiger le bilan » step is now proved by the
bilan document, and courses whose nature says it get their BPF objective.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 16:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    stamp = sa.text("(CURRENT_TIMESTAMP)")
    text = {"nullable": False, "server_default": ""}
    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("bpf_objective", sa.String(length=30), **text))
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("subcontractor", sa.String(length=200), **text))
        batch_op.add_column(sa.Column("trainer_remarks", sa.Text(), **text))
        batch_op.add_column(sa.Column("archive_path", sa.String(length=1000), **text))
    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("bpf_line", sa.String(length=4), **text))
    op.create_table(
        "costs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("trainer_id", sa.Integer(), nullable=True),
        sa.Column("spent_on", sa.Date(), nullable=False),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=stamp, nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=stamp, nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_costs_session_id_sessions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"],
            ["trainers.id"],
            name=op.f("fk_costs_trainer_id_trainers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_costs")),
    )
    with op.batch_alter_table("costs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_costs_session_id"), ["session_id"])
        batch_op.create_index(batch_op.f("ix_costs_spent_on"), ["spent_on"])
    op.create_table(
        "compliance_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("subject_kind", sa.String(length=20), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_compliance_log")),
    )
    with op.batch_alter_table("compliance_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_compliance_log_at"), ["at"])
    # Bilans de compétences and VAE say their BPF objective by their nature.
    op.execute(
        "UPDATE courses SET bpf_objective = 'bilan_competences' WHERE nature = 'bilan_competences'"
    )
    op.execute("UPDATE courses SET bpf_objective = 'vae' WHERE nature = 'vae'")
    # The bilan step is proved by the bilan document (it was ticked by hand).
    op.execute(
        "UPDATE procedure_steps SET evidence = 'bilan' "
        "WHERE label = 'Rédiger le bilan de la session' AND evidence = ''"
    )


def downgrade() -> None:
    op.execute("UPDATE procedure_steps SET evidence = '' WHERE evidence = 'bilan'")
    with op.batch_alter_table("compliance_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_compliance_log_at"))
    op.drop_table("compliance_log")
    with op.batch_alter_table("costs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_costs_spent_on"))
        batch_op.drop_index(batch_op.f("ix_costs_session_id"))
    op.drop_table("costs")
    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.drop_column("bpf_line")
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_column("archive_path")
        batch_op.drop_column("trainer_remarks")
        batch_op.drop_column("subcontractor")
    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.drop_column("bpf_objective")
