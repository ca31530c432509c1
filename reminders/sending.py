"""Send the rows a run holds, one message at a time, and record each address's outcome.

The ``Sender`` of one run turns claimed rows into messages (composed with the row's fixed
Message-ID, to the addresses still open), hands them to the transport and records what the
server said. Between two messages it asks ``should_stop`` and refreshes the run's
heartbeat, so a stop takes effect within one message and a live run is never taken over.
A server that took the data and dropped the connection is tried once more at once on a fresh
connection; a second drop gives the row up (``ledger.DROP_LIMIT``): it may well have been
delivered twice already.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy.engine import Connection

from reminders import attempts, lease, ledger
from reminders import digest as planner
from reminders.addresses import bare
from reminders.calendar import on_sent
from reminders.composer import Composer
from reminders.config import Config
from reminders.digest import SECRETARIAT, Digest, Overview, Plan
from reminders.mailer import Attempt, Letter, Transport
from reminders.models import Delivery, DeliveryAddress
from reminders.render import compose_overview, mail_domain
from reminders.store import Store

log = logging.getLogger("reminders.dispatch")


@dataclass(frozen=True)
class Outcome:
    recipient: str
    # "sent" | "nothing to send" | "failed" | "gave up" | "already sent" | "dry run"
    status: str
    detail: str = ""  # counts or the error, one line

    def __str__(self) -> str:
        """'CC: sent (2 overdue, 1 due soon)', 'ACC: failed: SMTP ... refused': for the CLI."""
        if self.status in ("failed", "gave up"):
            return f"{self.recipient}: {self.status}: {self.detail}"
        return f"{self.recipient}: {self.status}" + (f" ({self.detail})" if self.detail else "")


class Sender:
    """One run's delivery loop over one transport."""

    def __init__(self, config: Config, store: Store, wire: Transport, run: lease.Run, *,
                 now: datetime, should_stop: Callable[[], bool] | None = None) -> None:
        self.config, self.store, self.wire, self.run = config, store, wire, run
        self.now = now
        self.should_stop = should_stop
        self.stopped = False
        self.domain = mail_domain(config)
        self._started = self._beaten = time.monotonic()

    # ------------------------------------------------------------------ claiming

    def job(self, content: Digest | Overview, code: str | None = None) -> ledger.Job:
        """The ledger row for one planned message; an empty one when there is nothing to say."""
        code = code or content.code
        if self.config.rules.silent(content):
            return ledger.Job(code)
        copied = set(getattr(content, "escalation_copied", ()) or ())
        pairs: dict[str, str] = {}
        for address in content.to:
            pairs.setdefault(bare(address), "to")
        for address in getattr(content, "cc", ()):
            pairs.setdefault(bare(address), "escalation" if address in copied else "cc")
        counts = ((len(content.overdue), len(content.due_soon)) if isinstance(content, Digest)
                  else (content.overdue_count, len(content.due_soon)))
        return ledger.Job(code, ledger.new_message_id(self.domain), tuple(pairs.items()),
                          *counts)

    # ------------------------------------------------------------------ sending

    def stopping(self) -> bool:
        if not self.stopped and self.should_stop is not None and self.should_stop():
            self.stopped = True
        return self.stopped

    def deliver(self, slot: datetime, rows: list[Delivery], planned: Plan, *,
                retry: bool = False) -> list[Outcome]:
        """Send the owner rows among ``rows`` (held by this run); the overview is separate."""
        owners = [row for row in rows if row.recipient != SECRETARIAT]
        addresses = ledger.open_addresses(self.store, [row.id for row in owners])
        done: list[Outcome] = []
        with Composer(self.config, slot, now=self.now) as composer:
            for row, content, letter in composer.ahead(owners, planned):
                if self.stopping():
                    ledger.release(self.store, self.run)
                    break
                self._beat()
                if content is None:
                    ledger.give_up(self.store, row, f"{row.recipient} is no longer a "
                                                    "recipient in config.toml", now=self.now)
                    done.append(Outcome(row.recipient, "gave up", "no longer a recipient"))
                    continue
                if letter is None:
                    ledger.mark_empty(self.store, row, note="nothing left to send when resumed",
                                      now=self.now)
                    done.append(Outcome(row.recipient, "nothing to send", "resumed"))
                    continue
                summary = _summary(self.config, content)
                done.append(self._send(row, letter, addresses[row.id],
                                       f"retry: {summary}" if retry else summary,
                                       on_sent(row.recipient, slot, content)))
        return done

    def said(self, slot: datetime, outcome: Outcome) -> Outcome:
        """Log one recipient's outcome as it happens (the service's journal follows along)."""
        log.log(logging.WARNING if outcome.status in ("failed", "gave up") else logging.INFO,
                "digest %s %s", slot.isoformat(), outcome)
        return outcome

    def overview(self, slot: datetime, overview: Overview, since: datetime | None, *,
                 held: list[Delivery] | None = None) -> list[Outcome]:
        """The secretariat's overview of ``slot``, with this slot's delivery news, once no
        other run still holds one of the slot's rows (that run sends it)."""
        mine = str(self.run)
        rows = ledger.slot_rows(self.store, slot)
        if any(r.status == ledger.SENDING and r.claimer != mine for r in rows):
            return []
        existing = next((r for r in rows if r.recipient == SECRETARIAT), None)
        if existing is not None and existing.claimer != mine:
            return []
        with self.store.session() as session:
            news = planner.load_news(session, since=since)
        content = replace(overview, **planner.news(planner.Inputs(actions=(), **news),
                                                   self.config))
        if existing is None:
            job = self.job(content, SECRETARIAT)
            ledger.claim(self.store, self.run, slot, [job], now=self.now)
            if job.empty:
                return [Outcome(SECRETARIAT, "nothing to send")]
            existing = next((r for r in ledger.held(self.store, self.run, slot=slot)
                             if r.recipient == SECRETARIAT), None)
            if existing is None:
                return []  # another run claimed it a moment before us
        elif self.config.rules.silent(content):
            ledger.mark_empty(self.store, existing, note="nothing left to send when resumed",
                              now=self.now)
            return [Outcome(SECRETARIAT, "nothing to send", "resumed")]
        message = compose_overview(self.config, content, message_id=existing.message_id,
                                   when=self.now, slot=slot)
        addresses = ledger.open_addresses(self.store, [existing.id])[existing.id]
        # The envelope is the row's open addresses when it has them; else the headers'.
        letter = Letter.of(message, to=[a.address for a in addresses] or None)
        return [self._send(existing, letter, addresses, content.counts)]

    def _send(self, row: Delivery, letter: Letter, addresses: list[DeliveryAddress],
              detail: str, then: Callable[[Connection], None] | None = None) -> Outcome:
        """Offer the message to the row's open addresses (all of its own on a first
        attempt), then record the outcome (and ``then``, the listed actions' history, when
        it was sent) in one commit."""
        if addresses:
            letter = replace(letter, recipients=tuple(a.address for a in addresses))
        drops = 0
        while True:
            attempt = self.wire.send(letter, slot=row.slot, recipient=row.recipient)
            if not attempt.dropped or row.drops + drops + 1 >= ledger.DROP_LIMIT:
                break
            drops += 1  # the connection is gone; the transport opens a fresh one
        stored = attempts.record(self.store, row, attempt, now=self.now,
                               schedule=self.config.schedule, earlier_drops=drops,
                               on_sent=then)
        return self.said(row.slot, _outcome(self.config, stored, attempt, detail))

    def _beat(self) -> None:
        moment = time.monotonic()
        if moment - self._beaten >= lease.HEARTBEAT_SECONDS:
            elapsed = timedelta(seconds=moment - self._started)
            ledger.heartbeat(self.store, self.run, now=self.now + elapsed)
            self._beaten = moment


def _outcome(config: Config, row: attempts.Recorded, attempt: Attempt, detail: str) -> Outcome:
    if row.status == ledger.SENT:
        if attempt.refused:
            refused = "; ".join(f"{a} ({r})" for a, r in attempt.refused.items())
            detail = f"{detail}; refused: {refused}"
        return Outcome(row.recipient, "sent", detail)
    if row.status == ledger.FAILED:
        when = row.retry_at.astimezone(config.tz)
        return Outcome(row.recipient, "failed", f"{row.error}; will retry at {when:%H:%M}")
    if row.permanent:
        return Outcome(row.recipient, "gave up", f"{row.error} (permanent: not retried)")
    return Outcome(row.recipient, "gave up", f"{row.error}; after {row.attempts} attempts")


def _summary(config: Config, content: Digest) -> str:
    """'2 overdue, 1 due soon', plus who was copied on escalated actions."""
    if content.escalated:
        copied = [a for a in config.mail.escalation if a in content.cc or a in content.to]
        who = ", ".join(copied) if copied else "nobody: mail.escalation is empty"
        return f"{content.counts}; {len(content.escalated)} escalated, cc {who}"
    return content.counts
