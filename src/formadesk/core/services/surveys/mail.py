"""E-mail drafts (.eml) carrying a questionnaire: opened by the office's mail program, which
shows them as messages to send (``X-Unsent: 1``), the PDF attached."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formataddr, formatdate
from pathlib import Path

from ...files import atomic_path


def invitation_text(
    *, name: str, organisation: str, title: str, session: str, dates: str, reminder: bool
) -> tuple[str, str]:
    """(subject, body) in French."""
    subject = ("Relance : " if reminder else "") + f"{title} — {session}"
    opening = (
        "Sauf erreur de notre part, nous n'avons pas encore reçu votre questionnaire. "
        if reminder
        else ""
    )
    body = (
        f"Bonjour {name},\n\n"
        f"{opening}Vous trouverez ci-joint le questionnaire « {title} » concernant la "
        f"formation {session} ({dates}).\n\n"
        "Il se remplit directement dans le fichier PDF (Adobe Acrobat Reader ou votre "
        "navigateur) : cochez vos réponses, enregistrez le fichier, puis renvoyez-le en "
        "réponse à ce message. Vous pouvez aussi l'imprimer et nous le remettre rempli.\n\n"
        "Vos réponses nous aident à améliorer nos formations. Merci pour votre temps.\n\n"
        f"Cordialement,\n{organisation}\n"
    )
    return subject, body


def write_eml(
    out: Path,
    *,
    to_name: str,
    to_address: str,
    from_name: str,
    from_address: str,
    subject: str,
    body: str,
    attachment: Path,
) -> None:
    """Write an unsent message with ``attachment`` (a PDF) at ``out``."""
    message = EmailMessage()
    message["To"] = formataddr((to_name, to_address))
    if from_address:
        message["From"] = formataddr((from_name, from_address))
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"
    message.set_content(body)
    message.add_attachment(
        attachment.read_bytes(), maintype="application", subtype="pdf", filename=attachment.name
    )
    with atomic_path(out) as temporary:
        temporary.write_bytes(bytes(message))
