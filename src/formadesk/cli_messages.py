"""What the command line says when there is no database where ``--db`` points.

The window's messages point to its menus (« Fichier › Nouvelle base… »); at a prompt the user
needs the command to type instead. The window's own messages are left as they are.
"""

from __future__ import annotations

from pathlib import Path

from .core.errors import DatabaseOpenError

THOUSANDS = "\u202f"  # French thousands separator (formatting.NARROW_NBSP, without Babel)

NO_DATABASE_REASONS = ("missing", "empty")


def typed(path: Path) -> str:
    """``path`` as it would be typed at a prompt (quoted when it holds a space)."""
    text = str(path)
    return f'"{text}"' if any(c.isspace() for c in text) else text


def how_to_create(path: Path) -> str:
    """The commands that make a database at ``path``: the window offers to create an empty
    one (no subcommand does), ``demo`` fills one with a demonstration office — never the usual
    base, which must stay the office's own."""
    from .core.paths import default_database_path

    usual = default_database_path()
    if isinstance(usual, Path) and path.resolve() == usual.resolve():
        return (
            "Pour la créer : lancez formadesk (la fenêtre propose « Créer une nouvelle base "
            "ici »). Pour essayer sur des données de démonstration : formadesk demo, puis "
            "formadesk --demo."
        )
    return (
        f"Pour en créer une : formadesk --db {typed(path)} (la fenêtre propose « Créer une "
        f"nouvelle base ici »), ou formadesk demo --db {typed(path)} pour une base de "
        "démonstration."
    )


def no_database_message(error: DatabaseOpenError) -> str | None:
    """The command-line wording of a missing or empty database; None for any other refusal."""
    if error.reason not in NO_DATABASE_REASONS or not error.path:
        return None
    path = Path(error.path)
    if error.reason == "empty":
        return (
            f"« {path} » est un fichier vide, pas une base Formadesk : indiquez une autre base "
            f"avec --db. {how_to_create(path)}"
        )
    if not path.parent.is_dir():
        return (
            f"aucune base à cet emplacement : {path} (le dossier « {path.parent} » n'existe "
            "pas : créez-le ou choisissez un autre dossier). " + how_to_create(path)
        )
    return f"aucune base à cet emplacement : {path}. {how_to_create(path)}"


# What each table holds, as a count heading (« Présences : 12 345 »); one place for check/demo.
TABLE_COUNT_LABELS = {
    "attachments": "Pièces jointes",
    "attendance": "Présences",
    "bookings": "Réservations de matériel",
    "clients": "Clients",
    "complaints": "Réclamations",
    "compliance_log": "Journal de conformité (archives, RGPD)",
    "contacts": "Contacts",
    "costs": "Charges saisies",
    "course_objectives": "Objectifs de formation",
    "courses": "Formations",
    "document_counters": "Compteurs de documents",
    "enrollments": "Inscriptions",
    "equipment": "Équipements",
    "evaluation_answers": "Réponses aux questionnaires",
    "evaluations": "Évaluations",
    "funders": "Financeurs",
    "funding_lines": "Lignes de financement",
    "generated_documents": "Documents produits",
    "improvement_actions": "Actions d'amélioration",
    "incidents": "Incidents",
    "interaction_attachments": "Pièces jointes des échanges",
    "interactions": "Échanges",
    "invoice_counters": "Compteurs de factures",
    "invoice_lines": "Lignes de facture",
    "invoices": "Factures",
    "juries": "Jurys",
    "jury_candidates": "Candidats aux jurys",
    "jury_members": "Membres de jurys",
    "learners": "Apprenants",
    "objective_results": "Résultats par objectif",
    "organisation": "Organisme",
    "procedure_steps": "Étapes de la procédure",
    "questionnaire_items": "Questions des questionnaires",
    "questionnaires": "Questionnaires",
    "quote_lines": "Lignes de devis",
    "quotes": "Devis",
    "room_equipment": "Équipements des salles",
    "room_unavailabilities": "Indisponibilités des salles",
    "rooms": "Salles",
    "session_steps": "Étapes cochées des sessions",
    "session_trainers": "Formateurs des sessions",
    "sessions": "Sessions",
    "settings": "Réglages",
    "signatures": "Signatures",
    "slot_scans": "Scans d'émargement",
    "slot_trainers": "Formateurs des créneaux",
    "slots": "Créneaux",
    "survey_questions": "Banque de questions",
    "tasks": "Tâches",
    "trainer_courses": "Formations des formateurs",
    "trainer_unavailabilities": "Indisponibilités des formateurs",
    "trainers": "Formateurs",
}


def count_lines(counts: dict[str, int]) -> list[str]:
    """« Apprenants : 1 234 » lines, sorted by French label, for ``check`` and ``demo``."""
    labelled = sorted((TABLE_COUNT_LABELS.get(t, t), n) for t, n in counts.items())
    width = max((len(label) for label, _n in labelled), default=0) + 2
    return [
        f"  {label + ' :':<{width}} {f'{n:,}'.replace(',', THOUSANDS):>9}" for label, n in labelled
    ]
