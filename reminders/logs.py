"""The service's log lines: one per event, shaped for journald, Docker or a terminal.

Also how a run's results become log lines: one summary per slot (a warning when anything
failed), one line per file taken in from the watched folder.
"""

from __future__ import annotations

import logging
import os
import sys
from collections import Counter
from collections.abc import Callable
from typing import TextIO

from reminders.config import Config
from reminders.dispatch import RunReport
from reminders.watch import FileOutcome

log = logging.getLogger("reminders.daemon")

SYSLOG_PRIORITIES = {"DEBUG": 7, "INFO": 6, "WARNING": 4, "ERROR": 3, "CRITICAL": 2}
PROBLEMS = ("failed", "gave up")



def counts(report: RunReport) -> Counter[str]:
    """Per-status counts, without the slots found already handled (not news)."""
    return Counter(o.status for o in report.outcomes if o.status != "already sent")


def log_report(report: RunReport, config: Config) -> None:
    found = counts(report)
    slot = f"{report.slot.astimezone(config.tz):%a %d %b %Y %H:%M %Z}"
    if not found:
        log.debug("digest of %s: already handled", slot)
        return
    summary = ", ".join(f"{n} {status}" for status, n in sorted(found.items()))
    # The summary of the slot; dispatch has logged one line per recipient already.
    if report.stopped:
        summary += "; stopped: the rest resumes on the next start"
    log.log(logging.WARNING if any(found[p] for p in PROBLEMS) else logging.INFO,
            "digest of %s: %s", slot, summary)


def log_file(outcome: FileOutcome) -> None:
    if outcome.status == "unchanged":
        log.debug("watched folder: %s unchanged", outcome.path.name)
    elif outcome.status in ("new", "updated"):
        log.info("ingested %s: %s", outcome.path.name, outcome.detail)
    else:
        log.warning("watched folder: %s %s: %s", outcome.path.name, outcome.status,
                    outcome.detail)


class LineFormatter(logging.Formatter):
    """``LEVEL message``, one line per event, in the shape the reader's tool wants.

    Under systemd the line is prefixed with a syslog priority (``<4>``), which journald
    strips and stores, so ``journalctl -p warning`` works; journald and Docker both stamp
    each line with the time, so a timestamp of ours would only repeat theirs (in another
    zone). At a terminal nobody stamps the lines, so we do.
    """

    def __init__(self, *, timestamps: bool, journal: bool) -> None:
        super().__init__("%(asctime)s %(levelname)s %(message)s" if timestamps
                         else "%(levelname)s %(message)s", datefmt="%Y-%m-%d %H:%M:%S")
        self.journal = journal

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        if self.journal:
            text = f"<{SYSLOG_PRIORITIES.get(record.levelname, 6)}>{text}"
        return text


def configure_logging(stream: TextIO | None = None) -> Callable[[], None]:
    """Give stderr's handler the daemon's line format; returns how to undo that.

    The CLI has set the levels already (``-v`` for debug); called on its own, the package
    logs at INFO. Undoing matters only when ``run`` is called in-process (tests).
    """
    stream = stream or sys.stderr
    formatter = LineFormatter(timestamps=_isatty(stream), journal=_to_journal(stream))
    root = logging.getLogger()
    package = logging.getLogger("reminders")
    # Only plain stderr handlers: pytest's capture handlers subclass StreamHandler.
    handlers = [h for h in root.handlers if type(h) is logging.StreamHandler
                and getattr(h, "stream", None) is stream]
    added = None if handlers else logging.StreamHandler(stream)
    if added is not None:
        root.addHandler(added)
        handlers = [added]
    previous = {handler: handler.formatter for handler in handlers}
    level = package.level
    for handler in handlers:
        handler.setFormatter(formatter)
    if level == logging.NOTSET:
        package.setLevel(logging.INFO)

    def undo() -> None:
        for handler, old in previous.items():
            handler.setFormatter(old)
        if added is not None:
            root.removeHandler(added)
        package.setLevel(level)

    return undo


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _to_journal(stream: TextIO) -> bool:
    """systemd sets $JOURNAL_STREAM to the device:inode of the journal socket it gave us."""
    value = os.environ.get("JOURNAL_STREAM", "")
    try:
        device, inode = (int(part) for part in value.split(":"))
        info = os.fstat(stream.fileno())
    except (ValueError, OSError, AttributeError):
        return False
    return (info.st_dev, info.st_ino) == (device, inode)
