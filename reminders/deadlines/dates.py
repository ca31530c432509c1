"""Rule 3: dates with a day ("31 July 2022", "March 3rd", "31/07/2022", "2022-07-31").

Day first, as UK minutes write them; a date without a year is the next one on or after the
meeting; a two-digit "year" far from the meeting is a count or a time, not a year.
"""

from __future__ import annotations

import re
from datetime import date

from reminders.deadlines.calendar_math import add_months, next_occurrence
from reminders.deadlines.candidates import STATED, _Candidate, _Context
from reminders.deadlines.guards import _month_is_meant, _said_before
from reminders.deadlines.lexicon import MONTH_RE, MONTHS, WEEKDAY_RE, two_digit_year
from reminders.deadlines.months import _two_digits_read_as_day
from reminders.deadlines.scanning import _Pattern

_DATE_PREP = (r"(?:\b(?P<prep>by|before|on|until|till|no\s+later\s+than|not\s+later\s+than"
              r"|due(?:\s+date)?:?|deadline:?)\s+)?")
_DATE_DMY = _Pattern.split(
    rf"{_DATE_PREP}(?:\b{WEEKDAY_RE},?\s*)?(?:the\s+)?", r"\b(?P<day>[0-3]?\d)\s?(?:st|nd|rd|th)?"
    rf"\s*(?:of\s+)?{MONTH_RE}"
    r"(?:,?\s*(?P<year>(?:19|20)\d{2}|'?\d{2})(?!\d|[:./-]\d|\s*(?:am|pm)\b))?"
)
_DATE_MDY = _Pattern.split(
    rf"{_DATE_PREP}(?:\b{WEEKDAY_RE},?\s*)?", rf"\b{MONTH_RE}\s+(?:the\s+)?(?P<day>[0-3]?\d)"
    r"(?P<ordinal>\s?(?:st|nd|rd|th)\b)?(?!\d|[:./-]\d|\s*(?:am|pm)\b)"
    r"(?:,?\s+(?P<year>(?:19|20)\d{2})(?!\d))?"
)
_DATE_NUMERIC = _Pattern.split(
    _DATE_PREP, r"(?<![\d/.-])(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<mon>[0-3]?\d)(?P=sep)"
    r"(?P<year>(?:19|20)?\d{2})(?![\d/.-]\d|\d)"
)
_DATE_ISO = _Pattern.split(  # also "2025/03/25", as South Africa and Japan write it
    _DATE_PREP, r"\b(?P<year>(?:19|20)\d{2})(?P<sep>[-/])(?P<mon>[01]\d)(?P=sep)(?P<day>[0-3]\d)\b"
)
_DATE_DAY_MONTH = _Pattern.plain(  # "by 31/07": only after a preposition, "22/23" is a year
    r"\b(?P<prep>by|before|on|until|till|due(?:\s+date)?:?|deadline:?)\s+"
    r"(?P<day>[0-3]?\d)/(?P<mon>[0-3]?\d)(?![\d/-]|\.\d)"  # "by 3/25.": month first
)


def _date_candidate(m: re.Match[str], ctx: _Context, day: int, month: int,
                    year: int | None, end: int) -> _Candidate | None:
    if year is None:
        due = next_occurrence(day, month, ctx.reference)
    else:
        try:
            due = date(year, month, day)
        except ValueError:
            due = None
    if due is None:
        return None
    return _Candidate(m.start(), end, due, STATED, 2, past=_said_before(ctx, m.start()))


def _plausible_year(year_text: str | None, ctx: _Context) -> int | None:
    """A two-digit "year" far from the meeting is a count or a time ("4 October 10 ...")."""
    if year_text is None:
        return None
    year = two_digit_year(year_text)
    if len(year_text.lstrip("'")) == 2 and not ctx.reference.year - 3 <= year <= (
        ctx.reference.year + 5
    ):
        return None
    return year


def _date_dmy(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    if not _month_is_meant(m, ctx, day=True, year=m.group("year") is not None):
        return None
    year = _plausible_year(m.group("year"), ctx)
    end = m.end() if year is not None else m.end("month")
    return _date_candidate(m, ctx, int(m.group("day")), MONTHS[m.group("month")],
                           year, end)


_DAY_JUST_BEFORE = re.compile(r"(?<!\d)[0-3]?\d\s?(?:st|nd|rd|th)?\s*(?:of\s+)?$")


def _date_mdy(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    if not _month_is_meant(m, ctx, day=True, year=m.group("year") is not None):
        return None
    if _DAY_JUST_BEFORE.search(ctx.low, max(0, m.start("month") - 12), m.start("month")):
        return None  # "4 October 10 members": UK minutes put the day first
    day, month = int(m.group("day")), MONTHS[m.group("month")]
    year = int(m.group("year")) if m.group("year") else None
    if (year is None and not m.group("ordinal") and abs(day - ctx.reference.year % 100) <= 2
            and not _two_digits_read_as_day(str(day), month, m.group("prep"), ctx, m.start())):
        # "since March 22", "the March 21 meeting": UK minutes write month-year this way.
        return None
    return _date_candidate(m, ctx, day, month, year, m.end())


def _date_numeric(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    year = m.groupdict().get("year")
    day, month = int(m.group("day")), int(m.group("mon"))
    if year is not None and m.start("year") < m.start("mon"):
        pass  # "2024-03-11", "2025/03/25": year, month, day, whoever writes it
    elif month > 12 >= day or (ctx.month_first and day <= 12):  # "12/15/2018": month first
        day, month = month, day
    return _date_candidate(m, ctx, day, month, two_digit_year(year) if year else None, m.end())


# "by the 15th", "by 28th": that day of the month, the first on or after the meeting; "by the 7th of
# each month" is a standing target, "the 15th March" is rule 3's, "on the 14th" an event.
_DAY_OF_MONTH = _Pattern.plain(
    r"\b(?P<prep>by|before|until|till|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+)?"
    r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
    rf"(?!\s*(?:of\s+)?(?:each|every|the\s+month|{MONTH_RE}))"
)


def _day_of_month(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    day, ref = int(m.group("day")), ctx.reference
    for month_start in (ref.replace(day=1), add_months(ref.replace(day=1), 1),
                        add_months(ref.replace(day=1), 2)):
        try:
            due = month_start.replace(day=day)
        except ValueError:
            continue  # "by the 31st" in a 30-day month: the next month that has one
        if due >= ref:
            return _Candidate(*m.span(), due, STATED, 3, absolute=False)
    return None
