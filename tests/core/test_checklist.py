"""The session checklist: each proof ticks its step from the data, by hand otherwise, and a
finished session closes only when its required steps are done."""

from __future__ import annotations

import datetime as dt

import pytest

from formadesk.core.errors import BusinessRuleError, ValidationError
from formadesk.core.model import GeneratedDocument, Invoice, InvoiceLine
from formadesk.core.services.attendance import Mark
from formadesk.core.services.checklist import StepData
from formadesk.core.services.outcomes import OutcomeEdit
from formadesk.core.services.parties import ClientData
from formadesk.core.services.resource_records import RoomData, TrainerData
from formadesk.core.services.sessions import SessionData, half_day_slots

from .attendance_factories import Held, held_session, on_their_cpf
from .factories import make_course, make_learner, make_session

START = dt.date(2026, 11, 2)  # a Monday, in the past: the session is over
TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def held(office) -> Held:
    return on_their_cpf(office, held_session(office, START))


def item(office, session_id: int, evidence: str, today: dt.date = TODAY):
    checklist = office.checklist.of_session(session_id, today)
    return next(i for i in checklist.items if i.evidence == evidence)


def add_document(office, kind, session_id, *, learner_id=None, client_id=None, status="envoye"):
    now = dt.datetime(2026, 10, 1, 10, 0)
    with office.database.unit_of_work() as s:
        s.add(
            GeneratedDocument(
                kind=kind,
                session_id=session_id,
                learner_id=learner_id,
                client_id=client_id,
                path=f"/tmp/{kind}.pdf",
                status=status,
                generated_at=now,
                sent_at=now if status != "genere" else None,
                signed_at=now if status == "signe" else None,
            )
        )


def learners_of(office, held: Held) -> dict[int, int]:
    """enrollment id -> learner id."""
    return {e.id: e.learner_id for e in office.enrollments.for_session(held.session_id)}


def test_the_default_procedure_has_ten_steps_with_their_deadlines(office, held):
    checklist = office.checklist.of_session(held.session_id, TODAY)
    assert len(checklist.items) == 10
    first = checklist.items[0]
    assert first.relative == "J-40"
    assert first.deadline == START - dt.timedelta(days=40)
    certificates = item(office, held.session_id, "certificates_issued")
    assert certificates.deadline_text == "Fin+8 · 11/11/2026"  # last day 03/11 + 8
    assert certificates.late and not certificates.done


def test_slots_staffed_needs_a_trainer_and_a_room_on_each_slot(office, held):
    step = item(office, held.session_id, "slots_staffed")
    assert not step.done and step.detail == "4 séances sans salle"
    room = office.resources.save_room(RoomData(name="Salle Rhône", capacity=12))
    office.planning.book_room(held.slots, room, confirm=True)
    step = item(office, held.session_id, "slots_staffed")
    assert step.done and step.how == "preuve"


def test_convocations_must_be_sent_to_every_learner(office, held):
    learners = learners_of(office, held)
    for learner_id in list(learners.values())[:2]:
        add_document(office, "convocation", held.session_id, learner_id=learner_id)
    step = item(office, held.session_id, "convocations_sent")
    assert not step.done and step.detail == "1 inscrit sans convocation envoyée"
    last = list(learners.values())[2]
    add_document(office, "convocation", held.session_id, learner_id=last, status="genere")
    assert not item(office, held.session_id, "convocations_sent").done  # generated, not sent
    add_document(office, "convocation", held.session_id, learner_id=last)
    step = item(office, held.session_id, "convocations_sent")
    assert step.done and step.done_on == dt.date(2026, 10, 1)


def test_a_convention_per_client_sent_then_signed(office, held):
    client = office.parties.save_client(
        ClientData(name="Plomberie Barbier", siret="44298176700019")
    )
    for enrollment_id in held.enrollments[:2]:
        data = office.enrollments.get(enrollment_id)
        data.client_id = client
        office.enrollments.update(data, confirm=True)
    # The third learner has no client (on her CPF): no convention is expected for her.
    sent, signed = (
        item(office, held.session_id, c) for c in ("convention_sent", "convention_signed")
    )
    assert not sent.done and sent.detail == "2 inscrits sans convention ni contrat envoyé"
    add_document(office, "convention", held.session_id, client_id=client)
    assert item(office, held.session_id, "convention_sent").done
    assert not item(office, held.session_id, "convention_signed").done
    add_document(office, "convention", held.session_id, client_id=client, status="signe")
    assert item(office, held.session_id, "convention_signed").done


def test_attendance_complete_once_every_half_day_is_entered(office, held):
    marks = [Mark(e, slot, "present") for e in held.enrollments for slot in held.slots]
    office.attendance.save(held.session_id, marks[:-1], today=TODAY)
    step = item(office, held.session_id, "attendance_complete")
    assert not step.done and step.detail == "1 présence non saisie"
    office.attendance.save(held.session_id, marks[-1:], today=TODAY)
    assert item(office, held.session_id, "attendance_complete").done
    # Before its last day, a session's attendance is not complete.
    assert not item(office, held.session_id, "attendance_complete", START).done


