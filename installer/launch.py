"""PyInstaller entry point: the same `formadesk` command, GUI by default."""

import multiprocessing

from formadesk.cli import main

# Guarded, with freeze_support: the document workers (core/documents/engine/parallel.py) start
# this executable again, and must run as workers, not as a second Formadesk.
if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
