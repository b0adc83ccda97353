"""French names, places and company names used by the demo generator (data only).

Lists are kept as text blocks (comma-separated items, or one "a | b | c" row per line) so that
they stay compact and easy to extend.
"""

from __future__ import annotations


def _items(text: str) -> tuple[str, ...]:
    """Split a comma-separated block of text into stripped items."""
    return tuple(item.strip() for item in text.replace("\n", ",").split(",") if item.strip())


def _rows(text: str) -> tuple[tuple[str, ...], ...]:
    """Split a block of "a | b | c" lines into tuples of stripped fields."""
    return tuple(
        tuple(field.strip() for field in line.split("|")) for line in text.strip().splitlines()
    )


FEMALE_FIRST_NAMES = _items(
    """
Hélène, Zoé, Françoise, Chloé, Léa, Bénédicte, Camille, Manon, Inès, Émilie, Sophie, Nathalie,
Isabelle, Céline, Aurélie, Sandrine, Valérie, Julie, Sarah, Laura, Anaïs, Clémence, Maëlle,
Noémie, Océane, Élodie, Mélanie, Pauline, Marion, Agnès, Béatrice, Geneviève, Joëlle, Léonie,
Louise, Jade, Emma, Alice, Lucie, Margaux, Amélie, Gaëlle, Annick, Christine, Véronique,
Stéphanie, Fatima, Yasmine, Nadia, Aïcha, Mélissa, Ophélie, Cécile, Rosalie, Thérèse, Danièle,
Solène, Maïwenn, Éva, Lina
"""
)

MALE_FIRST_NAMES = _items(
    """
Jérôme, Maël, Noël, Gaëtan, Thomas, Nicolas, Julien, Sébastien, Stéphane, Frédéric, François,
Laurent, Olivier, Christophe, Cédric, Benoît, Rémi, Hugo, Lucas, Théo, Mathéo, Enzo, Louis,
Raphaël, Gabriel, Arthur, Léo, Clément, Antoine, Maxime, Jérémy, Loïc, Hervé, Thierry, Gérard,
André, Joël, Éric, Yannick, Mickaël, Grégoire, Damien, Bastien, Kévin, Anthony, Mehdi, Karim,
Youssef, Samir, Mathis, Timothée, Aurélien, Benjamin, Élie, Adrien, Florian, Valentin, Baptiste,
Étienne, Noé
"""
)

LAST_NAMES = _items(
    """
Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent,
Lefèvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André,
Lefebvre, Mercier, Dupont, Lambert, Bonnet, François, Martinez, Legrand, Garnier, Faure,
Rousseau, Blanc, Guérin, Müller, Henry, Roussel, Nicolas, Perrin, Morin, Mathieu, Clément,
Gauthier, Dumont, Lopez, Fontaine, Chevalier, Robin, Masson, Sanchez, Gérard, Nguyen, Boyer,
Denis, Lemaire, Duval, Joly, Gautier, Roger, Roche, Roy, Noël, Meyer, Lucas, Meunier, Jean,
Pérez, Marchand, Dufour, Blanchard, Marie, Barbier, Brun, Dumas, Brunet, Schmitt, Leroux, Colin,
Fernandez, Pierre, Renard, Arnaud, Rolland, Caron, Aubert, Giraud, Leclerc, Vidal, Bourgeois,
Renaud, Lemoine, Picard, Gaillard, Philippe, Leclercq, Lacroix, Fabre, Dupuis, Olivier,
Rodriguez, Da Silva, Hubert, Louis, Charles, Guillot, Rivière, Le Gall, Guillaume, Adam, Rey,
Moulin, Gonzalez, Berger, Lecomte, Ménard, Fleury, Deschamps, Carpentier, Julien, Benoît, Paris,
Maillard, Marchal, Aubry, Vasseur, Le Roux, Renault, Jacquet, Collet, Prévost, Poirier,
Charpentier, Royer, Huet, Baron, Dupuy, Pons, Paul, Laine, Carré, Bréton, Rémy, Schneider,
Perrot, Guyot, Barré, Marty, Cousin, Gaëtan, Béranger, Lefèvre-Durand, Hoarau, Bénard, Chauvin,
Besnard, Delmas, Étienne, Crépin, Lévêque, Thibault, Pelletier, Bouvier, Réaux, Favre, Chabert,
Dulac, Ferrand, Jacquemin, Mazé, Boucher, D'Amico, Bouchet, Benali, Haddad, Mansouri, Diallo,
Traoré, Kowalski, Ferreira, Pereira
"""
)

