"""The fields a Word template may use, generated from the data classes the builders return.

``field_reference(kind_key)`` lists them (``learner.display_name``, ``slot.date`` inside
``{% for slot in slots %}`` ...) with a French description and an example; ``reference_text()``
is the same as plain French text, printed by ``formadesk documents fields`` and shown in the app.
The type helpers here are shared with the template check (``template_check``).
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import re
import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .field_glossary import EXAMPLES, GLOSSARY, SCOPE_LABELS
from .registry import KINDS, DocumentKind, get_kind

SCALARS = (str, int, float, bool)


@dataclass(frozen=True)
class FieldInfo:
    """One field of a template: how to write it, what it holds, an example of its value."""

    name: str  # "learner.display_name", or "slots" for a list to loop over
    description: str  # French
    example: str = ""
    loop: str = ""  # for a list: "slot in slots" (write {% for slot in slots %} … {% endfor %})

    @property
    def jinja(self) -> str:
        """How the field is written in a template."""
        if self.loop:
            return f"{{% for {self.loop} %}} … {{% endfor %}}"
        return f"{{{{ {self.name} }}}}"


def unwrap(hint: Any) -> Any:
    """``X | None`` -> ``X``; other hints unchanged."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0] if len(args) == 1 else Any
    return hint


def element_type(hint: Any) -> Any | None:
    """The item type of ``tuple[X, ...]``, ``list[X]``, ``Sequence[X]``; None if not a list."""
    hint = unwrap(hint)
    origin = typing.get_origin(hint)
    if origin is None or not isinstance(origin, type) or not issubclass(origin, Sequence):
        return None
    if issubclass(origin, str | bytes):
        return None
    args = [a for a in typing.get_args(hint) if a is not Ellipsis]
    return args[0] if args else Any


@functools.cache
def members(cls: type) -> dict[str, Any]:
    """Public fields and properties of a class, with their type hints (Any when unknown)."""
    found: dict[str, Any] = {}
    if dataclasses.is_dataclass(cls):
        hints = typing.get_type_hints(cls)
        for f in dataclasses.fields(cls):
            found[f.name] = hints.get(f.name, Any)
    for name, attr in inspect.getmembers(cls):
        if name.startswith("_") or name in found:
            continue
        if isinstance(attr, property | functools.cached_property):
            getter = attr.fget if isinstance(attr, property) else attr.func
            try:
                found[name] = typing.get_type_hints(getter).get("return", Any)
            except Exception:  # an unresolvable annotation must not hide the field
                found[name] = Any
    return found


def is_record(hint: Any) -> bool:
    """True for a class whose attributes a template may reach with dots (a data class)."""
    return isinstance(hint, type) and dataclasses.is_dataclass(hint)


def organisation_path(cls: type) -> str | None:
    """Where the office's letterhead data sits in ``cls`` (« training.organisation »), if deep.

    Every template may write ``{{ organisation.name }}``: when the data nests it (one or two
    levels down), the template context adds ``organisation`` as a shortcut to it.
    """
    from .data import OrganisationInfo

    level: list[tuple[str, type]] = [("", cls)]
    for _depth in range(3):
        deeper: list[tuple[str, type]] = []
        for prefix, record in level:
            for name, hint in members(record).items():
                hint = unwrap(hint)
                if hint is OrganisationInfo:
                    return f"{prefix}{name}"
                if is_record(hint):
                    deeper.append((f"{prefix}{name}.", hint))
        level = deeper
    return None


def extra_fields(cls: type | None) -> dict[str, Any]:
    """Fields every template may use besides the data's own: ``logo``, ``organisation``."""
    from .data import OrganisationInfo

    extra: dict[str, Any] = {"logo": Any}
    if cls is not None and "organisation" not in members(cls) and organisation_path(cls):
        extra["organisation"] = OrganisationInfo
    return extra


def data_class(kind: DocumentKind) -> type | None:
    """The data class a kind's builder returns (from its return annotation)."""
    try:
        hint = typing.get_type_hints(kind.builder).get("return")
    except Exception:
        return None
    return hint if is_record(hint) else None


@functools.cache
def _comments(cls: type) -> dict[str, str]:
    """Trailing comments of the field lines of a class (``name: str  # comment``)."""
    try:
        source = inspect.getsource(cls)
    except (OSError, TypeError):
        return {}
    pattern = re.compile(r"^\s+(\w+)\s*:[^#\n]*#\s*(.+)$", re.MULTILINE)
    return {name: comment.strip() for name, comment in pattern.findall(source)}


def _doc(cls: type, name: str) -> str:
    """The description of a member: field metadata "doc", else comment, else docstring."""
    if dataclasses.is_dataclass(cls):
        for f in dataclasses.fields(cls):
            if f.name == name and f.metadata.get("doc"):
                return str(f.metadata["doc"])
    comment = _comments(cls).get(name)
    if comment:
        return comment
    attr = inspect.getattr_static(cls, name, None)
    getter = getattr(attr, "fget", None) or getattr(attr, "func", None)
    doc = inspect.getdoc(getter) if getter else None
    return doc.splitlines()[0] if doc else ""


