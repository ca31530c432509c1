"""Who is sending a row, and whether that run is still alive.

A "sending" row carries its claimer's identity, ``host:pid:token`` (the token is new for
every run, so a process that reuses a dead one's pid - pid 1 in a container - is not taken
for it), and a heartbeat the run refreshes while it works. Another run may take the row over
when the claimer is provably gone or has stopped beating:

* same host, and no process has that pid (kill -9, a crash, a reboot): at once;
* same host and pid, but a token no run in this process holds (an earlier run of this very
  process that died with an exception): at once;
* otherwise (another host sharing a PostgreSQL database, or a live pid): when the heartbeat
  is older than the lease, which is longer than one SMTP timeout plus a margin, so a live run
  waiting on a slow server is never overtaken.
"""

from __future__ import annotations

import os
import socket
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

HEARTBEAT_SECONDS = 10.0  # a run refreshes its rows' heartbeat this often while it works
_live: set[str] = set()  # tokens of the runs active in this process
_lock = threading.Lock()


@dataclass(frozen=True)
class Claimer:
    host: str
    pid: int
    token: str

    def __str__(self) -> str:
        return f"{self.host}:{self.pid}:{self.token}"

    @classmethod
    def parse(cls, text: str | None) -> Claimer | None:
        parts = (text or "").rsplit(":", 2)
        if len(parts) != 3 or not parts[1].isdigit():
            return None
        return cls(parts[0], int(parts[1]), parts[2])


def lease(smtp_timeout: float) -> timedelta:
    """How long a silent claimer on another host is trusted: one SMTP timeout, twice, and
    a minute for the database."""
    return timedelta(seconds=2 * smtp_timeout + HEARTBEAT_SECONDS + 60)


class Run:
    """A live claimer: ``with Run() as me:`` registers its token for the run's duration."""

    def __init__(self) -> None:
        self.claimer = Claimer(socket.gethostname(), os.getpid(), uuid.uuid4().hex[:12])

    def __str__(self) -> str:
        return str(self.claimer)

    def __enter__(self) -> Run:
        with _lock:
            _live.add(self.claimer.token)
        return self

    def __exit__(self, *exc_info) -> None:
        with _lock:
            _live.discard(self.claimer.token)


def abandoned(claimer: str | None, heartbeat: datetime | None, *, now: datetime,
              smtp_timeout: float) -> bool:
    """True when the run holding a "sending" row is gone and the row may be taken over."""
    who = Claimer.parse(claimer)
    if who is None or heartbeat is None:
        return True  # released on purpose (a stop), or written before leases existed
    if who.host == socket.gethostname():
        if who.pid == os.getpid():
            with _lock:
                return who.token not in _live
        if not _pid_alive(who.pid):
            return True
    return heartbeat <= now - lease(smtp_timeout)


def _pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists here; a zombie (killed, not yet reaped by its
    parent) is dead for our purposes."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rpartition(")")[2].split()[0] != "Z"
    except (OSError, IndexError):
        return True
