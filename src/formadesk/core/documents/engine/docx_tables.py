"""Table geometry in Word files that LibreOffice respects as much as Word does.

Word reads a cell's width (``w:tcW``); LibreOffice lays a table out from its grid
(``w:tblGrid/w:gridCol``) and ignores the cells when the grid says otherwise. python-docx's
``cell.width`` only writes ``tcW``, so columns came out even in LibreOffice. Here every
table gets both, its total width, and a fixed layout (no re-flow from the content).
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.table import Table

TWIPS_PER_MM = 1440 / 25.4


def twips(millimetres: float) -> int:
    return round(millimetres * TWIPS_PER_MM)


def _child(parent, tag: str, *, first: bool = False):
    """The ``tag`` child of ``parent``, created (last, or first) when missing."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        if first:
            parent.insert(0, found)
        else:
            parent.append(found)
    return found


def _set_tbl_pr(table: Table, tag: str, **attrs: str) -> None:
    """Set ``tblPr/<tag>`` in the order Word's schema expects (tblW before tblLayout ...)."""
    tbl_pr = table._tbl.tblPr
    element = tbl_pr.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        order = ("w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
                 "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd",
                 "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")  # fmt: skip
        later = order[order.index(tag) + 1 :]
        anchor = next((c for c in tbl_pr if c.tag in {qn(t) for t in later}), None)
        if anchor is None:
            tbl_pr.append(element)
        else:
            anchor.addprevious(element)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)


def set_column_widths(table: Table, widths_mm: Sequence[float]) -> None:
    """Fixed column widths written in the grid, in every cell and as the table's width."""
    table.autofit = False
    _set_tbl_pr(table, "w:tblW", w=str(sum(twips(w) for w in widths_mm)), type="dxa")
    _set_tbl_pr(table, "w:tblLayout", type="fixed")
    grid = table._tbl.tblGrid
    for column in list(grid):
        grid.remove(column)
    for width in widths_mm:
        column = OxmlElement("w:gridCol")
        column.set(qn("w:w"), str(twips(width)))
        grid.append(column)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=False):
            cell.width = Mm(width)


def frame_cell(cell, *, color: str = "5A6270", size: int = 6) -> None:
    """A single-line border on the four sides of one cell."""
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = _child(tc_pr, "w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        edge = _child(borders, f"w:{side}")
        for key, value in (("val", "single"), ("sz", str(size)), ("space", "0"), ("color", color)):
            edge.set(qn(f"w:{key}"), value)


def no_borders(table: Table) -> None:
    """A layout table: no visible grid (the signature columns)."""
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "nil")
        borders.append(edge)
    existing = table._tbl.tblPr.find(qn("w:tblBorders"))
    if existing is not None:
        table._tbl.tblPr.remove(existing)
    _set_tbl_pr(table, "w:tblBorders")
    table._tbl.tblPr.find(qn("w:tblBorders")).extend(list(borders))


def exact_height(table: Table, row_index: int, height_mm: float) -> None:
    """A row of exactly ``height_mm`` (room to sign and stamp, whatever the text)."""
    row = table.rows[row_index]
    row.height = Mm(height_mm)
    row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY


def cant_split(table: Table) -> None:
    """Rows never cut across two pages."""
    for row in table.rows:
        _child(row._tr.get_or_add_trPr(), "w:cantSplit")
