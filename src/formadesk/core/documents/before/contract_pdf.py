"""PDF of the contrat de formation with a private person, programme attached."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from ..engine.layout import LAYOUT
from ..engine.pdf import data_table, markup, para, write_letter
from .convention_pdf import ANNEX, course_articles, funding_table, title_block
from .data import ContractData
from .pdf import Articles, facts, numbered, office_party, signatures, signed_at
from .programme import programme_story

FORCE_MAJEURE = (
    "Si, par suite de force majeure dûment reconnue, le stagiaire est empêché de suivre la "
    "formation, il peut rompre le contrat : seules les prestations effectivement dispensées "
    "sont alors dues, au prorata temporis de leur valeur prévue au présent contrat "
    "(article L6353-7 du Code du travail)."
)
DROPPING_OUT = (
    "En cas d'abandon en cours de formation pour un autre motif, ou d'interruption du fait "
    "de l'organisme, le prix est également dû au prorata des heures effectivement dispensées ; "
    "les sommes versées au-delà sont remboursées au stagiaire."
)
DISPUTES_TITLE = "Différends"
DISPUTES = (
    "Les parties recherchent d'abord une solution amiable ; à défaut, tout différend "
    "relève des tribunaux compétents."
)
DROPPING_OUT_TITLE = "Interruption, abandon"
WITHDRAWAL = (  # filled with the contract's figures (PDF) or Word fields (template)
    "À compter de la date de signature du présent contrat, le stagiaire dispose d'un délai "
    "de {days} jours pour se rétracter ; ce délai est porté à {distance_days} jours lorsque "
    "le contrat est conclu à distance ou hors établissement. Le stagiaire informe l'organisme "
    "de sa rétractation par lettre recommandée avec avis de réception. Dans ce cas, aucune "
    "somme ne peut être exigée du stagiaire (article L6353-5 du Code du travail)."
)
PAYMENT_RULE = (
    "Aucune somme ne peut être exigée du stagiaire avant l'expiration du délai de "
    "rétractation. À son terme, le stagiaire effectue un premier versement d'un montant "
    "qui ne peut excéder 30 % du prix convenu ; le solde donne lieu à un échelonnement "
    "des paiements au fur et à mesure du déroulement de l'action de formation "
    "(article L6353-6 du Code du travail)."
)
NATURE_LAW = "au sens de l'article L6313-1 du Code du travail"
LAW = "Articles L6353-3 à L6353-7 du Code du travail"


def prerequisites_sentence(prerequisites: str) -> str:
    """« Le stagiaire déclare remplir les prérequis : … » (or that there is none)."""
    text = prerequisites.strip().rstrip(".")
    if not text or text.lower().startswith("aucun"):
        return "L'action ne requiert aucun prérequis."
    return f"Le stagiaire déclare remplir les prérequis suivants : {text}."


def _learner_party(data: ContractData) -> list[Flowable]:
    learner = data.learner
    details = [f"né(e) le {data.birth_date}" if data.birth_date else ""]
    if learner.address_lines:
        details.append("demeurant " + ", ".join(learner.address_lines))
    details += [data.email, data.phone]
    return [
        markup(f"<b>{escape(learner.display_name)}</b>"),
        para(", ".join(d for d in details if d) or "……………………………………………………"),
        markup("ci-après dénommé(e) <i>le stagiaire</i>"),
    ]


def _withdrawal(data: ContractData) -> Flowable:
    return para(
        WITHDRAWAL.format(days=data.withdrawal_days, distance_days=data.distance_withdrawal_days)
    )


def _price(art: Articles, data: ContractData) -> list[Flowable]:
    rows = [
        ("Prix de la formation", f"{data.price} {data.vat_mention and '– ' + data.vat_mention}")
    ]
    story: list[Flowable] = [art("Prix et modalités de paiement")]
    if data.funders:
        story += [para("Prises en charge prévues :"), *funding_table(data.funders)]
    rows.append(("Reste à la charge du stagiaire", data.learner_share))
    if data.learner_pays:
        rows += [
            ("Premier versement", f"{data.upfront_max} au maximum (30 % du prix)"),
            ("Solde", f"{data.balance}, échelonné au fil de la formation"),
        ]
    story += [facts(rows, 0.34), Spacer(1, 1.5 * mm)]
    story.append(para(PAYMENT_RULE))
    return story


def contract_story(data: ContractData) -> list[Flowable]:
    art = numbered()
    course, session = data.course, data.session
    story = title_block(
        "CONTRAT DE FORMATION PROFESSIONNELLE",
        LAW,
        session.code,
    )
    story += [markup("<b>Entre les soussignés :</b>"), *office_party(data.organisation)]
    story += [para("et"), *_learner_party(data)]
    story.append(para("est conclu le présent contrat de formation professionnelle."))
    story += [
        art("Objet, nature et effectif"),
        para(
            f"Le stagiaire s'inscrit à l'action « {course.title} » (réf. {course.code}, session "
            f"{session.code}), de nature : {course.nature} {NATURE_LAW}. "
            f"L'action accueille au plus {session.max_places} stagiaires. "
            + prerequisites_sentence(course.prerequisites)
        ),
    ]
    story += course_articles(art, course, session, with_trainers=False)
    story.append(art("Formateurs et qualifications"))
    if data.trainers:
        rows = [(t.name, t.qualifications) for t in data.trainers]
        widths = [LAYOUT.content_width * w for w in (0.3, 0.7)]
        story.append(data_table(("Formateur", "Titres et qualifications"), rows, widths))
    else:
        story.append(
            para("Les formateurs, qualifiés dans le domaine, sont désignés avant le début.")
        )
    story += [art("Délai de rétractation"), _withdrawal(data)]
    story += _price(art, data)
    story += [art(DROPPING_OUT_TITLE), para(FORCE_MAJEURE), para(DROPPING_OUT)]
    story += [art(DISPUTES_TITLE), para(DISPUTES)]
    org = data.organisation
    office = [x for x in ("Pour l'organisme de formation", org.signatory_name,
                          org.signatory_title) if x]  # fmt: skip
    learner = ["Le stagiaire", data.learner.display_name]
    note = "Date et signature, précédées de la mention « Lu et approuvé »"
    done = [
        Spacer(1, 2 * mm),
        para(signed_at(data.city).replace("Fait", "Fait en deux exemplaires")),
    ]
    story.append(
        signatures(learner, office, left_note=note, right_note="Cachet et signature", lead=done)
    )
    story += [PageBreak(), *programme_story(data.programme, ANNEX)]
    return story


def render_contract_pdf(data: ContractData, out: Path) -> Path:
    """Write the contract (programme attached) as a PDF at ``out``."""
    return write_letter(
        out,
        contract_story(data),
        data.organisation,
        title=f"Contrat de formation – {data.learner.full_name}",
        subject=f"{data.course.title} – session {data.session.code}",
    )
