"""Checks of an exchange before it is saved (French messages naming each field), and the SQL
narrowing of a text search in the journal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..guards import column_problems, record_problems
from ..model import (
    INTERACTION_CHANNELS,
    Client,
    Contact,
    Funder,
    Interaction,
    Learner,
    Trainer,
    TrainingSession,
)
from ..validation import FIRST_YEAR, LAST_YEAR, normalise_search, optional_id
from .base import get_or_fail
from .journal_files import read_journal_file
from .journal_people import WHO_COLUMNS, WHO_KINDS
from .journal_rows import DIRECTIONS
from .parties import _like_pattern  # private helper shared on purpose: one accent pattern

if TYPE_CHECKING:
    from .journal import InteractionData

PERSON_FIELDS = tuple(WHO_COLUMNS.values())  # learner_id, contact_id, client_id ...
CHANNELS = dict(INTERACTION_CHANNELS)


def checked(data: InteractionData, attach: Sequence[Path | str]) -> InteractionData:
    """The exchange cleaned (spaces), or one ValidationError naming every wrong field."""
    errors = record_problems(data, Interaction)
    if errors:
        raise ValidationError(errors)
    data = replace(
        data,
        person=" ".join((data.person or "").split()),
        subject=" ".join((data.subject or "").split()),
        notes=(data.notes or "").strip(),
    )
    for name in (*PERSON_FIELDS, "session_id"):
        label = "La session" if name == "session_id" else WHO_KINDS[name[:-3]]
        optional_id(getattr(data, name), label)
    if not data.person and not any(getattr(data, name) for name in PERSON_FIELDS):
        errors["person"] = (
            "Indiquez avec qui l'échange a eu lieu : choisissez une personne dans la liste "
            "ou tapez son nom."
        )
    if not data.subject:
        errors["subject"] = "Saisissez l'objet de l'échange en quelques mots."
    if data.channel not in CHANNELS:
        errors["channel"] = "Choisissez le canal : téléphone, e-mail, visite ou courrier."
    if data.direction not in DIRECTIONS:
        errors["direction"] = "Choisissez le sens de l'échange : reçu ou émis."
    errors.update(date_problems(data))
    for name, message in column_problems(data, Interaction).items():
        errors.setdefault(name, message)
    for path in attach:
        try:
            read_journal_file(Path(path))
        except ValidationError as error:
            errors.setdefault("attachments", error.errors["attachments"])
    if errors:
        raise ValidationError(errors)
    return data


def date_problems(data: InteractionData) -> dict[str, str]:
    errors: dict[str, str] = {}
    when = data.happened_at
    if not isinstance(when, dt.datetime):
        errors["happened_at"] = "Indiquez la date et l'heure de l'échange."
    elif not FIRST_YEAR <= when.year <= LAST_YEAR:
        errors["happened_at"] = (
            f"La date de l'échange : l'année {when.year} n'est pas plausible. Vérifiez la date."
        )
    elif when.date() > dt.date.today():
        errors["happened_at"] = (
            f"L'échange est daté du {when:%d/%m/%Y}, qui n'est pas encore arrivé : notez-le "
            "une fois qu'il a eu lieu, ou mettez une date de relance sur un échange passé."
        )
    follow = data.follow_up_on
    if follow is None:
        return errors
    if not isinstance(follow, dt.date) or isinstance(follow, dt.datetime):
        errors["follow_up_on"] = "La date de relance doit être une date (JJ/MM/AAAA)."
    elif not FIRST_YEAR <= follow.year <= LAST_YEAR:
        errors["follow_up_on"] = (
            f"La date de relance : l'année {follow.year} n'est pas plausible. Vérifiez la date."
        )
    elif isinstance(when, dt.datetime) and follow < when.date():
        errors["follow_up_on"] = (
            f"La relance du {follow:%d/%m/%Y} précède l'échange du {when:%d/%m/%Y} : "
            "choisissez une date de relance après l'échange, ou aucune."
        )
    return errors


def check_links(s: Session, data: InteractionData) -> None:
    """Every chosen person and session exists; a contact brings its client (or funder)."""
    for kind, model, label in (
        ("learner", Learner, "L'apprenant"),
        ("client", Client, "Le client"),
        ("trainer", Trainer, "Le formateur"),
        ("funder", Funder, "Le financeur"),
    ):
        row_id = getattr(data, WHO_COLUMNS[kind])
        if row_id is not None:
            get_or_fail(s, model, row_id, label)
    if data.session_id is not None:
        get_or_fail(s, TrainingSession, data.session_id, "La session")
    if data.contact_id is None:
        return
    contact = get_or_fail(s, Contact, data.contact_id, "Le contact")
    for owner in ("client_id", "funder_id"):
        own = getattr(contact, owner)
        chosen = getattr(data, owner)
        if own is None:
            continue
        if chosen is not None and chosen != own:
            body = "client" if owner == "client_id" else "financeur"
            raise ValidationError(
                {
                    "person": f"{contact.first_name} {contact.last_name} est le contact "
                    f"d'un autre {body} : choisissez le contact dans la liste de nouveau."
                }
            )
        setattr(data, owner, own)


def text_condition(text: str):
    """SQL narrowing of a text search (every word somewhere: subject, text, names)."""
    words = normalise_search(text).split()
    if not words:
        return None
    conditions = []
    own = Interaction.subject + " " + Interaction.notes + " " + Interaction.person
    for word in words:
        pattern = _like_pattern(word)
        conditions.append(
            or_(
                own.ilike(pattern, escape="/"),
                Interaction.learner_id.in_(
                    select(Learner.id).where(Learner.search_text.contains(word, autoescape=True))
                ),
                Interaction.contact_id.in_(
                    select(Contact.id).where(
                        (Contact.first_name + " " + Contact.last_name).ilike(pattern, escape="/")
                    )
                ),
                Interaction.client_id.in_(
                    select(Client.id).where(Client.name.ilike(pattern, escape="/"))
                ),
                Interaction.trainer_id.in_(
                    select(Trainer.id).where(
                        (Trainer.first_name + " " + Trainer.last_name).ilike(pattern, escape="/")
                    )
                ),
                Interaction.funder_id.in_(
                    select(Funder.id).where(Funder.name.ilike(pattern, escape="/"))
                ),
            )
        )
    return and_(*conditions)
