"""Reading an Outlook .msg file (MS-OXMSG) with olefile: sender, date, subject and text.

A .msg is a Compound File holding one stream per property of the message. Variable-length
properties are streams named ``__substg1.0_<id><type>`` (type 001F: UTF-16LE, 001E: 8-bit text
in the message's code page, 0102: bytes); fixed-size ones (dates, numbers) are 16-byte entries of
``__properties_version1.0`` after a 32-byte header (top-level message). Only the root storage is
read: the attachments and recipients live in sub-storages and are ignored.

olefile is BSD-licensed; a GPL-licensed .msg library cannot ship with proprietary Formadesk.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email
import email.utils
import io
import re
import struct
from dataclasses import dataclass
from email import policy
from email.message import Message

import olefile

PROPERTIES = "__properties_version1.0"
PROPERTIES_HEADER = 32  # top-level message; 24 for an embedded one, 8 for attachments
PT_LONG, PT_SYSTIME = 0x0003, 0x0040
PT_STRING8, PT_UNICODE, PT_BINARY = "001E", "001F", "0102"

MESSAGE_CLASS = "001A"
SUBJECT = "0037"
CLIENT_SUBMIT_TIME = 0x0039  # when the sender sent it
SENT_REPRESENTING_NAME = "0042"
SENT_REPRESENTING_EMAIL = "0065"
TRANSPORT_HEADERS = "007D"  # the Internet headers of a received message
SENDER_NAME = "0C1A"
SENDER_EMAIL = "0C1F"  # an SMTP address, or an Exchange "/O=..." one
MESSAGE_DELIVERY_TIME = 0x0E06  # when it arrived
BODY = "1000"
HTML = "1013"
INTERNET_CPID = 0x3FDE  # code page of the HTML body
MESSAGE_CODEPAGE = 0x3FFD  # code page of the 8-bit strings
SENDER_SMTP = "5D01"
SENT_REPRESENTING_SMTP = "5D02"
# Without any of these streams the file is some other Office document saved as .msg.
MESSAGE_STREAMS = (MESSAGE_CLASS, SUBJECT, SENDER_NAME, SENDER_EMAIL, SENDER_SMTP, BODY, HTML)

DEFAULT_CODEPAGE = "cp1252"  # what Outlook writes for Western European mailboxes
CODEPAGES = {65001: "utf-8", 20127: "ascii", 28591: "latin-1", 28605: "iso8859-15"}
FILETIME_EPOCH = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)
LAST_YEAR = 4500  # Outlook's "no date" is 4501-01-01
META_CHARSET = re.compile(rb"""<meta[^>]*charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)


class MsgError(Exception):
    """The file is not an Outlook message that can be read."""


@dataclass(frozen=True)
class OutlookMessage:
    """The raw fields of a .msg; a missing one is "" (or None for the date, in UTC)."""

    sender_name: str = ""
    sender_email: str = ""
    sent_at: dt.datetime | None = None
    subject: str = ""
    body: str = ""
    html: str = ""


def read_msg(data: bytes) -> OutlookMessage:
    """The sender, date, subject and bodies of an Outlook .msg, or MsgError."""
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            return _Reader(ole).message()
    except MsgError:
        raise
    except Exception as error:  # noqa: BLE001 - olefile raises many kinds on a damaged file
        raise MsgError(str(error)) from None


