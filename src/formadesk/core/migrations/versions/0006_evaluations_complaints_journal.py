"""evaluations, satisfaction questionnaires, complaints, improvement actions, contact journal

An objective's result gets the positioning at entry and the date it was assessed (results
already entered are dated the session's last day), an enrolment the trainer's comment. A
question bank, questionnaire models and their answers; an evaluation sent to a respondent
(learner, client, trainer or funder) gets its questionnaire, the file's token, reminder date
and how it came back. A complaint gets its analysis, contact, trainer and due dates; the
improvement action it held as text becomes a row of the new register (improvement_actions).
An exchange may concern a client's contact or a funder and keep files. Tasks may point to a
complaint, an exchange or an action.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 03:00:59
"""

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "questionnaires",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("audience", sa.String(length=20), nullable=False),
        sa.Column("moment", sa.String(length=20), nullable=False),
        sa.Column("delay_days", sa.Integer(), nullable=False),
        sa.Column("intro", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questionnaires")),
    )
    op.create_table(
        "survey_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("scale", sa.String(length=20), nullable=False),
        sa.Column("choices", sa.Text(), nullable=False),
        sa.Column("theme", sa.String(length=100), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_questions")),
    )
    op.create_table(
        "questionnaire_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("questionnaire_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["survey_questions.id"],
            name=op.f("fk_questionnaire_items_question_id_survey_questions"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["questionnaire_id"],
            ["questionnaires.id"],
            name=op.f("fk_questionnaire_items_questionnaire_id_questionnaires"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questionnaire_items")),
        sa.UniqueConstraint(
            "questionnaire_id", "question_id", name=op.f("uq_questionnaire_items_questionnaire_id")
        ),
    )
    with op.batch_alter_table("questionnaire_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_questionnaire_items_question_id"), ["question_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_questionnaire_items_questionnaire_id"),
            ["questionnaire_id"],
            unique=False,
        )

    op.create_table(
        "improvement_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=True),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("effect", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_improvement_actions_complaint_id_complaints"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_improvement_actions_incident_id_incidents"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_improvement_actions_session_id_sessions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_improvement_actions")),
    )
    with op.batch_alter_table("improvement_actions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_improvement_actions_complaint_id"), ["complaint_id"], unique=False
        )

    op.create_table(
        "interaction_attachments",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachments.id"],
            name=op.f("fk_interaction_attachments_attachment_id_attachments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_interaction_attachments_interaction_id_interactions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "interaction_id", "attachment_id", name=op.f("pk_interaction_attachments")
        ),
    )
    with op.batch_alter_table("interaction_attachments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interaction_attachments_attachment_id"), ["attachment_id"], unique=False
        )

    op.create_table(
        "evaluation_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluations.id"],
            name=op.f("fk_evaluation_answers_evaluation_id_evaluations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["survey_questions.id"],
            name=op.f("fk_evaluation_answers_question_id_survey_questions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_answers")),
        sa.UniqueConstraint(
            "evaluation_id", "question_id", name=op.f("uq_evaluation_answers_evaluation_id")
        ),
    )
    with op.batch_alter_table("evaluation_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluation_answers_evaluation_id"), ["evaluation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_evaluation_answers_question_id"), ["question_id"], unique=False
        )

    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.add_column(sa.Column("analysis", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("contact_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("trainer_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("acknowledge_by", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("answer_by", sa.Date(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_complaints_trainer_id_trainers"),
            "trainers",
            ["trainer_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_complaints_contact_id_contacts"),
            "contacts",
            ["contact_id"],
            ["id"],
            ondelete="SET NULL",
        )

    # The action a complaint held as text becomes a row of the register, done on closure.
    op.execute(
        "INSERT INTO improvement_actions (title, description, origin, complaint_id, owner, "
        "opened_on, due_on, status, done_on, effect) "
        "SELECT substr(improvement_action, 1, 300), improvement_action, 'reclamation', id, '', "
        "coalesce(answered_on, received_on), NULL, "
        "CASE WHEN closed_on IS NULL THEN 'en_cours' ELSE 'realisee' END, closed_on, '' "
        "FROM complaints WHERE trim(improvement_action) != ''"
    )
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_column("improvement_action")

    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("outcome_comment", sa.Text(), nullable=False, server_default="")
        )

    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("questionnaire_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("client_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("trainer_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("funder_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("token", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("reminded_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("channel", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.create_index(
            batch_op.f("ix_evaluations_questionnaire_id"), ["questionnaire_id"], unique=False
        )
        batch_op.create_unique_constraint(batch_op.f("uq_evaluations_token"), ["token"])
        batch_op.create_foreign_key(
            batch_op.f("fk_evaluations_funder_id_funders"),
            "funders",
            ["funder_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_evaluations_trainer_id_trainers"),
            "trainers",
            ["trainer_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_evaluations_client_id_clients"),
            "clients",
            ["client_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_evaluations_questionnaire_id_questionnaires"),
            "questionnaires",
            ["questionnaire_id"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interactions_happened_at"), ["happened_at"])
        batch_op.create_index(batch_op.f("ix_interactions_client_id"), ["client_id"])
        batch_op.add_column(sa.Column("contact_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("funder_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_interactions_funder_id_funders"),
            "funders",
            ["funder_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_interactions_contact_id_contacts"),
            "contacts",
            ["contact_id"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("objective_results", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("entry_level", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("assessed_on", sa.Date(), nullable=True))
    op.execute(
        "UPDATE objective_results SET assessed_on = (SELECT s.end_date FROM enrollments e "
        "JOIN sessions s ON s.id = e.session_id WHERE e.id = objective_results.enrollment_id) "
        "WHERE result != ''"
    )

    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("complaint_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("interaction_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("action_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_tasks_complaint_id_complaints"),
            "complaints",
            ["complaint_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_tasks_interaction_id_interactions"),
            "interactions",
            ["interaction_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_tasks_action_id_improvement_actions"),
            "improvement_actions",
            ["action_id"],
            ["id"],
            ondelete="CASCADE",
        )

    _date_complaints()
    _seed_surveys()


# Delays of the office's settings when a complaint was received before they existed (days).
ACK_DAYS, ANSWER_DAYS = 2, 15


def _date_complaints() -> None:
    """Complaints received before this revision get their acknowledgement and answer due
    dates (the defaults of the settings), so that a late open one shows as late."""
    conn = op.get_bind()
    rows = conn.execute(
        sa.text("SELECT id, received_on FROM complaints WHERE acknowledge_by IS NULL")
    ).fetchall()
    for complaint_id, received in rows:
        received = received if isinstance(received, dt.date) else dt.date.fromisoformat(received)
        conn.execute(
            sa.text(
                "UPDATE complaints SET acknowledge_by = :ack, answer_by = :answer WHERE id = :id"
            ),
            {
                "ack": received + dt.timedelta(days=ACK_DAYS),
                "answer": received + dt.timedelta(days=ANSWER_DAYS),
                "id": complaint_id,
            },
        )


# -- Seed: the default question bank and the five questionnaire models ------------------------
# Frozen with this revision (later edits of the bank are the office's, not the program's).
# (theme, text, scale, choices)
SEED_QUESTIONS = (
    ("Accueil", "L'accueil et les informations reçues avant la formation", "note5", ""),
    ("Organisation", "L'organisation de la formation (dates, horaires, convocation)", "note5", ""),
    ("Organisation", "Les locaux, le matériel et les outils mis à disposition", "note5", ""),
    ("Contenu", "Le contenu de la formation par rapport au programme annoncé", "note5", ""),
    ("Contenu", "Le rythme de la formation était", "choix", "Trop lent\nAdapté\nTrop rapide"),
    ("Contenu", "Les supports et documents remis", "note5", ""),
    ("Formateur", "La maîtrise du sujet par le formateur", "note5", ""),
    ("Formateur", "La pédagogie et l'animation du formateur", "note5", ""),
    ("Objectifs", "L'atteinte des objectifs de la formation", "note5", ""),
    (
        "Application au poste",
        "Avez-vous pu mettre en pratique ce que vous avez appris ?",
        "oui_non",
        "",
    ),
    (
        "Application au poste",
        "L'utilité de la formation dans votre travail aujourd'hui",
        "note5",
        "",
    ),
    ("Recommandation", "Recommanderiez-vous cette formation à un collègue ?", "oui_non", ""),
    (
        "Recommandation",
        "De 1 à 10, recommanderiez-vous notre organisme à un proche ou un collègue ?",
        "note10",
        "",
    ),
    ("Commentaires", "Ce que vous avez le plus apprécié", "texte", ""),
    ("Commentaires", "Ce que nous pourrions améliorer", "texte", ""),
    ("Client", "La réponse de la formation aux besoins de votre structure", "note5", ""),
    ("Client", "Les progrès constatés chez vos salariés depuis la formation", "note5", ""),
    (
        "Client",
        "La qualité des échanges avec notre organisme (devis, convention, suivi)",
        "note5",
        "",
    ),
    (
        "Formateur",
        "La préparation de la session par notre organisme (informations, salle, matériel)",
        "note5",
        "",
    ),
    ("Formateur", "L'implication et le niveau du groupe", "note5", ""),
    (
        "Objectifs",
        "Les objectifs ont été atteints par",
        "choix",
        "Tous les apprenants\nLa plupart des apprenants\nQuelques apprenants\nAucun apprenant",
    ),
    (
        "Financeur",
        "La qualité des documents transmis (convention, attestations, factures)",
        "note5",
        "",
    ),
    ("Financeur", "La réactivité de notre organisme à vos demandes", "note5", ""),
    ("Commentaires", "Vos remarques et suggestions", "texte", ""),
)
# (title, audience, moment, delay_days, intro, question numbers in SEED_QUESTIONS from 1)
SEED_QUESTIONNAIRES = (
    (
        "Satisfaction des apprenants à chaud",
        "apprenant",
        "chaud",
        0,
        "Votre avis nous aide à améliorer nos formations. Merci de répondre à ces quelques "
        "questions à la fin de la formation (1 = pas du tout satisfait, 5 = très satisfait).",
        (1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14, 15),
    ),
    (
        "Satisfaction des apprenants à froid",
        "apprenant",
        "froid",
        60,
        "Quelques semaines après votre formation, dites-nous ce qu'elle vous a apporté dans "
        "votre travail (1 = pas du tout, 5 = tout à fait).",
        (9, 10, 11, 12, 13, 15),
    ),
    (
        "Satisfaction du client / employeur",
        "client",
        "froid",
        30,
        "Vous avez confié la formation de vos salariés à notre organisme : votre avis sur son "
        "déroulement et ses effets nous est précieux.",
        (16, 17, 18, 13, 24),
    ),
    (
        "Bilan du formateur",
        "formateur",
        "chaud",
        0,
        "À remplir à la fin de la session : votre regard sur la préparation, le groupe et "
        "l'atteinte des objectifs.",
        (19, 3, 20, 21, 24),
    ),
    (
        "Satisfaction du financeur",
        "financeur",
        "froid",
        30,
        "Vous avez financé une formation de notre organisme : votre avis sur nos échanges et nos "
        "documents nous aide à progresser.",
        (22, 23, 24),
    ),
)


def _seed_surveys() -> None:
    """Insert the default bank and models into a base that has none (new or upgraded)."""
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT count(*) FROM survey_questions")).scalar():
        return
    if bind.execute(sa.text("SELECT count(*) FROM questionnaires")).scalar():
        return
    questions = sa.table(
        "survey_questions",
        sa.column("id", sa.Integer),
        sa.column("text", sa.Text),
        sa.column("scale", sa.String),
        sa.column("choices", sa.Text),
        sa.column("theme", sa.String),
        sa.column("active", sa.Boolean),
    )
    questionnaires = sa.table(
        "questionnaires",
        sa.column("id", sa.Integer),
        sa.column("title", sa.String),
        sa.column("audience", sa.String),
        sa.column("moment", sa.String),
        sa.column("delay_days", sa.Integer),
        sa.column("intro", sa.Text),
        sa.column("active", sa.Boolean),
    )
    items = sa.table(
        "questionnaire_items",
        sa.column("questionnaire_id", sa.Integer),
        sa.column("question_id", sa.Integer),
        sa.column("position", sa.Integer),
        sa.column("required", sa.Boolean),
    )
    op.bulk_insert(
        questions,
        [
            {"id": n, "text": text, "scale": scale, "choices": choices, "theme": theme}
            | {"active": True}
            for n, (theme, text, scale, choices) in enumerate(SEED_QUESTIONS, start=1)
        ],
    )
    op.bulk_insert(
        questionnaires,
        [
            {"id": n, "title": title, "audience": audience, "moment": moment}
            | {"delay_days": delay, "intro": intro, "active": True}
            for n, (title, audience, moment, delay, intro, _) in enumerate(
                SEED_QUESTIONNAIRES, start=1
            )
        ],
    )
    op.bulk_insert(
        items,
        [
            {"questionnaire_id": n, "question_id": q, "position": position, "required": False}
            for n, (*_, numbers) in enumerate(SEED_QUESTIONNAIRES, start=1)
            for position, q in enumerate(numbers, start=1)
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_tasks_action_id_improvement_actions"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_tasks_interaction_id_interactions"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("fk_tasks_complaint_id_complaints"), type_="foreignkey")
        batch_op.drop_column("action_id")
        batch_op.drop_column("interaction_id")
        batch_op.drop_column("complaint_id")

    with op.batch_alter_table("objective_results", schema=None) as batch_op:
        batch_op.drop_column("assessed_on")
        batch_op.drop_column("entry_level")

    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interactions_client_id"))
        batch_op.drop_index(batch_op.f("ix_interactions_happened_at"))
        batch_op.drop_constraint(
            batch_op.f("fk_interactions_contact_id_contacts"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_interactions_funder_id_funders"), type_="foreignkey"
        )
        batch_op.drop_column("funder_id")
        batch_op.drop_column("contact_id")

    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_evaluations_questionnaire_id_questionnaires"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("fk_evaluations_client_id_clients"), type_="foreignkey")
        batch_op.drop_constraint(
            batch_op.f("fk_evaluations_trainer_id_trainers"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("fk_evaluations_funder_id_funders"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("uq_evaluations_token"), type_="unique")
        batch_op.drop_index(batch_op.f("ix_evaluations_questionnaire_id"))
        batch_op.drop_column("channel")
        batch_op.drop_column("reminded_on")
        batch_op.drop_column("token")
        batch_op.drop_column("funder_id")
        batch_op.drop_column("trainer_id")
        batch_op.drop_column("client_id")
        batch_op.drop_column("questionnaire_id")

    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.drop_column("outcome_comment")

    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("improvement_action", sa.TEXT(), nullable=False, server_default="")
        )
        batch_op.drop_constraint(
            batch_op.f("fk_complaints_contact_id_contacts"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_complaints_trainer_id_trainers"), type_="foreignkey"
        )
        batch_op.drop_column("answer_by")
        batch_op.drop_column("acknowledge_by")
        batch_op.drop_column("trainer_id")
        batch_op.drop_column("contact_id")
        batch_op.drop_column("analysis")

    with op.batch_alter_table("evaluation_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_answers_question_id"))
        batch_op.drop_index(batch_op.f("ix_evaluation_answers_evaluation_id"))

    op.drop_table("evaluation_answers")
    with op.batch_alter_table("interaction_attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_attachments_attachment_id"))

    op.drop_table("interaction_attachments")
    with op.batch_alter_table("improvement_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_improvement_actions_complaint_id"))

    op.drop_table("improvement_actions")
    with op.batch_alter_table("questionnaire_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_questionnaire_items_questionnaire_id"))
        batch_op.drop_index(batch_op.f("ix_questionnaire_items_question_id"))

    op.drop_table("questionnaire_items")
    op.drop_table("survey_questions")
    op.drop_table("questionnaires")
