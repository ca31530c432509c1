"""The daemon's promises about delivery, from the ledger: catch up once, never resend,
deliver once after an outage. Starts are real ``run()`` calls under a frozen clock; the
outage is a real SMTP server on loopback that is not there, then is."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from freezegun import freeze_time
from sqlmodel import select

from reminders import config as config_module
from reminders.daemon import Daemon
from reminders.models import Delivery
from reminders.status import status_report
from reminders.store import Store
from tests.digest_helpers import SmtpServer, action, add, meeting, smtp_config

# The Monday 07:30 digest of 23 November 2026 (GMT: London time is UTC).
SLOT = datetime(2026, 11, 23, 7, 30, tzinfo=UTC)
# The service was down over the slot and comes back on Tuesday morning.
TUESDAY = "2026-11-24 09:00:00"


@pytest.fixture
def config_path(write_config) -> Path:
    return write_config()


@pytest.fixture
def outbox(config_path: Path) -> Path:
    return config_path.parent / "outbox"


def seed(config: config_module.Config) -> None:
    """One overdue action for CC and one due soon for ACC, from the October meeting."""
    store = Store(config.database_url)
    add(
        store,
        action("Revisit in 6 weeks the ward surgeries pilot", "CC", date(2026, 11, 20)),
        action("Present the abstraction figures by ward", "ACC", date(2026, 11, 30)),
        of=meeting(title="Monthly Assurance Meeting October 2026", on=date(2026, 10, 12)),
    )
    store.close()


def start(config_path: Path, moment: str) -> int:
    """One start of the service at ``moment``: its start-up pass, then a stop.

    (``run`` honours a stop even during the start-up pass, so the pass is run the way
    ``run`` runs it, and stopping is left to the signal tests.)
    """
    config = config_module.load(config_path)
    store = Store(config.database_url)
    try:
        with freeze_time(moment):
            Daemon(config, store).housekeeping()
    finally:
        store.close()
    return 0


def sent(outbox: Path) -> list[Path]:
    return sorted(outbox.rglob("*.eml"))


def test_a_digest_missed_while_down_is_sent_once_on_start(config_path: Path, outbox: Path):
    seed(config_module.load(config_path))

    assert start(config_path, TUESDAY) == 0
    first = sent(outbox)
    assert start(config_path, "2026-11-24 09:05:00") == 0

    assert len(first) == 3  # CC's digest, ACC's digest, the secretariat's overview
    assert sent(outbox) == first


def test_a_restart_does_not_resend_and_next_week_sends_again(config_path: Path, outbox: Path):
    seed(config_module.load(config_path))

    start(config_path, "2026-11-23 07:31:00")
    after_first = len(sent(outbox))
    start(config_path, "2026-11-23 07:45:00")
    after_restart = len(sent(outbox))
    start(config_path, "2026-11-30 07:31:00")

    assert after_first == after_restart == 3
    assert len(sent(outbox)) == 6


def test_a_digest_missed_longer_ago_than_catch_up_days_is_not_sent(
    config_path: Path, outbox: Path
):
    seed(config_module.load(config_path))

    start(config_path, "2026-11-27 09:00:00")  # Friday: Monday's slot is 4 days old, limit 3

    assert sent(outbox) == []


def test_an_smtp_outage_then_recovery_delivers_each_digest_once(write_config):
    server = SmtpServer()  # its port is chosen, but nothing listens there yet
    config = smtp_config(write_config, server.port)
    seed(config)
    store = Store(config.database_url)
    daemon = Daemon(config, store)

    reports = daemon.digest_step(now=SLOT + timedelta(seconds=1))

    statuses = {o.recipient: o.status for r in reports for o in r.outcomes}
    assert statuses == {
        "CC": "failed", "ACC": "failed", "DPCC": "nothing to send", "secretariat": "failed"
    }
    with store.session() as session:
        rows = session.exec(select(Delivery).where(Delivery.status == "failed")).all()
    assert len(rows) == 3
    retry_at = max(row.retry_at for row in rows)
    assert daemon.retry_step(now=retry_at - timedelta(seconds=1)) == []  # backing off

    with server:
        retried = daemon.retry_step(now=retry_at + timedelta(seconds=1))
        again = daemon.retry_step(now=retry_at + timedelta(hours=1))
        later = daemon.housekeeping(now=retry_at + timedelta(hours=2))
    report = status_report(config, store, now=retry_at + timedelta(hours=2))
    store.close()

    assert sorted((o.recipient, o.status) for o in retried) == [
        ("ACC", "sent"), ("CC", "sent"), ("secretariat", "sent")
    ]
    assert again == []
    assert not later
    assert len(server.messages) == 3
    ids = {m["Message-ID"] for m in server.messages}
    assert ids == {row.message_id for row in rows}  # the ids claimed before the outage
    assert "pending retries: 0" in report
    assert "3 sent" in report
