"""Embedded fonts whose subsets are made once and reused by every PDF of a process.

reportlab embeds, in each PDF, a subset of each font holding the characters the document
uses, numbered in the order they first appear. Two attestations that differ by a name thus
get different subsets, and each file pays again for cutting the font, compressing it and
writing its widths: about a third of the time of a one-page document.

``SharedSubsetFont`` numbers a fixed alphabet first (every character of French text, and the
usual typography), in the same order in every document. The subset of almost every document is
then the same, and its parts (the cut font, compressed; the widths; the ToUnicode map) are made
once per process and copied into each file. A character outside the alphabet is added after it,
as reportlab does; that document's subset is then made for it. The text of the PDF, its
extraction and its look do not change; the file grows by the unused letters (about 30 KB).
"""

from __future__ import annotations

import copy
import string
import threading
import zlib
from collections import OrderedDict

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import (
    FF_NONSYMBOLIC,
    FF_SYMBOLIC,
    SUBSETN,
    TTFont,
    makeToUnicodeCMap,
)

# ASCII, then what French text and our documents use: accented letters of French and of the
# usual European names, quotes, dashes, spaces, euro, degree, ellipsis, bullets.
ALPHABET = (
    string.printable[:95]
    + "àâäáãåçéèêëíìîïñóòôöõøúùûüýÿœæß"
    + "ÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕØÚÙÛÜÝŸŒÆ"
    + "«»‘’‚“”„‹›–—‐‑…•·°€£§©®™×÷±¼½¾²³µ¹ªº¿¡¶†‡‰"
    + "\u202f\u2009\u2007\u2002\u2003"  # narrow and other spaces (« 12 h », « 1 000 »)
    + "✓✗✔☐☑→←↑↓≤≥≠≈"
)
_CACHED_SUBSETS = 16  # per font: the usual subset, and a few with a rare character


class _Holder:
    """Stands for a document while the alphabet is numbered (reportlab keys states by it)."""


class _Formatted(pdfdoc.PDFObject):
    """A PDF value whose bytes were formatted once (a subset's widths)."""

    def __init__(self, data: bytes):
        self.data = data

    def format(self, document) -> bytes:  # noqa: A003 - reportlab API
        return self.data


def _stream(content: bytes, **entries) -> pdfdoc.PDFStream:
    """A stream compressed already: reportlab leaves a stream alone that names its filter."""
    stream = pdfdoc.PDFStream(content=content)
    stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
    for key, value in entries.items():
        stream.dictionary[key] = value
    return stream


class _SubsetParts:
    """What a subset adds to every document using it, made once."""

    def __init__(self, font: TTFont, subset: list[int], base_name: str):
        face = font.face
        self.widths = _Formatted(
            pdfdoc.format(pdfdoc.PDFArray([face.getCharWidth(c) for c in subset]), None)
        )
        self.cmap = zlib.compress(makeToUnicodeCMap(base_name, subset).encode("utf-8"))
        program = face.makeSubset(subset)
        self.program_length = len(program)
        self.program = zlib.compress(program)


class SharedSubsetFont(TTFont):
    """A TrueType font for reportlab whose subsets are shared by the documents of a process."""

    def __init__(self, name: str, filename: str):
        super().__init__(name, filename)
        self._parts: OrderedDict[tuple[int, tuple[int, ...]], _SubsetParts] = OrderedDict()
        self._seed: TTFont.State | None = None
        self._lock = threading.Lock()
        self._fast_table: dict[int, str] = {}  # character -> its code in subset 0
        self._fast_chars: frozenset[str] = frozenset()  # (filled with the seed)

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 - reportlab API
        if doc not in self.state:  # a new document: the alphabet takes the first codes
            self.state[doc] = self._seeded_state()
        if isinstance(text, str) and self._fast_chars.issuperset(text):
            # Only characters of the alphabet, in subset 0 of every document: the codes come
            # from one translation table (reportlab's loop looks each character up in Python).
            return [(0, text.translate(self._fast_table).encode("latin-1"))] if text else []
        return super().splitString(text, doc, encoding)

    def _seeded_state(self) -> TTFont.State:
        """A new document's state with the alphabet numbered (a copy of one made once)."""
        if self._seed is None:
            holder = _Holder()
            super().splitString(ALPHABET, holder)
            self._seed = self.state.pop(holder)
            codes = {c: n for c, n in self._seed.assignments.items() if 0 <= n < 256}
            if 32 in codes:
                codes[0xA0] = codes[32]  # reportlab prints a no-break space as a space
            self._fast_table = {c: chr(n) for c, n in codes.items()}
            self._fast_chars = frozenset(chr(c) for c in codes)
        state = copy.copy(self._seed)
        state.assignments = dict(self._seed.assignments)
        state.subsets = [list(subset) for subset in self._seed.subsets]
        return state

    def _subset_parts(self, number: int, subset: list[int], base_name: str) -> _SubsetParts:
        key = (number, tuple(subset))
        with self._lock:  # documents may be written by several threads of one process
            parts = self._parts.get(key)
            if parts is None:
                parts = self._parts[key] = _SubsetParts(self, subset, base_name)
                while len(self._parts) > _CACHED_SUBSETS:
                    self._parts.popitem(last=False)
            else:
                self._parts.move_to_end(key)
            return parts

    def addObjects(self, doc):  # noqa: N802 - reportlab API (TTFont.addObjects, parts reused)
        if not doc.compression:  # uncompressed PDFs (never ours): reportlab's own way
            return super().addObjects(doc)
        state = self._assignState(doc)
        state.frozen = 1
        face = self.face
        for number, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(number, doc)[1:]
            base_name = b"".join((SUBSETN(number), b"+", face.name, face.subfontNameX)).decode(
                "pdfdoc"
            )
            parts = self._subset_parts(number, subset, base_name)
            font = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.fontName} subset {number}"
            font.Name = internal_name
            font.BaseFont = base_name
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = parts.widths
            font.ToUnicode = doc.Reference(_stream(parts.cmap), "toUnicodeCMap:" + base_name)
            program = doc.Reference(
                _stream(parts.program, Length1=parts.program_length),
                f"fontFile:{face.filename}({base_name})",
            )
            flags = (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
            descriptor = pdfdoc.PDFDictionary(
                {
                    "Type": "/FontDescriptor",
                    "Ascent": face.ascent,
                    "CapHeight": face.capHeight,
                    "Descent": face.descent,
                    "Flags": flags,
                    "FontBBox": pdfdoc.PDFArray(face.bbox),
                    "FontName": pdfdoc.PDFName(base_name),
                    "ItalicAngle": face.italicAngle,
                    "StemV": face.stemV,
                    "FontFile2": program,
                    "MissingWidth": face.defaultWidth,
                }
            )
            font.FontDescriptor = doc.Reference(descriptor, "fontDescriptor:" + base_name)
            doc.Reference(font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = font
        del self.state[doc]
        return None
