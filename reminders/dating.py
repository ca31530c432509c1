"""Which words of the minutes date the meeting, and which the next one.

Spec: "Meeting dates" in spec/deadlines.md and "Where the meeting date and next meeting are"
in spec/minutes.md. `meeting_dates` parses a date out of a line; this module decides which
lines to believe. Minutes published on websites carry YAML front matter whose `date:` is
usually the day the page was posted, weeks after the meeting, so the minutes' own heading,
title or "Date:" line wins and a disagreeing front-matter date is reported as a warning.
The next meeting comes from a front-matter field or the last "next meeting" line that gives
a date, and is never guessed from the cadence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reminders.deadlines.guards import MEETING_FILLERS
from reminders.meeting_dates import (
    TO_BE_CONFIRMED,
    MeetingDate,
    month_first,
    parse_meeting_date,
    parse_next_meeting,
)

_WRAPPED_LINES = 4  # a paragraph of more lines than this is judged line by line
_HEADING_ROWS = 25  # the heading, title, date line and venue line sit near the top
_SENTENCE_WORDS = 12  # a longer line ending in a full stop is prose, not a heading
_FOLLOWING_ROWS = 3  # a "Next Meeting" heading puts its date on the lines below
_KEY = re.compile(r"^(?P<key>[A-Za-z][\w -]{0,30}?)\s*:(?:\s+(?P<value>.*)|$)")
_LIST_ITEM = re.compile(r"^-\s")
_DATE_KEYS = ("date", "meeting_date", "held", "held_on")
_NEXT_KEYS = ("next_meeting", "nextmeeting", "next", "next_meeting_date", "next_call",
              "next_sync", "next_retro")
_OPENING_LINES = 5  # the title and the lines under it, which name the body
_LEAD_WORDS = 3  # a line ending "next meeting" is a heading if at most this many words lead in

# Words that may stand between "next" and "meeting" and still name this body's own next
# meeting ("the next committee meeting", "Next PMB Meeting" in a PMB's minutes): the deadline
# rules' list. Any other word must appear in the title: "the next users meeting" is
# somebody else's.
_OWN_MEETING_WORDS = MEETING_FILLERS
# What a body's next gathering is called: "Next meeting", "Next call:", "Next sync:".
_GATHERING = (r"(?:meetings?|calls?|syncs?|huddles?|catch[- ]?ups?|check[- ]?ins?|"
              r"stand[- ]?ups?|retros?|(?:committee|board)(?=\s*:))\b")  # "Next committee: Thu"
_NEXT_LABEL = re.compile(  # spaces optional: PDFs lose them ("Dateofnextmeetings:")
    r"(?:date(?:\s*(?:and|&|/|,)\s*(?:time|venue|place|location))*\s*of\s*(?:the\s*)?"
    r"|confirmation\s*of\s*(?:the\s*)?|^[\W_]*(?:(?:item\s+)?\d{1,2}\W*\s*)?(?:the\s+)?)"
    rf"next\s*(?P<fill>(?:[\w'-]+\s+){{0,2}}?){_GATHERING}"
    rf"|\bnext\s+(?P<fill2>(?:[\w'-]+\s+){{0,2}}?){_GATHERING}\s*(?:[:\-–]|\?"
    r"|(?:will|shall|should|would|is|was|has\s+been|to)\s+(?:be\s+)?"
    r"(?:on|held|scheduled|arranged|planned|confirmed|agreed|set|fixed|booked|at|in)\b"
    r"|(?:(?:is|will\s+be)\s+)?(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d)"  # "is Thursday"
    r"|$)",  # "RC 24/40 Next meeting" over its date: a heading (see _next_from_text)
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """A YAML/Pelican metadata block at the top: its scalar fields and where the body starts.

    Keys are lower-case with "-" and " " as "_" (`next-meeting` -> `next_meeting`); values
    are unquoted; list values ("directors:" then "- Name" lines) are kept as tuples in
    `lists` for readers of attendance.
    """

    fields: dict[str, str]
    lists: dict[str, tuple[str, ...]]
    end: int  # index of the first row of the body (0 when there is no front matter)


def front_matter(lines: Sequence[str]) -> FrontMatter:
    """The front matter at the top of `lines` (row texts, "" for blank or "---" rows).

    Rows have already lost the "---" fences (a rule line is page furniture), so a block is
    front matter when the very first row is blank and the next ones are `key: value` lines.
    """
    if len(lines) < 2 or lines[0].strip() not in ("", "---") or not _KEY.match(lines[1]):
        return FrontMatter({}, {}, 0)
    fields: dict[str, str] = {}
    lists: dict[str, tuple[str, ...]] = {}
    key = None
    index = 1
    for index in range(1, min(len(lines), 200)):
        text = lines[index].strip()
        if text in ("", "---"):
            break
        if _LIST_ITEM.match(text) and key is not None:
            lists[key] = (*lists.get(key, ()), text[2:].strip().strip("'\""))
            continue
        m = _KEY.match(text)
        if m is None:
            break
        key = re.sub(r"[\s-]+", "_", m.group("key").strip().lower())
        value = (m.group("value") or "").strip().strip("'\"")
        if value:
            fields.setdefault(key, value)
    else:
        index = len(lines)
    return FrontMatter(fields, lists, index)


@dataclass(frozen=True, slots=True)
class Dating:
    """The meeting's date, the next meeting's, and what looked wrong on the way."""

    held: date | None
    next_meeting: date | None
    warnings: tuple[str, ...]
    month_first: bool = False  # the minutes write "07/09/2023" for July 9


def date_meeting(lines: Sequence[str], *, date_line: str | None = None,
                 title: str | None = None, named: str = "") -> Dating:
    """Date the meeting the rows record, and its successor.

    `lines` are the row texts of the whole document; `date_line` is the value of a "Date:"
    label found by the header reader, and `title` the document's title (whose month and
    year give the year to a date written without one). `named` is the file's name, which
    dates the meeting only when the text does not ("nova.2021-03-16-16.00.txt").
    """
    meta = front_matter(lines)
    body = lines[meta.end:]
    title = meta.fields.get("title") or title
    american = month_first("\n".join(lines))
    posted = _front_matter_date(meta, _DATE_KEYS, title, american)
    warnings: list[str] = []
    candidates = [date_line] if date_line else []
    candidates += [meta.fields["title"]] if "title" in meta.fields else []
    candidates += _heading_lines(body[:_HEADING_ROWS])
    # The year for a date written without one: the title's, else the first heading line's
    # ("Monthly natter - January 2025 meeting" over "Tues 14th Jan"), else the posting date's.
    hint = next((t for t in (title, *candidates) if t and _has_year(t)),
                None) or _month_year_text(posted)
    held = None
    for text in candidates:
        found = parse_meeting_date(text, title=hint, month_first=american)
        if found is not None:
            held = found.date
            warnings.extend(found.warnings)
            break
    if held is None and posted is not None:
        held = posted.date
    if held is None and (held := _stamped(named, body[:_HEADING_ROWS])) is not None:
        warnings.append(f"meeting date {held} taken from the file's name or a link at the top "
                        "of the minutes: the text does not state it")
    elif held is not None and posted is not None and posted.date != held:
        warnings.append(f"front matter date {posted.date} is not the meeting date {held} in "
                        "the minutes' heading: taken as the date the page was posted")
    if held is None:
        return Dating(None, None, (*warnings, "meeting date not found: due dates cannot be "
                                   "worked out"), american)
    following = (_next_from_front_matter(meta, held, american)
                 or _next_from_text(body, held, title, american))
    if following is not None:
        warnings.extend(following.warnings)
    return Dating(held, following.date if following else None, tuple(dict.fromkeys(warnings)),
                  american)


# A whole date stamped in a name, as a meeting bot or a secretary files minutes:
# "2021-03-16", "2021_03_16", "20210316".
_STAMP = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")
_LINK = re.compile(r"https?://\S+")


def _stamped(named: str, opening: Sequence[str]) -> date | None:
    """The date stamped in the file's name, else in a link among the opening lines (a
    meeting bot's "The full logs are available at .../nova.2021-03-16-16.00.log.html")."""
    for text in (named, *(m.group() for line in opening if "://" in line
                          for m in _LINK.finditer(line))):
        if m := _STAMP.search(text):
            try:
                return date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
            except ValueError:  # "2023-02-30"
                continue
    return None


