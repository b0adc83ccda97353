"""Qualiopi PDFs: the result figures to publish (indicators 2 and 3), the index of the
evidence pack, and the two summaries the pack makes from the records (satisfaction of every
audience, the référent handicap).

Rates print as whole percents; a rate with nothing to divide by prints « — », never 0 %.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ... import formatting as fmt
from ...reporting.rates import ResultRates, percent
from ..engine.pdf import para
from ..lists.page import content_width, facts_table, write_sheet
from ..lists.pdf import list_table

FIGURES_TITLE = "Résultats de nos formations"
INDEX_TITLE = "Dossier de preuves Qualiopi"
MAX_LISTED = 40  # file names listed per indicator in the index; beyond, counts per folder
METHOD = (
    "Méthode : sont comptées les sessions terminées sur la période (non annulées) et leurs "
    "stagiaires formés (inscrits, ayant terminé ou abandonné). Achèvement : stagiaires ayant "
    "suivi la formation jusqu'à son terme, sur les stagiaires formés. Satisfaction : note "
    "moyenne des questionnaires de satisfaction retournés (à chaud et à froid, tous publics), "
    "sur 100. Taux de retour : questionnaires retournés sur questionnaires envoyés. Réussite "
    "aux certifications : candidats admis sur candidats présentés au jury. « — » : aucune "
    "donnée pour calculer le taux."
)


COURSE_HEADER = (
    "Formation",
    "Sessions",
    "Formés",
    "Achèvement",
    "Abandons",
    "Satisfaction",
    "Retour",
)
CERTIFICATION_HEADER = (
    "Formation certifiante", "Certification", "Formés", "Présentés", "Admis", "Réussite",
    "En attente",
)  # fmt: skip


def audience_table(title: str, r: ResultRates) -> list[Flowable]:
    """Questionnaires sent, returned and satisfaction, per audience."""
    return list_table(
        title,
        ("Public", "Envoyés", "Retournés", "Taux de retour", "Satisfaction"),
        [
            (a.label, str(a.sent), str(a.returned), percent(a.return_rate), percent(a.rate))
            for a in r.satisfaction_by_audience
        ],
        (0.36, 0.16, 0.16, 0.16, 0.16),
        wide=False,
        right=(1, 2, 3, 4),
    )


def _period(start, end) -> str:
    return f"du {fmt.date_medium(start)} au {fmt.date_medium(end)}"


def _basis_satisfaction(r: ResultRates) -> str:
    if not r.satisfaction_answers:
        return "aucun questionnaire retourné"
    noted = fmt.plural(r.satisfaction_answers, "questionnaire noté", "questionnaires notés")
    return f"moyenne de {noted}"


def _returns(r: ResultRates) -> str:
    """« 2 retournés sur 3 questionnaires envoyés »."""
    sent = fmt.plural(r.surveys_sent, "questionnaire envoyé", "questionnaires envoyés")
    return f"{r.surveys_returned} {fmt.noun(r.surveys_returned, 'retourné')} sur {sent}"


def headline_rows(r: ResultRates) -> list[tuple[str, str, str]]:
    """(indicator, rate, basis) of the overall figures."""
    rows = [
        ("Taux de satisfaction", percent(r.satisfaction_rate), _basis_satisfaction(r)),
        (
            "Taux d'achèvement",
            percent(r.completion_rate),
            f"{r.completed} sur {fmt.plural(r.trained, 'stagiaire formé', 'stagiaires formés')}",
        ),
        (
            "Taux d'abandon",
            percent(r.drop_rate),
            f"{fmt.plural(r.dropped, 'abandon')} sur {r.trained}",
        ),
        (
            "Taux de retour des questionnaires",
            percent(r.return_rate),
            _returns(r),
        ),
    ]
    if r.certifying_trained:
        sat = fmt.plural(r.certification_candidates, "candidat présenté", "candidats présentés")
        rows.append(
            (
                "Taux de réussite aux certifications",
                percent(r.pass_rate),
                f"{r.certified} admis sur {sat}",
            )
        )
    return rows


def course_rows(figures) -> list[tuple[str, ...]]:
    return [
        (
            f"{c.code} — {c.title}",
            str(c.rates.sessions),
            str(c.rates.trained),
            percent(c.rates.completion_rate),
            str(c.rates.dropped),
            percent(c.rates.satisfaction_rate),
            percent(c.rates.return_rate),
        )
        for c in figures.courses
    ]


def certification_rows(figures) -> list[tuple[str, ...]]:
    return [
        (
            f"{c.code} — {c.title}",
            c.certification_code or "—",
            str(c.rates.certifying_trained),
            str(c.rates.certification_candidates),
            str(c.rates.certified),
            percent(c.rates.pass_rate),
            str(c.rates.awaiting_result),
        )
        for c in figures.certifying
    ]


def figures_story(figures) -> list[Flowable]:
    r = figures.overall
    width = content_width(False)
    story: list[Flowable] = [
        para(FIGURES_TITLE, "title"),
        facts_table(
            [
                ("Période", f"sessions terminées {_period(figures.start, figures.end)}"),
                ("Établi le", fmt.date_long(figures.made_on)),
                ("Sessions", str(r.sessions)),
                ("Stagiaires formés", str(r.trained)),
            ],
            width,
        ),
        Spacer(1, 3 * mm),
        *list_table(
            "Nos résultats (indicateur 2)",
            ("Indicateur", "Résultat", "Base de calcul"),
            headline_rows(r),
            (0.38, 0.14, 0.48),
            wide=False,
            right=(1,),
        ),
    ]
    if r.dropped:
        story += list_table(
            "Causes des abandons",
            ("Cause", "Abandons"),
            [(cause, str(n)) for cause, n in r.drop_causes],
            (0.8, 0.2),
            wide=False,
            right=(1,),
        )
    if len(r.satisfaction_by_audience) > 1:
        story += audience_table("Satisfaction par public", r)
    story += list_table(
        "Résultats par formation",
        COURSE_HEADER,
        course_rows(figures),
        (0.29, 0.11, 0.10, 0.145, 0.12, 0.14, 0.095),
        wide=False,
        right=(1, 2, 3, 4, 5, 6),
    )
    if figures.certifying:
        story += list_table(
            "Taux de réussite aux certifications (indicateur 3)",
            CERTIFICATION_HEADER,
            certification_rows(figures),
            (0.315, 0.145, 0.10, 0.12, 0.085, 0.11, 0.125),
            wide=False,
            right=(2, 3, 4, 5, 6),
        )
    else:
        story.append(para("Taux de réussite aux certifications (indicateur 3)", "table_heading"))
        story.append(
            para("Aucune formation certifiante n'a de session terminée sur la période.", "small")
        )
    story += [Spacer(1, 4 * mm), para(METHOD, "small")]
    return story


def write_figures_pdf(figures, out: Path) -> Path:
    """The figures to publish, as a portrait PDF (usually one page)."""
    return write_sheet(
        Path(out),
        figures_story(figures),
        figures.organisation,
        title=FIGURES_TITLE,
        subject=f"Du {fmt.date_short(figures.start)} au {fmt.date_short(figures.end)}",
    )


def _listing(section) -> list[Flowable]:
    """The files of a section; when many, those at its root by name and the others counted
    per session folder, in one paragraph."""
    if len(section.files) <= MAX_LISTED:
        return [para(f"• {name}", "small") for name in section.files]
    root = [name for name in section.files if "/" not in name]
    per_folder: dict[str, int] = {}
    for name in section.files:
        if "/" in name:
            head = name.split("/", 1)[0]
            per_folder[head] = per_folder.get(head, 0) + 1
    counted = " ; ".join(f"{head}/ ({n})" for head, n in sorted(per_folder.items()))
    story = [para(f"• {name}", "small") for name in root]
    if counted:
        story.append(para(f"Fichiers par session : {counted}", "small"))
    return story


def _section_story(section) -> list[Flowable]:
    story: list[Flowable] = [
        para(f"{section.label} — {section.title}", "heading"),
        para(
            f"Dossier « {section.folder} » : {fmt.plural(len(section.files), 'fichier')}.", "body"
        ),
    ]
    if section.counts:
        story.append(
            para(
                "Contenu : " + " ; ".join(f"{label} ({n})" for label, n in section.counts) + ".",
                "body",
            )
        )
        story += _listing(section)
    if section.missing:
        lines = [para(f"✗ {line}", "body") for line in section.missing]
        story += [KeepTogether([para("Manquant :", "cell_head"), lines[0]]), *lines[1:]]
    else:
        story.append(para("Rien de manquant relevé dans la base.", "body"))
    story += [para(note, "small") for note in section.notes]
    return story


def write_index_pdf(index, out: Path) -> Path:
    """« 00-index.pdf »: per indicator, what the folder holds and what is missing."""
    figures = index.figures
    missing = sum(len(s.missing) for s in index.sections)
    files = sum(len(s.files) for s in index.sections)
    story: list[Flowable] = [
        para(INDEX_TITLE, "title"),
        facts_table(
            [
                ("Période", f"sessions terminées {_period(figures.start, figures.end)}"),
                ("Établi le", fmt.date_long(figures.made_on)),
                ("Sessions", str(len(index.sessions))),
                ("Fichiers", str(files)),
                ("Manques relevés", str(missing)),
                ("Dossier", index.folder_name),
            ],
            content_width(False),
        ),
        Spacer(1, 2 * mm),
        para(
            "Ce dossier réunit les pièces enregistrées dans Formadesk pour les indicateurs "
            "Qualiopi que le secrétariat alimente, un dossier par indicateur. Les manques sont "
            "ceux que la base permet de constater : une pièce tenue hors de Formadesk (papier, "
            "autre logiciel) doit être ajoutée à la main.",
            "small",
        ),
    ]
    for section in index.sections:
        story.append(KeepTogether(_section_story(section)[:3]))
        story += _section_story(section)[3:]
    if index.sessions:
        story += [
            para("Sessions de la période", "heading"),
            para(", ".join(index.sessions), "small"),
        ]
    return write_sheet(
        Path(out), story, figures.organisation, title=INDEX_TITLE,
        subject=f"Du {fmt.date_short(figures.start)} au {fmt.date_short(figures.end)}",
    )  # fmt: skip


def write_satisfaction_pdf(figures, results, reminded: int, out: Path) -> Path:
    """Indicator 30: returns and satisfaction per audience, averages per question."""
    title = "Satisfaction des parties prenantes"
    r = figures.overall
    story: list[Flowable] = [
        para(title, "title"),
        facts_table(
            [
                ("Période", f"sessions terminées {_period(figures.start, figures.end)}"),
                (
                    "Questionnaires",
                    _returns(r),
                ),
                ("Satisfaction", percent(r.satisfaction_rate)),
                ("Relances", str(reminded)),
            ],
            content_width(False),
        ),
        *audience_table("Par public", r),
        *list_table(
            "Par question",
            ("Question", "Réponses", "Moyenne"),
            [(q.text, str(q.count), _mean(q)) for q in results.questions],
            (0.7, 0.13, 0.17),
            wide=False,
            right=(1, 2),
        ),
    ]
    return write_sheet(Path(out), story, figures.organisation, title=title)


def _mean(question) -> str:
    if question.average is None:
        return "—"
    if question.scale == "oui_non":
        return f"{percent(question.average)} de oui"
    top = {"note5": 5, "note10": 10}.get(question.scale)
    value = f"{question.average:.1f}".replace(".", ",")
    return f"{value} / {top}" if top else value


def write_referent_pdf(figures, facts: list[tuple[str, str]], out: Path) -> Path:
    """Indicator 26: the référent handicap as set in the organisation."""
    title = "Référent handicap"
    story: list[Flowable] = [
        para(title, "title"),
        facts_table(facts, content_width(False), columns=1),
        Spacer(1, 3 * mm),
        para(
            "Le référent handicap et ses coordonnées sont imprimés sur les convocations "
            "envoyées aux stagiaires (voir le dossier de l'indicateur 9). Fiche établie le "
            f"{fmt.date_long(figures.made_on)} à partir des paramètres de l'organisme.",
            "body",
        ),
    ]
    return write_sheet(Path(out), story, figures.organisation, title=title)