class _Reader:
    def __init__(self, ole: olefile.OleFileIO) -> None:
        self.ole = ole
        self.properties = self._properties()
        self.codepage = _codec(self.properties.get((MESSAGE_CODEPAGE << 16) | PT_LONG))

    def message(self) -> OutlookMessage:
        if not any(self._has(prop) for prop in MESSAGE_STREAMS):
            raise MsgError("no message property")
        headers = self._headers()
        from_name, from_address = email.utils.parseaddr(str(headers.get("From", "") or ""))
        return OutlookMessage(
            sender_name=(
                self.text(SENDER_NAME) or self.text(SENT_REPRESENTING_NAME) or from_name
            ).strip("'\" "),
            sender_email=_first_smtp(
                self.text(SENDER_SMTP),
                self.text(SENDER_EMAIL),
                self.text(SENT_REPRESENTING_SMTP),
                self.text(SENT_REPRESENTING_EMAIL),
                from_address,
            ),
            sent_at=(
                self._date(CLIENT_SUBMIT_TIME)
                or self._date(MESSAGE_DELIVERY_TIME)
                or _header_date(headers)
            ),
            subject=self.text(SUBJECT),
            body=self.text(BODY),
            html=self._html(),
        )

    def _has(self, prop: str) -> bool:
        return any(self.ole.exists(_stream(prop, kind)) for kind in (PT_UNICODE, PT_STRING8))

    def _read(self, name: str) -> bytes | None:
        if not self.ole.exists(name):
            return None
        return self.ole.openstream(name).read()

    def text(self, prop: str) -> str:
        """A string property, whichever of the two string types it was written with."""
        raw = self._read(_stream(prop, PT_UNICODE))
        if raw is not None:
            return raw.decode("utf-16-le", "replace").rstrip("\0")
        raw = self._read(_stream(prop, PT_STRING8))
        if raw is not None:
            return raw.decode(self.codepage, "replace").rstrip("\0")
        return ""

    def _html(self) -> str:
        raw = self._read(_stream(HTML, PT_BINARY))
        if raw is None:
            return self.text(HTML)
        raw = raw.rstrip(b"\0")
        declared = META_CHARSET.search(raw[:4096])
        candidates = [
            declared.group(1).decode("ascii", "ignore") if declared else None,
            _codec(self.properties.get((INTERNET_CPID << 16) | PT_LONG), None),
            "utf-8",
        ]
        for name in candidates:
            if not name:
                continue
            try:
                return raw.decode(name)
            except (LookupError, UnicodeDecodeError):
                continue
        return raw.decode(DEFAULT_CODEPAGE, "replace")

    def _properties(self) -> dict[int, bytes]:
        """Fixed-size properties of the message by tag (id << 16 | type): their 8 value bytes."""
        raw = self._read(PROPERTIES) or b""
        found = {}
        for offset in range(PROPERTIES_HEADER, len(raw) - 15, 16):
            tag, _flags, value = struct.unpack_from("<II8s", raw, offset)
            found[tag] = value
        return found

    def _date(self, prop: int) -> dt.datetime | None:
        value = self.properties.get((prop << 16) | PT_SYSTIME)
        if value is None:
            return None
        (filetime,) = struct.unpack("<Q", value)
        if filetime == 0:
            return None
        try:
            date = FILETIME_EPOCH + dt.timedelta(microseconds=filetime // 10)
        except OverflowError:
            return None
        return date if date.year < LAST_YEAR else None

    def _headers(self) -> Message:
        text = self.text(TRANSPORT_HEADERS)
        try:
            return email.message_from_string(text, policy=policy.compat32)
        except Exception:  # noqa: BLE001 - damaged headers: the properties are enough
            return email.message_from_string("", policy=policy.compat32)


def _stream(prop: str, kind: str) -> str:
    return f"__substg1.0_{prop}{kind}"


def _codec(value: bytes | int | None, default: str | None = DEFAULT_CODEPAGE) -> str | None:
    """The Python codec of a Windows code page (a PT_LONG property's bytes), else ``default``."""
    if value is None:
        return default
    number = struct.unpack_from("<i", value)[0] if isinstance(value, bytes) else value
    name = CODEPAGES.get(number, f"cp{number}")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return default


def _first_smtp(*addresses: str) -> str:
    """The first real e-mail address (an Exchange "/O=ORG/OU=..." one is not)."""
    for address in addresses:
        address = address.strip()
        if "@" in address and not address.startswith("/"):
            return address
    return ""


def _header_date(headers: Message) -> dt.datetime | None:
    value = headers.get("Date")
    if not value:
        return None
    try:
        date = email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    return date if date.tzinfo is not None else date.replace(tzinfo=dt.UTC)
