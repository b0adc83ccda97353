"""Plain data of the BPF (bilan pédagogique et financier, cerfa 10443): what ``BpfService``
returns and the renderers, the window and the command line read.

Raw values only: cents for the money of cadres C and D, (people, minutes) for cadres E, F
and G; renderers format them. The cerfa's wording of every line lives here, once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .. import formatting as fmt
from ..model import BPF_OBJECTIVES

# Cadre C: the line codes of the cerfa and their wording (the chooser of « ligne à la main »).
LINE_CHOICES: dict[str, str] = {
    "1": "Entreprises pour la formation de leurs salariés",
    "2a": "OPCO, contrats d'apprentissage",
    "2b": "OPCO, contrats de professionnalisation",
    "2c": "OPCO, promotion ou reconversion par alternance (Pro-A)",
    "2d": "OPCO, projets de transition professionnelle",
    "2e": "OPCO, compte personnel de formation (CPF)",
    "2f": "OPCO, dispositifs spécifiques pour les personnes en recherche d'emploi",
    "2g": "OPCO, dispositifs spécifiques pour les travailleurs non-salariés",
    "2h": "OPCO, plan de développement des compétences ou autres dispositifs",
    "3": "Pouvoirs publics pour la formation de leurs agents",
    "4": "Instances européennes, pour la formation de publics spécifiques",
    "5": "État, pour la formation de publics spécifiques",
    "6": "Conseils régionaux, pour la formation de publics spécifiques",
    "7": "France Travail, pour la formation de publics spécifiques",
    "8": "Autres ressources publiques, pour la formation de publics spécifiques",
    "9": "Personnes à titre individuel et à leurs frais",
    "10": "Autres organismes de formation (y compris CFA)",
    "11": "Autres produits au titre de la formation professionnelle",
}
C_TOTAL_LABEL = "Total des produits réalisés au titre de la formation professionnelle"

D_LABELS = {
    "Dtotal": "Total des charges de l'organisme liées à l'activité de formation",
    "D1": "dont salaires des formateurs",
    "D2": "dont achats de prestations de formation et honoraires de formation",
}
E_LABELS = {
    "Einternes": "Personnes de votre organisme dispensant des heures de formation",
    "Eexternes": (
        "Personnes extérieures à votre organisme dispensant des heures de formation "
        "(formateurs externes, sous-traitance)"
    ),
}
F1_LABELS = {
    "a": "Salariés d'employeurs privés hors apprentis",
    "b": "Apprentis",
    "c": "Personnes en recherche d'emploi formées par votre organisme",
    "d": "Particuliers à leurs propres frais formés par votre organisme",
    "e": "Autres stagiaires",
}
# A learner (F-1), a course (F-3, F-4) whose datum is missing: counted in the total on a line
# of its own, so that the totals of F-1, F-3 and F-4 stay equal, and listed « À vérifier ».
UNSAID = "non_renseigne"
F1_UNSAID_LABEL = "Statut de l'apprenant non renseigné (à compléter)"
F3_UNSAID_LABEL = "Objectif général non renseigné (à compléter)"
F4_UNSAID_LABEL = "Code NSF non renseigné (à compléter)"
F2_LABEL = "Formations confiées par votre organisme à un autre organisme de formation"
G_LABEL = (
    "Stagiaires dont la formation a été confiée à votre organisme par un autre organisme "
    "de formation"
)
F3A_LABEL = (
    "a. Formations visant un diplôme, un titre à finalité professionnelle ou un certificat de "
    "qualification professionnelle enregistré au RNCP"
)  # the sum of its « dont » lines, not added again into the total
# Cadre F-3: the cerfa's letter of each objective (a: RNCP titles and CQP at the RNCP).
F3_LETTERS = {
    "rncp_6_8": "a",
    "rncp_5": "a",
    "rncp_4": "a",
    "rncp_3": "a",
    "rncp_2": "a",
    "cqp_sans_niveau": "a",
    "rs": "b",
    "cqp_non_enregistre": "c",
    "autre": "d",
    "bilan_competences": "e",
    "vae": "f",
}
SECTION_TITLES = {
    "C": "Cadre C — Bilan financier hors taxes : origine des produits de l'organisme",
    "D": "Cadre D — Bilan financier hors taxes : charges de l'organisme",
    "E": "Cadre E — Personnes dispensant des heures de formation",
    "F1": "Cadre F-1 — Type de stagiaires de l'organisme",
    "F2": "Cadre F-2 — Activité sous-traitée de l'organisme",
    "F3": "Cadre F-3 — Objectif général des prestations dispensées",
    "F4": "Cadre F-4 — Spécialités de formation",
    "G": "Cadre G — Stagiaires confiés à votre organisme par un autre organisme de formation",
}
MONEY_COLUMNS = ("Montant HT",)
TRAINER_COLUMNS = ("Nombre de formateurs", "Heures dispensées")
LEARNER_COLUMNS = ("Stagiaires", "Heures de formation")
# What fixes a missing datum, as the « À vérifier » sheet names it (the window has buttons).
FIX_LABELS = {
    "course": "Compléter la formation",
    "learner": "Compléter la fiche de l'apprenant",
    "enrollment": "Compléter l'inscription",
    "attendance": "Saisir les présences",
    "invoice_line": "Choisir la ligne du cadre C",
    "session": "Ouvrir la session",
}


def objective_label(code: str) -> str:
    """« a. dont Diplôme ou titre RNCP de niveau 5 », « d. Autre formation professionnelle »."""
    letter = F3_LETTERS[code]
    return f"{letter}. {'dont ' if letter == 'a' else ''}{BPF_OBJECTIVES[code]}"


def c_title(code: str) -> str:
    """« C-2 e — OPCO, compte personnel de formation (CPF) », « C-9 — Personnes … »."""
    shown = f"{code[0]} {code[1]}" if code[0] == "2" else code
    return f"C-{shown} — {LINE_CHOICES[code]}"


@dataclass(frozen=True)
class BpfLine:
    """One line of a cadre: its trace code, the cerfa's wording and its raw figures."""

    box: str  # "C1" … "C2a" … "Ctotal", "Dtotal", "D1", "D2", "Einternes", "F1a", "F3:rs" …
    label: str
    values: tuple[int, ...]  # cents for C and D; (people, minutes) for E, F and G
    kinds: tuple[str, ...]  # per value: "euros" | "personnes" | "stagiaires" | "minutes"


