"""``reminders run``: the process around a ``Daemon``, from start-up to a clean exit.

The daemon's steps are driven by its scheduler's worker thread; this is the main thread's
part: read the config, open the store, do the start-up pass, then wait on the signal flags
(SIGTERM and SIGINT stop between two messages, SIGHUP reloads) until it is time to stop.
"""

from __future__ import annotations

import logging
import signal
import threading
from pathlib import Path
from types import FrameType
from typing import Any

from reminders import __version__, logs
from reminders import config as config_module
from reminders.config import Config
from reminders.daemon import Daemon
from reminders.store import Store, redact

# The service's lines keep one logger name, whichever module writes them (as in logs.py).
log = logging.getLogger("reminders.daemon")

POLL_SECONDS = 0.2  # how often the main thread looks at the signal flags
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def _describe(config: Config) -> str:
    delivery = (
        f"smtp {config.smtp.host}:{config.smtp.port}"
        if config.smtp.host
        else f"outbox {config.resolve_path(config.mail.outbox)}"
    )
    folder = config.resolve_path(config.watch.folder) if config.watch.folder else "off"
    return (
        f"config={config.path.resolve()} database={redact(config.database_url)} "
        f"timezone={config.timezone} delivery={delivery} watch={folder}"
    )


class _Signals:
    """Flags set by signal handlers; the main loop acts on them.

    A handler only sets an attribute: taking a lock there (``Event.set``) can deadlock if
    the signal lands while the main thread holds that same lock.
    """

    def __init__(self) -> None:
        self.stop = False
        self.reload = False
        self.previous: dict[int, Any] = {}

    def install(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return  # only the main thread may set handlers; the caller stops us by event
        for signum in STOP_SIGNALS:
            self.previous[signum] = signal.signal(signum, self._on_stop)
        if hasattr(signal, "SIGHUP"):
            self.previous[signal.SIGHUP] = signal.signal(signal.SIGHUP, self._on_hup)

    def restore(self) -> None:
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)
        self.previous.clear()

    def _on_stop(self, signum: int, _frame: FrameType | None) -> None:
        self.stop = True

    def _on_hup(self, signum: int, _frame: FrameType | None) -> None:
        self.reload = True


def run(config_path: Path | None, *, stop_event: threading.Event | None = None) -> int:
    """Run the service in the foreground until SIGTERM/SIGINT (or ``stop_event``); 0 then.

    Start-up ingests the watched folder and sends any digest missed while down before the
    scheduler starts, so a SIGTERM or a set ``stop_event`` never cuts the catch-up short.
    Raises ConfigError or StoreError (the CLI prints them) if it cannot start at all.
    """
    config = config_module.load(config_path)
    unconfigure_logging = logs.configure_logging()
    stop_event = stop_event or threading.Event()
    signals = _Signals()
    signals.install()
    store = None
    daemon = None
    stopped = False
    try:
        store = Store(config.database_url)
        daemon = Daemon(config, store)
        log.info("started reminders %s %s", __version__, _describe(config))
        # A stop is honoured between two messages, even in the start-up catch-up: what was
        # not sent is released in the ledger and resumed on the next start, same Message-IDs.
        daemon.stopping = lambda: signals.stop or stop_event.is_set()
        daemon.housekeeping()
        if not daemon.stopping():
            daemon.start_scheduler()
            log.info("next digest %s", daemon.next_digest())
        while not daemon.stopping():
            stop_event.wait(POLL_SECONDS)
            if signals.reload:
                signals.reload = False
                daemon.reload()
        log.info("stopping: finishing the message in flight")
        stopped = True
    finally:
        if daemon is not None:
            daemon.shutdown()
        if store is not None:
            store.close()
        signals.restore()
        if stopped:
            log.info("stopped")
        unconfigure_logging()
    return 0
