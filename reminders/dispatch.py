"""The unit of work ``reminders send`` and the daemon share: plan, claim, render, deliver.

A run of a slot plans as of its day, takes over the slot's rows whose claimer is gone (and
its failed rows when asked: an explicit ``send``), claims the rest in one transaction, then
sends each claimed owner digest, its Message-ID fixed at claim time. The secretariat's
overview goes last, once no other run still holds a row of the slot, with what became of
this slot's deliveries (permanent refusals included), so the secretariat hears in the same
slot. ``should_stop`` is asked between two messages: a stop releases the rows not yet sent,
and the next run resumes them with the same Message-IDs.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from reminders import lease, ledger, slots
from reminders.config import Config
from reminders.digest import SECRETARIAT, Plan, load
from reminders.mailer import Transport, open_transport
from reminders.planning import local_day, plan
from reminders.preview import preview
from reminders.sending import Outcome, Sender
from reminders.store import Store

__all__ = [
    "Outcome",
    "RunReport",
    "preview",
    "retry_failed",
    "run_slot",
    "send_now",
    "slot_at_or_before",
    "slots_due",
    "tick",
]
log = logging.getLogger(__name__)
slot_at_or_before = slots.slot_at_or_before
slots_due = slots.slots_due
Stop = Callable[[], bool]


@dataclass(frozen=True)
class RunReport:
    slot: datetime
    outcomes: tuple[Outcome, ...]
    retried: tuple[tuple[datetime, Outcome], ...] = field(default=())  # other slots' retries
    stopped: bool = False  # asked to stop: what is not sent is released, to resume


def run_slot(config: Config, store: Store, slot: datetime, *, now: datetime,
             dry_run: bool = False, transport: Transport | None = None,
             as_of: date | None = None, should_stop: Stop | None = None,
             retry_now: bool = False) -> RunReport:
    """Plan as of ``now``'s local day (or ``as_of``), then claim, render, deliver, record.

    ``retry_now`` retries the slot's failed rows at once rather than at their retry time.
    ``dry_run`` renders everything and reads the ledger but writes and sends nothing.
    """
    day = as_of or local_day(config, now)
    planned = _plan(config, store, slot, day)
    if dry_run:
        return RunReport(slot.astimezone(config.tz), _dry_run(config, store, planned, slot))
    with lease.Run() as run, _using(config, transport) as wire:
        sender = Sender(config, store, wire, run, now=now, should_stop=should_stop)
        jobs = [sender.job(digest) for digest in planned.digests]
        ledger.take_over(store, run, now=now, smtp_timeout=config.smtp.timeout_seconds,
                         slot=slot, all_failed=retry_now)
        inserted = ledger.claim(store, run, slot, jobs, now=now)
        outcomes = [Outcome(job.recipient, "nothing to send") for job in jobs
                    if job.empty and job.recipient in inserted]
        outcomes += sender.deliver(slot, ledger.held(store, run, slot=slot), planned)
        if not sender.stopped:
            outcomes += sender.overview(slot, planned.overview, _news_since(store, slot))
    found = {o.recipient: o for o in outcomes}
    for row in ledger.slot_rows(store, slot):
        found.setdefault(row.recipient, _earlier(row))
    order = {code: n for n, code in enumerate([*config.recipients, SECRETARIAT])}
    ordered = sorted(found.values(), key=lambda o: (order.get(o.recipient, len(order)),
                                                    o.recipient))
    return RunReport(slot.astimezone(config.tz), tuple(ordered), stopped=sender.stopped)


def retry_failed(config: Config, store: Store, *, now: datetime,
                 transport: Transport | None = None,
                 should_stop: Stop | None = None) -> list[Outcome]:
    """Resend failed rows whose retry time has come, and rows whose claimer is gone."""
    return [o for _, o in _retry(config, store, now=now, transport=transport,
                                 should_stop=should_stop)]


def tick(config: Config, store: Store, *, now: datetime, transport: Transport | None = None,
         should_stop: Stop | None = None) -> list[RunReport]:
    """What the daemon's job calls: due slots, then due retries, over one connection."""
    slots.note_missed(config, store, now)
    reports: list[RunReport] = []
    with _using(config, transport) as wire:
        for slot in slots.slots_due(config, store, now):
            reports.append(run_slot(config, store, slot, now=now, transport=wire,
                                    should_stop=should_stop))
        stopped = any(r.stopped for r in reports) or bool(should_stop and should_stop())
        retried = [] if stopped else _retry(config, store, now=now, transport=wire,
                                            should_stop=should_stop)
    by_slot: dict[datetime, list[Outcome]] = {}
    for slot, outcome in retried:
        by_slot.setdefault(slot, []).append(outcome)
    reports += [RunReport(slot=slot.astimezone(config.tz), outcomes=tuple(found))
                for slot, found in by_slot.items()]
    return reports


