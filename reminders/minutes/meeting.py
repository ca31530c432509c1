"""The meeting header: title, date, chair, minute-taker, who attended, next meeting.

Header layouts vary ("Date:" lines, "Present:" lists, attendance tables with a capacity
column, "Name, Capacity (CODE)"), but each is a labelled block near the top, so this reads
labels rather than positions. The attendance list matters beyond the header: it defines the
initials ("Richard Cooper ... (RC)") that owners are written in. Dates are read by
``reminders.dating``, which also reads the front matter; this module finds the header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reminders.dating import date_meeting, front_matter
from reminders.minutes.clean import Row
from reminders.minutes.model import Attendee, Meeting
from reminders.minutes.owner_scan import NOT_OWNER
from reminders.minutes.patterns import marked

_LABEL = re.compile(
    r"^[\s\-•*#(]*(?P<label>date(?: of meeting)?|meeting date|held on|when|chair(?:ed by)?|"
    r"chairman|chairperson|in the chair|minutes(?: taken by)?|minute[- ]?taker|minuted by|"
    r"note[- ]?taker|notes(?: taken by)?|attendance|attendees|present|members present|"
    r"in attendance|also present|also in attendance|officers present|apologies(?: for absence)?|"
    r"apologies received(?: from)?|absent|regrets)\b\s*(?:[:\-–]\s*(?P<value>.*)|\t.*|$)",
    re.IGNORECASE)
_CODE = re.compile(r"\((?P<code>[^()]{1,14}|[^(),]{1,40},\s*[^(),]{1,40})\)\s*$")
_ROLE_ONLY = {"chair", "chairman", "chairperson", "vice-chair", "vice chair", "clerk",
              "treasurer", "secretary", "minutes", "minute taker", "observer"}
_CAPACITY_START = frozenset(str.split(
    "police chief deputy assistant acting senior director head policy superintendent chair "
    "vice clerk treasurer member trustee secretary manager officer commissioner interim "
    "temporary executive non-executive medical finance lead governor inspector sergeant "
    "constable assistant principal programme project business analyst intern representative "
    "councillor mayor ward parish town district county"))
_ITEM = re.compile(r"^\s*\d{1,2}\.?\s*\t|^\s*(?:no\.?|item)\s*\t", re.IGNORECASE)


@dataclass(frozen=True)
class Header:
    title: str | None
    date_text: str | None
    chair: str | None
    minute_taker: str | None
    attendees: tuple[Attendee, ...]


def read_header(rows: list[Row]) -> Header:
    title = date_text = chair = taker = None
    attendees: list[Attendee] = []
    present: bool | None = None  # inside an attendance list; False for apologies
    listed = 0  # how far the last attendance row was indented ("Present" over its names)
    gap = False  # a blank row since the last row read
    valued = False  # the attendance label held its names on its own line
    for row in rows[:80]:
        text = row.text
        if not text:
            gap = True
            continue
        raw = "\t".join(row.cells)
        indent = len(raw) - len(raw.lstrip(" "))
        if gap and (indent < listed or valued):
            # "SPC" at the margin after the indented names, "**Agenda**" after a blank
            # under "Attendees: A, B, C": the minutes
            present = None
        gap = False
        m = _LABEL.match(text)  # once a row: its alternatives are tried one by one, case-free
        if title is None and not m:
            if any(c.isalnum() for c in text):  # not a rule of "=====" over the title
                title = text.lstrip("#").strip()[:200]
            continue
        label = m.group("label").lower() if m else ""
        if m and not label.startswith(("attend", "present", "members", "in attend", "also",
                                       "officers", "apolog", "absent", "regrets")):
            present = None
            value = (m.group("value") or "").strip()
            if label.startswith(("date", "meeting date", "held", "when")) and date_text is None:
                date_text = value
            elif label.startswith(("chair", "in the chair")) and chair is None:
                chair = _name_only(value)
            elif chair is not None or label.startswith(("minute", "note")):
                taker = taker or _name_only(value)
            continue
        if m:
            present = not label.startswith(("apolog", "absent", "regrets"))
            cells = [c for c in raw.split("\t") if c.strip()]
            cells[0] = (m.group("value") or "") if len(cells) == 1 else cells[0]
            if len(cells) > 1:
                cells = cells[1:]
            valued = bool("".join(cells).strip())
            if not valued:
                continue
        elif present is None or _ITEM.match(raw) or not _attendee_like(row):
            if present is not None and attendees:
                break
            continue
        else:
            cells = [c for c in raw.split("\t") if c.strip()]
        attendees.extend(_people(cells, present))
        listed = indent
        for person in attendees:
            if chair is None and person.capacity and person.capacity.lower() == "chair":
                chair = person.name
    return Header(title, date_text, chair, taker, tuple(attendees))


def _attendee_like(row: Row) -> bool:
    """(Asked only of rows that ``_LABEL`` does not match.)"""
    text = row.text
    return (len(text.split()) <= 16 and text[:1].isupper() and not text.endswith((".", ":"))
            and not text.lower().startswith("action") and not marked(text)
            and not re.match(r"^\S*\d", text))  # "P24/01 Declarations": an agenda item


def _name_only(value: str) -> str | None:
    name = re.split(r"\s*[,(–]\s*|\s+-\s+", value.strip(), maxsplit=1)[0].strip()
    return name or None


def _people(cells: list[str], present: bool) -> list[Attendee]:
    if len(cells) >= 2:
        return [_person(cells[0], cells[1], present)]
    text = cells[0].strip()
    parts = [p for p in re.split(r"\s*;\s*", text) if p]
    if len(parts) == 1 and len(re.findall(r"\)", text)) >= 2:
        parts = [p for p in re.split(r"(?<=\))\s*,\s*", text) if p]
    if len(parts) == 1 and "," in text and all(
        _name_like(p) for p in text.split(",")
    ):
        parts = [p.strip() for p in text.split(",")]
    return [_person(part, None, present) for part in parts]


def _name_like(text: str) -> bool:
    """"Jo Tanner (JT)", or a handle standing for a name ("anne_pc", "@nick-tr")."""
    words = re.sub(r"\([^()]*\)", "", text).split()
    return (1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)) or (
        len(words) == 1 and re.fullmatch(r"@?[a-z][\w.-]{1,30}", words[0]) is not None)


def _person(name_part: str, capacity: str | None, present: bool) -> Attendee:
    """One attendee from "Name, Capacity (CODE)", "Name (CODE)", "Name - CODE",
    "Name Capacity (CODE)" or a name cell and a capacity cell."""
    text = " ".join(f"{name_part} {capacity or ''}".split())
    code = role = None
    if m := _CODE.search(text):
        inner = m.group("code").strip()
        text = text[: m.start()].strip()
        pieces = [part.strip() for part in inner.split(",")]
        codes = [part for part in pieces if part.isupper() and len(part) <= 8]
        if len(pieces) == 2 and len(codes) == 1:  # "(Production Manager, PM)", "(HM, Membership)"
            inner, role = codes[0], next(part for part in pieces if part != codes[0])
        if len(inner) > 14:
            role = inner  # "(Company Stage Manager, Props)": a capacity, no code
        elif inner.lower() in _ROLE_ONLY:
            role = inner
        elif not NOT_OWNER.match(inner):  # "(TBC)" is nobody's code
            code = inner
    elif m := re.search(r"\s+[-–]\s+(?P<code>[A-Z][A-Za-z/]{1,6})$", text):
        code, text = m.group("code"), text[: m.start()]
    name_cell = " ".join(_CODE.sub("", name_part).split())
    if capacity is not None and name_cell and text.startswith(name_cell):
        name, rest = name_cell, text[len(name_cell):].strip() or None
    elif "," in text:
        name, rest = (part.strip() for part in text.split(",", 1))
    elif (dash := re.search(r"\s+[-–—]\s+", text)) and _name_like(text[: dash.start()]):
        name, rest = text[: dash.start()], text[dash.end():]  # "Alan Rigg - Belfry Adviser"
    else:
        name, rest = _split_capacity(text)
    return Attendee(name.strip(" ,"), code, rest or role, present)


def _split_capacity(text: str) -> tuple[str, str | None]:
    words = text.split()
    for i, word in enumerate(words[1:], start=1):
        bare = word.lower().strip(".,")
        if bare in _CAPACITY_START or "/" in word or (word.isupper() and len(word) > 1):
            return " ".join(words[:i]), " ".join(words[i:])
    return text, None


def read_meeting(rows: list[Row], named: str = "") -> Meeting:
    """The meeting the rows record; what could not be read is a warning, never a guess.

    Front matter (YAML or Pelican metadata) is not part of the header: its title is the
    document's title, and ``reminders.dating`` weighs its dates against the heading's.
    ``named``: the file's name, the date of last resort."""
    texts = [r.text for r in rows]
    meta = front_matter(texts)
    header = read_header(rows[meta.end:])
    title = meta.fields.get("title") or header.title
    dating = date_meeting(texts, date_line=header.date_text, title=title, named=named)
    return Meeting(title, dating.held, dating.next_meeting, header.chair, header.minute_taker,
                   header.attendees, dating.warnings, dating.month_first)
