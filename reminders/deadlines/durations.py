"""Rule 1: durations counted from the meeting ("within 6 months", "in two weeks' time").

Also the adjective form ("a 6-month review") and "in the coming weeks", which the spec
reads as vague (rule 6) rather than as a count.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from reminders.deadlines.calendar_math import add_months, add_working_days
from reminders.deadlines.candidates import VAGUE, VAGUE_DELAY, _Candidate, _Context, _relative
from reminders.deadlines.lexicon import _NUM, _NUM_WORD, _UNIT, number_value
from reminders.deadlines.scanning import _Pattern

# Rule 9: an approximation names its duration ("in ~3 months", "in about six weeks").
_ABOUT = r"(?:(?:about|around|approximately|approx\.?|roughly|some|circa|c\.|~)\s*)?"
_DURATION = _Pattern.plain(
    r"\b(?P<prep>within|in|after|over|during)\s+"
    r"(?:(?P<next>the\s+next|the\s+coming|the\s+following|next|a\s+further|another"
    r"|a\s+period\s+of|an\s+additional)\s+)?"
    rf"{_ABOUT}(?P<num>{_NUM}(?:(?<=\d)|(?=[\s-])))?[\s-]*{_UNIT}"
    r"(?P<tail>(?:'s|')?\s+time\b)?"
)
_TILDE_DURATION = _Pattern.plain(rf"~\s*(?P<num>\d{{1,3}})[\s-]*{_UNIT}")  # "review ~3 months"
_POSTFIX_DURATION = _Pattern.plain(
    rf"\b{_ABOUT}(?P<num>{_NUM})[\s-]*{_UNIT}"
    r"(?:(?:'s|')?\s+time\b|\s+from\s+(?:now|today|(?:the\s+)?(?:date\s+of\s+)?"
    r"(?:this|the|today's)\s+meeting)\b|\s+hence\b)"
)
_ADJECTIVE_DURATION = _Pattern.plain(
    rf"\b(?P<num>\d{{1,2}}|{_NUM_WORD})[\s-](?P<unit>day|week|month|year)(?:ly)?[\s-]"
    r"(?:(?:progress|follow[\s-]up|post[\s-]implementation)\s+)?"
    r"(?:review|update|report|check|revisit|evaluation|assessment|audit|follow[\s-]up)s?\b"
)


_DAYS_PER_UNIT = {"day": 1, "week": 7, "fortnight": 14}
_MONTHS_PER_UNIT = {"month": 1, "quarter": 3, "year": 12}


def _add_duration(reference: date, count: float, unit: str) -> date | None:
    """M + a duration, calendar arithmetic: 31 Aug + 6 months = 28 (29) February."""
    if unit.startswith(("working", "business")):
        return add_working_days(reference, int(count)) if count >= 1 else None
    unit = unit.split()[-1].rstrip("s")
    if count != int(count):  # "half a year"; half of anything shorter is not minuted
        return add_months(reference, 6) if unit == "year" else None
    n = int(count)
    if n <= 0:
        return None
    try:
        if unit in _DAYS_PER_UNIT:
            return reference + timedelta(days=n * _DAYS_PER_UNIT[unit])
        return add_months(reference, n * _MONTHS_PER_UNIT[unit])
    except (ValueError, OverflowError):  # "in 999 years" runs off the calendar
        return None


def _duration(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    num, upcoming = m.group("num"), m.group("next")
    if m.group("prep") in ("over", "during") and not upcoming:
        return None  # "over three years of uplift" is a span, not a deadline
    if num is None:
        if not upcoming:
            return None
        if "coming" in upcoming and m.group("unit").endswith("s"):  # "in the coming weeks"
            return _relative(m, ctx.reference + VAGUE_DELAY, 3, VAGUE)
        num = "1"  # "within the next month"
    due = _add_duration(ctx.reference, number_value(num), m.group("unit"))
    return _relative(m, due, 1)


def _postfix_duration(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    due = _add_duration(ctx.reference, number_value(m.group("num")), m.group("unit"))
    return _relative(m, due, 1)


def _adjective_duration(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    before = ctx.low[max(0, m.start() - 12):m.start()].split()
    if before and before[-1] in ("rolling", "last", "previous", "past", "first"):
        return None  # "rolling 12-month joiner rates" measures, it does not schedule
    due = _add_duration(ctx.reference, number_value(m.group("num")), m.group("unit"))
    return _relative(m, due, 2)
