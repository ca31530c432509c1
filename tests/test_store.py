"""The store: created by migrations on first use, upgraded in place, same on both databases."""

from __future__ import annotations

import textwrap
from datetime import UTC, date, datetime, timedelta, timezone

import sqlalchemy as sa
from sqlmodel import SQLModel, select

from reminders.models import Action, Delivery, Meeting
from reminders.schema import current_revision, head_revision
from reminders.store import Store, migrate


def _meeting(**extra) -> Meeting:
    values = dict(key="2021-10-04|october", title="October", date=date(2021, 10, 4),
                  source="m.txt", source_sha256="x", ingested_at=datetime.now(UTC))
    return Meeting(**{**values, **extra})


def test_first_use_creates_tables_at_the_latest_revision(store):
    assert current_revision(store.engine) == head_revision()
    assert {"meeting", "action", "delivery"} <= set(sa.inspect(store.engine).get_table_names())


def test_opening_twice_is_harmless(store, database_url):
    Store(database_url).close()
    assert current_revision(store.engine) == head_revision()


def test_a_current_store_opens_without_alembic_and_an_older_one_is_upgraded(
        database_url):
    """Opening a store at the head revision is one query (Alembic is not even imported);
    one at an older revision is still brought to the head."""
    import subprocess
    import sys

    from reminders.store import connect

    engine = connect(database_url)
    migrate(engine, revision="0002")
    engine.dispose()
    Store(database_url).close()  # 0002 -> head
    engine = connect(database_url)
    assert current_revision(engine) == head_revision()
    engine.dispose()
    probe = ("import sys; from reminders.store import Store; Store(sys.argv[1]).close(); "
             "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe, database_url], capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "False"


def test_models_describe_the_migrated_schema(store):
    inspector = sa.inspect(store.engine)
    for table in SQLModel.metadata.sorted_tables:
        stored = {column["name"] for column in inspector.get_columns(table.name)}
        assert stored == set(table.columns.keys()), table.name


def test_aware_datetimes_round_trip_as_utc(store):
    moment = datetime(2026, 3, 29, 7, 30, tzinfo=timezone(timedelta(hours=1)))
    with store.session() as session:
        session.add(Delivery(recipient="CC", slot=moment, message_id="<m@x>"))
    with store.session() as session:
        row = session.exec(select(Delivery)).one()
    assert row.slot == moment
    assert row.slot.tzinfo == UTC


def test_action_rows_keep_dates_and_owners(store):
    now = datetime.now(UTC)
    with store.session() as session:
        meeting = _meeting()
        session.add(meeting)
        session.flush()
        session.add(Action(meeting_id=meeting.id, text="Revisit in 6 months", owners="CC,ACC",
                           due=date(2022, 4, 4), basis="stated", source="m.txt",
                           fingerprint="revisit in 6 months", created_at=now, updated_at=now))
    with store.session() as session:
        action = session.exec(select(Action)).one()
    assert action.owner_codes == ["CC", "ACC"]
    assert action.due == date(2022, 4, 4)
    assert action.ref == f"A-{action.id:04d}"


TRIVIAL_MIGRATION = '''
"""A later release adds a column.

Revision ID: 9999
Revises: {head}
"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("action") as batch:
        batch.add_column(sa.Column("priority", sa.Integer, nullable=True))


def downgrade():
    with op.batch_alter_table("action") as batch:
        batch.drop_column("priority")
'''


def test_a_later_migration_upgrades_a_database_in_place_keeping_its_rows(store, tmp_path):
    with store.session() as session:
        session.add(_meeting())
    later = tmp_path / "versions"
    later.mkdir()
    (later / "9999_priority.py").write_text(
        textwrap.dedent(TRIVIAL_MIGRATION).format(head=head_revision()))

    migrate(store.engine, extra_versions=[later])

    assert current_revision(store.engine) == "9999"
    columns = {c["name"] for c in sa.inspect(store.engine).get_columns("action")}
    assert "priority" in columns
    with store.session() as session:
        assert session.exec(select(Meeting)).one().title == "October"


def _durability(connection) -> str:
    """SQLite's synchronous level ('2' FULL, '1' NORMAL) or PostgreSQL's synchronous_commit."""
    query = ("PRAGMA synchronous" if connection.dialect.name == "sqlite"
             else "SHOW synchronous_commit")
    return str(connection.exec_driver_sql(query).scalar())


def test_only_a_transaction_asked_not_to_wait_for_the_disk_skips_it(store):
    """The ledger's records commit without waiting for the disk (on an engine of their
    own); claims and every other write wait."""
    full = {"sqlite": "2", "postgresql": "on"}[store.engine.dialect.name]
    lazy = {"sqlite": "1", "postgresql": "off"}[store.engine.dialect.name]
    with store.transaction() as connection:
        assert _durability(connection) == full
    with store.transaction(wait_for_disk=False) as connection:
        assert _durability(connection) == lazy
        connection.execute(sa.insert(Meeting.__table__).values(
            key="k", title="t", date=date(2021, 10, 4), source="m.txt", source_sha256="x",
            ingested_at=datetime.now(UTC)))
    with store.session() as session:  # committed all the same, and the setting is back
        assert session.exec(select(Meeting.key)).all() == ["k"]
        assert _durability(session.connection()) == full
    with store.transaction() as connection:
        assert _durability(connection) == full