STREETS = _items(
    """
rue Victor Hugo, avenue Jean Jaurès, rue de la République, boulevard des Belges, rue Garibaldi,
cours Lafayette, rue Mercière, rue Pasteur, rue de la Gare, impasse des Lilas,
allée des Tilleuls, chemin des Vignes, quai Saint-Antoine, rue du Président Édouard Herriot,
avenue Thiers, rue des Écoles, rue de l'Église, route de Genas, rue Paul Bert, avenue Berthelot,
rue Marietton, rue Duguesclin, place du Marché, montée de la Grande Côte, rue des Jardins,
avenue de la Libération, rue Anatole France, boulevard Émile Zola, rue Jules Ferry,
rue du 8 Mai 1945, rue Sainte-Hélène, chemin du Moulin, rue de Créqui, rue Bossuet,
avenue Lacassagne
"""
)

PERSONAL_EMAIL_DOMAINS = _items(
    """
gmail.com, orange.fr, free.fr, laposte.net, outlook.fr, sfr.fr, yahoo.fr, hotmail.fr, wanadoo.fr,
icloud.com
"""
)

JOB_TITLES = _items(
    """
Assistant(e) administratif(ve), Comptable, Chef d'équipe, Technicien(ne), Commercial(e),
Chargé(e) de clientèle, Responsable de magasin, Agent d'accueil, Secrétaire médicale,
Conducteur(rice) de travaux, Opérateur(rice) de production, Infirmier(ère), Aide-soignant(e),
Cuisinier(ère), Gestionnaire de paie, Chargé(e) de communication, Manager d'équipe,
Agent d'entretien, Magasinier(ère), Responsable qualité, Développeur(se), Juriste,
Assistant(e) de direction
"""
)

CONTACT_ROLES = _items(
    """
Responsable formation, DRH, Assistant(e) RH, Gérant(e), Directeur(trice) administratif(ve),
Chargé(e) de développement RH, Comptable, Responsable d'exploitation
"""
)

PRESCRIBERS = _items(
    """
France Travail — agence Lyon Part-Dieu, France Travail — agence Villeurbanne,
France Travail — agence Vénissieux, Mission locale de Lyon, Cap emploi Rhône,
Mission locale de Villeurbanne
"""
)

# Postal code | city | weight: mostly the Lyon area, the rest of Auvergne-Rhône-Alpes.
CITIES = tuple(
    (code, city, int(weight))
    for code, city, weight in _rows(
        """
69001 | Lyon | 4
69002 | Lyon | 4
69003 | Lyon | 6
69004 | Lyon | 3
69005 | Lyon | 3
69006 | Lyon | 4
69007 | Lyon | 5
69008 | Lyon | 5
69009 | Lyon | 4
69100 | Villeurbanne | 8
69200 | Vénissieux | 4
69300 | Caluire-et-Cuire | 3
69500 | Bron | 3
69120 | Vaulx-en-Velin | 3
69130 | Écully | 2
69150 | Décines-Charpieu | 2
69330 | Meyzieu | 2
69600 | Oullins | 2
69400 | Villefranche-sur-Saône | 3
69700 | Givors | 1
69170 | Tarare | 1
69230 | Saint-Genis-Laval | 2
69800 | Saint-Priest | 3
69140 | Rillieux-la-Pape | 2
69160 | Tassin-la-Demi-Lune | 2
42000 | Saint-Étienne | 4
42300 | Roanne | 1
42600 | Montbrison | 1
38000 | Grenoble | 3
38200 | Vienne | 2
38300 | Bourgoin-Jallieu | 2
01000 | Bourg-en-Bresse | 2
01700 | Miribel | 1
74000 | Annecy | 2
74100 | Annemasse | 1
73000 | Chambéry | 2
73100 | Aix-les-Bains | 1
26000 | Valence | 2
26200 | Montélimar | 1
07100 | Annonay | 1
63000 | Clermont-Ferrand | 2
03200 | Vichy | 1
43000 | Le Puy-en-Velay | 1
"""
    )
)

