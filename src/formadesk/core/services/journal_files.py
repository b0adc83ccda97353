"""Files of the contact journal: what may be attached to an exchange, and reading a dropped
e-mail (.eml with the standard library, Outlook .msg with journal_msg on olefile).

The size limit and the signatures of PDF and image files are those of the attendance evidence
(services/attendance/codes.py), so that a scan attached here or there obeys the same rules.
"""

from __future__ import annotations

import datetime as dt
import email
import email.utils
import re
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..guards import INVISIBLE
from ..model import Attachment
from .attendance.codes import FILE_SIGNATURES
from .attendance.evidence import attachment_row, read_kept_file
from .journal_msg import MsgError, read_msg

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Outlook .msg (and old Office files)
ZIP_MAGIC = b"PK\x03\x04"  # .docx, .xlsx, .odt
EML_TYPE = "message/rfc822"
MSG_TYPE = "application/vnd.ms-outlook"
# Files told by their extension, each checked against what it must start with (None: text).
BY_EXTENSION: dict[str, tuple[str, bytes | None]] = {
    ".eml": (EML_TYPE, None),
    ".msg": (MSG_TYPE, OLE_MAGIC),
    ".docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ZIP_MAGIC,
    ),
    ".xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP_MAGIC),
    ".odt": ("application/vnd.oasis.opendocument.text", ZIP_MAGIC),
    ".txt": ("text/plain", None),
}
MESSAGE_EXTENSIONS = (".eml", ".msg")
BODY_EXCERPT_CHARS = 4000  # what the exchange's text keeps of a long e-mail
ACCEPTED = "PDF, image, e-mail (.eml, .msg), Word, Excel, OpenDocument ou texte"


@dataclass(frozen=True)
class AttachmentRow:
    """A file kept with an exchange."""

    id: int
    filename: str
    media_type: str
    size: int
    added_at: dt.datetime

    @property
    def is_message(self) -> bool:
        return self.media_type in (EML_TYPE, MSG_TYPE)


@dataclass
class MessageInfo:
    """What a dropped e-mail says: sender, date, subject and the start of its text.

    ``matches`` lists the learners, contacts, trainers, funders or clients whose e-mail address
    is the sender's (filled by the journal service), best first.
    """

    filename: str
    sender_name: str = ""
    sender_email: str = ""
    sent_at: dt.datetime | None = None
    subject: str = ""
    body: str = ""
    matches: list = field(default_factory=list)

    @property
    def sender(self) -> str:
        """« Hélène Lefèvre » or the address when the name is missing."""
        return self.sender_name or self.sender_email


def read_journal_file(path: Path) -> tuple[bytes, str]:
    """The bytes and media type of a file to keep with an exchange, or a French refusal."""
    path = Path(path)
    data = read_kept_file(
        path,
        "attachments",
        empty="choisissez-en un autre.",
        lighter="Enregistrez-en une version plus légère (PDF compressé, scan en 200 ppp).",
    )
    for magic, media_type in FILE_SIGNATURES:
        if data.startswith(magic):
            return data, media_type
    known = BY_EXTENSION.get(path.suffix.lower())
    if known is not None:
        media_type, magic = known
        if magic is None or data.startswith(magic):
            return data, media_type
        raise ValidationError(
            {
                "attachments": f"« {path.name} » n'est pas un vrai fichier {path.suffix.lower()} "
                "(son contenu ne correspond pas) : enregistrez-le de nouveau depuis le "
                "programme d'origine."
            }
        )
    raise ValidationError(
        {
            "attachments": f"« {path.name} » n'est pas d'un type accepté ({ACCEPTED}) : "
            "enregistrez-le en PDF."
        }
    )


def store_journal_file(s: Session, path: Path, now: dt.datetime) -> Attachment:
    """Keep the file in the database (a backup carries it) and return its row."""
    data, media_type = read_journal_file(path)
    name = INVISIBLE.sub("", Path(path).name) or "piece-jointe"
    return attachment_row(s, name, data, media_type, now)


