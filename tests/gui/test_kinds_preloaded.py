"""Once the « Documents » tab is shown, the document renderers are loaded in the background,
so that « Produire des documents… » opens at once (loading them took 1 to 3 s of frozen
window); the start-up and the other tabs never wait for them. Run in a fresh interpreter,
where nothing else has loaded them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from formadesk.core.office import Office
from formadesk.core.documents.engine import registry
from formadesk.gui.main_window import MainWindow

app = QApplication([])
window = MainWindow(Office.create(Path(sys.argv[1])))
window.show()
app.processEvents()
end = time.monotonic() + 3
while time.monotonic() < end:  # the window settles: nothing loads the renderers
    app.processEvents()
    time.sleep(0.05)
at_start = registry.KINDS._loaded or "reportlab" in sys.modules
titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
window.tabs.setCurrentIndex(titles.index("Documents"))
app.processEvents()
at_tab = registry.KINDS._loaded
end = time.monotonic() + 20
while not registry.KINDS._loaded and time.monotonic() < end:
    app.processEvents()
    time.sleep(0.05)
settled = registry.KINDS._loaded and "reportlab" in sys.modules
window.close()
print(json.dumps({"at_start": at_start, "at_tab": at_tab, "settled": settled,
                  "kinds": len(registry.KINDS)}))
"""


def test_the_renderers_load_in_the_background_once_the_documents_tab_is_shown(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FORMADESK_PROCESSES": "1"}
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "bureau.sqlite3")],
        capture_output=True, text=True, check=True, timeout=120, env=env,
    )  # fmt: skip
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["at_start"] is False and seen["at_tab"] is False  # the tab came first
    assert seen["settled"] is True and seen["kinds"] >= 20
