"""``reminders send --test ADDRESS``: a sample digest through the configured transport, now.

So that an administrator can see the mail arrive (or the server refuse it) before Monday
07:30. The sample is planned, rendered and composed by the same functions as a real digest,
from two invented actions of an invented meeting, for the first configured recipient, but
addressed only to ADDRESS. Nothing is read from or written to the database: no ledger row,
so the test can be repeated and never stands in for a real slot.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from reminders import ledger
from reminders.config import Config
from reminders.digest import Digest, Inputs
from reminders.mailer import Attempt, Letter, open_transport
from reminders.models import OPEN, Action, Meeting
from reminders.planning import local_day, plan
from reminders.render import compose_digest, mail_domain

TEST_RECIPIENT = "test"  # the outbox names the file after it: <slot>-test.eml
SAMPLE_REF_IDS = (9001, 9002)  # A-9001, A-9002: clearly not the register's numbers


def sample_digest(config: Config, address: str, now: datetime) -> Digest:
    """One overdue and one due-soon invented action, as the first recipient would see them."""
    today = local_day(config, now)
    code = next(iter(config.recipients))
    meeting = Meeting(id=0, key="sample", title="Sample meeting (a test of reminders' mail)",
                      date=today - timedelta(days=42), source="sample", source_sha256="",
                      ingested_at=now)
    words = [("This is a test message from 'reminders send --test': no action is needed.",
              meeting.date + timedelta(weeks=5), "in 5 weeks"),
             ("A second sample action, due soon, to show how the digest lists them.",
              meeting.date + timedelta(weeks=7), "in 7 weeks")]
    actions = [Action(id=ref_id, meeting_id=0, text=text, owners=code, due=due, basis="stated",
                      due_words=due_words, item="1", status=OPEN, source="sample",
                      fingerprint="", created_at=now, updated_at=now)
               for ref_id, (text, due, due_words) in zip(SAMPLE_REF_IDS, words, strict=True)]
    planned = plan(Inputs(actions=[(action, meeting) for action in actions]), config, today)
    digest = planned.digest_for(code)
    return dataclasses.replace(digest, to=(address,), cc=(), escalation_copied=(),
                               owner_copied=(), away=None)


def send_test(config: Config, address: str, now: datetime) -> Attempt:
    """Compose the sample for ``address`` and hand it to the configured transport once."""
    message = compose_digest(config, sample_digest(config, address, now),
                             message_id=ledger.new_message_id(mail_domain(config)), when=now,
                             slot=now)
    message.replace_header("Subject", f"[test] {message['Subject']}")
    with open_transport(config) as wire:
        return wire.send(Letter.of(message, to=[address]), slot=now, recipient=TEST_RECIPIENT)
