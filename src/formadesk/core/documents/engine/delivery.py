"""After the files are written: one merged PDF to print, and email drafts to send them.

A draft is a ``.eml`` file with the document attached and ``X-Unsent: 1``, so that Outlook
opens it as a new message ready to send; Thunderbird opens it too (« Modifier en tant que
nouveau message »). Nothing is sent by Formadesk itself.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path

import platformdirs

from ... import paths
from ...files import atomic_path

MIME_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def merge_pdfs(files: Sequence[Path], out: Path, *, title: str = "") -> Path:
    """Write the pages of ``files`` one after the other into ``out`` (replaced in one step)."""
    from pypdf import PdfWriter  # here: the documents' list opens without it

    writer = PdfWriter()
    for path in files:
        writer.append(str(path))
    writer.add_metadata({"/Title": title, "/Creator": "Formadesk"} if title else {})
    with atomic_path(out) as temp, temp.open("wb") as handle:
        writer.write(handle)
    writer.close()
    return out


def drafts_dir() -> Path:
    """Where email drafts go by default: a cache folder (they are opened once, then sent)."""
    return Path(platformdirs.user_cache_dir(paths.APP, appauthor=False)) / "courriels"


@dataclass(frozen=True)
class EmailDraft:
    """What a draft says; ``attachment`` is the document file."""

    to_address: str
    to_name: str
    subject: str
    body: str
    attachment: Path
    sender_address: str = ""
    sender_name: str = ""


def draft_body(
    *,
    salutation: str,
    label: str,
    course_title: str,
    session_code: str,
    dates: str,
    signature: Sequence[str],
) -> str:
    """A short French message presenting the attached document."""
    when = f", qui se déroule {dates}" if dates else ""
    lines = [
        salutation,
        "",
        f"Veuillez trouver ci-joint le document « {label} » relatif à la formation "
        f"« {course_title} » (session {session_code}){when}.",
        "",
        "Nous restons à votre disposition pour toute question.",
        "",
        "Bien cordialement,",
        "",
        *[line for line in signature if line],
    ]
    return "\n".join(lines) + "\n"


def _address(name: str, address: str) -> Address:
    local, _, domain = address.strip().partition("@")
    return Address(display_name=name, username=local, domain=domain)


def write_email_draft(draft: EmailDraft, out: Path) -> Path:
    """Write ``draft`` as a .eml file at ``out`` (CRLF line ends, attachment in base64)."""
    message = EmailMessage(policy=policy.SMTP)
    message["To"] = _address(draft.to_name, draft.to_address)
    if draft.sender_address:
        message["From"] = _address(draft.sender_name, draft.sender_address)
    message["Subject"] = draft.subject
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"
    message.set_content(draft.body)
    suffix = draft.attachment.suffix.lstrip(".").lower()
    mime = MIME_TYPES.get(suffix) or mimetypes.guess_type(draft.attachment.name)[0]
    maintype, _, subtype = (mime or "application/octet-stream").partition("/")
    message.add_attachment(
        draft.attachment.read_bytes(),
        maintype=maintype,
        subtype=subtype,
        filename=draft.attachment.name,
    )
    with atomic_path(out) as temp:
        temp.write_bytes(message.as_bytes())
    return out
