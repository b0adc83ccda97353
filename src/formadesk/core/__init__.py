"""Everything that works without a screen. Never imports PySide6."""
