"""The stored shape of meetings, actions and deliveries.

The schema itself is owned by the Alembic migrations in ``reminders/migrations``: these
classes describe it for queries, and ``tests/test_store.py`` checks the two agree. Due dates
are plain DATE columns so that "what is overdue" is a query, not a computation over Python
objects; moments (ingested, sent, retry at) are stored in UTC and come back aware.
"""

from __future__ import annotations

import datetime as dt
from datetime import UTC, datetime

from sqlalchemy import BigInteger, Column, DateTime, TypeDecorator, UniqueConstraint
from sqlmodel import Field, SQLModel

OPEN, DONE, WITHDRAWN = "open", "done", "withdrawn"
ARCHIVED = "archived"  # open in past minutes imported as history, too old to chase
NEW, CARRIED = "new", "carried"


class UTCDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out, on SQLite and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: pass an aware datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utc_column(nullable: bool = True) -> Column:
    return Column(UTCDateTime(), nullable=nullable)


def owner_codes(owners: str) -> list[str]:
    """The codes of an action's ``owners`` column ("ACC,DPCC"), in the order minuted."""
    return [code for code in owners.split(",") if code]


def reference(action_id: int) -> str:
    """The reference number people quote back: 'A-0042'."""
    return f"A-{action_id:04d}"


