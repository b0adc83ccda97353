"""several workstations: a version number on every record edited in a form

Two assistants on one PostgreSQL base may open the same learner, session or client at once:
each save raises ``version`` and a save from an older version is refused with a message,
instead of silently overwriting the other's change (issue 14). Existing rows start at 1.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 04:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "courses",
    "organisation",
    "learners",
    "trainers",
    "clients",
    "funders",
    "rooms",
    "equipment",
    "juries",
    "sessions",
)


def upgrade() -> None:
    # A plain ADD COLUMN with a constant default: no table is copied, even on SQLite.
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
