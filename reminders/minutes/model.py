"""What an extraction returns: the meeting, and the actions minuted at it.

These are frozen dataclasses rather than ORM models so the extractor stays a pure library:
the store decides how to persist them, the CLI how to print them. ``to_dict`` is the JSON
contract the grader and ``reminders extract --json`` rely on, so its keys never change
silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Attendee:
    name: str
    code: str | None
    capacity: str | None
    present: bool  # False for apologies


@dataclass(frozen=True)
class Meeting:
    title: str | None
    date: date | None
    next_meeting: date | None
    chair: str | None
    minute_taker: str | None
    attendees: tuple[Attendee, ...] = ()
    warnings: tuple[str, ...] = ()
    month_first: bool = False  # its dates are written month first: "07/09/2023" is July 9


@dataclass(frozen=True)
class ExtractedAction:
    text: str
    owners: tuple[str, ...]
    due: date | None
    basis: str | None  # "stated" | "next_meeting" | "vague" | "default"; None without a date
    due_words: str | None
    item: str | None  # agenda item, e.g. "2.9", "2.1c"
    section: str | None  # heading it sits under
    kind: str  # "new" | "carried"
    update: str | None  # for carried actions: what the meeting heard about it
    line: int  # 1-based line in the source file


@dataclass(frozen=True)
class Extraction:
    """``actions`` is the new work minuted at this meeting; ``updates`` are the reports it
    heard on earlier actions (matters arising, action-log reviews: kind "carried"), which
    update the stored actions they refer to instead of creating new ones."""

    source: str
    meeting: Meeting
    actions: tuple[ExtractedAction, ...] = field(default_factory=tuple)
    updates: tuple[ExtractedAction, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        m = self.meeting
        return {
            "meeting": {
                "title": m.title,
                "date": _iso(m.date),
                "next_meeting": _iso(m.next_meeting),
                "chair": m.chair,
                "minute_taker": m.minute_taker,
                "attendees": [
                    {"name": a.name, "code": a.code, "capacity": a.capacity, "present": a.present}
                    for a in m.attendees
                ],
                "warnings": list(m.warnings),
            },
            "actions": [_action_dict(a) for a in self.actions],
            "updates": [_action_dict(a) for a in self.updates],
        }


def _action_dict(a: ExtractedAction) -> dict[str, Any]:
    return {
        "text": a.text,
        "owners": list(a.owners),
        "due": _iso(a.due),
        "basis": a.basis,
        "due_words": a.due_words,
        "item": a.item,
        "section": a.section,
        "kind": a.kind,
        "update": a.update,
        "line": a.line,
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
