"""Enrolling several learners at once, with the client, scheme and funder proposed."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from formadesk.core.errors import BusinessRuleError
from formadesk.core.model import Enrollment, FundingLine
from formadesk.core.services.enrollment_batch import scheme_for_status
from formadesk.core.services.parties import ClientData
from formadesk.core.services.planning import ConfirmationNeeded
from tests.core.factories import make_course, make_learner, make_session

SIRET = "73282932000074"
EMPLOYER = {"employer_name": "Boulangerie Émile", "employer_siret": SIRET}


def funder(office, name: str = "Atlas") -> int:
    return next(f.id for f in office.parties.funders() if f.name == name)


def enrollment_count(office) -> int:
    with office.database.reading() as s:
        return s.scalar(select(func.count()).select_from(Enrollment))


@pytest.mark.parametrize(
    ("status", "scheme"),
    [
        ("salarie", "plan"),
        ("demandeur_emploi", "demandeur_emploi"),
        ("apprenti", "apprentissage"),
        ("particulier", "personnel"),
        ("autre", "autre"),
    ],
)
def test_the_scheme_follows_the_learner_status(status, scheme):
    assert scheme_for_status(status) == scheme


def test_the_employer_by_siret_and_its_opco_are_proposed(office):
    # Entered before the client existed: not linked, found by the employer's SIRET.
    apprentice = make_learner(office, "Durand", "Zoé", status="apprenti", **EMPLOYER)
    client = office.parties.save_client(ClientData(name="Boulangerie Émile", siret=SIRET))
    session_id = make_session(office, make_course(office))
    earlier = make_learner(office, "Martin", "Paul", **EMPLOYER)
    office.enrollments.enroll(
        session_id=session_id, learner_id=earlier, client_id=client, funder_id=funder(office)
    )

    proposed = office.enrollments.suggestion(apprentice)
    assert (proposed.client_id, proposed.client_label) == (client, "Boulangerie Émile")
    assert proposed.funding_scheme == "apprentissage"
    assert proposed.funder_id == funder(office)

    alone = office.enrollments.suggestion(make_learner(office, "Petit", status="particulier"))
    assert (alone.client_id, alone.funder_id, alone.funding_scheme) == (None, None, "personnel")


def test_three_learners_enrolled_at_once_with_the_funder_in_subrogation(office):
    session_id = make_session(office, make_course(office))
    learners = [make_learner(office, name) for name in ("Martin", "Petit", "Durand")]
    ids = office.enrollments.enroll_many(
        session_id,
        learners,
        funder_id=funder(office),
        subrogation=True,
        agreement_number=" PEC-2027-118 ",
        funding_status="demandee",
        funder_amount_cents=50000,
        discount_cents=4000,
    )
    assert len(ids) == 3
    with office.database.reading() as s:
        lines = s.scalars(select(FundingLine).order_by(FundingLine.id)).all()
        rows = s.scalars(select(Enrollment).order_by(Enrollment.id)).all()
        assert [line.enrollment_id for line in lines] == ids
        assert {(x.subrogation, x.agreement_number, x.status, x.amount_cents) for x in lines} == {
            (True, "PEC-2027-118", "demandee", 50000)
        }
        assert {(r.price_cents, r.discount_cents, r.funding_scheme) for r in rows} == {
            (69000, 4000, "plan")
        }


def test_each_learner_gets_their_own_client_and_scheme_unless_one_is_given(office):
    client = office.parties.save_client(ClientData(name="Boulangerie Émile", siret=SIRET))
    session_id = make_session(office, make_course(office))
    employee = make_learner(office, "Martin", **EMPLOYER)
    jobseeker = make_learner(office, "Petit", status="demandeur_emploi")
    office.enrollments.enroll_many(session_id, [employee, jobseeker])
    rows = {r.learner_id: r for r in office.enrollments.for_session(session_id)}
    assert (rows[employee].client_name, rows[employee].funding_scheme) == (
        "Boulangerie Émile",
        "plan",
    )
    assert (rows[jobseeker].client_name, rows[jobseeker].funding_scheme) == (
        "",
        "demandeur_emploi",
    )
    other = make_session(office, make_course(office, "WORD"))  # at the same hours
    with pytest.raises(ConfirmationNeeded, match="deux créneaux simultanés"):
        office.enrollments.enroll_many(other, [jobseeker], client_id=client)
    assert office.enrollments.for_session(other) == []
    office.enrollments.enroll_many(
        other, [jobseeker], client_id=client, funding_scheme="cpf", confirm=True
    )
    [row] = office.enrollments.for_session(other)
    assert (row.client_name, row.funding_scheme) == ("Boulangerie Émile", "cpf")


def test_more_learners_than_free_places_writes_nothing(office):
    session_id = make_session(office, make_course(office), places=4)
    office.enrollments.enroll(session_id=session_id, learner_id=make_learner(office, "Roux"))
    learners = [make_learner(office, n) for n in ("Martin", "Petit", "Durand", "Moreau", "Blanc")]
    with pytest.raises(BusinessRuleError) as refused:
        office.enrollments.enroll_many(session_id, learners)
    assert str(refused.value) == (
        "3 places libres pour 5 apprenants : inscrivez les autres en liste d'attente "
        "ou augmentez le nombre de places."
    )
    assert enrollment_count(office) == 1
    waiting = office.enrollments.enroll_many(session_id, learners, status="liste_attente")
    assert len(waiting) == 5


def test_one_learner_already_enrolled_aborts_the_batch_naming_them(office):
    session_id = make_session(office, make_course(office))
    petit = make_learner(office, "Petit", "Jeanne")
    office.enrollments.enroll(session_id=session_id, learner_id=petit)
    others = [make_learner(office, "Martin"), make_learner(office, "Durand")]
    with pytest.raises(BusinessRuleError, match="PETIT Jeanne"):
        office.enrollments.enroll_many(session_id, [others[0], petit, others[1]])
    assert enrollment_count(office) == 1


def test_a_refusal_in_the_middle_of_the_batch_rolls_back_the_first_ones(office):
    session_id = make_session(office, make_course(office))
    learners = [make_learner(office, "Martin"), make_learner(office, "Durand")]
    with pytest.raises(Exception, match="La remise dépasse le prix"):
        office.enrollments.enroll_many(session_id, learners, discount_cents=99999999)
    assert enrollment_count(office) == 0
