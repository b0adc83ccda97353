"""A questionnaire as a fillable PDF (AcroForm): one radio group per closed question, a
multi-line field per free answer, the respondent's token in a read-only hidden field and in
the document's keywords (so a renamed file is still recognised).

Field names: ``q<question id>`` for each question, ``formadesk_jeton`` for the token. Radio
values: ``n1``..``n10`` for notes, ``oui``/``non``, ``c1``..``cN`` for the choices (the
position in the list): PDF names are ASCII, the choice texts are not.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from ...documents.engine.layout import LAYOUT, register_fonts
from .pdf_names import KEYWORD_TOKEN, MARKER, TOKEN_FIELD, field_name
from .rows import FormQuestion, FormSheet

WIDTH, HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 2 * cm, WIDTH - 2 * cm, HEIGHT - 1.8 * cm, 1.8 * cm
TEXT_WIDTH = RIGHT - LEFT
RADIO = 13
TEXT_BOX = 58
GREY = HexColor("#5a6270")
RULE = HexColor("#c8ccd2")
ACCENT = HexColor("#1f4e79")
LEGENDS = {
    "note5": ("pas du tout satisfait", "très satisfait"),
    "note10": ("pas du tout", "tout à fait"),
}
PAPER_INSTRUCTIONS = (
    "Pour chaque question, cochez une seule case (1 = pas du tout satisfait, la note la plus "
    "haute = très satisfait) et écrivez vos remarques dans les cadres, puis remettez ce "
    "questionnaire à l'organisme de formation."
)
INSTRUCTIONS = (
    "Pour chaque question, cochez une seule case (1 = pas du tout satisfait, la note la plus "
    "haute = très satisfait) et écrivez vos remarques dans les cadres. Enregistrez ensuite le "
    "fichier (sans changer son contenu caché) et renvoyez-le en réponse au message. Vous "
    "pouvez aussi l'imprimer, le remplir à la main et nous le remettre."
)


def radio_values(question: FormQuestion) -> list[tuple[str, str]]:
    """(export value, label) of each box of a closed question."""
    if question.scale == "note5":
        return [(f"n{n}", str(n)) for n in range(1, 6)]
    if question.scale == "note10":
        return [(f"n{n}", str(n)) for n in range(1, 11)]
    if question.scale == "oui_non":
        return [("oui", "Oui"), ("non", "Non")]
    if question.scale == "choix":
        return [(f"c{n}", text) for n, text in enumerate(question.choices, start=1)]
    return []


class _Writer:
    """Lays questions down the page, starting a new page when one does not fit."""

    def __init__(self, canvas: Canvas, sheet: FormSheet, fillable: bool):
        self.c = canvas
        self.sheet = sheet
        self.fillable = fillable
        self.y = TOP
        self.page = 1
        self.font = LAYOUT.font
        self.bold = LAYOUT.font_bold

    def lines(self, text: str, size: float, width: float = TEXT_WIDTH, font: str = "") -> list[str]:
        return simpleSplit(text, font or self.font, size, width) or [""]

    def write(self, text: str, size: float = 9.5, *, font: str = "", color=None, gap=2.0) -> None:
        font = font or self.font
        self.c.setFont(font, size)
        self.c.setFillColor(color or HexColor("#000000"))
        for line in self.lines(text, size, font=font):
            self.y -= size + gap
            self.c.drawString(LEFT, self.y, line)
        self.c.setFillColor(HexColor("#000000"))

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM + 14:
            self.footer()
            self.c.showPage()
            self.page += 1
            self.y = TOP
            self.write(f"{self.sheet.title} — {self.sheet.session_code} (suite)", 8.5, color=GREY)
            self.y -= 6

    def footer(self) -> None:
        self.c.setFont(self.font, 7.5)
        self.c.setFillColor(GREY)
        reference = f"Réf. {self.sheet.token}" if self.sheet.token else "Questionnaire vierge"
        self.c.drawString(LEFT, BOTTOM - 4, f"{self.sheet.organisation} — {reference}")
        self.c.drawRightString(RIGHT, BOTTOM - 4, f"Page {self.page}")
        self.c.setFillColor(HexColor("#000000"))

    # -- parts ----------------------------------------------------------------------------
    def header(self) -> None:
        s = self.sheet
        self.write(s.organisation, 10, font=self.bold, color=ACCENT)
        self.y -= 4
        self.write(s.title, 15, font=self.bold)
        self.y -= 4
        self.write(f"Session {s.session_code} — {s.course_title}", 10.5, font=self.bold)
        self.write(s.dates[:1].upper() + s.dates[1:], 9.5)
        who = s.respondent or "…………………………………………………………"
        self.write(f"{s.respondent_kind} : {who}", 9.5)
        if s.intro:
            self.y -= 6
            self.write(s.intro, 9.5)
        self.y -= 4
        self.write(INSTRUCTIONS if self.fillable else PAPER_INSTRUCTIONS, 8.5, color=GREY)
        if self.fillable and s.token:
            # Hidden and read-only: the file is matched by it, whatever its name.
            self.c.acroForm.textfield(
                name=TOKEN_FIELD,
                value=s.token,
                x=RIGHT - 150,
                y=TOP + 4,
                width=150,
                height=12,
                fieldFlags="readOnly",
                annotationFlags="hidden",
                borderWidth=0,
                maxlen=64,
                tooltip="Identifiant du questionnaire (ne pas modifier)",
            )
        self.y -= 8
        self.c.setStrokeColor(RULE)
        self.c.line(LEFT, self.y, RIGHT, self.y)

    def question(self, q: FormQuestion) -> None:
        label = f"{q.number}. {q.text}" + (" *" if q.required else "")
        lines = self.lines(label, 10, font=self.bold)
        values = radio_values(q)
        vertical = q.scale == "choix" and (
            sum(len(text) for _, text in values) > 70 or len(values) > 4
        )
        if q.scale == "texte":
            body = TEXT_BOX + 6
        elif vertical:
            body = len(values) * (RADIO + 5) + 4
        else:
            body = RADIO + 16
        self.need(len(lines) * 13 + body + 12)
        self.y -= 10
        self.write(label, 10, font=self.bold)
        self.y -= 4
        name = field_name(q.id)
        if q.scale == "texte":
            self.y -= TEXT_BOX
            if self.fillable:
                self.c.acroForm.textfield(
                    name=name,
                    x=LEFT,
                    y=self.y,
                    width=TEXT_WIDTH,
                    height=TEXT_BOX,
                    fieldFlags="multiline",
                    maxlen=4000,
                    borderColor=RULE,
                    fillColor=HexColor("#f7f9fb"),
                    borderWidth=0.8,
                    fontSize=9,
                    tooltip=q.text[:120],
                )
            else:
                self.c.setStrokeColor(RULE)
                self.c.rect(LEFT, self.y, TEXT_WIDTH, TEXT_BOX)
            return
        if vertical:
            for value, text in values:
                self.y -= RADIO + 5
                self.box(name, value, LEFT + 4, self.y)
                self.c.setFont(self.font, 9.5)
                self.c.drawString(LEFT + RADIO + 12, self.y + 3, text)
            return
        self.y -= RADIO + 4
        x = LEFT + 4
        step = (TEXT_WIDTH - 10) / max(len(values), 5) if q.scale != "choix" else None
        for value, text in values:
            self.box(name, value, x, self.y)
            self.c.setFont(self.font, 9.5)
            self.c.drawString(x + RADIO + 5, self.y + 3, text)
            width = self.c.stringWidth(text, self.font, 9.5)
            x += step if step else RADIO + width + 28
        if q.scale in ("note5", "note10"):
            self.c.setFont(self.font, 7.5)
            self.c.setFillColor(GREY)
            low, high = LEGENDS[q.scale]
            self.c.drawString(LEFT + 4, self.y - 10, low)
            last = LEFT + 4 + step * (len(values) - 1)
            self.c.drawRightString(last + RADIO + 12, self.y - 10, high)
            self.c.setFillColor(HexColor("#000000"))
            self.y -= 10

    def box(self, name: str, value: str, x: float, y: float) -> None:
        if self.fillable:
            self.c.acroForm.radio(
                name=name,
                value=value,
                selected=False,
                x=x,
                y=y,
                size=RADIO,
                buttonStyle="circle",
                shape="circle",
                borderColor=ACCENT,
                fillColor=HexColor("#ffffff"),
                borderWidth=0.8,
                fieldFlags="radio",
                tooltip=value,
            )
        else:
            self.c.setStrokeColor(ACCENT)
            self.c.circle(x + RADIO / 2, y + RADIO / 2, RADIO / 2)

    def closing(self) -> None:
        self.need(40)
        self.y -= 18
        self.write("Merci pour vos réponses.", 9.5, font=self.bold)
        if any(q.required for q in self.sheet.questions):
            self.write("* réponse attendue.", 8, color=GREY)


def render_form(sheet: FormSheet, out: Path, *, fillable: bool = True) -> None:
    """Write the questionnaire ``sheet`` as a PDF at ``out`` (fillable or for print)."""
    register_fonts()
    canvas = Canvas(str(out), pagesize=A4, pageCompression=1)
    canvas.setTitle(f"{sheet.title} — {sheet.session_code}")
    canvas.setAuthor(sheet.organisation)
    canvas.setCreator("Formadesk")
    keywords = [MARKER]
    if sheet.token:
        keywords.append(KEYWORD_TOKEN + sheet.token)
    canvas.setKeywords(" ".join(keywords))
    canvas.setSubject(f"{sheet.respondent_kind} : {sheet.respondent}" if sheet.respondent else "")
    writer = _Writer(canvas, sheet, fillable)
    writer.header()
    for question in sheet.questions:
        writer.question(question)
    writer.closing()
    writer.footer()
    canvas.showPage()
    canvas.save()
