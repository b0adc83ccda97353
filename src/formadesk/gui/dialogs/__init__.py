"""Dialogs wrapping the Designer forms of forms/*.ui."""
