"""The watched folder's memory, in the database: which files were dealt with, as they were.

Without it every start of the service re-read every file in the folder (17 CPU-seconds for
500 files) only to find each "unchanged". A file is skipped while its size and modification
time are those recorded; a changed one is read again (and its SHA-256, checked by ingest
before extracting, still spares a file that was only touched). The memory is a cache: when
the database cannot be written, the watcher carries on and reads the file again next time.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import select

from reminders import clock
from reminders.errors import StoreError
from reminders.minutes.limits import shown
from reminders.models import IngestedFile
from reminders.store import Store

log = logging.getLogger(__name__)
Key = tuple[int, int]  # (mtime_ns, size)


class FileMemory:
    def __init__(self, store: Store) -> None:
        self.store = store

    def load(self, folder: Path) -> dict[str, Key]:
        """What is remembered for the files directly in ``folder``."""
        prefix = shown(folder.resolve()).rstrip("/") + "/"
        try:
            with self.store.session() as session:
                rows = session.exec(select(IngestedFile).where(
                    IngestedFile.path.startswith(prefix, autoescape=True)))
                return {row.path: (row.mtime_ns, row.size) for row in rows}
        except (StoreError, SQLAlchemyError) as exc:
            log.warning("watched folder: cannot read what was ingested before (%s); "
                        "files will be checked again", _first_line(exc))
            return {}

    def remember(self, path: Path, key: Key, status: str, detail: str,
                 sha256: str = "") -> None:
        name = shown(path.resolve())
        try:
            with self.store.session() as session:
                row = session.exec(select(IngestedFile).where(IngestedFile.path == name)).first()
                row = row or IngestedFile(path=name, size=0, mtime_ns=0, status=status,
                                          seen_at=clock.now())
                row.mtime_ns, row.size = key
                row.status, row.sha256 = status, sha256
                row.detail = detail[:1000]
                row.seen_at = clock.now()
                session.add(row)
        except (StoreError, SQLAlchemyError) as exc:
            log.debug("watched folder: not remembered %s: %s", name, _first_line(exc))

    def forget(self, path: Path) -> None:
        name = shown(path.resolve())
        try:
            with self.store.session() as session:
                row = session.exec(select(IngestedFile).where(IngestedFile.path == name)).first()
                if row is not None:
                    session.delete(row)
        except (StoreError, SQLAlchemyError) as exc:
            log.debug("watched folder: not forgotten %s: %s", name, _first_line(exc))


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(exc).__name__])[0]
