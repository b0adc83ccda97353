"""Benchmark: importing 5,000 learners from a spreadsheet into the large demo (issue 9).

Prints, next to each figure, the floor of the libraries doing the work, measured in the same run:
- reading the generated XLSX (``office.learner_import.read``), next to a bare openpyxl read-only
  pass over the same cells; the same for the CSV, next to the bare csv module;
- the preview (every row checked with the learner form's rules, duplicates against the ~30,000
  learners of the database), then the commit in one transaction, next to a bare SQLAlchemy bulk
  INSERT of the same 5,000 learners into another copy of the base.
Goal of the issue: 5,000 rows import in under 10 s (read + preview + commit). No figure is
asserted: the machine decides; the floor says how far from it we are.

Usage:  python tests/bench/bench_import.py [DATABASE] [--rows N]
The database is copied first (once per import): the file given is never modified.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import DEFAULT_DB, ensure_database  # noqa: E402

from formadesk.core.office import Office  # noqa: E402

HEADERS = ["Civilité", "Prénom", "Nom", "Né(e) le", "Courriel", "Portable", "Adresse", "CP"]
HEADERS += ["Ville", "Entreprise", "SIRET", "Fonction"]
CITIES = [("69003", "Lyon"), ("38000", "Grenoble"), ("73000", "Chambéry"), ("74000", "Annecy")]


def generated_rows(count: int) -> list[list[object]]:
    """``count`` plausible learners, all different from the demo's (new names, new e-mails)."""
    rows: list[list[object]] = []
    for i in range(count):
        postal_code, city = CITIES[i % len(CITIES)]
        rows.append(
            [
                "Mme" if i % 2 else "M.",
                f"Prénom{i:05d}",
                f"Importé{i:05d}",
                dt.date(1960 + i % 40, 1 + i % 12, 1 + i % 28),
                f"import.{i:05d}@exemple.fr",
                f"06 {i // 10000 % 100:02d} {i // 100 % 100:02d} {i % 100:02d} 11",
                f"{1 + i % 120} rue de la République",
                postal_code,
                city,
                "Boulangerie Lefèvre" if i % 3 == 0 else "",
                "73282932000074" if i % 3 == 0 else "",
                "Assistante de gestion",
            ]
        )
    return rows


def write_files(folder: Path, rows: list[list[object]]) -> tuple[Path, Path]:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Stagiaires")
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    xlsx = folder / "stagiaires.xlsx"
    book.save(xlsx)
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    for row in rows:
        writer.writerow([v.strftime("%d/%m/%Y") if isinstance(v, dt.date) else v for v in row])
    path = folder / "stagiaires.csv"
    path.write_bytes(text.getvalue().encode("cp1252"))  # as Excel saves it on Windows
    return xlsx, path


def seconds(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    value = action()
    return time.perf_counter() - start, value


def openpyxl_floor(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return count


def csv_floor(path: Path) -> int:
    text = path.read_bytes().decode("cp1252")
    return sum(1 for _ in csv.reader(io.StringIO(text), delimiter=";"))


def bulk_insert_floor(db: Path, rows: list[list[object]]) -> float:
    """A bare SQLAlchemy bulk INSERT of the learners (no checks), committed."""
    from sqlalchemy import create_engine, insert
    from sqlalchemy.orm import Session

    from formadesk.core.model import Learner

    values = [
        {
            "civility": r[0],
            "first_name": r[1],
            "last_name": r[2],
            "birth_date": r[3],
            "email": r[4],
            "phone": r[5],
            "address": r[6],
            "postal_code": r[7],
            "city": r[8],
            "employer_name": r[9],
            "employer_siret": r[10],
            "job_title": r[11],
            "search_text": f"{r[2]} {r[1]}".lower(),
        }
        for r in rows
    ]
    engine = create_engine(f"sqlite:///{db}")
    start = time.perf_counter()
    with Session(engine) as s:
        s.execute(insert(Learner), values)
        s.commit()
    elapsed = time.perf_counter() - start
    engine.dispose()
    return elapsed


def import_once(source: Path, folder: Path, path: Path) -> dict[str, float]:
    db = folder / f"copy-{path.suffix[1:]}.sqlite3"
    shutil.copyfile(source, db)
    with Office.open(db, verify=False) as office:
        importer = office.learner_import
        before = office.learners.count()
        read_s, file = seconds(lambda: importer.read(path))
        preview_s, preview = seconds(lambda: importer.preview(file))
        commit_s, result = seconds(lambda: importer.commit(preview))
        after = office.learners.count()
    db.unlink()
    assert result.created == after - before, (result.created, before, after)
    return {
        "read": read_s,
        "preview": preview_s,
        "commit": commit_s,
        "created": result.created,
        "refused": preview.count("refused"),
        "duplicates": preview.count("duplicate"),
        "learners": before,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", nargs="?", type=Path, default=DEFAULT_DB)
    parser.add_argument("--rows", type=int, default=5000)
    args = parser.parse_args()
    source = ensure_database(args.database)
    rows = generated_rows(args.rows)
    with tempfile.TemporaryDirectory(prefix="bench-import-") as name:
        folder = Path(name)
        xlsx, csv_path = write_files(folder, rows)
        floors = {"xlsx": seconds(lambda: openpyxl_floor(xlsx))[0]}
        floors["csv"] = seconds(lambda: csv_floor(csv_path))[0]
        figures = {"xlsx": import_once(source, folder, xlsx)}
        figures["csv"] = import_once(source, folder, csv_path)
        db = folder / "bulk.sqlite3"
        shutil.copyfile(source, db)
        floors["insert"] = bulk_insert_floor(db, rows)
    print(f"Base : {source} (copiée) — {figures['xlsx']['learners']} apprenants au départ")
    print(f"{args.rows} lignes générées ({dt.date.today():%d/%m/%Y})")
    for kind, floor_label in (("xlsx", "lecture nue openpyxl"), ("csv", "lecture nue csv")):
        f = figures[kind]
        total = f["read"] + f["preview"] + f["commit"]
        print(
            f"{kind.upper():<5} total {total:6.2f} s (objectif < 10 s) : {f['created']} créés, "
            f"{f['duplicates']} doublons, {f['refused']} refusés"
        )
        print(
            f"    lecture  {f['read']:6.2f} s  | plancher {floors[kind]:6.2f} s ({floor_label}, "
            f"×{f['read'] / max(floors[kind], 1e-6):.1f})"
        )
        print(f"    aperçu   {f['preview']:6.2f} s  (règles de la fiche apprenant, doublons)")
        print(
            f"    écriture {f['commit']:6.2f} s  | plancher {floors['insert']:6.2f} s (INSERT en "
            f"masse SQLAlchemy nu, ×{f['commit'] / max(floors['insert'], 1e-6):.1f})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
