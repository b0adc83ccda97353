"""Check a Word template against the data it will receive, before any file is written.

A template the office edited may hold a broken ``{{ … }}`` or a field the data does not have
(« {{ apprenant.nom }} » instead of « {{ learner.full_name }} »). Both become a ``TemplateError``
whose French message names the template file and the field, so the assistant knows what to fix.
"""

from __future__ import annotations

import difflib
import html
import re
from typing import Any

from docxtpl import DocxTemplate
from jinja2 import Environment, TemplateSyntaxError, nodes

from ...errors import FormadeskError
from .fields import SCALARS, element_type, is_record, members, unwrap

ADVICE_USER = (
    "Corrigez le modèle (voir Documents › Modèles Word › Champs disponibles) ou revenez au "
    "modèle fourni."
)
ADVICE_SHIPPED = "Le modèle fourni avec Formadesk est à corriger : signalez-le à l'assistance."
UNKNOWN = object()  # the type of an expression already reported as wrong


class TemplateError(FormadeskError):
    """A Word template that cannot be used: ``template`` is its file name, ``field`` the culprit."""

    def __init__(self, message: str, *, template: str, field: str = "", fields: tuple = ()):
        self.template = template
        self.field = field
        self.fields = fields or ((field,) if field else ())
        super().__init__(message)


def template_sources(tpl: DocxTemplate) -> list[str]:
    """The Jinja source docxtpl renders, one per part (body, headers, footers).

    Prepared exactly as docxtpl does (``patch_xml`` then one line per paragraph), so that an
    error's line number points at the paragraph holding it.
    """
    tpl.init_docx()
    parts = [tpl.get_xml()]
    for uri in (tpl.HEADER_URI, tpl.FOOTER_URI):
        parts += [tpl.get_part_xml(part) for _key, part in tpl.get_headers_footers(uri)]
    return [re.sub(r"<w:p([ >])", r"\n<w:p\1", tpl.patch_xml(xml)) for xml in parts]


def paragraph_text(source: str, lineno: int) -> str:
    """The visible text at (or just before) a line of a template source, shortened."""
    lines = source.splitlines()
    for index in range(min(lineno, len(lines)) - 1, max(lineno - 4, 0) - 1, -1):
        text = html.unescape(re.sub(r"<[^>]+>", "", lines[index])).strip()
        if text:
            return text if len(text) <= 90 else text[:87] + "…"
    return ""


def _unclosed_block(env: Environment, source: str) -> tuple[str, int] | None:
    """The innermost block tag (for, if …) left open, with its line."""
    stack: list[tuple[str, int]] = []
    expect_name = False
    for lineno, token, value in env.lex(source):
        if token == "block_begin":
            expect_name = True
        elif expect_name and token == "name":
            expect_name = False
            if value.startswith("end") and stack:
                stack.pop()
            elif value in ("for", "if", "with", "macro", "call", "filter", "block"):
                stack.append((value, lineno))
        else:
            expect_name = False
    return stack[-1] if stack else None


def _explain(error: TemplateSyntaxError) -> str:
    message = error.message or ""
    tag = re.search(r"unknown tag '(\w+)'", message)
    block = re.search(r"block that needs to be closed is '(\w+)'", message)
    if tag and tag[1].startswith("end") and block:
        return (
            f"« {{% {tag[1]} %}} » arrive alors que le bloc « {{% {block[1]} %}} » n'est pas "
            f"fermé (il manque « {{% end{block[1]} %}} »)"
        )
    if block:
        name = block[1]
        return f"le bloc « {{% {name} %}} » n'est jamais fermé (il manque « {{% end{name} %}} »)"
    if tag and tag[1].startswith("end"):
        return f"« {{% {tag[1]} %}} » ne ferme aucun bloc ouvert"
    if tag:
        return f"la balise « {{% {tag[1]} %}} » n'existe pas"
    named = re.search(r"No (filter|test) named '(\w+)'", message)
    if named:
        return f"le filtre « {named[2]} » n'existe pas"
    return "un champ ou une balise est mal écrit : vérifiez les accolades {{ }} et {% %}"


def syntax_error(
    env: Environment, error: TemplateSyntaxError, source: str, name: str, user: bool
) -> TemplateError:
    """The French message of a template that Jinja cannot read."""
    lineno = error.lineno or 1
    if "end of template" in (error.message or "").lower():
        opened = _unclosed_block(env, source)
        lineno = opened[1] if opened else lineno
    near = paragraph_text(source, lineno)
    where = f" près de « {near} »" if near else ""
    return TemplateError(
        f"Le modèle Word « {name} » contient une erreur{where} : {_explain(error)}. "
        f"{ADVICE_USER if user else ADVICE_SHIPPED}",
        template=name,
        field=near,
    )


def dotted(node: nodes.Node) -> str:
    """``learner.display_name`` for a chain of attributes on a name; "" for anything else."""
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        base = dotted(node.node)
        return f"{base}.{node.attr}" if base else ""
    return ""


def names_in(target: nodes.Node) -> list[str]:
    """Names bound by an assignment target (``x`` or ``a, b``)."""
    if isinstance(target, nodes.Name):
        return [target.name]
    return [n.name for n in target.find_all(nodes.Name)]


