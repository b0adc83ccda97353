"""Generated documents: a registry of kinds, builders (DB -> plain data) and renderers.

Importing this package registers every built-in document kind. A new kind is one module that
renders its data and calls ``registry.register``; add its import below.
"""

from . import convocation  # noqa: F401  (registers the kind)
from . import convocation_docx  # noqa: F401  (adds the Word output of "convocation")
from . import billing_invoice  # noqa: F401  (registers "facture")
from . import billing_relance  # noqa: F401  (registers "relance")
from . import billing_relance_convention  # noqa: F401  (registers "relance_convention")
from . import after_assiduite  # noqa: F401
from . import after_attestation_fin  # noqa: F401
from . import after_certificat  # noqa: F401
from . import during_chevalets  # noqa: F401
from . import during_emargement_apprenant  # noqa: F401
from . import during_emargement_client  # noqa: F401
from . import during_emargement_jour  # noqa: F401
from . import during_emargement_paysage  # noqa: F401
from . import during_emargement_vierge  # noqa: F401
from . import before_programme  # noqa: F401  (registers "programme")
from . import before_quote  # noqa: F401  (registers "devis")
from . import before_convention  # noqa: F401  (registers "convention")
from . import before_contract  # noqa: F401  (registers "contrat")
from . import before_registration  # noqa: F401  (registers "bulletin")
from . import before_rules  # noqa: F401  (registers "reglement" and "livret")
from . import before_mission  # noqa: F401  (registers "ordre_mission")
from . import before_letter  # noqa: F401  (registers "courrier")
from . import lists_client  # noqa: F401
from . import lists_participants  # noqa: F401
from . import lists_session  # noqa: F401
