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
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..engine.docx_spec import Para, Signature
from ..engine.layout import LAYOUT, styles
from ..engine.pdf import markup
from .data import LearnerTraining
from .table import LeanTable, SignatureBox

STAMP_SIZE = (70 * mm, 24 * mm)  # room for a signature and the office's stamp
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
    blocks.append(Paragraph(escape(subtitle), st.subtitle) if subtitle else Spacer(1, 4 * mm))
    return blocks


def centred_name(text: str) -> Paragraph:
    return Paragraph(escape(text), after_styles().name)


def signatory_name(training: LearnerTraining) -> str:
    return training.organisation.signatory_name or BLANK_NAME


def attests_that(training: LearnerTraining) -> list[Flowable]:
    """« Je soussigné(e) …, atteste que : » and the learner's name, as both attestations open."""
    org = training.organisation
    return [
        markup(
            f"Je soussigné(e) {escape(signatory_name(training))}"
            + (f", {escape(org.signatory_title)}" if org.signatory_title else "")
            + f", de l'organisme de formation {escape(org.name)}, atteste que :"
        ),
        centred_name(training.learner.display_name),
    ]


def employer_clause(training: LearnerTraining) -> str:
    """« salariée de l'entreprise <b>X</b>, » for an employee; nothing otherwise.

    « de l'entreprise » reads right before any name (« de Hôtel D'Amico » does not)."""
    if not training.works_for:
        return ""
    return f"{training.employee} de l'entreprise <b>{escape(training.employer)}</b>, "


def facts(pairs: Sequence[tuple[str, str]]) -> Flowable:
    """Label / value lines (empty values left out), framed."""
    rows = [(label, value) for label, value in pairs if value]
    widths = [LABEL_WIDTH, LAYOUT.content_width - LABEL_WIDTH]
    return LeanTable(rows, widths, label_column=True, stripes=False)


def results_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    shares: Sequence[float],
    *,
    compact: bool = False,
) -> LeanTable:
    """A table with a header row repeated on each page; ``shares`` of the text width."""
    widths = [share * LAYOUT.content_width for share in shares]
    return LeanTable(rows, widths, header=header, pad=2.2 if compact else 3.2)


def signature_block(
    training: LearnerTraining, label: str = "Signature et cachet", closing: str = ""
) -> Flowable:
    """« Fait à Lyon, le … », the signatory and the stamp cell on the right, the closing
    sentence on the left; one block that never splits."""
    org = training.organisation
    lines = [(training.signed_at, False)]
    if org.signatory_name:
        lines.append((org.signatory_name, False))
    if org.signatory_title:
        lines.append((f"{org.signatory_title}, {org.name}", True))
    return SignatureBox(lines, label, STAMP_SIZE, closing)


def learner_line(training: LearnerTraining, employed: str) -> str:
    """« Mme Hélène Lefèvre, salariée de Boulangerie Émile & Fils » (employer when known)."""
    name = training.learner.display_name
    return f"{name}, {employed} {training.employer}" if training.employer else name


CLOSING = "Cette attestation est délivrée pour servir et valoir ce que de droit."

# How both attestations end in their Word templates: closing sentence, signatory, stamp.
ATTESTATION_ENDING = [
    Para(CLOSING),
    Signature(
        left=(),
        right=(
            "{{ training.signed_at }}",
            "{{ training.organisation.signatory_name }}",
            "{{ training.organisation.signatory_title }}",
        ),
        stamp="Signature et cachet",
        stamp_size=(STAMP_SIZE[0] / mm, STAMP_SIZE[1] / mm),
    ),
]
