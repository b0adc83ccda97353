"""Names shared by the questionnaire PDF writer and reader (no reportlab, no pypdf here)."""

from __future__ import annotations

TOKEN_FIELD = "formadesk_jeton"  # the hidden, read-only field holding the respondent's token
MARKER = "formadesk-questionnaire"  # in the document's keywords
KEYWORD_TOKEN = "jeton="  # followed by the token, in the keywords too


def field_name(question_id: int) -> str:
    return f"q{question_id}"
