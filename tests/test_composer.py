"""reminders.composer: digests composed ahead in a worker thread come back in row order,
byte for byte what composing in place gives, with the rows that need no message marked."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime

import pytest

from reminders import composer
from reminders.composer import Composer
from reminders.digest import Inputs
from reminders.errors import ConfigError
from reminders.mime import to_bytes
from reminders.models import Delivery
from reminders.planning import plan
from reminders.render import compose_digest
from tests.digest_helpers import action, load_config, meeting

SLOT = datetime(2022, 3, 28, 6, 30, tzinfo=UTC)
OCT = meeting(id=1)


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
    switch = sys.getswitchinterval()
    with Composer(config, SLOT, now=SLOT) as c:
        assert sys.getswitchinterval() <= composer.SWITCH_SECONDS
        seen = list(c.ahead(rows("CC", "GONE", "ACC", "DPCC", "CC"), planned))
        assert [(r.recipient, content is None, job is None) for r, content, job in seen] == [
            ("CC", False, False), ("GONE", True, True), ("ACC", False, False),
            ("DPCC", False, True), ("CC", False, False)]  # DPCC: nothing to send
        for row, content, job in seen:
            if job is None:
                continue
            message, data = job.result()
            alone = compose_digest(config, content, message_id=row.message_id, when=SLOT,
                                   slot=SLOT)
            assert message["Message-ID"] == row.message_id and data == to_bytes(message)
            assert message.get_body(("plain",)).get_content() == \
                alone.get_body(("plain",)).get_content()
    assert sys.getswitchinterval() == switch  # put back after the run


def test_a_broken_template_fails_when_its_message_is_taken(planned, tmp_path):
    config, planned = planned
    (tmp_path / "digest.txt").write_text("{{ nonsense.field }}", encoding="utf-8")
    object.__setattr__(config, "templates", str(tmp_path))
    with Composer(config, SLOT, now=SLOT) as c:
        _row, _content, job = next(c.ahead(rows("CC"), planned))
        with pytest.raises(ConfigError):
            job.result()
