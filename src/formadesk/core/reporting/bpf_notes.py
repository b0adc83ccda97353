"""The conventions of the BPF, written out in French for the report (window, PDF, Excel).

They say in words what ``bpf_rules``, ``bpf_facts`` and ``bpf_boxes`` do; change both
together.
"""

from __future__ import annotations

import datetime as dt

from .. import formatting as fmt


def notes(start: dt.date, end: dt.date, year_start: str, dedits_cents: int) -> tuple[str, ...]:
    """The conventions of the year [start, end] (``year_start`` « JJ/MM » as set)."""
    dedits = (
        f" Dédits de l'exercice ainsi laissés de côté : {fmt.money(dedits_cents)}."
        if dedits_cents
        else ""
    )
    return (
        f"Exercice : du {fmt.date_short(start)} au {fmt.date_short(end)} (début de l'exercice "
        f"réglé au {year_start} dans les paramètres ; l'exercice AAAA commence ce jour-là de "
        "l'année AAAA et finit la veille, un an plus tard).",
        "Heures de formation : heures réellement suivies d'après les émargements, sur les "
        "demi-journées datées dans l'exercice (une demi-journée « présent » sans minutes saisies "
        "compte en entier, sinon les minutes saisies ; une absence, même justifiée, ne compte "
        "pas ; une demi-journée sans présence saisie ne compte pas et est listée « À vérifier »).",
        "Stagiaires : une personne est comptée une fois par inscription ayant suivi au moins une "
        "minute sur une demi-journée de l'exercice ; une session à cheval sur deux exercices "
        "compte ses stagiaires dans chacun, avec les heures de chacun.",
        "Cadre F-1 : selon le statut de l'apprenant (salarié → a, apprenti → b, demandeur "
        "d'emploi → c, particulier → d, autre → e) ; un salarié inscrit par un client « organisme "
        "public » est un agent public, compté en e. Un apprenant sans statut est compté à part "
        "et listé « À vérifier ».",
        "Sous-traitance, selon la notice du cerfa 10443 : le cadre F-2 compte les stagiaires des "
        "sessions que l'organisme a confiées à un autre organisme de formation (« sous-traitée "
        "à » dans la session) ; ils figurent aussi en F-1, F-3 et F-4. Le cadre G compte les "
        "stagiaires qu'un autre organisme de formation a confiés à l'organisme (inscriptions dont "
        "le client est un organisme de formation) : ils ne figurent qu'en G, et leurs factures "
        "en C-10. Certaines présentations inversent F-2 et G : la notice fait foi.",
        "Produits (cadre C) : lignes des factures émises dans l'exercice, hors taxes ; un avoir "
        "émis dans l'exercice se déduit de la ligne de la facture qu'il annule. Une facture de "
        "dédit n'est pas un produit de la formation (aucune formation réalisée ; non imputable "
        f"sur les fonds de la formation) : elle n'est pas comptée.{dedits}",
        "Ligne du cadre C : celle choisie à la main pour la ligne de facture ; sinon selon le "
        "financeur facturé : OPCO selon le dispositif de l'inscription pour ce financeur "
        "(apprentissage → 2 a, contrat de professionnalisation → 2 b, Pro-A → 2 c, transition "
        "professionnelle → 2 d, CPF → 2 e, demandeurs d'emploi → 2 f, plan et autres "
        "dispositifs → 2 h), Caisse des Dépôts (CPF) → 2 e, France Travail → 7, Région → 6, "
        "État → 5, Union européenne → 4, employeur → 1, apprenant → 9 ; sans financeur, selon "
        "le client : entreprise → 1, organisme public → 3, particulier → 9, organisme de "
        "formation → 10. Aucun dispositif ne mène à la ligne 2 g (travailleurs non-salariés) : "
        "choisissez-la à la main. Une ligne dont l'origine ne peut être dite n'est comptée nulle "
        "part et est listée « À vérifier ».",
        "Part du chiffre d'affaires global : non calculée (Formadesk ne connaît que l'activité "
        "de formation) : à indiquer sur le cerfa.",
        "Charges (cadre D) : coûts saisis dont la date tombe dans l'exercice ; « dont » selon "
        "leur catégorie (salaires des formateurs ; achats de prestations de formation et "
        "honoraires).",
        "Formateurs (cadre E) : ceux des demi-journées de l'exercice déjà commencées, de "
        "sessions non annulées (les formateurs de la demi-journée, à défaut ceux de la session), "
        "sauf s'ils y sont notés absents ; heures = durée des demi-journées ; interne ou externe "
        "selon la fiche du formateur.",
        "Cadres F-3 et F-4 : selon l'objectif général et le code NSF de la formation. Le cerfa "
        "demande les cinq principales spécialités (le plus d'heures) et regroupe les autres : le "
        "PDF les présente ainsi ; la fenêtre, l'Excel et le JSON détaillent chaque code.",
    )
