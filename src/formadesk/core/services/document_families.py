"""Where each kind of generated document belongs: its section of an archived session dossier,
and its retention category when a learner is anonymised.

A kind's family is the package that renders it (``documents/before``, ``during``, ``after``,
``billing``, ``lists``); a few kinds are named here because their place is not their package's
(attendance sheets go with the evidence of attendance, the bilan has its own section).
Retention categories group kinds by why the office keeps them: legal evidence of the training
(certificates, attendance), contracts, accounting, complaints, and the rest (convocations,
letters, lists), which has no reason to outlive the person's data. Plain data: no database.
"""

from __future__ import annotations

from dataclasses import dataclass

# -- sections of an archived dossier (folder names, in reading order) ----------------------
BEFORE = "01 - Avant la formation"
DURING = "02 - Pendant la formation"
ATTENDANCE = "03 - Présences et signatures"
AFTER = "04 - Après la formation"
EVALUATIONS = "05 - Évaluations"
BILAN = "06 - Bilan"
BILLING = "07 - Facturation"
LISTS = "08 - Listes"
COMPLAINTS = "09 - Réclamations"
OTHERS = "10 - Autres documents"
SECTIONS = (BEFORE, DURING, ATTENDANCE, AFTER, EVALUATIONS, BILAN, BILLING, LISTS, COMPLAINTS)
SECTIONS += (OTHERS,)

_PACKAGE_SECTIONS = {
    "before": BEFORE,
    "during": DURING,
    "after": AFTER,
    "billing": BILLING,
    "lists": LISTS,
    "quality": COMPLAINTS,
}
# Evidence of attendance, whatever package renders it.
ATTENDANCE_KINDS = frozenset(
    {
        "emargement_jour",
        "emargement_apprenant",
        "emargement_client",
        "emargement_paysage",
        "emargement_vierge",
        "emargement_signe",
        "preuves_presence",
        "releve_presence",
        "releve_presence_financeurs",
    }
)
COMPLAINT_KINDS = frozenset({"reclamation_accuse", "reclamation_reponse"})
BILAN_KIND = "bilan"


def package_of(kind: str) -> str:
    """« before », « during » … : the package of ``core/documents`` that renders ``kind``, or ""."""
    from .. import documents  # noqa: F401 (importing the package registers every kind)
    from ..documents.engine.registry import KINDS

    found = KINDS.get(kind)
    if found is None or not found.renderers:
        return ""
    module = next(iter(found.renderers.values())).__module__.split(".")
    if len(module) > 4 and module[:3] == ["formadesk", "core", "documents"]:
        return module[3]
    return ""


def section_of(kind: str) -> str:
    """The folder of ``kind`` in an archived dossier (« 01 - Avant la formation » …)."""
    if kind in ATTENDANCE_KINDS:
        return ATTENDANCE
    if kind in COMPLAINT_KINDS:
        return COMPLAINTS
    if kind == BILAN_KIND:
        return BILAN
    return _PACKAGE_SECTIONS.get(package_of(kind), OTHERS)


# -- retention categories -------------------------------------------------------------------
KEEP, REMOVE = "garder", "supprimer"
CHOICES = {KEEP: "Garder", REMOVE: "Supprimer"}
EVIDENCE, ACCOUNTS = "preuves", "comptes"  # the legal retentions that can protect a document


@dataclass(frozen=True)
class DocumentCategory:
    """A retention category: what to do with a person's documents when they are anonymised.

    ``legal`` names the legal retention that keeps them anyway while it runs (« preuves »:
    evidence of the training, counted after the year of the last payment; « comptes »:
    invoices and accounting), or "" when none does.
    """

    key: str
    label: str
    default: str
    legal: str
    kinds: frozenset[str]

    @property
    def setting(self) -> str:
        return f"retention.documents.{self.key}"


CATEGORIES = (
    DocumentCategory(
        "preuves",
        "Certificats, attestations et émargements",
        KEEP,
        EVIDENCE,
        frozenset({"certificat_realisation", "attestation_assiduite", "attestation_fin"})
        | ATTENDANCE_KINDS,
    ),
    DocumentCategory(
        "contrats",
        "Contrats, conventions, devis et bulletins d'inscription",
        KEEP,
        ACCOUNTS,
        frozenset({"contrat", "convention", "devis", "bulletin"}),
    ),
    DocumentCategory(
        "facturation",
        "Factures et relances de paiement",
        KEEP,
        ACCOUNTS,
        frozenset({"facture", "relance", "relance_convention"}),
    ),
    DocumentCategory(
        "reclamations", "Réclamations (accusés et réponses)", KEEP, "", COMPLAINT_KINDS
    ),
    DocumentCategory(
        "courriers",
        "Convocations et courriers",
        REMOVE,
        "",
        frozenset({"convocation", "courrier"}),
    ),
    DocumentCategory("autres", "Autres documents (listes, chevalets…)", REMOVE, "", frozenset()),
)
CATEGORY_BY_KEY = {c.key: c for c in CATEGORIES}


def category_of(kind: str) -> DocumentCategory:
    """The retention category of a kind of document (« autres » when none names it)."""
    for category in CATEGORIES:
        if kind in category.kinds:
            return category
    if package_of(kind) == "billing":
        return CATEGORY_BY_KEY["facturation"]
    return CATEGORY_BY_KEY["autres"]
