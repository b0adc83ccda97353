"""The demo office's catalogue: about thirty real-sounding French courses (data only).

Each course is a header line "code | title", then lines starting with "* " (hours | price EUR |
intra price EUR | modality | NSF code | level | domain | weight), "- " (objectives), "= "
(audience), "? " (prerequisites) and "# " (sanction, optionally "| certification code").
``weight`` is how often the course is run compared with the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field

COURSES_TEXT = """
EXCEL-INIT | Excel : les fondamentaux
* 14 | 490 | 1900 | presentiel | 324 | Initiation | bureau | 8
- Créer, mettre en forme et imprimer un tableau
- Saisir des formules de calcul simples et utiliser les références absolues
- Représenter des données sous forme de graphique
- Trier et filtrer une liste de données
= Salariés utilisant Excel de façon occasionnelle
? Savoir utiliser un ordinateur sous Windows
EXCEL-INT | Excel intermédiaire : fonctions et tableaux croisés dynamiques
* 14 | 540 | 2100 | presentiel | 324 | Intermédiaire | bureau | 8
- Utiliser les fonctions conditionnelles et de recherche (SI, RECHERCHEX)
- Construire et mettre à jour un tableau croisé dynamique
- Fiabiliser la saisie avec la validation des données
- Mettre en évidence les données avec la mise en forme conditionnelle
= Utilisateurs d'Excel souhaitant gagner en efficacité
? Maîtriser les bases d'Excel (formules simples, mise en forme)
# Certification TOSA Excel | RS5252
EXCEL-AVA | Excel avancé : Power Query et automatisation
* 21 | 890 | 3300 | presentiel | 324 | Perfectionnement | bureau | 4
- Importer et transformer des données avec Power Query
- Concevoir des tableaux de bord dynamiques
- Automatiser des tâches répétitives avec les macros
= Contrôleurs de gestion, assistants, analystes
? Maîtriser les tableaux croisés dynamiques
# Certification TOSA Excel | RS5252
WORD-PRO | Word : documents professionnels et publipostage
* 14 | 490 | 1900 | presentiel | 324 | Intermédiaire | bureau | 5
- Structurer un document long avec les styles et la table des matières
- Réaliser un publipostage (courriers, étiquettes)
- Créer des modèles de documents
= Assistants, secrétaires et toute personne rédigeant des documents
? Connaître les bases de Word
OUTLOOK-ORG | Outlook et organisation du temps
* 7 | 290 | 1200 | distanciel | 324 | Initiation | bureau | 4
- Traiter efficacement sa messagerie
- Organiser son agenda et partager des calendriers
- Gérer ses tâches et ses priorités
= Tout salarié utilisant Outlook
? Aucun
ASSIST-ADM | Assistant(e) administratif(ve) : organisation et efficacité
* 21 | 990 | 3600 | presentiel | 324 | Intermédiaire | bureau | 4
- Organiser le classement physique et numérique
- Gérer l'accueil téléphonique et physique
- Planifier et préparer des réunions
- Rédiger des comptes rendus clairs
= Assistants et secrétaires en poste ou en prise de poste
? Aucun
SST-INIT | Sauveteur Secouriste du Travail (SST) : formation initiale
* 14 | 290 | 1500 | presentiel | 344 | Initiation | securite | 9
- Situer le rôle du SST dans l'entreprise
- Protéger, examiner, faire alerter et secourir une victime
- Contribuer à la prévention des risques professionnels
= Tout salarié désigné comme SST
? Aucun
# Certificat SST (INRS), valable 24 mois
SST-MAC | Maintien et actualisation des compétences SST
* 7 | 190 | 900 | presentiel | 344 | Recyclage | securite | 5
- Actualiser les gestes de secours
- Réviser la conduite à tenir face à une situation d'accident
- Renforcer son rôle de préventeur
= Titulaires du certificat SST
? Être titulaire du certificat SST
# Certificat SST (INRS), prolongé de 24 mois
INCENDIE-EPI | Équipier de première intervention incendie
* 7 | 220 | 950 | presentiel | 344 | Initiation | securite | 3
- Connaître les causes et les effets d'un incendie
- Utiliser un extincteur adapté
- Appliquer les consignes d'évacuation
= Tout salarié
? Aucun
HABIL-ELEC | Habilitation électrique B0-H0V non électricien
* 7 | 250 | 1100 | presentiel | 255 | Initiation | securite | 3
- Connaître les dangers de l'électricité
- Appliquer les prescriptions de sécurité adaptées à ses opérations
- Réagir face à un accident d'origine électrique
= Personnel non électricien travaillant à proximité d'installations électriques
? Aucun
# Avis après formation, titre d'habilitation délivré par l'employeur
HACCP | Hygiène alimentaire HACCP en restauration commerciale
* 14 | 390 | 1600 | presentiel | 221 | Initiation | securite | 3
- Identifier les dangers microbiologiques, physiques et chimiques
- Appliquer les bonnes pratiques d'hygiène
- Mettre en place le plan de maîtrise sanitaire
= Personnel de la restauration commerciale
? Aucun
MANAGER-1 | Prendre ses fonctions de manager
* 21 | 1190 | 4200 | presentiel | 310 | Intermédiaire | management | 6
- Comprendre son rôle et ses responsabilités de manager
- Adapter son style de management aux situations
- Fixer des objectifs et donner du feedback
- Animer une réunion d'équipe
- Déléguer efficacement
= Managers nouvellement nommés ou en prise de poste
? Aucun
ENTRETIENS | Conduire les entretiens annuels et professionnels
* 7 | 450 | 1700 | mixte | 315 | Intermédiaire | management | 4
- Distinguer entretien annuel et entretien professionnel
- Préparer et conduire un entretien structuré
- Formaliser des objectifs et un plan de développement
= Managers et responsables RH
? Aucun
GEST-PROJET | Gestion de projet : méthodes et outils
* 21 | 1190 | 4200 | mixte | 310 | Intermédiaire | management | 4
- Cadrer un projet et définir ses objectifs
- Planifier les tâches et les ressources
- Suivre l'avancement et piloter les risques
- Communiquer avec les parties prenantes
= Chefs de projet occasionnels, managers
? Aucun
CONFLITS | Gérer les situations conflictuelles
* 14 | 690 | 2600 | presentiel | 315 | Intermédiaire | management | 4
- Comprendre les mécanismes du conflit
- Adopter une communication assertive
- Désamorcer une situation tendue
= Managers, personnel d'accueil
? Aucun
PRISE-PAROLE | Prise de parole en public
* 14 | 690 | 2600 | presentiel | 320 | Intermédiaire | communication | 3
- Structurer son message
- Gérer son trac et sa voix
- Capter et garder l'attention de son auditoire
= Toute personne amenée à s'exprimer en public
? Aucun
ECRITS-PRO | Améliorer ses écrits professionnels
* 14 | 590 | 2300 | distanciel | 320 | Intermédiaire | communication | 3
- Rédiger des courriels clairs et efficaces
- Adapter son style au destinataire
- Éviter les erreurs d'orthographe et de syntaxe courantes
= Tout salarié
? Aucun
PAIE-BASE | Gestion de la paie : les fondamentaux
* 35 | 1650 | 5800 | presentiel | 315 | Initiation | gestion | 7
- Connaître le cadre juridique de la paie
- Établir un bulletin de paie simple
- Calculer les cotisations sociales
- Traiter les absences et les congés payés
- Réaliser la déclaration sociale nominative (DSN)
= Gestionnaires de paie débutants, assistants RH
? Connaître les bases d'Excel
DROIT-TRAV | Droit du travail pour les managers de proximité
* 14 | 790 | 2900 | presentiel | 128 | Intermédiaire | gestion | 3
- Connaître les règles sur le temps de travail et les congés
- Gérer les absences et le pouvoir disciplinaire
- Prévenir les risques juridiques au quotidien
= Managers de proximité, assistants RH
? Aucun
COMPTA-BASE | Les bases de la comptabilité générale
* 35 | 1450 | 5200 | presentiel | 314 | Initiation | gestion | 7
- Comprendre la logique comptable et le plan comptable général
- Enregistrer les opérations courantes
- Réaliser les rapprochements bancaires
- Préparer les opérations de clôture
= Aides-comptables, assistants de gestion, créateurs d'entreprise
? Aucun
LIRE-BILAN | Lire et analyser un bilan
* 14 | 790 | 2900 | distanciel | 314 | Intermédiaire | gestion | 3
- Lire un bilan et un compte de résultat
- Calculer les soldes intermédiaires de gestion
- Interpréter les principaux ratios financiers
= Managers, élus de CSE, dirigeants de PME
? Aucun
ANGLAIS-A2 | Anglais professionnel : de A2 vers B1
* 35 | 1400 | 4900 | mixte | 136 | A2 | langues | 9
- Se présenter et présenter son entreprise
- Échanger au téléphone et par courriel
- Participer à une réunion simple
- Enrichir son vocabulaire professionnel
= Salariés ayant des échanges ponctuels en anglais
? Niveau A2 validé par le test de positionnement
# Certification Linguaskill | RS6513
ANGLAIS-B2 | Anglais professionnel : perfectionnement B2
* 35 | 1500 | 5200 | distanciel | 136 | B1 | langues | 6
- Argumenter et négocier en anglais
- Animer une réunion et une présentation
- Rédiger des écrits professionnels structurés
= Salariés travaillant régulièrement en anglais
? Niveau B1 validé par le test de positionnement
# Certification Linguaskill | RS6513
FLE-PRO | Français langue étrangère : communication professionnelle
* 70 | 2100 | 7400 | presentiel | 136 | A2 | langues | 14
- Comprendre des consignes de travail écrites et orales
- Communiquer avec ses collègues et la clientèle
- Remplir des documents administratifs courants
- Rédiger des messages simples
= Salariés et demandeurs d'emploi non francophones
? Niveau A1 validé par le test de positionnement
# Diplôme de compétence en langue (DCL) FLE | RS5516
NUM-BASE | Les bases du numérique au travail
* 14 | 390 | 1600 | presentiel | 326 | Initiation | numerique | 4
- Utiliser un ordinateur et organiser ses fichiers
- Naviguer sur Internet et utiliser la messagerie
- Réaliser des démarches en ligne en sécurité
= Salariés et demandeurs d'emploi peu familiers du numérique
? Aucun
# Certification Pix | RS6061
CYBER | Cybersécurité : les bons réflexes
* 7 | 350 | 1400 | distanciel | 326 | Initiation | numerique | 3
- Reconnaître les tentatives d'hameçonnage
- Protéger ses mots de passe et ses données
- Adopter les bonnes pratiques en télétravail
= Tout salarié
? Aucun
IA-BUREAU | Utiliser l'IA générative au bureau
* 7 | 450 | 1800 | presentiel | 326 | Initiation | numerique | 5
- Comprendre le fonctionnement des IA génératives
- Rédiger des requêtes efficaces
- Connaître les limites et les risques (RGPD, confidentialité)
= Tout salarié
? Savoir utiliser un navigateur Internet
WORDPRESS | Créer son site avec WordPress
* 21 | 990 | 3600 | presentiel | 320 | Initiation | numerique | 3
- Installer et paramétrer WordPress
- Créer des pages et des articles
- Choisir et personnaliser un thème
- Optimiser son site pour le référencement
= Dirigeants de TPE, chargés de communication
? Aucun
BUREAU-CERT | Parcours bureautique certifiant : Word, Excel et PowerPoint
* 70 | 2450 | 8600 | presentiel | 324 | Intermédiaire | bureau | 9
- Produire des documents Word structurés et des courriers types
- Concevoir des tableaux de calcul et des graphiques avec Excel
- Réaliser une présentation PowerPoint claire et animée
- Organiser ses fichiers et collaborer avec OneDrive
- Se préparer au passage de la certification TOSA
= Salariés et demandeurs d'emploi visant un poste administratif
? Savoir utiliser un ordinateur ; test de positionnement
# Certification TOSA Bureautique | RS6198
REMOB-EMPLOI | Remobilisation vers l'emploi : compétences clés et numérique
* 105 | 2900 | 9800 | mixte | 415 | Initiation | numerique | 9
- Identifier ses compétences et construire son projet professionnel
- Utiliser les outils numériques de la recherche d'emploi
- Rédiger un CV et une lettre de motivation
- Préparer un entretien d'embauche
= Demandeurs d'emploi, orientés par France Travail ou la Mission locale
? Aucun
ASSIST-FORM | Assistant(e) de formation : parcours certifiant
* 140 | 4900 | 14000 | mixte | 333 | Niveau 4 | gestion | 12
- Assurer le suivi administratif des actions de formation
- Organiser la logistique des sessions
- Accueillir, informer et accompagner les apprenants
- Gérer les dossiers des participants et des financeurs
- Contribuer à la démarche qualité de l'organisme
= Salariés, demandeurs d'emploi et personnes en reconversion
? Niveau bac ou expérience professionnelle équivalente
# CQP Assistant(e) de formation (branche des organismes de formation) | RNCP37209
"""

TEACHING_MEANS = {
    "bureau": "Un poste informatique par participant, exercices pratiques sur cas réels, "
    "supports numériques remis en fin de formation.",
    "securite": "Plan d'intervention SST, mannequins de secourisme, défibrillateur de "
    "formation, mises en situation d'accident simulé.",
    "management": "Apports théoriques courts, jeux de rôle filmés, études de cas apportées "
    "par les participants, fiches outils.",
    "communication": "Exercices pratiques, mises en situation, enregistrement vidéo, "
    "retours individualisés.",
    "gestion": "Apports réglementaires, exercices d'application, études de cas, "
    "documentation à jour remise aux participants.",
    "langues": "Formateurs natifs ou bilingues, mises en situation professionnelles, "
    "plateforme d'entraînement en ligne entre les séances.",
    "numerique": "Un poste informatique par participant, démonstrations, ateliers pratiques, "
    "guides pas à pas.",
}
ASSESSMENT = (
    "Test de positionnement en amont, évaluation des acquis en fin de formation (QCM et mise en "
    "situation), questionnaire de satisfaction à chaud et à froid."
)
DEFAULT_SANCTION = "Attestation de fin de formation"
# Typical group size per domain, as (smallest, largest); the room may lower it.
GROUP_SIZES = {"securite": (8, 10), "langues": (12, 16), "bureau": (12, 16), "numerique": (12, 18)}
DEFAULT_GROUP_SIZE = (16, 22)


@dataclass(slots=True)
class CourseSpec:
    """One course of the demo catalogue, parsed from ``COURSES_TEXT``."""

    code: str
    title: str
    hours: int = 7
    price: int = 0
    intra_price: int = 0
    modality: str = "presentiel"
    nsf: str = ""
    level: str = ""
    domain: str = ""
    weight: int = 1
    objectives: list[str] = field(default_factory=list)
    audience: str = ""
    prerequisites: str = ""
    sanction: str = DEFAULT_SANCTION
    certification: str = ""

    @property
    def programme(self) -> str:
        """A day-by-day programme built from the objectives."""
        lines = [f"Module {i} : {text}" for i, text in enumerate(self.objectives, start=1)]
        lines.append("")
        lines.append(
            "Méthodes : alternance d'apports théoriques et d'exercices pratiques ; "
            "évaluation des acquis en fin de parcours."
        )
        return "\n".join(lines)


# Courses whose certificate is registered in the répertoire spécifique without a code here.
RS_WITHOUT_CODE = ("SST-INIT", "SST-MAC")


def bpf_objective(spec: CourseSpec) -> str:
    """The course's objective for cadre F-3 of the BPF (``model.BPF_OBJECTIVES``): RS for an
    RS certification, the RNCP level of an RNCP title, else « autre »."""
    code = spec.certification.upper()
    if code.startswith("RS") or spec.code in RS_WITHOUT_CODE:
        return "rs"
    if code.startswith("RNCP"):
        digits = [c for c in spec.level if c.isdigit()]
        level = digits[0] if digits else ""
        if level in ("6", "7", "8"):
            return "rncp_6_8"
        return f"rncp_{level}" if level in ("2", "3", "4", "5") else "cqp_sans_niveau"
    return "autre"


def _fields(line: str) -> list[str]:
    return [part.strip() for part in line.split("|")]


def parse_courses(text: str = COURSES_TEXT) -> list[CourseSpec]:
    """Parse the catalogue text into course specifications."""
    courses: list[CourseSpec] = []
    for line in text.strip().splitlines():
        mark, rest = line[:2], line[2:].strip()
        if mark == "- ":
            courses[-1].objectives.append(rest)
        elif mark == "= ":
            courses[-1].audience = rest
        elif mark == "? ":
            courses[-1].prerequisites = rest
        elif mark == "# ":
            sanction, _, certification = rest.partition("|")
            courses[-1].sanction = sanction.strip()
            courses[-1].certification = certification.strip()
        elif mark == "* ":
            hours, price, intra, modality, nsf, level, domain, weight = _fields(rest)
            spec = courses[-1]
            spec.hours, spec.price, spec.intra_price = int(hours), int(price), int(intra)
            spec.modality, spec.nsf, spec.level = modality, nsf, level
            spec.domain, spec.weight = domain, int(weight)
        else:
            code, title = _fields(line)
            courses.append(CourseSpec(code, title))
    return courses
