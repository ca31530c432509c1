"""The stored shape of meetings, actions and deliveries.

The schema itself is owned by the Alembic migrations in ``reminders/migrations``: these
classes describe it for queries, and ``tests/test_store.py`` checks the two agree. Due dates
are plain DATE columns so that "what is overdue" is a query, not a computation over Python
objects; moments (ingested, sent, retry at) are stored in UTC and come back aware.
"""

from __future__ import annotations

import datetime as dt
from datetime import UTC, datetime

from sqlalchemy import Column, DateTime, TypeDecorator, UniqueConstraint
from sqlmodel import Field, SQLModel

OPEN, DONE, WITHDRAWN = "open", "done", "withdrawn"
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
    source_sha256: str
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

    @property
    def owner_codes(self) -> list[str]:
        return [code for code in self.owners.split(",") if code]

    @property
    def ref(self) -> str:
        """The reference number people quote back: 'A-0042'."""
        return f"A-{self.id:04d}"


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
    status: str = "pending"  # pending | sending | sent | failed | empty | gave_up
    message_id: str = ""
    to_addresses: str = ""  # who it went to, joined by ","
    overdue: int = 0
    due_soon: int = 0
    attempts: int = 0
    error: str | None = None
    claimed_at: datetime | None = Field(default=None, sa_column=utc_column())
    sent_at: datetime | None = Field(default=None, sa_column=utc_column())
    retry_at: datetime | None = Field(default=None, sa_column=utc_column())
