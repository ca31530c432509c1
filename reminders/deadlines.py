"""Turn the minuted words of an action into a due date (the contract: spec/deadlines.md).

Each rule of the spec is one precompiled pattern plus a handler that turns a match into a
candidate deadline carrying the exact span it read. A chooser then applies rule 8. The
patterns run on a lower-cased copy of the text that keeps every offset, so spans point into
the caller's string whatever noise it carries (HTML, Cyrillic look-alikes, curly quotes).
Everything here is a pure function of its arguments: no clock, no I/O.
"""

from __future__ import annotations

import calendar
import re
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

STATED = "stated"
NEXT_MEETING = "next_meeting"
VAGUE = "vague"

VAGUE_DELAY = timedelta(days=14)  # rule 6: "soon" means a fortnight after the meeting
DEFAULT_CADENCE = relativedelta(months=1)  # rule 5: when the next meeting's date is unknown


@dataclass(frozen=True, slots=True)
class Deadline:
    """When an action is due, on what basis, and the exact words of `text` that said so."""

    due: date
    basis: str  # "stated" | "next_meeting" | "vague"
    words: str
    span: tuple[int, int]


# --- Lexicon ----------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip


def _wordlist(text: str) -> list[str]:
    """Lexicons read better as prose than as a column of quoted strings."""
    return text.split()


_UNITS = _wordlist("one two three four five six seven eight nine ten eleven twelve thirteen "
                   "fourteen fifteen sixteen seventeen eighteen nineteen twenty")
NUMBER_WORDS: dict[str, float] = {word: i for i, word in enumerate(_UNITS, start=1)}
NUMBER_WORDS.update({f"twenty-{w}": 20 + i for i, w in enumerate(_UNITS[:4], start=1)})
NUMBER_WORDS.update({"a": 1, "an": 1, "a couple of": 2, "couple of": 2, "a few": 3, "few": 3,
                     "half a": 0.5, "half an": 0.5})

_FULL_MONTHS = frozenset(name for name in MONTHS if len(name) > 4 or name in ("may", "june",
                                                                               "july"))
MONTH_RE = (r"(?P<month>january|february|march|april|may|june|july|august|september|october"
            r"|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\b\.?")
WEEKDAY_RE = (r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday"
              r"|tues|thurs|thur|mon|tue|wed|thu|fri|sat|sun)\.?")
_NUM = (r"(?:\d{1,3}|twenty(?:[\s-](?:one|two|three|four))?|thirteen|fourteen|fifteen"
        r"|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine"
        r"|ten|eleven|twelve|a\s+couple\s+of|couple\s+of|a\s+few|few|half\s+an?|an?)")
_NUM_WORD = (r"(?:twenty(?:[\s-](?:one|two|three|four))?|thirteen|fourteen|fifteen|sixteen"
             r"|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten"
             r"|eleven|twelve)")
_UNIT = (r"(?P<unit>(?:working\s+|business\s+|calendar\s+|clear\s+)?days?|weeks?"
         r"|fortnights?|months?|years?|quarters?)\b")
_MEETING_NOUN = (r"(?:meetings?|hta|board|committee|sub-committee|subcommittee|council"
                 r"|panel|session|forum|cabinet|assembly|agm|trustees|governors)")
_MEETING_TAIL = r"(?:/[\w-]+)*(?:\s+meetings?\b)?"  # "the next Board/Committee meeting"
# Words allowed between "next" and the meeting noun besides Capitalised names
# ("the next Audit Committee"), so "next steps include ... the board" is not a meeting.
_MEETING_FILLERS = frozenset(_wordlist(
    "month's months month scheduled available formal ordinary full public regular monthly "
    "quarterly holding to account hta consolidation assurance performance thematic trust "
    "parish town district county city annual general extraordinary board committee council "
    "audit finance scrutiny and joint steering working programme project policy management "
    "executive strategic operational meeting panel group planning governance "
    "quality risk health safety"
))
_PAST_WORDS = frozenset(_wordlist(
    "since ago last previous previously past earlier was were had did has have been made "
    "held met done seen set taken given sent written began begun ran arising"
))
# Participles that look past but schedule the future ("scheduled for May", "deferred to June").
_FUTURE_PARTICIPLES = frozenset(_wordlist(
    "expected scheduled rescheduled planned anticipated needed required requested intended "
    "proposed aimed targeted timetabled deferred postponed delayed moved asked tasked invited "
    "referred carried brought due followed"
))
_MODALS = frozenset(_wordlist("be being to will would should shall must can could may might"))
_SKIPPABLE = frozenset(_wordlist("on in at the during of from for a an"))

