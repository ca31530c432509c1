"""The owner book's scanner: one pattern that finds the next owner in a phrase.

``OwnerBook.owners`` asks whether a phrase (a sentence's subject, an owner cell) is made of
owners and separators only, and it asks that of every subject of every sentence, so this
pattern runs more than any other. Three things keep it cheap, none changing what it finds:

* it looks for the next owner only across separator characters (the gap), since anything
  else between owners makes the phrase no list of owners: "Backlog to join the meeting"
  is given up at its first letter instead of being scanned to its end;
* the case-free phrases are grouped by their first letter, written as a class of
  characters, so that the engine passes over the groups of other letters by a look at
  their class (``_grouped``): it has to enter a case-free literal to try it, one phrase
  after the other, and a document has a hundred phrases;
* the titles ("Mr", "Cllr") before a phrase are tried only where one can start.

The classes hold the ASCII letters only: a class holding "ſ" as well as "Ss" costs a
thousand times more to compile, and a scanner is compiled for every document. So the
scanner is exact for phrases without the four characters Unicode folds to ASCII letters
(``FOLDED``: "İ", "ı", "ſ", the Kelvin sign), and a phrase holding one is read by the
scanner built as before, case-free throughout (``scanner(..., folded=True)``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reminders.minutes.names import TITLES
from reminders.minutes.patterns import FOLDED

_GENERIC_CODE = r"[A-Z](?:[A-Z]{1,4}|[a-z][A-Z]|[A-Z][a-z])(?!\w)"
# Capitals that are never owners: a cell reading "TBC" or "N/A" is not an owner cell.
_NOT_OWNERS = (r"(?:TBC|TBA|TBD|NA|NB|AOB|AGM|EGM|ASAP|FYI|UK|EU|US|USA|OK|RAG|PR|PRs|IT|CI|"
               r"API|PDF|URL|FAQ|QA|UI|UX|RFC|TV|PC|DNS|SSL|VAT|Q[1-4])(?!\w)")
NOT_OWNER = re.compile(rf"{_NOT_OWNERS}$")  # a capitals word that is nobody's code
_NEVER = r"(?!x)x"
# What may stand between the owners of a list of owners.
SEPARATORS = re.compile(r"^(?:[\s,;&+/]|\band\b|\bthe\b|\bwith\b)*$", re.IGNORECASE)
# Every character a run of separators can hold: case-free, and for a phrase without FOLDED
# characters, the ASCII cases of the letters of "and", "the" and "with".
_GAP_FOLDED = r"(?i:[\s,;&+/andthewi])"
_GAP = r"[\s,;&+/AaNnDdTtHhEeWwIi]"
# Every title in ``TITLES`` opens with one of these letters, as the scanner's first group
# also says ("(?=[CDMPRS])").
_TITLE_START_FOLDED = r"(?i:(?=[cdmprs]))"
_TITLE_START = r"(?=[CcDdMmPpRrSs])"


def has_folded(phrase: str) -> bool:
    """Whether ``phrase`` holds one of the characters only the folded scanner reads."""
    return not phrase.isascii() and any(c in phrase for c in FOLDED)


@lru_cache(maxsize=8192)  # the role words and the regular attendees recur in every document
def _words(phrase: str) -> str:
    """A phrase's pattern: its words, with any white space between."""
    return r"\s+".join(map(re.escape, phrase.split()))


def _grouped(phrases: Sequence[str]) -> str:
    """The case-free alternation of ``phrases`` in their order, for text without FOLDED
    characters.

    Phrases that open with different characters cannot both match where one starts, so
    the phrases are grouped by their first character, in their order within a group, and
    a group opens with that character, a letter as the class of its two cases. A phrase
    opening with a character outside ASCII leaves the alternation as it is (such a
    character may match under more than one letter)."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        first = phrase.lstrip()[:1].lower()
        if not first.isascii():
            return "(?i:{})".format("|".join(map(_words, phrases)))
        head = re.escape(first)
        groups.setdefault(first, []).append(_words(phrase)[len(head):])
    return "|".join(f"{_head(first)}(?i:{'|'.join(rests)})" for first, rests in groups.items())


def _head(first: str) -> str:
    return f"[{first.upper()}{first}]" if first.isalpha() else re.escape(first)


def scanner(phrases: Sequence[str], codes: Sequence[str], *,
            folded: bool = False) -> re.Pattern[str]:
    """The pattern of the next owner at or after a position, across separators only: a
    known code (case-sensitive), a phrase (case-free, after an optional title), a title and
    a name, or a code-like capital; with a bracket after it. ``phrases`` and ``codes`` in
    the order they are to be tried, the longest first. ``folded``: the scanner for phrases
    holding FOLDED characters.

    Every owner starts after a non-word character, or with a title's capital: the first
    group says so once, so that inside words the four kinds are not tried."""
    known = "|".join(map(re.escape, codes)) or _NEVER
    if folded:
        gap = _GAP_FOLDED
        words = "|".join(map(_words, phrases)) or _NEVER
        word = rf"(?i:(?:{_TITLE_START_FOLDED}{TITLES}\s+)?(?:{words}))"
    else:
        gap = _GAP
        words = _grouped(phrases) if phrases else _NEVER
        word = rf"(?:{_TITLE_START}(?i:{TITLES})\s+)?(?:{words})"
    return re.compile(
        rf"{gap}*?(?P<owner>"
        rf"(?:(?<!\w)|(?=[CDMPRS]))"
        rf"(?:(?P<known>(?<!\w)(?:{known})(?!\w))"
        rf"|(?P<word>(?<![\w-]){word}(?![\w-]))"
        rf"|(?P<titled>{TITLES}\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
        rf"|(?P<code>(?<!\w)(?!{_NOT_OWNERS}){_GENERIC_CODE}))"
        rf"(?:\s*\((?P<paren>[^()]{{1,14}})\))?)"
    )
