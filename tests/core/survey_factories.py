"""A finished session with every kind of respondent, for the satisfaction questionnaire tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from formadesk.core.office import Office
from formadesk.core.services.organisation import OrganisationData
from formadesk.core.services.parties import ClientData, FunderData
from formadesk.core.services.resource_records import TrainerData

from .factories import make_course, make_learner, make_session

START = dt.date(2026, 3, 2)  # ended on 3 March 2026, months before the tests' today
END = START + dt.timedelta(days=1)


@dataclass
class Surveyed:
    office: Office
    session_id: int
    enrollments: dict[str, int]  # last name -> enrollment id
    client_id: int
    funder_id: int
    trainer_id: int


def finished_session(office: Office) -> Surveyed:
    """Session 2-3 March 2026: Lefèvre (e-mail), Martin (e-mail), Petit (no e-mail, dropped
    out), all sent by « Boulangerie Émile & Fils » and funded by « OPCO Atlas »; trainer Anne
    Bernard."""
    data = office.organisation.get()
    office.organisation.update(
        OrganisationData(
            **{**data.__dict__, "name": "Formations du Lac", "email": "contact@lac.fr"}
        )
    )
    session_id = make_session(office, make_course(office), start=START)
    client = office.parties.save_client(
        ClientData(name="Boulangerie Émile & Fils", siret="44298176700019", email="rh@emile.fr")
    )
    opco = office.parties.save_funder(
        FunderData(name="OPCO Atlas", kind="opco", email="suivi@atlas.fr")
    )
    enrollments = {}
    for last, first, email, status in (
        ("Lefèvre", "Hélène", "helene.lefevre@example.fr", "termine"),
        ("Martin", "Hugo", "hugo.martin@example.fr", "termine"),
        ("Petit", "Inès", "", "abandon"),
    ):
        learner = make_learner(office, last, first, email=email)
        enrollment = office.enrollments.enroll(
            session_id=session_id, learner_id=learner, client_id=client, funder_id=opco,
            confirm=True,
        )  # fmt: skip
        office.enrollments.set_status(enrollment, status, reason="Raisons personnelles")
        enrollments[last] = enrollment
    slots = [slot.id for slot in office.sessions.get(session_id).slots]
    trainer = office.resources.save_trainer(
        TrainerData(last_name="Bernard", first_name="Anne", email="anne.bernard@example.fr")
    )
    office.planning.assign_trainers(slots, [trainer], confirm=True)
    return Surveyed(office, session_id, enrollments, client, opco, trainer)
