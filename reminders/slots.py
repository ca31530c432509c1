"""Which scheduled slots exist, which are due, and which were missed.

Slots are the schedule's fire times (``config.schedule.trigger``), in the configured zone,
so 07:30 stays 07:30 local across the clock changes. Which slots are done is read from the
ledger, never from scheduler memory: a slot is handled once its secretariat row exists
(written after every owner's row). A slot that fell out of the catch-up window while nothing
ran is not sent late, but it is not forgotten either: it is recorded (``missed_slot``),
logged, shown by ``status`` and named in the next overview.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from reminders import ledger
from reminders.clock import as_utc
from reminders.config import Config
from reminders.digest import SECRETARIAT
from reminders.store import Store

log = logging.getLogger(__name__)

# With catch_up_days = 0 a tick that fires a moment after the slot must still find it.
CATCH_UP_GRACE = timedelta(hours=1)
_LOOKBACKS = (1, 8, 32, 366, 366 * 8)  # days searched for the previous slot, widening
_MISSED_COUNTED = 10_000  # a daily schedule down for decades is still one line


def fire_times(config: Config, start: datetime, end: datetime, *,
               limit: int | None = None) -> list[datetime]:
    """Every slot in [start, end], in the configured zone (the first ``limit`` of them)."""
    trigger = config.schedule.trigger(config.tz)
    found: list[datetime] = []
    moment = trigger.get_next_fire_time(None, start.astimezone(config.tz))
    while moment is not None and moment <= end and (limit is None or len(found) < limit):
        found.append(moment)
        moment = trigger.get_next_fire_time(moment, moment)
    return found


def slot_at_or_before(config: Config, moment: datetime) -> datetime | None:
    """The latest scheduled slot <= ``moment``, aware in ``config.tz``; None if none in years."""
    for days in _LOOKBACKS:
        times = fire_times(config, moment - timedelta(days=days), moment)
        if times:
            return times[-1]
    return None


def window(config: Config, now: datetime) -> datetime:
    """The oldest moment a slot may have and still be sent (catch-up)."""
    lookback = max(timedelta(days=config.schedule.catch_up_days), CATCH_UP_GRACE)
    return now - lookback + timedelta(microseconds=1)


def slots_due(config: Config, store: Store, now: datetime) -> list[datetime]:
    """The newest slot in (now - catch_up_days, now] that the ledger has not handled.

    A list of at most one: every digest is planned as of now, so after an outage one digest
    says everything the missed ones would have, and a daily schedule back from three days
    down sends one email, not three identical ones. Slots older than the newest handled one
    are superseded, never sent late.
    """
    times = fire_times(config, window(config, now), now)
    done = {slot for slot in times if as_utc(slot) in ledger.handled(store, SECRETARIAT, times)}
    newest_done = max(done, default=None)
    pending = [s for s in times if s not in done and (newest_done is None or s > newest_done)]
    return pending[-1:]


def note_missed(config: Config, store: Store, now: datetime) -> tuple[datetime, int] | None:
    """Record (once) and log the slots between the last handled one and the catch-up window.

    Returns (first missed slot, how many) when there are any. A fresh database has missed
    nothing: history starts with the first slot handled.
    """
    start = window(config, now)
    last = ledger.last_row(store, SECRETARIAT, before=start,
                           statuses=(*ledger.TERMINAL, ledger.SENDING, ledger.FAILED))
    if last is None:
        return None
    missed = fire_times(config, last.slot + timedelta(microseconds=1),
                        start - timedelta(microseconds=1), limit=_MISSED_COUNTED)
    if not missed:
        return None
    if ledger.note_missed(store, missed[0], missed[-1], len(missed), now=now):
        tz = config.tz
        log.warning("digest %s missed: %d slot(s) from %s to %s passed while nothing ran, "
                    "more than schedule.catch_up_days (%d) ago; not sent late, named in the "
                    "next overview", "slots" if len(missed) > 1 else "slot", len(missed),
                    f"{missed[0].astimezone(tz):%a %d %b %Y %H:%M %Z}",
                    f"{missed[-1].astimezone(tz):%a %d %b %Y %H:%M %Z}",
                    config.schedule.catch_up_days)
    return missed[0], len(missed)
