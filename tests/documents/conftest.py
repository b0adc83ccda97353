"""A real database in tmp_path with one organisation, course, session and its learners."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from formadesk.core.changes import Change, ChangeBus
from formadesk.core.db import Database
from formadesk.core.documents.service import DocumentService
from formadesk.core.model import (
    Client,
    Course,
    CourseObjective,
    Enrollment,
    Funder,
    FundingLine,
    Learner,
    Organisation,
    Room,
    SessionTrainer,
    Setting,
    Slot,
    Trainer,
    TrainingSession,
)
from formadesk.core.services.exports import ExportService
from formadesk.core.validation import normalise_search


@dataclass
class Desk:
    """What a test needs: the database, the change bus, the services and what they emitted."""

    database: Database
    changes: ChangeBus
    documents: DocumentService
    exports: ExportService
    emitted: list[Change]
    docs_dir: Path


def _open(path: Path) -> tuple[Database, ChangeBus, object]:
    try:
        from formadesk.core.office import Office

        office = Office.open(path, create=True)
        return office.database, office.changes, office
    except ImportError:  # the facade's services are not all there yet
        from formadesk.core import migrations
        from formadesk.core.db import DatabaseLock, make_engine

        bare = path.with_name("bare-" + path.name)
        lock = DatabaseLock(bare)
        lock.acquire()
        engine = make_engine(bare)
        with engine.begin() as conn:
            migrations.upgrade(conn)
        return Database(bare, engine, lock), ChangeBus(), None


@pytest.fixture
def desk(tmp_path, monkeypatch) -> Desk:
    docs_dir = tmp_path / "Documents"
    monkeypatch.setenv("FORMADESK_DOCUMENTS_DIR", str(docs_dir))
    monkeypatch.setenv("FORMADESK_TEMPLATES_DIR", str(tmp_path / "modeles"))
    database, changes, office = _open(tmp_path / "t.sqlite3")
    emitted: list[Change] = []
    changes.subscribe(emitted.append)
    yield Desk(
        database,
        changes,
        DocumentService(database, changes),
        ExportService(database),
        emitted,
        docs_dir,
    )
    if office is not None:
        office.close(backup_if_changed=False)
    else:
        database.close()


def learner(last: str, first: str, civility: str = "Mme", **fields) -> Learner:
    text = normalise_search(f"{last} {first} {fields.get('email', '')} {fields.get('city', '')}")
    return Learner(civility=civility, last_name=last, first_name=first, search_text=text, **fields)


@pytest.fixture
def seeded(desk: Desk) -> dict[str, int]:
    """Session 2026-EXCEL-INT-003 on Monday 7 and Tuesday 8 December 2026, three learners."""
    with desk.database.unit_of_work() as s:
        org = s.scalar(select(Organisation)) or Organisation()
        s.add(org)
        org.name, org.address, org.postal_code, org.city = (
            "Atelier Formation Conseil",
            "12 rue de la République",
            "69002",
            "Lyon",
        )
        org.phone, org.email = "04 78 00 00 00", "contact@afc-formation.fr"
        org.siret, org.nda, org.nda_region = "12345678900012", "84691234569", "Auvergne-Rhône-Alpes"
        org.signatory_name, org.signatory_title = "Sophie Garnier", "Directrice"
        org.disability_referent_name = "Karim Benali"
        org.disability_referent_email = "handicap@afc-formation.fr"
        org.disability_referent_phone = "04 78 00 00 09"
        # Invoices say « par virement »: the office gives its IBAN (else they are refused).
        s.add(Setting(key="billing.iban", value="FR7630006000011234567890189"))
        course = Course(
            code="EXCEL-INT",
            title="Excel intermédiaire : tableaux croisés dynamiques",
            duration_minutes=840,
        )
        course.objectives = [
            CourseObjective(position=1, text="Construire un tableau croisé dynamique"),
            CourseObjective(position=2, text="Créer des graphiques croisés"),
        ]
        room = Room(name="Salle Lovelace", site="Lyon Part-Dieu", address="5 place Béraudier")
        trainer = Trainer(first_name="Claire", last_name="Martin")
        session = TrainingSession(
            code="2026-EXCEL-INT-003",
            course=course,
            start_date=dt.date(2026, 12, 7),
            end_date=dt.date(2026, 12, 8),
            place="5 place Béraudier, 69003 Lyon",
            access_info="Métro B, arrêt Gare Part-Dieu ; 2e étage, accès de plain-pied.",
            what_to_bring="Un ordinateur portable avec Excel\nDe quoi prendre des notes",
        )
        s.add_all([course, room, trainer, session])
        s.flush()
        for day in (7, 8):
            for start, end in ((dt.time(9), dt.time(12, 30)), (dt.time(13, 30), dt.time(17))):
                s.add(
                    Slot(
                        session_id=session.id,
                        date=dt.date(2026, 12, day),
                        start_time=start,
                        end_time=end,
                        room_id=room.id,
                    )
                )
        s.add(SessionTrainer(session_id=session.id, trainer_id=trainer.id))
        client = Client(name="Boulangerie Émile & Fils")
        opco = Funder(
            name="OPCO Atlas", address="1 place Bellecour", postal_code="69002", city="Lyon"
        )
        helene = learner(
            "Lefèvre",
            "Hélène",
            address="3 allée des Châtaigniers",
            postal_code="69100",
            city="Villeurbanne",
            birth_date=dt.date(1985, 3, 14),
            email="helene.lefevre@example.fr",
        )
        marc = learner("N'Diaye", "Marc", civility="M.", city="Lyon")
        gone = learner("Zidane", "Zoé", city="Bron")
        s.add_all([client, opco, helene, marc, gone])
        s.flush()
        e1 = Enrollment(
            session_id=session.id,
            learner_id=helene.id,
            client_id=client.id,
            status="inscrit",
            enrolled_on=dt.date(2026, 10, 2),
        )
        e2 = Enrollment(
            session_id=session.id, learner_id=marc.id, status="preinscrit", funding_scheme="cpf"
        )
        e3 = Enrollment(session_id=session.id, learner_id=gone.id, status="annule")
        s.add_all([e1, e2, e3])
        s.flush()
        s.add(
            FundingLine(
                enrollment_id=e1.id, funder_id=opco.id, amount_cents=90000, status="accordee"
            )
        )
        return {
            "session": session.id,
            "helene": e1.id,
            "marc": e2.id,
            "cancelled": e3.id,
            "helene_learner": helene.id,
            "course": course.id,
        }
