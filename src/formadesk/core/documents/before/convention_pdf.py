"""PDF of the convention de formation: parties, articles, signatures, then the programme."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from ... import formatting as fmt
from ..engine.layout import LAYOUT
from ..engine.pdf import bullets, data_table, markup, para, write_letter
from .data import ConventionData, CourseSheet, FundingInfo, SessionSheet
from .pdf import (
    Articles,
    facts,
    numbered,
    numbers_table,
    office_party,
    party_lines,
    price_table,
    signatures,
    signed_at,
    slot_table,
)
from .programme import FOLLOW_UP, programme_story

ANNEX = "ANNEXE – PROGRAMME DE LA FORMATION"
ABANDON = (
    "En cas d'abandon d'un stagiaire en cours de formation, seules les heures réellement "
    "suivies sont facturées au titre de la formation professionnelle ; les sommes dues au "
    "titre du dédit ne peuvent être imputées sur les fonds de la formation professionnelle."
)


def title_block(title: str, law: str, session_code: str) -> list[Flowable]:
    return [
        markup(f"<b>{escape(title)}</b>", "title"),
        para(f"{law} – session {session_code}", "small"),
        Spacer(1, 2 * mm),
    ]


def course_articles(
    art: Articles, course: CourseSheet, session: SessionSheet, *, with_trainers: bool = True
) -> list[Flowable]:
    """Objectives and content, duration and place, means, follow-up: common to contracts."""
    story: list[Flowable] = [art("Objectifs et contenu de l'action")]
    if course.objectives:
        story += [para("À l'issue de la formation, le stagiaire sera capable de :")]
        story.append(bullets(course.objectives))
    story.append(
        facts(
            [
                ("Public visé", course.audience),
                ("Prérequis", course.prerequisites),
                ("Sanction", course.sanction),
            ]
            + ([("Certification", course.certification)] if course.certification else [])
        )
    )
    story += [Spacer(1, 1 * mm), para("Le contenu détaillé figure dans le programme annexé.")]
    story += [
        art("Durée, dates, horaires et lieu"),
        para(
            f"L'action dure {session.total_hours} et se déroule {session.dates}, "
            f"en {course.modality.lower()}, à l'adresse suivante : {session.place or 'à préciser'}."
        ),
    ]
    if session.access_info:
        story.append(para(f"Accès : {session.access_info}"))
    story += slot_table(session.slots, "Calendrier des séances")
    if with_trainers and session.trainers:
        story += [Spacer(1, 1.5 * mm), para(f"Animée par : {', '.join(session.trainers)}.")]
    story += [
        art("Moyens pédagogiques et techniques"),
        para(course.teaching_means or "Apports théoriques, exercices pratiques, supports remis."),
        art("Déroulement, suivi et évaluation"),
        para(course.assessment or "Évaluation des acquis en fin de formation."),
        para(FOLLOW_UP),
    ]
    return story


def funding_table(funders: tuple[FundingInfo, ...]) -> list[Flowable]:
    width = LAYOUT.content_width
    rows = [
        (
            fmt.with_kind(f.funder, f.kind),  # « OPCO Atlas », not « OPCO Atlas (OPCO) »
            f.scheme,
            "Subrogation de paiement" if f.subrogation else "Remboursé au client",
            f.agreement or "—",
            f.amount,
        )
        for f in funders
    ]
    header = ("Financeur", "Dispositif", "Paiement", "N° de prise en charge", "Montant")
    widths = [width * w for w in (0.22, 0.22, 0.18, 0.22, 0.16)]
    return [numbers_table(header, rows, widths, numeric=1), Spacer(1, 1.5 * mm)]


def _funding(art: Articles, data: ConventionData) -> list[Flowable]:
    story = [CondPageBreak(LAYOUT.table_start_room + 8 * mm), art("Financement et subrogation")]
    if not data.funders:
        story.append(para("Le client règle directement l'intégralité du prix à l'organisme."))
        return story
    story += funding_table(data.funders)
    if data.subrogation:
        story.append(
            para(
                "Le ou les financeurs indiqués « subrogation de paiement » règlent directement "
                "à l'organisme de formation la part qu'ils prennent en charge, sur présentation "
                "de la facture et des justificatifs de réalisation. Le client règle le solde, "
                f"soit {data.client_share}, ainsi que toute somme que le financeur refuserait "
                "de prendre en charge."
            )
        )
    else:
        story.append(
            para(
                "Le client règle l'intégralité du prix à l'organisme de formation et fait son "
                "affaire du remboursement par le financeur."
            )
        )
    return story


def convention_story(data: ConventionData) -> list[Flowable]:
    art = numbered()
    course, session = data.course, data.session
    story = title_block(
        "CONVENTION DE FORMATION PROFESSIONNELLE",
        "Articles L6353-1 et D6353-1 du Code du travail",
        session.code,
    )
    story += [markup("<b>Entre les soussignés :</b>"), *office_party(data.organisation)]
    story += [para("et"), *party_lines(data.client, "le client")]
    story.append(para("est conclue la présente convention de formation professionnelle."))
    story += [
        art("Objet"),
        para(
            f"L'organisme de formation réalise pour le client l'action « {course.title} » "
            f"(réf. {course.code}, session {session.code}), de nature : {course.nature} au sens "
            "de l'article L6313-1 du Code du travail."
        ),
    ]
    story += course_articles(art, course, session)
    story.append(art("Stagiaires"))
    if data.learners:
        rows = [(x.name, x.job or "—", x.funding or "—") for x in data.learners]
        widths = [LAYOUT.content_width * w for w in (0.3, 0.25, 0.45)]
        story.append(data_table(("Stagiaire", "Fonction", "Financement"), rows, widths))
    else:
        story.append(para("Le client communique la liste des stagiaires avant le début."))
    story += [art("Prix et modalités de paiement"), *price_table(data.prices)]
    story.append(para(f"Modalités de paiement : {data.payment_terms}"))
    if data.bank:
        story.append(para(f"Coordonnées bancaires : {data.bank}"))
    story.append(para(data.late_penalty, "small"))
    story += _funding(art, data)
    story += [art("Dédit, annulation et abandon"), para(data.cancellation_clause), para(ABANDON)]
    story += [
        art("Différends"),
        para(
            "Les parties recherchent d'abord une solution amiable ; à défaut, tout différend "
            f"relève des tribunaux compétents{f' de {data.city}' if data.city else ''}."
        ),
    ]
    org = data.organisation
    office = [x for x in ("Pour l'organisme de formation", org.signatory_name,
                          org.signatory_title) if x]  # fmt: skip
    client = ["Pour le client", data.client.name, data.client.representative]
    done = signed_at(data.city, data.issued_on).replace("Fait", "Fait en deux exemplaires")
    story.append(
        signatures(office, [x for x in client if x], left_note="Cachet et signature",
                   right_note="Cachet et signature", lead=[Spacer(1, 2 * mm), para(done)])
    )  # fmt: skip
    story += [PageBreak(), *programme_story(data.programme, ANNEX)]
    return story


def render_convention_pdf(data: ConventionData, out: Path) -> Path:
    """Write the convention (programme attached) as a PDF at ``out``."""
    return write_letter(
        out,
        convention_story(data),
        data.organisation,
        title=f"Convention de formation – {data.client.name}",
        subject=f"{data.course.title} – session {data.session.code}",
    )
