"""Rule 5: "at the next meeting", "when the Board next meets".

Due at the next meeting's date when the caller knows it, else one cadence after this one.
"The next" must be followed by a body's name, so "next steps ... the board" is no meeting.
"""

from __future__ import annotations

import re

from reminders.deadlines.candidates import (
    NEXT_MEETING,
    _Candidate,
    _Context,
    _meeting_due,
    _relative,
)
from reminders.deadlines.guards import _fillers_name_a_meeting
from reminders.deadlines.lexicon import _MEETING_NOUN, _MEETING_TAIL
from reminders.deadlines.scanning import _Pattern

_NEXT_MEETING = _Pattern.split(
    r"(?:\b(?P<pre>at|to|for|by|before|until|till|in|on|ahead\s+of|prior\s+to"
    r"|(?:in\s+)?time\s+for)\s+)?(?:the\s+)?",
    r"\b(?:next|upcoming|forthcoming|(?<=the\s)following)\s+"
    rf"(?P<fill>(?:[\w&/'.-]+\s+){{0,5}}?)(?P<noun>{_MEETING_NOUN})\b{_MEETING_TAIL}"
)
_NEXT_MEETS = _Pattern.plain(
    r"\bmeetings?\s+(?:in\s+|during\s+)?next\s+month\b|"  # not "the Board next month"
    r"\b(?:when|once|the\s+next\s+time)\s+(?:the\s+)?(?:[\w&/'-]+\s+){0,3}?next\s+meets?\b"
    r"|\bthe\s+next\s+time\s+(?:the\s+)?(?:[\w&/'-]+\s+){0,3}?meets?\b"
    r"|\b(?:for|by|before|until|till)\s+next\s+time\b(?!\s+(?:the\s+)?\w+\s+meets?\b)"
)


def _next_meeting(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    if not _fillers_name_a_meeting(m, ctx):
        return None
    return _relative(m, _meeting_due(ctx), 0, NEXT_MEETING)


def _next_meets(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    return _relative(m, _meeting_due(ctx), 0, NEXT_MEETING)
