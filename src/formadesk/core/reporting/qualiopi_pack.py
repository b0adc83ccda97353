"""The Qualiopi evidence pack: a folder per indicator, an index and a .zip, all or nothing.

The pack is written in a hidden temporary folder beside the chosen one and renamed once
complete; the .zip is written under a temporary name too. Cancelled or failed, both are
removed: no half folder is ever left. A name already taken gets « (2) », « (3) » …: an older
pack, possibly annotated by the office, is never replaced.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
import secrets
import shutil
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .. import formatting as fmt
from ..db import Database
from ..errors import FormadeskError
from ..files import publish
from ..outputs import checked_output_folder, describe_os_error
from . import qualiopi_evidence as ev
from . import qualiopi_quality as quality
from . import qualiopi_sections as sections
from .qualiopi import PackCancel, PackProgress, QualiopiFigures

log = logging.getLogger(__name__)
INDEX_NAME = "00-index.pdf"


@dataclass(frozen=True)
class PackSection:
    """One indicator's folder as written: its files, what is missing, remarks."""

    code: str  # « 09 »
    title: str
    folder: str  # « 09 Convocations et règlement »
    files: tuple[str, ...]  # inside the folder: « 2026-EXCEL-001/Convocation - ….pdf »
    counts: tuple[tuple[str, int], ...]  # (« Convocation », 12) …
    missing: tuple[str, ...]
    notes: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """« Indicateur 9 », « Indicateurs 1 et 2 »."""
        if "-" in self.code:
            first, last = (int(n) for n in self.code.split("-"))
            return f"Indicateurs {first} et {last}"
        return f"Indicateur {int(self.code)}"


@dataclass(frozen=True)
class PackIndex:
    """What the index PDF prints."""

    figures: QualiopiFigures
    folder_name: str
    sessions: tuple[str, ...]  # codes of the sessions of the period
    sections: tuple[PackSection, ...]


@dataclass(frozen=True)
class PackResult:
    """The pack written (folder and zip), or nothing when ``cancelled``."""

    start: dt.date
    end: dt.date
    folder: Path | None
    zip_path: Path | None
    sections: tuple[PackSection, ...]
    cancelled: bool = False

    @property
    def file_count(self) -> int:
        return sum(len(s.files) for s in self.sections)

    @property
    def missing(self) -> tuple[str, ...]:
        """« Indicateur 9 : 3 sessions sans convocation envoyée : … », every section."""
        return tuple(f"{s.label} : {m}" for s in self.sections for m in s.missing)

    @property
    def summary(self) -> str:
        if self.cancelled:
            return "Constitution du dossier d'audit annulée : aucun fichier n'a été laissé."
        text = (
            f"Dossier d'audit constitué : {fmt.plural(self.file_count, 'fichier')} dans "
            f"« {self.folder} », et son archive « {self.zip_path.name} »."
        )
        count = len(self.missing)
        if count:
            text += f" {fmt.plural(count, 'manque relevé', 'manques relevés')} dans l'index."
        else:
            text += " Aucun manque relevé."
        return text


def _free_name(folder: Path, name: str) -> str:
    """``name`` or « name (2) » … so that neither the folder nor its .zip exists yet."""
    candidate, n = name, 1
    while (folder / candidate).exists() or (folder / f"{candidate}.zip").exists():
        n += 1
        candidate = f"{name} ({n})"
    return candidate


def _plans(db: Database, figures: QualiopiFigures, today: dt.date) -> tuple[list, tuple]:
    from ..services.surveys.service import SurveyService

    results = SurveyService(db).results(start=figures.start, end=figures.end)
    plans = {code: ev.SectionPlan(code) for code in ev.INDICATORS}
    with db.reading() as s:
        period = ev.period_sessions_of(s, figures)
        ids = list(period)
        found = ev.Found(figures, period, ev.trainees_of(s, ids), ev.latest_documents(s, ids))
        ev.programmes(found, plans["01-02"])
        sections.certifications(s, found, plans["03"])
        ev.convocations(found, plans["09"])
        sections.assessments(s, found, plans["11"])
        sections.engagement(s, db, found, plans["12"])
        sections.disability(s, found, plans["26"])
        quality.satisfaction(s, found, plans["30"], results)
        register = quality.complaints(s, found, plans["31"], today=today)
        quality.improvements(register, plans["32"])
    _figures_pieces(figures, plans["01-02"])
    if not period:
        plans["01-02"].missing.append("Aucune session terminée sur la période choisie.")
    codes = tuple(p.code for p in period.values())
    return list(plans.values()), codes


