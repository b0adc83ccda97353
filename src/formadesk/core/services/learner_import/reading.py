"""Reading a spreadsheet of learners as offices have them: XLSX, or CSV in UTF-8 (with or
without BOM) or Windows-1252, separated by ``;`` or ``,``. Cells are trimmed, empty rows
skipped; Excel date cells stay dates, everything else is text."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import FormadeskError

Cell = str | dt.date
SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt")


class ImportFileError(FormadeskError):
    """The file cannot be imported (unreadable, no header, no name columns)."""


@dataclass
class ImportFile:
    """The rows of a spreadsheet: headers, data rows (with their line numbers in the file)
    and the guessed mapping column index -> learner field, which the user may edit."""

    path: Path
    headers: list[str]
    rows: list[list[Cell]]
    numbers: list[int]  # line number in the file of each row (the header is on its own line)
    mapping: dict[int, str] = field(default_factory=dict)

    def samples(self, column: int, count: int = 3) -> list[str]:
        """The first non-empty values of a column, as text (shown in the mapping step)."""
        found: list[str] = []
        for row in self.rows:
            value = row[column] if column < len(row) else ""
            if value != "":
                found.append(value.strftime("%d/%m/%Y") if isinstance(value, dt.date) else value)
            if len(found) >= count:
                break
        return found


def cell_text(value: object) -> Cell:
    """A spreadsheet value as trimmed text, or a date (Excel date cells)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone number or SIRET typed as a number
    return str(value).strip()


def read_file(path: str | Path) -> ImportFile:
    """Read ``path`` (XLSX or CSV); raises ImportFileError in French."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ImportFileError(
            f"« {path.name} » n'est ni un classeur Excel (.xlsx) ni un fichier CSV : "
            "enregistrez la liste dans l'un de ces formats, puis recommencez."
        )
    from .workbooks import read_xlsx  # openpyxl loads only for a workbook

    try:
        table = read_xlsx(path) if suffix in (".xlsx", ".xlsm") else _read_csv(path)
    except FileNotFoundError:
        raise ImportFileError(
            f"Le fichier « {path} » n'existe pas : choisissez-en un autre."
        ) from None
    except (OSError, ValueError, KeyError, csv.Error, zipfile.BadZipFile) as error:
        raise ImportFileError(
            f"Le fichier « {path.name} » ne peut pas être lu ({error.__class__.__name__}) : "
            "ouvrez-le dans votre tableur, enregistrez-le à nouveau (XLSX ou CSV), puis "
            "recommencez."
        ) from error
    return _split(path, table)


def _split(path: Path, table: list[tuple[int, list[Cell]]]) -> ImportFile:
    kept = [(n, cells) for n, cells in table if any(c != "" for c in cells)]
    if not kept:
        raise ImportFileError(
            f"Le fichier « {path.name} » est vide : il doit contenir une ligne d'en-têtes "
            "(Nom, Prénom, …) puis une ligne par apprenant."
        )
    (_, header), body = kept[0], kept[1:]
    headers = [c.strftime("%d/%m/%Y") if isinstance(c, dt.date) else c for c in header]
    width = max([len(headers)] + [len(cells) for _, cells in body])
    headers += [""] * (width - len(headers))
    rows = [cells + [""] * (width - len(cells)) for _, cells in body]
    return ImportFile(path, headers, rows, [n for n, _ in body])


def decode(raw: bytes) -> str:
    """UTF-8 (a BOM is dropped), else Windows-1252: the two encodings of French offices."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def delimiter_of(first_line: str) -> str:
    """``;`` (French Excel), ``,`` or a tab: the most frequent one on the header line."""
    counts = {d: first_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _read_csv(path: Path) -> list[tuple[int, list[Cell]]]:
    text = decode(path.read_bytes())
    first = next((line for line in text.splitlines() if line.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(first))
    table: list[tuple[int, list[Cell]]] = []
    start = 1
    for cells in reader:
        table.append((start, [c.strip() for c in cells]))
        start = reader.line_num + 1
    return table
