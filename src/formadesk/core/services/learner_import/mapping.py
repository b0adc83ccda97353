"""Which column holds which learner field: guessed from French headers in any order
(accents, case and punctuation ignored), then editable as a plain dict index -> field."""

from __future__ import annotations

import re

from ...validation import normalise_search
from .reading import ImportFileError

# The learner fields a column can fill, with their French labels, in the order shown.
FIELDS = {
    "civility": "Civilité",
    "last_name": "Nom",
    "first_name": "Prénom",
    "birth_name": "Nom de naissance",
    "birth_date": "Date de naissance",
    "email": "E-mail",
    "phone": "Téléphone",
    "address": "Adresse",
    "postal_code": "Code postal",
    "city": "Ville",
    "status": "Statut",
    "employer_name": "Entreprise",
    "employer_siret": "SIRET",
    "job_title": "Poste",
    "accessibility_needs": "Besoins d'accessibilité",
    "notes": "Notes",
}
IGNORED_LABEL = "(ignorer)"

SYNONYMS = {
    "civility": ("civilite", "titre", "genre", "civ"),
    "last_name": (
        "nom",
        "nom de famille",
        "nom usuel",
        "nom d usage",
        "nom stagiaire",
        "nom apprenant",
    ),
    "first_name": ("prenom", "prenoms", "prenom usuel"),
    "birth_name": ("nom de naissance", "nom de jeune fille"),
    "birth_date": (
        "date de naissance",
        "date naissance",
        "naissance",
        "ne le",
        "nee le",
        "ne e le",
        "ddn",
    ),
    "email": (
        "courriel",
        "e mail",
        "email",
        "mail",
        "adresse mail",
        "adresse e mail",
        "adresse email",
        "adresse electronique",
        "adresse courriel",
    ),
    "phone": (
        "telephone",
        "tel",
        "portable",
        "mobile",
        "telephone portable",
        "tel portable",
        "numero de telephone",
        "gsm",
    ),
    "address": ("adresse", "adresse postale", "rue", "voie"),
    "postal_code": ("code postal", "cp", "code post"),
    "city": ("ville", "commune", "localite"),
    "status": ("statut", "situation", "statut apprenant"),
    "employer_name": (
        "entreprise",
        "employeur",
        "societe",
        "raison sociale",
        "nom de l entreprise",
        "nom entreprise",
    ),
    "employer_siret": ("siret", "siret employeur", "siret entreprise", "n siret", "numero siret"),
    "job_title": ("poste", "fonction", "emploi", "metier", "intitule du poste", "poste occupe"),
    "accessibility_needs": (
        "besoins d accessibilite",
        "accessibilite",
        "handicap",
        "amenagements",
        "besoins specifiques",
    ),
    "notes": (
        "notes",
        "note",
        "remarques",
        "remarque",
        "commentaire",
        "commentaires",
        "observations",
    ),
}
_BY_WORDS = {words: name for name, synonyms in SYNONYMS.items() for words in synonyms}


def header_words(header: str) -> str:
    """« Né(e) le » -> « ne e le »: lower-case, no accents, punctuation as spaces."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", normalise_search(header)).split())


def guess_field(header: str) -> str | None:
    """The learner field a header names, or None."""
    return _BY_WORDS.get(header_words(header))


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> field for the headers recognised; a field is taken by its first
    column only (« Téléphone » then « Portable »: the second one is left out)."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = guess_field(header)
        if name and name not in mapping.values():
            mapping[index] = name
    return mapping


def check_mapping(mapping: dict[int, str]) -> dict[int, str]:
    """The mapping without unknown fields; refuses one without a name and a first name."""
    kept = {int(i): f for i, f in mapping.items() if f in FIELDS}
    missing = [FIELDS[f] for f in ("last_name", "first_name") if f not in kept.values()]
    if missing:
        names = " et ".join(f"« {m} »" for m in missing)
        raise ImportFileError(
            f"Aucune colonne n'est reconnue comme {names} : nommez ainsi les en-têtes de "
            "ces colonnes dans le fichier (ou, dans la fenêtre d'import, choisissez-les à "
            "l'étape « Colonnes du fichier »)."
        )
    return kept
