"""reminders.composer: digests composed in a forked process come back in row order, byte for
byte what composing in place gives, with the rows that need no message marked; an error in
the child is raised where its message is taken; a stop drops the child."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

import pytest

from reminders import composer
from reminders.composer import Composer
from reminders.digest import Inputs
from reminders.errors import ConfigError, DeliveryError
from reminders.mailer import Letter
from reminders.models import Delivery
from reminders.planning import plan
from reminders.render import compose_digest
from tests.digest_helpers import action, load_config, meeting

SLOT = datetime(2022, 3, 28, 6, 30, tzinfo=UTC)
OCT = meeting(id=1)
pytestmark = pytest.mark.skipif(not composer.FORK, reason="no os.fork on this platform: "
                                "the composer composes in line, which other tests cover")


def rows(*codes: str) -> list[Delivery]:
    return [Delivery(id=n, recipient=code, slot=SLOT, message_id=f"<{n}@x>", status="sending")
            for n, code in enumerate(codes, 1)]


@pytest.fixture
def planned(write_config):
    config = load_config(write_config)
    actions = [action(f"Report {n} to the board", owners=("CC", "ACC")[n % 2],
                      due=date(2022, 3, 1 + n), id=n, item="2.2") for n in range(1, 9)]
    return config, plan(Inputs([(a, OCT) for a in actions], [OCT]), config, date(2022, 3, 28))


def test_rows_come_back_in_order_composed_as_in_place(planned):
    config, planned = planned
    with Composer(config, SLOT, now=SLOT) as c:
        seen = list(c.ahead(rows("CC", "GONE", "ACC", "DPCC", "CC"), planned))
        child = c._child
        assert child is not None and child.pid != os.getpid()  # composed elsewhere
    assert child.exitcode is not None  # and gone with the run
    assert [(r.recipient, content is None, letter is None) for r, content, letter in seen] == [
        ("CC", False, False), ("GONE", True, True), ("ACC", False, False),
        ("DPCC", False, True), ("CC", False, False)]  # DPCC: nothing to send
    for row, content, letter in seen:
        if letter is None:
            continue
        alone = compose_digest(config, content, message_id=row.message_id, when=SLOT, slot=SLOT)
        expected = Letter.of(alone)
        assert (letter.sender, letter.recipients) == (expected.sender, expected.recipients)
        assert f"Message-ID: {row.message_id}".encode() in letter.data
        # The same bytes but for the MIME boundaries, which each process draws for itself.
        assert _unbounded(letter.data, alone) == _unbounded(expected.data, alone)


def _unbounded(data: bytes, message) -> bytes:
    import re

    return re.sub(rb'={15}[0-9]{19}==', b"BOUNDARY", data)


def test_a_single_message_is_composed_in_line(planned):
    config, planned = planned
    with Composer(config, SLOT, now=SLOT) as c:
        [(_row, _content, letter)] = list(c.ahead(rows("CC"), planned))
        assert c._child is None and b"Message-ID: <1@x>" in letter.data


def test_a_broken_template_fails_when_its_message_is_taken(planned, tmp_path):
    config, planned = planned
    (tmp_path / "digest.txt").write_text("{{ nonsense.field }}", encoding="utf-8")
    object.__setattr__(config, "templates", str(tmp_path))
    with Composer(config, SLOT, now=SLOT) as c, pytest.raises(ConfigError, match="digest"):
        next(c.ahead(rows("CC", "ACC"), planned))


def test_a_composer_that_dies_is_one_error_that_says_nothing_is_lost(planned):
    config, planned = planned
    with Composer(config, SLOT, now=SLOT) as c:
        taken = c.ahead(rows("CC", "ACC", "CC"), planned)
        next(taken)
        c._child.kill()
        c._child.join()
        with pytest.raises(DeliveryError, match="ended early.*resumed by the next run"):
            list(taken)


def test_stopping_early_drops_the_child(planned):
    config, planned = planned
    with Composer(config, SLOT, now=SLOT) as c:
        next(c.ahead(rows("CC", "ACC", "CC", "ACC"), planned))
        child = c._child
    assert child.exitcode is not None
