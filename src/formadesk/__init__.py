"""Formadesk: the back office of a small French training organisation."""

__version__ = "0.1.0"
APP_NAME = "Formadesk"
