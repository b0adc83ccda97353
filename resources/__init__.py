"""Data files shipped with Formadesk (fonts, icons, Word templates, translations)."""