def test_outcomes_complete_when_every_learner_has_every_result(office, held):
    grid = office.outcomes.grid(held.session_id)
    objectives = [o.id for o in grid.objectives]
    edits = [OutcomeEdit(e, "result", "acquis", o) for e in held.enrollments for o in objectives]
    office.outcomes.save(held.session_id, edits[:-1])
    step = item(office, held.session_id, "outcomes_complete")
    assert not step.done and step.detail == "résultats manquants pour 1 apprenant"
    office.outcomes.save(held.session_id, edits[-1:])
    assert item(office, held.session_id, "outcomes_complete").done


def test_certificates_for_every_learner_who_followed_the_session(office, held):
    learners = list(learners_of(office, held).values())
    for learner_id in learners[:2]:
        add_document(office, "certificat_realisation", held.session_id, learner_id=learner_id)
    assert item(office, held.session_id, "certificates_issued").detail == "1 certificat manquant"
    office.attendance.drop_out(held.enrollments[2], START, "Raisons de santé", today=TODAY)
    # Who left gets one too, for the hours attended (as the task rule asks).
    assert item(office, held.session_id, "certificates_issued").detail == "1 certificat manquant"
    add_document(office, "certificat_realisation", held.session_id, learner_id=learners[2])
    assert item(office, held.session_id, "certificates_issued").done


def _invoice(office, session_id: int, enrollment_ids: list[int | None], status="emise") -> None:
    with office.database.unit_of_work() as s:
        invoice = Invoice(
            number=f"F-{status}-{len(enrollment_ids)}",
            year=2026,
            sequence=len(enrollment_ids),
            session_id=session_id,
            issued_on=dt.date(2026, 11, 10),
            status=status,
        )
        s.add(invoice)
        s.flush()
        for enrollment_id in enrollment_ids:
            s.add(
                InvoiceLine(invoice_id=invoice.id, label="Formation", enrollment_id=enrollment_id)
            )


def test_invoiced_when_every_priced_learner_is_on_an_invoice(office, held):
    assert item(office, held.session_id, "invoiced").detail == "3 inscrits à facturer"
    _invoice(office, held.session_id, held.enrollments, status="annulee")
    assert not item(office, held.session_id, "invoiced").done  # a cancelled invoice is none
    _invoice(office, held.session_id, held.enrollments[:2])
    assert not item(office, held.session_id, "invoiced").done
    _invoice(office, held.session_id, held.enrollments[2:])
    step = item(office, held.session_id, "invoiced")
    assert step.done and step.done_on == dt.date(2026, 11, 10)


def test_a_step_ticked_by_hand_with_a_note(office, held):
    steps = office.checklist.steps()
    data = [
        StepData(s.label, s.anchor, s.offset_days, s.evidence, s.required, s.active, s.id)
        for s in steps
    ]
    data.append(StepData("Appeler le client", "fin", 3, "", False))  # no proof: by hand
    office.checklist.save_procedure(data)
    call = item(office, held.session_id, "")
    office.checklist.tick(held.session_id, call.step_id, True, "Client satisfait")
    call = item(office, held.session_id, "")
    assert call.done and call.how == "main" and call.note == "Client satisfait"
    office.checklist.tick(held.session_id, call.step_id, False)
    assert not item(office, held.session_id, "").done
    # A step with a proof ticked by hand needs a note; a proven one cannot be unticked.
    invoiced = item(office, held.session_id, "invoiced")
    with pytest.raises(ValidationError) as error:
        office.checklist.tick(held.session_id, invoiced.step_id, True)
    assert "note" in error.value.errors
    _invoice(office, held.session_id, held.enrollments)
    with pytest.raises(BusinessRuleError, match="cochée par sa preuve"):
        office.checklist.tick(held.session_id, invoiced.step_id, False)


def test_the_bilan_step_is_ticked_by_producing_the_bilan(office, held):
    bilan = item(office, held.session_id, "bilan")
    assert not bilan.done and bilan.label == "Rédiger le bilan de la session"
    office.bilans.produce(held.session_id, "docx")
    bilan = item(office, held.session_id, "bilan")
    assert bilan.done and bilan.how == "preuve"
    assert bilan.detail == f"bilan produit le {dt.date.today():%d/%m/%Y}"
    with pytest.raises(BusinessRuleError, match="cochée par sa preuve"):
        office.checklist.tick(held.session_id, bilan.step_id, False)


def test_editing_the_procedure_moves_the_deadlines(office, held):
    steps = office.checklist.steps()
    data = [
        StepData(s.label, s.anchor, s.offset_days, s.evidence, s.required, s.active, s.id)
        for s in steps
    ]
    data[2].offset_days = -7  # convocations a week before
    data.append(StepData("Appeler le client", "fin", 3, "", False))
    office.checklist.save_procedure(data)
    checklist = office.checklist.of_session(held.session_id, TODAY)
    convocations = next(i for i in checklist.items if i.evidence == "convocations_sent")
    assert convocations.deadline_text == "J-7 · 26/10/2026"
    assert (
        checklist.items[-1].label == "Appeler le client" and checklist.items[-1].relative == "Fin+3"
    )
    assert checklist.progress.total == 11


