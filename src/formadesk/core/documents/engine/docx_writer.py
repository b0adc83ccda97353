"""Write the blocks of a template spec (``docx_spec``) into a python-docx Document.

The result is a plain Word file the office can edit: real styles (Titre, Titre 1, Liste à
puces), an A4 page, a footer with page numbers, and docxtpl tags where data is repeated.
Colours and sizes follow the PDF layout (``layout.LAYOUT``) so both outputs look related.
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from . import docx_spec as spec
from .docx_tables import cant_split, exact_height, frame_cell, no_borders, set_column_widths

FONT = "Calibri"  # Word's body font; LibreOffice shows it with the metric-compatible Carlito
BODY_SIZE = 10.5
SMALL_SIZE = 8.5
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
MUTED = RGBColor(0x5A, 0x62, 0x70)
HEADER_FILL = "E6ECF3"
PAGE_MM = (210.0, 297.0)  # A4
SIDE_MARGIN_MM = 20.0
CONTENT_WIDTH_MM = PAGE_MM[0] - 2 * SIDE_MARGIN_MM  # what spec widths in millimetres refer to
ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
HEADING_STYLES = {0: ("Title", 15), 1: ("Heading 1", 12), 2: ("Heading 2", 10.5)}


def _set_font(element, name: str) -> None:
    """Name the font explicitly on a style or run (theme fonts would otherwise win)."""
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{attr}"), name)
    for attr in ("asciiTheme", "hAnsiTheme", "cstheme", "eastAsiaTheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)


def _shade(cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _bottom_rule(paragraph: Paragraph) -> None:
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "4"), ("color", "C3CCD6")):
        bottom.set(qn(f"w:{key}"), value)
    border.append(bottom)
    paragraph._p.get_or_add_pPr().append(border)


def _field(paragraph: Paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice update when displaying."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    color, size = OxmlElement("w:color"), OxmlElement("w:sz")
    color.set(qn("w:val"), str(MUTED))
    size.set(qn("w:val"), str(int(SMALL_SIZE * 2)))
    props.extend([color, size])
    run.append(props)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


class DocxWriter:
    """Appends spec blocks to a Document prepared with Formadesk's page and styles."""

    def __init__(self, document: DocumentObject, title: str = ""):
        self.document = document
        self.content_width = CONTENT_WIDTH_MM
        self._setup(title)

    # -- page and styles ------------------------------------------------------------------
    def _setup(self, title: str) -> None:
        doc = self.document
        props = doc.core_properties
        props.title, props.author, props.comments = title, "Formadesk", "Modèle Formadesk"
        section = doc.sections[0]
        section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
        section.left_margin = section.right_margin = Mm(SIDE_MARGIN_MM)
        section.top_margin, section.bottom_margin = Mm(15), Mm(18)
        section.footer_distance = Mm(8)
        normal = doc.styles["Normal"]
        _set_font(normal.element, FONT)
        normal.font.size = Pt(BODY_SIZE)
        normal.paragraph_format.space_after = Pt(4)
        normal.paragraph_format.line_spacing = 1.1
        for level, (name, size) in HEADING_STYLES.items():
            style = doc.styles[name]
            _set_font(style.element, FONT)
            style.font.size, style.font.bold = Pt(size), True
            style.font.color.rgb = ACCENT
            style.paragraph_format.space_before = Pt(0 if level == 0 else 9)
            style.paragraph_format.space_after = Pt(8 if level == 0 else 3)
            style.paragraph_format.keep_with_next = True
            border = style.element.pPr.find(qn("w:pBdr")) if style.element.pPr is not None else None
            if border is not None:
                style.element.pPr.remove(border)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self._run(footer, "Page ", size=SMALL_SIZE, color=MUTED)
        _field(footer, "PAGE")
        self._run(footer, " / ", size=SMALL_SIZE, color=MUTED)
        _field(footer, "NUMPAGES")

    # -- text -----------------------------------------------------------------------------
    @staticmethod
    def _run(paragraph: Paragraph, text: str, *, bold=False, size=None, color=None) -> None:
        """One run of text; ``\n`` becomes a line break inside the paragraph."""
        first, *others = text.split("\n")
        run = paragraph.add_run(first)
        for line in others:
            run.add_break()
            run.add_text(line)
        if bold:
            run.bold = True
        if size:
            run.font.size = Pt(size)
        if color is not None:
            run.font.color.rgb = color

    def paragraph(
        self, text: str, *, style: str | None = None, bold=False, align="left", size=None,
        color=None, after: float | None = None, container=None,
    ) -> Paragraph:  # fmt: skip
        """One paragraph (in the body, or in ``container`` such as a table cell)."""
        target = container if container is not None else self.document
        paragraph = target.add_paragraph(style=style)
        paragraph.alignment = ALIGN.get(align, WD_ALIGN_PARAGRAPH.LEFT)
        if after is not None:
            paragraph.paragraph_format.space_after = Pt(after)
        self._run(paragraph, text, bold=bold, size=size, color=color)
        return paragraph

    def tag(self, text: str, container=None) -> None:
        """A paragraph holding only a docxtpl ``{%p … %}`` tag (removed when rendered)."""
        self.paragraph(text, after=0, container=container)

    # -- blocks ---------------------------------------------------------------------------
    def add(self, block: spec.Block) -> None:
        handler = getattr(self, f"_add_{type(block).__name__.lower()}", None)
        if handler is None:
            raise TypeError(f"Unknown template block: {block!r}")
        handler(block)

    def _add_letterhead(self, block: spec.Letterhead) -> None:
        small = {"size": SMALL_SIZE, "color": MUTED, "after": 0}
        self.tag("{%p if logo %}")
        self.paragraph("{{ logo }}", after=2)
        self.tag("{%p endif %}")
        self.paragraph("{{ organisation.name }}", bold=True, size=13, color=ACCENT, after=1)
        self.tag("{%p for line in organisation.address_lines %}")
        self.paragraph("{{ line }}", **small)
        self.tag("{%p endfor %}")
        self.paragraph(
            "{% if organisation.phone %}Tél. {{ organisation.phone }}{% endif %}"
            "{% if organisation.phone and organisation.email %} · {% endif %}"
            "{{ organisation.email }}",
            **small,
        )
        self.paragraph(
            "{% if organisation.siret %}SIRET {{ organisation.siret }}{% endif %}", **small
        )
        last = self.paragraph("{{ organisation.nda_sentence }}", **small)
        for line in block.extra:
            last = self.paragraph(line, **small)
        last.paragraph_format.space_after = Pt(12)
        _bottom_rule(last)

    def _add_heading(self, block: spec.Heading) -> None:
        name, _size = HEADING_STYLES.get(block.level, HEADING_STYLES[2])
        self.paragraph(block.text, style=name)

    def _add_page(self, block: spec.Page) -> None:
        """A4 portrait or landscape, for the whole document (as the PDF of the kind)."""
        section = self.document.sections[0]
        width, height = PAGE_MM if not block.landscape else reversed(PAGE_MM)
        section.orientation = WD_ORIENT.LANDSCAPE if block.landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(width), Mm(height)
        self.content_width = width - 2 * SIDE_MARGIN_MM
        if block.compact:
            styles = self.document.styles
            styles["Normal"].paragraph_format.line_spacing = 1.0
            styles["Normal"].paragraph_format.space_after = Pt(3)
            for name, _size in HEADING_STYLES.values():
                if styles[name].paragraph_format.space_before != Pt(0):
                    styles[name].paragraph_format.space_before = Pt(6)

    def _add_para(self, block: spec.Para) -> None:
        if block.when:
            self.tag(f"{{%p if {block.when} %}}")
        self.paragraph(block.text, bold=block.bold, align=block.align, size=block.size)
        if block.when:
            self.tag("{%p endif %}")

    def _add_bullets(self, block: spec.Bullets) -> None:
        self.tag(f"{{%p for {block.loop} %}}")
        self.paragraph(block.item_text, style="List Bullet", after=1)
        self.tag("{%p endfor %}")

    def _table_widths(self, block: spec.Table, columns: int) -> list[float]:
        """Column widths in millimetres on this page (see ``docx_spec.Table``)."""
        if block.shares:
            total = sum(block.shares)
            return [self.content_width * share / total for share in block.shares]
        if not block.widths:
            return [self.content_width / columns] * columns
        scale = self.content_width / CONTENT_WIDTH_MM  # stretched on a landscape page
        return [width * scale for width in block.widths]

    def _add_table(self, block: spec.Table) -> None:
        if block.when:
            self.tag(f"{{%p if {block.when} %}}")
        columns = len(block.header) or len(block.row) or len(block.rows[0])
        table = self.document.add_table(rows=0, cols=columns)
        table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        cell = {"size": block.size}
        if any(block.header):  # a table of label / value rows has no header row
            head = table.add_row()
            head._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # on each page
            for index, (cell_, text) in enumerate(zip(head.cells, block.header, strict=True)):
                _shade(cell_, HEADER_FILL)
                align = "right" if index in block.right else "left"
                self._cell(cell_, text, bold=True, color=ACCENT, align=align, **cell)
        if block.loop:
            self._cell(table.add_row().cells[0], f"{{%tr for {block.loop} %}}")
            body = [block.row]
        else:
            body = list(block.rows)
        for values in body:
            for index, (cell_, text) in enumerate(zip(table.add_row().cells, values, strict=True)):
                self._cell(cell_, text, align="right" if index in block.right else "left", **cell)
        if block.loop:
            self._cell(table.add_row().cells[0], "{%tr endfor %}")
        set_column_widths(table, self._table_widths(block, columns))
        cant_split(table)
        self.paragraph("", after=2)  # keeps the next table apart, gives air
        if block.when:
            self.tag("{%p endif %}")

    def _cell(self, cell, text: str, *, bold=False, color=None, align="left", size=None) -> None:
        paragraph = cell.paragraphs[0]
        paragraph.paragraph_format.space_after = Pt(1)
        paragraph.alignment = ALIGN[align]
        self._run(paragraph, text, bold=bold, color=color, size=size)

    def _keep_with_signature(self) -> None:
        """The closing sentence before a signature goes to the next page with it, if the
        signature does not fit: the signatory's lines never stand alone on a page."""
        for element in reversed(list(self.document.element.body)):
            if element.tag == qn("w:sectPr"):
                continue
            if element.tag != qn("w:p"):
                return  # a table: nothing to keep
            paragraph = Paragraph(element, self.document)
            if paragraph.text.startswith("{%p"):
                continue  # a docxtpl tag, removed when rendered
            paragraph.paragraph_format.keep_with_next = True
            return

    def _add_signature(self, block: spec.Signature) -> None:
        """Two columns without borders; the right one may end in a framed stamp box."""
        self._keep_with_signature()
        table = self.document.add_table(rows=1, cols=2)
        no_borders(table)
        for cell, lines in zip(table.rows[0].cells, (block.left, block.right), strict=True):
            first = cell.paragraphs[0]
            for index, line in enumerate(lines):
                paragraph = first if index == 0 else cell.add_paragraph()
                paragraph.paragraph_format.space_after = Pt(2)
                self._run(paragraph, line)
        half = self.content_width / 2
        set_column_widths(table, [half, half])
        cant_split(table)
        if block.stamp:
            self._stamp(table.rows[0].cells[1], block, half)

    def _stamp(self, cell, block: spec.Signature, room: float) -> None:
        """The framed box where the signatory signs and stamps, its label inside (as the PDF)."""
        width, height = min(block.stamp_size[0], room - 2), block.stamp_size[1]
        box = cell.add_table(rows=1, cols=1)
        no_borders(box)
        frame_cell(box.rows[0].cells[0])
        set_column_widths(box, [width])
        exact_height(box, 0, height)
        self._cell(box.rows[0].cells[0], block.stamp, color=MUTED, size=SMALL_SIZE)
        cell.add_paragraph().paragraph_format.space_after = Pt(0)  # Word ends a cell in a <w:p>

    def _add_pagebreak(self, _block: spec.PageBreak) -> None:
        self.document.add_page_break()
