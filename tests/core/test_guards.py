"""The write guard: whatever service writes, the model's limits hold and nothing half-written."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from formadesk.core.errors import FormadeskError, ValidationError
from formadesk.core.services.catalogue import CourseData
from formadesk.core.services.learners import LearnerData
from formadesk.core.services.parties import FunderData
from formadesk.core.services.resource_records import RoomData
from formadesk.core.services.sessions import SessionData, half_day_slots

from .factories import make_course, make_learner, make_session


def test_a_10000_character_name_is_refused_with_the_field_named(office):
    with pytest.raises(ValidationError) as caught:
        office.learners.save(LearnerData(last_name="A" * 10_000, first_name="Hélène"))
    assert "Le nom : 10\u202f000 caractères, c'est trop (100 au plus)" in str(caught.value)
    assert "last_name" in caught.value.errors
    assert office.learners.count() == 0


def test_100000_characters_in_a_programme_are_refused(office):
    data = CourseData(code="LONG", title="Long", duration_minutes=60, programme="x" * 100_000)
    with pytest.raises(ValidationError, match="Le programme : 100\u202f000 caractères, c'est trop"):
        office.courses.save(data)
    assert office.courses.list() == []


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x0b"])
def test_control_characters_are_refused_in_learner_fields(office, char):
    with pytest.raises(ValidationError, match="La ville : un caractère invisible interdit"):
        office.learners.save(LearnerData(last_name="Durand", first_name="Léa", city=f"Ly{char}on"))
    assert office.learners.count() == 0


def test_the_learner_export_survives_a_pasted_control_character(office, tmp_path):
    """A learner with VT in the city used to be saved, then broke every Excel export."""
    with pytest.raises(ValidationError):
        make_learner(office, "Martin", "Paul", city="Lyon\x0b")
    make_learner(office, notes="Première ligne\nseconde ligne\tavec tabulation")
    path = office.exports.learners_xlsx(tmp_path / "apprenants.xlsx")
    sheet = openpyxl.load_workbook(path).active
    assert sheet.max_row == 2


def test_a_line_break_in_a_single_line_field_is_refused(office):
    with pytest.raises(
        ValidationError, match="Le prénom : retour à la ligne et tabulation sont interdits"
    ):
        office.learners.save(LearnerData(last_name="Durand", first_name="Léa\nMarie"))


def test_a_birth_year_0001_or_a_session_in_9999_is_refused(office):
    course_id = make_course(office)
    with pytest.raises(FormadeskError, match="l'année 9999 n'est pas plausible"):
        office.sessions.save(
            SessionData(
                course_id=course_id, start_date=dt.date(9999, 1, 4), end_date=dt.date(9999, 1, 4)
            )
        )
    assert office.sessions.list() == []


def test_a_price_of_99_999_999_999_euros_is_refused(office):
    data = CourseData(code="CHER", title="Cher", duration_minutes=60, price_cents=9_999_999_999_900)
    with pytest.raises(ValidationError, match="Le prix inter dépasse le maximum accepté"):
        office.courses.save(data)
    assert office.courses.list() == []


def test_the_guard_bounds_amounts_whatever_service_writes():
    """The last line: an amount no service checked is still refused before SQLite."""
    from formadesk.core.guards import problem
    from formadesk.core.model import InvoiceLine

    column = InvoiceLine.__table__.c.unit_price_cents
    assert "dépasse le maximum accepté" in problem(column, 9_999_999_999_900)
    assert problem(column, -69_000) is None  # a credit note's line is negative
    assert "beaucoup trop grand" in problem(column, 2**64)


def test_integers_beyond_64_bits_never_crash(office):
    course_id = make_course(office)
    session_id = make_session(office, course_id)
    huge = 2**63
    calls = [
        lambda: office.courses.get(huge),
        lambda: office.sessions.get(huge),
        lambda: office.learners.get(huge),
        lambda: office.enrollments.enroll(session_id=session_id, learner_id=huge),
        lambda: office.enrollments.enroll(session_id=huge, learner_id=1),
        lambda: office.courses.save(CourseData(code="GROS", title="Gros", duration_minutes=huge)),
    ]
    for call in calls:
        with pytest.raises(FormadeskError):
            call()


def test_a_funder_with_a_nul_in_its_name_is_refused(office):
    before = office.parties.funders()
    with pytest.raises(
        ValidationError, match="Le nom : un caractère invisible interdit \\(U\\+0000\\)"
    ):
        office.parties.save_funder(FunderData(name="OPCO\x00", kind="opco"))
    assert office.parties.funders() == before


def test_negative_prices_and_funder_amounts_are_refused(office):
    with pytest.raises(ValidationError, match="Le prix inter ne peut pas être négatif"):
        office.courses.save(
            CourseData(code="NEG", title="Négatif", duration_minutes=60, price_cents=-1)
        )
    session_id = make_session(office, make_course(office))
    learner_id = make_learner(office)
    funder_id = office.parties.save_funder(FunderData(name="OPCO Atlas", kind="opco"))
    with pytest.raises(ValidationError, match="financeur ne peut pas être négatif"):
        office.enrollments.enroll(
            session_id=session_id,
            learner_id=learner_id,
            funder_id=funder_id,
            funder_amount_cents=-5000,
        )
    assert office.enrollments.for_session(session_id) == []


def test_ids_that_do_not_exist_are_named_in_french(office):
    session_id = make_session(office, make_course(office))
    learner_id = make_learner(office)
    with pytest.raises(FormadeskError, match="Le client n° 999 n'existe plus"):
        office.enrollments.enroll(session_id=session_id, learner_id=learner_id, client_id=999)

    with pytest.raises(ValidationError, match="L'équipement n° 77 est introuvable"):
        office.resources.save_room(RoomData(name="Salle Rhône", equipment={77: 1}))
    assert office.resources.rooms() == []


@pytest.mark.parametrize("year", [1, 9999])
def test_an_invoice_dated_year_1_or_9999_is_refused_and_no_counter_is_created(office, year):
    from sqlalchemy import func, select

    from formadesk.core.model import InvoiceCounter

    session_id = make_session(office, make_course(office))
    office.enrollments.enroll(session_id=session_id, learner_id=make_learner(office))
    with pytest.raises(ValidationError, match=f"l'année {year} n'est pas plausible"):
        office.billing.invoice_session(session_id, issued_on=dt.date(year, 12, 31))
    with office.database.reading() as s:
        assert s.scalar(select(func.count()).select_from(InvoiceCounter)) == 0
    assert office.billing.invoices() == []


def test_reading_with_an_id_beyond_64_bits_gives_a_french_message(office):
    """Lists and searches share the statement guard: no raw OverflowError reaches the user."""
    huge = 2**63
    calls = [
        lambda: office.enrollments.for_session(huge),
        lambda: office.billing.invoices(huge),
        lambda: office.sessions.list(course_id=huge),
        lambda: office.sessions.list(year=huge),
        lambda: office.planning.bookings([huge]),
        lambda: office.planning.book_room([huge], None),
    ]
    for call in calls:
        with pytest.raises(FormadeskError) as caught:
            call()
        assert (
            "trop grand" in str(caught.value)
            or "introuvable" in str(caught.value)
            or ("L'année doit être" in str(caught.value))
        )


def test_an_absurd_payment_delay_is_refused_instead_of_overflowing_the_due_date(office):
    session_id = make_session(office, make_course(office))
    office.enrollments.enroll(session_id=session_id, learner_id=make_learner(office))
    office.settings.set("billing.payment_days", "9" * 30)
    with pytest.raises(FormadeskError, match="délai de paiement .* dépasse 60 jours"):
        office.billing.invoice_session(session_id, issued_on=dt.date(2027, 3, 3))
    assert office.billing.invoices() == []


def test_a_unique_value_taken_twice_is_named_not_an_integrity_error(office):
    """Any writer (here a raw unit of work) meets the guard before SQLite's UNIQUE."""
    from formadesk.core.model import Course

    make_course(office, code="SST")
    refused = pytest.raises(ValidationError, match="Le code « SST » est déjà utilisé")
    with refused, office.database.unit_of_work() as s:
        s.add(Course(code="SST", title="Secourisme bis"))
    assert len(office.courses.list()) == 1