def _heading_lines(lines: Sequence[str]) -> list[str]:
    """The lines of headings, titles, date and venue lines, not of sentences of the minutes.

    A paragraph (lines up to a blank one, as wrapped text breaks them) that ends in a full
    stop and runs longer than a heading is prose: "The Directors confirmed the minutes of
    the General Meeting of 9 February 2019." dates another meeting. "held" marks a heading
    however long ("Minutes of the meeting ... held on Thursday 13th April 2006 ...").
    """
    kept: list[str] = []
    paragraph: list[str] = []
    for text in [*lines, ""]:
        if text and not (paragraph and _LIST_MARK.match(text)):
            paragraph.append(text)
            continue
        # (A long run of lines with no blank between is not one wrapped paragraph but a page
        # whose paragraphs have no blank lines, as a PDF's: its lines are judged one by one.)
        if not _prose(joined := " ".join(paragraph)) or len(paragraph) > _WRAPPED_LINES:
            kept.extend(t for t in paragraph if not _prose(t)
                        and not ("next" in t.lower() and _next_label(t))
                        and not _PAGE_DATE.match(t) and not _OTHER_DATE.match(t)
                        and not _earlier_meeting(t))
            if len(paragraph) > 1 and _HELD.search(joined):
                kept.append(joined)  # "... held in" / "the Council Chamber ... 12 March 2024"
        else:  # a date line under the title, not a sentence wrapped onto one ("... of")
            kept.extend(t for i, t in enumerate(paragraph) if _DATED_LINE.match(t) and (
                i == 0 or not paragraph[i - 1].split()[-1][:1].islower()))
        paragraph = [text] if text else []
    return kept


