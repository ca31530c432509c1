"""``reminders status``: what the service has done and will do, read from the database.

Everything here comes from the tables (the ledger and the actions), never from a running
process, so it answers the same whether the daemon is up, down or on another host: that is
the point of keeping the schedule's memory in the database. Times are printed in the
configured zone, because that is the clock the administrator and the recipients live by.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from reminders.config import Config
from reminders.models import OPEN, Action, Delivery
from reminders.store import Store

# Ledger statuses as an administrator would say them.
LABELS = {
    "sent": "sent",
    "empty": "nothing to send",
    "failed": "failed",
    "gave_up": "given up",
    "pending": "in progress",
    "sending": "in progress",
}
GIVEN_UP_SHOWN = 10  # the most recent ones; older ones are history, not a to-do


@dataclass(frozen=True)
class ActionCounts:
    open: int
    overdue: int
    due_soon: int


def status_report(config: Config, store: Store, *, now: datetime) -> str:
    """A few lines: last digest, next digest, retries pending, given up, open actions."""
    tz = config.tz
    today = now.astimezone(tz).date()
    lines: list[str] = []
    with store.session() as session:
        lines += _last_run(session, config)
        next_run = config.schedule.trigger(tz).get_next_fire_time(None, now.astimezone(tz))
        lines.append(f"next digest:     {_local(next_run, config)}")
        lines += _retries(session, config)
        lines += _given_up(session, config)
        counts = action_counts(session, today=today, soon_days=config.rules.due_soon_days)
    lines.append(
        f"actions:         {counts.open} open, {counts.overdue} overdue, "
        f"{counts.due_soon} due within {config.rules.due_soon_days} days"
    )
    return "\n".join(lines)


def action_counts(session: Session, *, today: date, soon_days: int) -> ActionCounts:
    """Open actions; overdue means due before ``today`` (the reader's local day)."""

    def count(*where) -> int:
        query = select(func.count()).select_from(Action).where(Action.status == OPEN, *where)
        return session.exec(query).one()

    return ActionCounts(
        open=count(),
        overdue=count(col(Action.due) < today),
        due_soon=count(col(Action.due) >= today, col(Action.due) <= today + timedelta(soon_days)),
    )


def _last_run(session: Session, config: Config) -> list[str]:
    slot = session.exec(select(func.max(Delivery.slot))).one()
    if slot is None:
        return ["last digest:     never run"]
    rows = session.exec(select(Delivery).where(Delivery.slot == slot)).all()
    counts = Counter(LABELS.get(row.status, row.status) for row in rows)
    moments = [m for row in rows for m in (row.sent_at, row.claimed_at) if m is not None]
    ran = f" (run {_local(max(moments), config)})" if moments else ""
    summary = ", ".join(f"{n} {label}" for label, n in sorted(counts.items()))
    return [f"last digest:     {_local(slot, config)}{ran}: {summary}"]


def _retries(session: Session, config: Config) -> list[str]:
    rows = session.exec(
        select(Delivery)
        .where(Delivery.status == "failed", col(Delivery.retry_at).is_not(None))
        .order_by(col(Delivery.retry_at))
    ).all()
    lines = [f"pending retries: {len(rows)}"]
    for row in rows:
        lines.append(
            f"  {row.recipient:<12} digest of {_local(row.slot, config)}, attempt "
            f"{row.attempts}, next try {_local(row.retry_at, config)}: {_one_line(row.error)}"
        )
    return lines


def _given_up(session: Session, config: Config) -> list[str]:
    total = session.exec(
        select(func.count()).select_from(Delivery).where(Delivery.status == "gave_up")
    ).one()
    lines = [f"given up:        {total}"]
    rows = session.exec(
        select(Delivery)
        .where(Delivery.status == "gave_up")
        .order_by(col(Delivery.slot).desc())
        .limit(GIVEN_UP_SHOWN)
    ).all()
    for row in rows:
        lines.append(
            f"  {row.recipient:<12} digest of {_local(row.slot, config)} after "
            f"{row.attempts} attempts: {_one_line(row.error)}"
        )
    if total > len(rows):
        lines.append(f"  ... and {total - len(rows)} older")
    return lines


def _local(moment: datetime | None, config: Config) -> str:
    if moment is None:
        return "-"
    return f"{moment.astimezone(config.tz):%a %d %b %Y %H:%M %Z}"


def _one_line(text: str | None) -> str:
    return " ".join((text or "no error recorded").split())[:200]
