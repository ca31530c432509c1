"""The people book of one meeting: who attended, and every way the minutes may name them.

Attendance comes in every shape: "Present: A, B (AB)", "Attendees: @handle (Full Name)",
"Beth Griggs @BethGriggs (TSC)", "Addison Phillips - Unicode (APP)", "J. Brown - JB",
an attendance table with Name / Initials / GitHub columns, a list under an "Attendees"
heading, YAML front matter, "welcomed those present: ...". Each person then answers to the
full name, first name, surname, initials, "N. Surname", handle and role, so that "Vik",
"Viktorija Lukosiute" and "VL" are one person. Owners stay as the minutes write them: the
book only says that a word *is* a person, and which code the attendance gave them.
"""

from __future__ import annotations

import re

from reminders.minutes.clean import Row
from reminders.minutes.names import PREFIXES
from reminders.minutes.patterns import may_hold
from reminders.minutes.person import Person, forms, from_table, read_entry, split_list

# Person and forms are read from here by the owner book, as before the entry reader moved.
__all__ = ["Person", "forms", "list_lines", "read_people"]

_LABEL = re.compile(
    r"^[\s\-•*#>]*(?:\d{1,2}\\?[.)]\s*)?(?:meeting\s+|[A-Z][a-z]+(?:\s+[a-z]+)?\s+(?=present\b))?"
    r"(?P<label>present|attendees|attending|"  # "Directors present:", "Board members present:"
    r"(?:not\s+)?(?:here|there)(?=\s*:)|"
    r"attendance|in\s+attendance|also\s+present|members\s+present|participants|"
    r"those\s+present|apologies(?:\s+for\s+absence)?|absent|regrets|welcome|"
    r"(?:could(?:n't|\s+not)|can't|cannot)\s+make\s+it|unable\s+to\s+(?:attend|come))"
    r"\b[^:\n]{0,40}?:\s*(?P<value>.*)$", re.IGNORECASE)
_HEADING = re.compile(r"^\s*(?:#{1,6}\s*|\*\*)\s*(?P<label>present|attendees|attendance|"
                      r"in\s+attendance|participants|apologies|absent|regrets|members)\b"
                      # "## Who's here", "## Roll call": a heading saying who came
                      r"|^\s*#{1,6}\s*(?P<asked>who(?:'s|\s+is|\s+was)\s+(?:here|there|present)|"
                      r"roll[- ]?call|on\s+the\s+call|in\s+the\s+room)\s*:?\s*$"
                      # or the label alone on its line: "ATTENDANCE", "Members present"
                      # ("People present (lines said)", a meeting bot's list)
                      r"|^\s*(?P<alone>(?:members\s+|people\s+)?present|attendees|attendance|"
                      r"in\s+attendance|participants|apologies(?:\s+for\s+absence)?|absent|"
                      r"regrets|members(?:\s+present)?)\s*(?:\([^()]{1,30}\))?\s*:?\s*$",
                      re.IGNORECASE)
# A word of every label above, to skip the patterns on the many rows holding none.
_LABEL_WORDS = ("present", "attend", "participants", "apolog", "absent", "regrets", "welcome",
                "here", "members", "make it", "unable")
_ASKED_WORDS = ("here", "there", "call", "room")  # of the headings that say who came


