"""Shared fixtures of the GUI tests: a real temporary database, the change signal, learners."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from formadesk.core.model import Learner  # noqa: E402
from formadesk.core.office import Office  # noqa: E402
from formadesk.core.services.learners import LearnerData, search_text_of  # noqa: E402
from formadesk.gui.bus import ChangeSignal  # noqa: E402
from formadesk.gui.widgets.inputs import install_date_checks  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """QSettings (window geometry, last database) go to a temporary folder, not the user's."""
    QCoreApplication.setOrganizationName("FormadeskTests")
    QCoreApplication.setApplicationName("FormadeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = str(tmp_path_factory.mktemp("settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)


@pytest.fixture(scope="session", autouse=True)
def date_checks(qapp) -> None:
    """As in the application (configure_application): every date field checks what is typed."""
    install_date_checks(qapp)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "bureau.sqlite3"


@pytest.fixture
def office(db_path: Path, empty_database: Path) -> Iterator[Office]:
    """A new office of its own: a copy of the migrated template (with its IBAN: invoices say
    « par virement »), quicker than migrating a new file for every test."""
    shutil.copyfile(empty_database, db_path)
    office = Office.open(db_path)
    yield office
    office.close(backup_if_changed=False)  # a no-op when a window already closed it


@pytest.fixture
def bus(office: Office, qapp) -> ChangeSignal:
    return ChangeSignal(office)


@pytest.fixture
def add_learner(office: Office) -> Callable[..., int]:
    """Create one learner through the service: ``add_learner("Lefèvre", "Hélène", city=...)``."""

    def add(last_name: str, first_name: str, **fields) -> int:
        return office.learners.save(
            LearnerData(last_name=last_name, first_name=first_name, **fields)
        )

    return add


@pytest.fixture
def many_learners(office: Office) -> Callable[[int], None]:
    """Insert ``n`` generated learners in one transaction (fast setup for list tests)."""

    def add_many(n: int) -> None:
        rows = []
        for i in range(n):
            data = LearnerData(
                last_name=f"Nom{i:05d}",
                first_name=f"Prénom{n - i:05d}",
                birth_date=dt.date(1970, 1, 1) + dt.timedelta(days=i % 9000),
                city="Lyon" if i % 2 else "Annecy",
            )
            row = {k: v for k, v in vars(data).items() if k != "id"}
            rows.append({**row, "search_text": search_text_of(data)})
        with office.database.unit_of_work() as s:
            s.execute(insert(Learner), rows)

    return add_many
