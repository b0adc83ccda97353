"""Quality documents (Qualiopi indicators 31 and 32): the letters of a complaint
(acknowledgement, answer) and the register of complaints and improvement actions.

These are not kinds of the session registry (``engine.registry``): a complaint need not
concern a session, and the session « Générer » dialog lists every registered kind. Each has
its own builder (DB -> frozen data) and renderers (PDF with reportlab, Word with the shared
template writer, Excel through the one cell writer).
"""
