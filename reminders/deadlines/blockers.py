"""Rule 11, first half: stretches of words that mention time but set no deadline.

Measurement periods ("in the 12 months to March", "the period 1 April to 30 September"),
look-backs ("earlier this year", "last month") and service standards ("within 5 days of
reporting") hold words the other rules would read as a deadline ("to March", "1 April",
"this year", "within 5 days"). Each blocker is proposed as a candidate over its whole
stretch: being longer, it wins the overlap with the reading inside it, and being marked
`past` it is then dropped, so the sentence states no time unless something else does.
"""

from __future__ import annotations

import re

from reminders.deadlines.candidates import _Candidate, _Context
from reminders.deadlines.lexicon import _NUM, _UNIT, MONTH_RE
from reminders.deadlines.scanning import _Pattern

_MONTH = MONTH_RE.replace("?P<month>", "?:")
_DAYISH = (rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s*(?:of\s+)?)?{_MONTH}(?:\s*,?\s*\d{{1,2}}"
           rf"(?:st|nd|rd|th)?(?!\d))?(?:\s*,?\s*(?:19|20)\d\d)?"
           r"|\d{1,2}[/.]\d{1,2}(?:[/.](?:19|20)?\d\d)?|(?:19|20)\d\d-\d\d-\d\d)")
_UNIT_PLAIN = _UNIT.replace("?P<unit>", "?:")

_RANGE = _Pattern.split(  # "1 April to 30 September", "30th April to ~ May", "from May - July"
    r"(?:\b(?:the\s+)?(?:period|months?|weeks?)\s+(?:of\s+|from\s+)?|\bfrom\s+|\bbetween\s+)?",
    rf"(?<![\w/.-]){_DAYISH}\s*(?:\bto\b|\buntil\b|\btill\b|-|–|\band\b)\s*~?\s*{_DAYISH}"
)
_PERIOD_TO = _Pattern.split(  # "in the 12 months to March", "the year ending 31 March"
    rf"(?:(?:\b(?:the|last|past|previous|first|a)\s+)*(?:\b{_NUM}[\s-]*)?)?",
    rf"\b{_UNIT_PLAIN}\s+(?:to|ending|ended|up\s+to|until|through)\s+(?:the\s+end\s+of\s+)?"
    rf"{_DAYISH}"
)
_LOOK_BACK = _Pattern.plain(
    r"\b(?:earlier|so\s+far|to\s+date)\s+(?:this|in\s+the)\s+(?:week|month|quarter|year)\b"
    r"|\b(?:this\s+time\s+)?last\s+(?:week|month|quarter|year)\b|\byear[\s-]to[\s-]date\b"
)
# "within 5 days of reporting", "within 28 days from receipt": counted from another event.
_SERVICE_STANDARD = _Pattern.plain(
    rf"\bwithin\s+{_NUM}[\s-]*{_UNIT_PLAIN}\s+(?:of|from|after)\s+"
    r"(?!(?:the\s+|this\s+)?(?:date\s+of\s+(?:the\s+|this\s+)?)?(?:meeting|today|now)\b)"
    r"[\w'-]+"
)


def _blocked(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    """A stretch that holds no deadline: proposed only so that it outweighs what it holds."""
    return _Candidate(m.start(), m.end(), ctx.reference, "stated", 0, absolute=False,
                      past=True)


BLOCKERS = (_RANGE, _PERIOD_TO, _LOOK_BACK, _SERVICE_STANDARD)
