"""Python generated from ../../../forms/*.ui by `python -m formadesk.gui.build_forms`.

Never edit these files by hand.
"""
