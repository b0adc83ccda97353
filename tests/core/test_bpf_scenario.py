"""The BPF of a small office, built through the facade, with every box counted by hand.

Financial year 2025 (calendar year). Half-days are 3 h 30 (210 min), sessions 4 half-days
(840 min) except ANGLAIS, across 2025 and 2026 (4 + 4 half-days). Prices 690 € a learner.

S1 EXCEL-INT (RS, NSF 324), 3-4 March 2025, Anne Bernard (internal):
  Léa Durand    salariée, Boulangerie; Akto « plan » 414 € in subrogation + the rest to the
                employer: two invoices; present throughout               a   840 min
  Hugo Martin   apprenti, Boulangerie; Akto « apprentissage » 690 €; one half-day absent:
                Akto pays 630/840, the Boulangerie the absence (172,50 €)     b   630 min
  Inès Petit    demandeuse d'emploi; France Travail 690 €; 150 min late once: France
                Travail pays 780/840 (640,71 €), she pays 49,29 €             c   780 min
  Sarah Lambert cancelled; a dédit of 207 € invoiced: not training income
S2 SST-INIT (autre, NSF 344), 2-3 June 2025, entrusted to « Prévention Secours Rhône »
  (F-2), Marc Dubois (external):
  Paul Roux     particulier; « Fondation Avenir » (funder « autre ») 345 € in subrogation:
                origin to say (then C-11), he pays 345 € (C-9)                d   840 min
  Chloé Garnier salariée of the Mairie de Lyon (public body): e; left 90 min early once;
                invoiced, cancelled by a credit note, invoiced again (C-3)   e   750 min
  Nina Faure    sent by Formaplus, a training office: G only, C-10               840 min
S3 ANGLAIS (no NSF code, no objective), 29-30 Dec 2025 and 5-6 Jan 2026, Marc Dubois:
  Zoé Blanc     salariée, on her CPF (Caisse des Dépôts) 690 €                a   840 min
                in 2025; 420 min in 2026 (absent on 6 January)
  Tom Lenoir    no status, no funding scheme (imported half empty)       unsaid  840 min
S4 EXCEL-INT, 15-16 Sept 2025, Anne Bernard:
  Marie Colin   salariée, Boulangerie, price 0 €, attendance entered on the first
                half-day only (the three others missing)                      a   210 min
  Jules Noël    « terminé » but absent at every half-day: no hour, not counted
Costs 2025: 1 200 € wages (31/03), 2 000 € subcontracting (20/06), 300 € other (15/12);
2026: 500 € of fees.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select, update

from formadesk.core.errors import ValidationError
from formadesk.core.model import Enrollment, InvoiceLine, Learner
from formadesk.core.office import Office
from formadesk.core.services.attendance import Mark
from formadesk.core.services.catalogue import CourseData
from formadesk.core.services.costs import CostData
from formadesk.core.services.learners import LearnerData
from formadesk.core.services.parties import ClientData, FunderData
from formadesk.core.services.resource_records import TrainerData
from formadesk.core.services.sessions import SessionData, SlotData, half_day_slots

PINNED = dt.date(2026, 2, 1)  # attendance entered as on this day
ADDRESS = {"address": "1 rue de la Paix", "postal_code": "69001", "city": "Lyon"}
MORNING, AFTERNOON = (dt.time(9), dt.time(12, 30)), (dt.time(13, 30), dt.time(17))


def siret(siren8: str) -> str:
    """A valid SIRET: SIREN ``siren8`` + its key, establishment 0001 + the SIRET's key."""
    from stdnum import luhn

    siren = siren8 + luhn.calc_check_digit(siren8)
    return siren + "0001" + luhn.calc_check_digit(siren + "0001")


@dataclass
class Scenario:
    office: Office
    sessions: dict[str, int]
    enrolments: dict[str, int]
    learners: dict[str, int]
    courses: dict[str, int]
    fondation_line: int  # the invoice line whose origin is to say


def _course(office, code, title, nsf, objective) -> int:
    return office.courses.save(
        CourseData(
            code=code, title=title, objectives=["Appliquer"], duration_minutes=840,
            price_cents=69000, nsf_code=nsf, bpf_objective=objective,
        )
    )  # fmt: skip


def _session(office, course_id, start, *, slots=None, subcontractor="") -> int:
    end = start + dt.timedelta(days=1)
    return office.sessions.save(
        SessionData(
            course_id=course_id, start_date=start, end_date=slots[-1].date if slots else end,
            max_places=12, place="Lyon", subcontractor=subcontractor,
            slots=slots or half_day_slots(start, end),
        ),
        confirm=True,
    )  # fmt: skip


