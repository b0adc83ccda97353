"""Documents for each trainer of a session (ordre de mission and the like)."""

from __future__ import annotations

import datetime as dt
import email
from dataclasses import dataclass
from email import policy

import pytest
from sqlalchemy import select

from formadesk.core.documents.engine import registry
from formadesk.core.errors import BusinessRuleError
from formadesk.core.model import Slot, SlotTrainer, Trainer

CODE = "2026-EXCEL-INT-003"


@dataclass(frozen=True)
class TrainerNote:
    session_id: int
    trainer_id: int


def _builder(s, session_id: int, trainer_id: int) -> TrainerNote:
    return TrainerNote(session_id, trainer_id)


def _render(data: TrainerNote, out):
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(f"{data.session_id}:{data.trainer_id}")
    return out


@pytest.fixture
def trainer_kind(monkeypatch):
    kind = registry.DocumentKind(
        key="note_formateur",
        label="Note formateur",
        scope="trainer",
        builder=_builder,
        renderers={"pdf": _render},
    )
    monkeypatch.setitem(registry.KINDS, kind.key, kind)
    return kind


def _second_trainer(desk, seeded) -> int:
    """Anne Roux teaches one slot only (SlotTrainer), with an email address."""
    with desk.database.unit_of_work() as s:
        anne = Trainer(first_name="Anne", last_name="Roux", civility="Mme", email="a.roux@ex.fr")
        s.add(anne)
        s.flush()
        slot = s.scalar(select(Slot).where(Slot.session_id == seeded["session"]).limit(1))
        s.add(SlotTrainer(slot_id=slot.id, trainer_id=anne.id))
        return anne.id


def test_one_file_per_trainer_of_the_session_or_of_a_slot(desk, seeded, trainer_kind):
    anne = _second_trainer(desk, seeded)

    files = desk.documents.generate("note_formateur", seeded["session"])

    assert [p.name for p in files] == [
        f"Note formateur - {CODE} - MARTIN Claire.pdf",
        f"Note formateur - {CODE} - ROUX Anne.pdf",
    ]
    assert files[1].read_text() == f"{seeded['session']}:{anne}"
    rows = desk.documents.list_documents(seeded["session"])
    assert sorted(r.learner_name for r in rows) == ["MARTIN Claire", "ROUX Anne"]


def test_versions_are_counted_per_trainer(desk, seeded, trainer_kind):
    anne = _second_trainer(desk, seeded)
    desk.documents.generate("note_formateur", seeded["session"])
    (again,) = desk.documents.generate("note_formateur", seeded["session"], trainer_ids=[anne])
    assert again.name == f"Note formateur - {CODE} - ROUX Anne (v2).pdf"


def test_email_draft_goes_to_the_trainer(desk, seeded, trainer_kind, tmp_path):
    _second_trainer(desk, seeded)
    files = desk.documents.generate("note_formateur", seeded["session"])
    eml = desk.documents.email_draft(files.document_ids[1], out_dir=tmp_path)
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].addr_spec == "a.roux@ex.fr"
    assert message.get_body(("plain",)).get_content().startswith("Madame,")
    with pytest.raises(BusinessRuleError, match="Claire Martin n'a pas d'adresse"):
        desk.documents.email_draft(files.document_ids[0], out_dir=tmp_path)


def test_a_session_without_trainer_is_refused_in_french(desk, seeded, trainer_kind):
    with desk.database.unit_of_work() as s:
        for trainer in s.scalars(select(Trainer)):
            s.delete(trainer)
    with pytest.raises(BusinessRuleError, match="n'a aucun formateur : affectez"):
        desk.documents.generate("note_formateur", seeded["session"])
    assert dt.date.today()  # nothing written, nothing recorded
    assert desk.documents.list_documents() == []
