"""The review list: matters-arising reports whose action was not clear, for a person.

Each waits until the secretariat accepts the best candidate, picks another action, treats
it as new work, or dismisses it. Deciding applies the update exactly as a clear match would
have (``reminders.arising.apply``), recorded as done by the secretariat.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, col, select

from reminders import clock, history
from reminders.arising import apply, update_of
from reminders.errors import ReminderError
from reminders.ingest import fingerprint
from reminders.models import NEW, OPEN, Action, Meeting, Review
from reminders.tracker import get


@dataclass(frozen=True)
class Waiting:
    review: Review
    meeting: Meeting
    candidates: tuple[tuple[Action, Meeting], ...]  # best first


def pending(session: Session) -> list[Waiting]:
    rows = session.exec(select(Review, Meeting).join(Meeting, col(Review.meeting_id) ==
                                                     col(Meeting.id))
                        .where(Review.status == "pending").order_by(col(Review.id))).all()
    found = []
    for review, meeting in rows:
        options = []
        for action_id in review.candidate_ids:
            action = session.get(Action, action_id)
            if action is not None:
                options.append((action, session.get(Meeting, action.meeting_id)))
        found.append(Waiting(review, meeting, tuple(options)))
    return found


def _get(session: Session, review_id: int) -> tuple[Review, Meeting]:
    review = session.get(Review, review_id)
    if review is None:
        raise ReminderError(f"no review item {review_id}", "see `reminders review`")
    if review.status != "pending":
        raise ReminderError(f"review item {review_id} was already decided ({review.status})")
    return review, session.get(Meeting, review.meeting_id)


def accept(session: Session, review_id: int, *, ref: str | None, today: date,
           escalate_after_days: int) -> tuple[Action, str]:
    """Apply it to ``ref``, or to the best candidate; returns the action and what it did."""
    review, meeting = _get(session, review_id)
    if ref is None:
        if not review.candidate_ids:
            raise ReminderError(f"review item {review_id} has no candidate",
                                "pick one: `reminders review ID pick A-0042`, or `new`")
        action = get(session, f"A-{review.candidate_ids[0]}")
    else:
        action = get(session, ref)
    kind = apply(session, action, meeting, update_of(review), by="secretariat",
                 chase_from=today - timedelta(days=escalate_after_days))
    _decide(session, review, "accepted", action)
    return action, kind or "already applied"


def as_new(session: Session, review_id: int, *, default_follow_up_days: int) -> Action:
    """Store it as an action of its own meeting: new work, not a report on old work."""
    review, meeting = _get(session, review_id)
    due, basis = review.due, review.basis
    if due is None and meeting.date:
        due, basis = meeting.date + timedelta(days=default_follow_up_days), "default"
    now = clock.now()
    action = Action(meeting_id=meeting.id, text=review.text, owners=review.owners, due=due,
                    basis=basis, due_words=review.due_words, item=review.item, kind=NEW,
                    update=review.update, status=OPEN, source=review.source, line=review.line,
                    fingerprint=fingerprint(review.text), created_at=now, updated_at=now)
    session.add(action)
    session.flush()
    history.record(session, action, "extracted", by="secretariat", meeting=meeting,
                   source=review.source, line=review.line,
                   words="a matters-arising report, treated as new by the secretariat")
    _decide(session, review, "new", action)
    return action


def dismiss(session: Session, review_id: int) -> Review:
    review, _ = _get(session, review_id)
    _decide(session, review, "dismissed", None)
    return review


def _decide(session: Session, review: Review, status: str, action: Action | None) -> None:
    review.status, review.resolved_at = status, clock.now()
    review.action_id = action.id if action else None
    session.add(review)
