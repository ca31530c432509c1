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
from reminders.digest import SECRETARIAT
from reminders.models import OPEN, Action, Delivery, DeliveryAddress, MissedSlot, Review
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
        lines += _refused(session, config)
        lines += _missed(session, config)
        counts = action_counts(session, today=today, soon_days=config.rules.due_soon_days)
        waiting = session.exec(select(func.count()).select_from(Review)
                               .where(Review.status == "pending")).one()
    lines.append(
        f"actions:         {counts.open} open, {counts.overdue} overdue, "
        f"{counts.due_soon} due within {config.rules.due_soon_days} days"
    )
    if waiting:
        lines.append(f"review:          {waiting} matters-arising report(s) waiting "
                     "(`reminders review`)")
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


def _refused(session: Session, config: Config) -> list[str]:
    """Addresses refused in digests that reached their owner (an escalation Cc, say)."""
    rows = session.exec(
        select(DeliveryAddress, Delivery)
        .join(Delivery, DeliveryAddress.delivery_id == Delivery.id)
        .where(DeliveryAddress.status == "refused", Delivery.status == "sent")
        .order_by(col(Delivery.slot).desc(), col(DeliveryAddress.id))
        .limit(GIVEN_UP_SHOWN)
    ).all()
    lines = [f"refused addresses: {len(rows)}" + (" (latest)" if len(rows) == GIVEN_UP_SHOWN
                                                  else "")]
    for address, row in rows:
        lines.append(f"  {row.recipient:<12} digest of {_local(row.slot, config)}: "
                     f"{address.role} {address.address}: {_one_line(address.reply)}")
    return lines


def _missed(session: Session, config: Config) -> list[str]:
    rows = session.exec(select(MissedSlot).order_by(col(MissedSlot.first_slot).desc())
                        .limit(GIVEN_UP_SHOWN)).all()
    if not rows:
        return []
    lines = ["missed slots (nothing ran within schedule.catch_up_days; not sent):"]
    for row in rows:
        span = _local(row.first_slot, config)
        if row.count > 1:
            span += f" to {_local(row.last_slot, config)} ({row.count} slots)"
        lines.append(f"  {span}, noticed {_local(row.noticed_at, config)}")
    return lines


def undelivered(config: Config, store: Store, slot: datetime) -> list[str]:
    """What of ``slot`` has not reached its readers, one line each; [] when it all has.

    A slot is complete when every row is sent, empty or given up and the overview exists;
    given-up rows and refused addresses are listed too (someone must forward them).
    """
    with store.session() as session:
        rows = session.exec(select(Delivery).where(Delivery.slot == slot)
                            .order_by(col(Delivery.id))).all()
        refused = session.exec(
            select(DeliveryAddress, Delivery)
            .join(Delivery, DeliveryAddress.delivery_id == Delivery.id)
            .where(Delivery.slot == slot, DeliveryAddress.status == "refused")).all()
    lines = []
    for row in rows:
        if row.status == "failed":
            lines.append(f"{row.recipient}: not delivered yet, retry due "
                         f"{_local(row.retry_at, config)}: {_one_line(row.error)}")
        elif row.status == "sending":
            lines.append(f"{row.recipient}: being sent by {row.claimer or 'a stopped run'}")
        elif row.status == "gave_up":
            lines.append(f"{row.recipient}: given up: {_one_line(row.error)}")
    lines += [f"{row.recipient}: {address.role} {address.address} refused: "
              f"{_one_line(address.reply)}" for address, row in refused
              if row.status == "sent"]
    if not any(row.recipient == SECRETARIAT for row in rows):
        lines.append(f"{SECRETARIAT}: the overview is not sent yet")
    return lines


def _local(moment: datetime | None, config: Config) -> str:
    if moment is None:
        return "-"
    return f"{moment.astimezone(config.tz):%a %d %b %Y %H:%M %Z}"


def _one_line(text: str | None) -> str:
    return " ".join((text or "no error recorded").split())[:200]