@dataclass(frozen=True)
class BpfSection:
    """One cadre of the cerfa."""

    code: str  # "C", "D", "E", "F1", "F2", "F3", "F4", "G"
    title: str
    columns: tuple[str, ...]
    lines: tuple[BpfLine, ...]

    def line(self, box: str) -> BpfLine | None:
        return next((line for line in self.lines if line.box == box), None)


@dataclass(frozen=True)
class MissingItem:
    """A missing or doubtful datum: a French sentence and what fixes it."""

    text: str
    fix: str  # "course" | "learner" | "enrollment" | "attendance" | "invoice_line" | "session"
    target_id: int  # the course, learner, enrolment, invoice line or session to open
    session_id: int | None  # the session concerned, when there is one


@dataclass(frozen=True)
class BoxTrace:
    """The rows behind one line of the BPF, formatted in French."""

    box: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    session_ids: tuple[int | None, ...]


def figure(value: int, kind: str) -> str:
    """A raw figure as printed: « 1 250,00 € », « 10,5 h », « 1 204 »."""
    if kind == "euros":
        return fmt.money(value)
    if kind == "minutes":
        return f"{fmt.decimal_hours(value)} h"
    return f"{value:,}".replace(",", fmt.NARROW_NBSP)


def line_code(box: str) -> str:
    """How the cerfa names a line: « C-2 a », « C-10 », « F-1 c », « F-3 b », « 326 », « G »;
    « Total » for a total, "" where the cerfa has no code (D, E), « ? » for a datum not said."""
    if box.endswith("total"):
        return "Total"
    if box.startswith("C") and box[1:] in LINE_CHOICES:
        code = box[1:]
        return f"C-{code[0]} {code[1]}" if code[0] == "2" else f"C-{code}"
    if box.startswith("F1"):
        return f"F-1 {box[2:].removeprefix(':') or '?'}"
    if box == "F3a":
        return "F-3 a"
    if box.startswith("F3:"):
        return f"F-3 {F3_LETTERS.get(box[3:], '?')}"
    if box.startswith("F4:"):
        return box[3:] or "?"
    return {"F2": "F-2", "G": "G"}.get(box, "")


