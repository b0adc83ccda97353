"""The demo office itself, its funders, rooms and equipment, and follow-up texts (data only)."""

from __future__ import annotations

import datetime as dt

ORGANISATION = {
    "name": "Atelier Formation Conseil",
    "legal_form": "SARL",
    "address": "12 rue de la République",
    "postal_code": "69002",
    "city": "Lyon",
    "phone": "04 78 42 17 30",
    "email": "contact@atelier-formation-conseil.fr",
    "website": "https://www.atelier-formation-conseil.fr",
    "nda": "84 69 12345 69",
    "nda_region": "Auvergne-Rhône-Alpes",
    "qualiopi_certificate": "Certificat Qualiopi n° FR-2022-04871 (actions de formation)",
    "vat_exempt": True,
    "signatory_name": "Claire Béranger",
    "signatory_title": "Gérante",
    "disability_referent_name": "Sophie Morel",
    "disability_referent_email": "referent.handicap@atelier-formation-conseil.fr",
    "disability_referent_phone": "04 78 42 17 35",
    "internal_rules": (
        "Règlement intérieur applicable aux stagiaires (articles L6352-3 et R6352-1 du Code du "
        "travail).\n\n"
        "Article 1 - Objet : le présent règlement s'applique à toute personne inscrite à une "
        "action de formation, pour toute la durée de la formation.\n"
        "Article 2 - Hygiène et sécurité : chaque stagiaire respecte les consignes de sécurité "
        "affichées dans les locaux, notamment les consignes d'évacuation en cas d'incendie.\n"
        "Article 3 - Horaires et assiduité : les horaires sont communiqués avec la convocation. "
        "Toute absence ou tout retard est signalé à l'accueil ; la feuille d'émargement est "
        "signée par demi-journée.\n"
        "Article 4 - Discipline : tout manquement au présent règlement peut donner lieu à une "
        "sanction, dans le respect de la procédure prévue aux articles R6352-4 et suivants.\n"
        "Article 5 - Représentation : pour les actions de plus de 500 heures, un délégué est élu."
    ),
    "welcome_booklet": (
        "Bienvenue à l'Atelier Formation Conseil !\n\n"
        "Nos locaux se trouvent au 12 rue de la République, 69002 Lyon (métro A, station "
        "Cordeliers). L'accueil est ouvert de 8 h 30 à 17 h 30 du lundi au vendredi.\n"
        "Pendant votre formation : café et eau à disposition, Wi-Fi « AFC-Stagiaires », "
        "restaurants à proximité. Les salles sont accessibles aux personnes à mobilité réduite "
        "(sauf la salle Fourvière).\n"
        "Votre référente handicap, Sophie Morel, est joignable au 04 78 42 17 35 pour étudier "
        "avec vous toute adaptation nécessaire.\n"
        "Une question, une difficulté ? Parlez-en à votre formateur ou à l'accueil : nous "
        "recueillons aussi vos réclamations par écrit à qualite@atelier-formation-conseil.fr."
    ),
}

# The office's bank details, printed on invoices and quotes (settings, IBAN stored compact).
BANK_SETTINGS = {"billing.iban": "FR7630006000011234567890189", "billing.bic": "AGRIFRPPXXX"}

SITES = {
    "Lyon Presqu'île": "12 rue de la République, 69002 Lyon",
    "Lyon Part-Dieu": "45 boulevard Vivier-Merle, 69003 Lyon",
    "Villeurbanne": "8 avenue Henri Barbusse, 69100 Villeurbanne",
}

# name, site, capacity, accessible, opens, closes, notes
ROOMS = (
    ("Salle Bellecour", "Lyon Presqu'île", 18, True, "08:30", "18:00", "Tableau blanc"),
    ("Salle Fourvière", "Lyon Presqu'île", 14, False, "08:30", "18:00", "2e étage sans ascenseur"),
    ("Salle Informatique", "Lyon Presqu'île", 16, True, "08:30", "18:00", "16 postes fixes"),
    ("Salle Rhône", "Lyon Part-Dieu", 20, True, "08:00", "19:00", "Modulable en deux demi-salles"),
    ("Salle Saône", "Lyon Part-Dieu", 16, True, "08:00", "19:00", "Écran interactif"),
    ("Salle Confluence", "Lyon Part-Dieu", 24, True, "08:00", "19:00", "Grande salle plénière"),
    ("Salle Gratte-Ciel", "Villeurbanne", 18, True, "08:30", "17:30", "Espace pratique SST"),
    ("Salle Tonkin", "Villeurbanne", 14, True, "08:30", "17:30", "Salle de réunion"),
)  # fmt: skip

