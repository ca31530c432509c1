"""The unit of work the CLI and the daemon call: plan, claim, render, deliver, record.

Slots are the schedule's fire times (``config.schedule.trigger``), in the configured zone,
so 07:30 stays 07:30 local across the clock changes. Which slots are done is read from the
ledger, never from scheduler memory: a slot is handled once its secretariat row exists, and
that row is written last, after every owner's row. A run that dies half-way therefore leaves
its slot unhandled; the next tick runs it again and the ledger skips whoever already has a
row. A recipient whose send failed does not hold its slot open: ``retry_failed`` retries it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from email.message import EmailMessage

from reminders import ledger
from reminders.clock import as_utc
from reminders.config import Config
from reminders.digest import SECRETARIAT, Digest, Overview, Plan, load, local_day, plan
from reminders.errors import DeliveryError, ReminderError
from reminders.mailer import Transport, open_transport
from reminders.models import Delivery
from reminders.render import compose_digest, compose_overview, mail_domain, render
from reminders.store import Store

log = logging.getLogger(__name__)

# With catch_up_days = 0 a tick that fires a moment after the slot must still find it.
CATCH_UP_GRACE = timedelta(hours=1)
_LOOKBACKS = (1, 8, 32, 366, 366 * 8)  # days searched for the previous slot, widening


@dataclass(frozen=True)
class Outcome:
    recipient: str
    status: str  # "sent" | "nothing to send" | "failed" | "already sent" | "dry run"
    detail: str = ""  # counts or the error, one line

    def __str__(self) -> str:
        """'CC: sent (2 overdue, 1 due soon)', 'ACC: failed: SMTP ... refused': for the CLI."""
        if self.status == "failed":
            return f"{self.recipient}: failed: {self.detail}"
        return f"{self.recipient}: {self.status}" + (f" ({self.detail})" if self.detail else "")


@dataclass(frozen=True)
class RunReport:
    slot: datetime
    outcomes: tuple[Outcome, ...]


def slot_at_or_before(config: Config, moment: datetime) -> datetime | None:
    """The latest scheduled slot <= ``moment``, aware in ``config.tz``; None if none in years."""
    for days in _LOOKBACKS:
        times = _fire_times(config, moment - timedelta(days=days), moment)
        if times:
            return times[-1]
    return None


def slots_due(config: Config, store: Store, now: datetime) -> list[datetime]:
    """The newest slot in (now - catch_up_days, now] that the ledger has not handled.

    A list of at most one: every digest is planned as of now, so after an outage one digest
    says everything the missed ones would have, and a daily schedule back from three days
    down sends one email, not three identical ones. Slots older than the newest handled one
    are superseded, never sent late.
    """
    lookback = max(timedelta(days=config.schedule.catch_up_days), CATCH_UP_GRACE)
    times = _fire_times(config, now - lookback + timedelta(microseconds=1), now)
    done = {slot for slot in times if as_utc(slot) in ledger.handled(store, SECRETARIAT, times)}
    newest_done = max(done, default=None)
    pending = [s for s in times if s not in done and (newest_done is None or s > newest_done)]
    return pending[-1:]


def run_slot(config: Config, store: Store, slot: datetime, *, now: datetime,
             dry_run: bool = False, transport: Transport | None = None,
             as_of: date | None = None) -> RunReport:
    """Plan as of ``now``'s local day (or ``as_of``), then claim, render, deliver, record.

    Owners first, the secretariat's overview last (its row marks the slot handled).
    ``dry_run`` renders everything and reads the ledger but writes and sends nothing.
    """
    day = as_of or local_day(config, now)
    planned = _plan(config, store, slot, day)
    jobs = [(d.code, d, d.empty) for d in planned.digests]
    jobs.append((SECRETARIAT, planned.overview, planned.overview.empty))
    outcomes = []
    with _using(config, transport, dry_run=dry_run) as wire:
        for key, content, empty in jobs:
            outcomes.append(_one(config, store, wire, key=key, content=content, empty=empty,
                                 slot=slot, now=now, dry_run=dry_run))
    for outcome in outcomes:
        log.info("digest %s %s", slot.isoformat(), outcome)
    return RunReport(slot=slot.astimezone(config.tz), outcomes=tuple(outcomes))


def retry_failed(config: Config, store: Store, *, now: datetime,
                 transport: Transport | None = None) -> list[Outcome]:
    """Resend failed rows whose retry time has come, and rows a crash left "sending"."""
    return [outcome for _, outcome in _retry(config, store, now=now, transport=transport)]


def tick(config: Config, store: Store, *, now: datetime,
         transport: Transport | None = None) -> list[RunReport]:
    """What the daemon's job calls: due slots, then due retries, over one connection.

    Returns what it did, one report per slot touched; empty when there was nothing to do.
    """
    reports: list[RunReport] = []
    due = slots_due(config, store, now)
    with _using(config, transport) as wire:
        for slot in due:
            reports.append(run_slot(config, store, slot, now=now, transport=wire))
        retried = _retry(config, store, now=now, transport=wire)
    by_slot: dict[datetime, list[Outcome]] = {}
    for slot, outcome in retried:
        by_slot.setdefault(slot, []).append(outcome)
    reports += [RunReport(slot=slot.astimezone(config.tz), outcomes=tuple(found))
                for slot, found in by_slot.items()]
    return reports


def send_now(config: Config, store: Store, *, on: date | None, now: datetime,
             dry_run: bool = False, transport: Transport | None = None) -> RunReport:
    """``reminders send [--on DATE]``: the slot of that day (or the latest one), planned as
    of that day. The ledger still applies: a slot already handled sends nothing again."""
    day = on or local_day(config, now)
    if on is None:
        moment = now
    else:
        moment = datetime.combine(day + timedelta(days=1), time(0), config.tz)
        moment -= timedelta(microseconds=1)
    slot = slot_at_or_before(config, moment) or datetime.combine(
        day, time.fromisoformat(config.schedule.time), config.tz)
    return run_slot(config, store, slot, now=now, dry_run=dry_run, transport=transport,
                    as_of=day)


def preview(config: Config, store: Store, *, on: date, owner: str | None = None,
            fmt: str = "text") -> str:
    """``reminders digest``: what would be sent on ``on``; renders, sends and records nothing.

    ``owner`` is a recipient code or alias, or "secretariat" for the overview; without it
    every recipient is shown, those with nothing to say as one line.
    """
    if fmt not in ("text", "html"):
        raise ReminderError(f"unknown format {fmt!r}", "use text or html")
    moment = datetime.combine(on, time(12), config.tz)
    planned = _plan(config, store, moment, on)
    if owner is None:
        keys = [*config.recipients, SECRETARIAT]
    elif owner.strip().casefold() == SECRETARIAT:
        keys = [SECRETARIAT]
    elif code := config.recipient_for(owner):
        keys = [code]
    else:
        known = ", ".join([*config.recipients, SECRETARIAT])
        raise ReminderError(f"no recipient {owner!r} in {config.path}", f"use one of {known}")
    shown = []
    for key in keys:
        content = planned.overview if key == SECRETARIAT else planned.digest_for(key)
        if content.empty and owner is None and not config.rules.send_empty:
            shown.append(f"{key}: nothing to send")
            continue
        name = "overview" if key == SECRETARIAT else "digest"
        context = {"overview": content, "slot": moment} if key == SECRETARIAT else {
            "digest": content, "escalation": config.mail.escalation}
        parts = render(config, name, **context)
        if fmt == "html":
            shown.append(parts.html)
        else:
            cc = f"Cc: {', '.join(content.cc)}\n" if key != SECRETARIAT and content.cc else ""
            shown.append(f"To: {', '.join(content.to)}\n{cc}Subject: {parts.subject}\n\n"
                         f"{parts.text}")
    return ("\n" + "=" * 72 + "\n").join(shown)


# --------------------------------------------------------------------------- internals


def _fire_times(config: Config, start: datetime, end: datetime) -> list[datetime]:
    """Every slot in [start, end], in the configured zone."""
    trigger = config.schedule.trigger(config.tz)
    found: list[datetime] = []
    moment = trigger.get_next_fire_time(None, start.astimezone(config.tz))
    while moment is not None and moment <= end:
        found.append(moment)
        moment = trigger.get_next_fire_time(moment, moment)
    return found


def _plan(config: Config, store: Store, slot: datetime, day: date) -> Plan:
    """The plan for ``day``; warnings and lost mail since the last overview before ``slot``."""
    since = ledger.last_slot(store, SECRETARIAT, before=slot)
    with store.session() as session:
        inputs = load(session, warnings_since=since, gave_up_since=since, before=as_utc(slot))
    return plan(inputs, config, day)


@contextmanager
def _using(config: Config, transport: Transport | None, *, dry_run: bool = False
           ) -> Iterator[Transport | None]:
    """The caller's transport or the configured one, entered for this run (none if dry).

    Transports are re-entrant context managers: the connection lives for the outermost run.
    """
    if dry_run:
        yield None
        return
    with transport or open_transport(config) as wire:
        yield wire


def _composer(config: Config, key: str, content: Digest | Overview, slot: datetime,
              now: datetime) -> Callable[[str], EmailMessage]:
    compose = compose_overview if key == SECRETARIAT else compose_digest
    return lambda message_id: compose(config, content, message_id=message_id, when=now,
                                      slot=slot)


def _summary(config: Config, content: Digest | Overview) -> str:
    """'2 overdue, 1 due soon', plus who was copied on escalated actions."""
    if isinstance(content, Digest) and content.escalated:
        copied = [a for a in config.mail.escalation if a in content.cc or a in content.to]
        who = ", ".join(copied) if copied else "nobody: mail.escalation is empty"
        return f"{content.counts}; {len(content.escalated)} escalated, cc {who}"
    return content.counts


def _one(config: Config, store: Store, wire: Transport | None, *, key: str,
         content: Digest | Overview, empty: bool, slot: datetime, now: datetime,
         dry_run: bool) -> Outcome:
    """Handle one recipient of one slot."""
    if empty and not config.rules.send_empty:
        if dry_run:
            earlier = ledger.find(store, key, slot)
            return _earlier(key, earlier) if earlier else Outcome(key, "nothing to send")
        if ledger.record_empty(store, key, slot, now=now):
            return Outcome(key, "nothing to send")
        return _earlier(key, ledger.find(store, key, slot))
    # Compose before claiming: a broken template fails the run before any row is written.
    message_id = ledger.new_message_id(mail_domain(config))
    message = _composer(config, key, content, slot, now)(message_id)
    if dry_run:
        earlier = ledger.find(store, key, slot)
        if earlier:
            return _earlier(key, earlier)
        return Outcome(key, "dry run", f"would send to {', '.join(content.to)}: "
                                       f"{_summary(config, content)}")
    counts = (len(content.overdue), len(content.due_soon)) if isinstance(content, Digest) else (
        content.overdue_count, len(content.due_soon))
    claimed = ledger.claim(store, key, slot, now=now, message_id=message_id,
                           to=(*content.to, *getattr(content, "cc", ())),
                           overdue=counts[0], due_soon=counts[1])
    if claimed is None:
        return _earlier(key, ledger.find(store, key, slot))
    return _send(config, store, wire, claimed, message, now=now,
                 detail=_summary(config, content))


def _send(config: Config, store: Store, wire: Transport, claimed: ledger.Claim,
          message: EmailMessage, *, now: datetime, detail: str) -> Outcome:
    try:
        wire.send(message, slot=claimed.slot, recipient=claimed.recipient)
    except DeliveryError as exc:
        row = ledger.mark_failed(store, claimed, str(exc), now=now, schedule=config.schedule)
        if row.status == ledger.GAVE_UP:
            return Outcome(claimed.recipient, "failed",
                           f"{exc}; gave up after {row.attempts} attempts")
        when = row.retry_at.astimezone(config.tz)
        return Outcome(claimed.recipient, "failed", f"{exc}; will retry at {when:%H:%M}")
    ledger.mark_sent(store, claimed, now=now)
    return Outcome(claimed.recipient, "sent", detail)


def _earlier(key: str, row: Delivery | None) -> Outcome:
    """A recipient this slot already has a ledger row for, and what became of it."""
    notes = {
        ledger.SENT: "",
        ledger.EMPTY: "handled earlier: nothing to send",
        ledger.SENDING: "being sent by another run",
        ledger.GAVE_UP: "earlier attempts failed; gave up",
    }
    if row is None:  # pragma: no cover - a row vanished between claim and read
        return Outcome(key, "already sent")
    note = notes.get(row.status, f"earlier attempt {row.status}")
    if row.status == ledger.FAILED and row.retry_at:
        note += f"; retry due at {row.retry_at:%Y-%m-%d %H:%M} UTC"
    return Outcome(key, "already sent", note)


def _retry(config: Config, store: Store, *, now: datetime,
           transport: Transport | None) -> list[tuple[datetime, Outcome]]:
    rows = ledger.due_for_retry(store, now=now)
    if not rows:
        return []
    plans: dict[datetime, Plan] = {}
    done: list[tuple[datetime, Outcome]] = []
    with _using(config, transport) as wire:
        for row in rows:
            claimed = ledger.reclaim(store, row, now=now)
            if claimed is None:
                continue  # another run took it
            slot = claimed.slot
            if slot not in plans:
                plans[slot] = _plan(config, store, slot, local_day(config, now))
            planned = plans[slot]
            key = claimed.recipient
            content = planned.overview if key == SECRETARIAT else planned.digest_for(key)
            if content is None:
                ledger.give_up(store, claimed, f"{key} is no longer a recipient in config.toml")
                done.append((slot, Outcome(key, "failed", "no longer a recipient; gave up")))
                continue
            if content.empty and not config.rules.send_empty:
                ledger.mark_empty(store, claimed, note="nothing left to send when retried")
                done.append((slot, Outcome(key, "nothing to send", "retry")))
                continue
            message = _composer(config, key, content, slot, now)(claimed.message_id)
            outcome = _send(config, store, wire, claimed, message, now=now,
                            detail=f"retry: {_summary(config, content)}")
            done.append((slot, outcome))
            log.info("retry %s %s", slot.isoformat(), outcome)
    return done
