"""PDF and Excel of the ordre de mission of a trainer."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ... import formatting as fmt
from ..engine.layout import LAYOUT
from ..engine.pdf import bullets, markup, para, table_heading, write_letter
from .data_admin import MissionData
from .pdf import facts, heading, numbers_table, signatures
from .xlsx import HOURS_FORMAT, Column, write_sheet

INTERNAL_NOTE = (
    "Intervention réalisée dans le cadre de votre contrat de travail : le montant ci-dessus "
    "est une valorisation indicative du temps de face-à-face pédagogique."
)


def _trainer_rows(data: MissionData) -> list[tuple[str, str]]:
    rows = [("Intervenant", data.trainer.display_name), ("Statut", data.trainer_status)]
    if data.company.name:
        siret = f" – SIRET {data.company.siret}" if data.company.siret else ""
        rows.append(("Société", f"{data.company.name}{siret}"))
    if data.trainer_nda:
        rows.append(("Déclaration d'activité", data.trainer_nda))
    contact = " – ".join(p for p in (data.phone, data.email) if p)
    rows.append(("Coordonnées", contact))
    return rows


def mission_story(data: MissionData) -> list[Flowable]:
    course, session = data.course, data.session
    story: list[Flowable] = [
        markup("<b>ORDRE DE MISSION</b>", "title"),
        para(f"Session {session.code} · émis le {data.issued_on}", "small"),
        Spacer(1, 2 * mm),
        facts(_trainer_rows(data)),
        heading("Mission confiée"),
        facts(
            [
                ("Formation", f"{course.title} (réf. {course.code})"),
                ("Période", session.dates),
                ("Lieu", session.place or "À préciser"),
                ("Modalité", f"{course.modality} – {session.kind}"),
                (
                    "Stagiaires",
                    f"{fmt.plural(data.learners, 'inscrit')}, {session.max_places} au maximum",
                ),
            ]
        ),
    ]
    if course.objectives:
        story += [heading("Objectifs de la formation"), bullets(course.objectives)]
    story += table_heading("Séances à assurer")
    width = LAYOUT.content_width
    rows = [(x.date, x.times, x.place, x.hours) for x in data.slots]
    rows.append(("Total", "", "", data.hours))
    widths = [width * w for w in (0.32, 0.18, 0.36, 0.14)]
    header = ("Date", "Horaires", "Lieu", "Durée")
    story.append(numbers_table(header, rows, widths, numeric=1, total=True))
    story += [
        heading("Rémunération"),
        facts(
            [
                ("Taux", data.rate),
                ("Volume prévu", data.hours),
                ("Montant prévu", f"{data.amount} ({data.amount_basis})"),
            ]
        ),
    ]
    if data.internal:
        story.append(para(INTERNAL_NOTE, "small"))
    else:
        story.append(
            para(
                "Montant net de taxe si vous êtes exonéré(e) de TVA ; seules les heures "
                "réellement assurées, attestées par les feuilles d'émargement, sont dues.",
                "small",
            )
        )
    story += [heading("À faire et à retourner"), bullets(data.to_bring)]
    org = data.organisation
    office = [x for x in ("Pour l'organisme de formation", org.signatory_name,
                          org.signatory_title) if x]  # fmt: skip
    trainer = ["L'intervenant", data.trainer.display_name]
    done = para(f"Fait à {data.city}, le {data.issued_on}" if data.city else data.issued_on)
    story.append(
        signatures(trainer, office, left_note="Date et signature, « Bon pour accord »",
                   right_note="Cachet et signature", lead=[Spacer(1, 2 * mm), done])
    )  # fmt: skip
    return story


def render_mission_pdf(data: MissionData, out: Path) -> Path:
    """Write the ordre de mission as a PDF at ``out``."""
    return write_letter(
        out,
        mission_story(data),
        data.organisation,
        title=f"Ordre de mission – {data.trainer.full_name}",
        subject=f"{escape(data.course.title)} – session {data.session.code}",
    )


def render_mission_xlsx(data: MissionData, out: Path) -> Path:
    """Write the trainer's slots and planned amount as a one-sheet workbook."""
    columns = [
        Column("Date", 28),
        Column("Horaires", 16),
        Column("Lieu", 36),
        Column("Heures", 10, HOURS_FORMAT),
    ]
    rows = [(x.date, x.times, x.place, x.minutes / 60) for x in data.slots]
    return write_sheet(
        out,
        sheet="Ordre de mission",
        title=f"Ordre de mission – {data.trainer.display_name}",
        facts=[
            ("Statut", data.trainer_status),
            ("Société", data.company.name),
            ("Formation", data.course.title),
            ("Session", f"{data.session.code}, {data.session.dates}"),
            ("Taux", data.rate),
            ("Montant prévu", f"{data.amount} ({data.amount_basis})"),
        ],
        columns=columns,
        rows=rows,
        totals=[("Total heures", data.minutes / 60, HOURS_FORMAT)],
        notes=data.to_bring,
    )
