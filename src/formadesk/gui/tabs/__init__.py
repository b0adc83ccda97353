"""The main window's tabs; each refreshes itself from the change signal."""
