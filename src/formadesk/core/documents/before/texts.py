"""Default French texts of the règlement intérieur and of the livret d'accueil.

Used when the office has not written its own (Organisation.internal_rules / .welcome_booklet):
sections of (title, paragraphs); ``as_text`` gives the text an office may start from.
"""

from __future__ import annotations

Sections = tuple[tuple[str, tuple[str, ...]], ...]  # (title, paragraphs) of each section

DEFAULT_RULES: Sections = (
    (
        "Article 1 – Objet et champ d'application",
        (
            (
                "Le présent règlement est établi conformément aux articles L6352-3 et suivants "
                "et R6352-1 et suivants du Code du travail. Il s'applique à toute personne "
                "inscrite à une action de formation organisée par l'organisme, pour toute la "
                "durée de la formation et dans tous les locaux où elle se déroule."
            ),
            (
                "Lorsque la formation se déroule dans une entreprise ou un établissement déjà "
                "doté d'un règlement intérieur, les mesures d'hygiène et de sécurité "
                "applicables aux stagiaires sont celles de ce dernier règlement."
            ),
        ),
    ),
    (
        "Article 2 – Hygiène et sécurité",
        (
            (
                "Chaque stagiaire veille à sa sécurité personnelle et à celle des autres en "
                "respectant les consignes générales et particulières de sécurité et d'hygiène "
                "en vigueur sur le lieu de formation."
            ),
            (
                "Les consignes d'incendie, notamment un plan de localisation des extincteurs et"
                " des issues de secours, sont affichées dans les locaux. Le stagiaire doit en "
                "prendre connaissance et, en cas d'alerte, interrompre la formation et suivre "
                "les instructions du formateur ou des services de secours."
            ),
            (
                "Il est interdit de pénétrer ou de séjourner en état d'ivresse ou sous "
                "l'emprise de stupéfiants, d'introduire des boissons alcoolisées, et de fumer "
                "ou de vapoter dans les locaux."
            ),
            (
                "Tout accident ou incident survenu à l'occasion ou en cours de formation est "
                "immédiatement déclaré par le stagiaire accidenté, ou les personnes témoins, au"
                " formateur ou au responsable de l'organisme."
            ),
        ),
    ),
    (
        "Article 3 – Horaires, absences et assiduité",
        (
            (
                "Les horaires de formation sont communiqués avec la convocation ; le stagiaire "
                "est tenu de les respecter. En cas d'absence, de retard ou de départ anticipé, "
                "il en avertit l'organisme et, le cas échéant, son employeur ou son financeur."
            ),
            (
                "Le stagiaire signe la feuille d'émargement par demi-journée. Les absences non "
                "justifiées peuvent entraîner une retenue de rémunération ou une réduction de "
                "la prise en charge par le financeur."
            ),
        ),
    ),
    (
        "Article 4 – Discipline et comportement",
        (
            (
                "Le stagiaire adopte un comportement respectueux envers toute personne présente"
                " dans l'organisme. Il est interdit d'enregistrer ou de filmer les séances sans"
                " l'accord du formateur, et d'emporter les supports ou le matériel sans "
                "autorisation."
            ),
            (
                "Le stagiaire conserve en bon état le matériel mis à sa disposition et "
                "l'utilise conformément à son objet ; il signale tout dysfonctionnement au "
                "formateur. Les supports de formation sont protégés au titre des droits "
                "d'auteur et réservés à un usage personnel."
            ),
        ),
    ),
    (
        "Article 5 – Sanctions",
        (
            (
                "Tout manquement du stagiaire à l'une des dispositions du présent règlement "
                "peut faire l'objet d'une sanction, prononcée par le responsable de l'organisme"
                " : rappel à l'ordre, avertissement écrit, blâme, exclusion temporaire ou "
                "exclusion définitive de la formation. Les amendes ou autres sanctions "
                "pécuniaires sont interdites."
            ),
            (
                "Le responsable de l'organisme informe de la sanction prise l'employeur du "
                "stagiaire salarié et, le cas échéant, le financeur de la formation."
            ),
        ),
    ),
    (
        "Article 6 – Garanties disciplinaires",
        (
            (
                "Aucune sanction ne peut être infligée au stagiaire sans que celui-ci ait été "
                "informé au préalable des griefs retenus contre lui. Lorsqu'une sanction autre "
                "qu'un rappel à l'ordre est envisagée, le stagiaire est convoqué par écrit à un"
                " entretien, où il peut se faire assister par une personne de son choix ; il y "
                "est entendu sur les faits reprochés."
            ),
            (
                "La sanction ne peut intervenir moins d'un jour franc ni plus de quinze jours "
                "après l'entretien ; elle fait l'objet d'une décision écrite et motivée, "
                "notifiée au stagiaire (articles R6352-4 à R6352-8 du Code du travail). Lorsque"
                " l'agissement a rendu indispensable une mesure conservatoire d'exclusion "
                "temporaire à effet immédiat, aucune sanction définitive ne peut être prise "
                "sans que cette procédure ait été respectée."
            ),
        ),
    ),
    (
        "Article 7 – Représentation des stagiaires",
        (
            (
                "Pour les actions de formation d'une durée supérieure à 500 heures, il est "
                "procédé simultanément à l'élection d'un délégué titulaire et d'un délégué "
                "suppléant, au scrutin uninominal à deux tours, au plus tôt 20 heures et au "
                "plus tard 40 heures après le début de la formation. Les délégués font toute "
                "suggestion pour améliorer le déroulement des formations et les conditions de "
                "vie des stagiaires ; ils présentent les réclamations individuelles ou "
                "collectives (articles R6352-9 à R6352-15 du Code du travail)."
            ),
        ),
    ),
    (
        "Article 8 – Publicité du règlement",
        (
            (
                "Un exemplaire du présent règlement est remis à chaque stagiaire avant son "
                "entrée en formation ; il est également consultable dans les locaux de "
                "l'organisme."
            ),
        ),
    ),
)

