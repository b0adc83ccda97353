"""The contact journal (journal des échanges): calls, e-mails, visits and letters with any
learner, client, contact, trainer or funder, with attached files and a follow-up date.

A follow-up date becomes one Task (``rule_key`` « interaction:<id>:follow_up »): created with
the date, moved when it moves (and reopened), removed when it is cleared, closed by
``mark_follow_up_done``. A contact's client (or funder) is recorded with the exchange, so that
the client's file shows what was said with each of its people.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import delete, func, select

from ..errors import BusinessRuleError, NotFoundError
from ..model import Attachment, Interaction, InteractionAttachment, Task
from ..validation import require_id
from .attendance.evidence import read_attachment
from .base import Service, get_or_fail
from .journal_checks import CHANNELS, PERSON_FIELDS, check_links, checked, text_condition
from .journal_files import (
    AttachmentRow,
    MessageInfo,
    is_message_file,
    read_journal_file,
    store_journal_file,
)
from .journal_files import read_message as read_message_file
from .journal_people import WHO_COLUMNS, WHO_KINDS, Who, names_of, people_with_email
from .journal_people import search_people as search_people_in
from .journal_people import who_of as who_of_in
from .journal_rows import (
    DIRECTIONS,
    InteractionRow,
    JournalFilter,
    SessionChoice,
    list_rows,
    session_choices,
)

__all__ = [
    "CHANNELS",
    "DIRECTIONS",
    "WHO_KINDS",
    "AttachmentRow",
    "InteractionData",
    "InteractionRow",
    "JournalFilter",
    "JournalService",
    "MessageInfo",
    "SessionChoice",
    "Who",
]
HISTORY_LIMIT = 300


@dataclass
class InteractionData:
    """One exchange as typed: when, how, with whom (an id, or a free name), about what."""

    id: int | None = None
    happened_at: dt.datetime | None = None
    channel: str = "telephone"
    direction: str = "entrant"
    person: str = ""  # a free name, or who was on the line at a client
    learner_id: int | None = None
    client_id: int | None = None
    contact_id: int | None = None
    trainer_id: int | None = None
    funder_id: int | None = None
    session_id: int | None = None
    subject: str = ""
    notes: str = ""
    follow_up_on: dt.date | None = None

    def with_who(self, who: Who | None) -> InteractionData:
        """A copy held with ``who`` only (every other person id cleared)."""
        ids = dict.fromkeys(PERSON_FIELDS)
        if who is not None:
            ids[WHO_COLUMNS[who.kind]] = who.id
        return replace(self, **ids)


def follow_up_key(interaction_id: int) -> str:
    return f"interaction:{interaction_id}:follow_up"


class JournalService(Service):
    """Log, edit, list and find the exchanges; their files; their follow-ups as tasks."""

    # -- writing ------------------------------------------------------------------------
    def log(self, data: InteractionData, *, attach: Sequence[Path | str] = ()) -> int:
        """Record an exchange (and keep the files ``attach``), all or nothing; returns its id."""
        data = checked(replace(data, id=None), attach)
        with self._db.unit_of_work() as s:
            check_links(s, data)
            row = Interaction()
            self._copy(row, data)
            s.add(row)
            s.flush()
            now = dt.datetime.now().replace(microsecond=0)
            for path in attach:
                self._link(s, row.id, store_journal_file(s, Path(path), now).id)
            self._sync_task(s, row)
            interaction_id = row.id
        self._emit("interaction", interaction_id, "created", "task", "attachment")
        return interaction_id

    def update(
        self,
        data: InteractionData,
        *,
        attach: Sequence[Path | str] = (),
        detach: Sequence[int] = (),
    ) -> None:
        """Save the changes of an exchange, add and remove files, move its follow-up task."""
        interaction_id = require_id(data.id, "L'échange")
        data = checked(data, attach)
        with self._db.unit_of_work() as s:
            row = get_or_fail(s, Interaction, interaction_id, "L'échange")
            check_links(s, data)
            self._copy(row, data)
            now = dt.datetime.now().replace(microsecond=0)
            for attachment_id in detach:
                self._unlink(s, interaction_id, attachment_id)
            for path in attach:
                self._link(s, interaction_id, store_journal_file(s, Path(path), now).id)
            s.flush()
            self._sync_task(s, row)
        self._emit("interaction", interaction_id, "updated", "task", "attachment")

    def delete(self, interaction_id: int) -> None:
        """Delete an exchange with its files and its follow-up task."""
        with self._db.unit_of_work() as s:
            row = get_or_fail(s, Interaction, interaction_id, "L'échange")
            owned = list(
                s.scalars(
                    select(InteractionAttachment.attachment_id).where(
                        InteractionAttachment.interaction_id == row.id
                    )
                )
            )
            s.execute(delete(Task).where(Task.rule_key == follow_up_key(row.id)))
            s.execute(
                delete(InteractionAttachment).where(InteractionAttachment.interaction_id == row.id)
            )
            self._drop_unused(s, owned)
            s.delete(row)
        self._emit("interaction", interaction_id, "deleted", "task", "attachment")

    def mark_follow_up_done(self, interaction_id: int, *, on: dt.date | None = None) -> None:
        """The follow-up was made: its task is closed (``done_on``) today or ``on``."""
        with self._db.unit_of_work() as s:
            row = get_or_fail(s, Interaction, interaction_id, "L'échange")
            if row.follow_up_on is None:
                raise BusinessRuleError(
                    "Cet échange n'a pas de date de relance : rien n'est à marquer comme fait."
                )
            task = self._sync_task(s, row)
            task.done_on = on or dt.date.today()
        self._emit("interaction", interaction_id, "updated", "task")

    # -- files --------------------------------------------------------------------------
    def attach(self, interaction_id: int, path: Path | str) -> int:
        """Keep a file with the exchange; returns the attachment's id."""
        read_journal_file(Path(path))  # refused before anything is opened for writing
        with self._db.unit_of_work() as s:
            get_or_fail(s, Interaction, interaction_id, "L'échange")
            now = dt.datetime.now().replace(microsecond=0)
            attachment_id = store_journal_file(s, Path(path), now).id
            self._link(s, interaction_id, attachment_id)
        self._emit("interaction", interaction_id, "updated", "attachment")
        return attachment_id

    def detach(self, interaction_id: int, attachment_id: int) -> None:
        """Remove a file from the exchange (and from the database)."""
        with self._db.unit_of_work() as s:
            get_or_fail(s, Interaction, interaction_id, "L'échange")
            self._unlink(s, interaction_id, attachment_id)
        self._emit("interaction", interaction_id, "updated", "attachment")

    def attachments(self, interaction_id: int) -> list[AttachmentRow]:
        with self._db.reading() as s:
            query = (
                select(
                    Attachment.id,
                    Attachment.filename,
                    Attachment.media_type,
                    Attachment.size,
                    Attachment.added_at,
                )
                .join(InteractionAttachment, InteractionAttachment.attachment_id == Attachment.id)
                .where(InteractionAttachment.interaction_id == interaction_id)
                .order_by(Attachment.added_at, Attachment.id)
            )
            return [AttachmentRow(*r) for r in s.execute(query)]

    def attachment_data(self, attachment_id: int) -> tuple[str, str, bytes]:
        """(file name, media type, bytes) of a file kept with an exchange."""
        require_id(attachment_id, "La pièce jointe")
        with self._db.reading() as s:
            linked = s.scalar(
                select(InteractionAttachment.interaction_id)
                .where(InteractionAttachment.attachment_id == attachment_id)
                .limit(1)
            )
            if linked is None:
                raise NotFoundError("Cette pièce jointe n'existe plus : actualisez la liste.")
            return read_attachment(s, attachment_id)

    # -- reading ------------------------------------------------------------------------
    def get(self, interaction_id: int) -> InteractionData:
        with self._db.reading() as s:
            row = get_or_fail(s, Interaction, interaction_id, "L'échange")
            return InteractionData(
                id=row.id,
                happened_at=row.happened_at,
                channel=row.channel,
                direction=row.direction,
                person=row.person,
                learner_id=row.learner_id,
                client_id=row.client_id,
                contact_id=row.contact_id,
                trainer_id=row.trainer_id,
                funder_id=row.funder_id,
                session_id=row.session_id,
                subject=row.subject,
                notes=row.notes,
                follow_up_on=row.follow_up_on,
            )

    def row(self, interaction_id: int) -> InteractionRow:
        """One exchange as the lists show it."""
        rows = self.list(JournalFilter(ids=(require_id(interaction_id, "L'échange"),)), limit=1)
        if not rows:
            raise NotFoundError(f"L'échange n° {interaction_id} n'existe plus.")
        return rows[0]

    def list(self, flt: JournalFilter | None = None, *, limit: int = 500) -> list[InteractionRow]:
        """Exchanges matching ``flt``, newest first (follow-ups to make: soonest first)."""
        flt = flt or JournalFilter()
        with self._db.reading() as s:
            return list_rows(s, flt, limit, text_condition(flt.text))

    def history(
        self,
        *,
        learner_id: int | None = None,
        client_id: int | None = None,
        contact_id: int | None = None,
        trainer_id: int | None = None,
        funder_id: int | None = None,
        session_id: int | None = None,
        limit: int = HISTORY_LIMIT,
    ) -> list[InteractionRow]:
        """The exchanges of one file, newest first.

        A client's history holds the exchanges with the client and with each of its contacts
        (a contact's exchange records its client); a funder's likewise. A learner's holds those
        logged with the learner, a session's every exchange about the session.
        """
        flt = JournalFilter(
            learner_id=learner_id,
            client_id=client_id,
            contact_id=contact_id,
            trainer_id=trainer_id,
            funder_id=funder_id,
            session_id=session_id,
        )
        if not any((learner_id, client_id, contact_id, trainer_id, funder_id, session_id)):
            return []
        return self.list(flt, limit=limit)

    # -- helping the entry ----------------------------------------------------------------
    def find_people(self, text: str, *, limit: int = 20) -> list[Who]:
        """Learners, contacts, clients, trainers and funders matching the words typed."""
        with self._db.reading() as s:
            return search_people_in(s, text, limit=limit)

    def who(self, kind: str, row_id: int) -> Who:
        with self._db.reading() as s:
            return who_of_in(s, kind, row_id)

    def who_of(self, data: InteractionData) -> Who | None:
        """The person chosen for an exchange (contact first), or None for a free name."""
        for kind in ("contact", "learner", "trainer", "funder", "client"):
            row_id = getattr(data, WHO_COLUMNS[kind])
            if row_id:
                return self.who(kind, row_id)
        return None

    def people_with_email(self, address: str) -> list[Who]:
        with self._db.reading() as s:
            return people_with_email(s, address)

    def read_message(self, path: Path | str) -> MessageInfo:
        """Sender, date, subject and text of a dropped .eml or .msg, with the people whose
        e-mail address is the sender's (``matches``); nothing is stored."""
        info = read_message_file(Path(path))
        info.matches = self.people_with_email(info.sender_email)
        return info

    @staticmethod
    def is_message_file(path: Path | str) -> bool:
        return is_message_file(path)

    def session_choices(
        self, who: Who | None = None, *, around: dt.date | None = None
    ) -> list[SessionChoice]:
        """Sessions to pick for an exchange: the person's own first, then those near today."""
        with self._db.reading() as s:
            return session_choices(s, who, around or dt.date.today())

    # -- internals ------------------------------------------------------------------------
    @staticmethod
    def _copy(row: Interaction, data: InteractionData) -> None:
        for name in (
            "happened_at",
            "channel",
            "direction",
            "person",
            *PERSON_FIELDS,
            "session_id",
            "subject",
            "notes",
            "follow_up_on",
        ):
            setattr(row, name, getattr(data, name))
        row.happened_at = data.happened_at.replace(second=0, microsecond=0)

    @staticmethod
    def _link(s, interaction_id: int, attachment_id: int) -> None:
        s.add(InteractionAttachment(interaction_id=interaction_id, attachment_id=attachment_id))

    def _unlink(self, s, interaction_id: int, attachment_id: int) -> None:
        require_id(attachment_id, "La pièce jointe")
        link = s.get(InteractionAttachment, (interaction_id, attachment_id))
        if link is None:
            raise NotFoundError("Cette pièce jointe n'est plus jointe à l'échange.")
        s.delete(link)
        s.flush()
        self._drop_unused(s, [attachment_id])

    @staticmethod
    def _drop_unused(s, attachment_ids: list[int]) -> None:
        """Delete the files no exchange keeps any more (each was stored for the journal)."""
        for attachment_id in attachment_ids:
            still = s.scalar(
                select(func.count()).where(InteractionAttachment.attachment_id == attachment_id)
            )
            if not still:
                s.execute(delete(Attachment).where(Attachment.id == attachment_id))

    @staticmethod
    def _sync_task(s, row: Interaction) -> Task | None:
        """Make the follow-up task match the exchange's date (reopened when it moves)."""
        key = follow_up_key(row.id)
        task = s.scalar(select(Task).where(Task.rule_key == key))
        if row.follow_up_on is None:
            if task is not None:
                s.delete(task)
            return None
        if task is None:
            task = Task(
                rule_key=key,
                notes="",
                priority=2,
                interaction_id=row.id,
                kind="follow_up",
                fix="interaction",
            )
            s.add(task)
        elif task.due_on != row.follow_up_on:
            task.done_on = None  # a new date: a new follow-up to make
        names = names_of(s, {kind: [getattr(row, col)] for kind, col in WHO_COLUMNS.items()})
        who = next(
            (
                names[kind, getattr(row, WHO_COLUMNS[kind])]
                for kind in ("contact", "learner", "trainer", "funder", "client")
                if (kind, getattr(row, WHO_COLUMNS[kind])) in names
            ),
            None,
        )
        name = who.name if who else row.person
        task.title = f"Relancer {name} : {row.subject}"[:300]
        task.due_on = row.follow_up_on
        task.learner_id = row.learner_id
        task.client_id = row.client_id
        task.session_id = row.session_id
        s.flush()
        return task