def _slots(office, session_id) -> list[int]:
    return [s.id for s in office.sessions.get(session_id).slots]


def _learner(office, name, status) -> int:
    first, last = name.split(" ", 1)
    return office.learners.save(LearnerData(last_name=last, first_name=first, status=status))


def _mark(office, session_id, enrolment, statuses) -> None:
    marks = []
    for slot_id, status in zip(_slots(office, session_id), statuses, strict=False):
        if status is None:
            continue
        minutes = None
        if isinstance(status, tuple):
            status, minutes = status
        marks.append(Mark(enrolment, slot_id, status, minutes))
    office.attendance.save(session_id, marks, today=PINNED)


def build_scenario(office: Office) -> Scenario:
    org = office.organisation.get()
    org.name, org.nda, org.siret = "Atelier Test Formation", "84 69 99999 69", "73282932000074"
    office.organisation.update(org)
    parties = office.parties
    akto = next(f.id for f in parties.funders() if f.name == "Akto")
    data = parties.get_funder(akto)
    data.address, data.postal_code, data.city = ADDRESS.values()
    parties.save_funder(data)
    cdc = next(f.id for f in parties.funders() if f.name.startswith("Caisse des Dépôts"))
    data = parties.get_funder(cdc)
    data.address, data.postal_code, data.city = ADDRESS.values()
    parties.save_funder(data)
    travail = parties.save_funder(
        FunderData(kind="france_travail", name="France Travail", **ADDRESS)
    )
    fondation = parties.save_funder(FunderData(kind="autre", name="Fondation Avenir", **ADDRESS))
    boulangerie = parties.save_client(
        ClientData(name="Boulangerie Martin", siret=siret("44200000"), **ADDRESS)
    )
    mairie = parties.save_client(
        ClientData(kind="public", name="Mairie de Lyon", siret=siret("21690012"), **ADDRESS)
    )
    formaplus = parties.save_client(
        ClientData(kind="organisme_formation", name="Formaplus", siret=siret("51200000"), **ADDRESS)
    )
    courses = {
        "excel": _course(office, "EXCEL-INT", "Excel intermédiaire", "324", "rs"),
        "sst": _course(office, "SST-INIT", "Sauveteur secouriste du travail", "344", "autre"),
        "anglais": _course(office, "ANGLAIS", "Anglais professionnel", "", ""),
    }
    anglais_days = [dt.date(2025, 12, 29), dt.date(2025, 12, 30), dt.date(2026, 1, 5),
                    dt.date(2026, 1, 6)]  # fmt: skip
    anglais_slots = [SlotData(day, *half) for day in anglais_days for half in (MORNING, AFTERNOON)]
    sessions = {
        "S1": _session(office, courses["excel"], dt.date(2025, 3, 3)),
        "S2": _session(
            office, courses["sst"], dt.date(2025, 6, 2), subcontractor="Prévention Secours Rhône"
        ),
        "S3": _session(office, courses["anglais"], anglais_days[0], slots=anglais_slots),
        "S4": _session(office, courses["excel"], dt.date(2025, 9, 15)),
    }
    anne = office.resources.save_trainer(TrainerData(last_name="Bernard", first_name="Anne"))
    marc = office.resources.save_trainer(
        TrainerData(last_name="Dubois", first_name="Marc", internal=False)
    )
    for code, trainer in (("S1", anne), ("S2", marc), ("S3", marc), ("S4", anne)):
        office.planning.assign_trainers(_slots(office, sessions[code]), [trainer], confirm=True)
    learners = {
        name: _learner(office, name, status)
        for name, status in (
            ("Léa Durand", "salarie"), ("Hugo Martin", "apprenti"),
            ("Inès Petit", "demandeur_emploi"), ("Sarah Lambert", "salarie"),
            ("Paul Roux", "particulier"), ("Chloé Garnier", "salarie"), ("Nina Faure", "autre"),
            ("Zoé Blanc", "salarie"), ("Tom Lenoir", "salarie"), ("Marie Colin", "salarie"),
            ("Jules Noël", "salarie"),
        )
    }  # fmt: skip
    enroll = office.enrollments.enroll

    def on(session, name, **extra) -> int:
        return enroll(session_id=sessions[session], learner_id=learners[name], confirm=True,
                      **extra)  # fmt: skip

    enrolments = {
        "Léa Durand": on("S1", "Léa Durand", client_id=boulangerie, funder_id=akto,
                         funder_amount_cents=41400, subrogation=True),
        "Hugo Martin": on("S1", "Hugo Martin", client_id=boulangerie, funder_id=akto,
                          funding_scheme="apprentissage", subrogation=True),
        "Inès Petit": on("S1", "Inès Petit", funder_id=travail,
                         funding_scheme="demandeur_emploi", subrogation=True),
        "Sarah Lambert": on("S1", "Sarah Lambert", client_id=boulangerie),
        "Paul Roux": on("S2", "Paul Roux", funder_id=fondation, funder_amount_cents=34500,
                        funding_scheme="personnel", subrogation=True),
        "Chloé Garnier": on("S2", "Chloé Garnier", client_id=mairie),
        "Nina Faure": on("S2", "Nina Faure", client_id=formaplus, funding_scheme="autre"),
        "Zoé Blanc": on("S3", "Zoé Blanc", funder_id=cdc, funding_scheme="cpf",
                        subrogation=True),
        "Tom Lenoir": on("S3", "Tom Lenoir", funding_scheme="personnel"),
        "Marie Colin": on("S4", "Marie Colin", client_id=boulangerie, price_cents=0),
        "Jules Noël": on("S4", "Jules Noël", client_id=boulangerie),
    }  # fmt: skip
    with office.database.unit_of_work() as s:  # imported by an older version, half empty
        s.execute(
            update(Enrollment)
            .where(Enrollment.id == enrolments["Tom Lenoir"])
            .values(funding_scheme="")
        )
        s.execute(update(Learner).where(Learner.id == learners["Tom Lenoir"]).values(status=""))
    full = ["present"] * 8
    _mark(office, sessions["S1"], enrolments["Léa Durand"], full)
    _mark(office, sessions["S1"], enrolments["Hugo Martin"], ["present", "absent", *full[:2]])
    _mark(office, sessions["S1"], enrolments["Inès Petit"], [("retard", 150), *full[:3]])
    _mark(office, sessions["S2"], enrolments["Paul Roux"], full)
    _mark(
        office, sessions["S2"], enrolments["Chloé Garnier"], [*full[:3], ("depart_anticipe", 120)]
    )
    _mark(office, sessions["S2"], enrolments["Nina Faure"], full)
    _mark(office, sessions["S3"], enrolments["Zoé Blanc"], [*full[:6], "absent", "absent"])
    _mark(office, sessions["S3"], enrolments["Tom Lenoir"], full)
    _mark(office, sessions["S4"], enrolments["Marie Colin"], ["present"])
    _mark(office, sessions["S4"], enrolments["Jules Noël"], ["absent"] * 4)
    office.enrollments.set_status(enrolments["Jules Noël"], "termine")
    office.enrollments.set_status(enrolments["Sarah Lambert"], "annule", reason="Empêchement")
    billing = office.billing
    billing.invoice_session(sessions["S1"], issued_on=dt.date(2025, 3, 10))
    billing.invoice_cancellation_fee(
        enrolments["Sarah Lambert"], 20700, issued_on=dt.date(2025, 3, 12)
    )
    billing.invoice_session(sessions["S2"], issued_on=dt.date(2025, 6, 10))
    (mairie_invoice,) = [
        r.id for r in billing.invoices(sessions["S2"]) if r.payer_name == "Mairie de Lyon"
    ]
    billing.cancel_invoice(
        mairie_invoice, "Bon de commande manquant", issued_on=dt.date(2025, 7, 1)
    )
    billing.invoice_session(sessions["S2"], issued_on=dt.date(2025, 7, 2))
    billing.invoice_session(sessions["S3"], issued_on=dt.date(2026, 1, 10))
    for day, category, amount, session in (
        (dt.date(2025, 3, 31), "salaires_formateurs", 120000, "S1"),
        (dt.date(2025, 6, 20), "achats_formation", 200000, "S2"),
        (dt.date(2025, 12, 15), "autre", 30000, None),
        (dt.date(2026, 1, 10), "achats_formation", 50000, "S3"),
    ):
        office.costs.save(
            CostData(spent_on=day, category=category, amount_cents=amount,
                     label=f"Coût {category}", session_id=sessions.get(session))
        )  # fmt: skip
    with office.database.reading() as s:
        fondation_line = s.scalar(
            select(InvoiceLine.id).where(
                InvoiceLine.enrollment_id == enrolments["Paul Roux"],
                InvoiceLine.unit_price_cents == 34500,
                InvoiceLine.label.not_like("%absence%"),
            )
        )
    return Scenario(office, sessions, enrolments, learners, courses, fondation_line)


