"""Numbering patterns read as French words and back; labels that never repeat themselves."""

from __future__ import annotations

import pytest

from formadesk.core import formatting as fmt
from formadesk.core import number_patterns as patterns


@pytest.mark.parametrize(
    ("stored", "shown", "width"),
    [
        ("{year}-{course}-{n:03d}", "Année-Formation-Numéro", 3),
        ("F{year}-{n:04d}", "FAnnée-Numéro", 4),
        ("{year}/{month:02d}-{n:05d}", "Année/Mois-Numéro", 5),
    ],
)
def test_a_pattern_reads_as_words_and_comes_back(stored, shown, width):
    assert patterns.label(stored) == shown
    assert patterns.digits(stored) == width
    assert patterns.pattern(shown, width) == stored


def test_words_are_accepted_without_accents_and_previewed():
    stored = patterns.pattern("annee-formation-numero", 3)
    assert stored == "{year}-{course}-{n:03d}"
    assert patterns.preview(stored) == "2026-EXCEL-INT-003"
    assert patterns.preview("{oops}") == ""


def test_a_funder_is_not_named_twice():
    cpf = "Caisse des Dépôts (Mon Compte Formation)"
    assert fmt.with_kind(cpf, "CPF (Caisse des Dépôts)") == cpf
    assert fmt.with_kind("OPCO Atlas", "OPCO") == "OPCO Atlas"
    assert fmt.with_kind("Constructys", "OPCO") == "Constructys (OPCO)"
    assert fmt.join_distinct(["CPF", "CPF (Caisse des Dépôts)"]) == "CPF"


def test_amounts_use_narrow_no_break_spaces():
    assert fmt.money(123456789) == "1\u202f234\u202f567,89\u202f€"