def _figures_pieces(figures: QualiopiFigures, plan: ev.SectionPlan) -> None:
    from ..documents.reports.qualiopi_pdf import write_figures_pdf
    from ..documents.reports.qualiopi_xlsx import write_figures_xlsx

    plan.pieces[:0] = [
        ev.Piece(
            "Résultats (indicateurs 2 et 3).pdf",
            "Résultats publiés",
            write=lambda p: write_figures_pdf(figures, p),
        ),
        ev.Piece(
            "Résultats (indicateurs 2 et 3).xlsx",
            "Résultats (tableur)",
            write=lambda p: write_figures_xlsx(figures, p),
        ),
    ]
    o = figures.overall
    if o.trained and o.satisfaction_rate is None:
        plan.missing.append(
            "Aucun questionnaire de satisfaction retourné : le taux de satisfaction ne peut "
            "pas être calculé."
        )


def _unique(path: Path) -> Path:
    n, candidate = 1, path
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
    return candidate


def _write_piece(piece: ev.Piece, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if piece.source is not None:
        shutil.copy2(piece.source, target)
    else:
        piece.write(target)


def build_pack(
    db: Database,
    figures: QualiopiFigures,
    out_dir: Path,
    *,
    progress: PackProgress | None = None,
    cancel: PackCancel | None = None,
    today: dt.date | None = None,
) -> PackResult:
    """Write the pack of ``figures``' period into ``out_dir`` (see the module's doc)."""
    report = progress or (lambda _done, _total, _text: None)
    stop = cancel or (lambda: False)
    today = today or dt.date.today()
    out_dir = checked_output_folder(out_dir)
    name = _free_name(
        out_dir,
        f"Dossier Qualiopi du {figures.start:%d-%m-%Y} au {figures.end:%d-%m-%Y}",
    )
    report(0, 1, "Recherche des pièces dans la base…")
    plans, codes = _plans(db, figures, today)
    total = sum(len(p.pieces) for p in plans) + 2
    token = f"{os.getpid()}-{secrets.token_hex(4)}.partial"
    temp = out_dir / f".{name}.{token}"
    temp_zip = out_dir / f".{name}.zip.{token}"
    cancelled = PackResult(figures.start, figures.end, None, None, (), cancelled=True)
    try:
        temp.mkdir()
        done, written = 0, []
        for plan in plans:
            (temp / plan.folder).mkdir()
            files: list[str] = []
            labels: Counter[str] = Counter()
            for piece in plan.pieces:
                if stop():
                    return cancelled
                report(done, total, f"{ev.INDICATORS[plan.code][1]} : {Path(piece.relative).name}")
                target = _unique(temp / plan.folder / piece.relative)
                try:
                    _write_piece(piece, target)
                except (FormadeskError, OSError) as error:
                    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
                        raise
                    reason = (
                        str(error)
                        if isinstance(error, FormadeskError)
                        else (describe_os_error(error, with_name=False))
                    )
                    log.warning("Qualiopi pack: %s not written: %s", piece.relative, error)
                    plan.missing.append(f"{piece.label} « {piece.relative} » non joint : {reason}")
                    target.unlink(missing_ok=True)
                else:
                    files.append(target.relative_to(temp / plan.folder).as_posix())
                    labels[piece.label] += 1
                done += 1
            written.append(
                PackSection(
                    plan.code,
                    plan.title,
                    plan.folder,
                    tuple(files),
                    tuple(sorted(labels.items())),
                    tuple(plan.missing),
                    tuple(plan.notes),
                )  # fmt: skip
            )
        if stop():
            return cancelled
        report(done, total, "Index du dossier…")
        index = PackIndex(figures, name, codes, tuple(written))
        from ..documents.reports.qualiopi_pdf import write_index_pdf

        write_index_pdf(index, temp / INDEX_NAME)
        done += 1
        if stop():
            return cancelled
        report(done, total, "Archive .zip…")
        _zip(temp, name, temp_zip)
        if stop():
            return cancelled
        final, final_zip = out_dir / name, out_dir / f"{name}.zip"
        os.replace(temp, final)
        publish(temp_zip, final_zip)
        report(total, total, "Dossier terminé.")
        return PackResult(figures.start, figures.end, final, final_zip, tuple(written))
    finally:
        shutil.rmtree(temp, ignore_errors=True)  # gone after the rename when complete
        temp_zip.unlink(missing_ok=True)


def _zip(folder: Path, name: str, out: Path) -> None:
    """Every file and folder of ``folder`` under « name/ » in a zip at ``out``."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            arcname = f"{name}/{path.relative_to(folder).as_posix()}"
            if path.is_dir():
                archive.writestr(f"{arcname}/", "")
            else:
                archive.write(path, arcname)
