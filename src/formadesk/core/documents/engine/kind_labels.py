"""The French label of every kind of document, readable without loading the renderers.

Lists (the « Documents » tab, a client's documents, the dossier's index) show labels; loading the
kinds themselves imports reportlab, openpyxl and docxtpl, which costs about a second. A kind's
``label`` must be the one written here: ``DocumentKind`` refuses any other at registration.
"""

from __future__ import annotations

KIND_LABELS = {
    # before the session
    "programme": "Programme",
    "devis": "Devis",
    "bulletin": "Bulletin d'inscription",
    "convention": "Convention de formation",
    "contrat": "Contrat de formation",
    "convocation": "Convocation",
    "courrier": "Courrier d'accompagnement",
    "ordre_mission": "Ordre de mission",
    "reglement": "Règlement intérieur",
    "livret": "Livret d'accueil",
    # during
    "chevalets": "Chevalets",
    "emargement_jour": "Feuille d'émargement",
    "emargement_apprenant": "Feuille d'émargement individuelle",
    "emargement_client": "Feuille d'émargement client",
    "emargement_paysage": "Feuille d'émargement paysage",
    "emargement_vierge": "Feuille d'émargement vierge",
    "emargement_signe": "Feuille d'émargement signée",
    "preuves_presence": "Preuves de présence",
    # after
    "attestation_assiduite": "Attestation d'assiduité",
    "attestation_fin": "Attestation de fin de formation",
    "certificat_realisation": "Certificat de réalisation",
    "releve_presence": "Relevé de présence",
    "releve_presence_financeurs": "Relevé de présence pour les financeurs",
    "bilan": "Bilan de session",
    # billing
    "facture": "Facture",
    "relance": "Relance de paiement",
    "relance_convention": "Relance convention",
    # lists
    "liste_participants": "Liste des participants",
    "liste_session": "Fiche session",
    "liste_client": "Stagiaires du client",
}

# Kinds whose recipient is named only in the file's name (a trainer, an invoice's payer), not by
# a learner or client of the record; ``DocumentKind`` checks this too.
NAMED_IN_FILE = frozenset({"ordre_mission", "facture"})

# Documents recorded in the history without being a kind of the « Générer » dialog (they are
# not made per session): the complaint letters of core/documents/quality.
OTHER_KINDS = {
    "reclamation_accuse": "Accusé de réception de réclamation",
    "reclamation_reponse": "Réponse à réclamation",
}
