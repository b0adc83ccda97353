"""Telling a server's base from a file, and showing its address without the password: light
enough for the start of the window (no SQLAlchemy import)."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_url(target: object) -> bool:
    """True for ``postgresql://…`` (a base on the office's PostgreSQL server)."""
    return isinstance(target, str) and target.strip().lower().startswith(SCHEMES)


def safe_url(target: object) -> str:
    """``target`` without its password: what may be shown, logged or remembered."""
    text = str(target).strip()
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        if ":" in host:  # an IPv6 address
            host = f"[{host}]"
        netloc = f"{parts.username}@{host}" if parts.username else host
        if parts.port:
            netloc += f":{parts.port}"
    except ValueError:
        return "postgresql://…"
    return urlunsplit(("postgresql", netloc, parts.path, parts.query, ""))
