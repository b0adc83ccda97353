"""Public names of the core that a screen may need without an open ``Office``.

The GUI talks to the core through the facade (``formadesk.core.office``), the services' row
types (``formadesk.core.services.*``), the vocabulary (``formadesk.core.vocabulary``), errors
and formatting. What it needs before or instead of an open office, such as the backups of a
database that cannot be opened, is re-exported here, so that the modules doing the work
(``backup``, ``db``, ``model``) can change without touching the screens.
"""

from __future__ import annotations

from .backup import BackupInfo, list_backups

__all__ = ["BackupInfo", "list_backups"]
