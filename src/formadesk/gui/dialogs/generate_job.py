"""What the generation dialog needs besides widgets: the kinds offered, the recipients of a
session for a kind's scope, and a cancellable job that runs ``documents.generate`` off the UI
thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QRunnable, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QCompleter

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.resources import PlanningFilter
from formadesk.core.vocabulary import ACTIVE_ENROLLMENT_STATUSES

CONTEXT = "GenerateDialog"
log = logging.getLogger(__name__)

# Where each kind shows in the dialog; a kind registered later falls in « Autres ».
KIND_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP(CONTEXT, "Avant la formation"),
        (
            "convocation",
            "programme",
            "devis",
            "bulletin",
            "convention",
            "contrat",
            "reglement",
            "livret",
            "ordre_mission",
        ),
    ),
    (
        QT_TRANSLATE_NOOP(CONTEXT, "Pendant la formation"),
        (
            "emargement_jour",
            "emargement_paysage",
            "emargement_apprenant",
            "emargement_client",
            "emargement_vierge",
            "chevalets",
        ),
    ),
    (
        QT_TRANSLATE_NOOP(CONTEXT, "Après la formation"),
        ("attestation_fin", "certificat_realisation", "attestation_assiduite", "bilan", "courrier"),
    ),
    (
        QT_TRANSLATE_NOOP(CONTEXT, "Listes"),
        ("liste_participants", "liste_session", "liste_client"),
    ),
)
OTHER_GROUP = QT_TRANSLATE_NOOP(CONTEXT, "Autres")
# Invoices get their number when issued: they are made from the « Factures » sub-tab.
BILLING_KINDS = frozenset({"facture", "relance", "relance_convention"})


def grouped_kinds() -> list[tuple[str, list[Any]]]:
    """(group title, [DocumentKind …]) in the order the dialog shows them."""
    from formadesk.core.documents.engine.registry import KINDS  # loads the renderers: on first use

    placed: set[str] = set(BILLING_KINDS)
    groups: list[tuple[str, list[Any]]] = []
    for title, keys in KIND_GROUPS:
        kinds = [KINDS[k] for k in keys if k in KINDS]
        placed.update(keys)
        if kinds:
            groups.append((title, kinds))
    others = sorted((k for k in KINDS.values() if k.key not in placed), key=lambda k: k.label)
    if others:
        groups.append((OTHER_GROUP, others))
    return groups


@dataclass(frozen=True)
class Recipient:
    """One line of the recipients list; ``ids`` are what the service is given for it."""

    label: str
    ids: tuple[int, ...]  # enrollment ids (learner, client scopes) or the trainer id
    name: str  # as the documents list shows it: « LEFÈVRE Hélène », the client's name
    tooltip: str = ""


def session_recipients(office: Office, session_id: int, scope: str) -> list[Recipient]:
    """The learners, clients or trainers of a session who may receive a kind of that scope."""
    if scope == "session":
        return []
    if scope == "trainer":
        return _trainers(office, session_id)
    active = [
        e
        for e in office.enrollments.for_session(session_id)
        if e.status in ACTIVE_ENROLLMENT_STATUSES
    ]
    if scope == "learner":
        return [
            Recipient(
                e.learner_name + (f" — {e.client_name}" if e.client_name else ""),
                (e.id,),
                e.learner_name,
                e.status_label,
            )
            for e in active
        ]
    clients: dict[str, list[int]] = {}
    for e in active:
        if e.client_name:
            clients.setdefault(e.client_name, []).append(e.id)
    return [
        Recipient(name, tuple(ids), name, ", ".join(e.learner_name for e in active if e.id in ids))
        for name, ids in sorted(clients.items())
    ]


def _trainers(office: Office, session_id: int) -> list[Recipient]:
    row = office.sessions.row(session_id)
    slots = office.resources.slots_between(
        row.start_date, row.end_date, PlanningFilter(session_id=session_id)
    )
    ids = {trainer_id for slot in slots for trainer_id in slot.trainer_ids}
    return [
        Recipient(t.name, (t.id,), t.name, t.email)
        for t in office.resources.trainers(include_inactive=True)
        if t.id in ids
    ]


class _JobSignals(QObject):
    progressed = Signal(str, float)
    finished = Signal(object)  # GeneratedFiles
    failed = Signal(object)  # the exception


class GenerationJob(QRunnable):
    """Runs ``call(progress=…, cancelled=…)`` in the thread pool; reports through ``signals``.

    Create it on the UI thread: its signals then reach the dialog's slots queued, on the UI
    thread. ``cancel()`` may be called at any time; the service stops after the current file.
    """

    def __init__(self, call: Callable[..., Any]):
        super().__init__()
        self.setAutoDelete(False)  # the dialog keeps it until it has finished
        self.signals = _JobSignals()
        self._call = call
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            result = self._call(progress=self.signals.progressed.emit, cancelled=self._stop.is_set)
        except BaseException as error:  # noqa: BLE001 - handed to the UI thread
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


def fill_kind_combo(combo: QComboBox, chosen: str) -> None:
    """The kinds under bold, unselectable group titles; ``chosen`` (a key) made current."""
    model = combo.model()
    bold = QFont(combo.font())
    bold.setBold(True)
    for title, kinds in grouped_kinds():
        combo.addItem(QCoreApplication.translate(CONTEXT, title))
        header = model.item(combo.count() - 1)
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        header.setFont(bold)
        for kind in kinds:
            combo.addItem(kind.label, kind.key)
    index = combo.findData(chosen)
    combo.setCurrentIndex(index if index >= 0 else 1)


def failure_text(error: BaseException) -> str:
    """What to tell the user when a batch failed (nothing of it was kept)."""
    if isinstance(error, FormadeskError):
        return str(error)
    if isinstance(error, OSError):
        text = QCoreApplication.translate(
            CONTEXT,
            "Un fichier n'a pas pu être écrit ({reason}). Vérifiez que le dossier existe et "
            "qu'aucun document n'est ouvert dans un autre programme, puis recommencez.",
        )
        return text.format(reason=error.strerror or error)
    log.error("Document generation failed", exc_info=error)
    return QCoreApplication.translate(
        CONTEXT,
        "Une erreur inattendue a interrompu la production ; aucun document n'a été "
        "enregistré. Réessayez ; si elle se reproduit, transmettez le journal au support.",
    )


def session_choices(office: Office) -> list[tuple[int, str]]:
    """(id, « 2027-SST-001 — Secourisme (01/03/2027) ») of every session, newest first."""
    return [
        (session_id, f"{code} — {title} ({fmt.date_short(start)})")
        for session_id, code, title, start in office.sessions.choices()
    ]


def make_searchable(combo: QComboBox) -> None:
    """An editable combo whose typed text finds an item by any part of its label."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    line = combo.lineEdit()

    def settle() -> None:
        """What the box shows is what is chosen: typed text found in one label only chooses
        that item; any other text gives way to the label of the item still chosen."""
        if not shiboken6.isValid(line) or not shiboken6.isValid(combo):
            return  # the box losing focus as its dialog is destroyed
        text = line.text().strip().casefold()
        current = combo.currentIndex()
        if current >= 0 and line.text() == combo.itemText(current):
            return
        found = [i for i in range(combo.count()) if text and text in combo.itemText(i).casefold()]
        if len(found) == 1:
            combo.setCurrentIndex(found[0])
        line.setText(combo.itemText(combo.currentIndex()) if combo.currentIndex() >= 0 else "")
        line.setCursorPosition(0)

    line.editingFinished.connect(settle)
    # the start of a long label (the session's code) in sight, not its end
    combo.currentIndexChanged.connect(lambda _index: line.setCursorPosition(0))
