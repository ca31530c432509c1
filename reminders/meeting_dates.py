"""Read the meeting's own date, and the next meeting's, from how minutes write them.

Spec: "Meeting dates" in spec/deadlines.md. Minutes often leave the year out ("Monday 4th
October, 13:30 pm") and put it in the title ("Monthly Assurance Meeting October 2021"), so
the year comes from the text, else the title, else a caller's default. A weekday is a
check, never a source: when it disagrees, the date stands and a warning says so, because
the digits are typed deliberately and the weekday is usually pasted from last month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from reminders.deadlines import (
    MONTH_RE,
    MONTHS,
    WEEKDAY_RE,
    WEEKDAYS,
    clean,
    lower_same_length,
    two_digit_year,
)

_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TO_BE_CONFIRMED = re.compile(
    r"\b(?:tbc|tba|tbd|to\s+be\s+(?:confirmed|agreed|arranged|decided|determined|fixed|set)"
    r"|not\s+yet\s+(?:set|fixed|known|agreed|decided))\b"
)


@dataclass(frozen=True, slots=True)
class MeetingDate:
    """A meeting's date and what looked wrong on the way ("the weekday does not match")."""

    date: date
    warnings: tuple[str, ...]


# The weekday may be glued to the day ("Tuesday12 March 2024"); the ordinal may be split
# ("2 nd November"); a time may follow ("13:30 pm", "@ 10:30", "10:30 - 12:30").
_DAY_FIRST = re.compile(
    rf"(?:\b{WEEKDAY_RE},?\s*)?(?:the\s+)?(?<!\d)(?P<day>[0-3]?\d)\s?(?:st|nd|rd|th)?\s*"
    rf"(?:of\s+)?\b{MONTH_RE},?(?:\s*(?P<year>(?:19|20)\d{{2}})(?!\d))?"
)
_MONTH_FIRST = re.compile(
    rf"(?:\b{WEEKDAY_RE},?\s*)?\b{MONTH_RE}\s+(?:the\s+)?(?P<day>[0-3]?\d)"
    r"(?:\s?(?:st|nd|rd|th)\b)?(?![\d:.])(?:,?\s*(?P<year>(?:19|20)\d{2})(?!\d))?"
)
_NUMERIC = re.compile(
    rf"(?:\b{WEEKDAY_RE},?\s*)?(?<![\d/.])(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<mon>[0-3]?\d)"
    r"(?P=sep)(?P<year>(?:19|20)?\d{2})(?![\d/.-]\d|\d)"
)
# ISO, also glued to a time ("2018-06-12T09:00"), spaced ("2024 03 11") or slashed
# ("2025/03/18").
# "Wed 5/3": a weekday, then day and month with no year (the title gives it).
_WEEKDAY_NUMERIC = re.compile(rf"\b{WEEKDAY_RE},?\s+(?P<day>[0-3]?\d)/(?P<mon>[01]?\d)"
                              r"(?![\d/])")
_ISO = re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d{2})(?P<sep>[- /])(?P<mon>[01]\d)(?P=sep)"
                  r"(?P<day>[0-3]\d)(?![\d/.]|-\d\d-)")
_TITLE = re.compile(rf"\b{MONTH_RE},?\s*(?P<year>(?:19|20)\d{{2}})(?!\d)")


@dataclass(frozen=True, slots=True)
class _Found:
    day: int
    month: int
    year: int | None
    weekday: str | None


_DIGIT = re.compile(r"\d")
# What every month name in MONTH_RE opens with (the patterns read the lower-cased text).
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                "dec")
_GLUED_ORDINAL = re.compile(r"(?<=\d)(st|nd|rd|th)(?=[a-z])")
_GLUED_DIGITS = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z]{3})")


def _spaced(text: str) -> str:
    """Lower-case `text` with spaces put back where a PDF lost them: "ON31stAugust2023"."""
    low = lower_same_length(clean(text))
    if not _GLUED_DIGITS.search(low):
        return low
    return _GLUED_DIGITS.sub(" ", _GLUED_ORDINAL.sub(r"\1 ", low))


