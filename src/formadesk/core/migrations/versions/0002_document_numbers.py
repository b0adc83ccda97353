"""document numbers: a number on generated documents, a gap-free counter per kind and year

Quotes (devis) take their number when first issued, from a counter incremented in the same
transaction as the registry row; later versions keep it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-05 08:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "document_counters",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "year", name=op.f("pk_document_counters")),
    )
    with op.batch_alter_table("generated_documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("number", sa.String(length=30), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("generated_documents", schema=None) as batch_op:
        batch_op.drop_column("number")
    op.drop_table("document_counters")
