"""The dashboard lists, across sessions, the recent half-days whose evidence is missing."""

from __future__ import annotations

from formadesk.core.services.attendance import Mark, TrainerPresence
from formadesk.gui.bus import ChangeSignal
from formadesk.gui.tabs.dashboard_evidence import MissingEvidencePanel
from tests.core.attendance_factories import TODAY, held_session


def test_missing_evidence_is_listed_newest_first_and_shrinks_when_entered(office, qtbot, tmp_path):
    held = held_session(office)
    panel = MissingEvidencePanel(office, ChangeSignal(office))
    qtbot.addWidget(panel)
    panel.refresh(today=TODAY)
    lines = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert len(lines) == 4 and panel.title().startswith("Preuves de présence manquantes (4,")
    assert lines[0].startswith(
        f"{office.attendance.grid(held.session_id).code} — mardi 2 mars 2027 après-midi"
    )
    assert "3 présences non saisies" in lines[0]

    first = held.slots[0]
    office.attendance.save(
        held.session_id,
        [Mark(e, first, "present") for e in held.enrollments],
        [TrainerPresence(first, held.trainer_id, "present")],
        today=TODAY,
    )
    sheet = tmp_path / "lundi.pdf"
    sheet.write_bytes(b"%PDF-1.4 scan")
    office.attendance.attach_scan(held.session_id, sheet, [first], today=TODAY)
    panel.refresh(today=TODAY)
    assert panel.list.count() == 3
    assert all("lundi 1er mars 2027 matin" not in panel.list.item(i).text() for i in range(3))