# Dates of the page rather than the meeting: "Posted on 3 April", "Modified: 2016-06-12".
_PAGE_DATE = re.compile(r"^\W*(?:posted|published|updated|last\s+updated|modified|created|"
                        r"revised|printed|circulated|approved|signed|uploaded)\b", re.IGNORECASE)
# An earlier meeting named near the top: "Approval of the minutes of 14 February 2024".
_EARLIER_MEETING = re.compile(r"\b(?:previous|last|prior|approv\w*|confirm\w*|matters\s+arising"
                              r"|correct\s+record|accuracy)\b", re.IGNORECASE)
# The date of something else, labelled so: "Incident date 2025-02-19", "Report date:".
_OTHER_DATE = re.compile(r"^\W*(?!(?:meeting|next|the)\b)[A-Za-z]+(?:\s+[A-Za-z]+)?\s+date\b",
                         re.IGNORECASE)
_LIST_MARK = re.compile(r"^\s*(?:[-*•+]|\d{1,2}[.)])\s")
# A word each match of _EARLIER_MEETING holds; in ASCII text, where the case-free match
# reads letters as lower() does, a line holding none of them is passed without the search
# (a heading row can be a whole paragraph, and the search tries every position of it).
_EARLIER_WORDS = ("previous", "last", "prior", "approv", "confirm", "matters", "correct",
                  "accuracy")


def _earlier_meeting(text: str) -> bool:
    if text.isascii():
        low = text.lower()
        if not any(word in low for word in _EARLIER_WORDS):
            return False
    return _EARLIER_MEETING.search(text) is not None


# Every match of _NEXT_LABEL starts at the start of the text, at a "date" or
# "confirmation" (its first branch) or at a "next" (its second).
_NEXT_STARTS = ("next", "date", "confirmation")


def _next_label(text: str) -> re.Match[str] | None:
    """``_NEXT_LABEL.search(text)``: the pattern is only tried where a match can start,
    since a search enters its alternatives at every character of a long line. (In ASCII
    text, where lower() keeps offsets and reads letters as the case-free match does.)"""
    if not text.isascii():
        return _NEXT_LABEL.search(text)
    low = text.lower()
    starts = {0}
    for word in _NEXT_STARTS:
        i = low.find(word)
        while i >= 0:
            starts.add(i)
            i = low.find(word, i + 1)
    for start in sorted(starts):
        if (m := _NEXT_LABEL.match(text, start)) is not None:
            return m
    return None


