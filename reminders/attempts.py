"""Storing what one send attempt came to: the row's status and each address's, in one commit.

Separate from ``reminders.ledger`` (which claims and hands out rows) because this is the one
write made per message: its statements are built once, it touches no ORM session and copies
nothing, and it decides from the server's answers whether the row is sent, to be retried
with backoff, or given up (a 5xx, a server that dropped the connection ``DROP_LIMIT``
times, or the retry limit).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Connection

from reminders.clock import as_utc
from reminders.config import Schedule
from reminders.ledger import (
    ACCEPTED,
    DEFERRED,
    DROP_LIMIT,
    FAILED,
    GAVE_UP,
    PENDING,
    REFUSED,
    SENT,
    finished,
)
from reminders.mailer import Attempt
from reminders.models import Delivery, DeliveryAddress
from reminders.store import Store


@dataclass(frozen=True)
class Recorded:
    """What ``record`` stored for a row: what the caller reports of it."""

    recipient: str
    slot: datetime
    status: str
    attempts: int
    drops: int = 0
    error: str | None = None
    permanent: bool = False
    retry_at: datetime | None = None


def record(store: Store, row: Delivery, attempt: Attempt, *, now: datetime,
           schedule: Schedule, earlier_drops: int = 0,
           on_sent: Callable[[Connection], None] | None = None) -> Recorded:
    """Store one attempt's outcome for the row and each of its addresses, in one commit.

    ``row`` is held by this run, so it is current; ``earlier_drops``: attempts of this run
    that the server dropped just before this one. ``on_sent`` adds what follows from a sent
    message (the listed actions' history) to the same commit: it is stored exactly when the
    row is "sent", and a message costs one commit. Plain UPDATEs on a bare connection, no
    ORM session and no copy of the row: this runs once per message.

    The commit does not wait for the disk: it survives the process being killed, and a
    power cut can undo only whole records, leaving their rows "sending" as the claim (which
    did wait) wrote them, to be resumed with their Message-IDs: the copy a crash between the
    server's acceptance and this commit would give anyway.
    """
    now = as_utc(now)
    attempts = row.attempts + 1 + earlier_drops
    drops = row.drops + earlier_drops + attempt.dropped
    with store.transaction(wait_for_disk=False) as connection:
        if outcomes := _address_outcomes(attempt):
            connection.execute(_SET_ADDRESS, [
                dict(row_id=row.id, to_address=address, to_status=status, to_reply=reply,
                     at=now) for address, status, reply in outcomes])
        left = _statuses_after(connection, row, attempt)
        open_ = [s for s in left if s in (PENDING, DEFERRED)]
        if attempt.error is None and not open_:
            values = (finished(SENT, now) if ACCEPTED in left or not left else
                      finished(GAVE_UP, now, permanent=True,
                               error="every address refused: " + _replies(attempt)))
        elif attempt.permanent or drops >= DROP_LIMIT:
            why = attempt.error or _replies(attempt)
            if drops >= DROP_LIMIT:
                why = (f"the server took the message and dropped the connection "
                       f"{drops} times (it may have been delivered): {why}")
            values = finished(GAVE_UP, now, permanent=True, error=why)
        elif attempts > schedule.retry_limit:
            values = finished(GAVE_UP, now, error=attempt.error or _replies(attempt))
        else:
            delay = timedelta(minutes=schedule.retry_backoff_minutes * 2 ** (attempts - 1))
            values = dict(status=FAILED, retry_at=now + delay, claimer=None,
                          error=attempt.error or _replies(attempt))
        values = {**{name: getattr(row, name) for name in _RECORDED}, **values,
                  "attempts": attempts, "drops": drops}
        connection.execute(_SET_ROW, {"row_id": row.id, **{
            f"new_{name}": values[name] for name in _RECORDED}})
        if on_sent is not None and values["status"] == SENT:
            on_sent(connection)
    return Recorded(row.recipient, row.slot, values["status"], attempts, drops,
                    values["error"], values["permanent"], values["retry_at"])


def _statuses_after(connection: Connection, row: Delivery, attempt: Attempt) -> list[str]:
    """Every address's status once this attempt is stored. On a row's first attempt every
    address was pending (claim made them so, and only a record changes them), so the
    answer follows from the attempt; later attempts read what earlier ones stored."""
    if row.attempts:
        return list(connection.execute(_STATUSES, dict(row_id=row.id)).scalars())
    said = {**dict.fromkeys(attempt.accepted, ACCEPTED),
            **dict.fromkeys(attempt.refused, REFUSED),
            **dict.fromkeys(attempt.deferred, DEFERRED)}
    return [said.get(address, PENDING) for address in row.to_addresses.split(",") if address]


_RECORDED = ("status", "attempts", "drops", "error", "permanent", "retry_at", "claimer",
             "finished_at", "sent_at")
# record()'s statements, built once: they run for every message, and building and keying a
# statement cost more than executing it.
_ADDRESS, _DELIVERY = DeliveryAddress.__table__.c, Delivery.__table__.c
# One statement per address, run as one executemany: an expanding IN would render its SQL
# afresh for every message.
_SET_ADDRESS = (update(DeliveryAddress.__table__)
                .where(_ADDRESS.delivery_id == bindparam("row_id"),
                       _ADDRESS.address == bindparam("to_address"))
                .values(status=bindparam("to_status"), reply=bindparam("to_reply"),
                        updated_at=bindparam("at")))
_STATUSES = select(_ADDRESS.status).where(_ADDRESS.delivery_id == bindparam("row_id"))
_SET_ROW = (update(Delivery.__table__).where(_DELIVERY.id == bindparam("row_id"))
            .values({name: bindparam(f"new_{name}") for name in _RECORDED}))


def _address_outcomes(attempt: Attempt) -> list[tuple[str, str, str | None]]:
    return ([(a, ACCEPTED, None) for a in attempt.accepted]
            + [(a, REFUSED, r) for a, r in attempt.refused.items()]
            + [(a, DEFERRED, r) for a, r in attempt.deferred.items()])


def _replies(attempt: Attempt) -> str:
    said = {**attempt.refused, **attempt.deferred}
    return "; ".join(f"{a} ({r})" for a, r in said.items()) or "no reply"
