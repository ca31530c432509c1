"""Checks that stop ordinary words being read as deadlines.

A month name may be a verb or a person ("may exceed", "Jan Smith"), the words before a
meeting noun may be a clause rather than a body's name, and a date may be one that already
happened ("changes made in May"). Several rule families share these judgements.
"""

from __future__ import annotations

import re

from reminders.deadlines.candidates import _Context
from reminders.deadlines.lexicon import _FULL_MONTHS, _wordlist

# Words allowed between "next" and the meeting noun besides Capitalised names
# ("the next Audit Committee"), so "next steps include ... the board" is not a meeting.
_MEETING_FILLERS = frozenset(_wordlist(
    "month's months month scheduled available formal ordinary full public regular monthly "
    "quarterly holding to account hta consolidation assurance performance thematic trust "
    "parish town district county city annual general extraordinary board committee council "
    "audit finance scrutiny and joint steering working programme project policy management "
    "executive strategic operational meeting panel group planning governance "
    "quality risk health safety leadership official upcoming regular team staff directors "
    "plenum weekly trustees general call liaison partnership forum open"
))
# Fillers that name this body's meetings whatever its title: the rest of a capitalised
# filler must be in the meeting's title when the caller gives one (rule 10).
# Read by ``dating`` too, for the "Next ... meeting:" line.
MEETING_FILLERS = _MEETING_FILLERS
_GENERIC_MEETING_WORDS = _MEETING_FILLERS | frozenset(_wordlist(
    "the our pc pcc"
))
_PAST_WORDS = frozenset(_wordlist(
    "since ago last previous previously past earlier was were had did been made "
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


def _fillers_name_a_meeting(m: re.Match[str], ctx: _Context) -> bool:
    """True when the words before the meeting noun name this body's meeting, not a clause
    ("next steps include ... the board") nor another body's or person's meeting ("their
    next meeting", "the next Users Meeting" in a PMB's minutes)."""
    if _OTHERS_JUST_BEFORE.search(ctx.low, max(0, m.start() - 12), m.start()):
        return False
    start, end = m.span("fill")
    words = ctx.text[start:end].split()
    for word in words:
        if word.lower() not in _MEETING_FILLERS and not word[:1].isupper():
            return False
    if ctx.body is None:
        return True
    return all(word.lower() in _GENERIC_MEETING_WORDS or _names_body(word, ctx.body)
               for word in words)


_OTHERS_JUST_BEFORE = re.compile(r"\b(?:their|his|her|its|your)\s+$")


def _names_body(word: str, body: str) -> bool:
    """"PMB" names "Mantid PMB Meeting"; "PC" names "Souldern Parish Council" by initials."""
    key = word.strip(".,'’s").lower()
    words = re.findall(r"[A-Za-z][\w'-]*", body.lower())
    initials = "".join(w[0] for w in words)
    return key in words or (len(key) >= 2 and key.isalpha() and key in initials)


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
    if word in _PAST_WORDS or (word.endswith("ed") and len(word) > 4):
        return True
    return _passive_in_clause(words)


_AUXILIARIES = frozenset(_wordlist("was were had been"))
_CLAUSE_BREAKS = _MODALS | frozenset(_wordlist("that and or but then so"))


def _passive_in_clause(words: list[str]) -> bool:
    """"was agreed by the Panel in February": a past passive earlier in the same clause.

    The scan stops at what opens a new clause ("to", "will", "that", a comma), so "It was
    agreed that the Clerk would write in May" and "was asked to report in May" stay future.
    """
    if _AUXILIARIES.isdisjoint(words[-8:]):
        return False
    for index in range(len(words) - 1, max(-1, len(words) - 9), -1):
        word = words[index]
        bare = word.strip(".,;:()")
        if bare != word or bare in _CLAUSE_BREAKS:
            return False
        if bare in _AUXILIARIES and index + 1 < len(words):
            following = words[index + 1].strip(".,;:()")
            return following not in _FUTURE_PARTICIPLES and following not in _MODALS \
                and following not in ("going", "about", "due", "hoped", "likely")
    return False
