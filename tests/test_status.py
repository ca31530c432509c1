"""``status_report``: read from the ledger and the actions, printed in local time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from reminders import config as config_module
from reminders.models import DONE, OPEN, Action, Delivery, Meeting
from reminders.status import status_report

# Monday 23 November 2026, 09:00 in London (GMT, so UTC too).
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
SLOT = datetime(2026, 11, 23, 7, 30, tzinfo=UTC)


@pytest.fixture
def config(write_config):
    return config_module.load(write_config())


def add_actions(store, *dues_and_statuses: tuple[date | None, str]) -> None:
    with store.session() as session:
        meeting = Meeting(key="2026-10-12|assurance", source="m.txt", source_sha256="x",
                          ingested_at=NOW)
        session.add(meeting)
        session.flush()
        for n, (due, status) in enumerate(dues_and_statuses):
            session.add(Action(meeting_id=meeting.id, text=f"action {n}", owners="CC", due=due,
                               status=status, source="m.txt", fingerprint=f"action {n}",
                               created_at=NOW, updated_at=NOW))


def add_delivery(store, recipient: str, status: str, *, slot=SLOT, **fields) -> None:
    with store.session() as session:
        session.add(Delivery(recipient=recipient, slot=slot, status=status, **fields))


def test_a_fresh_database_says_never_run_and_when_the_first_digest_is(config, store):
    report = status_report(config, store, now=NOW)

    assert "last digest:     never run" in report
    assert "next digest:     Mon 30 Nov 2026 07:30 GMT" in report
    assert "pending retries: 0" in report
    assert "given up:        0" in report
    assert "actions:         0 open, 0 overdue, 0 due within 14 days" in report


def test_the_last_run_is_counted_per_status(config, store):
    add_delivery(store, "secretariat", "sent", slot=SLOT - timedelta(days=7),
                 sent_at=SLOT - timedelta(days=7))
    add_delivery(store, "CC", "sent", sent_at=SLOT + timedelta(seconds=5))
    add_delivery(store, "secretariat", "sent", sent_at=SLOT + timedelta(seconds=4))
    add_delivery(store, "ACC", "empty", claimed_at=SLOT + timedelta(seconds=3))

    report = status_report(config, store, now=NOW)

    assert (
        "last digest:     Mon 23 Nov 2026 07:30 GMT (run Mon 23 Nov 2026 07:30 GMT): "
        "1 nothing to send, 2 sent" in report
    )


def test_pending_retries_and_given_up_deliveries_are_listed(config, store):
    add_delivery(store, "CC", "failed", attempts=2, retry_at=NOW + timedelta(minutes=10),
                 error="[Errno 111] Connection\nrefused")
    add_delivery(store, "ACC", "gave_up", slot=SLOT - timedelta(days=7), attempts=9,
                 error="550 mailbox unavailable")

    report = status_report(config, store, now=NOW)

    assert "pending retries: 1" in report
    assert ("  CC           digest of Mon 23 Nov 2026 07:30 GMT, attempt 2, next try "
            "Mon 23 Nov 2026 09:10 GMT: [Errno 111] Connection refused") in report
    assert "given up:        1" in report
    assert "ACC          digest of Mon 16 Nov 2026 07:30 GMT after 9 attempts: 550" in report


def test_overdue_means_open_and_due_before_today_in_local_time(config, store):
    today = date(2026, 11, 23)
    add_actions(
        store,
        (today - timedelta(days=1), OPEN),  # overdue
        (today, OPEN),  # due today: due soon, not overdue
        (today + timedelta(days=14), OPEN),  # due soon, the last day of it
        (today + timedelta(days=15), OPEN),  # later
        (None, OPEN),  # no deadline
        (today - timedelta(days=30), DONE),  # done: neither open nor overdue
    )

    report = status_report(config, store, now=NOW)

    assert "actions:         5 open, 1 overdue, 2 due within 14 days" in report


def test_times_are_shown_in_the_configured_zone_in_summer(config, store):
    summer_slot = datetime(2026, 7, 6, 6, 30, tzinfo=UTC)  # 07:30 BST
    add_delivery(store, "CC", "sent", slot=summer_slot, sent_at=summer_slot)

    report = status_report(config, store, now=datetime(2026, 7, 6, 12, 0, tzinfo=UTC))

    assert "last digest:     Mon 06 Jul 2026 07:30 BST" in report
    assert "next digest:     Mon 13 Jul 2026 07:30 BST" in report
