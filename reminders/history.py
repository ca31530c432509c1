"""Every change to an action is one appended ``ActionEvent`` row: its history.

Nothing here updates or deletes an event, so the history is the record the secretariat can
quote ("closed by the minutes of 10 November 2026: 'within the target of 8%. Closed.'").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import insert
from sqlalchemy.engine import Connection
from sqlmodel import Session, col, select

from reminders import clock
from reminders.clock import long_date
from reminders.models import Action, ActionEvent, Meeting

# How each kind reads in `reminders history`.
LABELS = {
    "extracted": "extracted", "reissued": "re-issued", "updated": "update minuted",
    "redated": "re-dated by the minutes", "closed": "closed", "reopened": "reopened",
    "edited": "edited", "noted": "note", "withdrawn": "withdrawn", "archived": "archived",
    "digest": "in a digest", "escalated": "escalated", "calendar": "calendar update sent",
}


def record(session: Session, action: Action, kind: str, *, by: str = "minutes",
           meeting: Meeting | None = None, source: str | None = None, line: int | None = None,
           words: str | None = None, slot: datetime | None = None,
           recipient: str | None = None, at: datetime | None = None) -> ActionEvent:
    """Append one event; ``action`` must have an id (flush a new one first)."""
    if action.id is None:
        session.flush()
    event = ActionEvent(**values(action.id, kind, by=by, at=at or clock.now(), due=action.due,
                                 meeting_id=meeting.id if meeting else None, source=source,
                                 line=line, words=words, slot=slot, recipient=recipient))
    session.add(event)
    return event


def values(action_id: int, kind: str, *, by: str, at: datetime, due: date | None,
           meeting_id: int | None = None, source: str | None = None, line: int | None = None,
           words: str | None = None, slot: datetime | None = None,
           recipient: str | None = None) -> dict:
    """One event's columns: for ``record``, and for ``append``'s rows."""
    return dict(action_id=action_id, at=at, kind=kind, by=by, meeting_id=meeting_id,
                source=source, line=line, words=words, due=due, slot=slot,
                recipient=recipient)


_APPEND = insert(ActionEvent.__table__)  # built once: it runs after every digest sent


def append(connection: Session | Connection, rows: list[dict]) -> None:
    """Append many events (``values``) in one INSERT, loading nothing: for the events of
    every digest sent, inside the ledger's commit."""
    if rows:
        connection.execute(_APPEND, rows)


@dataclass(frozen=True)
class Line:
    """One event as `reminders history` prints it."""

    at: datetime
    kind: str
    by: str
    meeting: str | None  # "Monthly Assurance Meeting November 2026, 10 November 2026"
    meeting_date: date | None
    where: str | None  # "minutes.txt line 33"
    words: str | None
    due: date | None
    slot: datetime | None
    recipient: str | None

    @property
    def label(self) -> str:
        return LABELS.get(self.kind, self.kind)


def lines(session: Session, action_id: int) -> list[Line]:
    """The action's events, oldest first."""
    query = (select(ActionEvent, Meeting)
             .outerjoin(Meeting, col(ActionEvent.meeting_id) == col(Meeting.id))
             .where(ActionEvent.action_id == action_id)
             .order_by(col(ActionEvent.at), col(ActionEvent.id)))
    found = []
    for event, meeting in session.exec(query):
        where = None
        if event.source:
            where = event.source + (f" line {event.line}" if event.line else "")
        found.append(Line(at=event.at, kind=event.kind, by=event.by,
                          meeting=meeting.title if meeting else None,
                          meeting_date=meeting.date if meeting else None, where=where,
                          words=event.words, due=event.due, slot=event.slot,
                          recipient=event.recipient))
    return found


def format_line(line: Line, tz) -> str:
    """'2026-11-10 09:12  closed (minutes)  Monthly ... of 10 November 2026: "...Closed."'."""
    head = f"{line.at.astimezone(tz):%Y-%m-%d %H:%M}  {line.label} ({line.by})"
    parts = []
    if line.meeting:
        when = f" of {long_date(line.meeting_date)}" if line.meeting_date else ""
        parts.append(f"{line.meeting}{when}")
    if line.where:
        parts.append(line.where)
    if line.recipient:
        slot = f" (slot {line.slot.astimezone(tz):%Y-%m-%d %H:%M})" if line.slot else ""
        parts.append(f"to {line.recipient}{slot}")
    if line.due and line.kind in ("extracted", "reissued", "redated", "edited"):
        parts.append(f"due {line.due.isoformat()}")
    text = head + ("  " + "; ".join(parts) if parts else "")
    if line.words:
        text += f'\n        "{line.words}"'
    return text
