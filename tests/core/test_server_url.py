"""Addresses of a base on the server: told from a file, and never shown with a password."""

from __future__ import annotations

import pytest

from formadesk.core import paths
from formadesk.core.errors import DatabaseOpenError, FormadeskError
from formadesk.core.server import parse_url
from formadesk.core.server_url import is_server_url, safe_url


def test_a_server_address_is_told_from_a_file():
    assert is_server_url("postgresql://anne@srv-bureau/formadesk")
    assert is_server_url("  POSTGRES://anne@srv-bureau/formadesk")
    assert not is_server_url("/home/anne/formadesk.sqlite3")
    assert not is_server_url("postgresql.sqlite3")
    assert not is_server_url(None)


def test_the_password_is_never_shown_or_remembered():
    assert safe_url("postgresql://anne:s3cret@srv-bureau:5433/formadesk") == (
        "postgresql://anne@srv-bureau:5433/formadesk"
    )
    assert safe_url("postgres://srv-bureau/formadesk") == "postgresql://srv-bureau/formadesk"
    assert "s3cret" not in safe_url("postgresql://anne:s3cret@[::1]/formadesk")


def test_an_address_without_a_base_is_refused_in_french():
    with pytest.raises(DatabaseOpenError, match="ne nomme pas de base") as error:
        parse_url("postgresql://anne:s3cret@srv-bureau")
    assert "s3cret" not in str(error.value)
    assert parse_url("postgres://anne@srv/formadesk").drivername == "postgresql+psycopg"


def test_formadesk_db_may_name_a_server(monkeypatch):
    monkeypatch.setenv("FORMADESK_DB", "postgresql://anne@srv-bureau/formadesk")
    assert paths.default_database_path() == "postgresql://anne@srv-bureau/formadesk"


@pytest.mark.parametrize(
    "typed",
    ["mysql://anne@srv/formadesk", "postgresql:/anne@srv/formadesk", "localhost:5432/formadesk"],
)
def test_a_mistyped_address_is_refused_not_taken_for_a_file(typed, capsys, tmp_path, monkeypatch):
    from formadesk import cli

    monkeypatch.chdir(tmp_path)
    assert cli.main(["check", "--db", typed]) == 1
    assert (
        "n'est ni un fichier de base ni une adresse de serveur reconnue" in capsys.readouterr().err
    )
    assert list(tmp_path.iterdir()) == []  # no folder « postgresql: » made


def test_a_port_that_is_no_number_is_said(capsys):
    from formadesk import cli

    assert cli.main(["check", "--db", "postgresql://anne@srv:abc/formadesk"]) == 1
    assert "le port, après « : », doit être un nombre" in capsys.readouterr().err


def test_moving_to_a_name_that_is_neither_an_address_nor_a_base_file_is_refused(office, tmp_path):
    from formadesk.core.transfer import copy_office

    with pytest.raises(FormadeskError, match="ni une adresse postgresql://… ni un fichier"):
        copy_office(office.location, tmp_path / "fdtrial_bureau")
    assert not (tmp_path / "fdtrial_bureau").exists()
