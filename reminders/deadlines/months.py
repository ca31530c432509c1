"""Rule 2: a named month without a day ("by June", "the March Board"), and bare years.

A month means its last day, in the first such month not before the meeting's; a month that
names the next meeting ("the October Board") means that meeting when its date is known.
"""

from __future__ import annotations

import re
from datetime import date

from reminders.deadlines.calendar_math import add_months, month_end
from reminders.deadlines.candidates import NEXT_MEETING, STATED, _Candidate, _Context
from reminders.deadlines.guards import _fillers_name_a_meeting, _month_is_meant, _said_before
from reminders.deadlines.lexicon import (
    _MEETING_NOUN,
    _MEETING_TAIL,
    MONTH_RE,
    MONTHS,
    two_digit_year,
)
from reminders.deadlines.scanning import _Pattern

_MONTH_REF = _Pattern.split(
    r"(?:\b(?P<pre>by|in|during|until|till|before|for|at|to|no\s+later\s+than"
    r"|not\s+later\s+than|from|since|of|on)\s+)?"
    r"(?:(?P<the>the|its|their|our|this|that)\s+)?"
    r"(?:(?P<edge>end|close|beginning|start|middle|course)\s+of\s+)?"
    r"(?:(?P<part>early|mid|late)[\s-]+)?",
    rf"\b{MONTH_RE}"
    r"(?:\s*,?\s*(?P<year>(?:19|20)\d{2}|'?\d{2})(?!\d|[/:.-]\d|\s?(?:st|nd|rd|th)\b))?"
    r"(?P<poss>'s?)?"
    rf"(?:\s+(?P<fill>(?:[\w&/'-]+\s+){{0,4}}?)(?P<meeting>{_MEETING_NOUN})\b{_MEETING_TAIL})?"
)
_MEETING_JUST_BEFORE = re.compile(rf"{_MEETING_NOUN}\s+$")


def _month_ref(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    pre, start = m.group("pre"), m.start()
    if pre in ("from", "of", "on"):  # "from May" starts something; it is due at no time
        pre = None
        start = min(m.start(g) for g in ("the", "edge", "part", "month") if m.group(g))
    year_text = m.group("year")
    if year_text and _two_digits_read_as_day(year_text, MONTHS[m.group("month")], pre, ctx,
                                              m.start()):
        return None  # "March 21 2022", "by June 30": _date_mdy's business
    named_meeting = m.group("meeting") is not None and _fillers_name_a_meeting(m, ctx)
    if pre == "for" and not named_meeting:
        pre = None  # "book the room for April", "speakers for July": the object's month (rule 11)
    if not _month_is_meant(m, ctx, day=False, year=year_text is not None):
        return None
    if not (pre or m.group("edge") or m.group("part") or year_text or m.group("poss")
            or named_meeting):
        return None  # a bare month name is not a deadline ("the March figures")
    month = MONTHS[m.group("month")]
    year = two_digit_year(year_text) if year_text else _first_year_from(month, ctx.reference)
    past = pre == "since" or _said_before(ctx, m.start())
    end = m.end() if named_meeting else _month_ref_end(m)
    meeting = named_meeting or _MEETING_JUST_BEFORE.search(ctx.low, max(0, start - 30), start)
    nm = ctx.next_meeting
    if meeting and nm and (nm.year, nm.month) == (year, month):
        return _Candidate(start, end, nm, NEXT_MEETING, 3, past=past)
    return _Candidate(start, end, month_end(year, month), STATED, 4, past=past)


def _two_digits_read_as_day(year_text: str, month: int, pre: str | None,
                            ctx: _Context, start: int | None = None) -> bool:
    """"March 22" is March 2022 near 2022; far from it, 22 is a day of March.

    Near it too, a year reading that would be a deadline already past ("by Jan 18" at a
    January 2019 meeting, or a bracketed "(January 18)" restating "by end next week") or a
    year or more away ("until Jan 20") is a day of the month; "the March 21 figures" and
    "since March 22" stay month and year, as UK minutes write them.
    """
    if len(year_text) != 2:
        return False
    value = int(year_text)
    if abs(value - ctx.reference.year % 100) > 2:
        return True
    if not 1 <= value <= 31:
        return False
    as_year = month_end(two_digit_year(year_text), month)
    if as_year < ctx.reference:
        bracketed = start is not None and ctx.low[max(0, start - 2):start].strip() == "("
        return pre in _DEADLINE_PREPS or (bracketed and not _said_before(ctx, start))
    return as_year > add_months(ctx.reference, 12)


_DEADLINE_PREPS = frozenset(("by", "until", "till", "before", "no later than",
                             "not later than"))


def _first_year_from(month: int, reference: date) -> int:
    """Rule 2: the first such month that does not lie before the meeting's month."""
    return reference.year if month >= reference.month else reference.year + 1


def _month_ref_end(m: re.Match[str]) -> int:
    """Where the words end when they name no meeting: after the year or the possessive."""
    if m.group("poss"):
        return m.end("poss")
    return m.end("year") if m.group("year") else m.end("month")


_YEAR_REF = _Pattern.plain(
    r"\b(?P<pre>by|in|during|before|until|end\s+of)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+)?"
    r"(?P<year>(?:19|20)\d{2})\b(?!\s*[/-]\s*\d)"
)


def _year_ref(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    due = date(int(m.group("year")), 12, 31)
    return _Candidate(*m.span(), due, STATED, 5, past=_said_before(ctx, m.start()))