@pytest.fixture(scope="module")
def built(empty_database, tmp_path_factory) -> tuple[Path, Scenario]:
    """The scenario built once per module in a template file (tests get copies)."""
    path = tmp_path_factory.mktemp("bpf") / "scenario.sqlite3"
    shutil.copyfile(empty_database, path)
    office = Office.open(path)
    try:
        made = build_scenario(office)
    finally:
        office.close(backup_if_changed=False)
    return path, made


@pytest.fixture
def scenario(built, db_path) -> Iterator[Scenario]:
    """A copy of the scenario's base, open."""
    template, made = built
    shutil.copyfile(template, db_path)
    office = Office.open(db_path)
    yield dataclasses.replace(made, office=office)
    office.close(backup_if_changed=False)


def values(report, box):
    line = report.line(box)
    assert line is not None, box
    return line.values


def test_cadre_c_counts_each_invoice_line_in_its_origin(scenario):
    report = scenario.office.bpf.compute(2025)
    assert values(report, "C1") == (27600 + 17250,)  # Léa's rest, Hugo's absence
    assert values(report, "C2a") == (51750,)  # Akto, apprentissage, 630/840 of 690 €
    assert values(report, "C2h") == (41400,)  # Akto, plan (the employer pays the rest)
    assert values(report, "C3") == (69000,)  # invoiced, cancelled, invoiced again
    assert values(report, "C7") == (64071,)  # France Travail, 780/840 of 690 €
    assert values(report, "C9") == (4929 + 34500,)  # Inès's absence, Paul's share
    assert values(report, "C10") == (69000,)  # Formaplus
    assert values(report, "C11") == (0,)  # Fondation Avenir: origin to say, counted nowhere
    for code in ("2b", "2c", "2d", "2e", "2f", "2g", "4", "5", "6", "8"):
        assert values(report, f"C{code}") == (0,), code
    assert values(report, "Ctotal") == (379500,)
    assert any("207,00" in note for note in report.notes)  # the dédit, left out

    scenario.office.bpf.set_line_source(scenario.fondation_line, "11")
    report = scenario.office.bpf.compute(2025)
    assert values(report, "C11") == (34500,)
    assert values(report, "Ctotal") == (414000,)  # every euro invoiced for S1 and S2


