"""A damaged file opened quickly is caught by the background check and shown to the user."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtWidgets import QMessageBox

from formadesk.core.model import Interaction
from formadesk.core.office import Office
from formadesk.gui.app import verify_in_background
from formadesk.gui.main_window import MainWindow


def _damage_interactions(path) -> None:
    """Damage a table the window does not read when it opens."""
    conn = sqlite3.connect(path)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [p for (p,) in conn.execute("SELECT pageno FROM dbstat WHERE name = 'interactions'")]
    conn.close()
    data = bytearray(path.read_bytes())
    for page in pages[1:]:
        start = (page - 1) * size + 200
        data[start : start + 400] = b"\xff" * 400
    path.write_bytes(bytes(data))


def test_damaged_database_is_reported_after_the_window_opens(qtbot, db_path):
    office = Office.create(db_path)
    with office.database.unit_of_work() as s:
        now = dt.datetime(2026, 11, 2, 10, 0)
        s.add_all(Interaction(happened_at=now, subject=f"Appel {i}" * 5) for i in range(400))
    office.close(backup_if_changed=False)
    _damage_interactions(db_path)
    window = MainWindow(Office.open(db_path, verify=False))
    qtbot.addWidget(window)
    window.show()
    thread = verify_in_background(window)
    thread.join(timeout=30)
    box = None

    def shown() -> None:
        nonlocal box
        box = window.findChild(QMessageBox, "errorBox")
        assert box is not None

    qtbot.waitUntil(shown, timeout=3000)
    assert "endommagée" in box.text() and "lecture seule" in box.text()
    assert window.read_only_banner.isVisible()
    assert "endommagée" in window.read_only_banner.text()
    window.office.database.read_only_reason = None  # let the window close without a backup
