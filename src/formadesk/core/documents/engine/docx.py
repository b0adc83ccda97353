"""Word output from DOCX templates (docxtpl): shipped defaults, user overrides, checked fields.

The template of a kind is ``<user templates folder>/<kind>.docx`` when the office saved its own
version there, else the shipped ``resources/templates/<kind>.docx`` (built from the kind's
``DOCX_TEMPLATE`` by ``templates_build``). Before its first use a template is checked against
the kind's data class (``template_check``): a broken ``{{ … }}`` or an unknown field stops the
rendering with a French message, and no file is written.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import sys
import threading
from collections.abc import Callable, Mapping
from io import BytesIO
from pathlib import Path
from typing import Any

from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage
from jinja2 import Environment
from jinja2 import TemplateError as JinjaError

from ... import paths
from ...files import atomic_path
from .docx_fast import PreparedTemplate, fill, prepare
from .fields import extra_fields, members, organisation_path
from .layout import fonts_dir
from .registry import Renderer
from .template_check import ADVICE_SHIPPED, ADVICE_USER, TemplateError, check_template

ENV_TEMPLATES_DIR = "FORMADESK_TEMPLATES_DIR"
USER_FOLDER = "modeles"
LOGO_HEIGHT = Mm(18)

_spec_modules: dict[str, str] = {}  # kind key -> module that declared its DOCX_TEMPLATE
_checked: dict[tuple, bytes] = {}  # (path, mtime, size, data type) -> template bytes
_fast: dict[tuple, PreparedTemplate | None] = {}  # (checked key, logo) -> prepared template
_lock = threading.Lock()

__all__ = [
    "TemplateError",
    "copy_default_template",
    "docx_renderer",
    "find_template",
    "render_docx",
    "shipped_templates_dir",
    "template_context",
    "user_templates_dir",
    "validate_template",
]


class _CachingEnvironment(Environment):
    """Compiles each template source once: a batch of 200 documents compiles it once, not 200×."""

    def __init__(self) -> None:
        super().__init__(autoescape=True)  # data such as « Émile & Fils » stays valid XML
        self._compiled: dict[str, Any] = {}

    def from_string(self, source, globals=None, template_class=None):  # noqa: A002 (Jinja API)
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        template = self._compiled.get(source)
        if template is None:
            template = super().from_string(source)
            if len(self._compiled) >= 64:
                self._compiled.clear()
            self._compiled[source] = template
        return template


_env = _CachingEnvironment()


def user_templates_dir() -> Path:
    """Where the office keeps its own Word templates (``FORMADESK_TEMPLATES_DIR`` overrides)."""
    env = os.environ.get(ENV_TEMPLATES_DIR)
    return Path(env).expanduser() if env else paths.data_dir() / USER_FOLDER


def shipped_templates_dir() -> Path:
    """resources/templates, installed or in a source checkout (beside resources/fonts)."""
    return fonts_dir().parent / "templates"


def template_name(kind_key: str) -> str:
    return f"{kind_key}.docx"


def find_template(kind_key: str) -> tuple[Path, bool]:
    """The template used for a kind and whether it is the office's own (True) or shipped."""
    name = template_name(kind_key)
    own = user_templates_dir() / name
    if own.is_file():
        return own, True
    shipped = shipped_templates_dir() / name
    if shipped.is_file():
        return shipped, False
    raise TemplateError(
        f"Le modèle Word « {name} » est introuvable : ni dans le dossier des modèles "
        f"({own.parent}) ni parmi les modèles fournis. {ADVICE_SHIPPED}",
        template=name,
    )


def _load_checked(kind_key: str, data_type: type | None) -> tuple[tuple, bytes]:
    """The cache key and bytes of the kind's template, checked once per version and data type."""
    path, user = find_template(kind_key)
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size, data_type)
    with _lock:
        cached = _checked.get(key)
    if cached is not None:
        return key, cached
    content = path.read_bytes()
    try:
        tpl = DocxTemplate(BytesIO(content))
        tpl.init_docx()
    except Exception as error:  # not a Word file, or a damaged one
        raise TemplateError(
            f"Le modèle Word « {path.name} » ne peut pas être ouvert : ce n'est pas un fichier "
            f"Word (.docx) valide. {ADVICE_USER if user else ADVICE_SHIPPED}",
            template=path.name,
        ) from error
    extra = extra_fields(data_type)
    check_template(tpl, _env, name=path.name, user=user, data_type=data_type, extra=extra)
    with _lock:
        _checked[key] = content
    return key, content


