"""Applying what a stored meeting says about earlier actions, and recording its own.

Called by ``reminders.ingest`` inside the file's transaction, after the meeting and its new
actions are stored: every new action gets an "extracted" event (a re-issued one
"re-issued"), each matters-arising report is matched (``reminders.follow``) and applied to
the action it reports on, or left in the review list. Applying is idempotent: the same
minutes ingested again add nothing, and an update from an older meeting than the action's
latest one is recorded in its history without undoing the newer state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlmodel import Session, col, select

from reminders import clock, history
from reminders.follow import classify, content_words, match, series, split_runs
from reminders.minutes import ExtractedAction
from reminders.models import ARCHIVED, DONE, OPEN, WITHDRAWN, Action, ActionEvent, Meeting, Review

APPLIED_KINDS = ("updated", "closed", "redated")


@dataclass(frozen=True)
class Options:
    today: date
    escalate_after_days: int
    history: bool = False  # past minutes: store as the record, chase only the open and recent


@dataclass
class Followed:
    """What the matters arising did, for the ingest summary."""

    closed: int = 0
    redated: int = 0
    updated: int = 0
    waiting: int = 0  # in the review list
    archived: int = 0
    stale: list[int] = field(default_factory=list)  # ids of new actions overdue past escalation

    def summary(self) -> str:
        parts = [f"{n} {what}" for n, what in ((self.closed, "closed"),
                 (self.redated, "re-dated"), (self.updated, "updated"),
                 (self.waiting, "waiting for review"), (self.archived, "archived as history"))
                 if n]
        return "matters arising: " + ", ".join(parts) if parts else ""


def after_store(session: Session, meeting: Meeting, updates: tuple[ExtractedAction, ...], *,
                created: list[Action], reissued: list[Action], withdrawn: list[Action],
                options: Options) -> Followed:
    session.flush()
    result = Followed()
    for action in created:
        history.record(session, action, "extracted", meeting=meeting, source=action.source,
                       line=action.line)
    for action in reissued:
        action.calendar_seq += 1
        history.record(session, action, "reissued", meeting=meeting, source=action.source,
                       line=action.line)
    for action in withdrawn:
        action.calendar_seq += 1
        history.record(session, action, "withdrawn", meeting=meeting, words=action.note)
    cutoff = options.today - timedelta(days=options.escalate_after_days)
    _forget_pending(session, meeting)
    earlier = earlier_actions(session, meeting)
    resolved = _resolved_here(session, meeting)
    parts = [p for run in updates
             for p in split_runs(run, earlier, meeting.date, meeting.next_meeting)]
    for update in parts:
        if fingerprint_of(update) in resolved:
            continue  # the secretariat already decided this one; a re-ingest keeps that
        found = match(update, earlier)
        if found.action_id is None:
            session.add(_review(meeting, update, found.reason, found.candidates))
            result.waiting += 1
            continue
        target = next(a for a, _ in earlier if a.id == found.action_id)
        kind = apply(session, target, meeting, update, chase_from=cutoff)
        result.closed += kind == "closed"
        result.redated += kind == "redated"
        result.updated += kind == "updated"
    if created:
        result.closed += _retry_later(session, meeting, cutoff)
    for action in created:
        when = action.due or meeting.date
        if action.status != OPEN or when is None or when >= cutoff:
            continue
        if options.history:
            action.status = ARCHIVED
            history.record(session, action, "archived", meeting=meeting,
                           words=f"imported as history on {options.today.isoformat()}")
            result.archived += 1
        elif action.due:
            result.stale.append(action.id)
    return result


def _retry_later(session: Session, meeting: Meeting, chase_from: date) -> int:
    """Minutes taken in out of order: reports of later meetings that waited because their
    action was not stored yet are matched again now that this meeting's actions are; the
    clear ones are applied. Returns how many that closed."""
    if meeting.date is None:
        return 0
    closed = 0
    wanted = series(meeting.title)
    rows = session.exec(select(Review, Meeting).join(Meeting, col(Review.meeting_id) ==
                                                     col(Meeting.id))
                        .where(Review.status == "pending", col(Meeting.date) > meeting.date)
                        .order_by(col(Meeting.date), col(Review.id))).all()
    for review, later in rows:
        if series(later.title) != wanted:
            continue
        earlier = earlier_actions(session, later)
        parts = split_runs(update_of(review), earlier, later.date, later.next_meeting)
        if len(parts) > 1:  # it ran together with reports on actions stored just now
            review.status, review.resolved_at = "split", clock.now()
            session.add(review)
        for part in parts:
            found = match(part, earlier)
            if found.action_id is None:
                if len(parts) > 1:
                    session.add(_review(later, part, found.reason, found.candidates))
                else:
                    review.reason = found.reason
                    review.candidates = ",".join(map(str, found.candidates))
                    session.add(review)
                continue
            target = next(a for a, _ in earlier if a.id == found.action_id)
            closed += apply(session, target, later, part, chase_from=chase_from) == "closed"
            if len(parts) == 1:
                review.status, review.action_id = "matched", target.id
                review.resolved_at = clock.now()
                session.add(review)
    return closed


def update_of(review: Review) -> ExtractedAction:
    """The report a review row holds, as the extractor gave it."""
    return ExtractedAction(review.text, tuple(o for o in review.owners.split(",") if o),
                           review.due, review.basis, review.due_words, review.item, None,
                           "carried", review.update, review.line or 0)


def still_stale(session: Session, ids: list[int], options: Options) -> list[int]:
    """Days overdue of those of ``ids`` still open past escalation (later files may close
    some): what an ingest of past minutes without ``--history`` would flood digests with."""
    cutoff = options.today - timedelta(days=options.escalate_after_days)
    found = session.exec(select(Action).where(col(Action.id).in_(ids), Action.status == OPEN,
                                              col(Action.due) < cutoff)).all() if ids else []
    return [(options.today - a.due).days for a in found if a.due]


def fingerprint_of(update: ExtractedAction) -> str:
    return " ".join(sorted(content_words(update.text))) + "|" + (update.update or "")[:200]


def earlier_actions(session: Session, meeting: Meeting) -> list[tuple[Action, Meeting]]:
    """Actions of this meeting's series minuted before it (any status but withdrawn)."""
    wanted = series(meeting.title)
    rows = session.exec(select(Action, Meeting)
                        .join(Meeting, col(Action.meeting_id) == col(Meeting.id))
                        .where(Action.status != WITHDRAWN, Meeting.id != meeting.id)).all()
    return [(a, m) for a, m in rows if series(m.title) == wanted
            and (meeting.date is None or m.date is None or m.date < meeting.date)]


