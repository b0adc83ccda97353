"""speed: the documents' list reads the newest first from an index

The « Documents » tab lists the newest generated documents; without an index on
``generated_at`` SQLite sorted every document of the office at each opening. The invoices list
finds the credit note of each cancelled invoice by ``cancels_invoice_id``, and shows the unpaid
invoices of every year next to one year's (``status``): both indexed too.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 22:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_generated_documents_generated_at", "generated_documents", ["generated_at"])
    op.create_index("ix_invoices_cancels_invoice_id", "invoices", ["cancels_invoice_id"])
    op.create_index("ix_invoices_status", "invoices", ["status"])


def downgrade() -> None:
    op.drop_index("ix_invoices_status", table_name="invoices")
    op.drop_index("ix_invoices_cancels_invoice_id", table_name="invoices")
    op.drop_index("ix_generated_documents_generated_at", table_name="generated_documents")
