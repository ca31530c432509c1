"""The extraction pipeline: file -> lines -> rows -> meeting and blocks -> actions -> dates.

Every stage is a pure function of what the stage before returned; only ``read_lines``
touches the file, so ``extract_text`` runs the same pipeline on a string for tests and
for callers that already hold the text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path

from dateutil.relativedelta import relativedelta

from reminders.deadlines import resolve
from reminders.errors import MinutesError
from reminders.minutes import actions, blocks, lists
from reminders.minutes.clean import clean
from reminders.minutes.markup import html_lines
from reminders.minutes.meeting import read_meeting
from reminders.minutes.merge import merge_repeats
from reminders.minutes.model import ExtractedAction, Extraction, Meeting
from reminders.minutes.owners import OwnerBook
from reminders.minutes.people import list_lines, read_people
from reminders.minutes.read import read_lines
from reminders.minutes.words import LowerCaseWords, words_of

DEFAULT_FOLLOW_UP = relativedelta(days=28)
DEFAULT_CADENCE = relativedelta(months=1)
_UPDATE_CHARS = 400


def extract(path: Path, *, default_follow_up: relativedelta = DEFAULT_FOLLOW_UP,
            financial_year_start: int = 4, cadence: relativedelta = DEFAULT_CADENCE,
            aliases: Mapping[str, str] | None = None) -> Extraction:
    """The meeting and actions in the minutes at ``path`` (.txt, .md, .html, .docx, .pdf).

    Raises MinutesError when the file cannot be read as minutes."""
    path = Path(path)
    return _run(read_lines(path), str(path), default_follow_up, financial_year_start,
                cadence, aliases)


def extract_text(text: str, *, source: str = "<text>",
                 default_follow_up: relativedelta = DEFAULT_FOLLOW_UP,
                 financial_year_start: int = 4, cadence: relativedelta = DEFAULT_CADENCE,
                 aliases: Mapping[str, str] | None = None) -> Extraction:
    """As ``extract``, for minutes already in a string (plain text, Markdown or HTML)."""
    if not text or text.isspace():  # (strip() would copy the whole text to say so)
        raise MinutesError(f"{source}: the minutes are empty", "give the text of the minutes")
    head = text[:2048].lower()
    lines = (html_lines(text) if "<html" in head or "<!doctype html" in head
             else list(enumerate(text.splitlines(), 1)))
    return _run(lines, source, default_follow_up, financial_year_start, cadence, aliases)


def _run(lines: list[tuple[int, str]], source: str, follow_up: relativedelta, fy_start: int,
         cadence: relativedelta, aliases: Mapping[str, str] | None) -> Extraction:
    rows = clean(lines)
    meeting = read_meeting(rows, Path(source).name if source != "<text>" else "")
    text = "\n".join(r.text for r in rows)
    people = read_people(rows)
    book = OwnerBook(meeting.attendees, aliases, people, LowerCaseWords(text),
                     words_of(text.lower()), body=meeting.title or "",
                     writer=meeting.minute_taker)
    doc = blocks.build(rows, book)
    doc.people_lines = list_lines(people)
    found = merge_repeats(actions.find(doc, book), lists.shadows(doc, book))
    found.sort(key=lambda f: f.block.line)
    result = tuple(_finish(f, meeting, follow_up, fy_start, cadence) for f in found)
    new = tuple(a for a in result if a.kind != "carried")
    updates = tuple(a for a in result if a.kind == "carried")
    warnings = meeting.warnings
    if meeting.date is None and new:
        warnings += ("actions have no due dates because the meeting date is unknown",)
    meeting = replace(meeting, warnings=warnings)
    return Extraction(source, meeting, new, updates)


def _finish(f: actions.Found, meeting: Meeting, follow_up: relativedelta, fy_start: int,
            cadence: relativedelta) -> ExtractedAction:
    due: date | None = None
    basis = words = None
    if meeting.date is not None:
        # A carried action's own words were dated from an earlier meeting; only what this
        # meeting said about it (its update) can set a new date.
        # A list item with no time of its own takes the one the discussion it restates
        # gave, or else its parent item's (rule 12).
        texts = [f.due_words, f.update if f.kind == "carried" else f.text, f.restated,
                 f.parent]
        for text in filter(None, texts):
            found = None
            # A due cell or "Due:" line is a deadline however bare: "Fri", "11/15".
            for words in (text, f"by {text}") if text is f.due_words else (text,):
                found = resolve(words, meeting.date, next_meeting=meeting.next_meeting,
                                financial_year_start=fy_start, cadence=cadence,
                                body=meeting.title, month_first=meeting.month_first)
                if found is not None:
                    break
            if found is not None:
                due, basis, words = found.due, found.basis, found.words
                break
        else:
            due, basis = meeting.date + follow_up, "default"
    update = f.update
    if update and len(update) > _UPDATE_CHARS:
        update = update[: _UPDATE_CHARS - 1].rstrip() + "…"
    return ExtractedAction(f.text, f.owners, due, basis, words, f.item, f.block.section,
                           f.kind, update, f.block.line)
