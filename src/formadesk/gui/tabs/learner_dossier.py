"""The parts of a learner's dossier in the learners tab: identity and attendance as rich text,
the exchanges, and the person's data (« Exporter ses données… », « Anonymiser… »)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from formadesk.core.errors import FormadeskError
from formadesk.core.formatting import NARROW_NBSP, date_short, hours
from formadesk.core.office import Office
from formadesk.core.services.attendance import LearnerRate
from formadesk.core.services.learners import LearnerData
from formadesk.core.vocabulary import LEARNER_STATUSES

from ..messages import show_error
from ..tasks import run_with_progress
from ..widgets.exchange_history import ExchangeHistory


def siret_text(siret: str) -> str:
    """« 598 916 260 02697 » (SIREN in groups of three, then the NIC)."""
    if len(siret) != 14:
        return siret
    return f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}"


def born_word(civility: str) -> str:
    return {"Mme": "Née", "M.": "Né"}.get(civility, "Né(e)")


def dossier_html(learner: LearnerData) -> str:
    """Identity, work, contacts and accessibility needs of a learner, one fact per line."""
    lines: list[str] = []
    birth = []
    if learner.birth_name:
        birth.append(f"{born_word(learner.civility).lower()} {escape(learner.birth_name.upper())}")
    if learner.birth_date:
        birth.append(f"{born_word(learner.civility).lower()} le {date_short(learner.birth_date)}")
    if birth:
        lines.append(_capitalise(birth))
    work = escape(LEARNER_STATUSES.get(learner.status, learner.status))
    if learner.job_title:
        work += f" — {escape(learner.job_title)}"
    if learner.employer_name:
        work += f" chez <b>{escape(learner.employer_name)}</b>"
    if learner.employer_siret:
        work += f" (SIRET {escape(siret_text(learner.employer_siret))})"
    lines.append(work)
    contacts = [escape(x) for x in (learner.email, learner.phone) if x]
    if contacts:
        lines.append(" · ".join(contacts))
    place = " ".join(x for x in (learner.postal_code, learner.city) if x)
    address = ", ".join(escape(x) for x in (learner.address, place) if x)
    if address:
        lines.append(address)
    access = []
    if learner.accessibility_needs:
        access.append(escape(learner.accessibility_needs))
    if learner.needs_accessible_room:
        access.append("salle accessible (PMR) nécessaire")
    if access:
        lines.append(f"<span style='color:#a04000'>♿ Accessibilité : {' ; '.join(access)}</span>")
    if learner.notes:
        notes = escape(learner.notes).replace("\n", "<br>")
        lines.append(f"<span style='color:#555555'>Notes : {notes}</span>")
    return "<br>".join(lines)


def _capitalise(parts: list[str]) -> str:
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]


LOW_RATE = 0.8  # below this, the rate shows in orange


def rate_text(rate: float | None) -> str:
    """« 92 % » (French spacing), « — » before the first half-day."""
    return f"{round(rate * 100)}{NARROW_NBSP}%" if rate is not None else "—"


def attendance_html(rates: list[LearnerRate]) -> str:
    """« Assiduité »: per session, hours attended out of the hours held so far, rate, absences.

    Two short lines per session, so that the narrow dossier panel never cuts a column off.
    """
    title = "<b>Assiduité</b>"
    if not rates:
        return (
            f"{title}<br><span style='color:#555555'>Aucune session suivie pour l'instant.</span>"
        )
    lines = [title]
    for rate in rates:
        low = rate.rate is not None and rate.rate < LOW_RATE
        colour = "#a04000" if low else "#1d6b2f"
        if rate.planned_minutes:
            rate_html = f"<span style='color:{colour}'><b>{rate_text(rate.rate)}</b></span>"
            detail = (
                f"{hours(rate.attended_minutes)} suivies sur {hours(rate.planned_minutes)} "
                f"à ce jour · {absences_text(rate.absences)}"
            )
        else:
            rate_html, detail = "—", "pas encore commencée"
        lines.append(
            f"<span title='{escape(rate.title)}'>{escape(rate.session_code)} : {rate_html}</span>"
            f"<br><span style='color:#555555'>&nbsp;&nbsp;{detail}</span>"
        )
    return "<br>".join(lines)


def absences_text(count: int) -> str:
    """« aucune absence », « 1 absence », « 3 absences » (half-days absent)."""
    return "aucune absence" if not count else f"{count} absence{'s' if count > 1 else ''}"


def add_exchange_history(tab) -> ExchangeHistory:
    """« Échanges » under the dossier of the learners tab, following the selected learner.

    The learners tab calls it once from ``_setup_views`` (``self.exchanges = …``); the history
    reloads itself when an exchange changes, so the tab need not watch the journal.
    """
    history = ExchangeHistory(tab.office, tab.ui.dossierPanel, bus=tab.bus)
    history.setObjectName("learnerExchanges")
    history.setMinimumHeight(160)
    tab.ui.dossierLayout.addWidget(history)

    def follow() -> None:
        history.show_for(learner_id=tab.selected_id())

    tab.ui.learnersView.selectionModel().selectionChanged.connect(lambda *_a: follow())
    tab.model.modelReset.connect(follow)
    follow()
    return history


def add_privacy_actions(tab) -> PersonalData:
    """« Exporter ses données… » and « Anonymiser… » under the dossier, following the
    selected learner; the learners tab calls it once, after ``add_exchange_history``."""
    actions = PersonalData(tab.office, tab.ui.dossierPanel, show_dossier=tab.show_dossier)
    actions.setObjectName("learnerPersonalData")
    tab.ui.dossierLayout.addWidget(actions)

    def follow() -> None:
        if not actions.keep_shown:
            actions.show_for(tab.selected_id())

    tab.ui.learnersView.selectionModel().selectionChanged.connect(lambda *_a: follow())
    tab.model.modelReset.connect(follow)
    follow()
    return actions


class PersonalData(QWidget):
    """The learner's data on request: export (XLSX and JSON) and anonymisation.

    After an anonymisation the dossier keeps showing the anonymised person (who no longer
    appears in the list or the search), until another learner is selected.
    """

    def __init__(self, office: Office, parent: QWidget | None = None, *, show_dossier=None):
        super().__init__(parent)
        self.office = office
        self.learner_id: int | None = None
        self.keep_shown = False  # the anonymised person stays shown while the list reloads
        self._show_dossier = show_dossier
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("personalDataState")
        self.state_label.setWordWrap(True)
        self.state_label.setStyleSheet("color: #555555;")
        layout.addWidget(self.state_label)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("E&xporter ses données…"), self)
        self.export_button.setObjectName("exportPersonButton")
        self.export_button.setToolTip(
            self.tr("Toutes les données de la personne (RGPD), en Excel et en JSON")
        )
        self.anonymise_button = QPushButton(self.tr("Anon&ymiser…"), self)
        self.anonymise_button.setObjectName("anonymisePersonButton")
        self.anonymise_button.setToolTip(
            self.tr("Effacer définitivement les données personnelles, à la demande de la personne")
        )
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.anonymise_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(self.export_data)
        self.anonymise_button.clicked.connect(self.anonymise)
        self.show_for(None)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_label()

    def _fit_label(self) -> None:
        """A wrapped label under a stretching list gets too little height: ask for its own."""
        width = max(self.state_label.width(), self.width(), 200)
        self.state_label.setMinimumHeight(max(0, self.state_label.heightForWidth(width)))

    def show_for(self, learner_id: int | None) -> None:
        self.learner_id = learner_id
        anonymised = None
        if learner_id is not None:
            try:
                anonymised = self.office.privacy.anonymised_at(learner_id)
            except FormadeskError:
                self.learner_id = learner_id = None
        self.export_button.setEnabled(learner_id is not None)
        self.anonymise_button.setEnabled(learner_id is not None and anonymised is None)
        self.state_label.setVisible(anonymised is not None)
        if anonymised is not None:
            self.say(
                self.tr("Anonymisé(e) le {date} : seules les preuves restent.").format(
                    date=date_short(anonymised.date())
                ),
                self.tr(
                    "Présences, résultats et documents à garder restent, sans le nom de la "
                    "personne (Bilans › Données personnelles)."
                ),
            )

    def say(self, text: str, details: str = "") -> None:
        """Show ``text`` (short: the panel is narrow) above the buttons, ``details`` in its
        tooltip."""
        self.state_label.setText(text)
        self.state_label.setToolTip(details)
        self.state_label.setVisible(True)
        self._fit_label()

    # -- export ---------------------------------------------------------------------------
    def choose_folder(self) -> Path | None:
        """The folder to write the export to (None: cancelled). Tests replace it."""
        start = self.office.organisation.get().documents_dir or str(Path.home())
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier où écrire les données de la personne"), start
        )
        return Path(folder) if folder else None

    def export_data(self) -> tuple[Path, Path] | None:
        if self.learner_id is None:
            return None
        folder = self.choose_folder()
        if folder is None:
            return None
        try:
            paths = run_with_progress(
                self,
                self.tr("Export des données de la personne…"),
                self.office.privacy.export_person,
                self.learner_id,
                folder,
            )
        except FormadeskError as error:
            show_error(self, error, self.tr("Export des données"))
            return None
        self.say(
            self.tr("Données exportées dans « {folder} ».").format(folder=folder),
            f"{paths[0].name}\n{paths[1].name}",
        )
        return paths

    # -- anonymisation --------------------------------------------------------------------
    def ask_reason(self, name: str, kept: str) -> str | None:
        """Confirm and ask the reason (None: cancelled). Tests replace it."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Anonymiser"),
            self.tr(
                "Anonymiser {name} ? Ses noms, coordonnées, employeur, besoins et notes seront "
                "effacés définitivement : cette opération ne peut pas être annulée.\n{kept}\n\n"
                "Motif (pour le journal de conformité, sans nom de personne) :"
            ).format(name=name, kept=kept),
            QLineEdit.EchoMode.Normal,
            self.tr("Demande de la personne"),
        )
        return text.strip() if ok else None

    def anonymise(self) -> bool:
        """Anonymise the shown learner on request; True when done."""
        learner_id = self.learner_id
        if learner_id is None:
            return False
        try:
            preview = self.office.privacy.preview(learner_id)
        except FormadeskError as error:
            show_error(self, error)
            return False
        if preview.blockers:
            lines = "\n".join(f"• {blocker}" for blocker in preview.blockers)
            show_error(
                self,
                FormadeskError(
                    self.tr("{name} ne peut pas encore être anonymisé(e) :\n{lines}").format(
                        name=preview.name, lines=lines
                    )
                ),
                self.tr("Anonymisation"),
            )
            return False
        kept = self.tr("Documents gardés : {kept}. Supprimés : {removed}.").format(
            kept="; ".join(preview.kept) or self.tr("aucun"),
            removed="; ".join(preview.removed) or self.tr("aucun"),
        )
        reason = self.ask_reason(preview.name, kept)
        if reason is None:
            return False
        self.keep_shown = True  # the list reloads without the person: keep them shown
        try:
            result = self.office.privacy.anonymise([learner_id], reason=reason)
        except FormadeskError as error:
            show_error(self, error, self.tr("Anonymisation"))
            return False
        finally:
            self.keep_shown = False
        if self._show_dossier is not None:
            self._show_dossier(learner_id)
        self.show_for(learner_id)
        self.say(self.state_label.text(), result.summary)
        return True
