"""Reading a returned questionnaire PDF: its token and the raw value of each question field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .pdf_names import KEYWORD_TOKEN, MARKER, TOKEN_FIELD

QUESTION_FIELD = re.compile(r"^q(\d+)$")


class NotAQuestionnaire(Exception):
    """The file is no Formadesk questionnaire (``args[0]`` is a French sentence)."""


class UnreadablePdf(NotAQuestionnaire):
    """The file cannot be read at all (damaged, truncated, missing or locked): it may well be a
    questionnaire, so the report says « Illisible », not « Pas un questionnaire »."""


class TokenMismatch(Exception):
    """The token of the field and the one of the metadata differ: the file was altered."""


@dataclass(frozen=True)
class ReadForm:
    token: str  # "" for a blank questionnaire
    values: dict[int, object]  # question id -> raw value ("n3", "oui", "c2", text), None if empty


def _raw(value: object) -> object:
    if value is None:
        return None
    text = str(value)
    if text.startswith("/"):  # a radio's PDF name: /n3, /oui, /Off
        text = text[1:]
    if text in ("Off", ""):
        return None
    return text


def decode(scale: str, raw: object) -> object:
    """A radio's export value as the value parse_answer expects (n3 -> 3, c2 -> 2)."""
    if isinstance(raw, str) and scale in ("note5", "note10", "choix"):
        match = re.fullmatch(r"[nc](\d+)", raw)
        if match:
            return int(match.group(1))
    return raw


def read_form(path: Path) -> ReadForm:
    """The token and answers of a questionnaire PDF.

    Raises UnreadablePdf (damaged, missing, locked), NotAQuestionnaire, TokenMismatch.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        fields = reader.get_fields() or {}
        metadata = reader.metadata or {}
        keywords = str(metadata.get("/Keywords", "") or "")
    except FileNotFoundError:
        raise UnreadablePdf(f"Le fichier « {path.name} » n'existe plus.") from None
    except PermissionError:
        raise UnreadablePdf(
            f"« {path.name} » ne peut pas être ouvert (accès refusé) : fermez-le dans le "
            "logiciel qui l'affiche, ou copiez-le dans vos Documents, puis recommencez."
        ) from None
    except (PdfReadError, OSError, ValueError, KeyError, TypeError):
        raise UnreadablePdf(
            f"« {path.name} » n'est pas un PDF lisible : le fichier est endommagé ou "
            "incomplet. Demandez au répondant de le renvoyer."
        ) from None
    words = keywords.split()
    meta_token = next((w[len(KEYWORD_TOKEN) :] for w in words if w.startswith(KEYWORD_TOKEN)), "")
    field = fields.get(TOKEN_FIELD)
    field_token = str(_raw(field.get("/V")) or "").strip() if field is not None else ""
    if MARKER not in words and field is None:
        raise NotAQuestionnaire(
            f"« {path.name} » n'est pas un questionnaire de satisfaction produit par Formadesk."
        )
    if field_token and meta_token and field_token != meta_token:
        raise TokenMismatch(field_token)
    values: dict[int, object] = {}
    for name, item in fields.items():
        match = QUESTION_FIELD.match(name.rsplit(".", 1)[-1])
        if match:
            values[int(match.group(1))] = _raw(item.get("/V"))
    return ReadForm(field_token or meta_token, values)
