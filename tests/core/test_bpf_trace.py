"""The rows behind a box of the BPF: they are its figure (count and sum), in French, and go
to Excel (the scenario of test_bpf_scenario)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from formadesk.core.errors import ValidationError

from .test_bpf_scenario import built, scenario  # noqa: F401 - fixtures

SPACES = str.maketrans("", "", " \u202f\u00a0€")


def cents(text: str) -> int:
    return int(Decimal(text.translate(SPACES).replace(",", ".")) * 100)


def minutes(text: str) -> int:
    """« 14 h », « 3 h 30 » -> minutes."""
    parts = text.replace("h", " ").split()
    return int(parts[0]) * 60 + (int(parts[1]) if len(parts) > 1 else 0)


def test_an_income_line_lists_its_invoice_lines(scenario):  # noqa: F811
    office, ids = scenario.office, scenario
    trace = office.bpf.trace(2025, "C2a")
    assert trace.title == "C-2 a — OPCO, contrats d'apprentissage"
    assert trace.columns[-1] == "Montant HT"
    (row,) = trace.rows
    assert row[1] == "10/03/2025" and row[2] == "Facture" and row[3] == "Akto"
    assert row[5] == "Hugo Martin"
    assert row[7] == "OPCO, dispositif « Apprentissage »"
    assert cents(row[8]) == 51750
    assert trace.session_ids == (ids.sessions["S1"],)

    c3 = office.bpf.trace(2025, "C3")
    assert [(r[2], cents(r[8])) for r in c3.rows] == [
        ("Facture", 69000),
        ("Avoir", -69000),
        ("Facture", 69000),
    ]
    assert all(r[3] == "Mairie de Lyon" for r in c3.rows)


def test_learners_trainers_and_costs_behind_their_boxes(scenario):  # noqa: F811
    office, ids = scenario.office, scenario
    f1a = office.bpf.trace(2025, "F1a")
    assert [(r[0], r[1], r[6]) for r in f1a.rows] == [
        ("Zoé Blanc", "Salarié(e)", "14 h"),
        ("Marie Colin", "Salarié(e)", "3 h 30"),
        ("Léa Durand", "Salarié(e)", "14 h"),
    ]
    assert f1a.session_ids == (ids.sessions["S3"], ids.sessions["S4"], ids.sessions["S1"])
    f2 = office.bpf.trace(2025, "F2")
    assert f2.columns[-1] == "Confiée à"
    assert {r[-1] for r in f2.rows} == {"Prévention Secours Rhône"}
    (nina,) = office.bpf.trace(2025, "G").rows
    assert (nina[0], nina[4]) == ("Nina Faure", "Formaplus")
    external = office.bpf.trace(2025, "Eexternes")
    s2, s3 = (office.sessions.get(ids.sessions[k]).code for k in ("S2", "S3"))
    assert sorted((r[0], r[1], r[3], r[4]) for r in external.rows) == sorted(
        [("Marc Dubois", s2, "4", "14 h"), ("Marc Dubois", s3, "4", "14 h")]  # 2025 only
    )
    (cost,) = office.bpf.trace(2025, "D2").rows
    assert cost[0] == "20/06/2025" and cost[3] == s2 and cents(cost[5]) == 200000
    unsaid = office.bpf.trace(2025, "F3:")
    assert unsaid.title == "F-3 — Objectif général non renseigné (à compléter)"
    assert [r[0] for r in unsaid.rows] == ["Zoé Blanc", "Tom Lenoir"]


def test_every_box_is_its_rows(scenario):  # noqa: F811
    office = scenario.office
    report = office.bpf.compute(2025)
    for section in report.sections:
        for line in section.lines:
            trace = office.bpf.trace(2025, line.box)
            if section.code in ("C", "D"):
                assert sum(cents(r[-1]) for r in trace.rows) == line.values[0], line.box
            elif section.code == "E":
                assert len({r[0] for r in trace.rows}) == line.values[0], line.box
                assert sum(minutes(r[-1]) for r in trace.rows) == line.values[1], line.box
            else:
                hours = trace.columns.index("Heures réalisées")
                assert len(trace.rows) == line.values[0], line.box
                assert sum(minutes(r[hours]) for r in trace.rows) == line.values[1], line.box


def test_an_unknown_box_is_refused_in_french(scenario):  # noqa: F811
    for box in ("Z9", "C12", "F3:licence", "F1z", ""):
        with pytest.raises(ValidationError) as error:
            scenario.office.bpf.trace(2025, box)
        assert "n'existe pas dans le BPF" in str(error.value)


def test_the_rows_of_a_box_go_to_excel_with_numbers_and_a_total(scenario, tmp_path):  # noqa: F811
    office = scenario.office
    path = office.bpf.export_trace(2025, "C3", tmp_path / "c3.xlsx")
    sheet = load_workbook(path).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][0] == "Atelier Test Formation"
    assert rows[1][0] == "C-3 — Pouvoirs publics pour la formation de leurs agents"
    assert rows[2][0] == "Exercice 2025, du 01/01/2025 au 31/12/2025"
    assert rows[4][0] == "Facture" and rows[4][-1] == "Montant HT"
    body = rows[5:8]
    assert [r[-1] for r in body] == [690, -690, 690]
    assert all(isinstance(r[1], dt.datetime) for r in body)
    assert rows[8][0] == "Total (3 lignes)" and rows[8][-1] == "=SUM(I6:I8)"
    f1 = load_workbook(office.bpf.export_trace(2025, "F1total", tmp_path / "f1.xlsx")).active
    values = [[c.value for c in row] for row in f1.iter_rows()]
    assert values[-1][0] == "Total (8 lignes)" and values[-1][-1] == "=SUM(G6:G13)"
    assert sum(r[-1] for r in values[5:13]) == pytest.approx(95.5)