def read_people(rows: list[Row]) -> list[Person]:
    """Everyone the attendance names, from the first part of the minutes."""
    people: list[Person] = []
    rows = rows[:200]
    mode: bool | None = None  # inside an attendance list (False: apologies)
    front = _front_matter(rows)
    joined: set[int] = set()  # rows read as the continuation of a labelled list
    gap = False  # a blank row since the last one read
    grid: list[str] | None = None  # the header of an attendance table being read
    hanging = False  # reading the indented lines under a labelled attendance line
    previous = 0  # the number of the row read before this one
    for index, row in enumerate(rows):
        _number(people, previous)
        previous = row.number
        raw = row.text
        if index in joined:
            continue
        if index in front:
            mode = _front_key(raw, mode)
            if mode is not None and (value := _front_value(raw)):
                people += split_list(value, mode)
            continue
        if not raw.strip():
            grid, gap = None, True
            continue
        if gap and mode is not None and _NUMBERED_ROW.match(raw):
            mode = None  # "1. WELCOME" after the list: the agenda has begun
        if hanging and not (row.cells[0][:1].isspace() if row.cells else False):
            mode, hanging = None, False  # the hanging list ends at the margin
        gap = False
        labelled = may_hold(raw, _LABEL_WORDS)
        if labelled and _FOLLOWING_PRESENT.search(raw):
            mode = True  # "... held on Sunday, 09.03.2025. The following were present:"
            continue
        if labelled and (m := _LABEL.match(raw)):
            label = m.group("label").lower()
            present = not label.startswith(("apolog", "absent", "regrets", "not", "could",
                                            "can", "unable"))
            value = m.group("value")
            following = index + 1
            while (_unfinished(value) or rows[following].text.lstrip().startswith("(")
                   if following < len(rows) else False) and rows[following].text.strip() \
                    and not _LABEL.match(rows[following].text) and following - index <= 5:
                value = f"{value} {rows[following].text.strip()}"  # "..., Mark Robertson ("
                joined.add(following)
                following += 1
            if label == "welcome":  # "the Chairman (Joyce Hull) welcomed those present: ..."
                value = re.sub(r"\bwelcomed\b|\b(?:those|all)\s+present\s*:?", ",", value)
            people += split_list(value, present)
            mode = present if not value.strip() else None
            if value.strip() and following < len(rows) and rows[following].text and (
                rows[following].cells[0][:1].isspace()
            ):  # "Present:   Jo Tanner (JT) - Captain" over indented lines, one a person
                mode, hanging = present, True
            continue
        if mode is None and index < 40 and (g := _ANY_LABEL.match(raw)):
            # (a line holding a label word _LABEL did not take: "Committee members: ...")
            value, following = g.group("value"), index + 1
            while _unfinished(value) and following < len(rows) and rows[following].text.strip():
                value = f"{value} {rows[following].text.strip()}"
                following += 1
            parts = re.split(r"\s*[;,]\s*(?![^()]*\))", value.strip(" ."))
            if len(found := split_list(value, True)) >= 3 and len(found) >= len(parts):
                # "**on the call:** @jess (Jess Tan, president), @kai (...), ...": people
                people += found
                joined.update(range(index + 1, following))
                continue
        if (labelled or (raw[:1] == "#" and may_hold(raw, _ASKED_WORDS))) and (
            m := _HEADING.match(raw)
        ):
            label = (m.group("label") or m.group("alone") or m.group("asked")).lower()
            mode = not label.startswith(("apolog", "absent", "regrets"))
            continue
        # A table of people: its header names a name column ("Name | Organisation | Role |
        # Code") wherever it stands, or is the first row of a table under an attendance
        # label. (A pipe row with no closing pipe reaches here whole: split here.)
        piped = len(row.cells) == 1 and raw.lstrip().startswith("|")
        cells = ([c.strip() for c in raw.strip().strip("|").split("|")] if piped
                 else list(row.cells))
        if len(cells) >= 2:
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                continue  # the rule under a header
            if grid is None and (_people_header(cells) or (piped and mode is not None)):
                grid = [c.strip().lower() for c in cells]
                continue
            if grid is not None:
                people.append(from_table(grid, cells, mode is not False))
                continue
        grid = None
        if mode is None:
            continue
        text = re.sub(r"^\s*(?:[-*•+]|\d{1,2}[.)])\s+", "", raw).strip(" `")
        if raw.lstrip().startswith("#") or (text.endswith(":") and len(text) > 30):
            mode = None
            continue
        if len(row.cells) == 1 and "   " in row.cells[0] and (
                spaced := _SPACED.match(row.cells[0].strip())) and (
                person := read_entry(spaced["who"], mode)):
            person.role = person.role or spaced["what"]  # "Karen Holt (KH)     Head of ..."
            people.append(person)
            continue
        if text and len(text) <= 600 and not text.endswith("."):  # a list, not a paragraph
            people += split_list(_GROUP.sub("", text), mode)  # "Directors: Linda Park, ..."
    _number(people, previous)
    return [p for p in people if p.name or p.handle]


