"""Rule 4: ends of periods: "end of the month", "next quarter", "Q3", "2022/23", "FY23".

Quarters and years follow the financial year (April by default) unless the sentence says
"calendar", because that is how the public bodies writing these minutes count them.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from reminders.deadlines.calendar_math import (
    add_months,
    current_quarter_end,
    financial_year_end,
    month_end,
    quarter_end,
)
from reminders.deadlines.candidates import STATED, _Candidate, _Context, _relative
from reminders.deadlines.guards import _said_before
from reminders.deadlines.lexicon import two_digit_year
from reminders.deadlines.scanning import _Pattern

_PERIOD = _Pattern.split(
    r"(?:\b(?P<pre>by|before|at|until|till|for|in|during|within|over)\s+)?"
    r"(?:the\s+)?(?:(?P<edge>end|close)\s+of\s+(?:the\s+)?)?"
    r"(?:\b(?P<which>this|next|current|following)\s+)?"
    r"(?P<kind>calendar\s+|financial\s+|fiscal\s+)?",
    r"\b(?:(?P<period>week|month|quarter|year)\b(?P<end>[\s-]end\b)?|eo(?P<abbr>[wm])\b)"
)
_ABBREVIATED = {"w": "week", "m": "month"}  # "EOW", "EOM": the end of this week, month


def _period(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    which, period, kind = m.group("which"), m.group("period"), m.group("kind") or ""
    if abbr := m.group("abbr"):
        period = _ABBREVIATED[abbr]
    elif not (which or m.group("edge") or m.group("end")):
        return None  # "the year", "a month" alone say nothing
    elif m.group("end") and not m.group("pre") and not which:
        return None  # "year-end accounts" names a thing
    elif (period == "week" and which in ("this", "current") and not m.group("edge")
          and m.group("pre") not in ("by", "before", "until", "till")):
        return None  # "I'll do it this week": not among the spec's phrases (rule 7)
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
