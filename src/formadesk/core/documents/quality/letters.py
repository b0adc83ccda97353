"""The letters of a complaint: acknowledgement (accusé de réception) and answer (réponse).

The builder reads the complaint once and returns frozen data; it refuses, with what to enter,
when a fact the letter states is not recorded: the office's name and address, the
complainant's postal address, the date of the acknowledgement, or the date and text of the
answer. The letter goes to whoever complained (``complaint_addressee``): the chosen contact,
the learner when the complaint is the learner's own, else the client « à l'attention de » the
author; never to a learner on behalf of someone else. Renderers: PDF on the office's letterhead
and Word, from the same blocks as the shipped templates (``docx_spec``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from docxtpl import DocxTemplate
from reportlab.platypus import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import formatting as fmt
from ...errors import BusinessRuleError
from ...files import atomic_path
from ...model import Client, Complaint, Contact, ImprovementAction, Learner, TrainingSession
from ...services.base import get_or_fail
from ...services.complaints import complaint_number
from ..billing.data import PartyBlock
from ..billing.pdf import letter_closing, letter_opening
from ..engine import docx_spec as d
from ..engine.builders import address_lines, organisation_info, person_name
from ..engine.data import OrganisationInfo
from ..engine.docx import _env, template_context
from ..engine.pdf import bullets, para, write_letter
from ..engine.templates_build import build_document

LETTER_KINDS = {"accuse": "Accusé de réception", "reponse": "Réponse à réclamation"}
DOCUMENT_KINDS = {"accuse": "reclamation_accuse", "reponse": "reclamation_reponse"}
CHANNEL_PHRASES = {
    "email": "reçue par e-mail",
    "courrier": "reçue par courrier",
    "telephone": "exprimée par téléphone",
    "visite": "exprimée lors de votre visite",
    "formulaire": "reçue par notre formulaire de réclamation",
}
SALUTATIONS = {"Mme": "Madame,", "M.": "Monsieur,"}
UNKNOWN_SALUTATION = "Madame, Monsieur,"
# The civility a free-text author may start with (« Mme Sophie Caron, RH »), lower case.
AUTHOR_CIVILITIES = {
    "mme": "Madame,",
    "madame": "Madame,",
    "mlle": "Madame,",
    "mademoiselle": "Madame,",
    "m": "Monsieur,",
    "monsieur": "Monsieur,",
}
ORGANISATION_MISSING = (
    "Le courrier porte le nom et l'adresse de l'organisme : saisissez-les dans "
    "Paramètres › Organisme…, puis recommencez."
)


@dataclass(frozen=True)
class ComplaintLetterData:
    """What a complaint letter prints; every text is ready to print."""

    organisation: OrganisationInfo
    recipient: PartyBlock
    on_behalf: str  # « De la part de » : the complainant when not the addressee, or ""
    kind: str  # « accuse » or « reponse »
    number: str  # référence de la réclamation « R-0012 »
    received_on: str  # date de réception « 3 décembre 2026 »
    channel_phrase: str  # « reçue par e-mail »
    subject: str  # objet de la réclamation
    about_session: str  # « la session 2026-EXCEL-001 (Excel intermédiaire) » or ""
    acknowledged_on: str
    answer_by: str  # réponse prévue au plus tard le …, or ""
    answered_on: str
    answer: str
    actions: tuple[str, ...]  # actions d'amélioration engagées (réponse)
    issued_on: str  # date du courrier
    city: str
    title: str  # « Accusé de réception de votre réclamation »

    @property
    def opening(self) -> str:
        about = f", au sujet de {self.about_session}" if self.about_session else ""
        if self.kind == "accuse":
            return (
                f"Nous accusons réception de votre réclamation {self.channel_phrase} le "
                f"{self.received_on}{about}, portant sur : «\u00a0{self.subject}\u00a0». Elle est "
                f"enregistrée sous la référence {self.number}."
            )
        return (
            f"Vous nous avez fait part le {self.received_on} d'une réclamation{about}, portant "
            f"sur : « {self.subject} », enregistrée sous la référence {self.number}. Voici la "
            "réponse que nous y apportons."
        )

    @property
    def follow_up(self) -> str:
        if self.kind == "accuse":
            if self.answer_by:
                return (
                    "Elle est examinée avec attention ; nous vous apporterons une réponse au "
                    f"plus tard le {self.answer_by}."
                )
            return "Elle est examinée avec attention ; nous reviendrons vers vous rapidement."
        return (
            "Nous vous remercions de nous avoir fait part de votre réclamation, qui nous aide "
            "à améliorer nos formations."
        )


CIVILITY_WORDS = {"m", "mme", "mlle", "madame", "monsieur", "mademoiselle"}
NO_ADDRESSEE = (
    "La réclamation {number} vient de « {author} » : le courrier ne peut pas être adressé à "
    "l'apprenant. Choisissez dans la réclamation le client, ou le contact de la personne qui "
    "l'a faite, pour que le courrier porte son adresse ; ou indiquez l'apprenant comme auteur "
    "(« De la part de »)."
)
NOT_LINKED = (
    "La réclamation {number} n'est liée à aucun apprenant, client ou contact : choisissez dans "
    "la réclamation le client ou le contact de la personne qui l'a faite, ou l'apprenant "
    "s'il en est l'auteur, pour que le courrier porte son adresse."
)


def salutation_for(author: str) -> str:
    """The « formule d'appel » of a letter to ``author``, from the civility it starts with.

    « Mme Sophie Caron, RH », « Madame Caron », « Mlle Roux » → « Madame, » ; « M. Paul
    Durand », « Monsieur Durand » → « Monsieur, » ; anything else (no civility, « Mr »,
    « Maître », a company name) → « Madame, Monsieur, ». The PDF and the Word letter both print
    this one value (``PartyBlock.salutation``).
    """
    match = re.match(r"\s*([^\W\d_]+)(?:\.|(?=[\s,]|$))", author)
    word = match.group(1).lower() if match else ""
    return AUTHOR_CIVILITIES.get(word, UNKNOWN_SALUTATION)


def _words(text: str) -> set[str]:
    """The words of a name, accents and case ignored, civilities left out."""
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return set(re.findall(r"\w+", plain)) - CIVILITY_WORDS


def names_person(author: str, first_name: str, last_name: str) -> bool:
    """Whether ``author`` is this person's name (« BARBIER Laura », « Mme Laura Barbier »)."""
    return bool(_words(author)) and _words(author) == _words(f"{first_name} {last_name}")