DEFAULT_BOOKLET: Sections = (
    (
        "Bienvenue",
        (
            (
                "Toute l'équipe est heureuse de vous accueillir. Ce livret réunit les "
                "informations pratiques utiles pendant votre formation ; gardez-le à portée de "
                "main."
            ),
        ),
    ),
    (
        "Pendant votre formation",
        (
            (
                "Présentez-vous un quart d'heure avant le début de la première séance. Vous "
                "signez la feuille d'émargement chaque demi-journée : elle atteste de votre "
                "présence auprès de votre employeur et des financeurs."
            ),
            (
                "Des pauses sont prévues en milieu de matinée et d'après-midi ; les repas sont "
                "libres, sauf mention contraire dans votre convocation."
            ),
            (
                "En cas d'absence ou de retard, prévenez-nous au plus tôt, ainsi que votre "
                "employeur le cas échéant."
            ),
        ),
    ),
    (
        "Votre avis compte",
        (
            (
                "Une évaluation de vos acquis est réalisée au cours ou en fin de formation. Un "
                "questionnaire de satisfaction vous est remis à l'issue de la formation, puis "
                "quelques semaines plus tard : vos réponses nous aident à améliorer nos "
                "formations."
            ),
        ),
    ),
    (
        "Réclamations",
        (
            (
                "Une difficulté, une insatisfaction ? Parlez-en à votre formateur ou à "
                "l'accueil. Vous pouvez aussi adresser une réclamation écrite à l'organisme : "
                "elle fait l'objet d'un accusé de réception et d'une réponse."
            ),
        ),
    ),
    (
        "Règlement intérieur",
        (
            (
                "Le règlement intérieur, remis avec ce livret, précise les règles d'hygiène, de"
                " sécurité et de discipline applicables pendant la formation."
            ),
        ),
    ),
)


def as_text(sections: Sections) -> str:
    """The sections as a plain text: a title line, its paragraphs, a blank line between."""
    return "\n\n".join("\n".join((title, *paragraphs)) for title, paragraphs in sections)