# name, kind, quantity, state, notes, domain that books it (or "" / "room" for installed ones)
EQUIPMENT = (
    ("Vidéoprojecteur Epson EB-W51", "materiel", 6, "en_service", "Installés en salle", "room"),
    ("Vidéoprojecteur portable BenQ", "materiel", 2, "en_service", "À réserver à l'accueil", ""),
    ("Ordinateurs portables Dell Latitude", "materiel", 12, "en_service", "Chariot mobile", "pc"),
    ("Paperboard mobile", "materiel", 4, "en_service", "", ""),
    ("Mallette SST (mannequins adulte, enfant, nourrisson)", "materiel", 2, "en_service",
     "Désinfecter après usage", "securite"),
    ("Défibrillateur de formation", "materiel", 2, "en_service", "", "securite"),
    ("Extincteurs d'exercice (eau, CO2)", "materiel", 4, "en_service", "Recharger après usage",
     ""),
    ("Licences Microsoft 365", "logiciel", 20, "en_service", "Comptes de formation", "pc"),
    ("Licences Zoom Workplace", "logiciel", 3, "en_service", "Classes virtuelles", "virtual"),
    ("Licences plateforme Pix Orga", "logiciel", 30, "en_service", "", ""),
    ("Support stagiaire Excel (imprimé)", "support", 120, "en_service", "Réimprimer par 50", ""),
    ("Aide-mémoire SST INRS", "support", 80, "en_service", "Commande INRS annuelle", ""),
    ("Classeur de formation Assistant(e) de formation", "support", 25, "en_service", "", ""),
)  # fmt: skip

# key, kind, name, postal code, city, address, phone
FUNDERS = (
    ("atlas", "opco", "Atlas", "75013", "Paris", "25 quai Panhard et Levassor", "01 53 00 86 00"),
    ("akto", "opco", "Akto", "75013", "Paris", "14 rue Riquet", "01 87 05 04 00"),
    ("opco2i", "opco", "OPCO 2i", "75008", "Paris", "12 rue de Bellechasse", "01 44 00 35 00"),
    ("opcoep", "opco", "OPCO EP", "75014", "Paris", "29 rue de Lisbonne", "01 53 00 87 00"),
    ("constructys", "opco", "Constructys", "75015", "Paris", "32 rue Boulanger", "01 82 83 95 00"),
    ("ocapiat", "opco", "Ocapiat", "75007", "Paris", "62 rue de la Glacière", "01 40 19 40 19"),
    ("uniformation", "opco", "Uniformation", "75011", "Paris", "43 bd Diderot", "01 53 02 13 13"),
    ("afdas", "opco", "AFDAS", "75010", "Paris", "66 rue Stendhal", "01 44 78 38 44"),
    ("mobilites", "opco", "OPCO Mobilités", "75016", "Paris", "11 rue Monceau", "01 87 44 04 04"),
    ("opcosante", "opco", "OPCO Santé", "75013", "Paris", "31 rue de Berri", "01 56 89 27 00"),
    ("opcommerce", "opco", "L'Opcommerce", "75015", "Paris", "251 bd Pereire", "01 55 37 41 51"),
    ("cpf", "cpf", "Caisse des Dépôts (Mon Compte Formation)", "75007", "Paris",
     "56 rue de Lille", "09 70 82 35 51"),
    ("france_travail", "france_travail", "France Travail Auvergne-Rhône-Alpes", "69003", "Lyon",
     "13 rue Crépet", "09 72 72 39 49"),
    ("region", "region", "Région Auvergne-Rhône-Alpes", "69002", "Lyon",
     "1 esplanade François Mitterrand", "04 26 73 40 00"),
)  # fmt: skip