def _mentions(author: str, name: str) -> bool:
    """Whether ``author`` says ``name`` (« Mme Sophie Caron, RH » says « Sophie Caron »)."""
    wanted = _words(name)
    return bool(wanted) and wanted <= _words(author)


@dataclass(frozen=True)
class Addressee:
    """To whom a complaint letter goes, and who complained when it is someone else."""

    block: PartyBlock
    on_behalf: str  # « De la part de » when it names someone else than the addressee, or ""
    where_to_enter: str  # where the postal address is entered


def complaint_addressee(s: Session, c: Complaint) -> Addressee:
    """The complainant as addressee (the one rule of the letters).

    1. The chosen contact, at its client's (or funder's) address.
    2. Else the learner, only when the complaint comes from the learner (author empty or the
       learner's name, accents and case ignored).
    3. Else the client's invoicing address, « À l'attention de <author> ».
    Otherwise refused, saying what to enter. The salutation follows the addressee's civility:
    the contact's or learner's recorded one, else the one the author's text starts with
    (``salutation_for``); « Madame, Monsieur, » when unknown.
    """
    number = complaint_number(c.id)
    author = (c.author or "").strip()
    contact = s.get(Contact, c.contact_id) if c.contact_id else None
    learner = s.get(Learner, c.learner_id) if c.learner_id else None
    client = s.get(Client, c.client_id) if c.client_id else None
    company = contact and (contact.client or contact.funder)
    if contact is not None and company is not None:
        who = person_name(contact.first_name, contact.last_name, contact.civility)
        block = PartyBlock(
            name=company.name,
            attention=f"À l'attention de {who}",
            address_lines=address_lines(company.address, company.postal_code, company.city),
            salutation=SALUTATIONS.get(contact.civility, UNKNOWN_SALUTATION),
        )
        named = _mentions(author, f"{contact.first_name} {contact.last_name}")
        where = "dans la fiche du " + ("client" if contact.client else "financeur")
        return Addressee(block, "" if named or not author else author, where)
    if learner is not None and (
        not author or names_person(author, learner.first_name, learner.last_name)
    ):
        block = PartyBlock(
            name=person_name(learner.first_name, learner.last_name, learner.civility),
            address_lines=address_lines(learner.address, learner.postal_code, learner.city),
            salutation=SALUTATIONS.get(learner.civility) or salutation_for(author),
        )
        return Addressee(block, "", "dans la fiche de l'apprenant (onglet Apprenants)")
    if client is not None:
        attention = f"À l'attention de {author}" if author and author != client.name else ""
        block = PartyBlock(
            name=client.name,
            attention=attention,
            address_lines=address_lines(client.address, client.postal_code, client.city),
            salutation=salutation_for(author) if attention else UNKNOWN_SALUTATION,
        )
        return Addressee(block, "", "dans la fiche du client (onglet Clients)")
    if learner is not None:
        raise BusinessRuleError(NO_ADDRESSEE.format(number=number, author=author))
    raise BusinessRuleError(NOT_LINKED.format(number=number))


