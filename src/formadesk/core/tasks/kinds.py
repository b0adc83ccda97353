"""French names of the kinds of task and of the fix each one carries at hand."""

from __future__ import annotations

# Tasks not made by a rule of this package (the rules add their own labels).
OTHER_KINDS = {
    "manual": "Tâche saisie",
    "incident": "Aléa",
    "complaint": "Réclamation",
    "improvement_action": "Action d'amélioration",
    "follow_up": "Relance notée au journal",
}

# What the « Corriger » button of a task does (the GUI maps each code to a dialog).
TASK_FIXES = {
    "session": "Ouvrir la session",
    "enrollment": "Compléter les inscriptions",
    "documents:convention": "Générer les conventions",
    "documents:contrat": "Générer les contrats",
    "documents:convocation": "Générer les convocations",
    "documents:certificat_realisation": "Générer les certificats de réalisation",
    "documents:attestation_fin": "Générer les attestations de fin de formation",
    "documents_list": "Voir les documents de la session",
    "planning": "Voir les conflits de la session",
    "attendance": "Saisir les présences",
    "learner": "Ouvrir le dossier de l'apprenant",
    "exchange": "Noter un échange",
    "outcomes": "Saisir les résultats d'évaluation",
    "invoice": "Facturer la session",
    "survey_send": "Envoyer les questionnaires",
    "incident": "Voir les aléas",
    "complaint": "Ouvrir les réclamations",
    "improvement_action": "Ouvrir les actions d'amélioration",
    "interaction": "Ouvrir le journal des échanges",
}


def task_kinds() -> dict[str, str]:
    """Every kind of task, French label, rules first (in their settings order)."""
    from .rules import all_rules

    kinds = {key: rule.label for key, rule in all_rules().items()}
    kinds.update(OTHER_KINDS)
    return kinds


def kind_label(kind: str) -> str:
    return task_kinds().get(kind, kind)


def fix_label(fix: str) -> str:
    """« Générer les convocations » …; "" when the task has no fix at hand."""
    if not fix:
        return ""
    return TASK_FIXES.get(fix, "Corriger")


TASK_KINDS = task_kinds()  # kind -> French label (rules' labels, then the other kinds)