def apply(session: Session, action: Action, meeting: Meeting, update: ExtractedAction, *,
          chase_from: date, by: str = "minutes") -> str:
    """Record ``update`` on ``action``; returns the event kind (or "" if already applied).

    An archived action re-dated on or after ``chase_from`` is open again: it is recent."""
    words = update.update or update.text
    done_before = session.exec(select(ActionEvent).where(
        ActionEvent.action_id == action.id, ActionEvent.meeting_id == meeting.id,
        col(ActionEvent.kind).in_(APPLIED_KINDS), ActionEvent.words == words)).first()
    if done_before:
        return ""
    newer = action.update_on and meeting.date and meeting.date < action.update_on
    outcome = classify(update)
    kind = "updated"
    if not newer:
        action.update, action.update_on, action.update_meeting_id = words, meeting.date, meeting.id
        if outcome.kind == "close" and action.status in (OPEN, ARCHIVED):
            action.status, action.closed_at = DONE, clock.now()
            action.closed_by = f"minutes of {clock.long_date(meeting.date)}" if meeting.date else \
                f"minutes ({meeting.source})"
            action.calendar_seq += 1
            kind = "closed"
        elif outcome.kind == "redate" and "due" not in action.edited.split(","):
            action.due, action.basis, action.due_words = outcome.due, outcome.basis, outcome.words
            action.due_set_on = meeting.date
            action.calendar_seq += 1
            kind = "redated"
        if kind == "redated" and action.status == ARCHIVED and action.due >= chase_from:
            action.status = OPEN  # re-dated into the chased window: chase it again
        action.updated_at = clock.now()
        session.add(action)
    history.record(session, action, kind, by=by, meeting=meeting, source=meeting.source,
                   line=update.line, words=words)
    return kind




def _review(meeting: Meeting, update: ExtractedAction, reason: str,
            candidates: tuple[int, ...]) -> Review:
    return Review(meeting_id=meeting.id, text=update.text, owners=",".join(update.owners),
                  item=update.item, update=update.update, due=update.due, basis=update.basis,
                  due_words=update.due_words, source=meeting.source, line=update.line,
                  fingerprint=fingerprint_of(update), reason=reason,
                  candidates=",".join(str(c) for c in candidates), created_at=clock.now())


def _forget_pending(session: Session, meeting: Meeting) -> None:
    """A re-ingest re-matches its reports: the pending ones are made again, fresh."""
    for row in session.exec(select(Review).where(Review.meeting_id == meeting.id,
                                                 Review.status == "pending")):
        session.delete(row)
    session.flush()


def _resolved_here(session: Session, meeting: Meeting) -> set[str]:
    return {r.fingerprint for r in session.exec(
        select(Review).where(Review.meeting_id == meeting.id,
                             col(Review.status).in_(("accepted", "new", "dismissed"))))}