def is_message_file(path: Path | str) -> bool:
    return Path(path).suffix.lower() in MESSAGE_EXTENSIONS


def read_message(path: Path) -> MessageInfo:
    """Sender, date, subject and text of an .eml or .msg file; a French refusal otherwise."""
    path = Path(path)
    data, media_type = read_journal_file(path)
    if media_type == EML_TYPE:
        return _read_eml(path.name, data)
    if media_type == MSG_TYPE:
        return _read_msg(path.name, data)
    raise ValidationError(
        {
            "attachments": f"« {path.name} » n'est pas un e-mail (.eml ou .msg) : il peut être "
            "joint à l'échange, mais rien n'en est lu."
        }
    )


def _unreadable(name: str) -> ValidationError:
    return ValidationError(
        {
            "attachments": f"« {name} » n'est pas un e-mail lisible : enregistrez-le de "
            "nouveau depuis votre messagerie (Enregistrer sous… au format .eml ou .msg)."
        }
    )


def _read_eml(name: str, data: bytes) -> MessageInfo:
    try:
        message = email.message_from_bytes(data, policy=policy.default)
        assert isinstance(message, EmailMessage)
        if not any(message.get(h) for h in ("From", "Subject", "Date")):
            raise _unreadable(name)
        sender_name, sender_email = _sender(message)
        subject = _one_line(str(message.get("Subject", "") or ""))
        sent_at = _local(_header_date(message))
        body = _body_text(message)
    except ValidationError:
        raise
    except Exception:  # noqa: BLE001 - any malformed header or part: the file is refused
        raise _unreadable(name) from None
    return MessageInfo(name, sender_name, sender_email, sent_at, subject, excerpt(body))


def _sender(message: EmailMessage) -> tuple[str, str]:
    header = message.get("From")
    addresses = getattr(header, "addresses", ()) if header is not None else ()
    if addresses:
        first = addresses[0]
        return _one_line(first.display_name), first.addr_spec.strip().lower()
    name, address = email.utils.parseaddr(str(header or ""))
    return _one_line(name), address.strip().lower()


def _header_date(message: EmailMessage) -> dt.datetime | None:
    header = message.get("Date")
    if header is None:
        return None
    value = getattr(header, "datetime", None)
    if value is None:
        try:
            value = email.utils.parsedate_to_datetime(str(header))
        except (TypeError, ValueError):
            return None
    return value


def _body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = part.get_content()
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        return html_to_text(content)
    return content


def _read_msg(name: str, data: bytes) -> MessageInfo:
    try:
        message = read_msg(data)
    except MsgError:
        raise _unreadable(name) from None
    body = message.body
    if not body.strip() and message.html:
        body = html_to_text(message.html)
    return MessageInfo(
        name,
        _one_line(message.sender_name),
        message.sender_email.strip().lower(),
        _local(message.sent_at),
        _one_line(message.subject),
        excerpt(body),
    )


def _local(value: dt.datetime | None) -> dt.datetime | None:
    """The workstation's local time, without time zone (as every date of the database)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return value.replace(second=0, microsecond=0)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", INVISIBLE.sub("", text or "")).strip()


def excerpt(text: str, limit: int = BODY_EXCERPT_CHARS) -> str:
    """The start of an e-mail's text: clean line breaks, no invisible characters, no long gaps."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    text = INVISIBLE.sub("", text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


class _TextOfHtml(HTMLParser):
    BREAKS = {"br", "p", "div", "tr", "li", "h1", "h2", "h3", "table"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs) -> None:
        if tag in ("style", "script", "head"):
            self._skip += 1
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag) -> None:
        if tag in ("style", "script", "head"):
            self._skip = max(0, self._skip - 1)
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_data(self, data) -> None:
        if not self._skip:
            self.parts.append(re.sub(r"[ \t\n]+", " ", data))


def html_to_text(markup: str) -> str:
    """The readable text of an HTML e-mail (tags, styles and scripts dropped)."""
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(lines)
