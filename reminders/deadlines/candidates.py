"""What the rules hand back: the public `Deadline`, and the candidates they propose.

Every rule handler turns a match into a `_Candidate` (a due date, its basis and the span it
read) given the sentence's `_Context`; the resolver keeps one of them and returns it as a
`Deadline`. The basis names and the two defaults the spec fixes live here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

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
    span: tuple[int, int]  # into the text resolved, or into the parent's when inherited
    inherited: bool = False  # rule 12: the words are the parent item's


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
    body: str | None = None  # the meeting's title, to tell its own meetings from others'
    month_first: bool = False  # "07/09/2023" is July 9


Handler = Callable[[re.Match[str], _Context], "_Candidate | None"]


def _meeting_due(ctx: _Context) -> date:
    """Rule 5: the next meeting's date, or one cadence after this one when it is unknown."""
    return ctx.next_meeting or ctx.reference + ctx.cadence
