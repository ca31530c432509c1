"""What a person's name looks like, for owners the attendance does not list.

"Jarrod agreed to...", "Mike G. to...", "Shawn and Richard will...": minutes name doers the
owner book never met, and such a name is taken as an owner only when it reads like one (a
few capitalised words, not a pronoun, a common word or a body such as "the County Council").
"""

from __future__ import annotations

import re

TITLES = (r"(?:Cllr\.?|Councillor|Council(?:or|member)(?=\s+[A-Z])|Mr\.?|Mrs\.?|Ms\.?|Miss|"
          r"Dr\.?|Prof\.?|Rev\.?|Sir|Dame|Hon\.?|Shri|Smt\.?|Sri|Col\.?|Maj\.?|Capt\.?|"
          r"Brig\.?|Dirs?\.(?=\s+[A-Z])|Fr\.(?=\s+[A-Z])|"
          r"(?:Board\s+)?Member(?=\s+[A-Z]))")  # "Member Faleolo", "Board Member Patel"
TITLE = re.compile(rf"^{TITLES}\s+")
# A role in the attendance that names an office, so the minutes may name its holder by it.
OFFICE = re.compile(r"^(?:(?:[A-Z][\w'’-]*\s+(?:and\s+)?){0,3}(?:Clerk|Secretary|Treasurer|"
                    r"Chair(?:man|person|woman)?|Officer|Manager|Director|Captain|Warden|Coordinator|"
                    r"Convenor|Lead|Head|President|Editor|Coroner|Examiner|Advis[eo]r|"
                    r"Administrator|Inspector|Controller)|(?:Head|Director|Chief)\s+of\s+"
                    r"(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,2})$")
# A part of an organisation named for its work, or a whole group of its people.
ORGANISATION = re.compile(
    r"^(?:All\s+)?(?:[A-Z][\w&'-]*\s+){0,3}(?:Works|Development|Services|Finance|Planning|"
    r"Operations|Department|Dept\.?|Team|Committee|Group|Staff|Office|Unit|Division|"
    r"Engineering|Legal|Marketing|Communications|Councilors|Councillors|Members|Volunteers|"
    r"Trustees|Directors|Officers|Governors)$")


def names_a_unit(text: str) -> bool:
    """Whether ``text`` names an office or a part of the organisation ("City Manager",
    "Public Works", "Executive Committee"): an owner whoever the attendance lists."""
    return bool(ORGANISATION.match(text) or OFFICE.match(text))


# What goes before a name in an attendance list, several at once: "The Revd Canon Philip
# Ashdown", "Rt Hon", "Fr". None of it is the person's first name.
PREFIXES = re.compile(rf"^(?:(?:The|{TITLES}|Revd|Rev'd|Canon|Rt\.?|Hon\.?|Ven\.?|Fr\.?|"
                      r"Father|Professor)\s+)+")

_NOT_NAMES = frozenset(str.split(
    "a an the this that these those it its there here we they he she i you our their his her "
    "some any each every no if when once after before also then next meeting meetings "
    "everyone someone nobody nothing which what who why how where all both other others "
    "agreed resolved action actions item items update note notes minutes agenda "
    "please thanks motion proposal discussion members member people attendees participants "
    "delegates colleagues staff officers partners victims residents public users customers "
    "additionally however finally meanwhile separately therefore otherwise instead again "
    "currently now today tomorrow later soon first second third lastly overall"))
# A name-like phrase ending in one of these is a body, not a person: "the County Council will
# consider", "Management Unit to manage". Bodies the minutes' own book knows still count.
BODIES = frozenset(str.split(
    "council councils unit units department departments authority authorities agency "
    "government office service services police force ltd limited plc inc company "
    "commission board panel partnership forum association society trust group groups "
    "team teams committee ministry court bank"))
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÞĀ-Ž][\w'’-]*\.?|[A-Z]\.)$")
_HANDLE_TOKEN = re.compile(r"^@?[a-z][a-z0-9_.-]{0,20}$")


def name_like(part: str, handles: bool) -> bool:
    """A person's name or a group named like one: 1-3 capitalised words after an optional
    title or "the" ("Mike G.", "Cllr M Peake", "The Directors"); a lower-case handle only
    where the minutes use handles as owners."""
    words = TITLE.sub("", part).split()
    if words and words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    if not 1 <= len(words) <= 3:
        return False
    if words[0].lower().strip(".") in _NOT_NAMES:
        return handles and len(words) == 1 and words[0].lower() == "all"
    if handles and len(words) == 1 and _HANDLE_TOKEN.match(words[0]):
        return True
    if words[-1].lower() in BODIES and not handles:
        return False
    return all(_NAME_TOKEN.match(w) for w in words)