# For ``month_first``: a numeric date readable both ways; one readable one way only; a
# month name before or after its day. Plain patterns on the lower-cased text, run on the
# whole document only when it holds an ambiguous date at all.
_AMBIGUOUS = re.compile(r"(?<![\d/.-])(?:0?[1-9]|1[0-2])(?:([/.-])(?:0?[1-9]|1[0-2])\1\d{2,4}|"
                        r"/(?:0?[1-9]|1[0-2]))(?![\d/.-]\d|\d)")  # or "before 4/12"
_NUMBERS = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(?:19|20)\d{2}(?!\d)")
_STEMS = "|".join(_MONTH_STEMS)
_WORD_MDY = re.compile(rf"\b(?:{_STEMS})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![:.]?\d)")
_WORD_DMY = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_STEMS})[a-z]*\b")


def month_first(text: str) -> bool:
    """Whether the document writes dates month first, as American minutes do, so that its
    "07/09/2023" is July 9: its unambiguous dates ("12/15/2018" two points, "June 11" one)
    outnumber the day-first ones ("15/12/2018", "11 June"). Only a four-digit year counts,
    so "11.17.01" item numbers (month, year, number) do not."""
    if not _AMBIGUOUS.search(text):
        return False  # no date it could change
    low = text.lower()
    first = second = 0
    for m in _NUMBERS.finditer(low):
        day, month = int(m.group(1)), int(m.group(3))
        first += 2 * (month > 12 >= day)
        second += 2 * (day > 12 >= month)
    spans = [m.span() for m in _WORD_DMY.finditer(low)]
    second += len(spans)
    first += sum(all(m.end() <= a or m.start() >= b for a, b in spans)
                 for m in _WORD_MDY.finditer(low))
    return first > second


def _find_all(text: str, month_first: bool = False) -> list[tuple[int, _Found]]:
    """Every date written in `text`, in any of the ways minutes write one, by position
    (in the `_spaced` copy of the text); ``month_first``: read "07/09/2023" as July 9."""
    low = _spaced(text)
    if _DIGIT.search(low) is None:
        return []  # every way of writing a date has a digit in it: the day
    found: dict[tuple[int, int], _Found] = {}
    named = any(stem in low for stem in _MONTH_STEMS)  # else no pattern naming a month fits
    numeric = (_NUMERIC, _ISO, _WEEKDAY_NUMERIC)
    for pattern in (*numeric, _DAY_FIRST, _MONTH_FIRST) if named else numeric:
        for m in pattern.finditer(low):
            groups = m.groupdict()
            month = int(groups["mon"]) if groups.get("mon") else MONTHS[groups["month"]]
            year = two_digit_year(groups["year"]) if groups.get("year") else None
            number = int(m.group("day"))
            if month > 12 >= number or (month_first and groups.get("mon")
                                        and pattern is not _ISO and number <= 12):
                number, month = month, number  # "12/15/2018" can only be month first
            day = _Found(number, month, year, groups.get("weekday"))
            if all(m.end() <= start or m.start() >= end for start, end in found):
                found[m.span()] = day  # an earlier pattern's reading of the words stands
    return [(start, day) for (start, _), day in sorted(found.items())]


def _find(text: str, month_first: bool = False) -> _Found | None:
    """The first date written in `text`."""
    dates = _find_all(text, month_first)
    return dates[0][1] if dates else None


def _weekday_warnings(found: _Found, when: date) -> tuple[str, ...]:
    if found.weekday is None or WEEKDAYS[found.weekday] == when.weekday():
        return ()
    written = _DAY_NAMES[WEEKDAYS[found.weekday]]
    return (f"weekday '{written}' does not match {when.day} {when:%B %Y} "
            f"(a {_DAY_NAMES[when.weekday()]}); the date stands",)


