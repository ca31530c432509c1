"""Compose the next digests while the current one is on the wire.

Why: a send spends most of each message waiting, on the SMTP server's replies and on the
database's commit, and most of the rest composing the next message. Both waits release
the interpreter lock, so one worker thread composing a few messages ahead turns the waits
into composing time. Composing reads only the plan and the config (no database, no
socket), so doing it early changes nothing a crash could see: a message composed but not
yet sent is simply dropped. The order of sending, and everything recorded, stays in the
caller's thread.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from email.message import EmailMessage

from reminders.config import Config
from reminders.digest import Digest, Plan
from reminders.mime import to_bytes
from reminders.models import Delivery
from reminders.render import compose_digest

AHEAD = 2  # messages composed ahead: enough to cover one wait, little memory held
# The caller's thread wakes on a server reply or after a SQLite step while the worker may
# hold the lock, and then waits up to the switch interval for it: the default 5 ms would be
# added to every SMTP round trip. 50 us: in alternating runs at 2,000 recipients the sending
# loop took 6.85 s against 8.59 s at 0.5 ms (medians of five; README "Delivery, measured").
SWITCH_SECONDS = 0.00005

Composed = tuple[EmailMessage, bytes]


class Composer:
    """``with Composer(...) as c: for row, content, composed in c.ahead(rows, plan)``."""

    def __init__(self, config: Config, slot: datetime, *, now: datetime) -> None:
        self.config, self.slot, self.now = config, slot, now

    def __enter__(self) -> Composer:
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="compose")
        self._switch = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch, SWITCH_SECONDS))
        return self

    def __exit__(self, *exc_info) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)  # a stop drops what is ahead
        sys.setswitchinterval(self._switch)

    def ahead(self, rows: list[Delivery], planned: Plan
              ) -> Iterator[tuple[Delivery, Digest | None, Future[Composed] | None]]:
        """Each row with its planned digest (None: no longer a recipient) and its message
        being composed (None: nothing to send), ``AHEAD`` rows in advance."""
        queue: deque = deque()
        upcoming = iter(rows)
        while True:
            while len(queue) < AHEAD + 1:
                row = next(upcoming, None)
                if row is None:
                    break
                queue.append(self._submit(row, planned.digest_for(row.recipient)))
            if not queue:
                return
            yield queue.popleft()

    def _submit(self, row: Delivery, content: Digest | None):
        if content is None or self.config.rules.silent(content):
            return row, content, None
        return row, content, self._pool.submit(self._compose, content, row.message_id)

    def _compose(self, content: Digest, message_id: str) -> Composed:
        message = compose_digest(self.config, content, message_id=message_id, when=self.now,
                                 slot=self.slot)
        return message, to_bytes(message)
