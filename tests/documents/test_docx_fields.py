"""The reference of template fields, generated from the builders' data classes."""

from __future__ import annotations

from formadesk.core.documents.engine.fields import field_reference, reference_text


def test_convocation_fields_walk_nested_data_lists_and_properties():
    fields = {f.name: f for f in field_reference("convocation")}

    assert fields["learner.display_name"].description.startswith("Civilité, prénom et nom")
    assert fields["learner.display_name"].example == "Mme Hélène Lefèvre"
    assert fields["slots"].loop == "slot in slots"
    assert fields["slots"].jinja == "{% for slot in slots %} … {% endfor %}"
    assert {"slot.date", "slot.times", "slot.place"} <= set(fields)
    assert "organisation.disability_referent.email" in fields
    assert fields["organisation.nda_sentence"].jinja == "{{ organisation.nda_sentence }}"
    assert "oui / non" in fields["remote"].description
    assert "organisation.logo" not in fields  # an image, not a text field


def test_reference_text_is_french_and_covers_every_kind():
    text = reference_text()
    assert text.startswith("Champs des modèles Word")
    assert (
        "Convocation (convocation) — modèle Word « convocation.docx », un document par apprenant"
        in text
    )
    assert "{{ learner.display_name }}" in text and "Civilité, prénom et nom" in text
    assert reference_text("convocation").count("modèle Word «") == 1
