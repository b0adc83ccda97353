"""Writing and recording billing documents that ``DocumentService.generate`` cannot reach.

``DocumentService`` produces documents per session, learner or client; an invoice is produced
per invoice (a client may have an invoice, a credit note and a dédit for one session, a funder
is no client), and a payment reminder per client with overdue invoices, even when that client's
only enrollment was cancelled. Files go to the same folders, named and versioned the same way.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from ...changes import Change, ChangeBus
from ...db import Database
from ...errors import NotFoundError
from ...model import GeneratedDocument, Invoice, TrainingSession
from ...services.billing_rows import invoice_rows
from ..engine.files import safe_file_name
from ..engine.registry import get_kind
from ..service import DocumentService
from .builders import invoice_data
from .letters import build_payment_reminder

INVOICES_FOLDER = "Factures"  # for an invoice whose session was deleted


def _write_and_record(
    database: Database,
    render: Any,
    data: Any,
    path: Path,
    record: dict[str, Any],
) -> int:
    """Render ``data`` at ``path`` and record it; a new file is removed if recording fails."""
    fresh = not path.exists()
    try:
        render(data, path)
        with database.unit_of_work() as s:
            row = GeneratedDocument(
                path=str(path.resolve()), status="genere", generated_at=dt.datetime.now(), **record
            )
            s.add(row)
            s.flush()
            return row.id
    except BaseException:
        if fresh:
            path.unlink(missing_ok=True)
        raise


def render_invoice_file(
    database: Database, invoice_id: int, file_format: str = "pdf", out_dir: Path | None = None
) -> tuple[Path, int]:
    """Write the document of one invoice; return its path and GeneratedDocument id.

    The number never changes: a regeneration writes « … (v2) » beside the first file.
    """
    render = get_kind("facture").renderer(file_format)
    with database.reading() as s:
        invoice = s.get(Invoice, invoice_id)
        if invoice is None:
            raise NotFoundError("Cette facture n'existe plus : actualisez la liste des factures.")
        data = invoice_data(s, invoice_id)
        session = s.get(TrainingSession, invoice.session_id) if invoice.session_id else None
        folder = (
            (session.code, session.start_date.year)
            if session is not None
            else (INVOICES_FOLDER, invoice.issued_on.year)
        )
        prefix = safe_file_name(f"{data.title} {data.number}") + " - "
        previous = s.scalar(
            select(func.count()).where(
                GeneratedDocument.kind == "facture",
                GeneratedDocument.path.contains(prefix, autoescape=True),
            )
        )
        record = {
            "kind": "facture",
            "session_id": invoice.session_id,
            "client_id": invoice.client_id,
            "file_format": file_format,
            "version": (previous or 0) + 1,
            "number": invoice.number,  # the « N° » column of the documents list
        }
    if out_dir is None:
        out_dir = DocumentService(database, ChangeBus()).output_folder(*folder)
    version = record["version"]
    stem = f"{prefix}{data.buyer.name}" + (f" (v{version})" if version > 1 else "")
    path = out_dir / f"{safe_file_name(stem)}.{file_format}"
    return path, _write_and_record(database, render, data, path, record)


def make_payment_reminders(
    database: Database,
    changes: ChangeBus,
    session_id: int | None = None,
    out_dir: Path | None = None,
    *,
    today: dt.date | None = None,
) -> list[Path]:
    """One « relance » letter per client and session with overdue invoices; return the paths."""
    today = today or dt.date.today()
    kind = get_kind("relance")
    render = kind.renderer("pdf")
    documents = DocumentService(database, ChangeBus())
    jobs = []
    with database.reading() as s:
        late = invoice_rows(s, session_id=session_id, overdue_on=today)
        pairs = sorted({(r.session_id, r.client_id) for r in late if r.session_id and r.client_id})
        for sid, cid in pairs:
            data = build_payment_reminder(s, sid, cid, today=today)
            session = s.get(TrainingSession, sid)
            previous = s.scalar(
                select(func.max(GeneratedDocument.version)).where(
                    GeneratedDocument.kind == kind.key,
                    GeneratedDocument.session_id == sid,
                    GeneratedDocument.client_id == cid,
                )
            )
            jobs.append((data, session.code, session.start_date.year, sid, cid, previous or 0))
    paths, ids = [], []
    for data, code, year, sid, cid, previous in jobs:
        folder = out_dir or documents.output_folder(code, year)
        version = previous + 1
        stem = f"{kind.label} - {code} - {data.recipient.name}"
        stem += f" (v{version})" if version > 1 else ""
        path = folder / f"{safe_file_name(stem)}.pdf"
        record = {
            "kind": kind.key,
            "session_id": sid,
            "client_id": cid,
            "file_format": "pdf",
            "version": version,
        }
        ids.append(_write_and_record(database, render, data, path, record))
        paths.append(path)
    if ids:
        changes.emit(Change("document", tuple(ids), "created"))
    return paths
