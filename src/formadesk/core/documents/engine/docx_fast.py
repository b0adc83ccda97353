"""A fast path for filling a Word template many times (batches of 200 attestations).

docxtpl reopens the template with python-docx for every document, re-serialises every part
(``styles.xml`` alone is 350 kB) and recompresses the whole archive: about 60 ms a file. Here
a template is prepared once: its Jinja parts are patched exactly as docxtpl does and compiled,
the other parts are kept compressed. A document is then the rendered XML spliced into the
kept archive. Templates using docxtpl's table tricks (``{%tc``, colspan, cell merges) are
left to docxtpl (``prepare`` returns None for them).
"""

from __future__ import annotations

import copy
import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate
from jinja2 import Environment
from markupsafe import Markup, escape

from ...files import atomic_path

# docxtpl features that need its post-processing on the whole tree (fix_tables).
_ADVANCED = re.compile(r"\{%-?\s*(tc|tr\s+colspan)\b|\{%\s*(colspan|cellbg|hm|vm)\b")
_JINJA_PARTS = re.compile(r"^word/(document|header\d*|footer\d*)\.xml$")
_PARAGRAPH = re.compile(r"<w:p([ >])")
_DOCPR_ID = re.compile(r'(<wp:docPr\b[^>]*?\bid=")(\d+)')
_ROOT = re.compile(r"<w:(hdr|ftr)\b[^>]*>")
_LOGO_OUTPUTS = re.compile(r"\{\{-?\s*logo\s*-?\}\}")
_TITLE = re.compile(r"<dc:title\s*/>|<dc:title>.*?</dc:title>", re.S)
CORE = "docProps/core.xml"


@dataclass
class _Part:
    """A part holding Jinja: the XML before and after its body, and the compiled body."""

    head: str
    template: Any
    tail: str


@dataclass
class PreparedTemplate:
    """A template ready to be filled many times."""

    members: list[tuple[zipfile.ZipInfo, bytes]]  # every part, compressed as in the template
    parts: dict[str, _Part]  # the parts to render, by name
    logo: Markup | str  # what ``{{ logo }}`` writes (an inline picture), or ""


def _raw_members(content: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    """Each member of a zip with its data still compressed (to copy it without recompressing)."""
    members = []
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        for info in archive.infolist():
            offset = info.header_offset
            name_length, extra_length = struct.unpack("<HH", content[offset + 26 : offset + 30])
            start = offset + 30 + name_length + extra_length
            members.append((info, content[start : start + info.compress_size]))
    return members


def _split(xml: str, part: str) -> tuple[str, str, str]:
    """(before, body, after) of a part: the body element of document.xml, else the root's."""
    if part == "word/document.xml":
        start, end = xml.index("<w:body"), xml.rindex("</w:body>") + len("</w:body>")
    else:  # header or footer: everything inside the root element
        start = _ROOT.search(xml).end()
        end = xml.rindex("</w:")
    return xml[:start], xml[start:end], xml[end:]


def prepare(
    content: bytes, env: Environment, logo: bytes | None, height
) -> PreparedTemplate | None:
    """Prepare a (checked) template; None when only docxtpl itself can fill it."""
    tpl = DocxTemplate(io.BytesIO(content))
    tpl.init_docx()
    picture: Markup | str = ""
    if logo:
        inline = tpl.docx.part.new_pic_inline(io.BytesIO(logo), None, height)
        picture = Markup(  # what docxtpl's InlineImage writes
            f"</w:t></w:r><w:r><w:drawing>{inline.xml}</w:drawing></w:r>"
            '<w:r><w:t xml:space="preserve">'
        )
        buffer = io.BytesIO()
        tpl.docx.save(buffer)  # now holds the image part and its relationship
        content = buffer.getvalue()
    members = _raw_members(content)
    parts: dict[str, _Part] = {}
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        for info, _raw in members:
            if not _JINJA_PARTS.match(info.filename):
                continue
            xml = archive.read(info.filename).decode("utf-8")
            if "{" not in xml:
                continue
            head, body, tail = _split(xml, info.filename)
            if _ADVANCED.search(body) or len(_LOGO_OUTPUTS.findall(tpl.patch_xml(body))) > 1:
                return None
            source = _PARAGRAPH.sub(r"\n<w:p\1", tpl.patch_xml(body))
            parts[info.filename] = _Part(head, env.from_string(source), tail)
    return PreparedTemplate(members, parts, picture)


def _finish(xml: str, tpl: DocxTemplate) -> str:
    """docxtpl's clean-up after rendering: paragraphs joined again, escapes, line breaks."""
    xml = xml.replace("\n<w:p>", "<w:p>").replace("\n<w:p ", "<w:p ")
    xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
    if any(char in xml for char in "\n\t\a\f"):  # text with line breaks, tabs …
        xml = tpl.resolve_listing(xml)
    ids = iter(range(1001, 1_000_000))
    if xml.count("<wp:docPr") > 1:  # pictures repeated by a loop need their own ids
        xml = _DOCPR_ID.sub(lambda m: f"{m[1]}{next(ids)}", xml)
    return xml


_TOOLS = DocxTemplate(io.BytesIO())  # resolve_listing only: it uses no document state


def _titled(core: bytes, title: str) -> bytes:
    """``docProps/core.xml`` with ``title`` as the document's title."""
    xml = core.decode("utf-8")
    text = escape(title)
    if "<dc:title" in xml:
        xml = _TITLE.sub(f"<dc:title>{text}</dc:title>", xml, count=1)
    else:
        xml = xml.replace(
            "</cp:coreProperties>", f"<dc:title>{text}</dc:title></cp:coreProperties>"
        )
    return xml.encode("utf-8")


def fill(
    prepared: PreparedTemplate, context: dict[str, Any], out: Path, *, title: str | None = None
) -> Path:
    """Write one document from ``prepared`` and ``context`` at ``out`` (atomically);
    ``title`` replaces the template's title in the document properties."""
    context = {**context, "logo": prepared.logo}
    rendered = {
        name: (part.head + _finish(part.template.render(context), _TOOLS) + part.tail).encode()
        for name, part in prepared.parts.items()
    }
    if title is not None:
        for info, raw in prepared.members:
            if info.filename == CORE:
                rendered[CORE] = _titled(
                    zlib.decompress(raw, -15) if info.compress_type else raw, title
                )
    with atomic_path(out) as temp, zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, raw in prepared.members:
            if info.filename in rendered:
                archive.writestr(info.filename, rendered[info.filename])
                continue
            # Copy the compressed bytes as they are: same CRC and sizes, no recompression.
            copied = copy.copy(info)
            copied.flag_bits &= ~0x08  # sizes are in the local header, no data descriptor
            copied.header_offset = archive.fp.tell()
            archive.fp.write(copied.FileHeader())
            archive.fp.write(raw)
            archive.filelist.append(copied)
            archive.NameToInfo[copied.filename] = copied
            archive.start_dir = archive.fp.tell()
    return out
