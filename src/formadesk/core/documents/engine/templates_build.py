"""Build the shipped Word templates from each kind's ``DOCX_TEMPLATE`` (see ``docx_spec``).

    python -m formadesk.core.documents.engine.templates_build  # (re)write resources/templates
    python -m formadesk.core.documents.engine.templates_build --check  # exit 1 if one is stale

A kind module declares ``DOCX_TEMPLATE = [Letterhead(), Heading(...), ...]`` (or
``DOCX_TEMPLATES = {"key": [...]}`` for several kinds) and registers
``docx_renderer("<key>")``; the template is written with python-docx, A4, in the docxtpl
conventions (``{%p for %}`` paragraphs, ``{%tr for %}`` table rows), then checked against the
kind's data class so a wrong field fails here rather than in the office.
"""

from __future__ import annotations

import argparse
import io
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docxtpl import DocxTemplate

from . import docx_spec as spec
from .docx import _env, shipped_templates_dir, spec_module, template_name
from .docx_writer import DocxWriter
from .fields import data_class, extra_fields
from .registry import KINDS, DocumentKind
from .template_check import check_template


def template_spec(kind: DocumentKind) -> list[spec.Block] | None:
    """The ``DOCX_TEMPLATE`` declared for a kind with a "docx" renderer, or None."""
    if "docx" not in kind.renderers:
        return None
    names = [spec_module(kind.key)]
    names += [getattr(r, "__module__", None) for r in kind.renderers.values()]
    names.append(getattr(kind.builder, "__module__", None))
    for name in names:
        module = sys.modules.get(name or "")
        if module is None:
            continue
        several = getattr(module, "DOCX_TEMPLATES", None)
        if isinstance(several, dict) and kind.key in several:
            return list(several[kind.key])
        single = getattr(module, "DOCX_TEMPLATE", None)
        if single is not None:
            return list(single)
    return None


def build_document(blocks: Sequence[spec.Block], title: str = "") -> bytes:
    """The .docx bytes of a template spec."""
    writer = DocxWriter(Document(), title)
    for block in blocks:
        writer.add(block)
    package_rels = writer.document.part.package.rels
    for key, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):  # python-docx's own preview, not this document's
            del package_rels[key]
    buffer = io.BytesIO()
    writer.document.save(buffer)
    return buffer.getvalue()


def comparable_parts(content: bytes) -> dict[str, str]:
    """The XML parts that say what a template contains (not its zip bytes or dates)."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {
            name: archive.read(name).decode("utf-8")
            for name in sorted(archive.namelist())
            if (name.startswith("word/") and name.endswith(".xml"))
            or name in ("[Content_Types].xml", "_rels/.rels")
        }


def check_spec(kind: DocumentKind, content: bytes) -> None:
    """Raise TemplateError if the built template uses a field the kind's data lacks."""
    tpl = DocxTemplate(io.BytesIO(content))
    data_type = data_class(kind)
    check_template(
        tpl,
        _env,
        name=template_name(kind.key),
        user=False,
        data_type=data_type,
        extra=extra_fields(data_type),
    )


def build_all(folder: Path | None = None, *, check: bool = False) -> tuple[list[str], list[str]]:
    """Write (or with ``check``, compare) every template; return (changed, problems)."""
    import formadesk.core.documents  # noqa: F401  (registers every kind)

    folder = folder or shipped_templates_dir()
    changed: list[str] = []
    problems: list[str] = []
    for kind in sorted(KINDS.values(), key=lambda k: k.key):
        if "docx" not in kind.renderers:
            continue
        blocks = template_spec(kind)
        name = template_name(kind.key)
        if blocks is None:
            problems.append(f"{name} : aucun DOCX_TEMPLATE trouvé pour « {kind.key} »")
            continue
        content = build_document(blocks, kind.label)
        try:
            check_spec(kind, content)
        except Exception as error:  # reported with the others, then exit 1
            problems.append(f"{name} : {error}")
            continue
        target = folder / name
        current = target.read_bytes() if target.is_file() else b""
        if current and comparable_parts(current) == comparable_parts(content):
            continue
        changed.append(name)
        if not check:
            folder.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
    return changed, problems


def stale_templates() -> list[str]:
    """Templates missing or different from what their spec produces (empty when in step)."""
    changed, problems = build_all(check=True)
    return changed + problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Modèles Word fournis, depuis DOCX_TEMPLATE")
    parser.add_argument("--check", action="store_true", help="vérifier sans écrire")
    parser.add_argument("--out", type=Path, help="dossier (défaut : resources/templates)")
    args = parser.parse_args(argv)
    changed, problems = build_all(args.out, check=args.check)
    for problem in problems:
        print(f"Erreur : {problem}", file=sys.stderr)
    verb = "à régénérer" if args.check else "écrit"
    for name in changed:
        print(f"{verb} : {name}")
    if args.check and changed:
        print("Lancez : python -m formadesk.core.documents.engine.templates_build", file=sys.stderr)
    return 1 if problems or (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
