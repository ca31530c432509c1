"""Opening the database and keeping its schema current.

SQLite is the embedded default; a ``postgresql+psycopg://`` URL works the same. Tables are
created by the Alembic migrations on first use and upgraded in place by later ones, so a
deployed database is never rebuilt (and its actions and ledger never lost) by an upgrade.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, event
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlmodel import Session, create_engine

from reminders.errors import StoreError

MIGRATIONS = Path(__file__).parent / "migrations"


def _alembic_config(extra_versions: list[Path] | None = None) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    locations = [MIGRATIONS / "versions", *(extra_versions or [])]
    cfg.set_main_option("version_locations", " ".join(str(p) for p in locations))
    cfg.set_main_option("path_separator", "space")
    return cfg


def connect(url: str) -> Engine:
    """An engine for ``url``; SQLite gets foreign keys, WAL and a busy timeout."""
    try:
        if url.startswith("sqlite"):
            path = url.removeprefix("sqlite:///")
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": 30})
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise StoreError(
            f"database {redact(url)}: {exc}",
            "use sqlite:///FILE or postgresql+psycopg://USER@HOST/DB (pip install psycopg)",
        ) from None
    except ModuleNotFoundError as exc:
        raise StoreError(
            f"database {redact(url)}: driver {exc.name} is not installed",
            "pip install 'reminders[postgres]'",
        ) from None
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable URL>"


def migrate(engine: Engine, *, revision: str = "head", extra_versions=None) -> None:
    """Bring the schema to ``revision``; a no-op when it is there already."""
    cfg = _alembic_config(extra_versions)
    try:
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision)
    except OperationalError as exc:
        raise StoreError(
            f"database {redact(str(engine.url))}: cannot connect: {exc.orig}",
            "check 'database' in config.toml or $REMINDERS_DATABASE",
        ) from None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(extra_versions=None) -> str | None:
    return ScriptDirectory.from_config(_alembic_config(extra_versions)).get_current_head()


class Store:
    """The database a command works on: opened, migrated, and handing out sessions."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = connect(url)
        migrate(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed together, or not at all."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()
