"""One attendance entry to a person: "Full Name (AB)", "@handle (Full Name, role)", "J. Brown
- JB", "Alan Moss, Company Secretary (CoSec)", a row of an attendance table; and every form
of the name the minutes may use for them.

Kept apart from ``people``, which finds where the attendance is (labels, headings, tables,
front matter): this module only reads what one entry says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reminders.minutes.names import OFFICE, PREFIXES
from reminders.minutes.owner_scan import NOT_OWNER

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


_TAIL_CODE = re.compile(r",\s*(?P<code>[A-Z][A-Za-z]?[A-Z]{1,3})$")


_NICKNAME = re.compile(r"[\"“'‘](?P<nick>[A-Z][\w'-]{1,20})[\"”'’]")


def from_table(columns: list[str], cells: list[str], present: bool) -> Person:
    person = Person("", present=present)
    for head, cell in zip(columns, cells, strict=False):
        cell = cell.strip(" |\t")  # (a row clean left with a stray pipe: "| Nick Bollweg")
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


def split_list(value: str, present: bool) -> list[Person]:
    value = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", value)  # Markdown links
    value = value.replace("`", "").strip(" .")
    if not value or re.fullmatch(r"(?i)none|nil|n/?a|-+", value):
        return []
    parts = re.split(r"\s*[;,]\s*(?![^()]*\))|\s+and\s+(?=[A-Z@])(?![^()]*\))|"
                     r"\s+&\s+(?![^()]*\))", value)  # (not "(Social & Bar Convenor)")
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
        person = read_entry(part, present)
        if person is not None:
            out.append(person)
        elif len(pieces := _SENTENCE_END.split(part)) > 1:
            # "Stan. Geoff Talbot (area manager) popped in for the first half hour."
            for piece in pieces:
                m = _NAME_THEN_REMARK.match(piece)
                if (person := read_entry(m.group("who") if m else piece, present)) is not None:
                    out.append(person)
    return out


_SENTENCE_END = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])(?![^()]*\))")


# "Geoff Talbot (area manager) popped in for the first half hour": a name, then a remark.
_NAME_THEN_REMARK = re.compile(r"^(?P<who>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}(?:\s*\([^()]*\))?)"
                               r"\s+[a-z]{2,}\s+[a-z]")


def read_entry(part: str, present: bool) -> Person | None:
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
    outside = " ".join(_PAREN.sub(" ", text).split())
    named = any(len(piece.split()) >= 2 and _looks_like_name(piece)  # "DH - Derek Hughes"
                for piece in re.split(r"\s+[-–—]\s+", outside))
    # "Lorraine (shop manager, writing this up)": a capitalised name outside the bracket is
    # the name, whatever the bracket holds.
    named = named or (_looks_like_name(outside) and outside[:1].isupper()
                      and not outside.isupper())
    for m in _PAREN.finditer(text):
        inner = m.group("in").strip()
        if inner.isdecimal():
            continue  # "gibi (95)": a meeting bot's count of lines said
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
            _looks_like_name(first) and first[:1].isupper()
        ):
            person.name, person.role = first.strip(), person.role or rest.strip()
            continue  # "@linnea-h (Linnea Holm, maintainer)"
        if inner.lower() in _ROLES:
            person.role = inner
        elif _CODE.match(inner) and person.code is None and (
                not NOT_OWNER.match(inner) or inner == _initials(_DASHED.split(
                    _PAREN.sub(" ", text))[0])):
            person.code = inner  # not "Kylie (ASAP)"; but "Nasreen Begum (NB)"
        elif (_looks_like_name(inner) and len(inner.split()) >= 2 and not named
              and inner[:1].isupper()):  # "(area manager)" is a capacity
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
        out += [" ".join(words), " ".join(name.split()).strip(",")]  # (and "H.S. Sandhu")
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
