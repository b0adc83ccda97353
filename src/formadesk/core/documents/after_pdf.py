"""PDF pieces shared by the attestations and the certificat: title, facts, signature and stamp.

Documents after a training are one-page letters printed by the hundred: they use the shared
letterhead (``pdf.write_letter``) and plain tables, with styles built once (``layout.styles``).
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from .after_data import LearnerTraining
from .layout import LAYOUT, styles
from .pdf import para

STAMP_SIZE = (70 * mm, 30 * mm)  # room for a signature and the office's stamp
LABEL_WIDTH = 52 * mm
BLANK_NAME = "……………………………………"


class _Styles:
    """Styles of these documents, derived once from the shared ones."""

    def __init__(self) -> None:
        base = styles()
        self.title = ParagraphStyle(
            "after_title", base["title"], fontSize=15, leading=19, alignment=TA_CENTER,
            textColor=LAYOUT.accent, spaceAfter=2,
        )  # fmt: skip
        self.subtitle = ParagraphStyle(
            "after_subtitle", base["small"], alignment=TA_CENTER, spaceAfter=10
        )
        self.name = ParagraphStyle(
            "after_name", base["body"], fontName=LAYOUT.font_bold, fontSize=11.5, leading=15,
            alignment=TA_CENTER, spaceBefore=2, spaceAfter=4,
        )  # fmt: skip


_STYLES: _Styles | None = None


def after_styles() -> _Styles:
    global _STYLES
    if _STYLES is None:
        _STYLES = _Styles()
    return _STYLES


def title_block(title: str, subtitle: str = "") -> list[Flowable]:
    """The centred document title, and its legal reference below."""
    st = after_styles()
    blocks: list[Flowable] = [Spacer(1, 3 * mm), Paragraph(escape(title), st.title)]
    blocks.append(Paragraph(escape(subtitle), st.subtitle) if subtitle else Spacer(1, 6 * mm))
    return blocks


def centred_name(text: str) -> Paragraph:
    return Paragraph(escape(text), after_styles().name)


def signatory_name(training: LearnerTraining) -> str:
    return training.organisation.signatory_name or BLANK_NAME


def facts(pairs: Sequence[tuple[str, str]]) -> Table:
    """Label / value lines (empty values left out), framed."""
    st = styles()
    rows = [[Paragraph(escape(k), st["cell_head"]), para(v, "cell")] for k, v in pairs if v]
    table = Table(rows, colWidths=[LABEL_WIDTH, LAYOUT.content_width - LABEL_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.6, LAYOUT.rule),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, LAYOUT.rule),
                ("BACKGROUND", (0, 0), (0, -1), LAYOUT.stripe_fill),
                ("TOPPADDING", (0, 0), (-1, -1), LAYOUT.cell_padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), LAYOUT.cell_padding),
            ]
        )
    )
    return table


def signature_block(training: LearnerTraining, label: str = "Signature et cachet") -> Flowable:
    """« Fait à Lyon, le … », the signatory, and a framed cell for signature and stamp."""
    org = training.organisation
    lines = [para(training.signed_at, "body")]
    if org.signatory_name:
        lines.append(para(org.signatory_name, "body"))
    if org.signatory_title:
        lines.append(para(f"{org.signatory_title}, {org.name}", "small"))
    stamp = Table([[para(label, "small")]], colWidths=[STAMP_SIZE[0]], rowHeights=[STAMP_SIZE[1]])
    stamp.setStyle(
        TableStyle(
            [("BOX", (0, 0), (-1, -1), 0.6, LAYOUT.muted), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
    )
    right = [*lines, Spacer(1, 2 * mm), stamp]
    left_w = LAYOUT.content_width - STAMP_SIZE[0] - 4 * mm
    table = Table([["", right]], colWidths=[left_w, STAMP_SIZE[0] + 4 * mm])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return KeepTogether([Spacer(1, 6 * mm), table])


def learner_line(training: LearnerTraining, employed: str) -> str:
    """« Mme Hélène Lefèvre, salariée de Boulangerie Émile & Fils » (employer when known)."""
    name = training.learner.display_name
    return f"{name}, {employed} {training.employer}" if training.employer else name
