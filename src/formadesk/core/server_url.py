"""Telling a server's base from a file, and showing its address without the password: light
enough for the start of the window (no SQLAlchemy import)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_url(target: object) -> bool:
    """True for ``postgresql://…`` (a base on the office's PostgreSQL server)."""
    return isinstance(target, str) and target.strip().lower().startswith(SCHEMES)


# « mysql://… », « postgresql:/… », « postgresql//… », « localhost:5432/base »: an address typed
# wrong, never a file name to create (a Windows drive « C:\… » has a one-letter scheme).
_PASSWORD = re.compile(r"(//[^:/@]*):[^@/]*@")
_ADDRESS_LIKE = re.compile(r"^(?:[a-z][a-z0-9+.-]+:/|postgres(?:ql)?[:/]|[\w.-]+:\d+/)", re.I)


def refused_address(target: object) -> str | None:
    """A French refusal when ``target`` looks like a mistyped address rather than a file."""
    text = str(target).strip()
    if is_server_url(text) or not _ADDRESS_LIKE.match(text):
        return None
    shown = _PASSWORD.sub(r"\1@", text)
    return (
        f"« {shown} » n'est ni un fichier de base ni une "
        "adresse de serveur reconnue. Pour une base sur le serveur du bureau, écrivez "
        "postgresql://utilisateur@serveur/base ; pour un fichier, son chemin (…/base.sqlite3)."
    )


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
    except ValueError:  # a port that is no number: shown as typed, without a password
        return _PASSWORD.sub(r"\1@", text)
    query = "&".join(
        pair
        for pair in parts.query.split("&")
        if pair and pair.split("=", 1)[0].lower() not in ("password", "sslpassword")
    )
    return urlunsplit(("postgresql", netloc, parts.path, query, ""))


def without_passwords(text: str) -> str:
    """``text`` (a command line, a message) with every address's password taken out."""
    text = _PASSWORD.sub(r"\1@", text)
    return re.sub(r"((?:ssl)?password=)[^&\s]*", r"\1…", text, flags=re.I)
