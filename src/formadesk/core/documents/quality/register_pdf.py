"""The register of complaints and improvement actions as a landscape PDF.

Every page repeats the office's name, the title, the table's header row and « Page n/N »; the
first page states the period, the date of extraction and the figures an auditor checks first
(complaints received, answered within the delay, closed; actions realised).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from ... import formatting as fmt
from ...services.quality_register import QualityRegister, RegisterAction, RegisterComplaint
from ..engine.pdf import para, table_heading
from ..lists.page import content_width, facts_table, write_sheet
from ..lists.pdf import list_table

TITLE = "Registre des réclamations et des actions d'amélioration"
COMPLAINT_HEADER = (
    "N°",
    "Reçue le (canal)",
    "De la part de / session",
    "Objet",
    "Accusé de réception",
    "Réponse",
    "Réponse apportée",
    "Clôture",
    "Actions liées",
)
# A date is never cut: every column holding one is wider than « 17/11/2026 » (0.082 of the
# landscape width, padding included); the steps' columns (0.125) hold « 17/11/2026 (J+11) » on
# one line, else its delay wraps whole to the next line. « De la part de / session » and
# « Origine / session » hold a session code such as 2026-EXCEL-INIT-001 on one line (0.139).
COMPLAINT_SHARES = (0.06, 0.09, 0.15, 0.11, 0.125, 0.125, 0.11, 0.125, 0.105)
ACTION_HEADER = (
    "N°",
    "Ouverte le",
    "Origine / session",
    "Action",
    "Responsable",
    "Échéance",
    "Statut",
    "Réalisée le",
    "Effet observé",
)
ACTION_SHARES = (0.06, 0.085, 0.15, 0.17, 0.10, 0.085, 0.09, 0.12, 0.14)
NBSP = "\u00a0"  # joins the words of a delay: « (4 j) », « (le jour même) » are never cut


def _days(n: int | None) -> str:
    if n is None:
        return ""
    return f"le{NBSP}jour{NBSP}même" if n == 0 else f"J+{n}"


def _step(done, days: int | None, due) -> str:
    """« 03/12/2026 (J+2) » when done, « prévu le 05/12/2026 » while pending."""
    if done:
        return f"{fmt.date_short(done)} ({_days(days)})"
    return f"prévu le {fmt.date_short(due)}" if due else ""


def _complaint_row(c: RegisterComplaint) -> tuple[str, ...]:
    # « RH — Mécanique Bourgeois »: the dash never starts a line.
    who = c.from_whom.replace(" — ", f"{NBSP}— ")
    who += f"\nSession {c.session}" if c.session else ""
    subject = c.subject + (f"\nAnalyse : {c.analysis}" if c.analysis else "")
    answer = _step(c.answered_on, c.answer_days, c.answer_by)
    if c.answered_in_time is False:
        answer += "\nhors délai"
    actions = "\n".join(f"{a.number} {a.status} : {a.title}" for a in c.actions)
    return (
        c.number,
        f"{fmt.date_short(c.received_on)}\n({c.channel})",
        who,
        subject,
        _step(c.acknowledged_on, c.ack_days, c.acknowledge_by),
        answer,
        c.answer,
        _step(c.closed_on, c.close_days, None) or "en cours",
        actions,
    )


def _action_row(a: RegisterAction) -> tuple[str, ...]:
    done = fmt.date_short(a.done_on) if a.done_on else ""
    if a.days_to_done is not None:
        done += f" ({a.days_to_done}{NBSP}j)"
    return (
        a.number,
        fmt.date_short(a.opened_on),
        a.origin + (f"\nSession {a.session}" if a.session else ""),
        a.title,
        a.owner,
        fmt.date_short(a.due_on) if a.due_on else "",
        f"{a.status}\nen retard" if a.late else a.status,
        done,
        a.effect,
    )


def _mean_text(mean: float | None) -> str:
    """« 5,0 jours après réception » (the mean delay of the answers), « — » without any."""
    if mean is None:
        return "—"
    return f"{mean:.1f} jours après réception".replace(".", ",")


def _actions_text(n: int) -> str:
    """« 0 action d'amélioration », « 2 actions d'amélioration »."""
    return f"{n} action{'s' if n > 1 else ''} d'amélioration"


def _table(
    title: str, header: tuple[str, ...], rows: list[tuple[str, ...]], shares: tuple[float, ...]
) -> list[Flowable]:
    """The table, or « Aucune. » under its heading (réclamations and actions are feminine)."""
    if not rows:
        return [*table_heading(title), para("Aucune.", "small")]
    return list_table(title, header, rows, shares, wide=True)


def write_register_pdf(register: QualityRegister, out: Path) -> Path:
    """Write the register at ``out`` as a landscape A4 PDF; return ``out``."""
    mean = register.mean_answer_days
    facts = [
        ("Période", f"du {fmt.date_long(register.start)} au {fmt.date_long(register.end)}"),
        ("Extrait le", fmt.date_long(register.extracted_on)),
        ("Réclamations", f"{len(register.complaints)} reçue(s)"),
        (
            "Répondues",
            f"{register.answered}, dont {register.answered_in_time} dans le délai prévu",
        ),
        ("Délai moyen de réponse", _mean_text(mean)),
        ("Clôturées", str(register.closed)),
        ("Actions", _actions_text(len(register.actions))),
        ("Réalisées", str(register.actions_done)),
    ]
    story: list[Flowable] = [
        para(TITLE, "title"),
        facts_table(facts, content_width(True)),
        Spacer(1, 3 * mm),
        *_table(
            "Réclamations reçues sur la période",
            COMPLAINT_HEADER,
            [_complaint_row(c) for c in register.complaints],
            COMPLAINT_SHARES,
        ),
        PageBreak(),
        *_table(
            "Actions d'amélioration",
            ACTION_HEADER,
            [_action_row(a) for a in register.actions],
            ACTION_SHARES,
        ),
        Spacer(1, 4 * mm),
        para(
            f"Registre extrait de Formadesk le {fmt.date_long(register.extracted_on)} : il "
            "reprend les dates enregistrées ; une étape sans date n'a pas été enregistrée.",
            "small",
        ),
    ]
    return write_sheet(
        out,
        story,
        register.organisation,
        title=TITLE,
        subject=f"Du {fmt.date_short(register.start)} au {fmt.date_short(register.end)}",
        wide=True,
    )
