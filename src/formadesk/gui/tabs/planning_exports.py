"""The « Exporter » menu of the planning: ICS of the current filter, Excel, PDF week sheet."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from formadesk.core import formatting as fmt
from formadesk.core.paths import documents_dir

from .. import messages
from ..tasks import run_with_progress
from ..widgets.desktop import open_local

if TYPE_CHECKING:
    from .planning import PlanningTab


def file_stem(text: str) -> str:
    """« Salle Rhône » -> « salle-rhone » (for a suggested file name)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "planning"


class PlanningExports(QObject):
    """Builds the export menu of a planning tab and writes the files it asks for."""

    def __init__(self, tab: PlanningTab):
        super().__init__(tab)
        self.tab = tab
        self.menu = QMenu(tab)
        self.ics_action = self.menu.addAction(self.tr("Calendrier ICS (Outlook, Thunderbird…)…"))
        self.xlsx_action = self.menu.addAction(self.tr("Tableau Excel de la période affichée…"))
        self.pdf_action = self.menu.addAction(self.tr("Feuille de la semaine à imprimer (PDF)…"))
        self.ics_action.triggered.connect(lambda: self.export_ics())
        self.xlsx_action.triggered.connect(lambda: self.export_xlsx())
        self.pdf_action.triggered.connect(lambda: self.export_pdf())
        self.menu.aboutToShow.connect(self._update_texts)
        tab.ui.exportButton.setMenu(self.menu)

    # -- hooks (tests replace them) -------------------------------------------------------
    def choose_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        folder = documents_dir()
        folder.mkdir(parents=True, exist_ok=True)
        name, _ = QFileDialog.getSaveFileName(self.tab, title, str(folder / suggested), file_filter)
        return Path(name) if name else None

    # -- exports --------------------------------------------------------------------------
    def export_ics(self) -> Path | None:
        """The slots of the current filter, from the shown period on (the core's rule for the
        end); the message says how many were written and how many earlier ones were not."""
        who = self.tab.filters.description()
        path = self.choose_path(
            self.tr("Exporter le calendrier (ICS)"),
            f"planning-{file_stem(who or 'formadesk')}.ics",
            self.tr("Calendrier iCalendar (*.ics)"),
        )
        if path is None:
            return None
        name = self.tr("Planning — {who}").format(who=who) if who else self.tr("Planning")
        done = self._write(
            lambda: self.tab.office.planning_exports.calendar(
                path, flt=self.tab.filters.current(), name=name, start=self.tab.period()[0]
            )
        )
        if done is None:
            return None
        text = self.tr(
            "Le calendrier est enregistré : {slots} du {start} au {end}.\n{path}"
        ).format(
            slots=fmt.plural(done.count, "créneau", "créneaux"),
            start=f"{done.start:%d/%m/%Y}",
            end=f"{done.end:%d/%m/%Y}",
            path=done.path,
        )
        if done.earlier == 1:
            text += self.tr(
                "\n\n1 créneau antérieur n'est pas inclus : affichez une période plus ancienne "
                "avant d'exporter pour l'y mettre."
            )
        elif done.earlier:
            text += self.tr(
                "\n\n{n} créneaux antérieurs ne sont pas inclus : affichez une période plus "
                "ancienne avant d'exporter pour les y mettre."
            ).format(n=done.earlier)
        text += self.tr("\n\nImportez-le dans votre agenda (Outlook, Thunderbird, Google Agenda…).")
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Calendrier exporté"),
            text,
            QMessageBox.StandardButton.Ok,
            self.tab,
        )
        box.setObjectName("exportDoneBox")
        box.open()
        return done.path

    def export_xlsx(self) -> Path | None:
        start, end = self.tab.period()
        path = self.choose_path(
            self.tr("Exporter le planning (Excel)"),
            f"planning-{start:%Y-%m-%d}.xlsx",
            self.tr("Classeur Excel (*.xlsx)"),
        )
        if path is None:
            return None
        written = self._write(
            lambda: self.tab.office.planning_exports.xlsx(
                path, start=start, end=end, flt=self.tab.filters.current()
            )
        )
        self._offer_to_open(written, self.tr("Ouvrir le tableau dans Excel ?"))
        return written

    def export_pdf(self) -> Path | None:
        monday = self.tab.monday
        path = self.choose_path(
            self.tr("Feuille de la semaine (PDF)"),
            f"planning-semaine-{monday:%Y-%m-%d}.pdf",
            self.tr("Document PDF (*.pdf)"),
        )
        if path is None:
            return None
        written = self._write(
            lambda: self.tab.office.planning_exports.week_pdf(
                path, monday=monday, flt=self.tab.filters.current()
            )
        )
        self._offer_to_open(written, self.tr("Ouvrir la feuille de la semaine ?"))
        return written

    # -- internals ------------------------------------------------------------------------
    def _write(self, work: Callable[[], Path]) -> Path | None:
        try:
            return run_with_progress(self.tab, self.tr("Export en cours…"), work)
        except Exception as error:  # noqa: BLE001 - shown in French, logged when unexpected
            messages.show_error(self.tab, error)
            return None

    def _offer_to_open(self, path: Path | None, question: str) -> None:
        if path is None:
            return
        text = self.tr("Fichier enregistré :\n{path}\n\n{question}").format(
            path=path, question=question
        )
        if messages.confirm(self.tab, self.tr("Export terminé"), text):
            open_local(path)

    def _update_texts(self) -> None:
        who = self.tab.filters.description()
        self.ics_action.setText(
            self.tr("Calendrier ICS de « {who} »…").format(who=who)
            if who
            else self.tr("Calendrier ICS de tout le planning…")
        )
        self.pdf_action.setText(
            self.tr("Feuille de la semaine du {day} (PDF)…").format(
                day=f"{self.tab.monday:%d/%m/%Y}"
            )
        )
