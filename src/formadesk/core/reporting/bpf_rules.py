"""Where a fact goes in the BPF: the one definition the figures, the traces and the missing
list share (a box and the rows behind it can never disagree).

- **F-1 type** from the learner's status: salarié → a, apprenti → b, demandeur d'emploi → c,
  particulier → d, autre → e; a salarié whose enrolment's client is a public body (client
  kind « public ») is a public agent, not a private-sector employee → e. No status → None.
- **Subcontracting**, per the notice of cerfa 10443: F-2 counts the learners of sessions the
  office ENTRUSTED to another training office (``TrainingSession.subcontractor`` set); they
  stay in F-1, F-3 and F-4. G counts the learners another training office entrusted TO the
  office (the enrolment's client is of kind « organisme_formation »): only in G, never in
  F-1 to F-4, and what they are invoiced goes to C-10. (DOMAIN.md reads F-2 as
  « subcontracted activity received » and G as « training subcontracted to other OFs »: the
  notice says the reverse, and is followed.)
- **C line** of an invoice line: the line chosen by hand (``InvoiceLine.bpf_line``); else the
  invoiced funder's kind: OPCO → C-2 by the scheme of the enrolment's funding line for that
  funder (else the enrolment's scheme): apprentissage a, contrat_pro b, pro_a c, ptp d, cpf e,
  demandeur_emploi f, any other h (no scheme maps to g, travailleurs non-salariés: chosen by
  hand); Caisse des Dépôts (CPF) → C-2 e; France Travail → 7; Région → 6; État → 5;
  Union européenne → 4; employeur → 1; apprenant → 9; « autre » → to be said (None). Without
  a funder, the client's kind: entreprise → 1, organisme public → 3, particulier → 9,
  organisme de formation → 10. Neither → None (listed as missing).
"""

from __future__ import annotations

from ..model import FUNDER_KINDS, FUNDING_SCHEMES

STATUS_TYPES = {
    "salarie": "a",
    "apprenti": "b",
    "demandeur_emploi": "c",
    "particulier": "d",
    "autre": "e",
}
RECEIVED_FROM = "organisme_formation"  # client kind: subcontracting received (cadre G)
PUBLIC_CLIENT = "public"
SCHEME_LINES = {
    "apprentissage": "2a",
    "contrat_pro": "2b",
    "pro_a": "2c",
    "ptp": "2d",
    "cpf": "2e",
    "demandeur_emploi": "2f",
}
OTHER_SCHEMES_LINE = "2h"
FUNDER_LINES = {
    "cpf": "2e",
    "france_travail": "7",
    "region": "6",
    "etat": "5",
    "europe": "4",
    "employeur": "1",
    "apprenant": "9",
}
CLIENT_LINES = {"entreprise": "1", "public": "3", "particulier": "9", "organisme_formation": "10"}
CLIENT_KIND_WORDS = {
    "entreprise": "client entreprise",
    "public": "client organisme public",
    "particulier": "client particulier",
    "organisme_formation": "client organisme de formation",
}


def learner_type(status: str | None, client_kind: str | None) -> str | None:
    """The F-1 line (« a » … « e ») of a learner, None when the status is not said."""
    kind = STATUS_TYPES.get(status or "")
    if kind == "a" and client_kind == PUBLIC_CLIENT:
        return "e"
    return kind


def received(client_kind: str | None) -> bool:
    """True for an enrolment entrusted to the office by another training office (cadre G)."""
    return client_kind == RECEIVED_FROM


def income_line(
    chosen: str,
    funder_kind: str | None,
    scheme: str | None,
    client_kind: str | None,
) -> tuple[str | None, str]:
    """(C line code or None, why in French) of one invoice line.

    ``chosen`` is the line chosen by hand ("" when derived), ``scheme`` the funding scheme of
    the enrolment for the invoiced funder (or the enrolment's own), None without enrolment.
    """
    if chosen:
        return chosen, "ligne choisie à la main"
    if funder_kind == "opco":
        if scheme is None:
            return None, "OPCO, sans inscription : dispositif inconnu"
        code = SCHEME_LINES.get(scheme, OTHER_SCHEMES_LINE)
        return code, f"OPCO, dispositif « {FUNDING_SCHEMES.get(scheme, scheme or '?')} »"
    if funder_kind is not None:
        code = FUNDER_LINES.get(funder_kind)
        words = f"financeur « {FUNDER_KINDS.get(funder_kind, funder_kind)} »"
        return code, words if code else f"{words} : origine à préciser"
    if client_kind is not None:
        code = CLIENT_LINES.get(client_kind)
        return code, CLIENT_KIND_WORDS.get(client_kind, f"client « {client_kind} »")
    return None, "ni financeur ni client"
