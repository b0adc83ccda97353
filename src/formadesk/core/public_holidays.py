"""French public holidays (« jours fériés »), from the ``holidays`` library, kept in a cache file.

Asking the library builds its registry of every country (about 280 modules, 0.1 s) in each new
process: the first planning check, the first « Générer les demi-journées » and the first search
for a free room used to wait for it. The days of a year only change with the library (a new law
reaches it as a new version), so the answer is kept per library version in the user's cache
folder and read back in a millisecond. A missing, stale or damaged cache file is rebuilt from
the library; a cache that cannot be written costs only the time it would have saved.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import logging
import re
from collections.abc import Iterable
from pathlib import Path

import platformdirs

from . import paths
from .files import atomic_path

log = logging.getLogger(__name__)

CACHE_FORMAT = "fr-1"  # French names, holidays.France(years=…, subdiv=…); change if that does
REGIONS = ("", "57", "6AE")  # France, Moselle, Alsace (« Alsace-Moselle » adds two days)
_memory: dict[tuple[str, int], dict[dt.date, str]] = {}
_version: str | None = None


def public_holidays(years: Iterable[int], region: str = "") -> dict[dt.date, str]:
    """The public holidays of these years, date → French name; ``region`` "57" or "6AE" adds
    the days of Alsace-Moselle."""
    if region not in REGIONS:
        raise ValueError(f"unknown holiday region: {region!r}")
    wanted = sorted(set(years))
    missing = [year for year in wanted if (region, year) not in _memory]
    if missing:
        _load(region, missing)
    days: dict[dt.date, str] = {}
    for year in wanted:
        days.update(_memory[(region, year)])
    return days


def cache_file() -> Path:
    return Path(platformdirs.user_cache_dir(paths.APP, appauthor=False)) / "jours-feries.json"


def library_version() -> str:
    """The ``holidays`` version, read from its files (importing it is the cost avoided), else
    from its installed metadata; "" when neither says it (nothing is then cached: an update
    of the library, a new law, must never be hidden by an old cache)."""
    global _version
    if _version is None:
        text = ""
        spec = importlib.util.find_spec("holidays")
        if spec is not None and spec.origin:
            try:
                text = Path(spec.origin).with_name("version.py").read_text(encoding="utf-8")
            except OSError:  # inside an archive (the standalone build)
                text = ""
        found = re.search(r"__version__\s*=\s*[\"']([^\"']+)[\"']", text)
        _version = found.group(1) if found else _installed_version()
    return _version


def _installed_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("holidays")
    except metadata.PackageNotFoundError:
        return ""


def _cache_key() -> str:
    """What the cached days depend on: the library's version and how it is asked."""
    version = library_version()
    return f"{CACHE_FORMAT}/{version}" if version else ""


def _load(region: str, years: list[int]) -> None:
    cached = _read_cache()
    still = []
    for year in years:
        days = cached.get(f"{region}|{year}")
        try:
            _memory[(region, year)] = {dt.date.fromisoformat(d): str(n) for d, n in days.items()}
        except (AttributeError, TypeError, ValueError):  # not there, or damaged
            still.append(year)
    if not still:
        return
    import holidays  # the slow part, once per library version and year

    for year in still:
        found = holidays.France(years=year, language="fr", subdiv=region or None)
        _memory[(region, year)] = dict(sorted(found.items()))
        cached[f"{region}|{year}"] = {d.isoformat(): n for d, n in _memory[(region, year)].items()}
    _write_cache(cached)


def _read_cache() -> dict[str, dict[str, str]]:
    try:
        content = json.loads(cache_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    key = _cache_key()
    if not key or not isinstance(content, dict) or content.get("version") != key:
        return {}
    years = content.get("years")
    if not isinstance(years, dict) or not all(isinstance(v, dict) for v in years.values()):
        return {}
    return years


def _write_cache(years: dict[str, dict[str, str]]) -> None:
    target, key = cache_file(), _cache_key()
    if not key:
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(target) as temporary:
            temporary.write_text(
                json.dumps({"version": key, "years": years}, ensure_ascii=False),
                encoding="utf-8",
            )
    except OSError as exc:  # a read-only cache folder: the next process asks the library again
        log.info("Cache des jours fériés non écrit (%s) : %s", target, exc)
