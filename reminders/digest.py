"""The plan as plain data: each owner's digest, the secretariat's overview, their inputs.

The types are apart from ``reminders.planning`` (which decides them) because the templates,
the composer and the sender read them without planning anything. ``load`` and ``load_news``
are the only functions here that touch the database; ``news`` is kept beside ``load_news``
because the sender re-reads the delivery news when the overview goes out, after the owner
digests of its slot.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from sqlmodel import Session, func, select

from reminders import open_actions
from reminders.away import Away
from reminders.calendar import Entry
from reminders.calendar import changes as calendar_changes
from reminders.config import Config
from reminders.models import Action, Delivery, DeliveryAddress, Meeting, MissedSlot, Review
from reminders.open_actions import MeetingOf, OpenAction

SECRETARIAT = "secretariat"  # the ledger's recipient code for the overview


@dataclass(frozen=True)
class Item:
    """One action as a reader needs it: words, origin, deadline and how late it is."""

    ref: str
    text: str
    owners: tuple[str, ...]  # codes as minuted: "ACC", "DPCC"
    meeting: str  # meeting title
    meeting_date: date | None
    item: str | None  # agenda item: "2.9"
    due: date | None
    due_words: str | None  # "in 6 months"
    no_deadline_minuted: bool  # basis "default": the date is our follow-up, not the minutes'
    days_overdue: int  # 0 unless overdue
    days_left: int  # 0 when due today or overdue
    escalated: bool
    # Followed across meetings (issue 11): the latest update minuted and when; the date of a
    # later meeting whose words set ``due``; a date the secretariat set (``due_words`` then
    # stay the minuted words); the calendar SEQUENCE.
    latest_update: str | None = None
    update_on: date | None = None
    due_set_on: date | None = None
    due_by_secretariat: bool = False
    seq: int = 0


@dataclass(frozen=True)
class Digest:
    """What one recipient is told in one run; ``empty`` when there is nothing to say."""

    code: str
    name: str
    to: tuple[str, ...]
    cc: tuple[str, ...]  # the recipient's cc, plus mail.escalation when anything escalated
    today: date
    overdue: tuple[Item, ...]  # oldest first
    due_soon: tuple[Item, ...]  # soonest first
    escalate_after_days: int
    default_follow_up_days: int
    escalation_copied: tuple[str, ...] = ()  # mail.escalation addresses in cc, as sent
    away: Away | None = None  # the owner is away: ``to`` is the deputy's
    owner_copied: tuple[str, ...] = ()  # the away owner's own addresses, copied for return
    # Calendar entries this recipient was sent whose action closed or moved since (issue 11).
    calendar_changes: tuple[Entry, ...] = ()

    @property
    def escalated(self) -> tuple[Item, ...]:
        return tuple(item for item in self.overdue if item.escalated)

    @property
    def empty(self) -> bool:
        return not self.overdue and not self.due_soon

    @property
    def counts(self) -> str:
        """'2 overdue, 1 due soon': the subject line and the CLI say the same thing."""
        parts = [f"{len(self.overdue)} overdue"] if self.overdue else []
        parts += [f"{len(self.due_soon)} due soon"] if self.due_soon else []
        return ", ".join(parts) or "nothing due"


@dataclass(frozen=True)
class OwnerGroup:
    code: str  # recipient code, or the owner as minuted when no recipient has it
    name: str  # "Chief Constable"; "no recipient configured"; "no owner minuted"
    routed: bool
    items: tuple[Item, ...]


@dataclass(frozen=True)
class MeetingWarning:
    meeting: str
    meeting_date: date | None
    text: str


@dataclass(frozen=True)
class GaveUp:
    recipient: str
    slot: datetime  # local time
    attempts: int
    error: str
    permanent: bool = False  # refused for good (5xx, dropped twice), not retries used up


@dataclass(frozen=True)
class Refused:
    """One address of a delivered digest that the server refused (a Cc, an escalation...)."""

    recipient: str
    slot: datetime  # local time
    address: str
    role: str  # to | cc | escalation
    reply: str


@dataclass(frozen=True)
class AwayNote:
    """An owner away on the overview's day, and who reads their digest meanwhile: the
    secretariat knows whom to chase, and sees when nobody stands in."""

    code: str
    name: str
    until: date  # the owner's last day away
    deputy: str | None  # the stand-in's recipient code; None: the digest goes to the owner
    deputy_name: str | None


@dataclass(frozen=True)
class Missed:
    """Slots nobody ran within ``catch_up_days``: never sent, told once."""

    first: datetime  # local time
    last: datetime
    count: int


@dataclass(frozen=True)
class OwnerCount:
    """One line of the overview's table: an owner, how many overdue, the oldest."""

    code: str
    name: str
    routed: bool
    overdue: int
    escalated: int
    oldest_days: int


SHOWN = 25  # actions listed per section in the overview mail; the CSV has every one


