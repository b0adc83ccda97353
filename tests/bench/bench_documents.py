"""Benchmark: 200 attestations as PDF, then as Word, on the large demo database.

    PYTHONPATH=src python tests/bench/bench_documents.py [DB] [--count 200] [--kind KIND]
        [--json FILE]

DB defaults to /tmp/large.sqlite3 when it exists (``python -m formadesk demo --size large
--db /tmp/large.sqlite3``), else a small demo is built in a temporary folder. The database is
copied first: the benchmark never writes into the file it is given (a base on a server,
``postgresql://…``, is copied on the same server with CREATE DATABASE … TEMPLATE and dropped
at the end: the document rows recorded go into the copy). It picks the finished
session with the most learners and generates documents for them again and again (new
versions) until ``--count`` files are written, through ``DocumentService.generate`` (builders,
rendering, files, records), then times the renderers alone on the same data.

Budgets (issue « Documents »): 200 PDF in a few seconds (goal: 100 documents a second),
200 DOCX in under 10 s. Exits 1 beyond them. The PDF floor (issue « Speed »), measured in the
same run: raw reportlab writing a page of as much text with the same embedded DejaVu fonts,
in one process; the goal is to match it end to end with the worker processes (every core).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figures, base_argument, label, working_copy  # noqa: E402

DEFAULT_DB = Path("/tmp/large.sqlite3")
BUDGET_SECONDS = {"pdf": 5.0, "docx": 10.0}  # for 200 documents; scaled with --count


def pick_session(office) -> tuple[int, str, list[int]]:
    """The finished session with the most active enrollments: (id, code, enrollment ids)."""
    from formadesk.core.model import ACTIVE_ENROLLMENT_STATUSES, Enrollment, TrainingSession

    with office.database.reading() as s:
        count = func.count(Enrollment.id)
        session_id, code = s.execute(
            select(TrainingSession.id, TrainingSession.code)
            .join(Enrollment, Enrollment.session_id == TrainingSession.id)
            .where(
                TrainingSession.end_date < dt.date.today(),
                Enrollment.status.in_(ACTIVE_ENROLLMENT_STATUSES),
            )
            .group_by(TrainingSession.id)
            .order_by(count.desc(), TrainingSession.id)
            .limit(1)
        ).one()
        ids = s.scalars(
            select(Enrollment.id).where(
                Enrollment.session_id == session_id,
                Enrollment.status.in_(ACTIVE_ENROLLMENT_STATUSES),
            )
        ).all()
    return session_id, code, list(ids)


def through_service(office, kind: str, session_id: int, ids: list[int], fmt: str, count: int):
    """Generate ``count`` files with the service; return (seconds, files)."""
    out = Path(tempfile.mkdtemp(prefix=f"bench-{fmt}-"))
    written = 0
    started = time.perf_counter()
    while written < count:
        chosen = ids[: count - written]
        files = office.documents.generate(
            kind, session_id, file_format=fmt, out_dir=out, enrollment_ids=chosen
        )
        written += len(files)
    elapsed = time.perf_counter() - started
    shutil.rmtree(out, ignore_errors=True)
    return elapsed, written


def reportlab_floor(count: int) -> float:
    """Raw reportlab, one process: ``count`` one-page PDFs of about the same text (title,
    30 lines, DejaVu regular and bold, embedded by reportlab's own TTFont, not Formadesk's
    shared subsets), written to files; return the seconds."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from formadesk.core.documents.engine.layout import FONT_FILES, fonts_dir

    for name in ("DejaVuSans", "DejaVuSans-Bold"):
        pdfmetrics.registerFont(TTFont(f"Floor-{name}", str(fonts_dir() / FONT_FILES[name])))
    out = Path(tempfile.mkdtemp(prefix="bench-floor-"))
    line = "Mme Hélène LEFÈVRE a suivi l'action « Excel intermédiaire » du 07/12 au 08/12 – 14 h"
    started = time.perf_counter()
    for index in range(count):
        canvas = Canvas(str(out / f"{index:04d}.pdf"))
        canvas.setFont("Floor-DejaVuSans-Bold", 16)
        canvas.drawString(72, 780, "Attestation de fin de formation")
        canvas.setFont("Floor-DejaVuSans", 10)
        for row in range(30):
            canvas.drawString(72, 740 - 18 * row, f"{line} ({index}, {row})")
        canvas.showPage()
        canvas.save()
    elapsed = time.perf_counter() - started
    shutil.rmtree(out, ignore_errors=True)
    return elapsed


