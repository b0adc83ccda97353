"""Build steps for clients (with contacts) and learners."""

from __future__ import annotations

import itertools
import random

from ..validation import learner_search_text
from . import names
from .context import ClientRec, Context, LearnerRec
from .fake import Fake

STATUSES = ("salarie", "demandeur_emploi", "particulier", "apprenti", "autre")
STATUS_WEIGHTS = (70, 13, 7, 4, 6)
AGES = {"apprenti": (16, 25), "demandeur_emploi": (19, 62)}
ACCESSIBILITY_NEEDS = (
    "Fauteuil roulant : salle de plain-pied ou avec ascenseur.",
    "Déplacements difficiles : place près de la porte, pauses régulières.",
)
OTHER_NEEDS = (
    "Malentendant : supports écrits remis à l'avance.",
    "Dyslexie : temps majoré pour l'évaluation des acquis.",
    "Malvoyante : supports en gros caractères.",
)


def _vat_number(siret: str) -> str:
    siren = int(siret[:9])
    return f"FR{(12 + 3 * (siren % 97)) % 97:02d}{siret[:9]}"


def _client_row(
    client: ClientRec, email: str, phone: str, vat: str, notes: str, site: tuple = ("", "", "")
) -> dict:
    return {
        "id": client.id,
        "kind": client.kind,
        "name": client.name,
        "siret": client.siret,
        "address": client.address,
        "postal_code": client.postal_code,
        "city": client.city,
        "email": email,
        "phone": phone,
        "vat_number": vat,
        "notes": notes,
        "site_address": site[0],
        "site_postal_code": site[1],
        "site_city": site[2],
    }


def _contacts(
    ctx: Context,
    fake: Fake,
    client_id: int,
    domain: str,
    count: int,
    rng: random.Random | None = None,
) -> None:
    rng = rng or ctx.rng
    for _ in range(count):
        civility, first, last = fake.person()
        ctx.add(
            "contacts",
            {
                "id": ctx.new_id("contacts"),
                "client_id": client_id,
                "funder_id": None,
                "civility": civility,
                "last_name": last,
                "first_name": first,
                "role": rng.choice(names.CONTACT_ROLES),
                "email": fake.email(first, last, domain),
                "phone": fake.landline() if rng.random() < 0.6 else fake.mobile(),
            },
        )


def build_clients(ctx: Context, fake: Fake) -> None:
    """Companies of every sector (each with its OPCO) and public bodies, with contacts."""
    rng = ctx.rng
    # Site addresses and the duplicate come from a side stream: the main one, and so every
    # other record of a given seed, stays as it was.
    side = Fake(random.Random(ctx.rng.getstate()[1][0]), fake.today)
    sector_weights = [weight for _sector, _opco, weight, _patterns in names.SECTORS]
    taken: set[str] = set()
    for _ in range(ctx.size.companies):
        sector, opco, _weight, patterns = rng.choices(names.SECTORS, weights=sector_weights)[0]
        name = fake.company_name(patterns)
        while name in taken:
            name = f"{fake.company_name(patterns)} {rng.choice(('SAS', 'SARL', 'SA', 'EURL'))}"
        taken.add(name)
        postal_code, city = fake.place()
        client = ClientRec(
            ctx.new_id("clients"),
            "entreprise",
            name,
            fake.siret(),
            fake.street(),
            postal_code,
            city,
            opco,
        )
        domain = fake.domain_for(name)
        email = f"{rng.choice(('contact', 'formation', 'rh', 'accueil'))}@{domain}"
        notes = f"Secteur : {sector}."
        site = ("", "", "")
        if side.rng.random() < 0.3:  # trains its staff on its own premises
            site = (side.street(), *side.place())
        row = _client_row(client, email, fake.landline(), _vat_number(client.siret), notes, site)
        ctx.add("clients", row)
        _contacts(ctx, fake, client.id, domain, rng.choice((1, 1, 2, 2, 3)))
        ctx.clients.append(client)
    for name, postal_code, city in names.PUBLIC_BODIES[: ctx.size.public_bodies]:
        client = ClientRec(
            ctx.new_id("clients"),
            "public",
            name,
            fake.siret(first_digit=2),
            fake.street(),
            postal_code,
            city,
            "",
        )
        domain = fake.domain_for(name)
        notes = "Collectivité : bon de commande obligatoire."
        row = _client_row(client, f"formation@{domain}", fake.landline(), "", notes)
        ctx.add("clients", row)
        _contacts(ctx, fake, client.id, domain, rng.choice((1, 2)))
        ctx.clients.append(client)
    _duplicate(ctx, side)


