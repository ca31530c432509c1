"""Migration 0002 (history, review, the action's new columns) on a populated database, on
SQLite and PostgreSQL."""

from __future__ import annotations


def test_migration_0002_upgrades_a_populated_database_in_place(database_url):
    """A database of the first release keeps its actions; they gain an empty history."""
    import sqlalchemy as sa

    from reminders import history
    from reminders.store import connect, migrate

    engine = connect(database_url)
    migrate(engine, revision="0001")
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO meeting (key, title, date, attendees, warnings, source, source_sha256,"
            " ingested_at) VALUES ('k', 'October', '2021-10-04', '[]', '[]', 'm.txt', 'x',"
            " '2021-10-05 09:00:00')"))
        conn.execute(sa.text(
            "INSERT INTO action (meeting_id, text, owners, due, kind, status, source,"
            " fingerprint, edited, created_at, updated_at) VALUES ((SELECT id FROM meeting),"
            " 'Revisit in 6 months', 'CC', '2022-04-04', 'new', 'open', 'm.txt', 'revisit',"
            " '', '2021-10-05 09:00:00', '2021-10-05 09:00:00')"))
    migrate(engine)
    from sqlmodel import Session, select

    from reminders.models import Action

    with Session(engine) as session:
        (kept,) = session.exec(select(Action)).all()
        assert (kept.text, kept.calendar_seq, kept.update_on) == ("Revisit in 6 months", 0, None)
        assert history.lines(session, kept.id) == []
        history.record(session, kept, "noted", by="secretariat", words="first note")
        session.commit()
        assert [line.words for line in history.lines(session, kept.id)] == ["first note"]
    engine.dispose()
