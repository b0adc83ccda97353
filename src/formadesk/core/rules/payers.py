"""Who signs what before a session: a client signs a convention, a private person a contract.

One predicate, read by the documents (which one can be made) and by the task rules (which one
is missing), so that a task never asks for a document the office cannot produce.
"""

from __future__ import annotations

# Schemes where the employer pays and signs the convention: an enrolment under one of them
# without its client (the employer) can get no convention until the client is entered.
EMPLOYER_SCHEMES = ("plan", "pro_a", "contrat_pro", "apprentissage")


def private_person(learner_status: str | None, client_kind: str | None) -> bool:
    """A learner paying for themself: status « particulier », or a private-person client."""
    return learner_status == "particulier" or client_kind == "particulier"