def test_procedure_checks_each_row(office):
    data = [
        StepData("Préparer", "debut", -40),
        StepData("préparer ", "milieu", 400, "inconnu"),
        StepData("  "),
    ]
    with pytest.raises(ValidationError) as error:
        office.checklist.save_procedure(data)
    assert error.value.errors == {
        "1.label": "Étape 2 : « préparer » est déjà l'intitulé de l'étape 1 ; donnez à chaque "
        "étape un intitulé différent.",
        "1.anchor": "Étape 2 : choisissez si l'échéance compte depuis le début ou la fin de la "
        "session.",
        "1.offset_days": "Étape 2 : le nombre de jours doit être compris entre -365 et 365.",
        "1.evidence": "Étape 2 : choisissez la preuve dans la liste.",
        "2.label": "Étape 3 : donnez-lui un intitulé.",
    }
    assert len(office.checklist.steps()) == 10  # nothing changed


def test_a_removed_step_ticked_by_hand_is_deactivated_not_deleted(office, held):
    steps = office.checklist.steps()
    bilan = next(s for s in steps if s.evidence == "bilan")
    office.checklist.tick(held.session_id, bilan.id, True, "Bilan remis sur papier")
    keep = [
        StepData(s.label, s.anchor, s.offset_days, s.evidence, s.required, s.active, s.id)
        for s in steps
        if s.id != bilan.id and s.evidence != "closed"
    ]
    office.checklist.save_procedure(keep)
    after = office.checklist.steps()
    assert [s.label for s in after if not s.active] == [bilan.label]
    assert bilan.label not in [s.label for s in after if s.active]
    assert "Archiver le dossier" not in [s.label for s in after]  # never ticked: deleted
    assert len(office.checklist.of_session(held.session_id, TODAY).items) == 8


def test_closing_lists_what_is_missing_then_closes(office, held):
    with pytest.raises(BusinessRuleError, match="n'est pas terminée"):
        office.checklist.close_session(held.session_id, START)
    with pytest.raises(BusinessRuleError) as error:
        office.checklist.close_session(held.session_id, TODAY)
    message = str(error.value)
    assert "Il manque :" in message
    assert "• Saisir les présences (12 présences non saisies) : saisissez les présences" in message
    assert "Archiver" not in message  # closing is what archives
    for step in office.checklist.of_session(held.session_id, TODAY).items:
        if not step.done and step.evidence != "closed":
            office.checklist.tick(held.session_id, step.step_id, True, "Fait sur papier")
    office.checklist.close_session(held.session_id, TODAY)
    checklist = office.checklist.of_session(held.session_id, TODAY)
    assert checklist.closed_on == TODAY and checklist.progress.done == 10
    assert checklist.progress.closed and checklist.progress.late == 0
    with pytest.raises(BusinessRuleError, match="clôturée"):
        office.checklist.tick(held.session_id, checklist.items[0].step_id, False)
    office.checklist.reopen_session(held.session_id)
    assert office.checklist.of_session(held.session_id, TODAY).closed_on is None


def test_progress_of_many_sessions_at_once(office, held):
    other = make_session(office, make_course(office, "WORD"), start=dt.date(2027, 3, 1))
    progress = office.checklist.progress([held.session_id, other, 999], TODAY)
    assert set(progress) == {held.session_id, other}
    assert progress[other].done == 0 and progress[other].late == 0  # to come
    past = progress[held.session_id]
    # No client and nobody paying for themself: no convention to send or sign back.
    assert (past.done, past.total) == (2, 10) and past.late == 6
    assert past.text == "2/10"


def test_intra_session_convention_slots_at_a_distance_and_group_invoice(office):
    client = office.parties.save_client(ClientData(name="Mairie de Bron", siret="44298176700019"))
    course = make_course(office, "PAIE")
    start = dt.date(2026, 10, 5)
    session_id = office.sessions.save(
        SessionData(
            course_id=course,
            start_date=start,
            end_date=start,
            kind="intra",
            intra_client_id=client,
            modality="distanciel",
            slots=half_day_slots(start, start),
        )
    )
    learner = make_learner(office)
    office.enrollments.enroll(session_id=session_id, learner_id=learner, client_id=client)
    trainer = office.resources.save_trainer(TrainerData(last_name="Roux", first_name="Léo"))
    slots = [s.id for s in office.sessions.get(session_id).slots]
    office.planning.assign_trainers(slots, [trainer], confirm=True)
    assert item(office, session_id, "slots_staffed").done  # at a distance: no room needed
    sent = item(office, session_id, "convention_sent")
    assert sent.detail == "convention du client intra-entreprise non envoyée"
    add_document(office, "convention", session_id, client_id=client, status="signe")
    assert item(office, session_id, "convention_signed").done
    _invoice(office, session_id, [None])  # one line at the group price, no learner named
    assert item(office, session_id, "invoiced").done
