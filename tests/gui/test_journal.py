"""The contact journal on screen: Ctrl+J from the window, the quick-entry dialog, a dropped
e-mail, the « Journal des échanges » page and the history in each file."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from email.message import EmailMessage  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDropEvent  # noqa: E402
from PySide6.QtWidgets import QDialog, QDialogButtonBox  # noqa: E402

from formadesk.core.services.journal import InteractionData  # noqa: E402
from formadesk.core.services.parties import ClientData, ContactData  # noqa: E402
from formadesk.gui.dialogs.interaction_dialog import InteractionDialog  # noqa: E402
from formadesk.gui.main_window import MainWindow  # noqa: E402
from formadesk.gui.tabs import quality_journal  # noqa: E402
from formadesk.gui.tabs.clients import ClientsTab  # noqa: E402
from formadesk.gui.tabs.learners import LearnersTab  # noqa: E402
from formadesk.gui.tabs.quality_journal import JournalPage  # noqa: E402
from tests.core.journal_msg import write_msg  # noqa: E402

YESTERDAY = dt.datetime.combine(dt.date.today() - dt.timedelta(days=1), dt.time(10, 30))


def save(qtbot, dialog: InteractionDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def write_eml(path: Path, sender: str, subject: str, body: str) -> Path:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "accueil@formadesk.test"
    message["Subject"] = subject
    message["Date"] = "Mon, 02 Nov 2026 14:05:00 +0000"
    message.set_content(body)
    path.write_bytes(bytes(message))
    return path


def drop(widget, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)  # a synthetic drop is not routed by the application


def log(office, **fields) -> int:
    values = {"happened_at": YESTERDAY, "subject": "Question"}
    values.update(fields)
    return office.journal.log(InteractionData(**values))


def test_ctrl_j_with_a_learner_selected_fills_in_the_learner(office, add_learner, qtbot):
    add_learner("Dupont", "Marc")
    helene = add_learner("Lefèvre", "Hélène")
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.learners_tab)
    window.learners_tab.show_learner(helene)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)

    qtbot.keyClick(
        window.learners_tab.ui.learnersView, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier
    )
    dialog = window.findChild(InteractionDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.whoEdit.text() == "Hélène Lefèvre"
    assert dialog.ui.whoKindLabel.text() == "Apprenant"
    qtbot.waitUntil(dialog.ui.subjectEdit.hasFocus, timeout=2000)  # type the subject at once

    qtbot.keyClicks(dialog.ui.subjectEdit, "Demande de report")
    qtbot.keyClick(dialog.ui.subjectEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    (row,) = office.journal.history(learner_id=helene)
    assert row.subject == "Demande de report"


def test_bad_input_then_good_input(office, qtbot):
    dialog = InteractionDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert dialog.ui.whoEdit.hasFocus()  # nobody chosen yet: « avec qui » first
    save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    text = dialog.ui.errorLabel.text()
    assert "avec qui" in text and "objet de l'échange" in text
    assert dialog.ui.subjectEdit.styleSheet()  # outlined
    assert office.journal.list() == []

    qtbot.keyClicks(dialog.ui.whoEdit, "Mme Garnier")
    qtbot.keyClicks(dialog.ui.subjectEdit, "Renseignements sur le CACES")
    qtbot.keyClicks(dialog.ui.notesEdit, "Rappeler avec les dates")
    qtbot.mouseClick(dialog.ui.weekButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.followUpCheck.isChecked()
    assert dialog.ui.whoKindLabel.text() == "nom libre (pas de fiche)"
    qtbot.keyClick(dialog.ui.notesEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert dialog.result() == QDialog.DialogCode.Accepted
    (row,) = office.journal.list()
    assert (row.who, row.subject, row.notes) == (
        "Mme Garnier",
        "Renseignements sur le CACES",
        "Rappeler avec les dates",
    )
    assert row.follow_up_on == dt.date.today() + dt.timedelta(days=7)


def test_dropping_an_eml_fills_the_fields_and_keeps_the_file(office, add_learner, qtbot, tmp_path):
    helene = add_learner("Lefèvre", "Hélène", email="helene@example.org")
    mail = write_eml(
        tmp_path / "attestation.eml",
        "Hélène Lefèvre <HELENE@example.org>",
        "Mon attestation",
        "Bonjour,\nPouvez-vous me renvoyer mon attestation ?",
    )
    dialog = InteractionDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    drop(dialog, mail)

    ui = dialog.ui
    assert ui.whoEdit.text() == "Hélène Lefèvre" and ui.whoEdit.who().id == helene
    assert ui.subjectEdit.text() == "Mon attestation"
    assert "renvoyer mon attestation" in ui.notesEdit.toPlainText()
    assert ui.channelCombo.currentText() == "E-mail"
    assert ui.happenedEdit.date().toPython() == dt.date(2026, 11, 2)
    assert dialog.file_names() == ["attestation.eml"]
    save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    (row,) = office.journal.history(learner_id=helene)
    assert row.attachments == 1
    (kept,) = office.journal.attachments(row.id)
    assert office.journal.attachment_data(kept.id)[2] == mail.read_bytes()


def test_dropping_an_outlook_msg_fills_in_the_clients_contact(office, qtbot, tmp_path):
    client = office.parties.save_client(
        ClientData(
            name="Boulangeries Émile",
            siret="73282932000074",
            contacts=[ContactData(last_name="Petit", first_name="Marc", email="m.petit@emile.fr")],
        )
    )
    mail = write_msg(
        tmp_path / "devis.msg",
        sender="Marc Petit",
        address="m.petit@emile.fr",
        subject="Devis signé",
        body="Voici le devis signé.",
        sent=dt.datetime(2026, 11, 2, 14, 5, tzinfo=dt.UTC),
    )
    dialog = InteractionDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    drop(dialog, mail)
    assert dialog.ui.whoKindLabel.text() == "Contact chez Boulangeries Émile"
    assert dialog.ui.subjectEdit.text() == "Devis signé"
    save(qtbot, dialog)
    (row,) = office.journal.history(client_id=client)
    assert (row.who, row.subject, row.attachments) == ("Marc Petit", "Devis signé", 1)


def test_an_eml_dropped_on_the_page_opens_a_new_exchange(office, bus, qtbot, tmp_path):
    mail = write_eml(tmp_path / "question.eml", "inconnu@example.org", "Tarifs 2027", "Bonjour")
    page = JournalPage(office, bus)
    qtbot.addWidget(page)
    page.show()
    drop(page, mail)
    dialog = page.findChild(InteractionDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.subjectEdit.text() == "Tarifs 2027"
    assert dialog.ui.whoEdit.text() == "inconnu@example.org"
    assert dialog.ui.whoKindLabel.text() == "nom libre (pas de fiche)"
    save(qtbot, dialog)
    assert [page.model.index(0, 5).data()] == ["Tarifs 2027 — Bonjour"]


def test_a_malformed_dropped_message_is_said_and_not_kept(office, qtbot, tmp_path):
    fake = tmp_path / "relance.msg"
    fake.write_bytes(b"pas un fichier Outlook")
    dialog = InteractionDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    drop(dialog, fake)
    assert "n'est pas un vrai fichier .msg" in dialog.ui.errorLabel.text()
    assert dialog.file_names() == []


def test_the_journal_page_lists_filters_and_closes_follow_ups(office, bus, add_learner, qtbot):
    helene = add_learner("Lefèvre", "Hélène")
    log(office, learner_id=helene, subject="Convocation", follow_up_on=dt.date.today())
    log(office, person="Élodie Roux", channel="courrier", subject="Réclamation")
    page = JournalPage(office, bus)
    qtbot.addWidget(page)
    page.show()
    model = page.model
    assert model.rowCount() == 2
    assert page.ui.countLabel.text() == "2 échanges"

    qtbot.keyClicks(page.ui.searchEdit, "elodie")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=2000)
    assert model.index(0, 5).data() == "Réclamation"
    page.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=2000)

    page.ui.pendingCheck.setChecked(True)
    assert model.rowCount() == 1 and page.ui.countLabel.text() == "1 relance à faire"
    page.ui.journalView.selectRow(0)
    assert "Relance à faire" in page.ui.detailText.toPlainText()
    qtbot.mouseClick(page.ui.doneButton, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 0  # the follow-up is done: it leaves the list

    page.ui.pendingCheck.setChecked(False)
    page.ui.channelCombo.setCurrentIndex(page.ui.channelCombo.findText("Courrier"))
    assert [model.index(r, 5).data() for r in range(model.rowCount())] == ["Réclamation"]


def test_deleting_from_the_page_asks_first(office, bus, qtbot, monkeypatch):
    log(office, person="M. Blanc", subject="Appel manqué")
    page = JournalPage(office, bus)
    qtbot.addWidget(page)
    page.show()
    page.ui.journalView.selectRow(0)
    monkeypatch.setattr(quality_journal, "confirm", lambda *_a: False)
    page.ui.deleteButton.click()
    assert page.model.rowCount() == 1
    monkeypatch.setattr(quality_journal, "confirm", lambda *_a: True)
    page.ui.deleteButton.click()
    assert page.model.rowCount() == 0 and office.journal.list() == []


def test_editing_from_the_page_keeps_the_file_until_it_is_removed(
    office, bus, qtbot, tmp_path, monkeypatch
):
    scan = tmp_path / "courrier.pdf"
    scan.write_bytes(b"%PDF-1.4\n% courrier\n")
    exchange = office.journal.log(
        InteractionData(happened_at=YESTERDAY, person="Mme Blanc", subject="Courrier"),
        attach=[scan],
    )
    page = JournalPage(office, bus)
    qtbot.addWidget(page)
    page.show()
    page.select(exchange)
    opened: list[Path] = []
    monkeypatch.setattr(
        "formadesk.gui.widgets.exchange_files.open_local", lambda p: opened.append(Path(p)) or True
    )
    qtbot.mouseClick(page.ui.openFileButton, Qt.MouseButton.LeftButton)
    assert opened[0].name == "courrier.pdf" and opened[0].read_bytes() == scan.read_bytes()

    dialog = page.edit_selected()
    qtbot.addWidget(dialog)
    assert dialog.ui.whoEdit.text() == "Mme Blanc" and dialog.file_names() == ["courrier.pdf"]
    dialog.ui.attachmentsList.setCurrentRow(0)
    qtbot.mouseClick(dialog.ui.removeFileButton, Qt.MouseButton.LeftButton)
    dialog.ui.subjectEdit.setText("Courrier de résiliation")
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert office.journal.attachments(exchange) == []
    assert page.model.index(0, 5).data() == "Courrier de résiliation"
    assert page.ui.filesLabel.text() == "Aucune pièce jointe"


def test_the_learner_dossier_shows_the_exchanges(office, bus, add_learner, qtbot):
    helene = add_learner("Lefèvre", "Hélène")
    marc = add_learner("Dupont", "Marc")
    log(office, learner_id=helene, subject="Convocation")
    tab = LearnersTab(office, bus)
    qtbot.addWidget(tab)
    tab.show()
    history = tab.exchanges
    tab.show_learner(helene)
    assert [r.subject for r in history.rows()] == ["Convocation"]
    assert history.title.text() == "1 échange"

    log(office, learner_id=helene, subject="Attestation envoyée")  # the bus reloads it
    assert [r.subject for r in history.rows()] == ["Attestation envoyée", "Convocation"]
    tab.show_learner(marc)
    assert history.rows() == [] and history.title.text() == "Aucun échange noté pour l'instant."

    dialog = history.log_exchange()
    qtbot.addWidget(dialog)
    assert dialog.ui.whoEdit.text() == "Marc Dupont"


def test_the_client_record_has_its_exchanges_tab(office, bus, qtbot):
    client = office.parties.save_client(
        ClientData(
            name="Boulangeries Émile",
            siret="73282932000074",
            contacts=[ContactData(last_name="Petit", first_name="Marc")],
        )
    )
    contact = office.parties.get_client(client).contacts[0].id
    log(office, contact_id=contact, subject="Devis")
    tab = ClientsTab(office, bus)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_client(client)
    tabs = tab.ui.clientDetailTabs
    assert tabs.tabText(tabs.indexOf(tab.ui.clientExchangesPage)) == "Échanges (1)"
    (row,) = tab.exchanges.rows()
    assert (row.who, row.subject) == ("Marc Petit", "Devis")


def test_the_funder_record_has_its_exchanges_tab(office, bus, qtbot):
    akto = next(f.id for f in office.parties.funders() if f.name == "Akto")
    log(office, funder_id=akto, subject="Accord de prise en charge")
    tab = ClientsTab(office, bus)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_funder(akto)
    history = tab.funders.exchanges
    tabs = tab.ui.funderDetailTabs
    assert tabs.tabText(tabs.indexOf(history)) == "Échanges (1)"
    (row,) = history.rows()
    assert row.subject == "Accord de prise en charge"


def test_the_trainer_file_has_its_exchanges_tab(office, qtbot):
    from formadesk.core.services.resource_records import TrainerData
    from formadesk.gui.dialogs.trainer_dialog import TrainerDialog

    trainer = office.resources.save_trainer(TrainerData(last_name="Martin", first_name="Paul"))
    log(office, trainer_id=trainer, subject="Disponibilités de mars")
    dialog = TrainerDialog(office, trainer)
    qtbot.addWidget(dialog)
    (row,) = dialog.exchanges.rows()
    assert row.subject == "Disponibilités de mars"
    assert dialog.ui.tabs.tabText(dialog.ui.tabs.indexOf(dialog.exchanges)) == "Échanges (1)"
    assert not hasattr(TrainerDialog(office), "exchanges")  # a new trainer has none yet
