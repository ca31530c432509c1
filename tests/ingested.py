"""A database holding the shipped example minutes, ingested once per backend and cloned per
test (a file copy on SQLite, CREATE DATABASE ... TEMPLATE on PostgreSQL): each test gets a
fresh, real database without paying for extraction again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from freezegun import freeze_time

from reminders import config as config_module
from tests.conftest import REPO, _postgres_database

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
        from sqlalchemy.engine import make_url

        for url in _postgres_database():
            _ingest(url, folder, monkeypatch)
            yield "postgres", make_url(url).database


@pytest.fixture
def examples_url(template, tmp_path):
    """A fresh copy of the ingested examples for one test."""
    kind, source = template
    if kind == "sqlite":
        target = tmp_path / "reminders.db"
        shutil.copyfile(source, target)
        yield f"sqlite:///{target}"
        return
    yield from _postgres_database(template=source)
