"""The delivery ledger: one ``delivery`` row per (recipient, slot), claimed before sending.

The promise, per recipient and scheduled slot:

* **One row, claimed before anything is sent.** Rows are inserted "sending" (or "empty")
  with ``INSERT ... ON CONFLICT DO NOTHING`` on the unique (recipient, slot): of two runs,
  restarts or hosts, one owns each row. The row names its claimer (``host:pid:token``) and
  carries a heartbeat (``reminders.lease``); a row whose claimer is gone is taken over by a
  conditional UPDATE, so exactly one run resumes it, with the Message-ID fixed at claim time.
* **"sent" only after the server accepted the message**, and per address: each address of
  the message (to, cc, escalation) has a ``delivery_address`` row with its own outcome. A
  temporary refusal (4xx) of some addresses retries only those, with backoff; a permanent
  one (5xx) is recorded and reported, never retried.
* **Temporary errors back off, permanent ones stop at once.** A failed attempt is retried
  after ``retry_backoff_minutes``, doubling, ``schedule.retry_limit`` times, then "gave_up".
  A 5xx for the message, or a server that took the data and dropped the connection
  ``DROP_LIMIT`` times (it may have delivered: more tries only make copies), is "gave_up"
  with ``permanent`` set immediately, and the slot's overview reports it.
* **At least once, never lost.** A crash between the server's acceptance and the record
  leaves the row "sending"; the next run resumes it with the same Message-ID, so a reader
  may get a copy that mail clients recognise as the same message.
* **Claims wait for the disk, records need not.** A claim is committed durably before
  anything is sent; the record of an attempt is committed without waiting for the disk
  (``Store.transaction(wait_for_disk=False)``): a killed process loses none, and a power
  cut at worst undoes whole records, whose rows are then resumed as after a crash.

An attempt's outcome is stored by ``reminders.attempts.record``; this module claims, takes
over, hands out and reads rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import make_msgid

from sqlalchemy import and_, or_, update
from sqlalchemy.engine import Connection
from sqlmodel import select

from reminders import lease
from reminders.clock import as_utc
from reminders.models import Delivery, DeliveryAddress, MissedSlot
from reminders.store import Store

SENDING, SENT, FAILED, EMPTY, GAVE_UP = "sending", "sent", "failed", "empty", "gave_up"
TERMINAL = (SENT, EMPTY, GAVE_UP)
# Address outcomes.
PENDING, ACCEPTED, REFUSED, DEFERRED = "pending", "sent", "refused", "deferred"
DROP_LIMIT = 2  # accept-then-drop this often: stop, it may have been delivered each time
_DELIVERY_TABLE = Delivery.__table__
_DELIVERY = _DELIVERY_TABLE.c


@dataclass(frozen=True)
class Job:
    """One row to claim: who, with which Message-ID and addresses; empty rows have none."""

    recipient: str
    message_id: str = ""
    addresses: tuple[tuple[str, str], ...] = ()  # (addr-spec, role)
    overdue: int = 0
    due_soon: int = 0

    @property
    def empty(self) -> bool:
        return not self.message_id


def new_message_id(domain: str) -> str:
    return make_msgid(domain=domain)


def _insert(connection: Connection):
    """The dialect's INSERT (with ON CONFLICT), imported here: the engine has loaded its own
    dialect already, and PostgreSQL's cost a SQLite run 35 ms at every start."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert
    from sqlalchemy.dialects import sqlite

    return sqlite.insert


def claim(store: Store, run: lease.Run, slot: datetime, jobs: Sequence[Job], *,
          now: datetime) -> set[str]:
    """Insert the rows of ``jobs`` not yet in the ledger: "sending" held by ``run`` with their
    addresses, or "empty". One transaction, committed before anything is sent.

    Returns the recipients whose rows this call inserted.
    """
    if not jobs:
        return set()
    slot, now = as_utc(slot), as_utc(now)
    values = [dict(recipient=j.recipient, slot=slot, message_id=j.message_id,
                   status=EMPTY if j.empty else SENDING, claimer=None if j.empty else str(run),
                   heartbeat_at=now, to_addresses=",".join(a for a, _ in j.addresses),
                   overdue=j.overdue, due_soon=j.due_soon, attempts=0, claimed_at=now,
                   drops=0, permanent=False) for j in jobs]
    # Executemany on a bare connection: one multi-row VALUES statement for 2,000 rows cost
    # SQLAlchemy more to build than the database to run.
    with store.transaction() as connection:
        insert = _insert(connection)
        inserted = set(connection.execute(
            insert(_DELIVERY_TABLE).on_conflict_do_nothing(index_elements=["recipient", "slot"])
            .returning(_DELIVERY.recipient), values).scalars())
        by_id = {j.message_id: j for j in jobs if not j.empty}
        mine = connection.execute(select(_DELIVERY.id, _DELIVERY.message_id).where(
            _DELIVERY.slot == slot, _DELIVERY.claimer == str(run), _DELIVERY.attempts == 0,
            _DELIVERY.status == SENDING)).all()
        addresses = [dict(delivery_id=row_id, address=address, role=role, status=PENDING)
                     for row_id, message_id in mine if message_id in by_id
                     for address, role in by_id[message_id].addresses]
        if addresses:
            connection.execute(insert(DeliveryAddress.__table__).on_conflict_do_nothing(
                index_elements=["delivery_id", "address"]), addresses)
    return inserted


