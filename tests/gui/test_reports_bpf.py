"""The « BPF » page of the « Bilans » tab, driven as the assistant would: the figures of the
last closed year, the rows behind a line, the fixes of « À vérifier », the start of the
financial year, and the exports."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from dataclasses import dataclass

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

from formadesk.core.model import BPF_OBJECTIVES
from formadesk.core.office import Office
from formadesk.core.services.attendance.marks import Mark
from formadesk.core.services.parties import ClientData, FunderData
from formadesk.gui.dialogs.course_dialog import CourseDialog
from formadesk.gui.tabs.reports_bpf import BpfPage
from tests.core.factories import make_course, make_learner, make_session

NNBSP = "\u202f"
YEAR = dt.date.today().year - 1  # the financial year starts on 01/01 by default


def first_monday_of_march(year: int) -> dt.date:
    day = dt.date(year, 3, 1)
    return day + dt.timedelta(days=(7 - day.weekday()) % 7)


START = first_monday_of_march(YEAR)  # 2 days, 4 half-days of 3 h 30


@dataclass
class Scenario:
    session_id: int
    course_id: int
    durand: int  # learner, salariée, present on the 4 half-days (14 h)
    martin: int  # learner, demandeur d'emploi, absent on the last one (10 h 30)
    durand_enrollment: int
    martin_enrollment: int


def build(office: Office) -> Scenario:
    """Durand and Martin in an Excel session of March; Boulangerie Martin pays 690 € for
    Durand and Martin's absence (172,50 €); the « Fonds local » (kind « autre », which no C
    line fits) pays 517,50 € for Martin. The course has its NSF code (326) but no objective."""
    org = office.organisation.get()
    org.name = "Forma Lyon"
    office.organisation.update(org)
    course_id = make_course(office)
    course = office.courses.get(course_id)
    course.nsf_code = "326"
    office.courses.save(course)
    session_id = make_session(office, course_id, start=START)
    client = office.parties.save_client(
        ClientData(
            name="Boulangerie Martin",
            siret="73282932000074",
            address="1 rue de la République",
            postal_code="69001",
            city="Lyon",
        )
    )
    funder = office.parties.save_funder(
        FunderData(
            kind="autre",
            name="Fonds local",
            address="2 quai Saint-Antoine",
            postal_code="69002",
            city="Lyon",
        )
    )
    durand = make_learner(office, "Durand", "Léa", status="salarie")
    martin = make_learner(office, "Martin", "Hugo", status="demandeur_emploi")
    durand_enrollment = office.enrollments.enroll(
        session_id=session_id, learner_id=durand, client_id=client
    )
    martin_enrollment = office.enrollments.enroll(
        session_id=session_id,
        learner_id=martin,
        client_id=client,
        funder_id=funder,
        subrogation=True,
    )
    day = START + dt.timedelta(days=3)
    slots = [half.slot_id for half in office.attendance.grid(session_id, today=day).half_days]
    marks = [Mark(durand_enrollment, slot, "present") for slot in slots]
    marks += [Mark(martin_enrollment, slot, "present") for slot in slots[:3]]
    marks.append(Mark(martin_enrollment, slots[3], "absent"))
    office.attendance.save(session_id, marks, today=day)
    office.billing.invoice_session(session_id, issued_on=START + dt.timedelta(days=5))
    return Scenario(session_id, course_id, durand, martin, durand_enrollment, martin_enrollment)


def euros(text: str) -> str:
    """« 862,50 € » as the page writes it (narrow no-break spaces)."""
    return text.replace(" ", NNBSP)


def open_page(qtbot, office, bus) -> BpfPage:
    page = BpfPage(office, bus)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.report is not None and not page.is_computing(), timeout=10000)
    return page


def row_of(page: BpfPage, section: str, start: str) -> list[str]:
    """The cells of the line of ``section`` whose wording starts with ``start``."""
    table = page.tables[section]
    for row in range(table.rowCount()):
        if table.item(row, 0).text().startswith(start):
            return [table.item(row, c).text() for c in range(table.columnCount())]
    raise AssertionError(f"no line « {start} » in {section}")


def click_line(qtbot, page: BpfPage, section: str, start: str) -> None:
    table = page.tables[section]
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith(start))
    table.scrollToItem(table.item(row, 1))
    page.ui.boxesArea.ensureWidgetVisible(table)
    rect = table.visualItemRect(table.item(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def missing_texts(page: BpfPage) -> list[str]:
    items = page.ui.missingList
    return [items.item(i).text() for i in range(items.count())]


def test_the_page_shows_the_figures_of_the_last_closed_year(qtbot, office, bus):
    build(office)
    page = open_page(qtbot, office, bus)

    assert page.ui.yearCombo.currentText() == str(YEAR)
    assert page.ui.periodLabel.text() == f"du 01/01/{YEAR} au 31/12/{YEAR}"
    assert "Forma Lyon" in page.ui.identityLabel.text()
    # Durand's 690 € and Martin's absence (172,50 €) invoiced to the company; the Fonds
    # local's 517,50 € waits for its line.
    assert row_of(page, "C", "C-1 —")[1:] == [euros("862,50 €")]
    assert row_of(page, "C", "C-8 —")[1:] == [euros("0,00 €")]
    assert row_of(page, "C", "Total")[1:] == [euros("862,50 €")]
    assert row_of(page, "F1", "F-1 a —")[1:] == ["1", "14 h"]
    assert row_of(page, "F1", "F-1 c —")[1:] == ["1", "10,5 h"]
    assert row_of(page, "F1", "Total")[1:] == ["2", "24,5 h"]
    assert row_of(page, "F3", "Objectif général non renseigné")[1:] == ["2", "24,5 h"]
    assert row_of(page, "F4", "326")[1:] == ["2", "24,5 h"]
    assert set(page.tables) == {"C", "D", "E", "F1", "F2", "F3", "F4", "G"}
    assert page.ui.missingBox.title() == "À vérifier avant de déclarer (2)"
    texts = missing_texts(page)
    assert any("EXCEL-INT" in t and "objectif général non renseigné" in t for t in texts)
    assert any("Fonds local" in t and "cadre C" in t for t in texts)


def test_a_click_on_a_line_lists_its_rows_exports_them_and_opens_their_session(
    qtbot, office, bus, tmp_path
):
    scenario = build(office)
    page = open_page(qtbot, office, bus)

    click_line(qtbot, page, "C", "C-1 —")
    dialog = page.trace_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.titleLabel.text().startswith("C-1 — Entreprises")
    assert euros("862,50 €") in dialog.ui.titleLabel.text()
    assert dialog.ui.countLabel.text() == "2 lignes derrière ce chiffre."
    model = dialog.ui.rowsTable.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    rows = [
        dict(zip(headers, (model.index(r, c).data() for c in range(len(headers))), strict=True))
        for r in range(model.rowCount())
    ]
    assert [(r["Apprenant"], r["Montant HT"]) for r in rows] == [
        ("Léa Durand", euros("690,00 €")),
        ("Hugo Martin", euros("172,50 €")),
    ]

    target = tmp_path / "detail"  # the suffix is added
    dialog.ask_path = lambda *_args: target
    written = dialog.export()
    assert written == tmp_path / "detail.xlsx"
    sheet = load_workbook(written).active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    assert "Léa Durand" in values and "Hugo Martin" in values
    assert 690 in values and 172.5 in values
    assert "detail.xlsx" in dialog.ui.messageLabel.text()

    dialog.ui.rowsTable.selectRow(1)
    with qtbot.waitSignal(page.session_requested, timeout=2000) as opened:
        qtbot.mouseClick(dialog.ui.openSessionButton, Qt.MouseButton.LeftButton)
    assert opened.args == [scenario.session_id]
    dialog.close()


def test_the_fixes_of_the_list_open_their_dialog_and_the_page_recomputes(qtbot, office, bus):
    scenario = build(office)
    page = open_page(qtbot, office, bus)

    texts = missing_texts(page)
    page.ui.missingList.setCurrentRow(next(i for i, t in enumerate(texts) if "EXCEL-INT" in t))
    assert page.ui.fixButton.text() == "Compléter la formation…"
    qtbot.mouseClick(page.ui.fixButton, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CourseDialog))
    qtbot.waitExposed(dialog)
    assert dialog.ui.codeEdit.text() == "EXCEL-INT"
    combo = dialog.ui.bpfObjectiveCombo
    assert combo.currentText() == "— à préciser —"
    combo.setCurrentIndex(combo.findText(BPF_OBJECTIVES["autre"]))
    with qtbot.waitSignal(page.computed, timeout=10000):
        save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert office.courses.get(scenario.course_id).bpf_objective == "autre"
    assert row_of(page, "F3", "d. Autre formation professionnelle")[1:] == ["2", "24,5 h"]
    assert page.ui.missingBox.title() == "À vérifier avant de déclarer (1)"

    page.ui.missingList.setCurrentRow(0)
    assert page.ui.fixButton.text() == "Choisir la ligne du cadre C…"
    chooser = page.fix_selected()
    assert isinstance(chooser, QInputDialog) and chooser.isVisible()
    assert "Fonds local" in chooser.labelText()
    choice = next(i for i in chooser.comboBoxItems() if i.startswith("C-8 —"))
    chooser.setTextValue(choice)
    with qtbot.waitSignal(page.computed, timeout=10000):
        chooser.accept()
    assert row_of(page, "C", "C-8 —")[1:] == [euros("517,50 €")]
    assert row_of(page, "C", "Total")[1:] == [euros("1 380,00 €")]
    assert page.ui.missingBox.title() == "À vérifier avant de déclarer (0)"
    assert missing_texts(page)[0].startswith("Rien à signaler")
    assert not page.ui.fixButton.isEnabled()


def test_a_wrong_start_of_the_year_is_said_in_french_and_stays_as_typed(qtbot, office, bus):
    build(office)
    page = open_page(qtbot, office, bus)
    edit = page.ui.startEdit
    assert edit.text() == "01/01"

    edit.selectAll()
    qtbot.keyClicks(edit, "31/02")
    qtbot.mouseClick(page.ui.startButton, Qt.MouseButton.LeftButton)
    assert page.ui.startErrorLabel.isVisible()
    assert page.ui.startErrorLabel.text() == (
        "« 31/02 » : ce jour n'existe pas dans le mois 02. Le début de l'exercice s'écrit "
        "jour/mois, par exemple 01/01 ou 01/07."
    )
    assert edit.text() == "31/02"
    assert office.settings.get("bpf.year_start") == "01/01"

    edit.selectAll()
    qtbot.keyClicks(edit, "1/7")
    with qtbot.waitSignal(page.computed, timeout=10000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not page.ui.startErrorLabel.isVisible()
    assert edit.text() == "01/07"
    assert office.settings.get("bpf.year_start") == "01/07"
    # The year YEAR now runs from July: the March session belongs to the year before.
    assert page.ui.periodLabel.text() == f"du 01/07/{YEAR} au 30/06/{YEAR + 1}"
    assert row_of(page, "F1", "Total")[1:] == ["0", "0 h"]
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(START.year - 1))
    qtbot.waitUntil(lambda: page.report.year == START.year - 1, timeout=10000)
    assert row_of(page, "F1", "Total")[1:] == ["2", "24,5 h"]


def test_the_exports_write_the_files_the_user_names(qtbot, office, bus, tmp_path):
    build(office)
    page = open_page(qtbot, office, bus)
    page.ask_path = lambda _title, name, _filter: tmp_path / name

    pdf = page.export("pdf")
    assert pdf == tmp_path / f"BPF-{YEAR}.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert "Forma Lyon" in text and "862,50" in text
    assert pdf.name in page.ui.statusLabel.text()

    xlsx = page.export("xlsx")
    workbook = load_workbook(xlsx)
    values = [c for ws in workbook.worksheets for r in ws.iter_rows(values_only=True) for c in r]
    assert 862.5 in values

    data = json.loads(page.export("json").read_text(encoding="utf-8"))
    assert data["C"]["1"] == 862.5
    assert data["F1"]["a"] == {"stagiaires": 1, "heures": 14.0}
    assert len(data["manquants"]) == 2