def _prepared(key: tuple, content: bytes, logo: bytes | None) -> PreparedTemplate | None:
    """The template prepared for the fast path (None: docxtpl fills it), cached."""
    full_key = (key, hash(logo) if logo else None)
    with _lock:
        if full_key in _fast:
            return _fast[full_key]
    prepared = prepare(content, _env, logo, LOGO_HEIGHT)
    with _lock:
        if len(_fast) >= 32:
            _fast.clear()
        _fast[full_key] = prepared
    return prepared


def validate_template(kind_key: str, data_type: type | None = None) -> Path:
    """Check the template a kind would use now; return its path or raise TemplateError."""
    if data_type is None:
        from .fields import data_class
        from .registry import get_kind

        data_type = data_class(get_kind(kind_key))
    _load_checked(kind_key, data_type)
    return find_template(kind_key)[0]


def template_context(data: Any, tpl: DocxTemplate | None = None) -> dict[str, Any]:
    """What a template sees: the data's fields and properties at top level, plus ``logo``.

    Nested data classes stay objects (``{{ learner.display_name }}`` works through Jinja's
    attribute lookup), tuples of them are iterated by ``{% for %}``. ``organisation`` is
    always there, even when the data nests it deeper (``training.organisation``).
    """
    if isinstance(data, Mapping):
        context = dict(data)
    else:
        context = {name: getattr(data, name) for name in members(type(data))}
        if dataclasses.is_dataclass(data):  # fields the type hints could not name
            for f in dataclasses.fields(data):
                context.setdefault(f.name, getattr(data, f.name))
        where = None if "organisation" in context else organisation_path(type(data))
        if where:
            value = data
            for name in where.split("."):
                value = getattr(value, name)
            context["organisation"] = value
    organisation = context.get("organisation")
    logo = getattr(organisation, "logo", None)
    context.setdefault("logo", "")
    if logo and tpl is not None:
        context["logo"] = InlineImage(tpl, BytesIO(logo), height=LOGO_HEIGHT)
    return context


def render_docx(kind_key: str, data: Any, out: Path, title: str | None = None) -> Path:
    """Render ``data`` with the Word template of ``kind_key`` into ``out``; return ``out``.

    Raises TemplateError (French message naming the template and the field) when the
    template is broken or uses a field ``data`` does not have; ``out`` is then untouched.
    """
    data_type = None if isinstance(data, Mapping) else type(data)
    key, content = _load_checked(kind_key, data_type)
    context = template_context(data)
    logo = getattr(context.get("organisation"), "logo", None)
    name = template_name(kind_key)
    try:
        prepared = _prepared(key, content, logo)
        if prepared is not None:
            return fill(prepared, context, out, title=title)
        tpl = DocxTemplate(BytesIO(content))
        tpl.render(template_context(data, tpl), jinja_env=_env)
        if title is not None:
            tpl.docx.core_properties.title = title
    except JinjaError as error:
        near = " ".join(getattr(error, "docx_context", []) or []).strip()
        raise TemplateError(
            f"Le modèle Word « {name} » n'a pas pu être rempli"
            + (f" près de « {near[:90]} »" if near else "")
            + f" : {error}. {ADVICE_USER}",
            template=name,
            field=near,
        ) from error
    with atomic_path(out) as temp:
        tpl.save(temp)
    return out


def docx_renderer(kind_key: str, title: Callable[[Any], str] | None = None) -> Renderer:
    """The renderer a kind registers for the "docx" format; ``title`` gives the file's own
    title (Word's document properties) from the data, when the kind's label is not enough
    (an « Avoir » is rendered by the kind « Facture »).

    The calling module is remembered as the one declaring the kind's ``DOCX_TEMPLATE``
    (``templates_build`` reads it from there).
    """
    caller = sys._getframe(1).f_globals.get("__name__", "")
    if caller and caller != __name__:
        _spec_modules[kind_key] = caller

    def render(data: Any, out: Path) -> Path:
        return render_docx(kind_key, data, out, title(data) if title else None)

    render.kind_key = kind_key  # type: ignore[attr-defined]
    return render


def spec_module(kind_key: str) -> str | None:
    """Name of the module that registered the docx renderer of ``kind_key``."""
    return _spec_modules.get(kind_key)


def copy_default_template(kind_key: str) -> Path:
    """Put a copy of the shipped template in the user's folder (kept if already there).

    The office then edits that copy in Word or LibreOffice; it overrides the shipped one.
    """
    name = template_name(kind_key)
    target = user_templates_dir() / name
    if target.exists():
        return target
    source = shipped_templates_dir() / name
    if not source.is_file():
        find_template(kind_key)  # raises the « introuvable » message
    with atomic_path(target) as temp:
        shutil.copyfile(source, temp)
    return target
