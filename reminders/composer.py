"""Compose the run's digests in forked processes while this one sends them.

Why processes: sending is one interpreter's work (the SMTP client, the ledger's commit after
each message) and composing a digest costs as much again or far more (Jinja, the MIME tree,
its bytes). Under one interpreter lock a composing thread could only fill the waits, and
every wake-up from a server reply or a SQLite step then waited for the lock back; forked
processes compose on the other cores. They are forked after planning, so they hold the plan
and the config as they are (nothing is pickled but each finished message), read no
database and open no socket, and each writes its share of the messages' bytes in row order
into a pipe, whose buffer bounds how far ahead it runs. Composing early changes nothing a
crash could see: a message composed but not sent is dropped with the process. The order
of sending, and everything recorded, stays in the caller.

Where ``fork`` does not exist, or for a single message, messages are composed in line.
"""

from __future__ import annotations

import gc
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
# Composing processes: each takes every n-th message. Sending and recording a message costs
# ~2 ms; composing one ~2 ms plus ~0.16 ms per action it lists (README "Delivery,
# measured"), so a composer keeps up with the sender until digests list about a dozen
# actions, and big digests want one more per dozen. More than the cores only queue.
MAX_WORKERS = min(os.cpu_count() or 1, 4)
ACTIONS_PER_WORKER = 12
Job = tuple[Digest, str]  # a digest and its Message-ID


class Composer:
    """``with Composer(...) as c: for row, content, letter in c.ahead(rows, plan)``."""

    def __init__(self, config: Config, slot: datetime, *, now: datetime) -> None:
        self.config, self.slot, self.now = config, slot, now
        self._children: list[multiprocessing.process.BaseProcess] = []
        self._pipes: list[Connection] = []

    def __enter__(self) -> Composer:
        return self

    def __exit__(self, *exc_info) -> None:
        """A stop, or an error, drops what was composed ahead with the process."""
        pipes, children, self._pipes, self._children = self._pipes, self._children, [], []
        for pipe in pipes:
            pipe.close()
        for child in children:  # done, or composing what will not be sent
            child.kill()
            child.join()

    def ahead(self, rows: list[Delivery], planned: Plan
              ) -> Iterator[tuple[Delivery, Digest | None, Letter | None]]:
        """Each row with its planned digest (None: no longer a recipient) and its message
        (None: nothing to send), in the rows' order."""
        contents = [(row, planned.digest_for(row.recipient)) for row in rows]
        jobs = [(content, row.message_id) for row, content in contents
                if content is not None and not self.config.rules.silent(content)]
        listed = sum(len(content.overdue) + len(content.due_soon) for content, _ in jobs)
        mean = listed // max(len(jobs), 1)
        letters = self._letters(jobs, workers=1 + mean // ACTIONS_PER_WORKER)
        for row, content in contents:
            if content is None or self.config.rules.silent(content):
                yield row, content, None
            else:
                yield row, content, next(letters)

    def compose(self, job: Job) -> Letter:
        content, message_id = job
        return Letter.of(compose_digest(self.config, content, message_id=message_id,
                                        when=self.now, slot=self.slot))

    def _letters(self, jobs: list[Job], *, workers: int) -> Iterator[Letter]:
        count = min(workers, MAX_WORKERS, len(jobs) // 2)
        if not FORK or count < 1:
            yield from map(self.compose, jobs)
            return
        self._fork(jobs, count)
        for n in range(len(jobs)):
            reader, child = self._pipes[n % count], self._children[n % count]
            try:
                ok, value = reader.recv()
            except EOFError:
                raise DeliveryError(
                    f"the composing process ended early (exit code {child.exitcode})",
                    "nothing was lost: the rows not sent are resumed by the next run, with "
                    "the same Message-IDs") from None
            if not ok:
                raise value
            yield value

    def _fork(self, jobs: list[Job], count: int) -> None:
        context = multiprocessing.get_context("fork")
        # Frozen, the plan's objects stay out of the children's garbage collections, which
        # would write to every one of them and so copy the parent's pages into each child
        # (at 100,000 actions, rendering took 13.3 s unfrozen, 9.1-10.0 s frozen).
        gc.freeze()
        try:
            for k in range(count):  # child k composes jobs k, k + count, ...
                reader, writer = context.Pipe(duplex=False)
                self._pipes.append(reader)
                child = context.Process(target=_compose_all, name=f"reminders-compose-{k}",
                                        args=(self, jobs[k::count], writer, self._pipes),
                                        daemon=True)
                child.start()
                self._children.append(child)
                writer.close()  # the child's copy is the only writer: its exit ends the pipe
        finally:
            gc.unfreeze()


def _compose_all(composer: Composer, jobs: list[Job], pipe: Connection,
                 readers: list[Connection]) -> None:
    """A child: compose its jobs in order, each into its pipe as soon as it is made.

    The parent's ends of the pipes, inherited by the fork, are closed first: held open
    here they would keep a pipe alive after the parent died, and a child blocked on a full
    one would wait for ever. Stop signals are the parent's (systemd signals the whole
    unit): it stops between two messages and drops the children with what is ahead, and a
    parent killed outright leaves them a broken pipe. An error is handed to the parent,
    raised where the message is taken, as composing in line would raise it.
    """
    for reader in readers:
        reader.close()
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
