"""Spreadsheets of learners written for real, as offices have them (for the import tests)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path


def write_csv(
    path: Path, rows: Sequence[Sequence[str]], *, encoding: str = "utf-8-sig", sep: str = ";"
) -> Path:
    """A CSV file in ``encoding`` (utf-8-sig writes the BOM), Windows line ends."""
    lines = [sep.join(cells) for cells in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    """An Excel workbook; ``dt.date`` values become real Excel date cells."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for values in rows:
        sheet.append(list(values))
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, dt.datetime | dt.date):
                cell.number_format = "DD/MM/YYYY"
    book.save(path)
    return path


HEADERS = ["Nom", "Prénom", "Date de naissance", "Courriel", "Téléphone", "Ville"]
GOOD_ROWS = [
    ["Lefèvre", "Hélène", "12/03/1985", "helene.lefevre@exemple.fr", "06 12 34 56 78", "Lyon"],
    ["Durand", "Zoé", "01/07/1992", "zoe.durand@exemple.fr", "0478000000", "Villeurbanne"],
]
BAD_ROWS = [
    ["Martin", "Paul", "03/04/1980", "paul.martin@@exemple", "", "Lyon"],  # bad e-mail
    ["", "Jeanne", "05/05/1975", "jeanne@exemple.fr", "", "Lyon"],  # missing name
    ["Petit", "Léa", "31/02/1990", "lea.petit@exemple.fr", "", "Lyon"],  # no such day
]