def test_cadres_d_e_and_the_learners(scenario):
    report = scenario.office.bpf.compute(2025)
    assert values(report, "Dtotal") == (350000,)
    assert values(report, "D1") == (120000,)
    assert values(report, "D2") == (200000,)
    assert values(report, "Einternes") == (1, 8 * 210)  # Anne: S1 and S4
    assert values(report, "Eexternes") == (1, 8 * 210)  # Marc: S2 and the 2025 half of S3
    assert values(report, "F1a") == (3, 840 + 840 + 210)  # Léa, Zoé (2025), Marie
    assert values(report, "F1b") == (1, 630)
    assert values(report, "F1c") == (1, 780)
    assert values(report, "F1d") == (1, 840)
    assert values(report, "F1e") == (1, 750)  # a salariée of a public body
    assert values(report, "F1:") == (1, 840)  # Tom Lenoir, no status
    assert values(report, "F1total") == (8, 5730)  # not Nina (G), not Jules (no hour)
    assert values(report, "F2") == (2, 840 + 750)  # S2 entrusted, without Nina
    assert values(report, "F3:rs") == (4, 840 + 630 + 780 + 210)
    assert values(report, "F3:autre") == (2, 1590)
    assert values(report, "F3:") == (2, 1680)
    assert values(report, "F3:rncp_5") == (0, 0)
    assert values(report, "F3total") == (8, 5730)
    f4 = report.section("F4")
    assert [line.box for line in f4.lines] == ["F4:324", "F4:344", "F4:", "F4total"]
    assert f4.lines[0].label == "324 — Secrétariat, bureautique"
    assert values(report, "F4total") == (8, 5730)
    assert values(report, "G") == (1, 840)


def test_a_session_across_two_years_counts_in_both(scenario):
    office = scenario.office
    report = office.bpf.compute(2026)
    assert values(report, "F1a") == (1, 420)  # Zoé, absent on 6 January
    assert values(report, "F1:") == (1, 840)  # Tom
    assert values(report, "F1total") == (2, 1260)
    assert values(report, "Eexternes") == (1, 4 * 210)
    assert values(report, "C2e") == (51750,)  # CPF: 1 260 of 1 680 minutes of 690 €
    assert values(report, "D2") == (50000,)
    assert values(report, "Ctotal") == (51750 + 17250 + 69000,)


