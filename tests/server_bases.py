"""Bases on the test PostgreSQL server (FORMADESK_TEST_PG): a migrated template made once per
run, and a copy of it per test (CREATE DATABASE … TEMPLATE takes a few milliseconds)."""

from __future__ import annotations

import itertools
import os

from sqlalchemy.engine import make_url

_numbers = itertools.count(1)


def admin(server: str):
    from formadesk.core import server as srv

    return srv.raw_connection(srv.parse_url(server))


def base_url(server: str, name: str) -> str:
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def template_base(server: str, iban: str):
    """Yield the URL of a freshly migrated base (the template), dropped after the run."""
    from formadesk.core.office import Office

    name = f"fd_template_{os.getpid()}"
    with admin(server) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    url = base_url(server, name)
    office = Office.open(url)
    office.settings.set("billing.iban", iban)
    office.close(backup_if_changed=False)
    yield url
    with admin(server) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def new_base(server: str, template_url: str) -> str:
    """A new base copied from the template; its URL."""
    name = f"fd_test_{os.getpid()}_{next(_numbers)}"
    template = make_url(template_url).database
    with admin(server) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return base_url(server, name)


def drop_base(server: str, url: str) -> None:
    with admin(server) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')


def per_test_base(server: str, template_url: str):
    url = new_base(server, template_url)
    yield url
    drop_base(server, url)
