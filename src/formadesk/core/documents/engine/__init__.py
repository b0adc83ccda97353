"""The document engine, shared by every family: the registry of kinds, the targets (who gets a
file), the DB -> data builders, the PDF (reportlab), Word (docxtpl templates) and file writers,
the fields offered to templates, and the history and delivery of produced files."""
