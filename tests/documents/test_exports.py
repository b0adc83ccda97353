"""Excel exports as the office opens them: headers, accents, real dates, session columns."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from openpyxl import load_workbook

from formadesk.core.errors import NotFoundError
from formadesk.core.model import Learner
from formadesk.core.validation import normalise_search


def read(path):
    book = load_workbook(path)
    return book, [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]


def test_all_learners_with_accents_real_dates_and_a_frozen_bold_header(desk, seeded, tmp_path):
    out = desk.exports.learners_xlsx(tmp_path / "apprenants.xlsx")

    book, rows = read(out)
    sheet = book.worksheets[0]
    assert rows[0][:4] == ["Nom", "Prénom", "Civilité", "Date de naissance"]
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.b
    assert [r[0] for r in rows[1:]] == ["Lefèvre", "N'Diaye", "Zidane"]
    helene = rows[1]
    assert helene[1] == "Hélène" and helene[8] == "Villeurbanne" and helene[9] == "Salarié(e)"
    assert helene[3] == dt.datetime(1985, 3, 14)  # a real date, shown as 14/03/1985
    assert sheet["D2"].number_format == "DD/MM/YYYY"
    assert sheet.auto_filter.ref == "A1:M4"
    about = [r for r in book["Informations"].iter_rows(values_only=True) if any(r)]
    assert about[0][0] == "Atelier Formation Conseil"
    assert ("Nombre de lignes", 3) in about
    assert {r[0] for r in about} >= {"Exporté le", "Filtre", "Contenu"}
    assert list(tmp_path.glob(".*")) == []  # no temporary file left


def test_text_filter_ignores_accents_and_case(desk, seeded, tmp_path):
    out = desk.exports.learners_xlsx(tmp_path / "f.xlsx", text="  HÉLÈNE lefevre ")
    _, rows = read(out)
    assert [r[:2] for r in rows[1:]] == [["Lefèvre", "Hélène"]]
    _, rows = read(desk.exports.learners_xlsx(tmp_path / "g.xlsx", text="100%_"))
    assert rows[1:] == []  # % and _ are searched as text, not as wildcards


def test_session_export_adds_enrollment_client_and_funding(desk, seeded, tmp_path):
    out = desk.exports.learners_xlsx(tmp_path / "session.xlsx", session_id=seeded["session"])

    book, rows = read(out)
    header = rows[0]
    assert header[-5:] == ["Inscription", "Inscrit(e) le", "Client", "Financement", "Financeurs"]
    by_name = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    assert set(by_name) == {"Lefèvre", "N'Diaye", "Zidane"}
    helene = by_name["Lefèvre"]
    assert helene["Inscription"] == "Inscrit(e)"
    assert helene["Inscrit(e) le"] == dt.datetime(2026, 10, 2)
    assert helene["Client"] == "Boulangerie Émile & Fils"
    assert helene["Financement"] == "Plan de développement des compétences"
    assert helene["Financeurs"] == "OPCO Atlas"
    assert by_name["N'Diaye"]["Financement"] == "CPF"
    assert by_name["Zidane"]["Inscription"] == "Annulé(e)"
    assert (
        "2026-EXCEL-INT-003"
        in dict(
            r[:2] for r in book["Informations"].iter_rows(values_only=True) if r and len(r) > 1
        )["Contenu"]
    )
    with pytest.raises(NotFoundError):
        desk.exports.learners_xlsx(tmp_path / "x.xlsx", session_id=999_999)


@pytest.mark.slow
def test_thirty_thousand_learners_export_quickly(desk, tmp_path):
    with desk.database.unit_of_work() as s:
        s.execute(
            Learner.__table__.insert(),
            [
                {
                    "last_name": f"Élève{i:05d}",
                    "first_name": "Zoë",
                    "civility": "",
                    "birth_date": dt.date(1990, 1, 1) + dt.timedelta(days=i % 9000),
                    "search_text": normalise_search(f"eleve{i:05d} zoe"),
                    "status": "salarie",
                }
                for i in range(30_000)
            ],
        )
    started = time.perf_counter()
    out = desk.exports.learners_xlsx(tmp_path / "big.xlsx")
    elapsed = time.perf_counter() - started
    book = load_workbook(out, read_only=True)
    assert sum(1 for _ in book.worksheets[0].iter_rows(values_only=True)) == 30_001
    assert elapsed < 30, f"export took {elapsed:.1f} s"