class FieldChecker:
    """Walks a template's syntax tree and notes every field the data does not have."""

    def __init__(self, env: Environment, root: type, extra: dict[str, Any], undeclared: set[str]):
        self.env = env
        self.top: dict[str, Any] = {**members(root), **extra}
        self.undeclared = undeclared  # top-level names docxtpl found no value for
        self.problems: dict[str, str] = {}  # expression -> suggested expression ("" if none)

    def _note(self, expression: str, candidates: list[str], wrong: str, prefix: str = "") -> None:
        close = difflib.get_close_matches(wrong, candidates, n=1, cutoff=0.5)
        self.problems.setdefault(expression, f"{prefix}{close[0]}" if close else "")

    def check(self, node: nodes.Node, scope: dict[str, Any]) -> None:
        """Check ``node`` and its children; ``scope`` maps loop and set names to their types."""
        if isinstance(node, nodes.Name | nodes.Getattr):
            self.type_of(node, scope, dotted(node))
            return
        if isinstance(node, nodes.For):
            self.check(node.iter, scope)
            inner = {**scope, "loop": Any}
            item = element_type(self.type_of(node.iter, scope, dotted(node.iter), report=False))
            if isinstance(node.target, nodes.Name):
                inner[node.target.name] = item
            else:
                inner.update(dict.fromkeys(names_in(node.target), Any))
            for child in [*node.body, *([node.test] if node.test else [])]:
                self.check(child, inner)
            for child in node.else_:
                self.check(child, scope)
            return
        if isinstance(node, nodes.Macro | nodes.With):
            inner = dict(scope)
            for target in [*getattr(node, "args", []), *getattr(node, "targets", [])]:
                inner.update(dict.fromkeys(names_in(target), Any))
            for child in node.iter_child_nodes():
                self.check(child, inner)
            return
        for child in node.iter_child_nodes():
            self.check(child, scope)
        if isinstance(node, nodes.Assign | nodes.AssignBlock):
            scope.update(dict.fromkeys(names_in(node.target), Any))

    def type_of(self, node: nodes.Node, scope: dict[str, Any], expr: str, report=True) -> Any:
        """The type hint of an expression (Any when unknown), noting missing fields."""
        if isinstance(node, nodes.Name):
            if node.ctx != "load" or node.name in scope:
                return scope.get(node.name, Any)
            if node.name in self.top:
                return self.top[node.name]
            if report and node.name in self.undeclared and node.name not in self.env.globals:
                self._note(expr or node.name, [*self.top, *scope], node.name)
            return UNKNOWN
        if not isinstance(node, nodes.Getattr):
            return Any
        base = self.type_of(node.node, scope, expr, report)
        if base is UNKNOWN:
            return UNKNOWN
        base = unwrap(base)
        if is_record(base):
            found = members(base)
            if node.attr in found:
                return found[node.attr]
            if hasattr(base, node.attr):
                return Any  # a method
        elif base not in SCALARS or hasattr(base, node.attr):
            return Any
        if report:
            stem = dotted(node.node)
            candidates = list(members(base)) if is_record(base) else dir(base)
            self._note(f"{stem}.{node.attr}", candidates, node.attr, f"{stem}.")
        return UNKNOWN


def unknown_fields_error(problems: dict[str, str], name: str, user: bool) -> TemplateError:
    """The French message naming the first unknown field (and the others, if any)."""
    (first, hint), *others = problems.items()
    what = (
        f"le filtre « {first[1:]} »" if first.startswith("|") else f"le champ « {{{{ {first} }}}} »"
    )
    message = f"Le modèle Word « {name} » utilise {what} qui n'existe pas"
    if hint:
        message += f" (vouliez-vous dire « {hint} » ?)"
    message += "."
    if others:
        message += " Autres champs inconnus : " + ", ".join(f"« {e} »" for e, _ in others) + "."
    return TemplateError(
        f"{message} {ADVICE_USER if user else ADVICE_SHIPPED}",
        template=name,
        field=first,
        fields=tuple(problems),
    )


def check_template(
    tpl: DocxTemplate,
    env: Environment,
    *,
    name: str,
    user: bool,
    data_type: type | None,
    extra: dict[str, Any] | None = None,
) -> None:
    """Raise TemplateError if the template has a syntax error or a field ``data_type`` lacks.

    Every part is compiled with ``env`` (an environment that caches what it compiles makes
    the later renders cheaper).
    """
    sources = template_sources(tpl)
    trees = []
    for source in sources:
        try:
            trees.append(env.parse(source))
        except TemplateSyntaxError as error:
            raise syntax_error(env, error, source, name, user) from None
    filters = {}
    for tree in trees:
        for node in tree.find_all((nodes.Filter, nodes.Test)):
            known = env.filters if isinstance(node, nodes.Filter) else env.tests
            if node.name not in known:
                close = difflib.get_close_matches(node.name, list(known), n=1)
                filters.setdefault(f"|{node.name}", f"|{close[0]}" if close else "")
    if filters:
        raise unknown_fields_error(filters, name, user)
    if data_type is not None:
        extra = extra or {}
        known = dict.fromkeys([*members(data_type), *extra])
        undeclared = set(tpl.get_undeclared_template_variables(env, context=known))
        checker = FieldChecker(env, data_type, extra, undeclared)
        for tree in trees:
            checker.check(tree, {})
        if checker.problems:
            raise unknown_fields_error(checker.problems, name, user)
    for source in sources:
        try:
            env.from_string(source)
        except TemplateSyntaxError as error:
            raise syntax_error(env, error, source, name, user) from None
