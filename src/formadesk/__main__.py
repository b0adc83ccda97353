"""``python -m formadesk``."""

import multiprocessing

from formadesk.cli import main

# The guard matters: the processes that render large batches of documents (core/documents/
# engine/parallel.py) import the main module again, and must not start a second Formadesk.
if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