MORNING = (dt.time(9, 0), dt.time(12, 30))
AFTERNOON = (dt.time(13, 30), dt.time(17, 0))
SLOT_MINUTES = 210

TRAINER_QUALIFICATIONS = {
    "bureau": "Certifiée Microsoft Office Specialist Expert ; 10 ans d'expérience en bureautique",
    "securite": "Formateur SST certifié INRS ; sapeur-pompier volontaire",
    "management": "Master en psychologie du travail ; ancien manager dans l'industrie",
    "communication": "Comédienne et coach en prise de parole",
    "gestion": "Expert-comptable ; DESCF ; formatrice depuis 2012",
    "langues": "Native speaker ; CELTA ; habilitée examinatrice Linguaskill",
    "numerique": "Développeur web ; formateur Pix certifié",
}

SATISFACTION_COMMENTS = (
    "Formatrice très à l'écoute, exercices concrets.", "Rythme un peu soutenu le deuxième jour.",
    "Très bonne formation, directement applicable.", "Salle un peu petite pour le groupe.",
    "J'aurais aimé davantage de cas pratiques.", "Excellente ambiance, supports clairs.",
    "Formateur passionné et pédagogue.", "Café à améliorer !", "Contenu dense mais très utile.",
    "", "", "",
)  # fmt: skip

INCIDENTS = (
    ("formateur", "Formateur absent (maladie) le matin du premier jour.",
     "Remplacement par un formateur interne ; apprenants prévenus par SMS.",
     "Session assurée avec une heure de décalage."),
    ("salle", "Chauffage en panne dans la salle.", "Groupe déplacé dans une autre salle.",
     "Intervention du chauffagiste le lendemain."),
    ("materiel", "Vidéoprojecteur défaillant.", "Prêt du vidéoprojecteur portable.",
     "Lampe remplacée."),
    ("materiel", "Trois ordinateurs portables ne démarrent pas.",
     "Postes de secours installés ; ticket au prestataire.", "Postes réparés sous garantie."),
    ("autre", "Grève des transports en commun : apprenants en retard.",
     "Démarrage décalé à 10 h, fin repoussée à 17 h 30.", "Heures rattrapées le jour même."),
    ("salle", "Salle réservée en double avec une réunion interne.",
     "Réunion déplacée ; planning vérifié.", "Contrôle des réservations renforcé."),
)  # fmt: skip

COMPLAINTS = (
    ("Convocation reçue tardivement", "Convocation reçue trois jours avant la formation."),
    ("Facture erronée", "Le montant facturé ne correspond pas au devis signé."),
    ("Contenu de la formation", "Le contenu ne correspondait pas au programme annoncé."),
    ("Accessibilité", "Difficulté d'accès à la salle pour une personne en fauteuil."),
    ("Attestation non reçue", "Attestation de fin de formation non reçue un mois après."),
    ("Conditions matérielles", "Salle trop froide et postes informatiques lents."),
)
COMPLAINT_ACTIONS = (
    "Envoi automatique des convocations à J-15 ; contrôle hebdomadaire.",
    "Double vérification des factures avant envoi.",
    "Mise à jour du programme et briefing des formateurs.",
    "Réservation systématique d'une salle accessible dès l'inscription.",
)

INTERACTION_SUBJECTS = (
    "Demande d'information sur le programme",
    "Question sur le financement CPF",
    "Report d'inscription",
    "Demande de devis",
    "Confirmation de présence",
    "Demande d'attestation",
    "Relance convention signée",
    "Question sur l'accès aux locaux",
    "Demande d'adaptation (handicap)",
    "Disponibilités formateur",
    "Relance facture impayée",
    "Envoi des évaluations",
    "Demande de prise en charge OPCO",
)

TASKS = (
    "Commander les supports imprimés",
    "Vérifier les prises en charge OPCO",
    "Préparer les chevalets et la feuille d'émargement",
    "Réserver les ordinateurs portables",
    "Envoyer le livret d'accueil",
    "Réserver le traiteur pour le jury",
    "Mettre à jour le catalogue sur le site",
    "Archiver les dossiers de l'année précédente",
    "Préparer le bilan pédagogique et financier",
    "Faire signer le contrat formateur",
)
