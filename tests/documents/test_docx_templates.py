"""Word templates the office edits: its own version wins, mistakes get a French message."""

from __future__ import annotations

import shutil

import pytest
from docx import Document

from formadesk.core.documents.engine.docx import (
    copy_default_template,
    find_template,
    shipped_templates_dir,
    user_templates_dir,
)
from formadesk.core.documents.engine.template_check import TemplateError


def _override(*runs: str) -> None:
    """The office's copy of the convocation template with one paragraph added (split in runs)."""
    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    document = Document(str(shipped_templates_dir() / "convocation.docx"))
    paragraph = document.add_paragraph()
    for text in runs:
        paragraph.add_run(text)  # Word often splits a field over several runs like this
    document.save(str(folder / "convocation.docx"))


def _make(desk, seeded):
    return desk.documents.generate(
        "convocation", seeded["session"], file_format="docx", enrollment_ids=[seeded["helene"]]
    )


def _nothing_written(desk) -> None:
    assert not desk.docs_dir.exists() or not any(desk.docs_dir.rglob("*.docx"))
    assert not desk.docs_dir.exists() or not any(desk.docs_dir.rglob("*.partial"))
    assert desk.documents.list_documents() == []


def test_the_office_template_overrides_the_shipped_one(desk, seeded):
    _override("Note de l'accueil pour ", "{{ learner.", "full_name }} : badge à retirer.")
    assert find_template("convocation") == (user_templates_dir() / "convocation.docx", True)

    (path,) = _make(desk, seeded)
    texts = [p.text for p in Document(str(path)).paragraphs]
    assert "Note de l'accueil pour Hélène Lefèvre : badge à retirer." in texts


def test_an_unknown_field_names_the_template_and_the_field_and_writes_nothing(desk, seeded):
    _override("Bonjour {{ apprenant.nom }}")

    with pytest.raises(TemplateError) as caught:
        _make(desk, seeded)

    message = str(caught.value)
    assert message.startswith(
        "Le modèle Word « convocation.docx » utilise le champ « {{ apprenant.nom }} » qui "
        "n'existe pas"
    )
    assert "Corrigez le modèle (voir Documents › Modèles Word › Champs disponibles)" in message
    assert "revenez au modèle fourni" in message
    assert caught.value.template == "convocation.docx" and caught.value.field == "apprenant.nom"
    _nothing_written(desk)


def test_an_unknown_attribute_of_a_loop_item_is_found_with_a_suggestion(desk, seeded):
    _override("{% for slot in slots %}{{ slot.dates }}{% endfor %} {{ learner.full_nom }}")

    with pytest.raises(TemplateError) as caught:
        _make(desk, seeded)

    message = str(caught.value)
    assert "« {{ slot.dates }} » qui n'existe pas (vouliez-vous dire « slot.date » ?)" in message
    assert "Autres champs inconnus : « learner.full_nom »" in message
    _nothing_written(desk)


@pytest.mark.parametrize(
    ("text", "explained"),
    [
        ("Date : {{ issued_on }", "« Date : {{ issued_on } »"),
        ("{% for x in objectives %}{{ x }}", "le bloc « {% for %} » n'est jamais fermé"),
        ("Fin {% endif %}", "« {% endif %} » ne ferme aucun bloc ouvert"),
    ],
)
def test_broken_syntax_names_the_template_and_the_place(desk, seeded, text, explained):
    _override(text)

    with pytest.raises(TemplateError) as caught:
        _make(desk, seeded)

    message = str(caught.value)
    assert message.startswith("Le modèle Word « convocation.docx » contient une erreur")
    assert explained in message
    assert "revenez au modèle fourni" in message
    _nothing_written(desk)


def test_a_file_that_is_not_a_word_document_is_refused(desk, seeded):
    folder = user_templates_dir()
    folder.mkdir(parents=True)
    (folder / "convocation.docx").write_text("pas un document Word")
    with pytest.raises(TemplateError, match="n'est pas un fichier Word"):
        _make(desk, seeded)
    _nothing_written(desk)


def test_fixing_the_template_is_picked_up_without_restarting(desk, seeded):
    _override("{{ apprenant.nom }}")
    with pytest.raises(TemplateError):
        _make(desk, seeded)
    (user_templates_dir() / "convocation.docx").unlink()  # back to the shipped template
    (path,) = _make(desk, seeded)
    assert path.exists()


def test_copy_default_template_puts_an_editable_copy_in_the_user_folder(desk):
    target = copy_default_template("convocation")
    assert target == user_templates_dir() / "convocation.docx"
    assert target.read_bytes() == (shipped_templates_dir() / "convocation.docx").read_bytes()
    target.write_bytes(b"edited")
    assert copy_default_template("convocation").read_bytes() == b"edited"  # never overwritten
    shutil.rmtree(user_templates_dir())