def _lookup(words: dict[str, str], path: str) -> str:
    """The entry for the longest known suffix of ``path`` (``a.b.name``, ``b.name``, ``name``)."""
    parts = path.split(".")
    for start in range(len(parts)):
        found = words.get(".".join(parts[start:]))
        if found:
            return found
    return ""


def _describe(cls: type, name: str, path: str) -> tuple[str, str]:
    """French description and example of one member reached at ``path``."""
    doc = _doc(cls, name)
    quoted = re.findall(r"«\s*([^»]+?)\s*»", doc)
    example = _lookup(EXAMPLES, path) or (quoted[0] if quoted else "")
    label = _lookup(GLOSSARY, path)
    if not label:
        plain = doc.split("«")[0].strip(" :,;.-")  # the words before any quoted example
        label = plain if len(plain) > 3 else name.replace("_", " ").capitalize()
    return label[0].upper() + label[1:], example


def item_name(list_name: str) -> str:
    """The loop variable for a list: slots -> slot, address_lines -> line, what_to_bring -> item."""
    last = list_name.split(".")[-1].split("_")[-1]
    if last.endswith("ies"):
        return last[:-3] + "y"
    if last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        return last[:-1]
    return "item"


def walk(cls: type, prefix: str = "", seen: tuple[type, ...] = ()) -> list[FieldInfo]:
    """Every field reachable from ``cls``: nested records with dots, lists with their items."""
    out: list[FieldInfo] = []
    for name, hint in members(cls).items():
        path = f"{prefix}{name}"
        hint = unwrap(hint)
        if hint is bytes:
            continue  # images (the logo) are not text fields
        description, example = _describe(cls, name, path)
        item = element_type(hint)
        if item is not None:
            var = item_name(name)
            out.append(FieldInfo(path, f"{description} — liste", example, f"{var} in {path}"))
            if is_record(item) and item not in seen:
                out += walk(item, f"{var}.", (*seen, cls))
            else:
                out.append(FieldInfo(var, f"Un élément de « {path} »", example))
        elif is_record(hint):
            if hint not in seen:
                out += walk(hint, f"{path}.", (*seen, cls))
        else:
            if hint is bool:
                description += " (oui / non, pour {% if %})"
            out.append(FieldInfo(path, description, example))
    return out


def field_reference(kind_key: str) -> list[FieldInfo]:
    """The fields a Word template of ``kind_key`` may use (KeyError for an unknown kind)."""
    cls = data_class(get_kind(kind_key))
    if cls is None:
        return []
    infos = walk(cls)
    if "organisation" in extra_fields(cls):
        from .data import OrganisationInfo

        infos += walk(OrganisationInfo, "organisation.")
    infos.append(FieldInfo("logo", "Logo de l'organisme (image, s'il y en a un)"))
    return infos


def _kind_text(kind: DocumentKind) -> list[str]:
    scope = SCOPE_LABELS.get(kind.scope, kind.scope)
    lines = [f"{kind.label} ({kind.key}) — modèle Word « {kind.key}.docx », {scope}"]
    infos = field_reference(kind.key)
    if not infos:
        return [*lines, "  (pas de champs connus)"]
    loop_vars = {i.loop.split(" in ")[0] for i in infos if i.loop}
    width = min(46, max(len(i.jinja) for i in infos))
    for info in infos:
        inside = info.name.split(".")[0] in loop_vars and not info.loop
        text = f"{'      ' if inside else '  '}{info.jinja:<{width}}  {info.description}"
        if info.example:
            text += f" — ex. « {info.example} »"
        lines.append(text)
    return lines


def reference_text(kind_key: str | None = None) -> str:
    """French plain-text reference of the fields of one kind, or of every kind."""
    kinds = [get_kind(kind_key)] if kind_key else sorted(KINDS.values(), key=lambda k: k.label)
    intro = [
        "Champs des modèles Word",
        "",
        "Écrivez un champ entre doubles accolades : {{ learner.display_name }}. Une liste se",
        "parcourt avec {% for slot in slots %} … {% endfor %} (dans un tableau : {%tr for … %},",
        "pour des paragraphes entiers : {%p for … %}). Un champ oui / non s'utilise avec",
        "{% if remote %} … {% endif %}. Un modèle modifié se place dans le dossier des modèles",
        "sous le nom indiqué ; supprimez-le pour revenir au modèle fourni.",
    ]
    blocks = ["\n".join(_kind_text(kind)) for kind in kinds]
    return "\n\n".join(["\n".join(intro), *blocks]) + "\n"
