"""Courrier d'accompagnement: a polite letter sending a learner the documents of a session.

The enclosures (« ci-joint ») are only documents that exist: those recorded in the registry
for the learner in the session, and the session's programme, règlement and livret. With none
produced yet there is nothing to send: the letter is refused (a batch skips that learner).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ... import formatting as fmt
from ...errors import NotFoundError
from ...model import Enrollment, GeneratedDocument
from ..engine import docx_spec as d
from ..engine.builders import learner_info, organisation_info
from ..engine.data import ContactInfo
from ..engine.docx import docx_renderer
from ..engine.layout import LAYOUT
from ..engine.pdf import bullets, markup, para, write_letter
from ..engine.registry import DocumentKind, NotConcerned, kind_label, register
from .data_admin import CoverLetterData

KEY = "courrier"
SESSION_KINDS = ("programme", "reglement", "livret")  # session documents a learner receives
ORDER = ("convocation", "contrat", "bulletin", "programme", "reglement", "livret")
TO_SIGN = {"contrat": "Contrat de formation", "bulletin": "Bulletin d'inscription"}
RECIPIENT_WIDTH = 85 * mm


def enclosure_kinds(s: Session, session_id: int, learner_id: int) -> list[str]:
    """Kinds of the documents to enclose: those produced for this learner or the session."""
    query = select(GeneratedDocument.kind).where(
        GeneratedDocument.session_id == session_id,
        GeneratedDocument.kind != KEY,
        or_(
            GeneratedDocument.learner_id == learner_id,
            GeneratedDocument.kind.in_(SESSION_KINDS) & GeneratedDocument.learner_id.is_(None),
        ),
    )
    kinds = list(dict.fromkeys(s.scalars(query)))
    rank = {key: i for i, key in enumerate(ORDER)}
    return sorted(kinds, key=lambda k: (rank.get(k, len(ORDER)), kind_label(k)))


def build_cover_letter(
    s: Session, session_id: int, enrollment_id: int, *, today: dt.date | None = None
) -> CoverLetterData:
    """The covering letter of one enrolled learner."""
    enrollment = s.get(Enrollment, enrollment_id)
    if enrollment is None or enrollment.session_id != session_id:
        raise NotFoundError(
            "Cette inscription n'existe plus dans la session : actualisez la liste des inscrits."
        )
    session = enrollment.session
    kinds = enclosure_kinds(s, session_id, enrollment.learner_id)
    if not kinds:
        learner = enrollment.learner
        name = f"{learner.first_name} {learner.last_name}".strip()
        raise NotConcerned(
            f"Aucun document n'a encore été produit pour {name} dans la session {session.code} "
            ": produisez d'abord les documents à lui envoyer (convocation, programme…), puis "
            "le courrier qui les accompagne.",
            "aucun document à joindre",
        )
    org = organisation_info(s)
    return CoverLetterData(
        organisation=org,
        learner=learner_info(enrollment.learner),
        session_code=session.code,
        course_title=session.course.title,
        dates=fmt.date_range_long(session.start_date, session.end_date),
        enclosures=tuple(kind_label(k) for k in kinds),
        to_return=tuple(TO_SIGN[k] for k in kinds if k in TO_SIGN),
        contact=ContactInfo(name=org.name, phone=org.phone, email=org.email),
        issued_on=fmt.date_medium(today or dt.date.today()),
        city=org.city,
    )


def _address(data: CoverLetterData) -> Table:
    recipient = [markup(f"<b>{escape(data.learner.display_name)}</b>", "address")]
    recipient += [para(line, "address") for line in data.learner.address_lines]
    table = Table(
        [[para(f"Réf. : session {data.session_code}", "small"), recipient]],
        colWidths=[LAYOUT.content_width - RECIPIENT_WIDTH, RECIPIENT_WIDTH],
    )
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return table


def letter_story(data: CoverLetterData) -> list[Flowable]:
    where = f"À {data.city}, le {data.issued_on}" if data.city else f"Le {data.issued_on}"
    title = escape(data.course_title)
    reach = ", ".join(p for p in (data.contact.phone, data.contact.email) if p)
    story: list[Flowable] = [
        _address(data),
        Spacer(1, 8 * mm),
        para(where, "right"),
        Spacer(1, 3 * mm),
        markup(f"Objet : Votre formation « {title} »", "title"),
        para(data.learner.salutation),
        markup(
            f"Nous avons le plaisir de vous adresser les documents relatifs à votre formation "
            f"<b>« {title} »</b> (session {escape(data.session_code)}), qui se déroulera "
            f"{escape(data.dates)}. Vous trouverez ci-joint :"
        ),
        bullets(data.enclosures),
    ]
    if data.to_return:
        story.append(
            para(
                "Nous vous remercions de nous retourner, datés et signés, les documents "
                f"suivants : {', '.join(data.to_return)}, avant le début de la formation."
            )
        )
    story.append(
        para(
            "Nous restons à votre disposition pour tout renseignement complémentaire"
            + (f" ({reach})." if reach else ".")
        )
    )
    org, who = data.organisation, data.learner.salutation.rstrip(",")
    signature = [para(org.signatory_title or org.name, "right")]
    if org.signatory_name:
        signature.append(para(org.signatory_name, "right_bold"))
    closing = f"Nous vous prions d'agréer, {who}, l'expression de nos salutations distinguées."
    story.append(KeepTogether([para(closing), Spacer(1, 4 * mm), *signature]))
    return story


def render_cover_letter_pdf(data: CoverLetterData, out: Path) -> Path:
    """Write the covering letter as a PDF at ``out``."""
    return write_letter(
        out,
        letter_story(data),
        data.organisation,
        title=f"Courrier – {data.course_title}",
        subject=f"{data.learner.full_name} – session {data.session_code}",
    )


DOCX_TEMPLATE: list[d.Block] = [
    d.Letterhead(),
    d.Para("{{ learner.display_name }}", bold=True, align="right"),
    d.Para("{{ learner.address_lines|join('\\n') }}", align="right"),
    d.Para("À {{ city }}, le {{ issued_on }}", align="right"),
    d.Para("Objet : Votre formation « {{ course_title }} »", bold=True),
    d.Para("{{ learner.salutation }}"),
    d.Para(
        "Nous avons le plaisir de vous adresser les documents relatifs à votre formation "
        "« {{ course_title }} » (session {{ session_code }}), qui se déroulera {{ dates }}. "
        "Vous trouverez ci-joint :"
    ),
    d.Bullets("enclosure in enclosures", "{{ enclosure }}"),
    d.Para(
        "{% if to_return %}Nous vous remercions de nous retourner, datés et signés, les "
        "documents suivants : {{ to_return|join(', ') }}, avant le début de la formation."
        "{% endif %}"
    ),
    d.Para("Nous restons à votre disposition pour tout renseignement complémentaire."),
    d.Para(
        "Nous vous prions d'agréer, {{ learner.salutation[:-1] }}, l'expression de "
        "nos salutations distinguées."
    ),
    d.Para("{{ organisation.signatory_title }}", align="right"),
    d.Para("{{ organisation.signatory_name }}", bold=True, align="right"),
]

KIND = register(
    DocumentKind(
        key=KEY,
        label="Courrier d'accompagnement",
        plural="Courriers d'accompagnement",
        scope="learner",
        builder=build_cover_letter,
        renderers={"pdf": render_cover_letter_pdf, "docx": docx_renderer(KEY)},
    )
)
