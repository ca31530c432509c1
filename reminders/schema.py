"""Which schema a database has and which this version's migrations make.

Apart from ``reminders.store`` (opening a database and migrating it) so that both
``check-config`` and every command's start can answer "is it current?" from the migration
files and one query, without importing Alembic.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig
    from sqlalchemy import Engine

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(extra_versions: list[Path] | None = None) -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    locations = [MIGRATIONS / "versions", *(extra_versions or [])]
    cfg.set_main_option("version_locations", " ".join(str(p) for p in locations))
    cfg.set_main_option("path_separator", "space")
    return cfg


def at_head(engine: Engine) -> bool:
    """Whether the database is at this version's head revision (False when unsure)."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    head = _head()
    if head is None:
        return False
    try:
        with engine.connect() as connection:
            found = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:  # no such table yet (a new database), or it cannot be read: migrate
        return False
    return [tuple(row) for row in found] == [(head,)]


# How a migration file names itself and the revision it follows (Alembic's own layout).
_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.M)
_DOWN = re.compile(r'^down_revision\s*=\s*(?:["\']([^"\']+)["\']|None)\s*$', re.M)


def _sources() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in (MIGRATIONS / "versions").glob("*.py")]


def _head() -> str | None:
    """The one revision no other revision follows; None if the history is not one plain
    line (a branch, a merge, a file not written as Alembic writes them)."""
    follows = {}
    for source in _sources():
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            return None
        follows[revision.group(1)] = down.group(1)
    heads = set(follows) - set(follows.values())
    return heads.pop() if len(heads) == 1 else None


def known_revisions() -> set[str]:
    """The revisions this version's migrations define, read without importing Alembic."""
    return {m.group(1) for source in _sources() for m in _REVISION.finditer(source)}


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(extra_versions=None) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(extra_versions)).get_current_head()
