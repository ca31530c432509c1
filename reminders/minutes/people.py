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
from dataclasses import dataclass, field

from reminders.minutes.clean import Row
from reminders.minutes.names import OFFICE, PREFIXES
from reminders.minutes.owner_scan import NOT_OWNER
from reminders.minutes.patterns import may_hold

_LABEL = re.compile(
    r"^[\s\-•*#>]*(?:\d{1,2}\\?[.)]\s*)?(?:meeting\s+|[A-Z][a-z]+(?:\s+[a-z]+)?\s+(?=present\b))?"
    r"(?P<label>present|attendees|attending|"  # "Directors present:", "Board members present:"
    r"(?:not\s+)?(?:here|there)(?=\s*:)|"
    r"attendance|in\s+attendance|also\s+present|members\s+present|participants|"
    r"those\s+present|apologies(?:\s+for\s+absence)?|absent|regrets|welcome)"
    r"\b[^:\n]{0,40}?:\s*(?P<value>.*)$", re.IGNORECASE)
_HEADING = re.compile(r"^\s*(?:#{1,6}\s*|\*\*)\s*(?P<label>present|attendees|attendance|"
                      r"in\s+attendance|participants|apologies|absent|regrets|members)\b"
                      # "## Who's here", "## Roll call": a heading saying who came
                      r"|^\s*#{1,6}\s*(?P<asked>who(?:'s|\s+is|\s+was)\s+(?:here|there|present)|"
                      r"roll[- ]?call|on\s+the\s+call|in\s+the\s+room)\s*:?\s*$"
                      # or the label alone on its line: "ATTENDANCE", "Members present"
                      r"|^\s*(?P<alone>(?:members\s+)?present|attendees|attendance|"
                      r"in\s+attendance|participants|apologies(?:\s+for\s+absence)?|absent|"
                      r"regrets|members(?:\s+present)?)\s*$",
                      re.IGNORECASE)
# A word of every label above, to skip the patterns on the many rows holding none.
_LABEL_WORDS = ("present", "attend", "participants", "apolog", "absent", "regrets", "welcome",
                "here",
                "members")
_ASKED_WORDS = ("here", "there", "call", "room")  # of the headings that say who came
_HANDLE = re.compile(r"@(?P<h>[A-Za-z0-9][\w.-]{0,38})")
_PAREN = re.compile(r"\((?P<in>[^()]{1,80})\)")  # ("Chair, Independent Non-Executive Director")
_CODE = re.compile(r"^[A-Z][A-Za-z]{0,1}[A-Z]{1,3}$|^[A-Z]{2,4}$")
_DASHED = re.compile(r"\s+[-–—]\s+")
# What may follow a person after a comma and is no person: "..., in the chair".
_ASIDES = frozenset(("in the chair", "chairing", "minutes", "notes", "taking minutes",
                     "taking notes", "taking the minutes"))
