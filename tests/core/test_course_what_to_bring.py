"""The course's « À apporter » list: printed on convocations of sessions without their own."""

from __future__ import annotations

import subprocess

from alembic import command
from sqlalchemy import create_engine, text

from formadesk.core import migrations
from formadesk.core.services.sessions import SessionData

from .factories import make_course, make_learner, make_session


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         check=True, text=True)  # fmt: skip
    return " ".join(out.stdout.split())


def _convocation(office, *, course_list: str, session_list: str) -> str:
    course_id = make_course(office)
    course = office.courses.get(course_id)
    course.what_to_bring = course_list
    office.courses.save(course)
    session_id = make_session(office, course_id)
    session: SessionData = office.sessions.get(session_id)
    session.what_to_bring = session_list
    office.sessions.save(session, confirm=True)
    office.enrollments.enroll(session_id=session_id, learner_id=make_learner(office))
    (path,) = office.documents.make_convocations(session_id)
    return pdf_text(path)


def test_the_course_list_is_printed_when_the_session_has_none(office):
    office.settings.set("documents.what_to_bring", "Le badge du bureau")

    printed = _convocation(office, course_list="Chaussures de sécurité\nGants", session_list="")

    assert "Chaussures de sécurité" in printed and "Gants" in printed
    assert "Le badge du bureau" not in printed


def test_the_session_list_wins_over_the_course_list(office):
    printed = _convocation(
        office, course_list="Chaussures de sécurité", session_list="Un ordinateur portable"
    )

    assert "Un ordinateur portable" in printed
    assert "Chaussures de sécurité" not in printed


def test_the_course_keeps_its_list(office):
    course = office.courses.get(make_course(office))
    course.what_to_bring = "Une clé USB\nUn stylo"
    office.courses.save(course)

    assert office.courses.get(course.id).what_to_bring == "Une clé USB\nUn stylo"


def test_a_database_at_revision_0002_is_upgraded_and_keeps_its_courses(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'ancienne.sqlite3'}")
    with engine.begin() as conn:
        migrations.upgrade(conn, "0002")
        conn.execute(
            text(
                "INSERT INTO courses (code, title, programme, prerequisites, audience, "
                "teaching_means, assessment_method, duration_minutes, price_cents, "
                "intra_price_cents, modality, nsf_code, level, certification_code, sanction, "
                "nature, active) VALUES ('SST', 'Sauveteur secouriste du travail', '', '', '', "
                "'', '', 840, 0, 0, 'presentiel', '', '', '', '', 'action_formation', 1)"
            )
        )
    with engine.begin() as conn:
        migrations.upgrade(conn)
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            migrations.HEAD
        )
        row = conn.execute(text("SELECT code, title, what_to_bring FROM courses")).one()
        assert tuple(row) == ("SST", "Sauveteur secouriste du travail", "")
    with engine.begin() as conn:
        config = migrations.alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0002")
        columns = [r[1] for r in conn.execute(text("PRAGMA table_info(courses)"))]
        assert "what_to_bring" not in columns and "title" in columns
        assert conn.execute(text("SELECT code FROM courses")).scalar() == "SST"
    engine.dispose()


def test_the_booklet_prints_the_course_list_too(office):
    """The livret d'accueil's « À prévoir » follows the same order as the convocation."""
    course_id = make_course(office)
    course = office.courses.get(course_id)
    course.what_to_bring = "Chaussures de sécurité"
    office.courses.save(course)
    session_id = make_session(office, course_id)

    (booklet,) = office.documents.generate("livret", session_id)

    assert "Chaussures de sécurité" in pdf_text(booklet)
