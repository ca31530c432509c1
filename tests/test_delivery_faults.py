"""Delivery against a real SMTP server that refuses on purpose: 421, 451 and 550 for chosen
recipients, and a server that accepts and then drops the connection. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from reminders import dispatch
from reminders.digest import SECRETARIAT
from reminders.models import Delivery, DeliveryAddress
from reminders.status import status_report, undelivered
from tests.digest_helpers import action, add, smtp_config
from tests.smtp_faults import FaultyServer

SLOT = datetime(2022, 3, 28, 6, 30, tzinfo=UTC)  # Monday 07:30 BST
NOW = SLOT + timedelta(seconds=2)
CC, ACC, ACC_OFFICE = "cc@police.example.org", "acc@police.example.org", \
    "acc.office@police.example.org"
ESCALATION = "cex@opcc.example.org"
SECRETARIAT_TO = "policy@opcc.example.org"


def rows(store) -> dict[str, Delivery]:
    with store.session() as session:
        return {row.recipient: row for row in session.exec(select(Delivery))}


def addresses(store, recipient: str) -> dict[str, tuple[str, str, str | None]]:
    with store.session() as session:
        found = session.exec(select(DeliveryAddress, Delivery).join(
            Delivery, DeliveryAddress.delivery_id == Delivery.id).where(
            Delivery.recipient == recipient)).all()
    return {a.address: (a.role, a.status, a.reply) for a, _ in found}


def to(server, address: str) -> list:
    return [m for m in server.messages if address in [a.addr_spec for a in m["To"].addresses]]


def overview_text(server) -> str:
    [overview] = to(server, SECRETARIAT_TO)
    return overview.get_body(("plain",)).get_content()


@pytest.fixture
def both_late(store):
    """CC and ACC each have an overdue action; ACC's is escalated (copied to cex@)."""
    add(store, action("Report the 101 abandonment rate", owners="CC", due=date(2022, 3, 1)),
        action("Share the abstraction figures", owners="ACC", due=date(2022, 1, 4)))
    return store


def test_a_421_fails_only_its_recipient_and_the_next_gets_a_fresh_connection(
        write_config, both_late):
    store = both_late
    with FaultyServer(rcpt={CC: "421 4.3.2 too busy, closing"}) as server:
        config = smtp_config(write_config, server.port)
        report = dispatch.run_slot(config, store, SLOT, now=NOW)
    status = {o.recipient: o.status for o in report.outcomes}
    assert status == {"CC": "failed", "ACC": "sent", "DPCC": "nothing to send",
                      SECRETARIAT: "sent"}
    assert "421 4.3.2 too busy" in report.outcomes[0].detail
    assert len(to(server, ACC)) == 1  # not "please run connect() first"
    assert rows(store)["CC"].retry_at == NOW + timedelta(minutes=5)  # temporary: backoff


def test_a_451_for_a_cc_retries_that_address_only_with_the_same_message_id(
        write_config, both_late):
    store = both_late
    with FaultyServer(rcpt={ACC_OFFICE: "451 4.7.1 greylisted, try later"}) as server:
        config = smtp_config(write_config, server.port)
        first = dispatch.run_slot(config, store, SLOT, now=NOW)
        assert str(first.outcomes[1]).startswith("ACC: failed: ")
        assert addresses(store, "ACC")[ACC][1] == "sent"
        assert addresses(store, "ACC")[ACC_OFFICE][1] == "deferred"
        server.fix()
        retried = dispatch.retry_failed(config, store, now=NOW + timedelta(minutes=5))
    assert str(retried[0]).startswith("ACC: sent (retry: 1 overdue")
    envelopes = [e.rcpt_tos for e in server.handler.envelopes if ACC in e.original_content
                 .decode()]
    assert envelopes == [[ACC, ESCALATION], [ACC_OFFICE]]  # the owner gets it once
    ids = {m["Message-ID"] for m in to(server, ACC)}
    assert ids == {rows(store)["ACC"].message_id}
    assert rows(store)["ACC"].status == "sent"


def test_a_550_is_given_up_at_once_and_the_same_slots_overview_says_so(
        write_config, both_late):
    store = both_late
    with FaultyServer(rcpt={CC: "550 5.1.1 no such user"}) as server:
        config = smtp_config(write_config, server.port)
        report = dispatch.run_slot(config, store, SLOT, now=NOW)
        later = dispatch.retry_failed(config, store, now=NOW + timedelta(hours=5))
    cc = rows(store)["CC"]
    assert (cc.status, cc.permanent, cc.attempts, cc.retry_at) == ("gave_up", True, 1, None)
    assert str(report.outcomes[0]).startswith("CC: gave up: every address refused: "
                                              "cc@police.example.org (550 5.1.1 no such user)")
    assert later == [] and to(server, CC) == []
    text = overview_text(server)
    assert "UNDELIVERED (1)" in text and "550 5.1.1 no such user" in text
    assert "CC: given up: every address refused" in undelivered(config, store, SLOT)[0]
    assert "given up:        1" in status_report(config, store, now=NOW)


def test_a_refused_escalation_cc_is_recorded_shown_by_status_and_in_the_overview(
        write_config, both_late):
    store = both_late
    with FaultyServer(rcpt={ESCALATION: "550 5.7.1 relaying denied"}) as server:
        config = smtp_config(write_config, server.port)
        report = dispatch.run_slot(config, store, SLOT, now=NOW)
    acc = report.outcomes[1]
    assert acc.status == "sent" and "refused: cex@opcc.example.org (550 5.7.1" in acc.detail
    assert addresses(store, "ACC")[ESCALATION] == ("escalation", "refused",
                                                   "550 5.7.1 relaying denied")
    assert "REFUSED ADDRESSES (1)" in overview_text(server)
    assert "ACC, escalation cex@opcc.example.org" in overview_text(server)
    report_text = status_report(config, store, now=NOW)
    assert "refused addresses: 1" in report_text
    assert "escalation cex@opcc.example.org: 550 5.7.1 relaying denied" in report_text
    assert any("cex@opcc.example.org refused" in line
               for line in undelivered(config, store, SLOT))


def test_accept_then_drop_is_tried_twice_then_given_up_and_reported_in_the_same_slot(
        write_config, both_late):
    store = both_late
    with FaultyServer(drop={CC}) as server:
        config = smtp_config(write_config, server.port)
        report = dispatch.run_slot(config, store, SLOT, now=NOW)
        later = dispatch.retry_failed(config, store, now=NOW + timedelta(days=1))
    copies = to(server, CC)
    assert len(copies) == 2 and {m["Message-ID"] for m in copies} == {rows(store)["CC"]
                                                                      .message_id}
    cc = rows(store)["CC"]
    assert (cc.status, cc.permanent, cc.drops) == ("gave_up", True, 2)
    assert "dropped the connection 2 times (it may have been delivered)" in cc.error
    assert report.outcomes[0].status == "gave up" and later == []
    assert len(to(server, ACC)) == 1  # the next recipient is unaffected
    assert "UNDELIVERED (1)" in overview_text(server)