_HELD = re.compile(r"\bheld\b", re.IGNORECASE)


def _prose(words: str) -> bool:
    return (words.rstrip().endswith(".") and len(words.split()) > _SENTENCE_WORDS
            and not _HELD.search(words) and not _DATED_LINE.match(words))


# A line that opens with its date is a date line however it goes on: "Friday 7th March
# 2025, 10.00am - 11.20am, Rehearsal Room 2. Notes: Gareth Pryce ...".
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATED_LINE = re.compile(rf"^\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{{1,2}}"
                         rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?:19|20)\d\d|{_MONTH}\s+"
                         r"\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)\b", re.IGNORECASE)


def _has_year(text: str) -> bool:
    return re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", text) is not None


def _month_year_text(found: MeetingDate | None) -> str | None:
    return f"{found.date:%B %Y}" if found else None


def _front_matter_date(meta: FrontMatter, keys: tuple[str, ...], title: str | None,
                       american: bool) -> MeetingDate | None:
    for key in keys:
        if value := meta.fields.get(key):
            found = parse_meeting_date(value, title=title, month_first=american)
            if found is not None:
                return found
    return None


def _next_from_front_matter(meta: FrontMatter, held: date,
                            american: bool) -> MeetingDate | None:
    for key in _NEXT_KEYS:
        if value := meta.fields.get(key):
            return parse_next_meeting(value, meeting=held, month_first=american)
    return None


def _next_from_text(body: Sequence[str], held: date, title: str | None,
                    american: bool) -> MeetingDate | None:
    """The last "next meeting" line (with the lines under it) that gives a date.

    "TBC" there means unknown; a label naming somebody else's meeting ("Dates of the next
    users meeting" in a board's minutes) is not this body's next meeting. The body's own
    words are the title's and the opening lines' ("Minutes of the Vestry Meeting" under
    the church's name).
    """
    title = " ".join([title or "", *(t for t in body[:_OPENING_LINES] if "next" not in t.lower())])
    words = set(re.findall(r"[\w'-]+", title.lower()))
    # The body's own name for its gathering first: "Next work session:" in the minutes of
    # a council work session, over the "Next regular Council meeting:" under it.
    own = [i for i, text in enumerate(body) if (m := _OWN_NEXT.match(text)) and all(
        w in words for w in re.findall(r"[\w'-]+", m.group("what").lower())
    ) and _next_label(text) is None]
    for index in [*reversed(own), *range(len(body) - 1, -1, -1)]:
        text = body[index]
        if index in own:
            m = _OWN_NEXT.match(text)  # "Next get-together:" in a "volunteers' get-together"
        elif (m := _next_label(text) if "next" in text.lower() else None) is None or not (
            _names_own_meeting(m.group("fill") or m.group("fill2") or "", title)
            or (m.start() == 0 and text[m.end():].lstrip().startswith(":"))
        ):  # (a line of its own that opens "Next WP4 call:" names this meeting's next)
            continue
        rest = text[m.end():].strip(" :-–")
        if (m.end() == len(text.rstrip()) and m.group().lower().startswith("next")
                and len(text[: m.start()].split()) > _LEAD_WORDS):
            continue  # "... to be brought to the next meeting": prose, not a heading
        following = [t for t in body[index + 1:index + 1 + 2 * _FOLLOWING_ROWS] if t]
        block = "\n".join([rest, *following[:_FOLLOWING_ROWS]]).strip()
        found = parse_next_meeting(block, meeting=held, month_first=american)
        if found is not None and found.date > held:
            return found
        if TO_BE_CONFIRMED.search(rest.lower()):
            return None
    return None


# A line opening "Next <what>:", where what is the title's word for the gathering.
_OWN_NEXT = re.compile(r"^[\W_]*next\s+(?P<what>[\w'-]+(?:\s+[\w'-]+)?)[*_]*\s*:", re.IGNORECASE)


def _names_own_meeting(fill: str, title: str | None) -> bool:
    words = re.findall(r"[\w'-]+", fill.lower())
    known = set(re.findall(r"[\w'-]+", title.lower())) if title else set()
    return all(w in _OWN_MEETING_WORDS or w in known for w in words)
