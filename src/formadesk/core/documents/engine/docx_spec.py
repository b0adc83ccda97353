"""The shape of a shipped Word template, written as data by each document kind.

A kind module declares ``DOCX_TEMPLATE = [Heading(...), Para(...), Table(...), ...]`` with
Jinja fields (``{{ learner.display_name }}``) taken from its data class. The command
``python -m formadesk.core.documents.engine.templates_build`` turns every spec into
``resources/templates/<kind>.docx``, the default template the office may then edit in Word or
LibreOffice (an edited copy in the user's templates folder overrides the shipped one).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    """A title line (level 0 = document title, 1 and 2 = section headings)."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Para:
    """A paragraph; ``text`` may hold Jinja fields and ``{% if %}`` blocks on one line.

    ``bold`` makes the whole paragraph bold; ``align`` is "left", "center", "right" or
    "justify"; ``size`` in points (None = body size).
    """

    text: str
    bold: bool = False
    align: str = "left"
    size: float | None = None
    when: str = ""  # a condition: the paragraph is left out when it is false (no blank line)


@dataclass(frozen=True)
class Bullets:
    """A bulleted list repeated over a sequence: ``{% for item in loop %}`` ``item_text``."""

    loop: str  # e.g. "objective in objectives"
    item_text: str  # e.g. "{{ objective }}"


@dataclass(frozen=True)
class Table:
    """A table with a header row and one row repeated per item (``{%tr for loop %}``).

    ``rows`` are fixed rows (no loop) when ``loop`` is empty; ``widths`` in millimetres of an
    A4 portrait page (170 mm of text), or ``shares`` of the text width (the PDF's column
    shares, so that both outputs keep the same proportions); on a landscape page both are
    stretched to its text width. ``right`` lists the columns aligned right (amounts).
    ``when`` is a condition: the whole table is left out when it is false (an empty list
    says so in a paragraph of its own rather than under a lone header row).
    """

    header: tuple[str, ...]
    row: tuple[str, ...] = ()
    loop: str = ""  # e.g. "slot in slots"
    rows: tuple[tuple[str, ...], ...] = ()
    widths: tuple[float, ...] = ()
    shares: tuple[float, ...] = ()
    right: tuple[int, ...] = ()
    size: float | None = None  # points (None = body size)
    when: str = ""


@dataclass(frozen=True)
class Signature:
    """Place, date and signature blocks side by side (left and right)."""

    left: tuple[str, ...] = ()
    right: tuple[str, ...] = ()
    stamp: str = ""  # label of a framed box under the right lines (signature and cachet)
    stamp_size: tuple[float, float] = (70.0, 24.0)  # millimetres, as in the PDF


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Page:
    """The page of the whole document (first block): A4, portrait or landscape."""

    landscape: bool = False
    # Tighter lines and spacing, for a letter that holds on one page in the PDF and would
    # otherwise spill its last lines onto a second page in Word (the convocation).
    compact: bool = False


@dataclass(frozen=True)
class Letterhead:
    """The office's letterhead (name, address, SIRET, NDA) as fields of ``organisation``."""

    extra: tuple[str, ...] = field(default_factory=tuple)


Block = Heading | Para | Bullets | Table | Signature | PageBreak | Page | Letterhead
