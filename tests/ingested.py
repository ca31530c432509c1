"""A database holding the shipped example minutes, ingested once per backend and cloned per
test (a file copy on SQLite, CREATE DATABASE ... TEMPLATE on PostgreSQL): each test gets a
fresh, real database without paying for extraction again."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from freezegun import freeze_time

from reminders import config as config_module
from tests.conftest import IN_CI, POSTGRES_URL, REPO

EXAMPLES = REPO / "examples" / "minutes"
INGESTED_AT = "2026-12-01 09:00:00"


def write_config(folder: Path) -> Path:
    """The shipped config.toml, writing mail under ``folder`` and watching nothing."""
    text = (REPO / "config.toml").read_text(encoding="utf-8")
    text = text.replace('outbox = "outbox"', f'outbox = "{folder / "outbox"}"')
    text = text.replace('folder = "examples/minutes"', 'folder = ""')
    path = folder / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _admin():
    import psycopg
    from sqlalchemy.engine import make_url

    admin = make_url(POSTGRES_URL).set(drivername="postgresql")
    try:
        return psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True,
                               connect_timeout=3)
    except psycopg.OperationalError as exc:
        reason = f"no PostgreSQL server: {exc}".splitlines()[0]
        if IN_CI:
            pytest.fail(reason + " (CI must provide one)")
        pytest.skip(reason)


def _ingest(url: str, folder: Path, monkeypatch) -> None:
    from reminders.ingest import ingest_file
    from reminders.store import Store

    monkeypatch.setenv("REMINDERS_DATABASE", url)
    cfg = config_module.load(write_config(folder))
    store = Store(cfg.database_url)
    with freeze_time(INGESTED_AT):
        for path in sorted(EXAMPLES.iterdir()):
            ingest_file(store, path, cfg)
    store.close()


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres",
                                                                marks=pytest.mark.postgres)])
def template(request, tmp_path_factory):
    """The examples ingested once: a SQLite file, or a PostgreSQL template database."""
    folder = tmp_path_factory.mktemp("template")
    with pytest.MonkeyPatch.context() as monkeypatch:
        if request.param == "sqlite":
            _ingest(f"sqlite:///{folder / 'template.db'}", folder, monkeypatch)
            yield "sqlite", folder / "template.db"
            return
        conn = _admin()
        name = f"reminders_tmpl_{uuid.uuid4().hex[:10]}"
        conn.execute(f'CREATE DATABASE "{name}"')
        from sqlalchemy.engine import make_url

        try:
            _ingest(make_url(POSTGRES_URL).set(database=name).render_as_string(
                hide_password=False), folder, monkeypatch)
            yield "postgres", name
        finally:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.close()


@pytest.fixture
def examples_url(template, tmp_path):
    """A fresh copy of the ingested examples for one test."""
    kind, source = template
    if kind == "sqlite":
        target = tmp_path / "reminders.db"
        shutil.copyfile(source, target)
        yield f"sqlite:///{target}"
        return
    from sqlalchemy.engine import make_url

    conn = _admin()
    name = f"reminders_test_{uuid.uuid4().hex[:12]}"
    conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.close()
