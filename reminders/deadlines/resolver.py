"""Find every candidate deadline in a sentence, then choose one by rule 8.

A cheap word-set pre-check skips the rules a sentence cannot match (most sentences in
minutes say nothing about time); overlapping readings keep the longest; a reading in the
action's own clause beats one in a subordinate clause, then the earliest date wins.
"""

from __future__ import annotations

import re
import string
from datetime import date
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from reminders.deadlines.blockers import (
    _LOOK_BACK,
    _PERIOD_TO,
    _RANGE,
    _SERVICE_STANDARD,
    _blocked,
)
from reminders.deadlines.candidates import DEFAULT_CADENCE, Deadline, Handler, _Candidate, _Context
from reminders.deadlines.cleaning import clean, lower_same_length
from reminders.deadlines.dates import (
    _DATE_DAY_MONTH,
    _DATE_DMY,
    _DATE_ISO,
    _DATE_MDY,
    _DATE_NUMERIC,
    _DAY_OF_MONTH,
    _date_dmy,
    _date_mdy,
    _date_numeric,
    _day_of_month,
)
from reminders.deadlines.durations import (
    _ADJECTIVE_DURATION,
    _DURATION,
    _POSTFIX_DURATION,
    _TILDE_DURATION,
    _adjective_duration,
    _duration,
    _postfix_duration,
)
from reminders.deadlines.lexicon import MONTHS, WEEKDAYS
from reminders.deadlines.meetings import _NEXT_MEETING, _NEXT_MEETS, _next_meeting, _next_meets
from reminders.deadlines.months import _MONTH_REF, _YEAR_REF, _month_ref, _year_ref
from reminders.deadlines.objects import TRIGGERS, belongs_elsewhere
from reminders.deadlines.periods import _FIN_YEAR, _PERIOD, _QUARTER, _fin_year, _period, _quarter
from reminders.deadlines.scanning import _Pattern
from reminders.deadlines.soon import (
    _CHRISTMAS,
    _TODAY,
    _TOMORROW,
    _VAGUE,
    _WEEKDAY_REF,
    _christmas,
    _today,
    _tomorrow,
    _vague,
    _weekday_ref,
)

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
    _Rule(_TILDE_DURATION, _postfix_duration, *_needs(_UNIT_WORDS, "#digit")),
    _Rule(_ADJECTIVE_DURATION, _adjective_duration, *_needs(
        "day week month year", "review reviews update updates report reports check checks "
        "revisit evaluation assessment audit follow")),
    _Rule(_PERIOD, _period, *_needs("week month quarter year eow eom",
                                   "this current end close next following eow eom")),
    _Rule(_MONTH_REF, _month_ref, *_needs(_MONTH_WORDS)),
    _Rule(_DATE_DMY, _date_dmy, *_needs(_MONTH_WORDS, "#digit")),
    _Rule(_DATE_MDY, _date_mdy, *_needs(_MONTH_WORDS, "#digit")),
    _Rule(_DATE_NUMERIC, _date_numeric, *_needs("#digit")),
    _Rule(_DATE_ISO, _date_numeric, *_needs("#dash #slash")),
    _Rule(_DATE_DAY_MONTH, _date_numeric, *_needs("#slash")),
    _Rule(_DAY_OF_MONTH, _day_of_month, *_needs("st nd rd th", "#digit")),
    _Rule(_YEAR_REF, _year_ref, *_needs("#digit")),
    _Rule(_FIN_YEAR, _fin_year, *_needs("#slash #dash #fy")),
    _Rule(_QUARTER, _quarter, *_needs("q quarter")),
    _Rule(_NEXT_MEETING, _next_meeting, *_needs("next following upcoming forthcoming")),
    _Rule(_NEXT_MEETS, _next_meets, *_needs("meets meet next")),
    _Rule(_VAGUE, _vague, *_needs("imminently shortly urgently immediately asap soon matter "
                                 "earliest delay coming future")),
    _Rule(_CHRISTMAS, _christmas, *_needs("christmas")),
    _Rule(_WEEKDAY_REF, _weekday_ref, *_needs(" ".join(WEEKDAYS))),
    _Rule(_TOMORROW, _tomorrow, *_needs("tomorrow")),
    _Rule(_TODAY, _today, *_needs("today tonight evening afternoon day business play cob eod "
                                  "cop")),
)  # fmt: skip
# Rule 11's stretches that hold no deadline: only worth scanning when a rule above read one.
_BLOCKERS = (
    _Rule(_RANGE, _blocked, *_needs("#digit", _MONTH_WORDS + " #slash")),
    _Rule(_PERIOD_TO, _blocked, *_needs(_UNIT_WORDS, "to ending ended until through")),
    _Rule(_LOOK_BACK, _blocked, *_needs("earlier far date last")),
    _Rule(_SERVICE_STANDARD, _blocked, *_needs("within", "of from after")),
)  # fmt: skip


