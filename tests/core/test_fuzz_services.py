"""Fuzzing the services: any input ends in acceptance or a French FormadeskError, never another
exception, and a refusal leaves every table as it was.

Each test reuses one database; the counts of all tables are compared around every refused
call. The number of fuzzed calls is printed at the end of the module (at least 1,000).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Callable
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from formadesk.core.errors import FormadeskError
from formadesk.core.model import Base
from formadesk.core.services.catalogue import CourseData
from formadesk.core.services.learners import LearnerData
from formadesk.core.services.parties import ClientData, FunderData
from formadesk.core.services.resource_records import EquipmentData, RoomData, TrainerData
from formadesk.core.services.sessions import SessionData, SlotData, half_day_slots

from .factories import make_course, make_learner, make_session

CALLS: dict[str, int] = {}
ACCEPTED: dict[str, int] = {}
MINIMUM_CALLS = 1000
FUZZ = settings(
    # FORMADESK_FUZZ_EXAMPLES=2000 for a longer hunt; 160 per test keeps the suite near 45 s.
    max_examples=int(os.environ.get("FORMADESK_FUZZ_EXAMPLES", "160")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
    phases=[Phase.explicit, Phase.generate],  # no shrinking: a failure prints its example
)
# Words of an internal error leaking to the user instead of a French sentence.
LEAKS = re.compile(r"Traceback|sqlite|IntegrityError|OverflowError|NoneType|object at 0x")

# -- strategies ---------------------------------------------------------------------------
# Each field is plausible most of the time and hostile now and then, so that examples end
# both in acceptance and in refusal.
any_char = st.characters(blacklist_categories=())  # controls and lone surrogates included
hostile_texts = st.one_of(
    st.text(alphabet=any_char, max_size=30),
    st.builds(lambda c, n: c * n, st.sampled_from(["é", "A", "\x00", " "]), st.integers(0, 12_000)),
    st.sampled_from(["", "  ", "=1+1", "\x07bell", "a\x0bb", "ligne\nsuivante", "\ud800"]),
)
big_ints = st.sampled_from([2**63, 2**63 - 1, -(2**63) - 1, 2**64, 10**30, -1, 0])
hostile_ints = st.one_of(st.integers(), big_ints)
LETTERS = "abcdefghijklmnopqrstuvwxyzéèêëàâçôöûüïîœÉÈÀÇ' -"


def mixed(good, bad, one_in: int = 8):
    """``good`` most of the time, ``bad`` about once in ``one_in`` draws."""
    return st.integers(0, one_in - 1).flatmap(lambda k: bad if k == 0 else good)


words = st.text(alphabet=LETTERS, min_size=1, max_size=40).filter(lambda t: t.strip())
names = mixed(st.sampled_from(["Lefèvre", "Martin", "N'Diaye", "Da Silva"]) | words, hostile_texts)
texts = mixed(st.text(max_size=200), hostile_texts)
plain = st.text(alphabet=LETTERS, max_size=60)
lines = mixed(plain, hostile_texts)
ints = mixed(st.integers(0, 400), hostile_ints)
money = mixed(st.integers(0, 500_000), st.one_of(st.integers(-10_000, -1), hostile_ints))
dates = mixed(st.dates(dt.date(2025, 1, 1), dt.date(2028, 12, 31)), st.dates())
births = mixed(st.none() | st.dates(dt.date(1940, 1, 1), dt.date(2005, 12, 31)), st.dates())
emails = mixed(
    st.just("") | st.sampled_from(["lea@exemple.fr", "LEA@exemple.fr", "paul.martin@exemple.fr"]),
    hostile_texts | st.just("x@y"),
)
sirets = mixed(
    st.sampled_from(["", "73282932000074", "44298176700019", "12345678901234"]), hostile_texts
)
ids = mixed(st.none(), hostile_ints | st.integers(1, 50))


def table_counts(office) -> dict[str, int]:
    with office.database.reading() as s:
        return {
            name: s.scalar(select(func.count()).select_from(table))
            for name, table in Base.metadata.tables.items()
        }


def attempt(office, area: str, call: Callable[[], Any]) -> bool:
    """Run one fuzzed call; True when accepted. A refusal must be French and write nothing."""
    CALLS[area] = CALLS.get(area, 0) + 1
    before = table_counts(office)
    try:
        call()
    except FormadeskError as error:
        message = str(error)
        assert message.strip(), f"{area}: empty message"
        assert not LEAKS.search(message), f"{area}: {message}"
        assert table_counts(office) == before, f"{area}: refused but written ({message})"
        return False
    ACCEPTED[area] = ACCEPTED.get(area, 0) + 1
    return True


@pytest.fixture(scope="module", autouse=True)
def _report_calls(request):
    yield
    total = sum(CALLS.values())
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"Appels fuzzés : {total} {CALLS}, acceptés : {ACCEPTED}")
    if len(CALLS) == len(AREAS):  # the whole module ran
        assert total >= MINIMUM_CALLS


AREAS = ("learners", "courses", "sessions", "enrollments", "parties", "resources", "billing")


# -- learners -----------------------------------------------------------------------------
def test_fuzz_learners_then_export_them_to_excel(office, tmp_path):
    """Whatever the fuzz got accepted still goes into a spreadsheet (openpyxl refuses
    control characters: one such learner used to break every Excel export)."""

    @FUZZ
    @given(
        last=names, first=names, city=lines, notes=texts, email=emails, birth=births,
        siret=sirets, learner_id=ids, allow=st.booleans(),
    )  # fmt: skip
    def save_one(last, first, city, notes, email, birth, siret, learner_id, allow):
        data = LearnerData(
            id=learner_id, last_name=last, first_name=first, city=city, notes=notes,
            email=email, birth_date=birth, employer_siret=siret, employer_name="Atelier",
        )  # fmt: skip
        attempt(office, "learners", lambda: office.learners.save(data, allow_duplicate=allow))

    save_one()
    make_learner(office, "Durand", "Léa", notes="deux\nlignes\tet une tabulation")
    path = office.exports.learners_xlsx(tmp_path / "apprenants.xlsx")
    assert openpyxl.load_workbook(path).active.max_row == office.learners.count() + 1


# -- catalogue ----------------------------------------------------------------------------
@FUZZ
@given(
    code=mixed(st.from_regex(r"[A-Z0-9]{1,8}", fullmatch=True) | st.just("excel"), hostile_texts),
    title=names, programme=texts, objectives=st.lists(lines, max_size=3),
    minutes=mixed(st.integers(60, 6000), hostile_ints), price=money, intra=money,
    modality=mixed(st.sampled_from(["presentiel", "distanciel"]), st.just("??")),
    nsf=mixed(st.sampled_from(["", "326t", "315"]), hostile_texts),
)  # fmt: skip
def test_fuzz_courses(office, code, title, programme, objectives, minutes, price, intra, modality,
                      nsf):  # fmt: skip
    data = CourseData(
        code=code, title=title, programme=programme, objectives=objectives,
        duration_minutes=minutes, price_cents=price, intra_price_cents=intra,
        modality=modality, nsf_code=nsf,
    )  # fmt: skip
    attempt(office, "courses", lambda: office.courses.save(data))


# -- sessions -----------------------------------------------------------------------------
@pytest.fixture
def course_id(office):
    return make_course(office)


@FUZZ
@given(
    start=dates, days=mixed(st.integers(0, 4), st.integers(-2, 12)),
    code=mixed(st.just(""), hostile_texts | st.sampled_from(["X-1", "x-1"])), place=lines,
    low=mixed(st.integers(0, 4), hostile_ints), high=mixed(st.integers(5, 30), hostile_ints),
    price=mixed(st.none(), money), use_course=mixed(st.just(True), st.just(False)),
    other_course=hostile_ints,
    slot_days=mixed(st.none(), st.lists(st.integers(-3, 14), max_size=6)),
    status=mixed(st.just("planifiee"), st.sampled_from(["confirmee", "annulee", "terminee", "??"])),
)  # fmt: skip
def test_fuzz_sessions(office, course_id, start, days, code, place, low, high, price, use_course,
                       other_course, slot_days, status):  # fmt: skip
    try:
        end = start + dt.timedelta(days=days)
    except OverflowError:
        end = start
    slots = []
    if slot_days is None:
        slots = half_day_slots(start, end) if 2000 < start.year < 2100 else []
    for offset in slot_days or ():
        with contextlib.suppress(OverflowError):  # beyond year 9999: not a date to type
            slots.append(SlotData(start + dt.timedelta(days=offset), dt.time(9), dt.time(12, 30)))
    data = SessionData(
        course_id=course_id if use_course else other_course, start_date=start, end_date=end,
        code=code, place=place, min_places=low, max_places=high, price_cents=price,
        status=status, slots=slots,
    )  # fmt: skip
    attempt(office, "sessions", lambda: office.sessions.save(data))


# -- enrollments --------------------------------------------------------------------------
@pytest.fixture
def plan(office, course_id):
    funder = office.parties.save_funder(FunderData(name="OPCO Atlas", kind="opco"))
    client = office.parties.save_client(ClientData(name="Atelier", siret="73282932000074"))
    session = make_session(office, course_id, places=400)
    return {"session": session, "funder": funder, "client": client}


@FUZZ
@given(
    which=mixed(st.just("real"), st.just("fuzz")), session_id=hostile_ints, last=names,
    client=mixed(st.sampled_from(["none", "real"]), hostile_ints),
    funder=mixed(st.sampled_from(["none", "real"]), hostile_ints),
    price=mixed(st.none(), money), share=mixed(st.none(), money), agreement=lines,
    status=mixed(st.sampled_from(["inscrit", "attente"]), st.sampled_from(["annule", "??"])),
    new_status=st.sampled_from(["inscrit", "annule", "abandon", "termine", "??"]), reason=lines,
)  # fmt: skip
def test_fuzz_enrollments(office, plan, which, session_id, last, client, funder, price, share,
                          agreement, status, new_status, reason):  # fmt: skip
    learner = make_learner(office, f"Fuzz{CALLS.get('enrollments', 0)}", "Léa")

    def ref(value, key):
        return plan[key] if value == "real" else None if value == "none" else value

    enrolled: list[int] = []

    def enroll():
        enrolled.append(
            office.enrollments.enroll(
                session_id=plan["session"] if which == "real" else session_id,
                learner_id=learner, status=status, client_id=ref(client, "client"),
                funder_id=ref(funder, "funder"), price_cents=price, funder_amount_cents=share,
                agreement_number=agreement,
            )
        )  # fmt: skip

    if attempt(office, "enrollments", enroll):
        attempt(
            office,
            "enrollments",
            lambda: office.enrollments.set_status(enrolled[0], new_status, reason=reason),
        )


# -- clients and funders ------------------------------------------------------------------
@FUZZ
@given(
    name=names, siret=sirets, email=emails, city=lines, notes=texts, funder=st.booleans(),
    phone=mixed(st.sampled_from(["", "06 12 34 56 78", "+41 22 123 45 67"]), hostile_texts),
    postal=mixed(st.sampled_from(["", "69001"]), hostile_texts),
    kind=mixed(st.sampled_from(["entreprise", "particulier", "opco", "cpf"]), st.just("??")),
    party_id=ids,
)  # fmt: skip
def test_fuzz_parties(office, name, siret, email, phone, postal, city, notes, kind, funder,
                      party_id):  # fmt: skip
    if funder:
        data = FunderData(
            id=party_id, kind=kind, name=name, siret=siret, email=email, phone=phone,
            postal_code=postal, city=city, contact_name=notes,
        )  # fmt: skip
        attempt(office, "parties", lambda: office.parties.save_funder(data))
    else:
        data = ClientData(
            id=party_id, kind=kind, name=name, siret=siret, email=email, phone=phone,
            postal_code=postal, city=city, notes=notes,
        )  # fmt: skip
        attempt(office, "parties", lambda: office.parties.save_client(data))


# -- rooms, equipment, trainers -----------------------------------------------------------
@FUZZ
@given(
    what=st.sampled_from(["room", "equipment", "trainer"]), name=names, other=lines,
    number=mixed(st.integers(1, 50), hostile_ints), rate=money,
    equipment=mixed(st.just({}), st.dictionaries(hostile_ints, hostile_ints, max_size=2)),
    course_ids=mixed(st.just([]), st.lists(hostile_ints, max_size=2)), row_id=ids,
)  # fmt: skip
def test_fuzz_resources(office, what, name, other, number, rate, equipment, course_ids, row_id):
    records = office.resources
    if what == "room":
        data = RoomData(id=row_id, name=name, site=other, capacity=number, equipment=equipment)
        attempt(office, "resources", lambda: records.save_room(data))
    elif what == "equipment":
        data = EquipmentData(id=row_id, name=name, notes=other, quantity=number)
        attempt(office, "resources", lambda: records.save_equipment(data))
    else:
        data = TrainerData(
            id=row_id, last_name=name, first_name=other, hourly_rate_cents=rate,
            daily_rate_cents=number, course_ids=course_ids,
        )  # fmt: skip
        attempt(office, "resources", lambda: records.save_trainer(data))


# -- billing ------------------------------------------------------------------------------
@FUZZ
@given(
    action=st.sampled_from(["dedit", "paid", "cancel", "session"]), row_id=hostile_ints,
    amount=money, day=mixed(st.none() | st.dates(dt.date(2027, 3, 3), dt.date(2028, 1, 1)),
    st.dates()), reason=lines, real=mixed(st.just(True), st.just(False)),
)  # fmt: skip
def test_fuzz_billing(office, plan, action, row_id, amount, day, reason, real):
    billing = office.billing
    invoices = [row.id for row in billing.invoices()]
    if action == "dedit":
        target = row_id
        if real:
            learner = make_learner(office, f"Dedit{CALLS.get('billing', 0)}", "Paul")
            target = office.enrollments.enroll(session_id=plan["session"], learner_id=learner)
            office.enrollments.set_status(target, "annule", reason="Maladie")
        attempt(
            office,
            "billing",
            lambda: billing.invoice_cancellation_fee(target, amount, issued_on=day),
        )
    elif action == "paid":
        target = invoices[0] if real and invoices else row_id
        attempt(office, "billing", lambda: billing.mark_paid(target, day))
    elif action == "cancel":
        target = invoices[-1] if real and invoices else row_id
        attempt(office, "billing", lambda: billing.cancel_invoice(target, reason, issued_on=day))
    else:
        target = plan["session"] if real else row_id
        attempt(office, "billing", lambda: billing.invoice_session(target, issued_on=day))
