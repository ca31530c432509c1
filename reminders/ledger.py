"""The delivery ledger: one ``delivery`` row per (recipient, slot), claimed before sending.

The promise, per recipient and scheduled slot:

* **At most one claim.** The row is inserted with status "sending" before anything is sent;
  the unique (recipient, slot) constraint means a second run, a restart or a second worker
  gets an IntegrityError and sends nothing. Retries take a row back with a conditional
  UPDATE, so two retriers cannot both win it either.
* **"sent" only after the server accepted the message.** A failure is recorded (status
  "failed", the error, attempts + 1, ``retry_at`` doubling from ``retry_backoff_minutes``)
  and retried until ``schedule.retry_limit`` retries are spent, then "gave_up" (the
  secretariat's next overview lists it).
* **At least once, with a stable Message-ID.** The Message-ID is fixed when the row is
  claimed and reused by every retry. A crash between the server accepting the message and
  the row being marked "sent" leaves it "sending"; after ``STALE_AFTER`` it is sent again
  with the same Message-ID, so the reader may get a duplicate that mail clients recognise as
  one message, but never loses a digest.
* **Every recipient is accounted for.** Recipients with nothing to say get an "empty" row,
  so a slot's handling is complete in the database, not in anyone's memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import make_msgid

from sqlalchemy import or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from reminders.clock import as_utc
from reminders.config import Schedule
from reminders.models import Delivery
from reminders.store import Store

SENDING, SENT, FAILED, EMPTY, GAVE_UP = "sending", "sent", "failed", "empty", "gave_up"
# A row still "sending" after this long belongs to a run that died mid-send. Far longer than
# one message takes (the SMTP timeout is 30 s by default), so a live run is never overtaken.
STALE_AFTER = timedelta(minutes=10)


@dataclass(frozen=True)
class Claim:
    """The right to send one (recipient, slot): the row's id and its fixed Message-ID."""

    id: int
    recipient: str
    slot: datetime
    message_id: str
    attempts: int


def new_message_id(domain: str) -> str:
    return make_msgid(domain=domain)


def claim(store: Store, recipient: str, slot: datetime, *, now: datetime, message_id: str,
          to: tuple[str, ...] = (), overdue: int = 0, due_soon: int = 0) -> Claim | None:
    """Insert the (recipient, slot) row as "sending"; None if another run already has it.

    Committed at once, in its own transaction, so every other run sees the claim before
    this one puts anything on the wire.
    """
    row = Delivery(recipient=recipient, slot=as_utc(slot), status=SENDING,
                   message_id=message_id, to_addresses=",".join(to), overdue=overdue,
                   due_soon=due_soon, claimed_at=as_utc(now))
    try:
        with store.session() as session:
            session.add(row)
    except IntegrityError:
        return None
    return Claim(row.id, recipient, row.slot, message_id, 0)


def record_empty(store: Store, recipient: str, slot: datetime, *, now: datetime) -> bool:
    """Record that ``recipient`` had nothing to say in ``slot``; False if already handled."""
    row = Delivery(recipient=recipient, slot=as_utc(slot), status=EMPTY, claimed_at=as_utc(now))
    try:
        with store.session() as session:
            session.add(row)
    except IntegrityError:
        return False
    return True


def mark_sent(store: Store, claimed: Claim, *, now: datetime) -> None:
    with store.session() as session:
        row = session.get(Delivery, claimed.id)
        row.status, row.sent_at, row.error = SENT, as_utc(now), None
        row.attempts, row.retry_at = claimed.attempts + 1, None


def mark_failed(store: Store, claimed: Claim, error: str, *, now: datetime,
                schedule: Schedule) -> Delivery:
    """Record a failed attempt: retry later with doubling backoff, or give up."""
    with store.session() as session:
        row = session.get(Delivery, claimed.id)
        row.attempts = claimed.attempts + 1
        row.error = error
        if row.attempts > schedule.retry_limit:
            row.status, row.retry_at = GAVE_UP, None
        else:
            delay = timedelta(minutes=schedule.retry_backoff_minutes * 2 ** (row.attempts - 1))
            row.status, row.retry_at = FAILED, as_utc(now) + delay
    return row


def mark_empty(store: Store, claimed: Claim, *, note: str) -> None:
    """A retried row that has nothing left to say (its actions were closed meanwhile)."""
    with store.session() as session:
        row = session.get(Delivery, claimed.id)
        row.status, row.error, row.retry_at = EMPTY, note, None


def give_up(store: Store, claimed: Claim, error: str) -> None:
    """Stop retrying a row that can never succeed (its recipient left the config)."""
    with store.session() as session:
        row = session.get(Delivery, claimed.id)
        row.status, row.error, row.retry_at = GAVE_UP, error, None


def due_for_retry(store: Store, *, now: datetime) -> list[Delivery]:
    """Failed rows whose retry time has come, and "sending" rows abandoned by a crash."""
    now = as_utc(now)
    with store.session() as session:
        rows = session.exec(select(Delivery).where(or_(
            (Delivery.status == FAILED) & (Delivery.retry_at <= now),
            (Delivery.status == SENDING) & (Delivery.claimed_at <= now - STALE_AFTER),
        )).order_by(Delivery.slot, Delivery.id)).all()
    return list(rows)


def reclaim(store: Store, row: Delivery, *, now: datetime) -> Claim | None:
    """Take a row found by ``due_for_retry`` back to "sending"; None if another run did.

    The UPDATE only matches the row as it was read (same status, attempts and claim time),
    so of two runs retrying at once exactly one changes it.
    """
    with store.session() as session:
        result = session.exec(
            update(Delivery)
            .where(Delivery.id == row.id, Delivery.status == row.status,
                   Delivery.attempts == row.attempts,
                   Delivery.claimed_at == row.claimed_at)
            .values(status=SENDING, claimed_at=as_utc(now))
        )
        won = result.rowcount == 1
    return Claim(row.id, row.recipient, row.slot, row.message_id, row.attempts) if won else None


def find(store: Store, recipient: str, slot: datetime) -> Delivery | None:
    with store.session() as session:
        return session.exec(select(Delivery).where(Delivery.recipient == recipient,
                                                   Delivery.slot == as_utc(slot))).first()


def handled(store: Store, recipient: str, slots: list[datetime]) -> set[datetime]:
    """Which of ``slots`` already have a row for ``recipient`` (in UTC)."""
    if not slots:
        return set()
    with store.session() as session:
        rows = session.exec(select(Delivery.slot).where(
            Delivery.recipient == recipient,
            Delivery.slot.in_([as_utc(s) for s in slots]))).all()
    return {as_utc(s) for s in rows}


def last_slot(store: Store, recipient: str, *, before: datetime,
              statuses: tuple[str, ...] = (SENT, EMPTY)) -> datetime | None:
    """The latest slot before ``before`` in which ``recipient``'s row reached ``statuses``."""
    with store.session() as session:
        row = session.exec(select(Delivery.slot).where(
            Delivery.recipient == recipient, Delivery.status.in_(statuses),
            Delivery.slot < as_utc(before)).order_by(Delivery.slot.desc())).first()
    return as_utc(row) if row else None
