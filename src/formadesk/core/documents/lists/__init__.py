"""Lists printed from a session or the planning: participants, client list, session sheet, and
the planning's week sheet."""