def floor_elsewhere(count: int) -> float:
    """The floor, measured in a process of its own: reportlab maps a font face to the first
    font registered for it, so raw TTFonts of DejaVu here would replace Formadesk's own."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(reportlab_floor, count).result()


def renderers_only(office, kind_key: str, session_id: int, ids: list[int], fmt: str, count: int):
    """Build the data once per learner, then time the renderer alone for ``count`` files."""
    from formadesk.core.documents.engine.registry import get_kind

    kind = get_kind(kind_key)
    with office.database.reading() as s:
        data = [kind.builder(s, session_id, eid) for eid in ids]
    out = Path(tempfile.mkdtemp(prefix=f"bench-render-{fmt}-"))
    render = kind.renderer(fmt)
    started = time.perf_counter()
    for index in range(count):
        render(data[index % len(data)], out / f"{index:04d}.{fmt}")
    elapsed = time.perf_counter() - started
    shutil.rmtree(out, ignore_errors=True)
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "db", nargs="?", type=base_argument, help="base à copier (défaut : la démo large)"
    )
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--kind", help="sorte de document (défaut : attestation_fin)")
    parser.add_argument("--json", help="écrit les chiffres principaux dans ce fichier JSON")
    args = parser.parse_args(argv)

    import formadesk.core.documents  # noqa: F401  (registers every kind)
    from formadesk.core.demo import build_demo
    from formadesk.core.documents.engine.registry import KINDS
    from formadesk.core.office import Office

    work = Path(tempfile.mkdtemp(prefix="bench-documents-"))
    source = args.db or (DEFAULT_DB if DEFAULT_DB.exists() else None)
    stack = contextlib.ExitStack()
    if source is None:
        db = work / "bench.sqlite3"
        print("Pas de base donnée ni de /tmp/large.sqlite3 : démo « small » construite.")
        build_demo(db, "small")
    else:
        db = stack.enter_context(working_copy(source, work))
    kind = args.kind or ("attestation_fin" if "attestation_fin" in KINDS else "convocation")
    failed = False
    figures = Figures("documents", source or db)
    try:
        office = Office.open(db)
    except BaseException:
        stack.close()
        raise
    try:
        session_id, code, ids = pick_session(office)
        shown = label(source) if source else "démo small"
        print(f"Base : {shown} — session {code}, {len(ids)} inscriptions actives")
        figures.note(session=code, enrollments=len(ids), kind=kind, count=args.count)
        print(f"Sorte : {kind} — {args.count} documents par format\n")
        from formadesk.core import workers

        started = time.perf_counter()
        workers.warm_up()  # what the generation dialog starts when it opens
        warmed = time.perf_counter() - started
        print(
            f"Démarrage des {workers.worker_count()} processus de rendu : "
            f"{warmed:.2f} s (une fois, en arrière-plan)"
        )
        floor = floor_elsewhere(args.count)
        print(
            f"Plancher : reportlab seul, mêmes polices DejaVu, un processus : "
            f"{args.count / floor:.0f} documents/s\n"
        )
        for fmt in ("pdf", "docx"):
            office.documents.generate(  # warm-up: fonts, template check, imports
                kind, session_id, file_format=fmt, out_dir=work / "warm", enrollment_ids=ids[:1]
            )
            seconds, written = through_service(office, kind, session_id, ids, fmt, args.count)
            render = renderers_only(office, kind, session_id, ids, fmt, args.count)
            budget = BUDGET_SECONDS[fmt] * args.count / 200
            verdict = "ok" if seconds <= budget else "HORS BUDGET"
            failed |= seconds > budget
            print(
                f"{fmt.upper():<5} {written} documents en {seconds:.2f} s "
                f"({written / seconds:.0f} documents/s ; budget {budget:.0f} s : {verdict})"
            )
            print(
                f"      rendu seul, un processus : {render:.2f} s "
                f"({args.count / render:.0f} documents/s)"
            )
            what = f"{args.count} {kind} {fmt.upper()}"
            if fmt == "pdf":  # the floor is reportlab's
                figures.add(fmt, f"{what}, bout à bout (reportlab nu)", seconds, floor, unit="s")
            else:
                figures.add(fmt, f"{what}, bout à bout", seconds, unit="s")
            figures.add(f"{fmt}_render", f"{what}, rendu seul (1 processus)", render, unit="s")
            if fmt == "pdf":
                ratio = (written / seconds) / (args.count / floor)
                print(
                    f"      bout à bout / plancher : {ratio:.2f}"
                    " — objectif ≥ 1 (issue « Speed » : ≥ 240 documents/s sur les deux cœurs)"
                )
    finally:
        office.close(backup_if_changed=False)
        stack.close()
        shutil.rmtree(work, ignore_errors=True)
    figures.save(args.json)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