def test_the_json_has_the_issue_shape(scenario, tmp_path):
    office = scenario.office
    path = office.bpf.export(2025, tmp_path / "bpf.json")
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    assert data["exercice"] == {"debut": "2025-01-01", "fin": "2025-12-31"}
    assert set(data["C"]) == {
        "1", "2a", "2b", "2c", "2d", "2e", "2f", "2g", "2h", *map(str, range(3, 12)), "total",
    }  # fmt: skip
    assert data["C"]["2a"] == 517.5 and data["C"]["total"] == 3795.0
    assert data["D"] == {"total": 3500.0, "salaires_formateurs": 1200.0, "achats_formation": 2000.0}
    assert data["E"] == {
        "internes": {"personnes": 1, "heures": 28.0},
        "externes": {"personnes": 1, "heures": 28.0},
    }
    assert data["F1"]["a"] == {"stagiaires": 3, "heures": 31.5}
    assert data["F1"]["non_renseigne"] == {"stagiaires": 1, "heures": 14.0}
    assert data["F1"]["total"] == {"stagiaires": 8, "heures": 95.5}
    assert data["F2"] == {"stagiaires": 2, "heures": 26.5}
    assert data["F3"]["rs"] == {"stagiaires": 4, "heures": 41.0}
    assert data["F4"]["324"] == {"stagiaires": 4, "heures": 41.0}
    assert data["F4"]["total"] == {"stagiaires": 8, "heures": 95.5}
    assert data["G"] == {"stagiaires": 1, "heures": 14.0}
    assert data["manquants"] == [item.text for item in office.bpf.missing(2025)]
    assert all(isinstance(text, str) and text for text in data["manquants"])


def test_the_financial_year_follows_the_setting(scenario):
    office = scenario.office
    office.settings.set("bpf.year_start", "01/07")
    assert office.bpf.period(2025) == (dt.date(2025, 7, 1), dt.date(2026, 6, 30))
    report = office.bpf.compute(2025)
    # S4 (September) and S3 (both halves) only; S1 and S2 were before July.
    assert values(report, "F1total") == (3, 210 + 1260 + 1680)
    assert values(report, "C3") == (0,)  # the Mairie's invoice and its credit note: June, July
    assert report.notes[0].startswith("Exercice : du 01/07/2025 au 30/06/2026")
    with pytest.raises(ValidationError) as error:
        office.bpf.compute(25)
    assert "quatre chiffres" in str(error.value)


def test_hours_of_a_cancelled_session_or_enrolment_are_set_aside_and_listed(scenario):
    office = scenario.office
    office.enrollments.set_status(scenario.enrolments["Léa Durand"], "annule", reason="Erreur")
    s2 = office.sessions.get(scenario.sessions["S2"])
    s2.status = "annulee"
    office.sessions.save(s2, confirm=True)
    report = office.bpf.compute(2025)
    assert values(report, "F1a") == (2, 840 + 210)  # Zoé and Marie, no longer Léa
    assert values(report, "F2") == (0, 0) and values(report, "G") == (0, 0)
    assert values(report, "Eexternes") == (1, 4 * 210)  # Marc: the 2025 half of S3 only
    assert values(report, "F1total") == values(report, "F3total") == values(report, "F4total")
    texts = [item.text for item in report.missing]
    assert any(
        "Léa Durand" in t and "l'inscription est « Annulé(e) »" in t and "pas comptées" in t
        for t in texts
    ), texts
    assert any("Session " in t and "(session ou inscriptions annulées)" in t for t in texts)


def test_line_a_of_f3_sums_its_dont_lines_and_stays_out_of_the_total(scenario):
    office = scenario.office
    course = office.courses.get(office.sessions.get(scenario.sessions["S1"]).course_id)
    course.bpf_objective = "rncp_4"
    office.courses.save(course)
    report = office.bpf.compute(2025)
    assert values(report, "F3a") == values(report, "F3:rncp_4") == (4, 840 + 630 + 780 + 210)
    assert values(report, "F3total") == (8, 5730)
    assert office.bpf.trace(2025, "F3a").title.startswith("F-3 — a. Formations visant")


def test_a_year_not_over_says_its_figures_are_provisional(scenario, tmp_path):
    bpf = scenario.office.bpf
    running = bpf.compute(2025, today=dt.date(2025, 10, 1))
    assert running.provisional.startswith("Exercice en cours jusqu'au 31/12/2025")
    assert "chiffres provisoires, arrêtés au 01/10/2025" in running.provisional
    coming = bpf.compute(2026, today=dt.date(2025, 10, 1))
    assert coming.provisional.startswith("Exercice 2026 pas encore commencé")
    closed = bpf.compute(2025, today=dt.date(2026, 3, 1))
    assert closed.provisional == ""
    written = bpf.write(running, tmp_path / "bpf.json")
    assert "chiffres provisoires" in json.loads(written.read_text(encoding="utf-8"))["provisoire"]