class Meeting(SQLModel, table=True):
    """One meeting, identified by its date and title so a re-issued file updates it."""

    __tablename__ = "meeting"
    __table_args__ = (UniqueConstraint("key", name="uq_meeting_key"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str  # "2021-10-04|monthly assurance meeting october 2021"
    title: str | None = None
    date: dt.date | None = None
    next_meeting: dt.date | None = None
    chair: str | None = None
    minute_taker: str | None = None
    attendees: str = "[]"  # JSON list of {name, code, capacity, present}
    warnings: str = "[]"  # JSON list of strings, shown to the secretariat
    source: str  # path of the file last ingested for this meeting
    source_sha256: str = Field(index=True)  # checked before a file is extracted again
    ingested_at: datetime = Field(sa_column=utc_column(nullable=False))


class Action(SQLModel, table=True):
    """One follow-up action as minuted, plus what the secretariat has changed since."""

    __tablename__ = "action"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    text: str
    owners: str = ""  # owner codes joined by ",", in the order minuted ("ACC,DPCC")
    due: dt.date | None = Field(default=None, index=True)
    basis: str | None = None  # stated | next_meeting | vague | default
    due_words: str | None = None  # the words that set the date: "in 6 months"
    item: str | None = None  # agenda item number: "2.9"
    section: str | None = None  # the heading it was minuted under
    kind: str = NEW  # new | carried
    update: str | None = None  # for carried actions: the update minuted
    status: str = Field(default=OPEN, index=True)  # open | done | withdrawn
    source: str  # the minutes file
    line: int | None = None  # 1-based line in that file
    fingerprint: str = Field(index=True)  # normalised text, to recognise it in a re-issue
    edited: str = ""  # fields the secretariat changed by hand, joined by ","; kept on re-issue
    note: str | None = None  # the secretariat's note, e.g. why it was closed
    created_at: datetime = Field(sa_column=utc_column(nullable=False))
    updated_at: datetime = Field(sa_column=utc_column(nullable=False))
    closed_at: datetime | None = Field(default=None, sa_column=utc_column())
    # Following it across meetings (migration 0002): the latest update a later meeting
    # minuted, which meeting, what set the date when a later meeting or the secretariat did.
    update_meeting_id: int | None = Field(default=None, foreign_key="meeting.id")
    update_on: dt.date | None = None  # the date of that meeting
    due_set_on: dt.date | None = None  # date of the meeting whose words set ``due``, if later
    closed_by: str | None = None  # "minutes of 10 November 2026" | "secretariat"
    calendar_seq: int = 0  # iCalendar SEQUENCE: bumped whenever its date or status changes

    @property
    def owner_codes(self) -> list[str]:
        return owner_codes(self.owners)

    @property
    def ref(self) -> str:
        return reference(self.id)


class Delivery(SQLModel, table=True):
    """The ledger: one row per (recipient, scheduled slot), claimed before sending.

    The unique constraint is what makes "at most once per slot" hold across restarts and
    concurrent runs; ``message_id`` is fixed at claim time so a resend after a crash carries
    the same Message-ID and mail clients can de-duplicate.
    """

    __tablename__ = "delivery"
    __table_args__ = (UniqueConstraint("recipient", "slot", name="uq_delivery_slot"),)

    id: int | None = Field(default=None, primary_key=True)
    recipient: str  # a recipient code, or "secretariat"
    slot: datetime = Field(sa_column=utc_column(nullable=False))  # the scheduled moment
    status: str = Field(default="pending", index=True)  # sending|sent|failed|empty|gave_up
    message_id: str = ""
    to_addresses: str = ""  # who it went to, joined by ","
    overdue: int = 0
    due_soon: int = 0
    attempts: int = 0
    error: str | None = None
    claimed_at: datetime | None = Field(default=None, sa_column=utc_column())
    sent_at: datetime | None = Field(default=None, sa_column=utc_column())
    retry_at: datetime | None = Field(default=None, sa_column=utc_column())
    # The lease (migration 0003): who holds a "sending" row and when it last said so.
    claimer: str | None = None  # "host:pid:token" of the run sending it
    heartbeat_at: datetime | None = Field(default=None, sa_column=utc_column())
    finished_at: datetime | None = Field(default=None, sa_column=utc_column())
    drops: int = 0  # the server took the data, then dropped the connection
    permanent: bool = False  # refused for good (5xx, or dropped too often): not retried


class DeliveryAddress(SQLModel, table=True):
    """One address of one message (to, cc or escalation) and what the server said to it."""

    __tablename__ = "delivery_address"
    __table_args__ = (UniqueConstraint("delivery_id", "address", name="uq_delivery_address"),)

    id: int | None = Field(default=None, primary_key=True)
    delivery_id: int = Field(foreign_key="delivery.id", index=True)
    address: str  # the envelope address (addr-spec)
    role: str  # to | cc | escalation
    status: str = "pending"  # pending | sent | refused | deferred
    reply: str | None = None  # the server's answer when not accepted: "550 5.1.1 no such user"
    updated_at: datetime | None = Field(default=None, sa_column=utc_column())


class MissedSlot(SQLModel, table=True):
    """Slots that fell out of ``catch_up_days`` while nothing ran: never sent, but told."""

    __tablename__ = "missed_slot"
    __table_args__ = (UniqueConstraint("first_slot", name="uq_missed_slot_first"),)

    id: int | None = Field(default=None, primary_key=True)
    first_slot: datetime = Field(sa_column=utc_column(nullable=False))
    last_slot: datetime = Field(sa_column=utc_column(nullable=False))
    count: int
    noticed_at: datetime = Field(sa_column=utc_column(nullable=False))


class ActionEvent(SQLModel, table=True):
    """One change to an action, appended and never rewritten: its history.

    ``kind``: extracted | reissued | updated | redated | closed | reopened | edited | noted |
    withdrawn | archived | digest | escalated | calendar. ``words`` are the minuted words of an
    update or the secretariat's note; ``slot`` and ``recipient`` say which digest listed it.
    """

    __tablename__ = "action_event"

    id: int | None = Field(default=None, primary_key=True)
    action_id: int = Field(foreign_key="action.id", index=True)
    at: datetime = Field(sa_column=utc_column(nullable=False))
    kind: str
    by: str = "minutes"  # minutes | secretariat | digest
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id")
    source: str | None = None
    line: int | None = None
    words: str | None = None
    due: dt.date | None = None  # the due date after this event
    slot: datetime | None = Field(default=None, sa_column=utc_column())
    recipient: str | None = None


class Review(SQLModel, table=True):
    """A matters-arising report not applied because its match was not clear: it waits here.

    ``candidates`` are action ids, best first; ``status`` pending | accepted | new | dismissed
    | matched (applied once the earlier meeting it reports on was ingested, out of order)
    | split (reports that ran together, each part then matched or kept on its own).
    """

    __tablename__ = "review"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    text: str
    owners: str = ""
    item: str | None = None
    update: str | None = None
    due: dt.date | None = None
    basis: str | None = None
    due_words: str | None = None
    source: str
    line: int | None = None
    fingerprint: str
    reason: str
    candidates: str = ""
    status: str = Field(default="pending", index=True)
    action_id: int | None = Field(default=None, foreign_key="action.id")
    created_at: datetime = Field(sa_column=utc_column(nullable=False))
    resolved_at: datetime | None = Field(default=None, sa_column=utc_column())

    @property
    def candidate_ids(self) -> list[int]:
        return [int(i) for i in self.candidates.split(",") if i]


class IngestedFile(SQLModel, table=True):
    """A file of the watched folder as last dealt with, so a restart re-reads nothing
    unchanged: skipped while its size and modification time are the same."""

    __tablename__ = "ingested_file"
    __table_args__ = (UniqueConstraint("path", name="uq_ingested_file_path"),)

    id: int | None = Field(default=None, primary_key=True)
    path: str  # absolute path (undecodable bytes as \xNN)
    size: int = Field(sa_column=Column(BigInteger, nullable=False))
    mtime_ns: int = Field(sa_column=Column(BigInteger, nullable=False))
    sha256: str = ""
    status: str  # new | updated | unchanged | failed (kept in place, not retried)
    detail: str = ""
    seen_at: datetime = Field(sa_column=utc_column(nullable=False))
