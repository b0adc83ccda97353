"""The register of complaints and improvement actions as an Excel workbook (two sheets).

Dates are real dates (dd/mm/yyyy) and delays whole numbers of days, so that the office can
sort, filter and average them; every text goes through the one cell writer (xlsx_cells), so a
complaint typed as ``=HYPERLINK(...)`` stays text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from ... import formatting as fmt
from ...files import atomic_path
from ...services.quality_register import QualityRegister
from ..engine.xlsx_cells import set_value
from ..lists.xlsx import SheetSpec, _write

DATE_FORMAT = "DD/MM/YYYY"
COMPLAINT_HEADER = (
    "N°",
    "Reçue le",
    "Canal",
    "De la part de",
    "Session",
    "Objet",
    "Description",
    "Accusé de réception prévu le",
    "Accusé de réception le",
    "Délai AR (jours)",
    "Analyse",
    "Réponse prévue le",
    "Réponse le",
    "Délai réponse (jours)",
    "Réponse apportée",
    "Clôturée le",
    "Délai clôture (jours)",
    "Actions liées (statut, effet)",
)
COMPLAINT_WIDTHS = (9, 11, 11, 34, 18, 28, 36, 13, 13, 9, 32, 13, 13, 9, 36, 12, 9, 40)
ACTION_HEADER = (
    "N°",
    "Ouverte le",
    "Origine",
    "Session",
    "Action",
    "Responsable",
    "Échéance",
    "Statut",
    "Réalisée le",
    "Délai (jours)",
    "Effet observé",
)
ACTION_WIDTHS = (9, 11, 20, 18, 40, 18, 11, 11, 11, 9, 40)


def _facts(register: QualityRegister) -> list[tuple[str, str]]:
    return [
        ("Période", f"du {fmt.date_short(register.start)} au {fmt.date_short(register.end)}"),
        ("Extrait le", fmt.date_short(register.extracted_on)),
    ]


def write_register_xlsx(register: QualityRegister, out: Path) -> Path:
    """Write the register at ``out`` (replaced only once fully written); return ``out``."""
    complaints = SheetSpec(
        name="Réclamations",
        title="Registre des réclamations",
        header=COMPLAINT_HEADER,
        rows=[
            (
                c.number,
                c.received_on,
                c.channel,
                c.from_whom,
                c.session,
                c.subject,
                c.description,
                c.acknowledge_by,
                c.acknowledged_on,
                c.ack_days,
                c.analysis,
                c.answer_by,
                c.answered_on,
                c.answer_days,
                c.answer,
                c.closed_on,
                c.close_days,
                c.actions_text,
            )
            for c in register.complaints
        ],
        widths=COMPLAINT_WIDTHS,
        facts=[
            *_facts(register),
            ("Réclamations reçues", str(len(register.complaints))),
            (
                "Répondues dans le délai",
                f"{register.answered_in_time} sur {register.answered} répondue(s)",
            ),
        ],
    )
    actions = SheetSpec(
        name="Actions d'amélioration",
        title="Registre des actions d'amélioration",
        header=ACTION_HEADER,
        rows=[
            (
                a.number,
                a.opened_on,
                a.origin,
                a.session,
                a.title,
                a.owner,
                a.due_on,
                f"{a.status} (en retard)" if a.late else a.status,
                a.done_on,
                a.days_to_done,
                a.effect,
            )
            for a in register.actions
        ],
        widths=ACTION_WIDTHS,
        facts=[*_facts(register), ("Actions", str(len(register.actions)))],
    )
    book = Workbook()
    for index, spec in enumerate((complaints, actions)):
        sheet = book.active if index == 0 else book.create_sheet()
        _write(sheet, register.organisation_name, spec)
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, dt.date):
                    cell.number_format = DATE_FORMAT
        if not spec.rows:
            set_value(sheet.cell(sheet.max_row + 1, 1), "Aucune sur la période.")
    with atomic_path(out) as temp:
        book.save(temp)
    return out
