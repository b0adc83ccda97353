"""`formadesk qualiopi`: the figures of a period, or the evidence pack with --out."""

from __future__ import annotations

from formadesk.cli import main

from .core.qualiopi_factories import first_half_2026

PERIOD = ["--from", "01/01/2026", "--to", "30/06/2026"]


def test_without_out_the_figures_are_printed(office, db_path, capsys):
    first_half_2026(office)
    office.close()

    assert main(["qualiopi", "--db", str(db_path), *PERIOD]) == 0

    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Résultats Qualiopi — sessions terminées du 01/01/2026 au 30/06/2026"
    assert "Taux de satisfaction : 75\u00a0% (moyenne de 2 questionnaires notés)" in out
    assert "Causes des abandons : Motif non renseigné : 1 ; Raisons personnelles : 1" in out
    assert any(line.startswith("  CQP-VEN (RNCP35185) : 1 admis sur 2 présentés") for line in out)
    assert any("CQP-VEN" in line and "satisfaction —" in line for line in out)


def test_with_out_the_pack_is_written_and_what_is_missing_printed(
    office, db_path, tmp_path, capsys
):
    first_half_2026(office)
    office.close()

    code = main(["qualiopi", "--db", str(db_path), *PERIOD, "--out", str(tmp_path / "audit")])

    out = capsys.readouterr().out
    assert code == 0
    folder = tmp_path / "audit" / "Dossier Qualiopi du 01-01-2026 au 30-06-2026"
    assert (folder / "00-index.pdf").is_file()
    assert (tmp_path / "audit" / f"{folder.name}.zip").is_file()
    assert f"Dossier : {folder}" in out
    assert "Indicateur 26 : Référent handicap non renseigné" in out


def test_wrong_dates_and_folders_are_refused_in_french(office, db_path, read_only_folder, capsys):
    office.close()
    base = ["qualiopi", "--db", str(db_path)]
    assert main([*base, "--from", "31/02/2026", "--to", "30/06/2026"]) == 2
    assert "n'existe pas" in capsys.readouterr().err
    assert main([*base, "--from", "01/07/2026", "--to", "30/06/2026"]) == 1
    assert "avant son début" in capsys.readouterr().err
    assert main([*base, *PERIOD, "--out", str(read_only_folder / "audit")]) == 1
    assert "dossier" in capsys.readouterr().err