def build_complaint_letter(
    s: Session, complaint_id: int, kind: str, *, today: dt.date | None = None
) -> ComplaintLetterData:
    """The acknowledgement (« accuse ») or answer (« reponse ») letter of a complaint."""
    if kind not in LETTER_KINDS:
        raise ValueError(f"unknown complaint letter {kind!r}")
    c = get_or_fail(s, Complaint, complaint_id, "La réclamation")
    org = organisation_info(s)
    if not org.name.strip() or not org.address_lines:
        raise BusinessRuleError(ORGANISATION_MISSING)
    addressee = complaint_addressee(s, c)
    recipient = addressee.block
    if not recipient.address_lines:
        raise BusinessRuleError(
            f"L'adresse postale de {recipient.name} n'est pas enregistrée : saisissez-la "
            f"{addressee.where_to_enter}, puis recommencez."
        )
    number = complaint_number(c.id)
    if kind == "accuse" and c.acknowledged_on is None:
        raise BusinessRuleError(
            f"La date de l'accusé de réception de la réclamation {number} n'est pas "
            "enregistrée : indiquez-la dans la réclamation (étape « Accusé de réception »)."
        )
    if kind == "reponse" and (c.answered_on is None or not c.answer.strip()):
        raise BusinessRuleError(
            f"La réponse à la réclamation {number} n'est pas enregistrée : saisissez sa date "
            "et son texte dans la réclamation (étape « Réponse »)."
        )
    session = s.get(TrainingSession, c.session_id) if c.session_id else None
    about = f"la session {session.code} ({session.course.title})" if session else ""
    actions = ()
    if kind == "reponse":
        actions = tuple(
            s.scalars(
                select(ImprovementAction.title)
                .where(
                    ImprovementAction.complaint_id == c.id,
                    ImprovementAction.status != "abandonnee",  # not « engaged » any more
                )
                .order_by(ImprovementAction.opened_on, ImprovementAction.id)
            )
        )
    issued = c.acknowledged_on if kind == "accuse" else c.answered_on
    return ComplaintLetterData(
        organisation=org,
        recipient=recipient,
        on_behalf=addressee.on_behalf,
        kind=kind,
        number=number,
        received_on=fmt.date_medium(c.received_on),
        channel_phrase=CHANNEL_PHRASES.get(c.channel, "reçue"),
        subject=c.subject,
        about_session=about,
        acknowledged_on=fmt.date_medium(c.acknowledged_on) if c.acknowledged_on else "",
        answer_by=fmt.date_medium(c.answer_by) if c.answer_by else "",
        answered_on=fmt.date_medium(c.answered_on) if c.answered_on else "",
        answer=c.answer,
        actions=actions,
        issued_on=fmt.date_medium(issued or today or dt.date.today()),
        city=org.city,
        title=(
            "Accusé de réception de votre réclamation"
            if kind == "accuse"
            else "Réponse à votre réclamation"
        ),
    )


def _story(data: ComplaintLetterData) -> list[Flowable]:
    references = [f"Réf. : réclamation {data.number}", f"Reçue le {data.received_on}"]
    if data.on_behalf:
        references.append(f"De la part de : {data.on_behalf}")
    story = [
        *letter_opening(references, data.recipient, data.city, data.issued_on, data.title),
        para(data.opening),
    ]
    if data.kind == "reponse":
        story += [para(line) for line in data.answer.splitlines() if line.strip()]
        if data.actions:
            story.append(para("Pour éviter que cela se reproduise, nous avons engagé :"))
            story.append(bullets(data.actions))
    story.append(para(data.follow_up))
    story.append(letter_closing(data.organisation, data.recipient.salutation, ""))
    return story


def render_complaint_letter_pdf(data: ComplaintLetterData, out: Path) -> Path:
    return write_letter(
        out,
        _story(data),
        data.organisation,
        title=data.title,
        subject=f"Réclamation {data.number} – {data.recipient.name}",
    )


DOCX_TEMPLATE: list[d.Block] = [
    d.Letterhead(),
    d.Para("{{ recipient.name }}", bold=True, align="right"),
    d.Para("{{ recipient.attention }}", align="right", when="recipient.attention"),
    d.Para("{{ recipient.address_lines|join('\\n') }}", align="right"),
    d.Para("Réf. : réclamation {{ number }}", size=8.5),
    d.Para("De la part de : {{ on_behalf }}", size=8.5, when="on_behalf"),
    d.Para("{% if city %}À {{ city }}, le{% else %}Le{% endif %} {{ issued_on }}", align="right"),
    d.Para("Objet : {{ title }}", bold=True),
    d.Para("{{ recipient.salutation }}"),
    d.Para("{{ opening }}"),
    d.Para("{{ answer }}", when="kind == 'reponse'"),
    d.Para(
        "Pour éviter que cela se reproduise, nous avons engagé : {{ actions|join(' ; ') }}.",
        when="actions",
    ),
    d.Para("{{ follow_up }}"),
    d.Para(
        "Nous vous prions d'agréer, {{ recipient.salutation[:-1] }}, l'expression de nos "
        "salutations distinguées."
    ),
    d.Signature(
        right=(
            "{{ organisation.signatory_title or organisation.name }}",
            "{{ organisation.signatory_name }}",
        )
    ),
]


def render_complaint_letter_docx(data: ComplaintLetterData, out: Path) -> Path:
    """The Word letter, from the same blocks as the shipped templates (no user template)."""
    tpl = DocxTemplate(BytesIO(build_document(DOCX_TEMPLATE, data.title)))
    tpl.render(template_context(data, tpl), jinja_env=_env)
    tpl.docx.core_properties.title = data.title
    with atomic_path(out) as temp:
        tpl.save(temp)
    return out


RENDERERS = {"pdf": render_complaint_letter_pdf, "docx": render_complaint_letter_docx}