# Name | postal code | city.
PUBLIC_BODIES = _rows(
    """
Mairie de Villeurbanne | 69100 | Villeurbanne
Métropole de Lyon | 69003 | Lyon
Département du Rhône | 69003 | Lyon
Mairie de Vénissieux | 69200 | Vénissieux
Centre hospitalier de Vienne | 38200 | Vienne
Mairie de Bron | 69500 | Bron
Communauté de communes du Pays de l'Arbresle | 69210 | L'Arbresle
Mairie de Saint-Priest | 69800 | Saint-Priest
CCAS de Lyon | 69007 | Lyon
Syndicat mixte des transports du Rhône | 69003 | Lyon
Mairie de Caluire-et-Cuire | 69300 | Caluire-et-Cuire
Université Lumière Lyon 2 | 69007 | Lyon
Lycée professionnel Marie-Curie | 69100 | Villeurbanne
Mairie de Saint-Étienne | 42000 | Saint-Étienne
Centre de gestion de la fonction publique du Rhône | 69003 | Lyon
Mairie d'Oullins-Pierre-Bénite | 69600 | Oullins
Office public de l'habitat du Rhône | 69003 | Lyon
Mairie de Meyzieu | 69330 | Meyzieu
Chambre de métiers et de l'artisanat du Rhône | 69009 | Lyon
Mairie de Villefranche-sur-Saône | 69400 | Villefranche-sur-Saône
"""
)


def _sectors(text: str) -> tuple[tuple[str, str, int, tuple[str, ...]], ...]:
    """Parse "sector | opco | weight" lines, each followed by an indented line of patterns."""
    sectors = []
    for header, patterns in zip(*[iter(text.strip().splitlines())] * 2, strict=True):
        sector, opco, weight = (field.strip() for field in header.split("|"))
        sectors.append((sector, opco, int(weight), _items(patterns)))
    return tuple(sectors)


# Sector | OPCO key | weight, then name patterns: "{n}" is a last name, "{c}" a city.
SECTORS = _sectors(
    """
Conseil et services | atlas | 18
    Cabinet {n} Conseil, {n} & Associés, Audit {n}, Expertise comptable {n}, {c} Conseil RH
Industrie | opco2i | 14
    Mécanique {n}, {n} Plasturgie, Fonderie {n}, Chaudronnerie {n} SAS, Laboratoires {n}
Bâtiment | constructys | 12
    {n} Bâtiment, {n} Menuiserie, Maçonnerie {n}, Charpentes {n} Frères, Plomberie {n} et Fils
Commerce | opcommerce | 14
    Comptoir {n}, Boutique {n}, {c} Distribution, Jardinerie {n}, Optique {n}
Santé | opcosante | 10
    Clinique {n}, EHPAD Les Tilleuls de {c}, Pharmacie {n}, Centre de santé de {c}, Kiné {n}
Transports | mobilites | 8
    Transports {n}, {n} Logistique, Ambulances {n}, Auto-école {n}, Garage {n}
Agriculture | ocapiat | 4
    Domaine {n}, Coopérative agricole de {c}, Fromagerie {n}, Pépinières {n}, Vergers {n}
Hôtellerie et propreté | akto | 9
    Hôtel {n}, Restaurant {n}, Brasserie {n}, Nettoyage {n} Services, Traiteur {n}
Artisanat et professions libérales | opcoep | 8
    Boulangerie {n}, Salon {n} Coiffure, Étude notariale {n}, Imprimerie {n}, Architectes {n}
Économie sociale et solidaire | uniformation | 6
    Association {n} Solidarité, Centre social de {c}, Mutuelle {n}, Crèche Les Petits {n}
Culture et médias | afdas | 3
    Théâtre de {c}, Studio {n} Production, Éditions {n}, Agence de communication {n}
"""
)
