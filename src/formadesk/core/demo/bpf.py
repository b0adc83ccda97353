"""What the demo office needs for a meaningful BPF (issue 12): a few sessions entrusted to
another training office each year (with the purchase as a cost), training offices that send
their learners to the office (subcontracting received), the trainers' costs of every session
held, and the trainer's remarks on most finished sessions.

Every draw comes from ``ctx.side``: the records drawn from ``ctx.rng`` stay as they were.
"""

from __future__ import annotations

import datetime as dt
import random

from .. import formatting as fmt
from . import reference
from .context import ClientRec, Context, SessionRec
from .fake import Fake

# Sessions of these fields are sometimes entrusted to a specialist office (share of them).
SUBCONTRACTED_DOMAINS = {"securite": 0.05, "langues": 0.04}
SUBCONTRACTORS = {
    "securite": ("Prévention Secours Rhône Formation", "Institut Sécurité Travail Lyon"),
    "langues": ("Lingua Pro Formation", "Babel Langues Entreprises"),
}
SUBCONTRACT_SHARE = 70  # % of the session's price paid to the office it is entrusted to
PARTNER_OFFICES = (
    ("Compétences & Co Formation", "Villeurbanne", "69100"),
    ("Institut Rhône Formation Continue", "Lyon", "69007"),
)
# Share of the learners of an inter-company session sent by a partner training office.
PARTNER_SHARE = {"small": 0.03, "large": 0.006}
EMPLOYER_CHARGES = 145  # % of the gross wage: what an internal trainer's hour costs
OPENING = (
    "Groupe impliqué et ponctuel.",
    "Bonne dynamique de groupe, échanges riches.",
    "Groupe hétérogène : les exercices ont été adaptés au niveau de chacun.",
    "Participants motivés, nombreuses questions sur des cas réels.",
    "Groupe attentif ; un participant a eu besoin d'un accompagnement renforcé.",
    "Démarrage un peu lent le premier jour, groupe soudé ensuite.",
)
CLOSING = {
    "bureau": "Prévoir davantage d'exercices sur les fichiers des participants.",
    "securite": "Les mises en situation ont été très appréciées ; matériel en bon état.",
    "management": "Plusieurs participants souhaitent un suivi à trois mois.",
    "communication": "Les exercices filmés ont été un déclic pour la plupart.",
    "gestion": "Le support mériterait une mise à jour des taux de l'année.",
    "langues": "Niveaux contrôlés en fin de parcours : progression nette pour tous.",
    "numerique": "Connexion de la salle parfois lente : à signaler au service technique.",
}
REMARKED_SHARE = 0.85


