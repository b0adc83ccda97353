"""Convocation: the letter inviting one learner to a session (Qualiopi indicator 9)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from ..engine.builders import build_convocation
from ..engine.data import ContactInfo, ConvocationData
from ..engine.layout import LAYOUT
from ..engine.pdf import (
    bullets,
    data_table,
    markup,
    para,
    side_by_side,
    table_heading,
    write_letter,
)
from ..engine.registry import DocumentKind, register

RECIPIENT_WIDTH = 85 * mm  # the address sits where a windowed envelope shows it


def _contact_text(contact: ContactInfo) -> str:
    parts = [contact.phone and f"tél. {contact.phone}", contact.email]
    return ", ".join(p for p in parts if p)


def _address_block(data: ConvocationData) -> Table:
    """Reference on the left, recipient on the right."""
    recipient = [markup(f"<b>{escape(data.learner.display_name)}</b>", "address")]
    recipient += [para(line, "address") for line in data.learner.address_lines]
    reference = [para(f"Réf. : session {data.session_code}", "small")]
    table = Table(
        [[reference, recipient]],
        colWidths=[LAYOUT.content_width - RECIPIENT_WIDTH, RECIPIENT_WIDTH],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), LAYOUT.font, LAYOUT.body_size),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _opening(data: ConvocationData) -> list[Flowable]:
    signed_at = f"À {data.city}, le {data.issued_on}" if data.city else f"Le {data.issued_on}"
    title = escape(data.course_title)
    how_long = f", pour une durée totale de {data.total_hours}" if data.slots else ""
    return [
        _address_block(data),
        Spacer(1, 5 * mm),
        para(signed_at, "right"),
        Spacer(1, 2 * mm),
        markup(f"Objet : Convocation à la formation « {title} »", "title"),
        para(data.learner.salutation),
        markup(
            f"Nous avons le plaisir de vous confirmer votre inscription à la formation "
            f"<b>« {title} »</b> (session {escape(data.session_code)}), qui se déroulera "
            f"<b>{escape(data.dates)}</b>{how_long}. Nous vous remercions de vous présenter "
            "aux dates, horaires et lieu indiqués ci-dessous, un quart d'heure avant le début "
            "de la première séance."
        ),
    ]


def _programme(data: ConvocationData) -> list[Flowable]:
    story: list[Flowable] = []
    if data.objectives:
        story += [para("Objectifs de la formation", "heading"), bullets(data.objectives)]
    if not data.slots:
        story.append(para("Calendrier", "heading"))
        story.append(
            para(f"La formation se déroule {data.dates} ; les horaires vous seront précisés.")
        )
        return story
    story += table_heading("Calendrier")
    rows = [(slot.date, slot.times, slot.place) for slot in data.slots]
    widths = [w * LAYOUT.content_width for w in (0.34, 0.2, 0.46)]
    story += [data_table(("Date", "Horaires", "Lieu"), rows, widths), Spacer(1, 1.5 * mm)]
    facts = [f"Durée totale : {data.total_hours}"]
    if data.trainers:
        facts.append(f"Animation : {', '.join(data.trainers)}")
    story.append(para(" · ".join(facts), "small"))
    return story


def _where_and_what(data: ConvocationData) -> list[Flowable]:
    where: list[Flowable] = [para("Lieu et accès", "heading")]
    if data.remote:
        where.append(
            para(
                "La formation se déroule à distance. Le lien de connexion et les consignes "
                "techniques vous seront envoyés avant la première séance."
            )
        )
    else:
        where.append(markup(f"<b>{escape(data.place or 'Lieu à préciser')}</b>"))
    if data.access_info:
        where.append(para(data.access_info))
    if not data.what_to_bring:
        return where
    bring: list[Flowable] = [para("À prévoir", "heading"), bullets(data.what_to_bring)]
    return [side_by_side(where, bring)]


def _help(data: ConvocationData) -> list[Flowable]:
    referent = data.disability_referent
    if referent.is_empty:
        who = "n'hésitez pas à nous en faire part"
    else:
        how = _contact_text(referent)
        who = f"notre référent handicap, {referent.name}" if referent.name else "notre référent"
        who += (f" ({how})" if how else "") + ", est à votre écoute"
    office = _contact_text(data.contact)
    reach = f"{data.contact.name} : {office}" if office else data.contact.name or "notre équipe"
    return [
        para("Accessibilité et situation de handicap", "heading"),
        para(
            "Si vous êtes en situation de handicap ou si vous avez besoin d'un aménagement "
            f"(accès, supports, rythme, matériel), {who}. Prévenez-nous le plus tôt possible : "
            "nous étudierons avec vous les adaptations nécessaires."
        ),
        para("Contacts", "heading"),
        para(
            "Pour toute question, ou si vous ne pouvez pas être présent(e), merci de prévenir "
            f"au plus tôt {reach}."
        ),
    ]


def _closing(data: ConvocationData) -> Flowable:
    org = data.organisation
    who = data.learner.salutation.rstrip(",")
    signature = [para(org.signatory_title or org.name, "right")]
    if org.signatory_name:
        signature.append(para(org.signatory_name, "right_bold"))
    return KeepTogether(
        [
            Spacer(1, 2 * mm),
            para(
                "Nous vous souhaitons une excellente formation et vous prions d'agréer, "
                f"{who}, l'expression de nos salutations distinguées."
            ),
            Spacer(1, 3 * mm),
            *signature,
        ]
    )


def render_convocation_pdf(data: ConvocationData, out: Path) -> Path:
    """Write the convocation letter of ``data`` as a PDF at ``out``; return ``out``."""
    story = [*_opening(data), *_programme(data), *_where_and_what(data), *_help(data)]
    story.append(_closing(data))
    return write_letter(
        out,
        story,
        data.organisation,
        title=f"Convocation – {data.course_title}",
        subject=f"{data.learner.full_name} – session {data.session_code}",
    )


KIND = register(
    DocumentKind(
        key="convocation",
        label="Convocation",
        plural="Convocations",
        scope="learner",
        builder=build_convocation,
        renderers={"pdf": render_convocation_pdf},
    )
)
