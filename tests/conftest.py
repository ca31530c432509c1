"""Shared fixtures: a config writer, and real databases (SQLite file, PostgreSQL server)."""

from __future__ import annotations

import os
import textwrap
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
POSTGRES_URL = os.environ.get(
    "REMINDERS_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

MINIMAL_CONFIG = """
database = "sqlite:///reminders.db"
[mail]
from = "Reminders <reminders@opcc.example.org>"
secretariat = ["policy@opcc.example.org"]
escalation = ["cex@opcc.example.org"]
[recipients.CC]
name = "Chief Constable"
to = ["cc@police.example.org"]
aliases = ["Chief Constable"]
[recipients.ACC]
name = "Assistant Chief Constable"
to = ["acc@police.example.org"]
cc = ["acc.office@police.example.org"]
aliases = ["RC"]
"""


def need_shared() -> Path:
    """The shared minutes: fail in CI when absent (it must be there), skip elsewhere."""
    if (SHARED / "minutes").is_dir():
        return SHARED
    if IN_CI:
        pytest.fail(f"{SHARED}/minutes is missing: CI must run with shared/ beside the repo")
    pytest.skip(f"{SHARED}/minutes is not here (only checked out beside the repo)")


@pytest.fixture
def write_config(tmp_path: Path) -> Callable[..., Path]:
    """Write a config.toml into tmp_path: the minimal one, plus extra TOML appended."""

    def write(
        extra: str = "", *, top: str = "", base: str = MINIMAL_CONFIG, name: str = "config.toml"
    ) -> Path:
        """``top`` goes before the first table (top-level keys), ``extra`` after the last."""
        path = tmp_path / name
        text = textwrap.dedent(top) + textwrap.dedent(base) + textwrap.dedent(extra)
        path.write_text(text, encoding="utf-8")
        return path

    return write


def postgres_admin():
    """An autocommit connection to the test server's maintenance database; without a server
    the test skips with the reason, and fails under CI, which must provide one."""
    try:
        import psycopg
        from sqlalchemy.engine import make_url
    except ImportError as exc:  # pragma: no cover - psycopg is a test dependency
        pytest.fail(f"psycopg is not installed: {exc}")
    admin = make_url(POSTGRES_URL).set(drivername="postgresql")
    try:
        return psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True,
                               connect_timeout=3)
    except psycopg.OperationalError as exc:
        reason = f"no PostgreSQL server at {admin.render_as_string()}: {exc}".splitlines()[0]
        if IN_CI:
            pytest.fail(reason + " (CI must provide one)")
        pytest.skip(reason)


def _postgres_database(template: str | None = None) -> Iterator[str]:
    """A fresh PostgreSQL database for one test (empty, or a copy of ``template``), dropped
    afterwards."""
    from sqlalchemy.engine import make_url

    conn = postgres_admin()
    name = f"reminders_test_{uuid.uuid4().hex[:12]}"
    conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path: Path) -> Iterator[str]:
    """Each test using this runs twice: on a SQLite file and on a real PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'reminders.db'}"
    else:
        yield from _postgres_database()


@pytest.fixture
def store(database_url: str):
    from reminders.store import Store

    opened = Store(database_url)
    yield opened
    opened.close()
