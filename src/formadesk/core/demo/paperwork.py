"""Build step: generated documents, quotes and invoices (gap-free numbers per year)."""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass, field
from pathlib import Path

from .. import formatting as fmt
from .. import paths
from ..documents.engine.files import safe_file_name
from ..services.billing_numbers import TERMS_KEYS
from ..services.settings import DEFAULTS
from . import reference
from .context import ClientRec, Context, EnrollmentRec, SessionRec
from .fake import Fake

DAY = dt.timedelta(days=1)
BILLED = ("termine", "abandon")
# Kind keys (GeneratedDocument.kind) and the labels that start their file names.
DOCUMENT_LABELS = {
    "programme": "Programme",
    "convention": "Convention de formation",
    "contrat": "Contrat de formation",
    "convocation": "Convocation",
    "emargement_jour": "Feuille d'émargement",
    "attestation_fin": "Attestation de fin de formation",
    "certificat_realisation": "Certificat de réalisation",
}


def _document(
    ctx: Context,
    fake: Fake,
    session: SessionRec,
    kind: str,
    day: dt.date,
    *,
    record: EnrollmentRec | None = None,
    client: ClientRec | None = None,
    sent_after: int | None = None,
    signed_after: int | None = None,
) -> None:
    """One generated file, sent and signed back after the given number of days, if ever."""
    if day > ctx.today:
        return
    generated = fake.datetime_on(day)
    sent = generated + sent_after * DAY if sent_after is not None else None
    signed = sent + signed_after * DAY if sent and signed_after is not None else None
    now = dt.datetime.combine(ctx.today, dt.time(23, 59))
    sent = sent if sent and sent <= now else None
    signed = signed if signed and signed <= now else None
    version = 2 if ctx.rng.random() < 0.05 else 1
    name = client.name if client else ""
    if record is not None:
        name = f"{record.learner.last_name.upper()} {record.learner.first_name}"
    # Named like DocumentService does: <documents>/<year>/<code>/<label> - <code> - <name>.pdf
    stem = " - ".join(part for part in (DOCUMENT_LABELS[kind], session.code, name) if part)
    stem += f" (v{version})" if version > 1 else ""
    folder = ctx.documents_dir / str(session.start.year) / safe_file_name(session.code)
    ctx.add(
        "generated_documents",
        {
            "id": ctx.new_id("generated_documents"),
            "kind": kind,
            "session_id": session.id,
            "learner_id": record.learner.id if record else None,
            "client_id": client.id if client else record.client_id if record else None,
            "path": str(folder / f"{safe_file_name(stem)}.pdf"),
            "file_format": "pdf",
            "version": version,
            "status": "signe" if signed else "envoye" if sent else "genere",
            "generated_at": generated,
            "sent_at": sent,
            "signed_at": signed,
        },
    )


def _documents_base() -> Path:
    """Where DocumentService files documents: FORMADESK_DOCUMENTS_DIR, else the user's folder."""
    return paths.documents_base()


def build_documents(ctx: Context, fake: Fake) -> None:
    """The files Formadesk produced for the sessions of the last months."""
    rng, today = ctx.rng, ctx.today
    ctx.documents_dir = _documents_base()
    since = today - ctx.size.documents_days * DAY
    for session in ctx.sessions:
        if session.status == "annulee" or not since <= session.start <= today + 45 * DAY:
            continue
        start, end = session.start, session.end
        document = functools.partial(_document, ctx, fake, session)
        document("programme", start - 40 * DAY)
        for client_id in sorted({r.client_id for r in session.enrollments if r.client_id}):
            client = ctx.client(client_id)
            kind = "contrat" if client.kind == "particulier" else "convention"
            signed_after = rng.randint(3, 25)
            document(kind, start - 30 * DAY, client=client, sent_after=0, signed_after=signed_after)
        if start <= today:
            document("emargement_jour", start - DAY)
        for record in session.enrollments:
            if record.status not in ("inscrit", "termine", "abandon"):
                continue
            document("convocation", start - 15 * DAY, record=record, sent_after=0)
            if record.status == "termine":
                sent = 1 if rng.random() < 0.8 else None
                # No attestation de fin before the trainer's results (the program refuses it).
                assessed = record.id in ctx.assessed or not session.course.objective_ids
                kinds = ("attestation_fin",) if assessed else ()
                for kind in (*kinds, "certificat_realisation"):
                    document(kind, end + 2 * DAY, record=record, sent_after=sent)


