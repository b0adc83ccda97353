"""Alembic environment: runs on the connection handed over by formadesk.core.db."""

from alembic import context

from formadesk.core.model import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # used by `alembic revision --autogenerate` during development
    from sqlalchemy import create_engine

    url = config.get_main_option("sqlalchemy.url") or "sqlite://"
    connection = create_engine(url).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
    # SQLite has transactional DDL (db.py takes BEGIN over from Python's sqlite3): the caller
    # runs every pending migration in one transaction, all-or-nothing.
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
