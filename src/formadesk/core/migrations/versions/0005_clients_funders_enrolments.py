"""clients, funders and enrolments: site address, funder contacts, funding agreements

A client gets the address of its training site (beside the invoicing address); a contact may
belong to a funder; a funder says what it requires; an enrolment takes a discount; a funding
line takes a share of the price, the status of the funder's agreement (requested, granted,
refused) with its dates and the funder's document. The eleven OPCOs and the Caisse des Dépôts
are added when missing (by name), so that every office starts with them.

Existing funding lines were entered as agreed (they were invoiced as such): they become
« accordée ».

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 15:30:00
"""

import datetime as dt
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The eleven OPCOs approved since 2019, and the Caisse des Dépôts (CPF): name, kind, what
# they require. Frozen here: a later change of names is a later migration.
REFERENCE_FUNDERS = (
    ("AFDAS", "opco"),
    ("Akto", "opco"),
    ("Atlas", "opco"),
    ("Constructys", "opco"),
    ("Ocapiat", "opco"),
    ("OPCO 2i", "opco"),
    ("OPCO EP", "opco"),
    ("OPCO Mobilités", "opco"),
    ("OPCO Santé", "opco"),
    ("L'Opcommerce", "opco"),
    ("Uniformation", "opco"),
    ("Caisse des Dépôts (Mon Compte Formation)", "cpf"),
)
OPCO_REQUIREMENTS = (
    "Demande de prise en charge déposée par l'employeur avant le début de la formation. "
    "Facture en subrogation : n° de prise en charge, feuilles d'émargement et certificat de "
    "réalisation."
)
BLANK_COLUMNS = ("siret", "address", "postal_code", "city", "email", "phone", "contact_name")
CPF_REQUIREMENTS = (
    "Inscription et facturation sur EDOF (Mon Compte Formation) ; certificat de réalisation "
    "déposé à la fin de la formation."
)


def upgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("site_address", sa.String(length=300), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("site_postal_code", sa.String(length=10), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("site_city", sa.String(length=100), nullable=False, server_default="")
        )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.alter_column("client_id", existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column("funder_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_contacts_funder_id"), ["funder_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_contacts_funder_id_funders"),
            "funders",
            ["funder_id"],
            ["id"],
            ondelete="CASCADE",
        )
    with op.batch_alter_table("funders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("requirements", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("notes", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true())
        )
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("discount_cents", sa.Integer(), nullable=False, server_default="0")
        )
    with op.batch_alter_table("funding_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("share_permille", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("status", sa.String(length=20), nullable=False, server_default="accordee")
        )
        batch_op.add_column(sa.Column("requested_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("decided_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("attachment_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_funding_lines_attachment_id_attachments"),
            "attachments",
            ["attachment_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        # the bank details and clauses printed, frozen when the invoice is issued (JSON)
        batch_op.add_column(sa.Column("terms", sa.Text(), nullable=False, server_default=""))
    _freeze_terms_of_issued_invoices()
    _add_reference_funders()


TERMS_KEYS = ("billing.iban", "billing.bic", "documents.payment_terms", "documents.late_penalty")


def _freeze_terms_of_issued_invoices() -> None:
    """Invoices issued before: freeze the terms they are printed with today (the best
    known), so that a later change of the settings does not rewrite them."""
    from formadesk.core.services.settings import DEFAULTS

    conn = op.get_bind()
    settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.Text))
    stored = dict(conn.execute(sa.select(settings.c.key, settings.c.value)).all())
    terms = {key: stored.get(key, DEFAULTS.get(key, "")) for key in TERMS_KEYS}
    invoices = sa.table("invoices", sa.column("kind", sa.String), sa.column("terms", sa.Text))
    conn.execute(
        invoices.update()
        .where(invoices.c.kind != "avoir")
        .values(terms=json.dumps(terms, ensure_ascii=False))
    )


def _add_reference_funders() -> None:
    funders = sa.table(
        "funders",
        sa.column("kind", sa.String),
        sa.column("name", sa.String),
        sa.column("requirements", sa.Text),
        *(sa.column(name, sa.String) for name in BLANK_COLUMNS),
        sa.column("created_at", sa.DateTime),
        sa.column("updated_at", sa.DateTime),
    )
    conn = op.get_bind()
    known = {name.lower() for (name,) in conn.execute(sa.select(funders.c.name))}
    now = dt.datetime.now().replace(microsecond=0)
    rows = [
        {
            "kind": kind,
            "name": name,
            "requirements": OPCO_REQUIREMENTS if kind == "opco" else CPF_REQUIREMENTS,
            **dict.fromkeys(BLANK_COLUMNS, ""),
            "created_at": now,
            "updated_at": now,
        }
        for name, kind in REFERENCE_FUNDERS
        if name.lower() not in known
    ]
    if rows:
        op.bulk_insert(funders, rows)


def downgrade() -> None:
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.drop_column("terms")
    with op.batch_alter_table("funding_lines", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_funding_lines_attachment_id_attachments"), type_="foreignkey"
        )
        for column in ("attachment_id", "decided_on", "requested_on", "status", "share_permille"):
            batch_op.drop_column(column)
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.drop_column("discount_cents")
    with op.batch_alter_table("funders", schema=None) as batch_op:
        for column in ("active", "notes", "requirements"):
            batch_op.drop_column(column)
    op.execute("DELETE FROM contacts WHERE client_id IS NULL")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_contacts_funder_id_funders"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_contacts_funder_id"))
        batch_op.drop_column("funder_id")
        batch_op.alter_column("client_id", existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table("clients", schema=None) as batch_op:
        for column in ("site_city", "site_postal_code", "site_address"):
            batch_op.drop_column(column)
