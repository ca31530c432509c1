"""Compose the run's digests in a second process while this one sends them.

Why a process: sending is one interpreter's work (the SMTP client, the ledger's commit after
each message) and composing a digest costs as much again (Jinja, the MIME tree, its
bytes). Under one interpreter lock a composing thread could only fill the waits, and every
wake-up from a server reply or a SQLite step then waited for the lock back; a forked
process composes on the other core. It is forked after planning, so it holds the plan and
the config as they are (nothing is pickled but each finished message), reads no database
and opens no socket, and writes the messages' bytes in row order into a pipe, whose buffer
bounds how far ahead it runs. Composing early changes nothing a crash could see: a message
composed but not sent is dropped with the process. The order of sending, and everything
recorded, stays in the caller.

Where ``fork`` does not exist the messages are composed in line, one as it is needed.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import traceback
from collections.abc import Iterator
from datetime import datetime
from multiprocessing.connection import Connection

from reminders.config import Config
from reminders.digest import Digest, Plan
from reminders.errors import DeliveryError, ReminderError
from reminders.mailer import Letter
from reminders.models import Delivery
from reminders.render import compose_digest

FORK = hasattr(os, "fork")
Job = tuple[Digest, str]  # a digest and its Message-ID


class Composer:
    """``with Composer(...) as c: for row, content, letter in c.ahead(rows, plan)``."""

    def __init__(self, config: Config, slot: datetime, *, now: datetime) -> None:
        self.config, self.slot, self.now = config, slot, now
        self._child: multiprocessing.process.BaseProcess | None = None
        self._pipe: Connection | None = None

    def __enter__(self) -> Composer:
        return self

    def __exit__(self, *exc_info) -> None:
        """A stop, or an error, drops what was composed ahead with the process."""
        pipe, child, self._pipe, self._child = self._pipe, self._child, None, None
        if pipe is not None:
            pipe.close()
        if child is not None:  # done, or composing what will not be sent
            child.kill()
            child.join()

    def ahead(self, rows: list[Delivery], planned: Plan
              ) -> Iterator[tuple[Delivery, Digest | None, Letter | None]]:
        """Each row with its planned digest (None: no longer a recipient) and its message
        (None: nothing to send), in the rows' order."""
        contents = [(row, planned.digest_for(row.recipient)) for row in rows]
        jobs = [(content, row.message_id) for row, content in contents
                if content is not None and not self.config.rules.silent(content)]
        letters = self._letters(jobs)
        for row, content in contents:
            if content is None or self.config.rules.silent(content):
                yield row, content, None
            else:
                yield row, content, next(letters)

    def compose(self, job: Job) -> Letter:
        content, message_id = job
        return Letter.of(compose_digest(self.config, content, message_id=message_id,
                                        when=self.now, slot=self.slot))

    def _letters(self, jobs: list[Job]) -> Iterator[Letter]:
        if not FORK or len(jobs) < 2:
            yield from map(self.compose, jobs)
            return
        context = multiprocessing.get_context("fork")
        reader, writer = context.Pipe(duplex=False)
        self._pipe = reader
        self._child = context.Process(target=_compose_all, args=(self, jobs, writer),
                                      name="reminders-compose", daemon=True)
        self._child.start()
        writer.close()  # the child's copy is the only writer: its exit ends the pipe
        for _ in jobs:
            try:
                ok, value = reader.recv()
            except EOFError:
                raise DeliveryError(
                    f"the composing process ended early (exit code {self._child.exitcode})",
                    "nothing was lost: the rows not sent are resumed by the next run, with "
                    "the same Message-IDs") from None
            if not ok:
                raise value
            yield value


def _compose_all(composer: Composer, jobs: list[Job], pipe: Connection) -> None:
    """The child: compose every job in order, each into the pipe as soon as it is made.

    Stop signals are the parent's (systemd signals the whole unit): it stops between two
    messages and drops this process with what is ahead, and a parent killed outright
    leaves this one a broken pipe. An error is handed to the parent, raised where the
    message is taken, as composing in line would raise it.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    try:
        for job in jobs:
            pipe.send((True, composer.compose(job)))
    except (BrokenPipeError, ConnectionResetError):
        pass  # the parent stopped taking messages
    except Exception as exc:
        if not isinstance(exc, ReminderError):  # a bug: keep where it happened
            exc.add_note("in the composing process:\n" + "".join(traceback.format_exception(exc)))
        try:
            pipe.send((False, exc))
        except Exception:  # an error that cannot be pickled: its words can
            pipe.send((False, RuntimeError(f"composing a digest failed: {exc!r}")))
    finally:
        pipe.close()