def _duplicate(ctx: Context, side: Fake) -> None:
    """The first company typed a second time, in capitals and without SIRET, as happens when
    a colleague does not find it: a record to merge (« Fusionner avec… »)."""
    first = next((c for c in ctx.clients if c.kind == "entreprise"), None)
    if first is None:
        return
    copy = ClientRec(
        ctx.new_id("clients"), "entreprise", f"{first.name.upper()} SARL", "", first.address,
        first.postal_code, first.city, first.opco,
    )  # fmt: skip
    notes = "Fiche créée en double par erreur : à fusionner avec la fiche complète."
    ctx.add("clients", _client_row(copy, "", side.landline(), "", notes))
    _contacts(ctx, side, copy.id, side.domain_for(first.name), 1, side.rng)


def build_learners(ctx: Context, fake: Fake) -> None:
    """Learners with French names and addresses, employers for employees, search text filled."""
    rng = ctx.rng
    companies = [c for c in ctx.clients if c.kind == "entreprise"]
    public = [c for c in ctx.clients if c.kind == "public"] or companies
    # A few big employers and many small ones.
    company_weights = list(
        itertools.accumulate(min(80.0, rng.paretovariate(1.1)) for _ in companies)
    )
    public_weights = list(itertools.accumulate(rng.uniform(1, 6) for _ in public))
    statuses = rng.choices(STATUSES, weights=STATUS_WEIGHTS, k=ctx.size.learners)
    payers: list[tuple[LearnerRec, str, str, str, str]] = []
    for status in statuses:
        civility, first, last = fake.person()
        postal_code, city = fake.place()
        employer = None
        if status in ("salarie", "apprenti"):
            employer = rng.choices(companies, cum_weights=company_weights)[0]
        elif status == "autre":
            employer = rng.choices(public, cum_weights=public_weights)[0]
        if employer is not None and rng.random() < 0.5:
            email = fake.email(first, last, fake.domain_for(employer.name))
        else:
            email = fake.email(first, last, rng.choice(names.PERSONAL_EMAIL_DOMAINS))
        needs_room = rng.random() < 0.02
        needs = ""
        if needs_room:
            needs = rng.choice(ACCESSIBILITY_NEEDS)
        elif rng.random() < 0.015:
            needs = rng.choice(OTHER_NEEDS)
        employer_name = employer.name if employer else ""
        street = fake.street()
        birth_name = ""
        if civility == "Mme" and rng.random() < 0.12:
            birth_name = rng.choice(names.LAST_NAMES)
        learner = LearnerRec(
            ctx.new_id("learners"),
            first,
            last,
            status,
            employer.id if employer else None,
            needs_room,
        )
        born = fake.birth_date(*AGES.get(status, (18, 64)))  # drawn in this order, as ever
        phone = fake.mobile()
        ctx.add(
            "learners",
            {
                "id": learner.id,
                "civility": civility,
                "last_name": last,
                "first_name": first,
                "birth_name": birth_name,
                "birth_date": born,
                "email": email,
                "phone": phone,
                "address": street,
                "postal_code": postal_code,
                "city": city,
                "status": status,
                "employer_name": employer_name,
                "employer_siret": employer.siret if employer else "",
                "employer_client_id": employer.id if employer else None,
                "job_title": rng.choice(names.JOB_TITLES) if employer else "",
                "accessibility_needs": needs,
                "needs_accessible_room": needs_room,
                "notes": "",
                "search_text": learner_search_text(
                    last, first, birth_name, email, phone, city, employer_name
                ),
            },
        )
        if employer is not None:
            employer.employees.append(learner.id)
        if status == "particulier" and rng.random() < 0.5:
            payers.append((learner, street, postal_code, city, email))
        ctx.learners.append(learner)
    # Private persons paying for themselves are clients too (contrat de formation).
    for learner, street, postal_code, city, email in payers:
        name = f"{learner.first_name} {learner.last_name}"
        client = ClientRec(
            ctx.new_id("clients"), "particulier", name, "", street, postal_code, city, ""
        )
        ctx.add("clients", _client_row(client, email, fake.mobile(), "", ""))
        ctx.clients.append(client)
        learner.payer_client_id = client.id
