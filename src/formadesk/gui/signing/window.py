"""Signing mode: a full-screen window where each learner signs one half-day, the trainer last.

The window cannot be left by a learner: Escape, Alt+F4 and the window's close button do
nothing; « Quitter » asks for the exit code the assistant chose on entering, and the trainer's
signature closes the half-day and the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from formadesk.core.errors import FormadeskError, ValidationError
from formadesk.core.office import Office

from .lock import ExitCodePage
from .pad import SignaturePad
from .roster import Roster, Signer, read_roster

ENROLLMENT_ROLE = Qt.ItemDataRole.UserRole
SIGNED_COLOUR = QColor("#1d6b2f")
ABSENT_COLOUR = QColor("#8a8a8a")


def now_to_the_second() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class SigningWindow(QWidget):
    """One half-day's on-screen signing sheet. ``left`` is emitted when signing mode ends."""

    left = Signal()

    def __init__(
        self,
        office: Office,
        session_id: int,
        slot_id: int,
        *,
        exit_code: str,
        now: Callable[[], dt.datetime] = now_to_the_second,
        parent: QWidget | None = None,
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("signingWindow")
        self.setWindowTitle(self.tr("Formadesk — mode signature"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.office, self.session_id, self.slot_id = office, session_id, slot_id
        self.exit_code, self.now = exit_code, now
        self._may_close = False
        self._signer: Signer | None = None  # the learner at the pad; None: the trainer
        self._trainer_id: int | None = None
        font = self.font()
        font.setPointSize(max(font.pointSize(), 10) + 5)
        self.setFont(font)
        self._build()
        self.reload()

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("signingTitle")
        self.title.setStyleSheet("font-size: 26pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.when = QLabel(self)
        self.quit_button = QPushButton(self.tr("Quitter"), self)
        self.quit_button.setObjectName("quitButton")
        self.quit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quit_button.setMinimumSize(120, 44)
        self.quit_button.setToolTip(
            self.tr("Réservé à l'assistante ou au formateur : code demandé.")
        )
        self.quit_button.clicked.connect(self.ask_exit_code)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.when)
        header.addLayout(titles, 1)
        header.addSpacing(24)
        header.addWidget(self.quit_button, 0, Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self)
        self.message.setObjectName("signingMessage")
        self.message.setWordWrap(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_list_page())
        self.pages.addWidget(self._build_pad_page())
        self.lock_page = ExitCodePage(self)
        self.lock_page.unlocked.connect(self._check_code)
        self.lock_page.cancelled.connect(self.show_list)
        self.pages.addWidget(self.lock_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)

    def _build_list_page(self) -> QWidget:
        page = QWidget(self)
        self.list_prompt = QLabel(self.tr("Touchez votre nom pour signer."), page)
        self.list_prompt.setStyleSheet("font-size: 20pt;")
        self.names = QListWidget(page)
        self.names.setObjectName("signerList")
        self.names.setStyleSheet(
            "QListWidget { font-size: 22pt; } QListWidget::item { padding: 12px; }"
            "QScrollBar:vertical { width: 32px; }"
        )
        self.names.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.names.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # a finger drags the list on a touch screen; a tap still chooses a name
        QScroller.grabGesture(self.names.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.names.itemClicked.connect(self._name_chosen)
        self.trainer_buttons = QVBoxLayout()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_prompt)
        layout.addWidget(self.names, 1)
        layout.addLayout(self.trainer_buttons)
        return page

    def _build_pad_page(self) -> QWidget:
        page = QWidget(self)
        self.pad_prompt = QLabel(page)
        self.pad_prompt.setStyleSheet("font-size: 20pt;")
        self.pad_prompt.setWordWrap(True)
        self.pad = SignaturePad(page)
        self.clear_button = QPushButton(self.tr("Effacer"), page)
        self.clear_button.clicked.connect(self.pad.clear)
        self.back_button = QPushButton(self.tr("Retour à la liste"), page)
        self.back_button.clicked.connect(self.show_list)
        self.validate_button = QPushButton(self.tr("Valider"), page)
        self.validate_button.setObjectName("validateButton")
        self.validate_button.clicked.connect(self.validate)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.validate_button)
        for button in (self.clear_button, self.back_button, self.validate_button):
            button.setMinimumHeight(56)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pad_prompt)
        layout.addWidget(self.pad, 1)
        layout.addLayout(buttons)
        return page

    # -- showing ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the half-day again and show every learner's state."""
        self.roster = roster = read_roster(
            self.office, self.session_id, self.slot_id, self.now().date()
        )
        self.title.setText(roster.heading)
        self.when.setText(roster.when)
        self.names.clear()
        for signer in roster.learners:
            text = f"{signer.name}   —   {signer.state}" if signer.state else signer.name
            item = QListWidgetItem(text)
            item.setData(ENROLLMENT_ROLE, signer.enrollment_id)
            if signer.signed_at is not None or signer.absent or roster.half_day.closed:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                colour = SIGNED_COLOUR if signer.signed_at is not None else ABSENT_COLOUR
                item.setForeground(QBrush(colour))
            self.names.addItem(item)
        self._show_trainer_buttons(roster)

    def _show_trainer_buttons(self, roster: Roster) -> None:
        self.trainer_button_of: dict[int, QPushButton] = {}
        while self.trainer_buttons.count():
            widget = self.trainer_buttons.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        waiting = len(roster.waiting)
        tip = (
            self.tr("Encore %1 à signer.").replace("%1", _learners(waiting))
            if waiting
            else self.tr("Tous les apprenants présents ont signé.")
        )
        trainers = [t for t in roster.trainers if not t.signed]
        if not roster.trainers:
            label = QLabel(
                self.tr(
                    "Aucun formateur n'est affecté à cette demi-journée : l'assistante quitte "
                    "avec « Quitter » et son code."
                ),
                self,
            )
            label.setWordWrap(True)
            self.trainer_buttons.addWidget(label)
        for trainer in trainers:
            text = (
                self.tr("Le formateur signe et clôt la demi-journée")
                if len(roster.trainers) == 1
                else self.tr("%1 signe et clôt la demi-journée").replace("%1", trainer.name)
            )
            button = QPushButton(text, self)
            button.setObjectName(f"trainerButton{trainer.trainer_id}")
            button.setToolTip(tip)
            button.setMinimumHeight(64)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, t=trainer: self.choose_trainer(t.trainer_id))
            self.trainer_buttons.addWidget(button)
            self.trainer_button_of[trainer.trainer_id] = button
        self.list_prompt.setText(
            self.tr("Touchez votre nom pour signer. %1").replace("%1", tip)
            if not roster.half_day.closed
            else self.tr("Le formateur a signé : la demi-journée est close.")
        )

    def show_list(self) -> None:
        self._signer, self._trainer_id = None, None
        self.pad.clear()
        self.pages.setCurrentIndex(0)

    def say(self, text: str, *, error: bool = False) -> None:
        colour = "#b00020" if error else "#1d6b2f"
        self.message.setStyleSheet(f"font-size: 18pt; color: {colour};")
        self.message.setText(text)

    # -- signing ----------------------------------------------------------------------------
    def _name_chosen(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.choose_learner(item.data(ENROLLMENT_ROLE))

    def choose_learner(self, enrollment_id: int) -> None:
        signer = next(p for p in self.roster.learners if p.enrollment_id == enrollment_id)
        self._signer, self._trainer_id = signer, None
        self.pad_prompt.setText(
            self.tr("%1, signez dans le cadre puis touchez « Valider ».").replace("%1", signer.name)
        )
        self.say("")
        self.pad.clear()
        self.pages.setCurrentIndex(1)

    def choose_trainer(self, trainer_id: int) -> None:
        trainer = next(t for t in self.roster.trainers if t.trainer_id == trainer_id)
        self._signer, self._trainer_id = None, trainer_id
        self.pad_prompt.setText(
            self.tr(
                "%1, signez dans le cadre puis touchez « Valider » : la demi-journée sera close "
                "et plus aucun apprenant ne pourra signer."
            ).replace("%1", trainer.name)
        )
        waiting = len(self.roster.waiting)
        if waiting:
            self.say(
                self.tr(
                    "Attention : %1 pas encore signé ; après la clôture, plus personne ne signe."
                ).replace(
                    "%1", "1 apprenant n'a" if waiting == 1 else f"{waiting} apprenants n'ont"
                ),
                error=True,
            )
        else:
            self.say("")
        self.pad.clear()
        self.pages.setCurrentIndex(1)

    def validate(self) -> None:
        """Store the drawn signature; errors of the core are shown on the signing screen."""
        if self.pad.is_empty():
            self.say(
                self.tr(
                    "La signature est vide : signez dans le cadre avec le doigt, le stylet ou "
                    "la souris, puis touchez « Valider »."
                ),
                error=True,
            )
            return
        signer, trainer_id = self._signer, self._trainer_id
        try:
            self.office.attendance.sign(
                self.slot_id,
                self.pad.to_png(),
                enrollment_id=signer.enrollment_id if signer else None,
                trainer_id=trainer_id,
                now=self.now(),
            )
        except ValidationError as error:
            self.say(" ".join(error.errors.values()), error=True)
            return
        except FormadeskError as error:
            self.say(str(error), error=True)
            self.show_list()
            self.reload()
            return
        self.show_list()
        self.reload()
        if trainer_id is not None:
            self.leave()
            return
        done = next(p for p in self.roster.learners if p.enrollment_id == signer.enrollment_id)
        self.say(self.tr("Merci, %1 : %2.").replace("%1", done.name).replace("%2", done.state))

    # -- leaving ----------------------------------------------------------------------------
    def ask_exit_code(self) -> None:
        self.lock_page.reset()
        self.say("")
        self.pages.setCurrentWidget(self.lock_page)

    def _check_code(self, code: str) -> None:
        if code == self.exit_code:
            self.leave()
        else:
            self.lock_page.refuse()

    def leave(self) -> None:
        self._may_close = True
        self.close()
        self.left.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # a learner may not leave; « Quitter » asks for the code
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            super().closeEvent(event)
            return
        event.ignore()  # Alt+F4, the window's close button: only the code or the trainer
        self.say(
            self.tr("Pour quitter le mode signature, touchez « Quitter » et saisissez le code."),
            error=True,
        )


def _learners(count: int) -> str:
    return "1 apprenant" if count == 1 else f"{count} apprenants"