def _build(found: _Found, year: int) -> MeetingDate | None:
    try:
        when = date(year, found.month, found.day)
    except ValueError:
        return None  # "31 April": nothing sensible to stand on
    return MeetingDate(when, _weekday_warnings(found, when))


def title_month_year(title: str) -> tuple[int, int] | None:
    """The (year, month) a title names: "Monthly Assurance Meeting October 2021" -> (2021, 10)."""
    m = _TITLE.search(lower_same_length(clean(title)))
    return (int(m.group("year")), MONTHS[m.group("month")]) if m else None


def _year_from_title(month: int, title_year: int, title_month: int) -> int:
    """The year that puts `month` nearest the title's month: a "September 2022" meeting held
    on 4 October is 2022; a "December 2021" meeting held on 5 January is 2022."""
    return min((title_year - 1, title_year, title_year + 1),
               key=lambda y: abs((y * 12 + month) - (title_year * 12 + title_month)))


def parse_meeting_date(text: str, *, title: str | None = None, default_year: int | None = None,
                       month_first: bool = False) -> MeetingDate | None:
    """Parse a "Date:" line or heading, e.g. "Date: Monday 4th October, 13:30 pm".

    The year comes from the text, else from `title`, else `default_year`; with none of
    them the date cannot be known and None is returned, as it is when no date is written.
    """
    found = _find(text, month_first)
    if found is None:
        return _day_of_titled_month(text, title)
    year = found.year
    titled = title_month_year(title) if title and year is None else None
    if titled is not None:
        year = _year_from_title(found.month, *titled)
    if year is None:
        year = default_year
    return _build(found, year) if year is not None else None


# "Thursday 13th, after closing" under "... get-together, March 2025": a weekday and a day
# alone, the month and year the title's.
_WEEKDAY_DAY = re.compile(rf"^\W*{WEEKDAY_RE},?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b",
                          re.IGNORECASE)


def _day_of_titled_month(text: str, title: str | None) -> MeetingDate | None:
    if not title or not (m := _WEEKDAY_DAY.match(text)) or not (
        titled := title_month_year(title)
    ):
        return None
    year, month = titled
    return _build(_Found(int(m.group("day")), month, year, m.group("weekday").lower()), year)


_NOT_THE_MEETING = re.compile(r"\b(?:until|till|away|except|not|no|absent|holiday)\W*$")


def parse_next_meeting(text: str, *, meeting: date,
                       month_first: bool = False) -> MeetingDate | None:
    """Parse the next meeting's date, e.g. "Thursday 21 st October 2021; 10:30 – 12:30".

    Without a year it is the first such date on or after the meeting. "TBC" before any date,
    and words with no date, give None: the next meeting is then unknown, never guessed from
    the cadence. A date after "until" or "away" is somebody's absence, not the meeting
    ("3 weeks? yurko away (until jul 26)").
    """
    low = _spaced(text)
    for start, found in _find_all(text, month_first):
        if TO_BE_CONFIRMED.search(low, 0, start):
            return None
        if _NOT_THE_MEETING.search(low, max(0, start - 12), start):
            continue
        if found.year is not None:
            result = _build(found, found.year)
            if result is not None:
                return result
            continue
        for year in range(meeting.year, meeting.year + 9):  # 29 February waits for a leap year
            result = _build(found, year)
            if result is not None and result.date >= meeting:
                return result
    if (m := _NEXT_WEEKDAY.search(low)) and not TO_BE_CONFIRMED.search(low, 0, m.start()):
        # "same time next Saturday (25th)": the first such day after the meeting (rule 9)
        ahead = (_WEEKDAY_NUMBERS[m.group("day")[:3]] - meeting.weekday() - 1) % 7 + 1
        return MeetingDate(meeting + timedelta(days=ahead), ())
    return None


_WEEKDAY_NUMBERS = {d: n for n, d in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}
_NEXT_WEEKDAY = re.compile(r"\b(?:next|this|coming|on)\s+(?P<day>(?:mon|tues|wednes|thurs|fri|"
                           r"satur|sun)day)\b")
