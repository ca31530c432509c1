"""The action log a clerk tables at each meeting: what is outstanding, what closed since.

``build`` reads the store once and returns plain rows, already filtered and sorted (by
meeting, then item); ``reminders.report.formats`` writes them as HTML, .docx, CSV or
Markdown, so every format says exactly the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from reminders.follow import series
from reminders.models import ARCHIVED, DONE, OPEN, Action, Meeting

COLUMNS = ("Ref", "Meeting", "Item", "Action", "Owner", "Due", "Date set by", "Status",
           "Latest update", "Update of")


@dataclass(frozen=True)
class Row:
    ref: str
    meeting: str
    meeting_date: date | None
    item: str
    text: str
    owners: str
    due: date | None
    set_by: str
    status: str  # "open", "overdue", "closed 10 Nov 2026 (minutes of ...)", "archived"
    update: str
    update_on: date | None

    def cells(self) -> tuple[str, ...]:
        return (self.ref, f"{self.meeting} ({_d(self.meeting_date)})", self.item, self.text,
                self.owners, _d(self.due), self.set_by, self.status, self.update,
                _d(self.update_on))


@dataclass(frozen=True)
class Report:
    title: str
    on: date
    since: date | None  # "closed since": the previous meeting's date
    outstanding: tuple[Row, ...]
    closed: tuple[Row, ...]
    archived: tuple[Row, ...]  # open in past minutes, imported as history, not chased
    filters: str  # "owner ACC; series monthly assurance meeting"


def _d(day: date | None) -> str:
    return f"{day.day} {day:%b %Y}" if day else ""


def set_by(action: Action, meeting: Meeting) -> str:
    """What set the date, in the words a reader checks against the minutes."""
    if action.basis == "default":
        return "no deadline was minuted (default follow-up)"
    if action.basis == "secretariat":
        minuted = f'; minuted: "{action.due_words}"' if action.due_words else ""
        return f"changed by the secretariat{minuted}"
    if not action.due_words:
        return ""
    when = action.due_set_on or meeting.date
    return f'"{action.due_words}", meeting of {_d(when)}' if when else f'"{action.due_words}"'


def build(session: Session, *, on: date, owner_codes: set[str] | None = None,
          series_name: str | None = None, since: date | None = None,
          title: str = "Outstanding actions", owner_label: str | None = None) -> Report:
    rows = session.exec(select(Action, Meeting)
                        .join(Meeting, col(Action.meeting_id) == col(Meeting.id))
                        .where(col(Action.status).in_((OPEN, DONE, ARCHIVED)))).all()
    wanted_series = series(series_name) if series_name else None
    if wanted_series:
        rows = [(a, m) for a, m in rows if series(m.title) == wanted_series]
    if owner_codes:
        folded = {c.casefold() for c in owner_codes}
        rows = [(a, m) for a, m in rows if folded & {c.casefold() for c in a.owner_codes}]
    rows = [(a, m) for a, m in rows if m.date is None or m.date <= on]
    if since is None:
        held = sorted({m.date for _, m in rows if m.date and m.date < on})
        since = held[-1] if held else None
    key = lambda pair: (pair[1].date or date.min, _item_key(pair[0].item), pair[0].id)  # noqa: E731
    outstanding = [_row(a, m, on) for a, m in sorted(rows, key=key) if a.status == OPEN]
    closed = [_row(a, m, on) for a, m in sorted(rows, key=key) if a.status == DONE
              and closed_on(a) and (since is None or closed_on(a) >= since)
              and closed_on(a) <= on]
    archived = [_row(a, m, on) for a, m in sorted(rows, key=key) if a.status == ARCHIVED]
    filters = "; ".join(filter(None, [
        f"owner {owner_label or ', '.join(sorted(owner_codes))}" if owner_codes else "",
        f"series {wanted_series}" if wanted_series else ""]))
    return Report(title, on, since, tuple(outstanding), tuple(closed), tuple(archived), filters)


def _day(moment: datetime) -> date:
    return moment.date()


def closed_on(action: Action) -> date | None:
    """The day it closed: the meeting's, when its minutes closed it (ingested later)."""
    if action.closed_by and action.closed_by.startswith("minutes") and action.update_on:
        return action.update_on
    return _day(action.closed_at) if action.closed_at else None


def _item_key(item: str | None) -> tuple:
    parts = (item or "").replace("-", ".").split(".")
    return tuple((int(p) if p.isdigit() else 10**6, p) for p in parts)


def _row(action: Action, meeting: Meeting, on: date) -> Row:
    if action.status == DONE:
        when = f" {_d(closed_on(action))}" if closed_on(action) else ""
        status = f"closed{when}" + (f" by the {action.closed_by}" if action.closed_by else "")
    elif action.status == ARCHIVED:
        status = "archived (history, not chased)"
    elif action.due and action.due < on:
        status = f"overdue {(on - action.due).days} days"
    else:
        status = "open"
    return Row(ref=action.ref, meeting=meeting.title or meeting.key, meeting_date=meeting.date,
               item=action.item or "", text=" ".join(action.text.split()),
               owners=", ".join(action.owner_codes) or "(no owner)", due=action.due,
               set_by=set_by(action, meeting), status=status,
               update=" ".join((action.update or "").split()) if action.update_on else "",
               update_on=action.update_on)
