"""PDFs share their font subsets: same text, same look, any character still printed."""

from __future__ import annotations

import subprocess

from pypdf import PdfReader

from formadesk.core.documents.engine import fonts
from formadesk.core.documents.engine.data import OrganisationInfo
from formadesk.core.documents.engine.layout import LAYOUT
from formadesk.core.documents.engine.pdf import para, write_letter

ORG = OrganisationInfo(name="Forma Lyon", address_lines=("3 rue Mercière", "69002 Lyon"))


def letter(path, *lines: str):
    return write_letter(path, [para(line) for line in lines], ORG, title="Attestation")


def text_of(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def embedded_fonts(path) -> list[tuple[str, int]]:
    """(font name, length of the embedded program) of each font of the file."""
    found = []
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            program = font["/FontDescriptor"]["/FontFile2"].get_object()
            found.append((str(font["/BaseFont"]), len(program.get_data())))
    return sorted(found)


def test_two_learners_get_the_same_embedded_font_and_their_own_text(tmp_path):
    first = letter(tmp_path / "a.pdf", "Mme Hélène LEFÈVRE a suivi « Excel » : 14 h.")
    second = letter(tmp_path / "b.pdf", "M. Zoé ŒUVRARD-ÇA a suivi « Word » : 7 h.")
    assert "Mme Hélène LEFÈVRE a suivi « Excel » : 14 h." in text_of(first)
    assert "M. Zoé ŒUVRARD-ÇA a suivi « Word » : 7 h." in text_of(second)
    assert embedded_fonts(first) == embedded_fonts(second)  # one subset, made once


def test_a_character_outside_the_alphabet_is_printed_too(tmp_path):
    rare = letter(tmp_path / "rare.pdf", "Łukasz Wąsowski, Ωmega, Дмитрий")
    assert "Łukasz Wąsowski, Ωmega, Дмитрий" in text_of(rare)
    plain = letter(tmp_path / "plain.pdf", "Lukasz Wasowski")
    assert embedded_fonts(rare) != embedded_fonts(plain)


def test_more_characters_than_one_subset_holds(tmp_path):
    many = "".join(chr(c) for c in range(0x0400, 0x0460)) + "".join(
        chr(c) for c in range(0x0100, 0x0180)
    )  # Cyrillic and Latin Extended-A: with the alphabet, more than 256 codes
    out = letter(tmp_path / "many.pdf", many[:120], many[120:])
    assert many[:120] in text_of(out).replace(" ", "")
    names = [name for name, _ in embedded_fonts(out)]
    assert len(names) >= 2 and len(set(names)) == len(names)  # subsets AAAAAA+, AAAAAB+ …


def test_the_letters_are_those_of_reportlab_and_the_font_is_registered_as_shared(tmp_path):
    from reportlab.pdfbase import pdfmetrics

    letter(tmp_path / "x.pdf", "Bonjour")
    font = pdfmetrics.getFont(LAYOUT.font)
    assert isinstance(font, fonts.SharedSubsetFont)
    assert all(ch in fonts.ALPHABET for ch in "àéèêçœ«»–’€\u202f")
