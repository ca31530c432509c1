"""The open actions as the planner reads them: the dozen columns a digest shows, as tuples.

Why not the ORM's ``Action`` and ``Meeting``: planning reads every open action at every
slot, and at a whole force's scale (100,000 open actions) building an ORM instance per row
(its state, its attribute dict, the type processing of timestamps nobody reads here) was a
third of the plan's time, and each instance is more for the cyclic collector to walk. These
tuples carry the same attribute names and the two derived ones the planner uses
(``owner_codes``, ``ref``), so ``planning.plan`` takes either: the ORM rows tests build,
or these.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlmodel import Session, select

from reminders.models import OPEN, Action, Meeting, reference
from reminders.models import owner_codes as codes_of


class OpenAction(NamedTuple):
    id: int
    text: str
    owners: str
    due: date | None
    basis: str | None
    due_words: str | None
    item: str | None
    update: str | None
    update_on: date | None
    due_set_on: date | None
    calendar_seq: int
    status: str

    # derived as Action derives them (reminders.models)
    owner_codes = property(lambda self: codes_of(self.owners))
    ref = property(lambda self: reference(self.id))


class MeetingOf(NamedTuple):
    """What a digest says of an action's meeting."""

    id: int
    title: str | None
    key: str
    date: date | None


_ACTION = [getattr(Action, name) for name in OpenAction._fields]
_MEETING = [getattr(Meeting, name) for name in MeetingOf._fields]


def read(session: Session) -> list[tuple[OpenAction, MeetingOf]]:
    """Every open action with its meeting; one ``MeetingOf`` per meeting, shared."""
    width = len(_ACTION)
    meetings: dict[int, MeetingOf] = {}
    found = []
    statement = (select(*_ACTION, *_MEETING).join(Meeting, Action.meeting_id == Meeting.id)
                 .where(Action.status == OPEN))
    for row in session.exec(statement):
        meeting = meetings.get(row[width])
        if meeting is None:
            meeting = meetings[row[width]] = MeetingOf(*row[width:])
        found.append((OpenAction(*row[:width]), meeting))
    return found