def _index(rules: tuple[_Rule, ...]) -> dict[str, tuple[int, ...]]:
    """Word -> the rules that need it, so a sentence looks up its words instead of testing
    every rule (most sentences hold none of the words any rule needs)."""
    index: dict[str, list[int]] = {}
    for position, rule in enumerate(rules):
        for word in rule.needs:
            index.setdefault(word, []).append(position)
    return {word: tuple(positions) for word, positions in index.items()}


_RULE_INDEX = _index(_RULES)
_BLOCKER_INDEX = _index(_BLOCKERS)


def _candidates(ctx: _Context, features: frozenset[str]) -> list[_Candidate]:
    found = _run(_RULES, _RULE_INDEX, ctx, features)
    return found + _run(_BLOCKERS, _BLOCKER_INDEX, ctx, features) if found else found


def _run(rules: tuple[_Rule, ...], index: dict[str, tuple[int, ...]], ctx: _Context,
         features: frozenset[str]) -> list[_Candidate]:
    low = ctx.low
    found: list[_Candidate] = []
    wanted: set[int] = set()
    for word in features:
        if (positions := index.get(word)) is not None:
            wanted.update(positions)
    for position in sorted(wanted):
        rule = rules[position]
        if rule.and_needs is not None and rule.and_needs.isdisjoint(features):
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


_OPEN_PAREN = re.compile(r"\s*\(\s*$")


def _restated(live: list[_Candidate], low: str) -> list[_Candidate]:
    """"by end next week (January 18)": a date in brackets right after a reading says what
    that reading meant, so the bracketed date stands instead of it."""
    dropped = set()
    for c in live:
        for d in live:
            if d.absolute and d.start > c.end and _OPEN_PAREN.fullmatch(low, c.end, d.start):
                dropped.add(id(c))
    return [c for c in live if id(c) not in dropped]


def resolve(text: str, reference: date, *, next_meeting: date | None = None,
            financial_year_start: int = 4, cadence: relativedelta = DEFAULT_CADENCE,
            body: str | None = None, month_first: bool = False) -> Deadline | None:
    """Resolve the deadline minuted in `text` (a sentence or list item) against meeting `reference`.

    Returns None when no time is stated (rule 7) or every date found lies in the past, so
    the caller can say "no deadline was minuted" and apply its own default. `body` is the
    meeting's title ("Mantid PMB Meeting 14"): given it, "the next PMB meeting" is this
    body's next meeting and "the next Users Meeting" somebody else's (rule 10).
    `month_first`: the minutes write dates the American way, "07/09/2023" for July 9.
    """
    cleaned = clean(text)
    low = lower_same_length(cleaned)
    ctx = _Context(cleaned, low, reference, next_meeting, financial_year_start, cadence,
                   "calendar" in low, body, month_first)
    features = _sentence_features(low)
    found = _candidates(ctx, features)
    if not found:
        return None
    live = [c for c in _without_overlaps(found)
            if not c.past and not (c.absolute and c.due < reference)]
    if live and not TRIGGERS.isdisjoint(features):
        live = [c for c in live if not belongs_elsewhere(c, ctx, features)]
    if len(live) > 1 and "(" in low:
        live = _restated(live, low)
    if not live:
        return None
    best = _choose(live, ctx)
    start, end = best.start, best.end
    while end > start and text[end - 1] in " .,;:-":
        end -= 1
    return Deadline(best.due, best.basis, text[start:end], (start, end))
