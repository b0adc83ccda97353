"""Every built-in kind of document: importing this module registers them.

It is imported by ``engine.registry`` the first time ``KINDS`` is read (it loads reportlab,
openpyxl and docxtpl). A new kind is one module that renders its data and calls
``engine.registry.register``; add its import below.
"""

from .after import (
    assiduite,  # noqa: F401
    attestation_fin,  # noqa: F401
    certificat,  # noqa: F401
    releve_render,  # noqa: F401  (registers "releve_presence" and "releve_presence_financeurs")
)
from .before import (
    contract,  # noqa: F401  (registers "contrat")
    convention,  # noqa: F401  (registers "convention")
    convocation,  # noqa: F401  (registers the kind)
    convocation_docx,  # noqa: F401  (adds the Word output of "convocation")
    letter,  # noqa: F401  (registers "courrier")
    mission,  # noqa: F401  (registers "ordre_mission")
    programme,  # noqa: F401  (registers "programme")
    quote,  # noqa: F401  (registers "devis")
    registration,  # noqa: F401  (registers "bulletin")
    rules,  # noqa: F401  (registers "reglement" and "livret")
)
from .billing import (
    invoice,  # noqa: F401  (registers "facture")
    relance,  # noqa: F401  (registers "relance")
    relance_convention,  # noqa: F401  (registers "relance_convention")
)
from .during import (
    chevalets,  # noqa: F401
    emargement_apprenant,  # noqa: F401
    emargement_client,  # noqa: F401
    emargement_jour,  # noqa: F401
    emargement_paysage,  # noqa: F401
    emargement_vierge,  # noqa: F401
    evidence_pack,  # noqa: F401  (registers "preuves_presence")
    signed_pdf,  # noqa: F401  (registers "emargement_signe")
)
from .lists import (
    client,  # noqa: F401
    participants,  # noqa: F401
    session,  # noqa: F401
)
from .reports import bilan_docx  # noqa: F401  (registers "bilan", the bilan of a session)
