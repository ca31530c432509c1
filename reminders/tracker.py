"""The action register as the secretariat works it: list, close, reopen, correct.

Every hand change is recorded in ``Action.edited`` so that a re-issue of the minutes does not
undo it (see ``reminders.ingest``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from reminders import clock, history
from reminders.errors import ReminderError
from reminders.models import DONE, OPEN, Action, Meeting

STATUSES = ("open", "done", "overdue", "withdrawn", "archived", "all")


@dataclass(frozen=True)
class Row:
    """An action with its meeting, as the listing shows it."""

    action: Action
    meeting: Meeting


def list_actions(
    session: Session, *, today: date, status: str = "open", owner: str | None = None,
    owner_codes: set[str] | None = None,
) -> list[Row]:
    """Actions by due date (undated last); ``owner_codes`` are all codes naming that owner."""
    query = select(Action, Meeting).join(Meeting, col(Action.meeting_id) == col(Meeting.id))
    if status in ("open", "overdue"):
        query = query.where(Action.status == OPEN)
    elif status != "all":
        query = query.where(Action.status == status)
    if status == "overdue":
        query = query.where(col(Action.due) < today)
    rows = [Row(a, m) for a, m in session.exec(query)]
    if owner:
        wanted = {c.casefold() for c in (owner_codes or {owner})}
        rows = [r for r in rows if wanted & {c.casefold() for c in r.action.owner_codes}]
    rows.sort(key=lambda r: (r.action.due is None, r.action.due or date.max, r.action.id))
    return rows


def parse_ref(ref: str) -> int:
    match = re.fullmatch(r"\s*(?:A-?)?0*(\d+)\s*", ref, re.IGNORECASE)
    if not match:
        raise ReminderError(f"{ref!r} is not an action reference", "use the A-0042 form")
    return int(match.group(1))


def get(session: Session, ref: str) -> Action:
    action = session.get(Action, parse_ref(ref))
    if action is None:
        raise ReminderError(f"no action {ref}", "see `reminders actions --status all`")
    return action


def _mark(action: Action, *fields: str) -> None:
    edited = [f for f in action.edited.split(",") if f]
    action.edited = ",".join(dict.fromkeys([*edited, *fields]))
    action.updated_at = clock.now()


def close(session: Session, ref: str, note: str | None = None) -> Action:
    """Mark it done; closing a closed action is refused, saying by whom and when."""
    action = get(session, ref)
    if action.status == DONE:
        when = f" on {action.closed_at:%Y-%m-%d}" if action.closed_at else ""
        raise ReminderError(f"{action.ref} is already closed{when}"
                            + (f" (by the {action.closed_by})" if action.closed_by else ""),
                            f"see `reminders history {action.ref}`; "
                            f"`reminders reopen {action.ref}` to open it again")
    action.status = DONE
    action.closed_at = clock.now()
    action.closed_by = "secretariat"
    action.calendar_seq += 1
    if note:
        action.note = _append(action.note, note)
    _mark(action, "status")
    session.add(action)
    history.record(session, action, "closed", by="secretariat", words=note)
    return action


def reopen(session: Session, ref: str, note: str | None = None) -> Action:
    action = get(session, ref)
    if action.status == OPEN:
        raise ReminderError(f"{action.ref} is already open", f"`reminders close {action.ref}`")
    action.status = OPEN
    action.closed_at = None
    action.closed_by = None
    action.calendar_seq += 1
    if note:
        action.note = _append(action.note, note)
    _mark(action, "status")
    session.add(action)
    history.record(session, action, "reopened", by="secretariat", words=note)
    return action


def edit(
    session: Session, ref: str, *, owners: list[str] | None = None, due: date | None = None,
    text: str | None = None, note: str | None = None,
) -> Action:
    """Correct what extraction got wrong; the fingerprint stays that of the minuted words.

    A date set here has basis "secretariat" and keeps the minuted ``due_words``, so digests
    can say both. Notes are appended, never overwritten."""
    action = get(session, ref)
    if text is not None and not text.strip():
        raise ReminderError(f"{action.ref}: --text is empty", "give the action's words")
    changed = []
    if owners is not None:
        action.owners = ",".join(dict.fromkeys(o.strip() for o in owners if o.strip()))
        _mark(action, "owners")
        changed.append(f"owners {action.owners or '(none)'}")
    if due is not None:
        action.due, action.basis, action.due_set_on = due, "secretariat", None
        action.calendar_seq += 1
        _mark(action, "due")
        changed.append(f"due {due.isoformat()}")
    if text is not None:
        action.text = text.strip()
        _mark(action, "text")
        changed.append("words")
    if note is not None:
        action.note = _append(action.note, note)
        action.updated_at = clock.now()
    session.add(action)
    words = "; ".join(changed) + (f" (note: {note})" if note else "") if changed else note
    history.record(session, action, "edited" if changed else "noted", by="secretariat",
                   words=words)
    return action


def _append(old: str | None, new: str) -> str:
    return f"{old}\n{new}" if old else new
