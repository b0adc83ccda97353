"""Generated documents: a registry of kinds, builders (DB -> plain data) and renderers.

Importing this package registers every built-in document kind. A new kind is one module that
renders its data and calls ``registry.register``; add its import below.
"""

from . import (
    after_assiduite,  # noqa: F401
    after_attestation_fin,  # noqa: F401
    after_certificat,  # noqa: F401
    before_contract,  # noqa: F401  (registers "contrat")
    before_convention,  # noqa: F401  (registers "convention")
    before_letter,  # noqa: F401  (registers "courrier")
    before_mission,  # noqa: F401  (registers "ordre_mission")
    before_programme,  # noqa: F401  (registers "programme")
    before_quote,  # noqa: F401  (registers "devis")
    before_registration,  # noqa: F401  (registers "bulletin")
    before_rules,  # noqa: F401  (registers "reglement" and "livret")
    billing_invoice,  # noqa: F401  (registers "facture")
    billing_relance,  # noqa: F401  (registers "relance")
    billing_relance_convention,  # noqa: F401  (registers "relance_convention")
    convocation,  # noqa: F401  (registers the kind)
    convocation_docx,  # noqa: F401  (adds the Word output of "convocation")
    during_chevalets,  # noqa: F401
    during_emargement_apprenant,  # noqa: F401
    during_emargement_client,  # noqa: F401
    during_emargement_jour,  # noqa: F401
    during_emargement_paysage,  # noqa: F401
    during_emargement_vierge,  # noqa: F401
    lists_client,  # noqa: F401
    lists_participants,  # noqa: F401
    lists_session,  # noqa: F401
)
