"""Storing what was extracted from a minutes file: idempotent, and safe for re-issues.

A meeting is identified by its date and its title (with words like "draft" or "revised"
removed), not by its file name, so a corrected re-issue of the same minutes updates the
meeting instead of duplicating its actions. Within a meeting, an action is recognised by a
fingerprint of its words, then, failing that, by a close textual match under the same agenda
item. What the secretariat changed by hand (``Action.edited``: owners, due date, text) is
kept; what the minutes changed is applied; an action that vanished from the re-issue is
marked withdrawn, never deleted, unless someone had already worked on it.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy.exc import OperationalError
from sqlmodel import Session, select

from reminders import clock
from reminders.arising import Followed, Options, after_store
from reminders.clock import long_date
from reminders.config import Config
from reminders.errors import StoreError
from reminders.minutes import ExtractedAction, Extraction, extract, limits
from reminders.models import OPEN, WITHDRAWN, Action, Meeting
from reminders.store import Store

REISSUE_WORDS = re.compile(
    r"\b(draft|final|revised|amended|corrected|updated|approved|unconfirmed|v\d+|version \d+)\b"
)
FUZZY_MATCH = 0.8
T = TypeVar("T")


@dataclass(frozen=True)
class IngestResult:
    path: Path
    status: str  # new | updated | unchanged
    meeting_title: str | None
    meeting_date: object | None
    actions: int  # actions in the file
    added: int = 0
    changed: int = 0
    withdrawn: int = 0
    unknown_owners: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    followed: Followed | None = None  # what its matters arising did (reminders.arising)

    def summary(self) -> str:
        when = f" of {long_date(self.meeting_date)}" if self.meeting_date else ""
        name = self.meeting_title or self.path.name
        what = f"{self.status}: {name}{when}: {self.actions} actions"
        if self.status == "updated":
            what += f" ({self.added} added, {self.changed} changed, {self.withdrawn} withdrawn)"
        if self.followed and self.followed.summary():
            what += f"; {self.followed.summary()}"
        return what


def fingerprint(text: str) -> str:
    """The words of an action, without case, punctuation or an 'ACTION:' marker."""
    words = re.findall(r"[a-z0-9]+", text.casefold())
    if words[:1] == ["action"] or words[:1] == ["actions"]:
        words = words[1:]
    return " ".join(words)[:500]


def meeting_key(extraction: Extraction, path: Path) -> str:
    meeting = extraction.meeting
    title = REISSUE_WORDS.sub(" ", (meeting.title or path.stem).casefold())
    title = " ".join(re.findall(r"[a-z0-9]+", title))
    day = meeting.date.isoformat() if meeting.date else "undated"
    return f"{day}|{title}"


def ingest_file(store: Store, path: Path, config: Config, *, force: bool = False,
                history: bool = False, cancel: Callable[[], bool] | None = None) -> IngestResult:
    """Extract ``path`` and store it in one transaction.

    The file's SHA-256 is looked up before anything is extracted, so an unchanged file costs
    a read and a query. Extraction runs under the ``[reading]`` limits in a child process
    (``limits.run_limited``). Raises MinutesError for a bad file (one line naming it,
    nothing stored), StoreError when the database is busy, read-only or away, and
    ``limits.Cancelled`` when ``cancel()`` turned true while the file was being read.
    """
    bounds = reading_limits(config)
    data = limits.read_file(path, bounds.max_bytes)
    digest = hashlib.sha256(data).hexdigest()
    shown = Path(limits.shown(path))  # stored and printed: undecodable bytes as \\xNN
    if not force:
        known = _database(lambda: _known(store, shown, digest, config), shown)
        if known is not None:
            return known
    _warm_up()
    extraction = limits.run_limited(
        _extract, path, bounds, config, name=str(shown), limits=bounds, cancel=cancel)
    unknown = sorted(
        {code for a in extraction.actions for code in a.owners if not config.recipient_for(code)}
    )
    options = Options(today=clock.today(config.tz), history=history,
                      escalate_after_days=config.rules.escalate_after_days)

    def store_it() -> IngestResult:
        with store.session() as session:
            return _store(session, shown, digest, extraction, unknown, force=force,
                          options=options)

    return _database(store_it, shown)


def reading_limits(config: Config) -> limits.Limits:
    reading = config.reading
    return limits.Limits(max_bytes=reading.max_file_mb * limits.MB,
                         seconds=reading.seconds_per_file,
                         memory_bytes=reading.memory_mb * limits.MB)


@functools.cache
def _warm_up() -> None:
    """Import the readers and fill the extractors' caches (compiled patterns) once, here:
    each file's child process starts as a copy of this one, so it need not do it again
    (a cold child costs 10-20 times the extraction of a small file)."""
    import reminders.minutes.docx
    import reminders.minutes.pdf_file  # noqa: F401  (pypdfium2, lxml)
    from reminders.minutes import extract_text

    extract_text("Committee\nDate: 12 March 2024\nACTION: JB to send the letter by 30 April"
                 " 2024.\n1. Item\n<ul><li>TS to call at the next meeting</li></ul>\n")


def _extract(path: Path, bounds: limits.Limits, config: Config) -> Extraction:
    """In the child process: read and extract under the limits."""
    limits.configure(bounds)
    return extract(
        path,
        default_follow_up=config.rules.default_follow_up,
        financial_year_start=config.rules.financial_year_start_month,
        cadence=config.rules.cadence,
        aliases=config.aliases(),
    )


def _known(store: Store, path: Path, digest: str, config: Config) -> IngestResult | None:
    """The result for a file whose exact bytes are stored already, without extracting it."""
    with store.session() as session:
        meeting = session.exec(select(Meeting).where(Meeting.source_sha256 == digest)).first()
        if meeting is None:
            return None
        owners = session.exec(select(Action.owners).where(Action.meeting_id == meeting.id))
        owners = list(owners)
    unknown = sorted({code for joined in owners for code in joined.split(",")
                      if code and not config.recipient_for(code)})
    return IngestResult(path=path, status="unchanged", meeting_title=meeting.title,
                        meeting_date=meeting.date, actions=len(owners),
                        unknown_owners=tuple(unknown),
                        warnings=tuple(json.loads(meeting.warnings or "[]")))


def _database(work: Callable[[], T], path: Path) -> T:
    """``work()``, with a busy, locked or read-only database as one StoreError line."""
    try:
        return work()
    except OperationalError as exc:
        first = (str(exc.orig or exc).strip().splitlines() or ["?"])[0]
        raise StoreError(f"{path}: not stored: the database is unavailable ({first})",
                         "check the database is writable and not locked, then ingest again"
                         ) from None


def _store(
    session: Session,
    path: Path,
    digest: str,
    extraction: Extraction,
    unknown: list[str],
    *,
    force: bool,
    options: Options,
) -> IngestResult:
    now = clock.now()
    info = extraction.meeting
    key = meeting_key(extraction, path)
    meeting = session.exec(select(Meeting).where(Meeting.key == key)).first()
    common = dict(
        path=path,
        meeting_title=info.title,
        meeting_date=info.date,
        actions=len(extraction.actions),
        unknown_owners=tuple(unknown),
        warnings=info.warnings,
    )
    if meeting and meeting.source_sha256 == digest and not force:
        return IngestResult(status="unchanged", **common)
    status = "updated" if meeting else "new"
    meeting = meeting or Meeting(key=key, source=str(path), source_sha256=digest, ingested_at=now)
    meeting.title = info.title
    meeting.date = info.date
    meeting.next_meeting = info.next_meeting
    meeting.chair = info.chair
    meeting.minute_taker = info.minute_taker
    meeting.attendees = json.dumps(
        [
            {"name": a.name, "code": a.code, "capacity": a.capacity, "present": a.present}
            for a in info.attendees
        ]
    )
    meeting.warnings = json.dumps(list(info.warnings))
    meeting.source = str(path)
    meeting.source_sha256 = digest
    meeting.ingested_at = now
    session.add(meeting)
    session.flush()

    existing = list(session.exec(select(Action).where(Action.meeting_id == meeting.id)))
    added = changed = 0
    created: list[Action] = []
    reissued: list[Action] = []
    for extracted in extraction.actions:
        match = _match(existing, extracted)
        if match is None:
            created.append(_new_action(meeting, extracted, path, now))
            session.add(created[-1])
            added += 1
            continue
        existing.remove(match)
        if _apply(match, extracted, path, now):
            changed += 1
            reissued.append(match)
        session.add(match)
    withdrawn = 0
    gone_now: list[Action] = []
    for gone in existing:
        if gone.status == OPEN and not gone.edited:
            gone.status = WITHDRAWN
            gone.note = f"not in the re-issued minutes ({path.name})"
            gone.updated_at = now
            session.add(gone)
            withdrawn += 1
            gone_now.append(gone)
    followed = after_store(session, meeting, extraction.updates, created=created,
                           reissued=reissued, withdrawn=gone_now, options=options)
    return IngestResult(
        followed=followed,
        status=status,
        added=added if status == "updated" else 0,
        changed=changed,
        withdrawn=withdrawn,
        **common,
    )


def _match(candidates: list[Action], extracted: ExtractedAction) -> Action | None:
    """The stored action this extracted one is, if any: same words, else close words."""
    wanted = fingerprint(extracted.text)
    for action in candidates:
        if action.fingerprint == wanted:
            return action
    best, best_score = None, FUZZY_MATCH
    for action in candidates:
        if extracted.item and action.item and extracted.item != action.item:
            continue
        score = difflib.SequenceMatcher(None, action.fingerprint, wanted).ratio()
        if score >= best_score:
            best, best_score = action, score
    return best


def _extracted_fields(extracted: ExtractedAction, path: Path) -> dict:
    return {
        "text": extracted.text,
        "owners": ",".join(extracted.owners),
        "due": extracted.due,
        "basis": extracted.basis,
        "due_words": extracted.due_words,
        "item": extracted.item,
        "section": extracted.section,
        "kind": extracted.kind,
        "update": extracted.update,
        "source": str(path),
        "line": extracted.line,
        "fingerprint": fingerprint(extracted.text),
    }


# A hand edit of one of these keys protects the listed stored fields from re-issues.
PROTECTED_BY = {"owners": ("owners",), "due": ("due", "basis", "due_words"), "text": ("text",)}


def _new_action(meeting: Meeting, extracted: ExtractedAction, path: Path, now) -> Action:
    return Action(meeting_id=meeting.id, created_at=now, updated_at=now,
                  **_extracted_fields(extracted, path))


def _apply(action: Action, extracted: ExtractedAction, path: Path, now) -> int:
    """Update ``action`` from the re-issue, except what was edited by hand; 1 if it changed."""
    protected = {f for key in action.edited.split(",") if key for f in PROTECTED_BY.get(key, ())}
    # What later meetings said about it (reminders.arising) is not this file's to undo.
    protected |= {"update"} if action.update_on else set()
    protected |= {"due", "basis", "due_words"} if action.due_set_on else set()
    changed = False
    for field, value in _extracted_fields(extracted, path).items():
        if field in protected or getattr(action, field) == value:
            continue
        setattr(action, field, value)
        changed = changed or field not in ("source", "line", "fingerprint")
    if changed:
        action.updated_at = now
    return int(changed)
