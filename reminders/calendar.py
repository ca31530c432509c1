"""The digest's calendar attachment, kept in step with the action log.

One all-day event per listed deadline, its UID the action's reference, so importing next
week's file updates rather than duplicates. SEQUENCE is the action's ``calendar_seq``, bumped
whenever its date or status changes, so Outlook and Google accept the newer copy. An action
a recipient was sent and that has since been closed or withdrawn goes out once as
STATUS:CANCELLED in that recipient's next attachment; one re-dated out of the digest's
window goes out once with its new date. What each recipient holds is read from the "digest"
and "calendar" events recorded when a digest was sent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.engine import Connection
from sqlmodel import Session, col, select

from reminders import clock, history
from reminders.clock import as_utc, long_date
from reminders.models import OPEN, Action, ActionEvent, Meeting

HELD = ("digest", "calendar")  # events that put (or changed) an entry in someone's calendar


@dataclass(frozen=True)
class Entry:
    """One event for the attachment: a listed deadline, or a change to one sent before."""

    ref: str
    text: str
    due: date
    seq: int
    meeting: str
    meeting_date: date | None
    item: str | None
    cancelled: bool = False


def short(text: str, limit: int = 60) -> str:
    """The words, cut at a word boundary to fit ``limit`` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "…"


def calendar(entries: Iterable[Entry], *, domain: str, stamp: datetime) -> str:
    """The VCALENDAR text, written directly: byte for byte what icalendar would make of the
    same properties (tests/test_calendar.py checks), at a twentieth of its cost per digest."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//reminders//weekly digest//EN",
             "METHOD:PUBLISH"]
    dtstamp = stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    for entry in entries:
        state = "cancelled" if entry.cancelled else "due"
        where = f"{entry.meeting}, {long_date(entry.meeting_date)}"
        where += f", item {entry.item}" if entry.item else ""
        summary = " ".join(f"{entry.ref} {state}: {short(entry.text)}".split())
        lines += [
            "BEGIN:VEVENT",
            _fold("SUMMARY:" + _text(summary)),
            f"DTSTART;VALUE=DATE:{entry.due:%Y%m%d}",
            f"DTEND;VALUE=DATE:{entry.due + timedelta(days=1):%Y%m%d}",
            f"DTSTAMP:{dtstamp}",  # the slot: a later digest's copy supersedes this one
            _fold("UID:" + _text(f"{entry.ref}@{domain}")),
            f"SEQUENCE:{entry.seq}",
            _fold("DESCRIPTION:" + _text(f"{entry.text}\n\nFrom: {where}\n"
                                         f"Reference: {entry.ref}")),
            "STATUS:CANCELLED" if entry.cancelled else "STATUS:CONFIRMED",
            "TRANSP:TRANSPARENT",  # a deadline, not a busy slot in the diary
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def _text(value: str) -> str:
    """RFC 5545 TEXT escaping, in icalendar's order (line ends all become a literal \\n)."""
    return (value.replace(r"\N", "\n").replace("\\", "\\\\").replace(";", r"\;")
            .replace(",", r"\,").replace("\r\n", r"\n").replace("\n", r"\n")
            .replace("\r", r"\n"))


def _fold(line: str, limit: int = 75) -> str:
    """Fold at 75 octets without splitting a character or a backslash escape: pieces of at
    most ``limit - 1`` octets, each ending on a character boundary (a UTF-8 continuation
    octet is 10xxxxxx), less a final backslash or caret (it moves to the next piece)."""
    data, pieces, start = line.encode("utf-8"), [], 0
    while len(data) - start > limit - 1:
        end = start + limit - 1
        while data[end] & 0xC0 == 0x80:  # inside a character: cut before it
            end -= 1
        if data[end - 1] in b"\\^" and end - 1 > start:
            end -= 1
        pieces.append(data[start:end].decode("utf-8"))
        start = end
    pieces.append(data[start:].decode("utf-8"))
    return "\r\n ".join(pieces)


def changes(session: Session) -> dict[str, tuple[Entry, ...]]:
    """Per recipient code: entries it holds whose action was since closed or re-dated."""
    held: dict[tuple[str, int], ActionEvent] = {}
    for event in session.exec(select(ActionEvent).where(col(ActionEvent.kind).in_(HELD),
                                                        col(ActionEvent.recipient).isnot(None))
                              .order_by(col(ActionEvent.id))):
        held[(event.recipient, event.action_id)] = event
    found: dict[str, list[Entry]] = {}
    ids = {action_id for _, action_id in held}
    rows = {a.id: (a, m) for a, m in session.exec(
        select(Action, Meeting).join(Meeting, col(Action.meeting_id) == col(Meeting.id))
        .where(col(Action.id).in_(ids)))} if ids else {}
    for (recipient, action_id), event in held.items():
        if event.words == "cancelled" or action_id not in rows:
            continue
        action, meeting = rows[action_id]
        gone = action.status != OPEN
        if not gone and (action.due is None or action.due == event.due):
            continue
        entry = Entry(action.ref, action.text, (event.due if gone or action.due is None
                                                else action.due), action.calendar_seq,
                      meeting.title or meeting.key, meeting.date, action.item,
                      cancelled=gone or action.due is None)
        if entry.due is not None:
            found.setdefault(recipient, []).append(entry)
    return {code: tuple(sorted(entries, key=lambda e: e.ref)) for code, entries in found.items()}


def record_sent(session: Session | Connection, recipient: str, slot: datetime, listed,
                sent_changes) -> None:
    """What the recipient's calendar now holds: each listed action at the date it was sent
    with, each change sent.

    One INSERT of every event, nothing loaded: this runs after every digest, inside the
    ledger's commit of the message (actions are never deleted, so each ref names a row).
    """
    at, slot = clock.now(), as_utc(slot)

    def event(ref: str, kind: str, due: date | None, words: str | None = None) -> dict:
        return history.values(int(ref.removeprefix("A-")), kind, by="digest", at=at, due=due,
                              words=words, slot=slot, recipient=recipient)

    rows = []
    for item in listed:
        rows.append(event(item.ref, "digest", item.due))
        if item.escalated:
            rows.append(event(item.ref, "escalated", item.due))
    for entry in sent_changes:
        rows.append(event(entry.ref, "calendar", entry.due,
                          "cancelled" if entry.cancelled else "moved"))
    history.append(session, rows)


def on_sent(recipient: str, slot: datetime, digest) -> Callable[[Connection], None]:
    """What a sent digest adds to the ledger's commit: which actions it listed, which
    changes it carried."""
    listed = [*digest.overdue, *digest.due_soon]
    changes = digest.calendar_changes if listed else ()
    return lambda session: record_sent(session, recipient, slot, listed, changes)