def take_over(store: Store, run: lease.Run, *, now: datetime, smtp_timeout: float,
              slot: datetime | None = None, all_failed: bool = False) -> None:
    """Make ``run`` the claimer of rows whose claimer is gone, and of failed rows whose retry
    is due (every failed row of ``slot`` when ``all_failed``: an explicit ``send``)."""
    now = as_utc(now)
    retry = Delivery.status == FAILED
    if not all_failed:
        retry = retry & (Delivery.retry_at <= now)
    query = select(Delivery).where(or_(Delivery.status == SENDING, retry))
    if slot is not None:
        query = query.where(Delivery.slot == as_utc(slot))
    with store.session() as session:
        found = session.exec(query).all()
    candidates = [row for row in found if row.status == FAILED or (
        row.claimer != str(run) and lease.abandoned(row.claimer, row.heartbeat_at, now=now,
                                                    smtp_timeout=smtp_timeout))]
    with store.session() as session:
        for row in candidates:
            same = and_(Delivery.id == row.id, Delivery.status == row.status,
                        Delivery.attempts == row.attempts)
            same = same & (Delivery.claimer == row.claimer if row.claimer is not None
                           else Delivery.claimer.is_(None))
            session.exec(update(Delivery).where(same).values(
                status=SENDING, claimer=str(run), heartbeat_at=now, claimed_at=now))


def held(store: Store, run: lease.Run, *, slot: datetime | None = None) -> list[Delivery]:
    """The rows ``run`` holds, by slot and then in claim order."""
    query = select(Delivery).where(Delivery.claimer == str(run), Delivery.status == SENDING)
    if slot is not None:
        query = query.where(Delivery.slot == as_utc(slot))
    with store.session() as session:
        return list(session.exec(query.order_by(Delivery.slot, Delivery.id)).all())


def heartbeat(store: Store, run: lease.Run, *, now: datetime) -> None:
    with store.session() as session:
        session.exec(update(Delivery).where(Delivery.claimer == str(run),
                                            Delivery.status == SENDING)
                     .values(heartbeat_at=as_utc(now)))


def release(store: Store, run: lease.Run) -> int:
    """Let go of the rows ``run`` holds but will not send (a stop): resumable at once."""
    with store.session() as session:
        result = session.exec(update(Delivery).where(Delivery.claimer == str(run),
                                                     Delivery.status == SENDING)
                              .values(claimer=None, heartbeat_at=None))
        return result.rowcount


def open_addresses(store: Store, ids: Iterable[int]) -> dict[int, list[DeliveryAddress]]:
    """Per row, the addresses still to send to (pending, or deferred by a 4xx)."""
    ids = list(ids)
    found: dict[int, list[DeliveryAddress]] = {i: [] for i in ids}
    if not ids:
        return found
    with store.session() as session:
        for address in session.exec(select(DeliveryAddress).where(
                DeliveryAddress.delivery_id.in_(ids),
                DeliveryAddress.status.in_((PENDING, DEFERRED))).order_by(DeliveryAddress.id)):
            found[address.delivery_id].append(address)
    return found


def finished(status: str, now: datetime, *, permanent: bool = False,
             error: str | None = None) -> dict:
    """The columns of a row that reached a terminal ``status`` at ``now``: held by no one,
    no retry left, and, when sent, when it was."""
    values = dict(status=status, error=error, permanent=permanent, retry_at=None,
                  claimer=None, finished_at=as_utc(now))
    if status == SENT:
        values["sent_at"] = values["finished_at"]
    return values


def mark_empty(store: Store, row: Delivery, *, note: str, now: datetime) -> None:
    """A resumed row that has nothing left to say (its actions were closed meanwhile)."""
    _set(store, row, finished(EMPTY, now, error=note))


def give_up(store: Store, row: Delivery, error: str, *, now: datetime) -> None:
    """Stop a row that can never succeed (its recipient left the config)."""
    _set(store, row, finished(GAVE_UP, now, permanent=True, error=error))


def _set(store: Store, row: Delivery, values: dict) -> None:
    with store.transaction() as connection:
        connection.execute(update(_DELIVERY_TABLE).where(_DELIVERY.id == row.id)
                           .values(values))


def slot_rows(store: Store, slot: datetime) -> list[Delivery]:
    with store.session() as session:
        return list(session.exec(select(Delivery).where(Delivery.slot == as_utc(slot))
                                 .order_by(Delivery.id)).all())


def refused_addresses(store: Store, ids: Iterable[int]) -> list[DeliveryAddress]:
    ids = list(ids)
    if not ids:
        return []
    with store.session() as session:
        return list(session.exec(select(DeliveryAddress).where(
            DeliveryAddress.delivery_id.in_(ids), DeliveryAddress.status == REFUSED)))


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
    row = last_row(store, recipient, before=before, statuses=statuses)
    return row.slot if row else None


def last_row(store: Store, recipient: str, *, before: datetime | None = None,
             statuses: tuple[str, ...] = (SENT, EMPTY)) -> Delivery | None:
    query = select(Delivery).where(Delivery.recipient == recipient,
                                   Delivery.status.in_(statuses))
    if before is not None:
        query = query.where(Delivery.slot < as_utc(before))
    with store.session() as session:
        return session.exec(query.order_by(Delivery.slot.desc())).first()


def note_missed(store: Store, first: datetime, last: datetime, count: int, *,
                now: datetime) -> bool:
    """Record slots that fell out of the catch-up window; False if known already."""
    with store.session() as session:
        result = session.exec(_insert(session.connection())(MissedSlot).values(
            first_slot=as_utc(first), last_slot=as_utc(last), count=count,
            noticed_at=as_utc(now)).on_conflict_do_nothing(index_elements=["first_slot"])
            .returning(MissedSlot.id))
        return result.first() is not None