def _number(people: list[Person], line: int) -> None:
    """Give the people the last row added the line they were on (a list cut by a line
    break counts as its first line)."""
    for person in reversed(people):
        if person.line:
            break
        person.line = line


def list_lines(people: list[Person]) -> set[int]:
    """The lines that list two people or more by their full names ("Officers: Sarah
    Whitlock, Chief Fire Officer (CFO); Martin Goode, ..."): attendance, not a sentence to
    read for work. (Handles and lower-case words are not enough: a list read on past the
    attendance takes "@a and @b draft the slides" for two people.)"""
    counts: dict[int, int] = {}
    for person in people:
        words = PREFIXES.sub("", person.name).split()
        if len(words) >= 2 and all(w[:1].isupper() for w in (words[0], words[-1])):
            counts[person.line] = counts.get(person.line, 0) + 1
    return {line for line, count in counts.items() if count >= 2}


# A group's label inside an attendance list: "Directors:", "For the Practice:".
# A sentence that ends by announcing the attendance on the lines below it.
_FOLLOWING_PRESENT = re.compile(r"\b(?:the\s+following\s+(?:\w+\s+)?(?:were|was)\s+(?:present|in\s+"
                                r"attendance)|present\s+were|in\s+attendance\s+were)\s*:\s*$",
                                re.IGNORECASE)
_GROUP = re.compile(r"^[A-Z][\w ]{0,30}:\s+(?=\S)")
# A two-column attendance line set out with spaces: who, then their capacity.
_SPACED = re.compile(r"^(?P<who>\S.{0,60}?\S)\s{3,}(?P<what>\S.*)$")
# Any short label over a list: what an attendance line is called varies without end.
_ANY_LABEL = re.compile(r"^[\s*_]*(?P<label>[A-Za-z][\w ']{1,25}?)[*_]*:[*_]*\s+(?P<value>\S.*)$")
_NUMBERED_ROW = re.compile(r"^\s*\d{1,2}[.)]\s")


def _unfinished(value: str) -> bool:
    """A list of names the line break cut: it ends in a comma or "and", or a bracket is open
    (or, the caller checks, the next line opens one: "Brett Hales" / "(Director of ...)")."""
    value = value.rstrip()
    return value.endswith((",", " and", "&", ";")) or value.count("(") > value.count(")")


def _front_matter(rows: list[Row]) -> set[int]:
    if not rows or rows[0].text.strip() not in ("---", "+++"):
        return set()
    for index, row in enumerate(rows[1:60], 1):
        if row.text.strip() in ("---", "+++"):
            return set(range(1, index))
    return set()


def _front_key(raw: str, mode: bool | None) -> bool | None:
    if m := re.match(r"^([A-Za-z_-]+)\s*[:=]", raw):
        key = m.group(1).lower()
        if key in ("attendees", "present", "participants", "attendance", "members"):
            return True
        if key in ("apologies", "absent", "regrets"):
            return False
        return None
    return mode


def _front_value(raw: str) -> str:
    value = re.sub(r"^[A-Za-z_-]+\s*[:=]\s*|^\s*-\s+", "", raw).strip()
    return value.strip("[]\"'")


def _people_header(cells: list[str]) -> bool:
    """The header of a table of people, wherever it stands: a name column beside a code,
    initials, role or organisation column ("Name | Organisation | Role | Code")."""
    heads = {c.strip().lower() for c in cells}
    return bool(heads & {"name", "names", "attendee", "attendees"}) and bool(
        heads & {"code", "initials", "role", "organisation", "organization", "capacity",
                 "position", "representing", "institution", "affiliation", "github handle",
                 "github", "handle", "github username"})