_HOMOGLYPHS = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O",
    "Р": "P", "С": "C", "Т": "T", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'", "`": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": " ", "\t": " ", "\r": " ",
    "\n": " ",
})  # fmt: skip
_MARKUP = re.compile(r"<[^<>]{0,300}>|&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
_ENTITIES = {"&amp;": "&", "&#39;": "'", "&apos;": "'", "&rsquo;": "'", "&lsquo;": "'",
             "&ndash;": "-", "&mdash;": "-", "&#8217;": "'", "&#8211;": "-"}


def clean(text: str) -> str:
    """Neutralise look-alike letters, quotes, dashes and markup without moving any offset.

    Offsets must survive so that `Deadline.span` points into the caller's text: tags become
    spaces of the same length and an entity becomes its character padded with spaces.
    """
    out = text.translate(_HOMOGLYPHS)
    if "<" in out or "&" in out:
        out = _MARKUP.sub(_blank_markup, out)
    return out


def _blank_markup(m: re.Match[str]) -> str:
    token = m.group()
    char = _ENTITIES.get(token.lower(), " ") if token[0] == "&" else " "
    return char.ljust(len(token))


def lower_same_length(text: str) -> str:
    """Lower-case `text`, keeping length: a few letters ("İ") lower to two characters."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


def number_value(words: str) -> float:
    """The value of a minuted number: digits, "six", "twenty one", "a couple of", "an"."""
    key = " ".join(words.split())
    if key[0].isdigit():
        return int(key)
    return NUMBER_WORDS[key.replace("twenty ", "twenty-")]


def two_digit_year(text: str) -> int:
    """'22 or 22 -> 2022; 2022 -> 2022 (minutes this century write two digits freely)."""
    value = int(text.lstrip("'"))
    return 2000 + value if value < 100 else value


# --- Calendar arithmetic ------------------------------------------------------------------


def month_end(year: int, month: int) -> date:
    """Last day of a month: the due date of every "by <month>" expression."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(start: date, months: int) -> date:
    """Calendar months, clamped to the month's end: 31 Aug + 6 months = 28 (29) February.

    The same answer as relativedelta, at a fraction of its cost in the hot path.
    """
    year, month = divmod(start.year * 12 + start.month - 1 + months, 12)
    return date(year, month + 1, min(start.day, calendar.monthrange(year, month + 1)[1]))


def next_occurrence(day: int, month: int, reference: date) -> date | None:
    """The first `day month` on or after `reference`; 29 February waits for a leap year."""
    for year in range(reference.year, reference.year + 9):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= reference:
            return candidate
    return None


def add_working_days(start: date, days: int) -> date:
    """Count Monday-Friday only, as "within 10 working days" is meant in UK public bodies."""
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def _last_day_before(first_of_month: date) -> date:
    return first_of_month - timedelta(days=1)


def quarter_end(start_month: int, quarter: int, reference: date, fy_start_year: int | None,
                calendar_year: int | None = None) -> date:
    """Last day of quarter `quarter` of a year starting in `start_month`.

    With `fy_start_year` that year's quarter; with `calendar_year` the quarter that ends in
    it; otherwise the first such quarter that does not end before `reference` (rule 4).
    """
    offset = 3 * (quarter - 1)
    first_year = fy_start_year if fy_start_year is not None else reference.year - 2
    for year in range(first_year, first_year + 4):
        end = _last_day_before(add_months(date(year, start_month, 1), offset + 3))
        if fy_start_year is not None:
            return end
        if calendar_year is not None:
            if end.year == calendar_year:
                return end
        elif end >= reference:
            return end
    return end


def current_quarter_end(start_month: int, reference: date, ahead: int = 0) -> date:
    """Last day of the quarter holding `reference`, or of the `ahead`-th one after it."""
    months_in = (reference.month - start_month) % 3
    first_of_month = reference.replace(day=1)
    return _last_day_before(add_months(first_of_month, 3 * (ahead + 1) - months_in))


def financial_year_end(start_month: int, reference: date, ahead: int = 0) -> date:
    """Last day of the financial year holding `reference` (31 March for an April year)."""
    year = reference.year if reference.month >= start_month else reference.year - 1
    return _last_day_before(date(year + 1 + ahead, start_month, 1))


# --- Candidates -------------------------------------------------------------------------


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    due: date
    basis: str
    priority: int = 5  # breaks ties between equal spans; lower wins
    absolute: bool = True  # a calendar date or month, so it can be a past reference
    past: bool = False  # the words say it already happened


def _relative(m: re.Match[str], due: date | None, priority: int,
              basis: str = STATED) -> _Candidate | None:
    """A reading counted from the meeting ("in 6 months", "next month"): never in the past."""
    if due is None:
        return None
    return _Candidate(m.start(), m.end(), due, basis, priority, absolute=False)


@dataclass(slots=True)
class _Context:
    text: str  # cleaned, original case
    low: str
    reference: date
    next_meeting: date | None
    fy_start: int
    cadence: relativedelta
    calendar: bool


Handler = Callable[[re.Match[str], _Context], "_Candidate | None"]


def _meeting_due(ctx: _Context) -> date:
    """Rule 5: the next meeting's date, or one cadence after this one when it is unknown."""
    return ctx.next_meeting or ctx.reference + ctx.cadence


def _fillers_name_a_meeting(m: re.Match[str], ctx: _Context) -> bool:
    """True when the words before the meeting noun are a body's name, not a clause."""
    start, end = m.span("fill")
    for word in ctx.text[start:end].split():
        if word.lower() not in _MEETING_FILLERS and not word[:1].isupper():
            return False
    return True


_NAME_FOLLOWS = re.compile(r" [A-Z][a-z]")
_FIRST_NAMES = frozenset(("jan", "may", "june", "april", "august"))


def _month_is_meant(m: re.Match[str], ctx: _Context, *, day: bool, year: bool) -> bool:
    """Guard month names that are also words: "may exceed", "a protest march", "Jan" (a name).

    "May" counts only capitalised ("MAY" only beside a day or year); lower-case "march" and
    abbreviations ("Mar", but not an owner code "MAR") only beside a day or a year.
    """
    name = m.group("month")
    written = ctx.text[m.start("month"):m.end("month")]
    if name == "may" and not (written[0] == "M" and (day or year or written == "May")):
        return False
    if day or year:
        return True
    if name in _FIRST_NAMES and m.group("meeting") is None and _NAME_FOLLOWS.match(
        ctx.text, m.end("month")
    ):
        return False  # "to Jan Smith", "June Brown to circulate": a person, not a month
    if name == "march" or name not in _FULL_MONTHS:
        return written[0].isupper() and not written.isupper()
    return True


def _said_before(ctx: _Context, start: int) -> bool:
    """True when the words just before `start` put the expression in the past.

    "changes made in May", "agreed at the March meeting", "since March 22", "published on
    the 22 March 2018" are past; "to be made in May", "scheduled for June" are not.
    """
    words = ctx.low[max(0, start - 60):start].split()
    while words and words[-1] in _SKIPPABLE:
        words.pop()
    if not words:
        return False
    word = words[-1].strip(".,;:()")
    before = words[-2] if len(words) > 1 else ""
    if word in ("since", "ago", "last", "previous", "past", "earlier"):
        return True
    if before in _MODALS or word in _FUTURE_PARTICIPLES:
        return False
    if before in ("was", "were", "had", "been"):  # "the hedge was cut in May"
        return True
    return word in _PAST_WORDS or (word.endswith("ed") and len(word) > 4)


@dataclass(frozen=True, slots=True)
class _Pattern:
    """A pattern scanned by its first mandatory words, its optional lead-in read backwards.

    Letting the regex engine try an optional lead-in ("by the end of") at every position
    costs more than everything else together; scanning for the core ("March", "Q3") and
    then matching the lead-in that ends at each hit gives the same match far faster.
    """

    core: re.Pattern[str]
    lead_in: re.Pattern[str] | None
    full: re.Pattern[str]

    @classmethod
    def plain(cls, pattern: str) -> _Pattern:
        compiled = re.compile(pattern)
        return cls(compiled, None, compiled)

    @classmethod
    def split(cls, lead_in: str, core: str) -> _Pattern:
        return cls(re.compile(core), re.compile(f"(?:{lead_in})$"), re.compile(lead_in + core))

    def finditer(self, low: str) -> Iterator[re.Match[str]]:
        if self.lead_in is None:
            return self.core.finditer(low)
        return self._with_lead_ins(low)

    def _with_lead_ins(self, low: str) -> Iterator[re.Match[str]]:
        for hit in self.core.finditer(low):
            start = hit.start()
            lead = self.lead_in.search(low, max(0, start - _LEAD_IN_REACH), start)
            m = self.full.match(low, lead.start() if lead else start)
            if m is not None:
                yield m


_LEAD_IN_REACH = 48  # characters: "not later than the end of the" and a weekday fit


# --- Rule 1: durations ------------------------------------------------------------------

_DURATION = _Pattern.plain(
    r"\b(?P<prep>within|in|after|over|during)\s+"
    r"(?:(?P<next>the\s+next|the\s+coming|the\s+following|next|a\s+further|another"
    r"|a\s+period\s+of|an\s+additional)\s+)?"
    rf"(?P<num>{_NUM}(?:(?<=\d)|(?=[\s-])))?[\s-]*{_UNIT}"
    r"(?P<tail>(?:'s|')?\s+time\b)?"
)
_POSTFIX_DURATION = _Pattern.plain(
    rf"\b(?P<num>{_NUM})[\s-]*{_UNIT}"
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


# --- Rule 2: named months, and years ----------------------------------------------------

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
    if year_text and _two_digits_read_as_day(year_text, ctx):
        return None  # "March 21 2022", "by June 30": _date_mdy's business
    named_meeting = m.group("meeting") is not None and _fillers_name_a_meeting(m, ctx)
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


def _two_digits_read_as_day(year_text: str, ctx: _Context) -> bool:
    """"March 22" is March 2022 near 2022; far from it, 22 is a day of March."""
    return len(year_text) == 2 and abs(int(year_text) - ctx.reference.year % 100) > 2


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


# --- Rule 3: dates ----------------------------------------------------------------------

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
    _DATE_PREP, r"(?<![\d/.-])(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<mon>[01]?\d)(?P=sep)"
    r"(?P<year>(?:19|20)?\d{2})(?![\d/.-]\d|\d)"
)
_DATE_ISO = _Pattern.split(
    _DATE_PREP, r"\b(?P<year>(?:19|20)\d{2})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b"
)
_DATE_DAY_MONTH = _Pattern.plain(  # "by 31/07": only after a preposition, "22/23" is a year
    r"\b(?P<prep>by|before|on|until|till|due(?:\s+date)?:?|deadline:?)\s+"
    r"(?P<day>[0-3]?\d)/(?P<mon>[01]?\d)(?![\d/.-])"
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
    if year is None and not m.group("ordinal") and abs(day - ctx.reference.year % 100) <= 2:
        # "since March 22", "the March 21 meeting": UK minutes write month-year this way.
        return None
    return _date_candidate(m, ctx, day, month, year, m.end())


def _date_numeric(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    year = m.groupdict().get("year")
    return _date_candidate(m, ctx, int(m.group("day")), int(m.group("mon")),
                           two_digit_year(year) if year else None, m.end())


# --- Rule 4: ends of periods, quarters, financial years ---------------------------------

_PERIOD = _Pattern.split(
    r"(?:\b(?P<pre>by|before|at|until|till|for|in|during|within|over)\s+)?"
    r"(?:the\s+)?(?:(?P<edge>end|close)\s+of\s+(?:the\s+)?)?"
    r"(?:\b(?P<which>this|next|current|following)\s+)?"
    r"(?P<kind>calendar\s+|financial\s+|fiscal\s+)?",
    r"\b(?P<period>week|month|quarter|year)\b(?P<end>[\s-]end\b)?"
)


def _period(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    which, period, kind = m.group("which"), m.group("period"), m.group("kind") or ""
    if not (which or m.group("edge") or m.group("end")):
        return None  # "the year", "a month" alone say nothing
    if m.group("end") and not m.group("pre") and not which:
        return None  # "year-end accounts" names a thing
    ahead = 1 if which in ("next", "following") else 0
    ref = ctx.reference
    if period == "week":
        due = ref + timedelta(days=7) if ahead else ref + timedelta(days=6 - ref.weekday())
    elif period == "month":
        following = add_months(ref.replace(day=1), ahead)
        due = month_end(following.year, following.month)
    elif period == "quarter":
        start = 1 if "calendar" in kind or ctx.calendar else ctx.fy_start
        due = current_quarter_end(start, ref, ahead)
    elif kind.strip() in ("financial", "fiscal"):
        due = financial_year_end(ctx.fy_start, ref, ahead)
    else:
        due = date(ref.year + ahead, 12, 31)
    return _relative(m, due, 3)


_QUARTER = _Pattern.split(
    r"(?:\b(?P<pre>by|before|in|during|for|until|at|within)\s+)?(?:the\s+)?"
    r"(?:(?P<edge>end|close)\s+of\s+(?:the\s+)?)?(?:(?:calendar|financial|fiscal)\s+)?",
    r"\b(?:q(?P<q>[1-4])|quarter\s+(?P<q2>[1-4]|one|two|three|four)"
    r"|(?P<q3>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:calendar\s+|financial\s+)?"
    r"quarter)\b"
    r"(?:\s+(?:of\s+)?(?:the\s+)?(?:(?:calendar|financial|fiscal)\s+year\s*)?(?:fy\s*)?"
    r"(?:(?P<fy1>(?:19|20)?\d{2})\s*[/-]\s*(?P<fy2>(?:19|20)?\d{2})\b|(?P<year>20\d{2})\b))?"
)
_ORDINALS = {"1": 1, "one": 1, "first": 1, "1st": 1, "2": 2, "two": 2, "second": 2, "2nd": 2,
             "3": 3, "three": 3, "third": 3, "3rd": 3, "4": 4, "four": 4, "fourth": 4, "4th": 4}


def _quarter(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    quarter = _ORDINALS[m.group("q") or m.group("q2") or m.group("q3")]
    start_month = 1 if ctx.calendar else ctx.fy_start
    fy_year, calendar_year = None, None
    if m.group("fy1"):
        fy_year = two_digit_year(m.group("fy1"))
        if start_month == 1:  # a calendar quarter of "2022/23" means the first year
            calendar_year, fy_year = fy_year, None
    elif m.group("year"):
        calendar_year = int(m.group("year"))
    due = quarter_end(start_month, quarter, ctx.reference, fy_year, calendar_year)
    return _Candidate(*m.span(), due, STATED, 2, past=_said_before(ctx, m.start()))


_FIN_YEAR = _Pattern.split(
    r"(?:\b(?P<pre>by|before|in|during|for|until|within|at)\s+)?(?:(?P<the>the)\s+)?"
    r"(?:(?P<edge>end|close)\s+of\s+(?:the\s+)?)?"
    r"(?P<label>(?:financial|fiscal)\s+year\s*(?:end\s*)?|year[\s-]end\s*|fy\s*)?",
    r"(?<![\d/.])(?:(?P<y1>(?:19|20)?\d{2})\s*[/-]\s*(?P<y2>(?:19|20)?\d{2})"
    r"|(?<=fy)(?P<fy>\d{2}|\d{4})|(?<=fy )(?P<fy_>\d{2}|\d{4}))\b(?![/.-]\d)"
)


def _fin_year(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    if m.group("y1"):
        bare = not (m.group("pre") or m.group("edge") or m.group("label"))
        if bare and (len(m.group("y1")) == 2 or "/" not in m.group()):
            return None  # "pages 22-23", "22/23": too many things look like this
        first, second = two_digit_year(m.group("y1")), two_digit_year(m.group("y2"))
        if second != first + 1:
            return None
        ends = second
    else:
        ends = two_digit_year(m.group("fy") or m.group("fy_"))
    attributive = m.group("the") and not (m.group("edge") or m.group("label"))
    if attributive and ctx.low[m.end():m.end() + 2].strip()[:1].isalpha():
        return None  # "the 22/23 budget" names a budget, it sets no date
    start = ctx.fy_start
    due = date(ends, start, 1) - timedelta(days=1) if start > 1 else date(ends, 12, 31)
    return _Candidate(*m.span(), due, STATED, 2, past=_said_before(ctx, m.start()))


# --- Rule 5: next meeting; rule 6: vague ------------------------------------------------

_NEXT_MEETING = _Pattern.split(
    r"(?:\b(?P<pre>at|to|for|by|before|until|till|in|on|ahead\s+of|prior\s+to"
    r"|(?:in\s+)?time\s+for)\s+)?(?:the\s+)?", r"\b(?:next|(?<=the\s)following)\s+"
    rf"(?P<fill>(?:[\w&/'.-]+\s+){{0,5}}?)(?P<noun>{_MEETING_NOUN})\b{_MEETING_TAIL}"
)
_NEXT_MEETS = _Pattern.plain(
    r"\bmeetings?\s+(?:in\s+|during\s+)?next\s+month\b|"  # not "the Board next month"
    r"\b(?:when|once|the\s+next\s+time)\s+(?:the\s+)?(?:[\w&/'-]+\s+){0,3}?next\s+meets?\b"
    r"|\bthe\s+next\s+time\s+(?:the\s+)?(?:[\w&/'-]+\s+){0,3}?meets?\b"
)


def _next_meeting(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    if not _fillers_name_a_meeting(m, ctx):
        return None
    return _relative(m, _meeting_due(ctx), 0, NEXT_MEETING)


def _next_meets(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    return _relative(m, _meeting_due(ctx), 0, NEXT_MEETING)


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


_CHRISTMAS = _Pattern.plain(r"\b(?:(?:by|before|until|at|over|for)\s+)?christmas\b")
_WEEKDAY_REF = _Pattern.plain(
    rf"\b(?:by|before|until|till|next)\s+(?:this\s+|next\s+)?{WEEKDAY_RE}\b"
    r"(?!,?\s*(?:the\s+)?\d)"
)
_TOMORROW = _Pattern.plain(r"\b(?:by\s+)?tomorrow\b")


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
    return _relative(m, ctx.reference + timedelta(days=1), 4)


# --- Dispatch ---------------------------------------------------------------------------

_DIGIT = re.compile(r"\d")
_SUBORDINATE = re.compile(
    r"\b(?:if|whether|which|who|whose|where|when|once|because|so\s+that|to\s+(?:determine"
    r"|see|check|establish|assess|understand|confirm|find\s+out|ascertain))\b"
)
# Cheap evidence that a rule could match: the sentence's words as a set (one translate and
# one split, both in C), plus marks for digits and date punctuation.
_WORD_BREAKS = str.maketrans(dict.fromkeys(string.punctuation + string.digits + "\u201c\u201d",
                                           " "))  # digits too: "6months", "Q3" -> "q"
_UNIT_WORDS = "day days week weeks fortnight fortnights month months year years quarter quarters"


def _sentence_features(low: str) -> frozenset[str]:
    words = set(low.translate(_WORD_BREAKS).split())
    if _DIGIT.search(low):
        words.add("#digit")
        words.update(mark for char, mark in (("/", "#slash"), ("-", "#dash")) if char in low)
        if "fy" in low:
            words.add("#fy")
    if "a.s.a.p" in low:
        words.add("asap")
    return frozenset(words)


class _Rule(NamedTuple):
    """A pattern and its handler, run only when the sentence has the words it needs.

    The sentence must hold one of `needs`, and one of `and_needs` when that is given.
    Set tests cost nanoseconds; a regex scan costs microseconds, and most sentences in
    minutes say nothing about time.
    """

    pattern: _Pattern
    handler: Handler
    needs: frozenset[str]
    and_needs: frozenset[str] | None = None


def _needs(words: str, and_words: str | None = None) -> tuple[frozenset[str],
                                                               frozenset[str] | None]:
    """`_needs("day week", "this next")`: one of the first words, and one of the second."""
    return frozenset(words.split()), frozenset(and_words.split()) if and_words else None


_MONTH_WORDS = " ".join(MONTHS)
_RULES = (
    _Rule(_DURATION, _duration, *_needs(_UNIT_WORDS)),
    _Rule(_POSTFIX_DURATION, _postfix_duration, *_needs(_UNIT_WORDS, "time from hence")),
    _Rule(_ADJECTIVE_DURATION, _adjective_duration, *_needs(
        "day week month year", "review reviews update updates report reports check checks "
        "revisit evaluation assessment audit follow")),
    _Rule(_PERIOD, _period, *_needs("week month quarter year",
                                   "this current end close next following")),
    _Rule(_MONTH_REF, _month_ref, *_needs(_MONTH_WORDS)),
    _Rule(_DATE_DMY, _date_dmy, *_needs(_MONTH_WORDS, "#digit")),
    _Rule(_DATE_MDY, _date_mdy, *_needs(_MONTH_WORDS, "#digit")),
    _Rule(_DATE_NUMERIC, _date_numeric, *_needs("#digit")),
    _Rule(_DATE_ISO, _date_numeric, *_needs("#dash")),
    _Rule(_DATE_DAY_MONTH, _date_numeric, *_needs("#slash")),
    _Rule(_YEAR_REF, _year_ref, *_needs("#digit")),
    _Rule(_FIN_YEAR, _fin_year, *_needs("#slash #dash #fy")),
    _Rule(_QUARTER, _quarter, *_needs("q quarter")),
    _Rule(_NEXT_MEETING, _next_meeting, *_needs("next following")),
    _Rule(_NEXT_MEETS, _next_meets, *_needs("meets meet next")),
    _Rule(_VAGUE, _vague, *_needs("imminently shortly urgently immediately asap soon matter "
                                 "earliest delay coming future")),
    _Rule(_CHRISTMAS, _christmas, *_needs("christmas")),
    _Rule(_WEEKDAY_REF, _weekday_ref, *_needs(" ".join(WEEKDAYS))),
    _Rule(_TOMORROW, _tomorrow, *_needs("tomorrow")),
)  # fmt: skip


def _candidates(ctx: _Context) -> list[_Candidate]:
    low = ctx.low
    features = _sentence_features(low)
    found: list[_Candidate] = []
    for rule in _RULES:
        if rule.needs.isdisjoint(features) or (
            rule.and_needs is not None and rule.and_needs.isdisjoint(features)
        ):
            continue
        for m in rule.pattern.finditer(low):
            candidate = rule.handler(m, ctx)
            if candidate is not None:
                found.append(candidate)
    return found


def _without_overlaps(found: list[_Candidate]) -> list[_Candidate]:
    """Keep the longest reading of each stretch of words ("within the next month" over
    "next month"; "the 22 March 2018" over "March 2018"); equal spans go by priority."""
    kept: list[_Candidate] = []
    for c in sorted(found, key=lambda c: (c.start - c.end, c.priority, c.start)):
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    return kept


def _choose(kept: list[_Candidate], ctx: _Context) -> _Candidate:
    """Rule 8: prefer the expression in the action's own clause, then the earliest date.

    An expression after "if", "whether", "to determine" ... belongs to a subordinate clause
    ("Revisit in 6 months to determine if changes made in May are working").
    """
    if len(kept) == 1:
        return kept[0]
    clauses = [m.start() for m in _SUBORDINATE.finditer(ctx.low)]

    def depth(c: _Candidate) -> int:
        return sum(1 for pos in clauses if pos < c.start)

    return min(kept, key=lambda c: (depth(c), c.due, c.start))


def resolve(text: str, reference: date, *, next_meeting: date | None = None,
            financial_year_start: int = 4,
            cadence: relativedelta = DEFAULT_CADENCE) -> Deadline | None:
    """Resolve the deadline minuted in `text` (a sentence or list item) against meeting `reference`.

    Returns None when no time is stated (rule 7) or every date found lies in the past, so
    the caller can say "no deadline was minuted" and apply its own default.
    """
    cleaned = clean(text)
    low = lower_same_length(cleaned)
    ctx = _Context(cleaned, low, reference, next_meeting, financial_year_start, cadence,
                   "calendar" in low)
    found = _candidates(ctx)
    if not found:
        return None
    live = [c for c in _without_overlaps(found)
            if not c.past and not (c.absolute and c.due < reference)]
    if not live:
        return None
    best = _choose(live, ctx)
    start, end = best.start, best.end
    while end > start and text[end - 1] in " .,;:-":
        end -= 1
    return Deadline(best.due, best.basis, text[start:end], (start, end))
