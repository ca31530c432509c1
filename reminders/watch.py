"""The watched folder: minutes dropped into it are ingested without anyone running a command.

The design, and why:

* **Ingested files stay where they are.** The folder doubles as the secretariat's archive of
  minutes, and ingesting is idempotent (a meeting is keyed by its date and title), so a file
  read twice changes nothing. Each file's (mtime, size) is remembered, in the database when
  the daemon gives a ``FileMemory`` (``reminders.watch_memory``), so neither the next scan
  nor the next start re-reads a file that has not changed.
* **A bad file is moved aside** into ``<folder>/rejected/`` with ``<name>.error.txt`` beside
  it saying what is wrong, whatever went wrong with it (an unreadable file, a reader that
  ran out of time or memory, a bug), so the person who dropped it sees the problem where
  they look, and a fixed copy dropped again is read afresh. If it cannot be moved (a
  read-only share), it is reported once and remembered like an ingested file.
* **One file never blocks the others**: every file is read in a child process under a time
  and memory limit (see ``reminders.minutes.limits``), each outcome is reported as it
  happens (``report``), and only problems that are not the file's fault (the database is
  down or locked) leave it to be tried again next scan. A shutdown stops the file being
  read at once; it is read again after the restart.
* **Temporary and hidden files are ignored** (".~lock.x.docx#", "~$x.docx", "x.part"), and
  a file modified in the last ``SETTLE_SECONDS`` is left for the next scan, because it is
  probably still being copied in.

The watcher is handed an ``ingest`` function instead of importing the store, so it can be
tested with a fake and the daemon decides what ingesting means.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy.exc import OperationalError

from reminders.errors import MinutesError, ReminderError, StoreError
from reminders.minutes.limits import Cancelled, shown

log = logging.getLogger(__name__)

REJECTED = "rejected"
SETTLE_SECONDS = 2.0
# Editors, office suites, browsers and copy tools leave these behind while they work.
IGNORED_PREFIXES = (".", "~")
IGNORED_SUFFIXES = (".part", ".partial", ".crdownload", ".download", ".tmp", ".swp", "~", "#")


class Ingested(Protocol):
    """What the ingest function returns (``reminders.ingest.IngestResult``)."""

    @property
    def status(self) -> str: ...  # new | updated | unchanged

    @property
    def unknown_owners(self) -> tuple[str, ...]: ...  # owner codes config.toml lacks

    def summary(self) -> str: ...


@dataclass(frozen=True)
class FileOutcome:
    """What one scan did with one file."""

    path: Path
    status: str  # new | updated | unchanged | rejected | failed
    detail: str = ""  # the ingest summary, or what went wrong


def ignored(name: str) -> bool:
    """Hidden, lock, owner and partial-download files: never minutes."""
    lowered = name.casefold()
    return lowered.startswith(IGNORED_PREFIXES) or lowered.endswith(IGNORED_SUFFIXES)


class Memory(Protocol):
    """Where dealt-with files are remembered across restarts (``watch_memory.FileMemory``)."""

    def load(self, folder: Path) -> dict[str, tuple[int, int]]: ...

    def remember(self, path: Path, key: tuple[int, int], status: str, detail: str) -> None: ...

    def forget(self, path: Path) -> None: ...


class Watcher:
    """Scans one folder; remembers which files it has dealt with (in ``memory`` if given)."""

    def __init__(self, folder: Path, ingest: Callable[[Path], Ingested], *,
                 memory: Memory | None = None,
                 report: Callable[[FileOutcome], None] | None = None) -> None:
        self.folder = folder
        self.ingest = ingest
        self.memory = memory
        self.report = report  # told each outcome as soon as it is known
        self.seen: dict[str, tuple[int, int]] = {}  # path -> (mtime_ns, size) dealt with
        self._loaded = memory is None
        self.unsettled: list[Path] = []  # files the last scan left because they were fresh

    def scan(
        self, *, now: float | None = None, should_stop: Callable[[], bool] = lambda: False
    ) -> list[FileOutcome]:
        """Ingest every new or changed file once; empty when there was nothing to do.

        ``now`` is a POSIX timestamp (file times are wall-clock times), for tests;
        ``should_stop`` is asked between files, so a shutdown need not wait for a big folder.
        Raises ``ReminderError`` when the folder itself cannot be read.
        """
        now = time.time() if now is None else now
        try:
            self.folder.mkdir(parents=True, exist_ok=True)  # a fresh install has none yet
            entries = sorted(self.folder.iterdir())
        except OSError as exc:
            raise ReminderError(
                f"{self.folder}: {exc.strerror or exc}",
                "create it and let the service user write to it, or set watch.folder = \"\"",
            ) from None
        if not self._loaded and self.memory is not None:
            self.seen.update(self.memory.load(self.folder))
            self._loaded = True
        outcomes = []
        self.unsettled = []
        for path in entries:
            if should_stop():
                break
            try:
                outcome = self._consider(path, now)
            except Cancelled:
                break  # shutting down: the file is read again after the restart
            if outcome is not None:
                outcomes.append(outcome)
                if self.report is not None:
                    self.report(outcome)
        return outcomes

    def _consider(self, path: Path, now: float) -> FileOutcome | None:
        if ignored(path.name):
            return None
        try:
            stat = path.stat()
        except OSError:
            return None  # gone since the listing: someone moved it
        if not path.is_file():
            if not path.is_dir():  # a FIFO, socket or device (or a symlink to one): never read
                return self._reject(path, MinutesError(
                    f"{shown(path.name)}: not a regular file", "drop minutes files only"))
            return None
        key = (stat.st_mtime_ns, stat.st_size)
        name = self._name(path)
        if self.seen.get(name) == key:
            return None
        if now - stat.st_mtime < SETTLE_SECONDS:
            self.unsettled.append(path)  # probably still being written: look again later
            return None
        outcome, remember = self._ingest(path)
        if remember:
            self.seen[name] = key
            if self.memory is not None:
                self.memory.remember(path, key, outcome.status, outcome.detail)
        elif outcome.status == "rejected" and self.memory is not None:
            self.memory.forget(path)
        return outcome

    def _name(self, path: Path) -> str:
        return shown(path.absolute())

    def _ingest(self, path: Path) -> tuple[FileOutcome, bool]:
        """Ingest one file; the flag says whether to skip it until it changes."""
        try:
            result = self.ingest(path)
        except FileNotFoundError:
            return FileOutcome(path, "failed", "vanished while being read"), False
        except MinutesError as exc:
            return self._reject(path, exc), False
        except (StoreError, OperationalError) as exc:
            # The database is away, which is not the file's fault: try again next scan.
            reason = exc if isinstance(exc, StoreError) else exc.orig or exc
            return FileOutcome(path, "failed", f"not stored, will retry: {reason}"), False
        except Cancelled:
            raise
        except OSError as exc:
            return FileOutcome(path, "failed", f"cannot read: {exc.strerror or exc}"), True
        except Exception as exc:
            # A bug in reading this file: keep the traceback (for the bug report) and set
            # the file aside with the reason, like any file that could not be read.
            log.exception("unexpected error while ingesting %s", shown(path))
            problem = MinutesError(f"{shown(path.name)}: unexpected error: {exc!r}",
                                   "please report it; the file is kept in rejected/")
            return self._reject(path, problem), False
        detail = result.summary()
        if result.unknown_owners:
            # Said here because nobody receives these owners' digests until they are added.
            detail += f"; owners not in config.toml: {', '.join(result.unknown_owners)}"
        return FileOutcome(path, result.status, detail), True

    def _reject(self, path: Path, error: ReminderError) -> FileOutcome:
        """Move a bad file into rejected/ with the reason beside it; else report it once."""
        target_dir = self.folder / REJECTED
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        try:
            target_dir.mkdir(exist_ok=True)
            target = target_dir / path.name
            os.replace(path, target)  # a same-named earlier reject is replaced: newest wins
            (target_dir / f"{path.name}.error.txt").write_text(
                f"{shown(path.name)} was not ingested ({stamp}):\n{error}\n\n"
                "Fix the file and drop it into the watched folder again.\n",
                encoding="utf-8",
            )
        except OSError as exc:
            outcome = FileOutcome(path, "rejected", f"{error} (left in place: {exc.strerror})")
            self.seen[self._name(path)] = _key(path)  # reported once, not every scan
            return outcome
        return FileOutcome(target, "rejected", str(error))


def _key(path: Path) -> tuple[int, int]:
    try:
        info = path.lstat()
    except OSError:
        return (0, 0)
    return (info.st_mtime_ns, info.st_size)
