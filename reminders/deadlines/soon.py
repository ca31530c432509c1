"""Rule 6, vague words ("shortly", "ASAP"), and rule 9, the days around the meeting.

Vague words mean a fortnight after the meeting; the near days are counted from it: "today",
"tonight", "this evening" and "after the call today" are the meeting's own day, "tomorrow"
the day after, a weekday ("by Friday", "next Thursday", "on Monday") the first such day
after the meeting, "by Christmas" the next 25 December.
"""

from __future__ import annotations

import re
from datetime import timedelta

from reminders.deadlines.calendar_math import next_occurrence
from reminders.deadlines.candidates import (
    STATED,
    VAGUE,
    VAGUE_DELAY,
    _Candidate,
    _Context,
    _relative,
)
from reminders.deadlines.guards import _said_before
from reminders.deadlines.lexicon import WEEKDAY_RE, WEEKDAYS
from reminders.deadlines.scanning import _Pattern

_VAGUE = _Pattern.plain(
    r"\b(?:imminently|shortly|urgently|immediately|asap\b|a\.s\.a\.p\.?"
    r"|as\s+soon\s+as\s+(?:is\s+)?(?:possible|practicable|practical|feasible"
    r"|reasonably\s+(?:possible|practicable))|as\s+a\s+matter\s+of\s+(?:urgency|priority)"
    r"|at\s+the\s+earliest\s+(?:opportunity|convenience)|without\s+delay"
    r"|(?:in|over|during|within)\s+the\s+coming\s+days"
    r"|(?:in|over|during|within)\s+the\s+coming\s+(?:weeks|months)"
    r"|in\s+the\s+(?:near|very\s+near)\s+future|(?<!as\s)soon(?!\s+as|er))\b"
)


def _vague(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    return _relative(m, ctx.reference + VAGUE_DELAY, 3, VAGUE)


# A preposition is required: "the Christmas party" names an event, not a deadline.
_CHRISTMAS = _Pattern.plain(r"\b(?:by|before|until|till|at|over|for)\s+christmas\b")
_END_OF_DAY = r"(?:(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:business|play|day)|cob|eod|cop)"
_WEEKDAY_REF = _Pattern.plain(
    rf"\b(?:by|before|until|till|next|on|this)\s+(?:{_END_OF_DAY}\s+(?:on\s+)?)?"
    rf"(?:this\s+|next\s+|coming\s+)?{WEEKDAY_RE}\b(?!,?\s*(?:the\s+)?\d)"
)
_TOMORROW = _Pattern.plain(r"\b(?:by\s+)?tomorrow\b(?!['’]s)")
_TODAY = _Pattern.split(
    r"(?:\b(?:after|before|following|by\s+the\s+end\s+of)\s+the\s+(?:call|meeting)\s+)?"
    r"(?:\bby\s+)?(?:\bthe\s+end\s+of\s+)?",
    r"\b(?:today|tonight|this\s+(?:evening|afternoon))\b(?!['’]s)"  # not "today's decisions"
    rf"|\bby\s+{_END_OF_DAY}\b(?!\s+(?:on\s+)?(?:this\s+|next\s+|coming\s+)?{WEEKDAY_RE})"
)


def _christmas(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    due = next_occurrence(25, 12, ctx.reference)
    return _relative(m, due, 4)


def _weekday_ref(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    if len(m.group("weekday")) <= 4 and not ctx.text[m.start("weekday")].isupper():
        return None  # "sat", "sun", "wed" are words as well as days
    ahead = (WEEKDAYS[m.group("weekday")] - ctx.reference.weekday() - 1) % 7 + 1
    due = ctx.reference + timedelta(days=ahead)
    return _Candidate(*m.span(), due, STATED, 4, past=_said_before(ctx, m.start()))


def _tomorrow(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    return _Candidate(*m.span(), ctx.reference + timedelta(days=1), STATED, 4, absolute=False,
                      past=_said_before(ctx, m.start()))


def _today(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    """The meeting's own day; "This was completed tonight." reports, it does not ask."""
    return _Candidate(*m.span(), ctx.reference, STATED, 4, absolute=False,
                      past=_said_before(ctx, m.start()))
