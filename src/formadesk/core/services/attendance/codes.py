"""Attendance vocabulary: statuses, keyboard keys, evidence kinds (French labels)."""

from __future__ import annotations

STATUSES: dict[str, str] = {
    "present": "Présent",
    "retard": "Retard",
    "depart_anticipe": "Départ anticipé",
    "absent_excuse": "Absence excusée",
    "absent": "Absent",
    "abandon": "Abandon",
}
# One letter per status in the grid and on paper.
LETTERS: dict[str, str] = {
    "present": "P",
    "retard": "R",
    "depart_anticipe": "D",
    "absent_excuse": "E",
    "absent": "A",
    "abandon": "X",
}
# Keys typed in the grid (abandon is recorded through « Abandon… », with a date and a reason).
KEYS: dict[str, str] = {letter: status for status, letter in LETTERS.items() if status != "abandon"}
# Statuses whose minutes attended must be entered (part of the half-day).
PARTIAL = ("retard", "depart_anticipe")
ABSENT = ("absent", "absent_excuse", "abandon")

EVIDENCE: dict[str, str] = {
    "signature": "Signé à l'écran",
    "scan": "Feuille papier scannée",
    "": "Saisi sans preuve",
}
TRAINER_STATUSES: dict[str, str] = {"": "Non saisi", "present": "Présent", "absent": "Absent"}

# What a scan or a justification may be: the first bytes of the file, and its media type.
FILE_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)
MAX_FILE_BYTES = 25 * 1024 * 1024