@dataclass(frozen=True)
class Overview:
    """The secretariat's view: everything overdue, what is coming, and what needs a person."""

    to: tuple[str, ...]
    today: date
    overdue_by_owner: tuple[OwnerGroup, ...]  # configured recipients first, in config order
    due_soon: tuple[Item, ...]
    unrouted: tuple[Item, ...]  # open, and no owner resolves to a recipient
    undated: tuple[Item, ...]  # open, routed, but no due date: no owner digest shows them
    warnings: tuple[MeetingWarning, ...]
    gave_up: tuple[GaveUp, ...]
    escalate_after_days: int
    awaiting_review: int = 0  # matters-arising reports waiting in `reminders review`
    refused: tuple[Refused, ...] = ()
    missed: tuple[Missed, ...] = ()
    away: tuple[AwayNote, ...] = ()  # not news on its own: it never makes a quiet week send
    shown: int = SHOWN

    @property
    def owner_counts(self) -> tuple[OwnerCount, ...]:
        return tuple(OwnerCount(g.code, g.name, g.routed, len(g.items),
                                sum(i.escalated for i in g.items),
                                max((i.days_overdue for i in g.items), default=0))
                     for g in self.overdue_by_owner)

    @property
    def most_overdue(self) -> tuple[Item, ...]:
        """The ``shown`` most overdue actions over every owner, most overdue first."""
        every = {i.ref: i for g in self.overdue_by_owner for i in g.items}.values()
        return tuple(sorted(every, key=lambda i: (-i.days_overdue, i.ref))[: self.shown])

    @property
    def unrouted_pending(self) -> tuple[Item, ...]:
        """Unrouted actions not yet overdue (the overdue ones are listed under their owner)."""
        return tuple(item for item in self.unrouted if not item.days_overdue)

    @property
    def overdue_count(self) -> int:
        return len({item.ref for group in self.overdue_by_owner for item in group.items})

    @property
    def escalated_count(self) -> int:
        return len({i.ref for g in self.overdue_by_owner for i in g.items if i.escalated})

    @property
    def empty(self) -> bool:
        return not (self.overdue_by_owner or self.due_soon or self.unrouted or self.undated
                    or self.warnings or self.gave_up or self.refused or self.missed
                    or self.awaiting_review)

    @property
    def counts(self) -> str:
        parts = [f"{self.overdue_count} overdue"] if self.overdue_count else []
        parts += [f"{len(self.due_soon)} due soon"] if self.due_soon else []
        parts += [f"{len(self.unrouted)} without a recipient"] if self.unrouted else []
        parts += [f"{len(self.gave_up)} undelivered"] if self.gave_up else []
        parts += [f"{self.awaiting_review} waiting for review"] if self.awaiting_review else []
        parts += [f"{len(self.refused)} addresses refused"] if self.refused else []
        parts += [f"{sum(m.count for m in self.missed)} slots missed"] if self.missed else []
        return ", ".join(parts) or "nothing due"


@dataclass(frozen=True)
class Plan:
    today: date
    digests: tuple[Digest, ...]  # one per configured recipient, in config order
    overview: Overview

    def digest_for(self, code: str) -> Digest | None:
        """By recipient code, through an index built once: a send asks once per row."""
        return self._by_code.get(code)

    @cached_property
    def _by_code(self) -> dict[str, Digest]:
        return {d.code: d for d in reversed(self.digests)}  # the first of a code wins


@dataclass(frozen=True)
class Inputs:
    """What the planner reads, fetched in one place: open actions, meetings, lost mail."""

    # ORM rows, or the lighter tuples ``load`` reads (reminders.open_actions)
    actions: Sequence[tuple[Action | OpenAction, Meeting | MeetingOf]]
    meetings: Sequence[Meeting] = ()  # meetings whose warnings are news to the secretariat
    gave_up: Sequence[Delivery] = ()
    awaiting_review: int = 0
    calendar: Mapping[str, tuple[Entry, ...]] = field(default_factory=dict)
    refused: Sequence[tuple[DeliveryAddress, Delivery]] = ()
    missed: Sequence[MissedSlot] = ()


def news(inputs: Inputs, config: Config) -> dict:
    """The overview's delivery news: digests given up, addresses refused, slots missed."""
    tz = config.tz
    return dict(
        gave_up=tuple(
            GaveUp(row.recipient, row.slot.astimezone(tz), row.attempts, row.error or "",
                   row.permanent)
            for row in sorted(inputs.gave_up, key=lambda r: (r.slot, r.recipient))),
        refused=tuple(
            Refused(row.recipient, row.slot.astimezone(tz), address.address, address.role,
                    address.reply or "")
            for address, row in sorted(inputs.refused,
                                       key=lambda p: (p[1].slot, p[1].recipient, p[0].id))),
        missed=tuple(Missed(m.first_slot.astimezone(tz), m.last_slot.astimezone(tz), m.count)
                     for m in sorted(inputs.missed, key=lambda m: m.first_slot)))


def load_news(session: Session, *, since: datetime | None) -> dict:
    """What happened to deliveries since the last overview was planned (``since``): each
    item is news once, including this slot's own permanent failures."""
    lost = select(Delivery).where(Delivery.status == "gave_up")
    refused = (select(DeliveryAddress, Delivery)
               .join(Delivery, DeliveryAddress.delivery_id == Delivery.id)
               .where(DeliveryAddress.status == "refused", Delivery.status == "sent"))
    missed = select(MissedSlot)
    if since is not None:
        lost = lost.where(Delivery.finished_at > since)
        refused = refused.where(DeliveryAddress.updated_at > since)
        missed = missed.where(MissedSlot.noticed_at > since)
    return dict(gave_up=list(session.exec(lost)), refused=list(session.exec(refused).all()),
                missed=list(session.exec(missed)))


def load(session: Session, *, warnings_since: datetime | None = None,
         news_since: datetime | None = None) -> Inputs:
    """Read the planner's inputs: open actions, fresh meeting warnings, delivery news.

    Warnings are news once: the caller passes the slot of the last overview the secretariat
    received; delivery news is what happened after that overview was planned.
    """
    meetings = select(Meeting).where(Meeting.warnings != "[]")
    if warnings_since is not None:
        meetings = meetings.where(Meeting.ingested_at > warnings_since)
    waiting = session.exec(select(func.count()).select_from(Review)
                           .where(Review.status == "pending")).one()
    return Inputs(actions=open_actions.read(session), meetings=list(session.exec(meetings)),
                  awaiting_review=waiting, calendar=calendar_changes(session),
                  **load_news(session, since=news_since))