def send_now(config: Config, store: Store, *, on: date | None, now: datetime,
             dry_run: bool = False, transport: Transport | None = None,
             should_stop: Stop | None = None) -> RunReport:
    """``reminders send [--on DATE]``: complete the slot of that day (or the latest one).

    Planned as of that day. Rows another run left half done are resumed, the slot's failed
    rows are retried now, and then every other retry that is due: a ``send`` from cron
    completes a slot with no daemon running. A slot already complete sends nothing again.
    """
    day = on or local_day(config, now)
    if on is None:
        moment = now
        slots.note_missed(config, store, now)
    else:
        moment = datetime.combine(day + timedelta(days=1), time(0), config.tz)
        moment -= timedelta(microseconds=1)
    slot = slots.slot_at_or_before(config, moment) or datetime.combine(
        day, time.fromisoformat(config.schedule.time), config.tz)
    with _using(config, transport, dry_run=dry_run) as wire:
        report = run_slot(config, store, slot, now=now, dry_run=dry_run, transport=wire,
                          as_of=day, should_stop=should_stop, retry_now=True)
        if dry_run or report.stopped:
            return report
        retried = _retry(config, store, now=now, transport=wire, should_stop=should_stop)
    return RunReport(report.slot, report.outcomes, tuple(retried))


# --------------------------------------------------------------------------- internals


def _plan(config: Config, store: Store, slot: datetime, day: date) -> Plan:
    """The plan for ``day``; warnings since the last overview before ``slot``, delivery news
    since that overview was planned."""
    with _cycles_uncollected():
        previous = ledger.last_row(store, SECRETARIAT, before=slot)
        with store.session() as session:
            inputs = load(session, warnings_since=previous.slot if previous else None,
                          news_since=previous.claimed_at if previous else None)
        return plan(inputs, config, day)


@contextmanager
def _cycles_uncollected() -> Iterator[None]:
    """Loading and planning allocate a few objects per action and free almost none, so each
    run of the cyclic collector walks every object made so far for nothing: at 100,000
    actions it was 40 % of planning (12.4 s against 7.3 s with it paused). Paused only here,
    where the objects made are the plan itself; whatever cycles appear are collected once it
    resumes."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _news_since(store: Store, slot: datetime) -> datetime | None:
    previous = ledger.last_row(store, SECRETARIAT, before=slot)
    return previous.claimed_at if previous else None


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


def _earlier(row) -> Outcome:
    """A recipient this slot already has a ledger row for, held by no one here."""
    notes = {
        ledger.SENT: "",
        ledger.EMPTY: "handled earlier: nothing to send",
        ledger.SENDING: "being sent by another run",
        ledger.GAVE_UP: f"earlier attempts failed; gave up: {row.error or ''}".rstrip(": "),
    }
    note = notes.get(row.status, f"earlier attempt {row.status}")
    if row.status == ledger.FAILED and row.retry_at:
        note += f"; retry due at {row.retry_at:%Y-%m-%d %H:%M} UTC"
    return Outcome(row.recipient, "already sent", note)


def _dry_run(config: Config, store: Store, planned: Plan, slot: datetime
             ) -> tuple[Outcome, ...]:
    rows = {row.recipient: row for row in ledger.slot_rows(store, slot)}
    found = []
    for key, content in [*((d.code, d) for d in planned.digests),
                         (SECRETARIAT, planned.overview)]:
        if key in rows:
            found.append(_earlier(rows[key]))
        elif config.rules.silent(content):
            found.append(Outcome(key, "nothing to send"))
        else:
            found.append(Outcome(key, "dry run", f"would send to {', '.join(content.to)}: "
                                                 f"{content.counts}"))
    return tuple(found)


def _retry(config: Config, store: Store, *, now: datetime, transport: Transport | None,
           should_stop: Stop | None = None) -> list[tuple[datetime, Outcome]]:
    done: list[tuple[datetime, Outcome]] = []
    with lease.Run() as run:
        ledger.take_over(store, run, now=now, smtp_timeout=config.smtp.timeout_seconds)
        rows = ledger.held(store, run)
        if not rows:
            return []
        by_slot: dict[datetime, list] = {}
        for row in rows:
            by_slot.setdefault(row.slot, []).append(row)
        with _using(config, transport) as wire:
            sender = Sender(config, store, wire, run, now=now, should_stop=should_stop)
            for slot, held in by_slot.items():
                if sender.stopped:
                    break
                planned = _plan(config, store, slot, local_day(config, now))
                outcomes = sender.deliver(slot, held, planned, retry=True)
                if not sender.stopped and any(r.recipient == SECRETARIAT for r in held):
                    outcomes += sender.overview(slot, planned.overview,
                                                _news_since(store, slot), held=held)
                done += [(slot, outcome) for outcome in outcomes]
            if sender.stopped:
                ledger.release(store, run)
    return done
