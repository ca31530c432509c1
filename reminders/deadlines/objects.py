"""Rule 11, second half: time words that date something else than the task.

"set up a January meeting", "arrange the next meeting for 6 months time", "send a doodle
for the next meeting": the date is the meeting's, the object being arranged. "identify a
Saturday in early September": the day is what is to be found. "questions for the visitors
tomorrow": the visit is tomorrow. "tasks which should be completed before Christmas": a
relative clause dates its noun. "tell the members that the hall closes on 5 May": the
content of a message. None of them says when the task itself is due, so such readings
are dropped after the overlaps are settled (rule 8 then chooses among what is left).
"""

from __future__ import annotations

import re

from reminders.deadlines.candidates import _Candidate, _Context
from reminders.deadlines.lexicon import WEEKDAY_RE

_SCHEDULING = (r"(?:arrang\w*|set(?:ting)?\s+up|setup|schedul\w*|organi[sz]\w*|book(?:ing)?|"
               r"creat\w*|convene|fix(?:ing)?|doodle|poll|find|identify)")
_OBJECT_NOUN = (r"(?:meetings?|calls?|sessions?|events?|visits?|workshops?|dates?"
                r"|slots?|doodles?|polls?|plenums?|socials?)")
# The scheduling word, then up to five words of noun phrase, then the object noun.
_ARRANGED = re.compile(
    rf"\b{_SCHEDULING}\s+(?:(?:an?|the|another|further|next|following|[\w'/-]+)\s+){{0,5}}?"
    rf"{_OBJECT_NOUN}\b"
)
_FOR_THE_MEETING = re.compile(r"\b(?:doodle|poll|date|venue|room|slot)s?\s+(?:for|of)\s+$")
_DAY_OBJECT = re.compile(
    rf"\b(?:an?|the|another|suitable|possible|free)\s+(?:{WEEKDAY_RE}|date|day|slot"
    r"|weekend|evening|morning)s?\s+$"
)
# "for the visitors tomorrow": a day word right after the people or the event it is for.
_FOR_SOMETHING = re.compile(
    r"\bfor\s+(?:[\w'-]+\s+){0,3}?(?:visitors?|guests?|visits?|events?|party|sessions?|calls?"
    r"|workshops?|talks?|meetings?|delegation|inspection|class|course|training)\s+$"
)
_RELATIVE = re.compile(
    r"\b(?:which|that)\s+(?:will|would|should|must|need|needs|are|is|were|was|has|have|can)\b"
)
_MESSAGE = re.compile(
    r"\b(?:inform\w*|tell\w*|notify\w*|remind\w*|advis\w*|announc\w*|explain\w*|mention\w*"
    r"|note|noting|say\w*|let\s+\w+\s+know)\b(?:\s+[\w'-]+){0,6}?\s+that\b"
)
# "The event will take place on 12th June", "to be held in May": the date of an event.
_EVENT = re.compile(r"\b(?:take|takes|taking|took)\s+place\s+(?:on\s+|in\s+|at\s+)?$"
                    r"|\b(?:be|is|are|being)\s+held\s+(?:on\s+|in\s+|at\s+)?$")
_CLAUSE_END = re.compile(r"[.;:!?]\s|\band\s+(?:to|will|then)\b")
_DEADLINE_PREP = re.compile(
    r"(?:by|before|until|till|no\s+later\s+than|not\s+later\s+than|prior\s+to|ahead\s+of)\b"
)
_BARE_DAY = re.compile(rf"(?:tomorrow|tonight|this\s+evening|today|{WEEKDAY_RE})\b")


# The words each check needs; a set test against the sentence's words skips the rest.
_RELATIVE_WORDS = frozenset(str.split("which that"))
_EVENT_WORDS = frozenset(str.split("place held"))
_MESSAGE_WORDS = frozenset(str.split(
    "inform informs informed tell tells notify remind reminds advise advises announce "
    "explain mention note noting say says let"))
_ARRANGED_WORDS = frozenset(str.split(
    "arrange arranges arranging set setup schedule schedules scheduling organise organize "
    "organising organizing book booking create creates creating convene fix fixing doodle "
    "poll find identify"))
_OBJECT_WORDS = frozenset(str.split(
    "doodle poll date dates venue room slot day days weekend evening morning monday tuesday "
    "wednesday thursday friday saturday sunday tomorrow tonight today"))
TRIGGERS = _EVENT_WORDS | _RELATIVE_WORDS | _MESSAGE_WORDS | _ARRANGED_WORDS | _OBJECT_WORDS


def belongs_elsewhere(c: _Candidate, ctx: _Context, words: frozenset[str]) -> bool:
    """True when the words `c` read date the object of the task or what somebody is told.

    `words` are the sentence's words, so that only the checks they could satisfy run."""
    low = ctx.low
    start = _clause_start(low, c.start)
    before = low[start:c.start]
    said = low[c.start:c.end]
    if not _EVENT_WORDS.isdisjoint(words) and _EVENT.search(before):
        return True
    if not _RELATIVE_WORDS.isdisjoint(words) and _RELATIVE.search(before):
        return True
    if not _MESSAGE_WORDS.isdisjoint(words) and _MESSAGE.search(before):
        return True
    if not _ARRANGED_WORDS.isdisjoint(words) and _arranged(c, low, start, said):
        return True
    if _OBJECT_WORDS.isdisjoint(words):
        return False
    if _FOR_THE_MEETING.search(before) or _DAY_OBJECT.search(before):
        return True  # "a doodle for the next meeting", "a Saturday in early September"
    return bool(_BARE_DAY.match(said) and _FOR_SOMETHING.search(before))


def _arranged(c: _Candidate, low: str, start: int, said: str) -> bool:
    """"set up a January meeting", "arrange the next meeting for 6 months time"."""
    own_prep = _DEADLINE_PREP.match(said) is not None
    for m in _ARRANGED.finditer(low, start):
        if m.start() > c.start:
            break
        if c.start < m.end():
            return True  # the reading is inside the object: "create the next TCQ meeting"
        if len(low[m.end():c.start].split()) <= 2 and not own_prep:
            return True  # right after it, without a deadline's preposition of its own
    return False


def _clause_start(low: str, position: int) -> int:
    """Where the clause holding `position` begins: after the last full stop or semicolon."""
    start = 0
    for m in _CLAUSE_END.finditer(low, 0, position):
        start = m.end()
    return start
