"""A slot missed beyond catch_up_days is logged once, shown by status and named in the next
overview; the overview stays readable at any size, with every action in overview.csv."""

from __future__ import annotations

import csv
import io
import logging
from datetime import UTC, date, datetime

from freezegun import freeze_time

from reminders import dispatch
from reminders.status import status_report
from tests.digest_helpers import SmtpServer, action, add, smtp_config

MONDAY = datetime(2022, 3, 21, 7, 31, tzinfo=UTC)  # just after 07:30 GMT (BST from the 27th)


def overview(server):
    return next(m for m in server.messages if m["To"] == "policy@opcc.example.org")


def test_a_slot_missed_beyond_catch_up_is_logged_shown_and_named_next_time(
        write_config, store, caplog):
    add(store, action("Late", owners="CC", due=date(2022, 3, 1)))
    with SmtpServer() as server:
        config = smtp_config(write_config, server.port)
        dispatch.tick(config, store, now=MONDAY)  # sent; then down for a fortnight
        friday = datetime(2022, 4, 1, 9, 0, tzinfo=UTC)  # Monday the 28th is 4 days old
        with caplog.at_level(logging.WARNING, logger="reminders"):
            assert dispatch.tick(config, store, now=friday) == []
            dispatch.tick(config, store, now=friday.replace(hour=10))
        missed = [r.getMessage() for r in caplog.records if "missed" in r.getMessage()]
        assert len(missed) == 1  # logged once, not every minute
        assert "1 slot(s) from Mon 28 Mar 2022 07:30 BST" in missed[0]
        with freeze_time(friday):
            assert ("  Mon 28 Mar 2022 07:30 BST, noticed Fri 01 Apr 2022 10:00 BST"
                    in status_report(config, store, now=friday))
        server.handler.envelopes.clear()
        dispatch.tick(config, store, now=datetime(2022, 4, 4, 6, 31, tzinfo=UTC))
        text = overview(server).get_body(("plain",)).get_content()
        dispatch.tick(config, store, now=datetime(2022, 4, 11, 6, 31, tzinfo=UTC))
        later = [m for m in server.messages if m["To"] == "policy@opcc.example.org"][-1]
    assert "MISSED SLOTS: nothing ran within schedule.catch_up_days" in text
    assert "  28 March 2022 07:30" in text
    assert "MISSED SLOTS" not in later.get_body(("plain",)).get_content()  # told once


def test_a_big_overview_shows_counts_and_the_oldest_with_every_action_in_the_csv(
        write_config, store):
    add(store, *[action(f"Late action {n}", owners="CC" if n % 3 else "ACC",
                        due=date(2022, 1, 1 + n)) for n in range(30)],
        action("=HYPERLINK(\"http://evil\") looks like a formula", owners="ACC",
               due=date(2022, 3, 10)))
    with SmtpServer() as server:
        config = smtp_config(write_config, server.port)
        dispatch.run_slot(config, store, datetime(2022, 3, 28, 6, 30, tzinfo=UTC),
                          now=datetime(2022, 3, 28, 6, 31, tzinfo=UTC))
    message = overview(server)
    text = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert "OVERDUE BY OWNER (31)" in text
    assert "  CC         Chief Constable" in text and "     20      " in text
    assert "MOST OVERDUE (the 25 oldest of 31; every one is in overview.csv, attached)" in text
    assert "Late action 0\n" in text and "Late action 29" not in text
    [attachment] = [p for p in message.iter_attachments() if p.get_filename() == "overview.csv"]
    rows = list(csv.DictReader(io.StringIO(attachment.get_content())))
    assert len(rows) == 31 and {r["section"] for r in rows} == {"overdue"}
    assert {r["reader"] for r in rows} == {"CC", "ACC"}
    formula = next(r for r in rows if "HYPERLINK" in r["words"])
    assert formula["words"].startswith("'=")  # a spreadsheet shows it, never runs it
