"""The delivery ledger, on SQLite and PostgreSQL, against a real SMTP server: once per slot,
failures retried with backoff then given up, a crash resent with the same Message-ID, and
only one winner when two runs claim at once."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from reminders import attempts, dispatch, lease, ledger
from reminders.digest import SECRETARIAT
from reminders.mailer import Attempt, SmtpTransport
from reminders.models import Delivery
from tests.digest_helpers import SmtpServer, action, add, free_port, smtp_config

SLOT = datetime(2022, 3, 28, 6, 30, tzinfo=UTC)  # Monday 07:30 BST
NOW = SLOT + timedelta(seconds=2)


def rows(store) -> dict[str, Delivery]:
    with store.session() as session:
        return {row.recipient: row for row in session.exec(select(Delivery))}


def for_cc(server) -> list:
    return [m for m in server.messages if m["To"] == "cc@police.example.org"]


@pytest.fixture
def overdue_for_cc(store):
    add(store, action("Revisit in 6 months", owners="CC", due=date(2022, 3, 1)),
        action("LPPT review", owners="CC", due=date(2022, 4, 1)))
    return store


def test_the_same_slot_twice_is_sent_once(write_config, overdue_for_cc):
    store = overdue_for_cc
    with SmtpServer() as server:
        config = smtp_config(write_config, server.port)
        first = dispatch.run_slot(config, store, SLOT, now=NOW)
        again = dispatch.run_slot(config, store, SLOT, now=NOW + timedelta(minutes=1))
    assert [str(o) for o in first.outcomes] == [
        "CC: sent (1 overdue, 1 due soon)", "ACC: nothing to send", "DPCC: nothing to send",
        "secretariat: sent (1 overdue, 1 due soon)"]
    assert {o.status for o in again.outcomes} == {"already sent"}
    assert len(for_cc(server)) == 1 and len(server.messages) == 2
    stored = rows(store)
    assert stored["CC"].status == "sent" and stored["ACC"].status == "empty"
    assert for_cc(server)[0]["Message-ID"] == stored["CC"].message_id


def test_a_failure_is_retried_after_the_backoff_and_delivered_once(write_config,
                                                                    overdue_for_cc):
    store = overdue_for_cc
    down = smtp_config(write_config, free_port())
    report = dispatch.run_slot(down, store, SLOT, now=NOW)
    cc = report.outcomes[0]
    assert cc.status == "failed" and "connection refused" in cc.detail
    failed = rows(store)["CC"]
    assert (failed.status, failed.attempts) == ("failed", 1)
    assert failed.retry_at == NOW + timedelta(minutes=5)
    assert dispatch.slots_due(down, store, NOW) == []  # the slot itself is handled
    with SmtpServer() as server:
        config = smtp_config(write_config, server.port)
        assert dispatch.retry_failed(config, store, now=NOW + timedelta(minutes=4)) == []
        retried = dispatch.retry_failed(config, store, now=NOW + timedelta(minutes=5))
        assert dispatch.retry_failed(config, store, now=NOW + timedelta(hours=1)) == []
    assert {o.recipient: o.status for o in retried} == {"CC": "sent", SECRETARIAT: "sent"}
    assert len(for_cc(server)) == 1
    sent = rows(store)["CC"]
    assert (sent.status, sent.attempts, sent.error) == ("sent", 2, None)
    assert for_cc(server)[0]["Message-ID"] == failed.message_id


def test_backoff_doubles_then_gives_up_and_the_next_overview_says_so(write_config, store):
    add(store, action("Late", owners="CC", due=date(2022, 3, 1)))
    down = smtp_config(write_config, free_port(), extra="[schedule]\nretry_limit = 2\n")
    dispatch.run_slot(down, store, SLOT, now=NOW)
    retry_at = [rows(store)["CC"].retry_at]
    for _ in range(2):
        dispatch.retry_failed(down, store, now=retry_at[-1])
        retry_at.append(rows(store)["CC"].retry_at)
    assert retry_at[:2] == [NOW + timedelta(minutes=5), NOW + timedelta(minutes=15)]
    gave_up = rows(store)["CC"]
    assert (gave_up.status, gave_up.attempts, gave_up.retry_at) == ("gave_up", 3, None)
    assert dispatch.retry_failed(down, store, now=NOW + timedelta(days=1)) == []
    with SmtpServer() as server:
        config = smtp_config(write_config, server.port, extra="[schedule]\nretry_limit = 2\n")
        dispatch.run_slot(config, store, SLOT + timedelta(days=7), now=NOW + timedelta(days=7))
        overview = next(m for m in server.messages if m["To"] == "policy@opcc.example.org")
    text = overview.get_body(("plain",)).get_content()
    assert "UNDELIVERED (2)" in text  # CC's and the overview's own, both lost that week
    assert "CC, digest of 28 March 2022 07:30: 3 attempts" in text


class CrashAfterAccept:
    """A transport whose process 'dies' right after the server accepted the message."""

    def __init__(self, inner: SmtpTransport) -> None:
        self.inner = inner

    def __enter__(self):
        self.inner.__enter__()
        return self

    def __exit__(self, *exc_info):
        self.inner.__exit__(*exc_info)

    def send(self, letter, *, slot, recipient):
        self.inner.send(letter, slot=slot, recipient=recipient)
        raise KeyboardInterrupt("power cut before the ledger was updated")


def test_a_crash_after_sending_is_resumed_at_once_with_the_same_message_id(write_config,
                                                                           overdue_for_cc):
    store = overdue_for_cc
    with SmtpServer() as server:
        config = smtp_config(write_config, server.port)
        with SmtpTransport(config.smtp) as wire, pytest.raises(KeyboardInterrupt):
            dispatch.run_slot(config, store, SLOT, now=NOW, transport=CrashAfterAccept(wire))
        assert rows(store)["CC"].status == "sending"
        assert SECRETARIAT not in rows(store)  # the slot is not handled...
        assert dispatch.slots_due(config, store, NOW) == [SLOT]  # ...so the next tick redoes it
        # The claimer's run is over (its token is dead): no need to wait for a lease.
        reports = dispatch.tick(config, store, now=NOW + timedelta(seconds=5))
    cc = [m["Message-ID"] for m in for_cc(server)]
    assert len(cc) == 2 and cc[0] == cc[1] == rows(store)["CC"].message_id
    assert rows(store)["CC"].status == "sent"
    outcomes = {o.recipient: o.status for r in reports for o in r.outcomes}
    assert outcomes == {"CC": "sent", "ACC": "already sent", "DPCC": "already sent",
                        SECRETARIAT: "sent"}


def held_elsewhere(store, claimer: str, *, beat: datetime) -> None:
    """A CC row another run claimed (and is maybe still sending), as it would be stored."""
    run = lease.Run()
    ledger.claim(store, run, SLOT, [ledger.Job("CC", "<held@x>", (("cc@police.example.org",
                                                                   "to"),))], now=beat)
    with store.session() as session:
        row = session.exec(select(Delivery)).one()
        row.claimer, row.heartbeat_at = claimer, beat
        session.add(row)


def test_a_live_claimer_on_another_host_keeps_its_row_until_its_lease_runs_out(
        write_config, overdue_for_cc):
    store = overdue_for_cc
    held_elsewhere(store, "db-host-2:4242:abc", beat=NOW)
    with SmtpServer() as server:
        config = smtp_config(write_config, server.port)  # timeout 5 s: lease 80 s
        early = dispatch.send_now(config, store, on=None, now=NOW + timedelta(seconds=30))
        assert str(early.outcomes[0]) == "CC: already sent (being sent by another run)"
        assert SECRETARIAT not in rows(store)  # the overview waits for the other run
        late = dispatch.send_now(config, store, on=None,
                                 now=NOW + lease.lease(5) + timedelta(seconds=1))
    assert str(late.outcomes[0]) == "CC: sent (1 overdue, 1 due soon)"
    assert [m["Message-ID"] for m in for_cc(server)] == ["<held@x>"]
    assert rows(store)[SECRETARIAT].status == "sent"


def test_a_claimer_whose_process_is_gone_is_taken_over_at_once(write_config, overdue_for_cc):
    store = overdue_for_cc
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # reaped: no process has this pid any more
    held_elsewhere(store, f"{socket.gethostname()}:{gone.pid}:abc", beat=NOW)
    with SmtpServer() as server:
        config = smtp_config(write_config, server.port)
        report = dispatch.send_now(config, store, on=None, now=NOW + timedelta(seconds=1))
    assert str(report.outcomes[0]) == "CC: sent (1 overdue, 1 due soon)"
    assert [m["Message-ID"] for m in for_cc(server)] == ["<held@x>"]


def test_of_two_concurrent_claims_each_row_has_one_owner(store):
    start = threading.Barrier(2)
    runs = [lease.Run(), lease.Run()]
    jobs = [ledger.Job(code, f"<{code}@x>", ((f"{code}@x.org", "to"),))
            for code in ("CC", "ACC", "DPCC")]
    won: dict[str, set[str]] = {}

    def claim(run) -> None:
        start.wait()
        won[str(run)] = ledger.claim(store, run, SLOT, jobs, now=NOW)

    threads = [threading.Thread(target=claim, args=(run,)) for run in runs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    first, second = won.values()
    assert first | second == {"CC", "ACC", "DPCC"} and not first & second
    assert {r.claimer for r in rows(store).values()} <= {str(run) for run in runs}
    assert sum(len(ledger.held(store, run)) for run in runs) == 3


def test_of_two_concurrent_retries_only_one_wins(store, write_config):
    config = smtp_config(write_config, free_port())
    with lease.Run() as first:
        ledger.claim(store, first, SLOT, [ledger.Job("CC", "<m@x>", (("cc@x.org", "to"),))],
                     now=NOW)
        [row] = ledger.held(store, first)
        attempts.record(store, row, Attempt(error="down"), now=NOW, schedule=config.schedule)
    later = NOW + timedelta(hours=1)
    with lease.Run() as one, lease.Run() as two:
        ledger.take_over(store, one, now=later, smtp_timeout=5)
        ledger.take_over(store, two, now=later, smtp_timeout=5)
        assert [r.message_id for r in ledger.held(store, one)] == ["<m@x>"]
        assert ledger.held(store, two) == []


def test_nothing_to_say_records_an_empty_row_and_sends_nothing(write_config, store):
    add(store, action("Far off", owners="CC", due=date(2023, 1, 1)))
    with SmtpServer() as server:
        config = smtp_config(write_config, server.port)
        report = dispatch.run_slot(config, store, SLOT, now=NOW)
    assert {o.status for o in report.outcomes} == {"nothing to send"}
    assert server.messages == []
    assert {r.status for r in rows(store).values()} == {"empty"}
    assert dispatch.slots_due(config, store, NOW) == []


def test_send_empty_sends_a_digest_saying_nothing_is_due(write_config, store):
    with SmtpServer() as server:
        config = smtp_config(write_config, server.port, extra="[rules]\nsend_empty = true\n")
        report = dispatch.run_slot(config, store, SLOT, now=NOW)
    assert {o.status for o in report.outcomes} == {"sent"}
    assert for_cc(server)[0]["Subject"] == (
        "[reminders] Nothing due: actions from the holding to account meetings")
    assert "deadlines.ics" not in [p.get_filename() for p in for_cc(server)[0].iter_attachments()]


def test_escalated_actions_copy_the_escalation_address_once(write_config, store):
    add(store, action("Very late", owners="ACC", due=date(2022, 1, 4)))
    with SmtpServer() as server:
        config = smtp_config(write_config, server.port)
        report = dispatch.run_slot(config, store, SLOT, now=NOW)
    acc = report.outcomes[1]
    assert str(acc) == "ACC: sent (1 overdue; 1 escalated, cc cex@opcc.example.org)"
    [digest] = [m for m in server.messages if m["To"] == "acc@police.example.org"]
    assert digest["Cc"] == "acc.office@police.example.org, cex@opcc.example.org"
    assert server.recipients[0] == ["acc@police.example.org", "acc.office@police.example.org",
                                    "cex@opcc.example.org"]


def test_what_a_sent_message_adds_is_committed_with_it_and_only_when_sent(store,
                                                                          write_config):
    """``on_sent`` (the listed actions' history) rides in the ledger's own commit: stored
    when the row turns "sent", not when the attempt failed, and rolled back with it."""
    from sqlalchemy import insert

    from reminders.models import ActionEvent

    config = smtp_config(write_config, free_port())
    (listed,) = add(store, action("Report on VRR", due=date(2022, 3, 1)))

    def history(connection):
        connection.execute(insert(ActionEvent.__table__), [dict(
            action_id=listed.id, at=NOW, kind="digest", by="digest", recipient="CC")])

    def events() -> int:
        with store.session() as session:
            return len(session.exec(select(ActionEvent).where(
                ActionEvent.kind == "digest")).all())

    with lease.Run() as run:
        ledger.claim(store, run, SLOT, [ledger.Job("CC", "<m@x>", (("cc@x.org", "to"),))],
                     now=NOW)
        [row] = ledger.held(store, run)
        failed = attempts.record(store, row, Attempt(error="down"), now=NOW,
                               schedule=config.schedule, on_sent=history)
    assert failed.status == "failed" and events() == 0

    def broken(connection):
        history(connection)
        raise RuntimeError("disk gone")

    with lease.Run() as run:
        ledger.take_over(store, run, now=NOW + timedelta(days=1), smtp_timeout=5)
        [row] = ledger.held(store, run)
        with pytest.raises(RuntimeError):
            attempts.record(store, row, Attempt(accepted=["cc@x.org"]), now=NOW,
                          schedule=config.schedule, on_sent=broken)
        assert rows(store)["CC"].status == "sending" and events() == 0  # nothing half-stored
        sent = attempts.record(store, row, Attempt(accepted=["cc@x.org"]), now=NOW,
                             schedule=config.schedule, on_sent=history)
    assert sent.status == "sent" and rows(store)["CC"].status == "sent" and events() == 1
