"""``reminders run``: the background service that never misses a week and never sends twice.

The database is the schedule's memory. APScheduler only wakes the process up: an in-memory
job store, the configured zone, ``coalesce=True``, ``max_instances=1`` and one worker thread,
so two steps never overlap. Which digests are due, which were sent, and when a failed one is
retried are all decided by ``reminders.dispatch`` from the delivery ledger. Hence:

* **Catch-up**: on start the daemon ingests the watched folder and then runs one tick, which
  sends a digest that fell due while it was down (within ``schedule.catch_up_days``), once.
* **No resend**: a restart, a second start, or the scheduler firing twice finds the slot
  already claimed in the ledger.
* **Retries** come from ``retry_at`` in the ledger rows; housekeeping runs a tick every
  minute, which also sends a slot whose wake-up was missed (a VM paused over 07:30).

Each step (``watch_step``, ``digest_step``, ``retry_step``, ``housekeeping``) does one unit of
work and returns what it did, so tests call them directly instead of waiting for a clock.

Signals (waited on in ``reminders.service``): SIGTERM and SIGINT stop between two messages
(at most one SMTP timeout), release what was not sent for the next start, then exit 0;
SIGHUP re-reads the config file, keeping the running config if the new one is invalid. Log
lines are shaped in ``reminders.logs``.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.exc import OperationalError

from reminders import clock, dispatch, logs
from reminders import config as config_module
from reminders.config import Config
from reminders.dispatch import Outcome, RunReport
from reminders.errors import ConfigError, ReminderError
from reminders.mailer import Transport
from reminders.store import Store, redact
from reminders.watch import SETTLE_SECONDS, FileOutcome, Watcher

if TYPE_CHECKING:
    from reminders.ingest import IngestResult

log = logging.getLogger(__name__)

HOUSEKEEPING_SECONDS = 60  # retries are due to the minute (back-off is in whole minutes)


@dataclass(frozen=True)
class Housekeeping:
    """What one housekeeping pass did: files taken in, digest runs made (retries included)."""

    files: list[FileOutcome] = field(default_factory=list)
    reports: list[RunReport] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.files or self.reports)


class Daemon:
    """The running service: its config (replaced on SIGHUP), store, watcher and scheduler."""

    def __init__(
        self, config: Config, store: Store, *, transport: Transport | None = None
    ) -> None:
        self.config = config
        self.store = store
        self.transport = transport  # None: the SMTP server or outbox the config names
        self.watcher = self._watcher_for(config)
        self.scheduler: BackgroundScheduler | None = None
        self.stopping: Callable[[], bool] = lambda: False
        self._folder_problem: str | None = None
        self._last_scan = float("-inf")
        # One step at a time, whoever calls it: the scheduler's worker, start-up, a test.
        self._lock = threading.RLock()

    # ------------------------------------------------------------------ steps

    def watch_step(self, *, now: float | None = None) -> list[FileOutcome]:
        """Ingest new or changed files from the watched folder; [] when there were none."""
        with self._lock, _guard("watched folder"):
            watcher = self.watcher
            if watcher is None:
                return []
            try:
                outcomes = watcher.scan(now=now, should_stop=self.stopping)
            except ReminderError as exc:
                # Said once, not every minute; said again when it changes or clears.
                if str(exc) != self._folder_problem:
                    log.error("watched folder: %s", exc)
                    self._folder_problem = str(exc)
                return []
            if self._folder_problem:
                log.info("watched folder %s is readable again", watcher.folder)
                self._folder_problem = None
            return outcomes  # each was logged as it happened (Watcher.report)
        return []

    def digest_step(self, *, now: datetime | None = None) -> list[RunReport]:
        """Send every digest that is due (a missed one included) and retry what failed."""
        with self._lock, _guard("digest"):
            config = self.config
            now = now or clock.now(config.tz)
            try:
                reports = dispatch.tick(config, self.store, now=now, transport=self.transport,
                                        should_stop=self.stopping)
            finally:
                release_memory()
            for report in reports:
                logs.log_report(report, config)
            return reports
        return []

    def retry_step(self, *, now: datetime | None = None) -> list[Outcome]:
        """Retry failed deliveries whose back-off has passed; [] when none were due.

        ``digest_step`` (the tick) does this too; this is the retries alone, for callers
        that want no new slot started.
        """
        with self._lock, _guard("retry"):
            config = self.config
            now = now or clock.now(config.tz)
            # dispatch logs each retry (recipient, slot, outcome) itself.
            return dispatch.retry_failed(config, self.store, now=now, transport=self.transport,
                                         should_stop=self.stopping)
        return []

    def housekeeping(self, *, now: datetime | None = None) -> Housekeeping:
        """Take in new minutes, then tick: the start-up pass, and every minute after.

        Files first, so that minutes dropped in before a digest falls due are in it. The tick
        (not just the retries) runs every minute because it is cheap and it is what makes a
        slot whose scheduler wake-up was missed still go out, from the ledger.
        """
        files: list[FileOutcome] = []
        if self._scan_due():
            files = self.watch_step()
            if self.watcher is not None and self.watcher.unsettled:
                # Just copied in: give them a moment rather than send a digest without them.
                time.sleep(SETTLE_SECONDS)
                files += self.watch_step()
        return Housekeeping(files=files, reports=self.digest_step(now=now))

    def _scan_due(self) -> bool:
        """``watch.interval_seconds`` may be longer than the housekeeping minute."""
        moment = time.monotonic()
        # A second's slack: the interval trigger's wake-ups jitter by milliseconds.
        if moment - self._last_scan < self.config.watch.interval_seconds - 1:
            return False
        self._last_scan = moment
        return True

    def next_digest(self, now: datetime | None = None) -> str:
        """When the next digest is due, in local time, for logs and status."""
        tz = self.config.tz
        trigger = self.config.schedule.trigger(tz)
        moment = trigger.get_next_fire_time(None, (now or clock.now(tz)).astimezone(tz))
        return f"{moment:%a %d %b %Y %H:%M %Z}" if moment else "never"

    # ------------------------------------------------------------------ config

    def reload(self) -> bool:
        """SIGHUP: re-read the config file; keep the running one if the new one is invalid."""
        path = self.config.path
        try:
            new = config_module.load(path)
        except ConfigError as exc:
            log.error("config reload refused, still running the previous config: %s", exc)
            return False
        if new.database_url != self.config.database_url:
            log.warning(
                "config reload: database changed to %s; restart the service to switch "
                "(still using %s)", redact(new.database_url), redact(self.config.database_url)
            )
        with self._lock:
            old, self.config = self.config, new
            if new.watch.folder != old.watch.folder:
                self.watcher = self._watcher_for(new)
            if self.scheduler is not None:
                self.scheduler.reschedule_job("digest", trigger=new.schedule.trigger(new.tz))
                self.scheduler.reschedule_job("housekeeping", trigger=_every(new))
        log.info("config reloaded from %s; next digest %s", path, self.next_digest())
        return True

    def _watcher_for(self, config: Config) -> Watcher | None:
        if not config.watch.folder:
            return None
        folder = config.resolve_path(config.watch.folder)

        def ingest(path: Path) -> IngestResult:
            # Imported here: without a watched folder the daemon never loads the extractors
            # (pdfplumber, python-docx), which are most of its start-up time and memory.
            from reminders.ingest import ingest_file

            # cancel: a SIGTERM stops the file being read at once (it is read after restart).
            return ingest_file(self.store, path, self.config, cancel=lambda: self.stopping())

        from reminders.watch_memory import FileMemory

        return Watcher(folder, ingest, memory=FileMemory(self.store), report=logs.log_file)

    # ------------------------------------------------------------------ scheduler

    def start_scheduler(self, *, paused: bool = False) -> BackgroundScheduler:
        """The digest on its trigger (local wall-clock time, DST-aware) and housekeeping.

        ``paused`` schedules the jobs without running any (to inspect them).
        """
        config = self.config
        scheduler = BackgroundScheduler(
            jobstores={"default": MemoryJobStore()},
            executors={"default": ThreadPoolExecutor(max_workers=1)},
            job_defaults={
                "coalesce": True,  # a backlog of wake-ups is one run
                "max_instances": 1,
                # However late a wake-up is, run it: what is due is decided by the ledger.
                "misfire_grace_time": None,
            },
            timezone=config.tz,
        )
        scheduler.add_job(
            self._digest_job, config.schedule.trigger(config.tz), id="digest", name="digest"
        )
        scheduler.add_job(
            self._housekeeping_job, _every(config), id="housekeeping", name="housekeeping"
        )
        scheduler.start(paused=paused)
        self.scheduler = scheduler
        return scheduler

    def shutdown(self) -> None:
        """Let the step in flight finish; drop the ones not yet started."""
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=True)
            self.scheduler = None

    def _digest_job(self) -> None:
        self.digest_step()
        log.info("next digest %s", self.next_digest())

    def _housekeeping_job(self) -> None:
        self.housekeeping()


def release_memory() -> None:
    """Give the memory of a big run back: a plan and thousands of messages are garbage once
    sent, but CPython's allocator keeps the pages unless glibc is asked to trim them."""
    from reminders import mime, render

    mime.forget()
    render.environment.cache_clear()  # and the next run reads the templates as they are now
    gc.collect()
    if sys.platform.startswith("linux"):
        # Not glibc (musl, Alpine): no malloc_trim; the next run reuses the memory instead.
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6").malloc_trim(0)


def _every(config: Config) -> IntervalTrigger:
    seconds = min(HOUSEKEEPING_SECONDS, config.watch.interval_seconds)
    return IntervalTrigger(seconds=seconds, timezone=config.tz)


@contextmanager
def _guard(step: str) -> Iterator[None]:
    """A failing step logs one line and the service carries on; a bug keeps its traceback."""
    try:
        yield
    except ReminderError as exc:
        log.error("%s: %s", step, exc)
    except OperationalError as exc:
        # The database restarting or unreachable: a state to report, not a bug. Nothing was
        # half done (each unit is its own transaction); the next minute tries again.
        log.error("%s: database unavailable, will retry: %s", step, _first_line(exc.orig or exc))
    except Exception:
        log.exception("%s: unexpected error (a bug: please report it with this traceback)", step)


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]
