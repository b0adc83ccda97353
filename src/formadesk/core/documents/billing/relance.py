"""Relance: the letter reminding a client of its overdue invoices for a session."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ..engine.docx import docx_renderer
from ..engine.docx_spec import Para, Signature, Table
from ..engine.layout import LAYOUT
from ..engine.pdf import markup, para, table_heading
from ..engine.registry import DocumentKind, register
from .data import PaymentReminderData, quoted
from .letters import build_payment_reminder
from .pdf import REMINDER_OPENING, amount_table, write_reminder

COLUMNS = (0.15, 0.21, 0.14, 0.14, 0.18, 0.18)  # shares of the text width


def _body(data: PaymentReminderData) -> list[Flowable]:
    rows = [
        (line.number, line.title, line.issued_on, line.due_on, line.amount, line.days_late)
        for line in data.invoices
    ]
    header = ("N°", "Document", "Date", "Échéance", "Montant TTC", "Retard")
    widths = [share * LAYOUT.content_width for share in COLUMNS]
    story: list[Flowable] = [
        para(
            "Sauf erreur ou omission de notre part, nous n'avons pas reçu à ce jour le "
            f"règlement des sommes suivantes, relatives à la formation {quoted(data.course_title)} "
            f"(session {data.session_code}, {data.dates}) :"
        ),
        *table_heading("Factures échues non réglées"),
        amount_table(header, rows, widths, right_columns=(4, 5)),
        Spacer(1, 2 * mm),
        markup(f"Montant total restant dû : <b>{escape(data.total_due)}</b>", "right"),
        Spacer(1, 2 * mm),
    ]
    if data.rank > 1:
        story.append(
            para(
                f"Ce courrier est notre {data.rank}e relance. Sans règlement de votre part "
                "sous huit jours, nous serons contraints d'engager une procédure de recouvrement."
            )
        )
    else:
        story.append(
            para(
                "Nous vous remercions de bien vouloir procéder à ce règlement dans les meilleurs "
                "délais, et au plus tard sous huit jours à réception de ce courrier."
            )
        )
    story.append(para(f"Nous vous rappelons nos conditions de paiement. {data.late_penalty}"))
    if data.bank:
        story.append(
            para(f"Règlement par virement : {data.bank}, en rappelant les numéros de facture.")
        )
    story.append(
        para(
            "Si votre règlement nous est parvenu entre-temps, nous vous prions de ne pas tenir "
            "compte de ce courrier."
        )
    )
    return story


def render_payment_reminder_pdf(data: PaymentReminderData, out: Path) -> Path:
    """Write the payment reminder of ``data`` as a PDF at ``out``; return ``out``."""
    references = [f"Réf. : session {data.session_code}"]
    references += [f"Facture n° {line.number}" for line in data.invoices]
    return write_reminder(data, out, references, _body(data))


# The shipped Word template (fields of PaymentReminderData).
DOCX_TEMPLATE = [
    *REMINDER_OPENING,
    Para(
        "Sauf erreur ou omission de notre part, nous n'avons pas reçu à ce jour le règlement "
        "des sommes suivantes, relatives à la formation « {{ course_title }} » (session "
        "{{ session_code }}, {{ dates }}) :"
    ),
    Table(
        header=("N°", "Document", "Date", "Échéance", "Montant TTC", "Retard"),
        loop="line in invoices",
        row=(
            "{{ line.number }}",
            "{{ line.title }}",
            "{{ line.issued_on }}",
            "{{ line.due_on }}",
            "{{ line.amount }}",
            "{{ line.days_late }}",
        ),
        widths=(26, 36, 24, 24, 30, 30),
    ),
    Para("Montant total restant dû : {{ total_due }}", bold=True, align="right"),
    Para(
        "{% if rank > 1 %}Ce courrier est notre {{ rank }}e relance. Sans règlement de votre "
        "part sous huit jours, nous serons contraints d'engager une procédure de recouvrement."
        "{% else %}Nous vous remercions de bien vouloir procéder à ce règlement dans les "
        "meilleurs délais, et au plus tard sous huit jours à réception de ce courrier.{% endif %}"
    ),
    Para("Nous vous rappelons nos conditions de paiement. {{ late_penalty }}"),
    Para(
        "{% if bank %}Règlement par virement : {{ bank }}, en rappelant les numéros de "
        "facture.{% endif %}"
    ),
    Para(
        "Si votre règlement nous est parvenu entre-temps, nous vous prions de ne pas tenir "
        "compte de ce courrier. Nous vous prions d'agréer l'expression de nos salutations "
        "distinguées."
    ),
    Signature(right=("{{ organisation.signatory_title }}", "{{ organisation.signatory_name }}")),
]

KIND = register(
    DocumentKind(
        key="relance",
        label="Relance de paiement",
        plural="Relances de paiement",
        scope="client",
        dated_each_issue=True,  # each reminder is a new letter of its day
        builder=build_payment_reminder,
        renderers={"pdf": render_payment_reminder_pdf, "docx": docx_renderer("relance")},
    )
)
