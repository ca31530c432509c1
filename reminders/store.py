"""Opening the database and keeping its schema current.

SQLite is the embedded default; a ``postgresql+psycopg://`` URL works the same. Tables are
created by the Alembic migrations on first use and upgraded in place by later ones, so a
deployed database is never rebuilt (and its actions and ledger never lost) by an upgrade.

A database that cannot be opened, created or written is a ``StoreError``: one line naming
the database and the path or server, never a traceback (under systemd a traceback per
restart is a crash loop nobody can read). SQLAlchemy and Alembic are imported only when a
database is opened, so commands that never touch one (``--help``, ``check-config`` on
SQLite) start quickly; ``check`` probes a SQLite file with the standard library alone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from reminders.errors import StoreError
from reminders.schema import alembic_config, at_head, known_revisions

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import Connection
    from sqlmodel import Session

SQLITE = "sqlite:///"
WHERE_TO_LOOK = "check 'database' in config.toml or $REMINDERS_DATABASE"
WRITABLE_HINT = ("give a folder this user may write; under systemd an absolute path inside "
                 "ReadWritePaths, e.g. sqlite:////var/lib/reminders/reminders.db")


def sqlite_path(url: str) -> Path | None:
    """The file a SQLite URL names; None for other databases and in-memory SQLite."""
    if not url.startswith(SQLITE):
        return None
    path = url.removeprefix(SQLITE).partition("?")[0]
    return Path(path) if path and path != ":memory:" else None


def _make_folder(url: str) -> None:
    path = sqlite_path(url)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"database {path}: cannot create the folder {path.parent}: "
                         f"{exc.strerror or exc}", WRITABLE_HINT) from None


def connect(url: str, *, wait_for_disk: bool = True) -> Engine:
    """An engine for ``url``; SQLite gets foreign keys, WAL and a busy timeout.

    ``wait_for_disk=False``: its commits do not wait for the disk (SQLite's
    synchronous=NORMAL in WAL mode, PostgreSQL's synchronous_commit off). Such a commit
    survives the process being killed; only a power cut or an OS crash may undo it, and
    then wholly, never half of it.
    """
    from sqlalchemy import event
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError
    from sqlmodel import create_engine

    _make_folder(url)
    try:
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": 30})
            event.listen(engine, "connect", partial(
                _sqlite_pragmas, synchronous="FULL" if wait_for_disk else "NORMAL"))
        else:
            options = {} if wait_for_disk else {"options": "-c synchronous_commit=off"}
            engine = create_engine(url, pool_pre_ping=True, connect_args=options)
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


def _sqlite_pragmas(dbapi_connection, _record=None, *, synchronous: str = "FULL") -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA synchronous={synchronous}")  # said, not left to the build
    cursor.close()


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    if url.startswith("sqlite"):
        return url  # a file path: no password to hide (and no need to import SQLAlchemy)
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable URL>"


def unavailable(url: str, error: BaseException) -> StoreError:
    """The one-line error for a database that failed under us: which one, and why."""
    reason = " ".join(str(getattr(error, "orig", None) or error).split()) or type(error).__name__
    path = sqlite_path(url)
    if path is not None:
        return StoreError(f"database {path}: cannot open or write it: {reason}", WRITABLE_HINT)
    return StoreError(f"database {redact(url)}: cannot connect: {reason}", WHERE_TO_LOOK)


def failure(url: str, error: BaseException) -> StoreError | None:
    """``error`` as the database's fault, or None when it is not one (a bug keeps its trace).

    The database's fault: it cannot be reached or written (SQLAlchemy's OperationalError:
    server gone, disk full, read-only file), or this user may not write it (SQLSTATE 42501,
    insufficient privilege).
    """
    from sqlalchemy.exc import DBAPIError, OperationalError

    if isinstance(error, OperationalError):
        return unavailable(url, error)
    if isinstance(error, DBAPIError) and getattr(error.orig, "sqlstate", None) == "42501":
        reason = " ".join(str(error.orig).split())
        return StoreError(f"database {redact(url)}: this user may not write it: {reason}",
                          "grant the database user INSERT, UPDATE and DELETE on the tables, "
                          "or use the account that owns them")
    return None


def check(url: str) -> str | None:
    """Open the database as a command would and try a write, without migrating.

    Returns the schema revision ('0004'; None for a new, empty database) or raises
    StoreError. A SQLite file is created (empty) where it would be, so an unwritable path
    shows now, when an administrator runs ``check-config``, not at 07:30 on Monday.
    """
    path = sqlite_path(url)
    revision = _check_sqlite(url, path) if path is not None else _check_server(url)
    if revision is not None and revision not in known_revisions():
        raise unknown_schema(url, f"revision {revision}")
    return revision


def _check_server(url: str) -> str | None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError, ProgrammingError

    engine = connect(url)
    try:
        with engine.connect() as connection:
            try:
                return connection.execute(text("SELECT version_num FROM alembic_version")
                                          ).scalar()
            except ProgrammingError:
                return None
    except DBAPIError as exc:
        raise unavailable(url, exc) from None
    finally:
        engine.dispose()


def _check_sqlite(url: str, path: Path) -> str | None:
    _make_folder(url)
    try:
        connection = sqlite3.connect(path, timeout=5, isolation_level=None)
    except sqlite3.Error as exc:
        raise unavailable(url, exc) from None
    try:
        _sqlite_pragmas(connection)
        connection.execute("BEGIN IMMEDIATE")  # takes the write lock: fails if read-only
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            row = None  # a new file: the first command that uses it creates the tables
        connection.execute("ROLLBACK")
        return row[0] if row else None
    except sqlite3.Error as exc:
        raise unavailable(url, exc) from None
    finally:
        connection.close()


def migrate(engine: Engine, *, revision: str = "head", extra_versions=None) -> None:
    """Bring the schema to ``revision``; a no-op when it is there already.

    Every command opens the store, and nearly always the schema is at this version's head:
    that is checked first with one query, so Alembic (a fifth of a second to import) is
    loaded only when there is something to do."""
    if revision == "head" and extra_versions is None and at_head(engine):
        return
    from alembic import command
    from alembic.util import CommandError
    from sqlalchemy.exc import OperationalError

    cfg = alembic_config(extra_versions)
    try:
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision)
    except OperationalError as exc:
        raise unavailable(str(engine.url), exc) from None
    except CommandError as exc:  # the database is at a revision these migrations lack
        raise unknown_schema(str(engine.url), str(exc)) from None


def unknown_schema(url: str, detail: str) -> StoreError:
    return StoreError(f"database {redact(url)}: its schema is newer than this version of "
                      f"reminders knows ({detail})",
                      "upgrade reminders, or point 'database' at the right database")


class Store:
    """The database a command works on: opened, migrated, and handing out sessions."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = connect(url)
        migrate(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed together, or not at all.

        A database that fails under the work (read-only, disk full, server gone) is a
        StoreError naming it; the work is rolled back, so nothing is half-stored.
        """
        from sqlmodel import Session

        with self._failing(), Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def transaction(self, *, wait_for_disk: bool = True) -> Iterator[Connection]:
        """Core statements committed together, or not at all, with no ORM session around
        them: for writes made once per message, where the session's own work would cost
        more than the statements. Failures are mapped as for ``session``.

        ``wait_for_disk=False`` commits on a second engine whose commits do not wait for
        the disk (``connect``): for records whose loss the next run repairs.
        """
        engine = self.engine if wait_for_disk else self._lazy_engine
        with self._failing(), engine.begin() as connection:
            yield connection

    @cached_property
    def _lazy_engine(self) -> Engine:
        return connect(self.url, wait_for_disk=False)

    @contextmanager
    def _failing(self) -> Iterator[None]:
        from sqlalchemy.exc import DBAPIError

        try:
            yield
        except DBAPIError as exc:
            error = failure(self.url, exc)
            if error is None:
                raise
            raise error from None

    def close(self) -> None:
        self.engine.dispose()
        if "_lazy_engine" in self.__dict__:
            self._lazy_engine.dispose()