def _euros(cents: int) -> float:
    return round(cents / 100, 2)


def _hours(minutes: int) -> float:
    return round(minutes / 60, 2)


def _people(line: BpfLine | None, key: str = "stagiaires") -> dict[str, float]:
    people, minutes = line.values if line is not None else (0, 0)
    return {key: people, "heures": _hours(minutes)}


@dataclass(frozen=True)
class BpfReport:
    """The BPF of one financial year: identity, cadres, conventions and what to check."""

    year: int
    start: dt.date
    end: dt.date
    organisation: str
    nda: str
    siret: str
    sections: tuple[BpfSection, ...]
    notes: tuple[str, ...]
    missing: tuple[MissingItem, ...]
    address: str = ""
    legal_form: str = ""
    signatory: str = ""  # « Marie Durand, gérante » (cadre H), "" when not entered
    made_on: dt.date | None = None

    @property
    def provisional(self) -> str:
        """A French sentence when the year is not over (figures still moving), else ""."""
        today = self.made_on or dt.date.today()
        if today < self.start:
            return (
                f"Exercice {self.year} pas encore commencé (début le "
                f"{self.start:%d/%m/%Y}) : aucune formation n'y est encore réalisée."
            )
        if today <= self.end:
            return (
                f"Exercice en cours jusqu'au {self.end:%d/%m/%Y} : chiffres provisoires, "
                f"arrêtés au {today:%d/%m/%Y}. Le BPF se déclare une fois l'exercice clos."
            )
        return ""

    def section(self, code: str) -> BpfSection:
        return next(section for section in self.sections if section.code == code)

    def line(self, box: str) -> BpfLine | None:
        for section in self.sections:
            if (found := section.line(box)) is not None:
                return found
        return None

    def as_json(self) -> dict:
        """The shape other tools read: euros as numbers, hours as decimal numbers."""

        def by_code(section: str, prefix: str) -> dict[str, dict[str, float]]:
            lines = self.section(section).lines
            found = {}
            for line in lines:
                code = line.box.removeprefix(prefix).removeprefix(":") or UNSAID
                found[code] = _people(line)
            return found

        c = {line.box[1:]: _euros(line.values[0]) for line in self.section("C").lines}
        d = self.section("D")
        return {
            "annee": self.year,
            "exercice": {"debut": self.start.isoformat(), "fin": self.end.isoformat()},
            "organisme": {"nom": self.organisation, "nda": self.nda, "siret": self.siret},
            "C": c,
            "D": {
                "total": _euros(d.lines[0].values[0]),
                "salaires_formateurs": _euros(d.lines[1].values[0]),
                "achats_formation": _euros(d.lines[2].values[0]),
            },
            "E": {
                "internes": _people(self.line("Einternes"), "personnes"),
                "externes": _people(self.line("Eexternes"), "personnes"),
            },
            "F1": by_code("F1", "F1"),
            "F2": _people(self.line("F2")),
            "F3": by_code("F3", "F3"),
            "F4": by_code("F4", "F4"),
            "G": _people(self.line("G")),
            "provisoire": self.provisional,
            "notes": list(self.notes),
            "manquants": [item.text for item in self.missing],
        }