def choose_subcontracted(ctx: Context, domains: list[str], ended: list[bool]) -> set[int]:
    """Indexes of the sessions entrusted to another office: a few inter-company sessions of
    the fields listed, at least one among those already over."""
    side = ctx.side
    chosen = {
        index
        for index, domain in enumerate(domains)
        if domain in SUBCONTRACTED_DOMAINS and side.random() < SUBCONTRACTED_DOMAINS[domain]
    }
    if not any(ended[index] for index in chosen):
        over = [i for i, d in enumerate(domains) if d in SUBCONTRACTED_DOMAINS and ended[i]]
        if over:
            chosen.add(over[len(over) // 2])
    return chosen


def subcontractor(ctx: Context, domain: str) -> str:
    return ctx.side.choice(SUBCONTRACTORS[domain])


def trainer_remarks(ctx: Context, domain: str) -> str:
    """A sentence or two of the trainer on a finished session ("" for a few)."""
    side = ctx.side
    if side.random() >= REMARKED_SHARE:
        return ""
    text = side.choice(OPENING)
    if side.random() < 0.6:
        text += " " + CLOSING.get(domain, CLOSING["bureau"])
    return text


def build_partner_offices(ctx: Context, fake: Fake) -> None:
    """Training offices that entrust some of their learners to the office (clients)."""
    side_fake = Fake(random.Random(ctx.side.random()), fake.today)
    count = 1 if ctx.size.learners < 1000 else len(PARTNER_OFFICES)
    for name, city, postal_code in PARTNER_OFFICES[:count]:
        client = ClientRec(
            ctx.new_id("clients"), "organisme_formation", name, side_fake.siret(),
            side_fake.street(), postal_code, city, "",
        )  # fmt: skip
        domain = side_fake.domain_for(name)
        ctx.add(
            "clients",
            {
                "id": client.id,
                "kind": client.kind,
                "name": name,
                "siret": client.siret,
                "address": client.address,
                "postal_code": postal_code,
                "city": city,
                "email": f"formation@{domain}",
                "phone": side_fake.landline(),
                "vat_number": "",
                "notes": "Organisme de formation : nous confie certains de ses stagiaires "
                "(sous-traitance).",
                "site_address": "",
                "site_postal_code": "",
                "site_city": "",
            },
        )
        ctx.clients.append(client)
        ctx.partner_offices.append(client)


def partner_of(ctx: Context, session: SessionRec, status: str) -> ClientRec | None:
    """The training office sending this learner to an inter-company session, if any."""
    if not ctx.partner_offices or session.intra_client is not None or session.showcase:
        return None
    if session.subcontractor or status != "salarie":
        return None
    share = PARTNER_SHARE["small" if ctx.size.learners < 1000 else "large"]
    if ctx.side.random() >= share:
        return None
    return ctx.side.choice(ctx.partner_offices)


def _cost(ctx: Context, session: SessionRec, day: dt.date, category: str, label: str,
          amount: int, trainer_id: int | None = None) -> None:  # fmt: skip
    if day > ctx.today or amount <= 0:
        return
    ctx.add(
        "costs",
        {
            "id": ctx.new_id("costs"),
            "session_id": session.id,
            "trainer_id": trainer_id,
            "spent_on": day,
            "category": category,
            "label": label,
            "amount_cents": amount,
        },
    )


def _month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def build_costs(ctx: Context) -> None:
    """Costs of the sessions held (BPF cadre D): the purchase of an entrusted session; else
    internal trainers' wages (with charges) and external trainers' fees, per half-day."""
    trainers = {trainer.id: trainer for trainer in ctx.trainers}
    for session in ctx.sessions:
        if session.status != "terminee":
            continue
        if session.subcontractor:
            if session.intra_client is not None:
                base = session.price_cents
            else:
                followed = [r for r in session.enrollments if r.status in ("termine", "abandon")]
                base = session.price_cents * len(followed)
            label = f"Sous-traitance de la session {session.code} à {session.subcontractor}"
            amount = base * SUBCONTRACT_SHARE // 100
            _cost(ctx, session, session.end + dt.timedelta(days=20), "achats_formation", label,
                  amount)  # fmt: skip
            continue
        halves: dict[int, int] = {}
        for slot in session.slots:
            halves[slot.trainer_id] = halves.get(slot.trainer_id, 0) + 1
        for trainer_id, count in sorted(halves.items()):
            trainer = trainers[trainer_id]
            name = f"{trainer.first_name} {trainer.last_name}"
            hours = count * reference.SLOT_MINUTES / 60
            if trainer.internal:
                amount = round(hours * trainer.hourly_cents * EMPLOYER_CHARGES / 100)
                label = f"Salaire {fmt.of_name(name)}, {hours:g} h — session {session.code}"
                label = label.replace(".", ",")
                _cost(ctx, session, _month_end(session.end), "salaires_formateurs", label,
                      amount, trainer_id)  # fmt: skip
            else:
                amount = trainer.daily_cents * count // 2
                who = trainer.company or name
                days = count / 2
                word = "jour" if days < 2 else "jours"
                label = f"Honoraires {who} ({name}), {days:g} {word} — session {session.code}"
                label = label.replace(".", ",")
                _cost(ctx, session, session.end + dt.timedelta(days=15), "achats_formation",
                      label, amount, trainer_id)  # fmt: skip