_MIXED_CODE = re.compile(r"^[A-Z][a-z]?[A-Z][A-Za-z]{0,3}$")  # "CoSec", "HoIA" beside an office
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÞĀ-ſА-Я][\w'’.-]*|[a-z][a-z0-9_-]{1,20})$")
# Lower-case words inside a capitalised name: "Jan van der Berg", "Maria de la Cruz".
_PARTICLES = frozenset(str.split("van von der den de del della di da dos das du la le ter ten "
                                 "zu bin ibn al el y"))
_ROLES = ("chair", "chairman", "chairperson", "clerk", "treasurer", "secretary", "president",
          "vice president", "vice-chair", "moderator", "minutes", "note taker", "facilitator")


# First words of a capacity written after a name: "Jo Kent, Chief Nurse (CN)".
_CAPACITY = frozenset(str.split(
    "director chief head deputy assistant acting senior interim chair chairman chairperson "
    "vice clerk treasurer secretary member trustee manager officer lead executive "
    "non-executive medical finance governor councillor mayor president coordinator"))


@dataclass
class Person:
    name: str
    code: str | None = None
    handle: str | None = None
    role: str | None = None
    present: bool = True
    forms: list[str] = field(default_factory=list)
    line: int = 0  # the source line the attendance named them on


def read_people(rows: list[Row]) -> list[Person]:
    """Everyone the attendance names, from the first part of the minutes."""
    people: list[Person] = []
    rows = rows[:200]
    mode: bool | None = None  # inside an attendance list (False: apologies)
    columns: list[str] | None = None
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
                people += _split(value, mode)
            continue
        if not raw.strip():
            columns, grid, gap = None, None, True
            continue
        if gap and mode is not None and _NUMBERED_ROW.match(raw):
            mode = None  # "1. WELCOME" after the list: the agenda has begun
        if hanging and not (row.cells[0][:1].isspace() if row.cells else False):
            mode, hanging = None, False  # the hanging list ends at the margin
        gap = False
        labelled = may_hold(raw, _LABEL_WORDS)
        if labelled and (m := _LABEL.match(raw)):
            label = m.group("label").lower()
            present = not label.startswith(("apolog", "absent", "regrets", "not"))
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
            people += _split(value, present)
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
            if len(found := _split(value, True)) >= 3 and len(found) == len(parts):
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
        if len(row.cells) >= 2 and _people_header(row.cells):
            grid = [c.strip().lower() for c in row.cells]  # "Name | Organisation | Role | Code"
            continue
        if grid is not None and len(row.cells) >= 2:
            people.append(_from_table(grid, list(row.cells), mode is not False))
            continue
        grid = None
        if mode is None:
            continue
        if raw.lstrip().startswith("|"):
            cells = [c.strip() for c in raw.strip().strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                continue
            if columns is None:
                columns = [c.lower() for c in cells]
                continue
            people += [_from_table(columns, cells, mode)]
            continue
        text = re.sub(r"^\s*(?:[-*•+]|\d{1,2}[.)])\s+", "", raw).strip(" `")
        if raw.lstrip().startswith("#") or (text.endswith(":") and len(text) > 30):
            mode = None
            continue
        if len(row.cells) == 1 and "   " in row.cells[0] and (
                spaced := _SPACED.match(row.cells[0].strip())) and (
                person := _person(spaced["who"], mode)):
            person.role = person.role or spaced["what"]  # "Karen Holt (KH)     Head of ..."
            people.append(person)
            continue
        if text and len(text) <= 600 and not text.endswith("."):  # a list, not a paragraph
            people += _split(_GROUP.sub("", text), mode)  # "Directors: Linda Park, ..."
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
_GROUP = re.compile(r"^[A-Z][\w ]{0,30}:\s+(?=\S)")
# A two-column attendance line set out with spaces: who, then their capacity.
_SPACED = re.compile(r"^(?P<who>\S.{0,60}?\S)\s{3,}(?P<what>\S.*)$")
_TAIL_CODE = re.compile(r",\s*(?P<code>[A-Z][A-Za-z]?[A-Z]{1,3})$")
# Any short label over a list: what an attendance line is called varies without end.
_ANY_LABEL = re.compile(r"^[\s*_]*(?P<label>[A-Za-z][\w ']{1,25}?)[*_]*:[*_]*\s+(?P<value>\S.*)$")
_NUMBERED_ROW = re.compile(r"^\s*\d{1,2}[.)]\s")
_NICKNAME = re.compile(r"[\"“'‘](?P<nick>[A-Z][\w'-]{1,20})[\"”'’]")


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


def _people_header(cells: tuple[str, ...]) -> bool:
    """The header of a table of people, wherever it stands: a name column beside a code,
    initials, role or organisation column ("Name | Organisation | Role | Code")."""
    heads = {c.strip().lower() for c in cells}
    return bool(heads & {"name", "names", "attendee", "attendees"}) and bool(
        heads & {"code", "initials", "role", "organisation", "organization", "capacity",
                 "position", "representing"})


def _from_table(columns: list[str], cells: list[str], present: bool) -> Person:
    person = Person("", present=present)
    for head, cell in zip(columns, cells, strict=False):
        cell = cell.strip()
        if not cell:
            continue
        if "name" in head and ("gh" in head or "git" in head or "user" in head):
            person.handle = cell.lstrip("@")
        elif "initial" in head or head in ("code", "abbr", "abbreviation"):
            person.code = cell
        elif ("name" in head or head.startswith("attendee")) and not person.name:
            person.name = cell
        elif head in ("role", "capacity", "position", "title"):
            person.role = cell
            if "apologies" in cell.lower():  # "M&E consultant (apologies)"
                person.present = False
        elif "handle" in head or "github" in head:
            person.handle = cell.lstrip("@")
    return person


def _split(value: str, present: bool) -> list[Person]:
    value = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", value)  # Markdown links
    value = value.replace("`", "").strip(" .")
    if not value or re.fullmatch(r"(?i)none|nil|n/?a|-+", value):
        return []
    parts = re.split(r"\s*[;,]\s*(?![^()]*\))|\s+and\s+(?=[A-Z@])|\s+&\s+", value)
    if len(parts) == 1 and " - " in value and value.count(" - ") >= 1 and len(value) > 60:
        parts = [value]
    out: list[Person] = []
    for part in parts:
        if out and part.strip().lower() in _ASIDES:
            continue  # "Alistair Ferris (AF) - President, in the chair"
        words = _PAREN.sub(" ", part).split()
        if out and words and not words[0][:1].isdigit() and (
            words[0].lower() in _CAPACITY or "of" in words or OFFICE.match(" ".join(words))
        ):  # ("Alan Moss, Company Secretary (CoSec)": an office)
            # "Mr Paul Hughes, Director of Finance (DoF)": the capacity of the name before
            # (not "2 members of the public")
            code = _PAREN.search(part)
            out[-1].role = out[-1].role or " ".join(words)
            if code and (_CODE.match(inner := code.group("in").strip()) or _MIXED_CODE.match(
                inner
            )) and out[-1].code is None:
                out[-1].code = code.group("in").strip()
            continue
        person = _person(part, present)
        if person is not None:
            out.append(person)
    return out


def _person(part: str, present: bool) -> Person | None:
    """One person from "Full Name (AB)", "@handle (Full Name)", "Full Name @handle (TSC)",
    "J. Brown - JB", "Addison Phillips - Unicode (APP) - chair", "ESS - Taylor, Rod"."""
    text = part.strip(" .*_")
    if not text or len(text) > 80:
        return None
    person = Person("", present=present)
    for m in _HANDLE.finditer(text):
        person.handle = person.handle or m.group("h")
    text = _HANDLE.sub(" ", text)
    # "Steve Barratt (Club Secretary)": beside a name, a bracket of capitalised words is a
    # role; it is the name beside a handle or code ("@mira (Mira Sol)", "JB (Jane Brown)").
    named = any(len(piece.split()) >= 2 and _looks_like_name(piece)  # "DH - Derek Hughes"
                for piece in re.split(r"\s+[-–—]\s+", " ".join(_PAREN.sub(" ", text).split())))
    for m in _PAREN.finditer(text):
        inner = m.group("in").strip()
        if (tail := _TAIL_CODE.search(inner)) and person.code is None and not NOT_OWNER.match(
            tail.group("code")
        ):
            person.code = tail.group("code")  # "(Year 2 Mathematics, BL)", "(Chair, NR)"
            inner = inner[: tail.start()].strip()
        if nick := _NICKNAME.search(inner):  # 'Mark Robertson ("Robbo", Club Captain)'
            person.forms.append(nick.group("nick"))
            inner = f"{inner[: nick.start()]}{inner[nick.end():]}".strip(" ,")
            if not inner:
                continue
        first, comma, rest = inner.partition(",")
        if comma and not named and not person.name and len(first.split()) >= 2 and (
            _looks_like_name(first)
        ):
            person.name, person.role = first.strip(), person.role or rest.strip()
            continue  # "@linnea-h (Linnea Holm, maintainer)"
        if inner.lower() in _ROLES:
            person.role = inner
        elif _CODE.match(inner) and person.code is None and (
                not NOT_OWNER.match(inner) or inner == _initials(_DASHED.split(
                    _PAREN.sub(" ", text))[0])):
            person.code = inner  # not "Kylie (ASAP)"; but "Nasreen Begum (NB)"
        elif _looks_like_name(inner) and len(inner.split()) >= 2 and not named:
            person.name = inner
        else:
            person.role = person.role or inner
    text = _PAREN.sub(" ", text)
    pieces = [p.strip() for p in re.split(r"\s+[-–—]\s+", text) if p.strip()]
    name = ""
    for number, piece in enumerate(pieces):
        if number == 0 and len(pieces) > 1 and piece.isupper():
            initials = "".join(w[0] for w in PREFIXES.sub("", pieces[1]).split()
                               if w[:1].isupper())
            if piece == initials:
                person.code = piece  # "MP - Margaret Pollard": her initials first
            continue  # "ESS - Taylor": an organisation before its people
        if _CODE.match(piece) and person.code is None and name:
            person.code = piece
        elif piece.lower() in _ROLES:
            person.role = piece
        elif not name and _looks_like_name(piece):
            name = piece
        elif name and number == 1 and (person.role is None or person.role.lower() in (
            "notes", "minutes", "scribe", "note taker", "minute taker", "taking notes")
        ):  # "Mr Jonathan Pryor - Area Coroner", "Mrs Lisa Harding - Coroner's ... (notes)"
            person.role = piece
    if ":" in name:  # "ESS: Taylor"
        name = name.split(":")[-1].strip()
    person.name = person.name or " ".join(name.split())
    if person.code and person.role and " " not in person.role and len(person.role) <= 5 and (
        person.role[:2].upper() == _initials(person.name)[:2] != person.code[:2]
    ):  # "Richard Coates (INED) (RC)": the initials are the code, the other the capacity
        person.code, person.role = person.role, person.code
    if not person.name and not person.handle:
        return None
    if person.name and not _looks_like_name(person.name):
        return None
    return person


def _initials(name: str) -> str:
    return "".join(w[0] for w in PREFIXES.sub("", name).split() if w[:1].isupper())


def _looks_like_name(text: str) -> bool:
    """A name's words are capitalised ("Neal Wright", "Jan van der Berg") or all in lower
    case, as some write names and handles ("udit", "jane doe"). Capital then lower case
    is how a sentence or a heading starts: "Meeting schedule", "Changes to the PMB", an
    agenda item read on from an attendance list, is nobody."""
    words = PREFIXES.sub("", text.strip()).split()
    if not 1 <= len(words) <= 5 or not all(_NAME_WORD.match(w) for w in words):
        return False
    lower = [w for w in words if w[0].islower() and w.lower() not in _PARTICLES]
    return not lower or len(lower) == len(words)


def forms(person: Person) -> list[str]:
    """Every way the minutes may write this person: full name, first name, surname,
    initials, "N. Surname", "N Surname", handle, code."""
    out: list[str] = []
    name = PREFIXES.sub("", person.name).strip()
    words = [w.strip(".,") for w in name.split() if w.strip(".,")]
    if words:
        out.append(" ".join(words))
        if len(words) >= 2 and words[0][:1].isupper():
            first, last = words[0], words[-1]
            out += [first, last, f"{first[0]}. {last}", f"{first[0]} {last}",
                    "".join(w[0] for w in words if w[:1].isupper())]
        elif len(words) == 1:
            out.append(words[0])
    if person.handle:
        out += [person.handle, "@" + person.handle]
    if person.code:
        out.append(person.code)
    out += person.forms
    return [f for f in dict.fromkeys(out) if len(f) >= 2]