@dataclass(slots=True)
class _Bill:
    """An invoice or quote before it gets its number."""

    issued_on: dt.date
    order: int
    session: SessionRec | None
    client_id: int | None = None
    funder_id: int | None = None
    kind: str = "facture"
    lines: list[tuple[str, int, int, int | None]] = field(default_factory=list)  # label qty unit id
    cancels: _Bill | None = None
    status: str = ""
    id: int = 0
    sequence: int = 0
    number: str = ""


def _learner_label(session: SessionRec, record: EnrollmentRec, suffix: str = "") -> str:
    learner = record.learner
    return f"{session.course.spec.title} — {learner.last_name.upper()} {learner.first_name}{suffix}"


def _session_bills(ctx: Context, session: SessionRec, order: int) -> list[_Bill]:
    rng, spec = ctx.rng, session.course.spec
    issued = session.end + rng.randint(1, 8) * DAY
    if issued > ctx.today:
        return []  # not invoiced yet
    billed = [r for r in session.enrollments if r.status in BILLED]
    if session.intra_client is not None:
        label = (
            f"Formation intra-entreprise « {spec.title} », "
            f"{fmt.plural(len(billed), 'participant')}, "
            f"du {session.start:%d/%m/%Y} au {session.end:%d/%m/%Y}"
        )
        bill = _Bill(issued, order, session, session.intra_client.id)
        bill.lines.append((label, 1, session.price_cents, None))
        return [bill]
    planned = len(session.slots) * reference.SLOT_MINUTES
    by_funder: dict[int, _Bill] = {}
    by_client: dict[int, _Bill] = {}
    for record in billed:
        subrogated = 0
        for funder_id, amount, subrogation in record.funding:
            if not subrogation:
                continue
            subrogated += amount
            # Absences are not invoiced to the funder: bill the hours actually attended.
            due = amount * min(record.minutes, planned) // planned
            hours = f" ({record.minutes / 60:.1f} h réalisées)".replace(".", ",")
            if due > 0:
                new = _Bill(issued, order, session, None, funder_id)
                bill = by_funder.setdefault(funder_id, new)
                bill.lines.append((_learner_label(session, record, hours), 1, due, record.id))
        rest = record.price_cents - subrogated
        if rest > 0 and record.client_id is not None:
            new = _Bill(issued, order, session, record.client_id)
            bill = by_client.setdefault(record.client_id, new)
            bill.lines.append((_learner_label(session, record), 1, rest, record.id))
    for record in session.enrollments:
        late = record.cancelled_on and (session.start - record.cancelled_on).days < 10
        client = ctx.client(record.client_id)
        if record.status == "annule" and late and client and client.kind == "entreprise":
            bill = _Bill(record.cancelled_on + 5 * DAY, order, session, client.id, kind="dedit")
            label = "Dédit : annulation tardive — " + _learner_label(session, record)
            bill.lines.append((label, 1, record.price_cents * 3 // 10, record.id))
            if bill.issued_on <= ctx.today:
                by_client[-record.id] = bill
    return [*by_funder.values(), *by_client.values()]


def _number(ctx: Context, bills: list[_Bill], prefix: str, table: str) -> dict[int, int]:
    """Give ids and gap-free numbers per year in date order; return the last number per year."""
    bills.sort(key=lambda b: (b.issued_on, b.order))
    last: dict[int, int] = {}
    for bill in bills:
        year = bill.issued_on.year
        last[year] = last.get(year, 0) + 1
        bill.id, bill.sequence = ctx.new_id(table), last[year]
        bill.number = f"{prefix}{year}-{bill.sequence:04d}"
    return last


def build_invoices(ctx: Context) -> None:
    """Invoices (and a few credit notes and cancellation fees) for the finished sessions."""
    rng, today = ctx.rng, ctx.today
    bills: list[_Bill] = []
    for order, session in enumerate(ctx.sessions):
        if session.status == "terminee":
            bills.extend(_session_bills(ctx, session, order))
    for bill in list(bills):
        if bill.kind == "facture" and rng.random() < 0.01:
            issued = bill.issued_on + rng.randint(5, 40) * DAY
            credit = _Bill(issued, bill.order, bill.session, bill.client_id, bill.funder_id)
            credit.kind, credit.cancels = "avoir", bill
            credit.lines = [
                (f"Avoir : {label}", qty, -unit, eid) for label, qty, unit, eid in bill.lines
            ]
            if credit.issued_on <= today:
                bill.status = "annulee"
                bills.append(credit)
    last = _number(ctx, bills, "F", "invoices")
    # what each invoice printed when issued: the demo's bank details and the default clauses
    terms = json.dumps(
        {key: DEFAULTS.get(key, "") for key in TERMS_KEYS} | reference.BANK_SETTINGS,
        ensure_ascii=False,
    )
    for bill in bills:
        due = bill.issued_on + 30 * DAY
        paid = bill.issued_on + rng.randint(8, 75) * DAY
        paid_on = paid if bill.kind != "avoir" and paid <= today and not bill.status else None
        status = bill.status or ("payee" if paid_on else "emise")
        ctx.add(
            "invoices",
            {
                "id": bill.id,
                "number": bill.number,
                "year": bill.issued_on.year,
                "sequence": bill.sequence,
                "kind": bill.kind,
                "client_id": bill.client_id,
                "funder_id": bill.funder_id,
                "session_id": bill.session.id if bill.session else None,
                "issued_on": bill.issued_on,
                "due_on": due,
                "status": status,
                "cancels_invoice_id": bill.cancels.id if bill.cancels else None,
                "paid_on": paid_on,
                "notes": f"Avoir sur la facture {bill.cancels.number}" if bill.cancels else "",
                "terms": "" if bill.kind == "avoir" else terms,
            },
        )
        for position, (label, quantity, unit, enrollment_id) in enumerate(bill.lines, start=1):
            ctx.add(
                "invoice_lines",
                {
                    "id": ctx.new_id("invoice_lines"),
                    "invoice_id": bill.id,
                    "position": position,
                    "label": label,
                    "quantity": quantity,
                    "unit_price_cents": unit,
                    "vat_rate_permille": 0,
                    "enrollment_id": enrollment_id,
                },
            )
    for year, sequence in sorted(last.items()):
        ctx.add("invoice_counters", {"year": year, "last_sequence": sequence})


def build_quotes(ctx: Context) -> None:
    """Quotes for intra-company sessions and for some company groups in inter sessions."""
    rng, today = ctx.rng, ctx.today
    quotes: list[_Bill] = []
    for order, session in enumerate(ctx.sessions):
        spec = session.course.spec
        issued = min(today, session.start - rng.randint(30, 60) * DAY)
        if session.intra_client is not None:
            quote = _Bill(issued, order, session, session.intra_client.id)
            quote.lines.append(
                (f"Formation intra-entreprise « {spec.title} »", 1, session.price_cents, None)
            )
            quotes.append(quote)
            continue
        counts: dict[int, int] = {}
        for record in session.enrollments:
            client = ctx.client(record.client_id)
            if client is not None and client.kind == "entreprise":
                counts[client.id] = counts.get(client.id, 0) + 1
        for client_id, count in counts.items():
            if rng.random() < 0.1:
                quote = _Bill(issued, order, session, client_id)
                quote.lines.append((spec.title, count, session.price_cents, None))
                quotes.append(quote)
    _number(ctx, quotes, "D", "quotes")
    for quote in quotes:
        session = quote.session
        if session.status == "annulee":
            status = "refuse"
        elif session.start <= today:
            status = "accepte"
        else:
            status = rng.choice(("brouillon", "envoye", "envoye", "accepte"))
        ctx.add(
            "quotes",
            {
                "id": quote.id,
                "number": quote.number,
                "client_id": quote.client_id,
                "session_id": session.id,
                "course_id": session.course.id,
                "issued_on": quote.issued_on,
                "valid_until": quote.issued_on + 30 * DAY,
                "status": status,
                "notes": "",
            },
        )
        for position, (label, quantity, unit, _eid) in enumerate(quote.lines, start=1):
            ctx.add(
                "quote_lines",
                {
                    "id": ctx.new_id("quote_lines"),
                    "quote_id": quote.id,
                    "position": position,
                    "label": label,
                    "quantity": quantity,
                    "unit_price_cents": unit,
                    "vat_rate_permille": 0,
                },
            )
