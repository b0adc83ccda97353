"""`formadesk documents kinds|make|fields|template`: documents from the command line."""

from __future__ import annotations

import argparse

from .cli_parser import add_db_option
from .core import formatting as fmt

FORMATS = ("pdf", "docx", "xlsx")


def add_parser(sub) -> None:
    """Register the ``documents`` subcommand and its actions on the main parser."""
    documents = sub.add_parser("documents", help="produire les documents d'une session")
    actions = documents.add_subparsers(
        dest="action", required=True, metavar="{kinds,make,fields,template}"
    )

    kinds = actions.add_parser("kinds", help="lister les sortes de documents")
    kinds.set_defaults(func=cmd_kinds)

    make = actions.add_parser("make", help="produire les documents d'une session")
    add_db_option(make)
    make.add_argument(
        "--session",
        required=True,
        metavar="CODE",
        help="code de la session (liste : formadesk sessions)",
    )
    make.add_argument(
        "--kind", required=True, metavar="SORTE", help="sorte de document (voir : documents kinds)"
    )
    make.add_argument(
        "--format", dest="file_format", choices=FORMATS, default="pdf", help="par défaut : pdf"
    )
    make.add_argument(
        "--out", metavar="DOSSIER", help="dossier où écrire (sinon le dossier des documents)"
    )
    make.add_argument(
        "--merged", action="store_true", help="écrire aussi un PDF unique, à imprimer en une fois"
    )
    make.set_defaults(func=cmd_make)

    fields = actions.add_parser("fields", help="champs utilisables dans les modèles Word")
    fields.add_argument(
        "kind", nargs="?", metavar="SORTE", help="une sorte de document (sinon toutes)"
    )
    fields.set_defaults(func=cmd_fields)

    template = actions.add_parser(
        "template", help="copier le modèle Word fourni dans le dossier des modèles, pour l'éditer"
    )
    template.add_argument("kind", metavar="SORTE", help="sorte de document")
    template.set_defaults(func=cmd_template)


def _kind(key: str):
    """The registered kind, or a French error listing the known keys."""
    from .core.documents.engine.registry import KINDS
    from .core.errors import BusinessRuleError

    _load_kinds()
    if key not in KINDS:
        known = ", ".join(sorted(KINDS))
        raise BusinessRuleError(f"la sorte de document « {key} » n'existe pas (connues : {known}).")
    return KINDS[key]


def _load_kinds() -> None:
    import formadesk.core.documents  # noqa: F401  (registers every kind)


def cmd_kinds(_args: argparse.Namespace) -> int:
    from .core.documents.engine.field_glossary import SCOPE_LABELS
    from .core.documents.engine.registry import FORMAT_LABELS, KINDS

    _load_kinds()
    rows = [
        (
            kind.key,
            kind.label,
            SCOPE_LABELS.get(kind.scope, kind.scope),
            ", ".join(FORMAT_LABELS.get(f, f) for f in kind.formats),
        )
        for kind in sorted(KINDS.values(), key=lambda k: k.key)
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        print(
            "  ".join(text.ljust(width) for text, width in zip(row, widths, strict=False)), end=""
        )
        print(f"  {row[3]}")
    return 0


def cmd_make(args: argparse.Namespace) -> int:
    from .cli import _database
    from .cli_server import open_office
    from .cli_sessions import find_session
    from .core.outputs import checked_output_folder

    kind = _kind(args.kind)
    kind.renderer(args.file_format)  # a French error before opening the database
    out_dir = checked_output_folder(args.out, create=False) if args.out else None
    with open_office(_database(args)) as office:
        session = find_session(office, args.session)
        files = office.documents.generate(
            kind.key,
            session.id,
            file_format=args.file_format,
            out_dir=out_dir,
            merged=args.merged,
        )
    for path in files:
        print(path)
    if files.merged:
        print(f"PDF unique à imprimer : {files.merged}")
    for skipped in files.skipped:  # recipients the kind does not concern, one line each
        print(f"ignoré : {skipped.line}")
    written = "écrit" if len(files) < 2 else "écrits"
    print(f"{fmt.plural(len(files), 'document')} « {kind.label} » {written}.")
    return 0


def cmd_fields(args: argparse.Namespace) -> int:
    from .core.documents.engine.fields import reference_text

    if args.kind:
        _kind(args.kind)
    else:
        _load_kinds()
    print(reference_text(args.kind), end="")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from .core.documents.engine.docx import copy_default_template

    kind = _kind(args.kind)
    kind.renderer("docx")
    path = copy_default_template(kind.key)
    print(f"Modèle à modifier dans Word ou LibreOffice : {path}")
    print("Supprimez ce fichier pour revenir au modèle fourni.")
    return 0
