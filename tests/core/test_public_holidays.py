"""Public holidays come from the ``holidays`` library once per version, then from a cache file."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from formadesk.core import public_holidays as ph


@pytest.fixture
def fresh(monkeypatch):
    """No day known in this process yet (the cache file lives in the test's own folder)."""
    monkeypatch.setattr(ph, "_memory", {})
    return ph


def test_the_days_and_their_french_names_with_alsace_moselle(fresh):
    france = fresh.public_holidays([2026])
    assert france[dt.date(2026, 7, 14)] == "Fête nationale"
    assert france[dt.date(2026, 5, 25)] == "Lundi de Pentecôte"
    assert dt.date(2026, 12, 26) not in france
    moselle = fresh.public_holidays([2026, 2027], "57")
    assert moselle[dt.date(2026, 12, 26)] == "Saint-Étienne"
    assert moselle[dt.date(2027, 3, 26)] == "Vendredi saint"
    assert dt.date(2027, 1, 1) in moselle and len(moselle) == len(france) * 2 + 4


def test_a_second_process_reads_the_cache_without_importing_the_library(fresh):
    days = fresh.public_holidays([2031], "6AE")
    key = json.loads(fresh.cache_file().read_text(encoding="utf-8"))["version"]
    assert key == f"{fresh.CACHE_FORMAT}/{fresh.library_version()}" and fresh.library_version()
    probe = (
        "import sys, datetime as dt\n"
        "from formadesk.core.public_holidays import public_holidays\n"
        "days = public_holidays([2031], '6AE')\n"
        "print(len(days), days[dt.date(2031, 12, 26)], 'holidays' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    ).stdout.split()
    assert out == [str(len(days)), "Saint-Étienne", "False"]


def test_a_damaged_or_stale_cache_is_rebuilt_from_the_library(fresh, monkeypatch):
    fresh.cache_file().parent.mkdir(parents=True, exist_ok=True)
    fresh.cache_file().write_text("{ pas du json", encoding="utf-8")
    assert fresh.public_holidays([2026])[dt.date(2026, 11, 11)] == "Armistice"
    content = json.loads(fresh.cache_file().read_text(encoding="utf-8"))
    content["years"]["|2026"] = {"2026-11-11": "Jour inventé"}
    content["version"] = "0.0-ancienne"
    fresh.cache_file().write_text(json.dumps(content), encoding="utf-8")
    monkeypatch.setattr(ph, "_memory", {})
    assert fresh.public_holidays([2026])[dt.date(2026, 11, 11)] == "Armistice"


def test_a_cache_folder_that_cannot_be_written_costs_only_time(fresh, monkeypatch, tmp_path):
    blocker = tmp_path / "un-fichier"
    blocker.write_text("pas un dossier")
    monkeypatch.setattr(ph, "cache_file", lambda: blocker / "jours-feries.json")
    assert dt.date(2026, 8, 15) in fresh.public_holidays([2026])
    with pytest.raises(ValueError):
        fresh.public_holidays([2026], "75")


def test_without_a_known_library_version_nothing_is_cached(fresh, monkeypatch):
    """The standalone build keeps the library in an archive: when no version can be read, the
    days come from the library each time, never from a cache an update could make stale."""
    monkeypatch.setattr(ph, "_version", "")
    assert fresh.public_holidays([2029])[dt.date(2029, 7, 14)] == "Fête nationale"
    assert not fresh.cache_file().exists()