def test_session_codes_with_accents_clash_in_french(office):
    course_id = make_course(office)
    for attempt in range(2):
        data = SessionData(
            course_id=course_id,
            start_date=dt.date(2027, 3, 1),
            end_date=dt.date(2027, 3, 1),
            code="Été-Ç1",
            slots=half_day_slots(dt.date(2027, 3, 1), dt.date(2027, 3, 1)),
        )
        if attempt:
            with pytest.raises(FormadeskError, match="« Été-Ç1 » est déjà utilisé"):
                office.sessions.save(data)
        else:
            office.sessions.save(data)
    assert len(office.sessions.list()) == 1


def test_every_unit_of_work_factory_checks_its_writes(empty_database):
    """Opening one base after another (« Ouvrir une base… »): each new factory of sessions
    refuses a bad value, even when it takes the memory of a collected one."""
    import gc

    from sqlalchemy import create_engine
    from sqlalchemy.orm import sessionmaker

    from formadesk.core import guards
    from formadesk.core.model import Learner

    engine = create_engine(f"sqlite:///{empty_database}")
    for _ in range(30):
        factory = sessionmaker(engine)
        guards.install(factory)
        with factory() as s:
            s.add(Learner(last_name="Durand", first_name="Léa\nMarie", search_text=""))
            with pytest.raises(ValidationError, match="retour à la ligne"):
                s.flush()
            s.rollback()
        del factory, s
        gc.collect()
    engine.dispose()


def test_one_missing_reference_among_many_rows_of_a_flush_is_named(office):
    """The references of a flush are checked together (one query per table pointed to): the
    one missing among 30 rows is still found, and nothing of the flush is written."""
    from formadesk.core.model import GeneratedDocument

    session_id = make_session(office, make_course(office))
    learners = [make_learner(office, f"Durand{n}", "Léa") for n in range(29)]

    def row(learner_id: int) -> GeneratedDocument:
        return GeneratedDocument(
            kind="attestation_fin", session_id=session_id, learner_id=learner_id,
            path=f"/tmp/{learner_id}.pdf", file_format="pdf", version=1, status="genere",
            generated_at=dt.datetime(2026, 12, 7, 10),
        )  # fmt: skip

    refused = pytest.raises(ValidationError, match="n° 4242 est introuvable")
    with refused as caught, office.database.unit_of_work() as s:
        s.add_all([row(learner) for learner in learners] + [row(4242)])
    assert list(caught.value.errors) == ["learner_id"]
    with office.database.reading() as s:
        assert s.query(GeneratedDocument).count() == 0
    with office.database.unit_of_work() as s:  # the same rows, all there: written
        s.add_all([row(learner) for learner in learners])
    with office.database.reading() as s:
        assert s.query(GeneratedDocument).count() == 29
