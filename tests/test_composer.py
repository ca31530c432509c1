"""reminders.composer: digests composed in forked processes come back in row order, byte for
byte what composing in place gives, with the rows that need no message marked; an error in
a child is raised where its message is taken; a stop drops the children, and so does the
parent's death."""

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


def test_rows_come_back_in_order_composed_as_in_place(planned, monkeypatch):
    config, planned = planned
    monkeypatch.setattr(composer, "ACTIONS_PER_WORKER", 1)  # as many composers as allowed
    monkeypatch.setattr(composer, "MAX_WORKERS", 2)
    with Composer(config, SLOT, now=SLOT) as c:
        seen = list(c.ahead(rows("CC", "GONE", "ACC", "DPCC", "CC", "ACC"), planned))
        children = list(c._children)
        assert len(children) == 2 and os.getpid() not in {k.pid for k in children}
    assert all(k.exitcode is not None for k in children)  # gone with the run
    assert [(r.recipient, content is None, letter is None) for r, content, letter in seen] == [
        ("CC", False, False), ("GONE", True, True), ("ACC", False, False),
        ("DPCC", False, True), ("CC", False, False), ("ACC", False, False)]  # DPCC: nothing
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
        assert c._children == [] and b"Message-ID: <1@x>" in letter.data


def test_a_broken_template_fails_when_its_message_is_taken(planned, tmp_path):
    config, planned = planned
    (tmp_path / "digest.txt").write_text("{{ nonsense.field }}", encoding="utf-8")
    object.__setattr__(config, "templates", str(tmp_path))
    with Composer(config, SLOT, now=SLOT) as c, pytest.raises(ConfigError, match="digest"):
        next(c.ahead(rows("CC", "ACC"), planned))


def test_a_composer_that_dies_is_one_error_that_says_nothing_is_lost(planned):
    config, planned = planned
    with Composer(config, SLOT, now=SLOT) as c:
        # Enough digests to fill the pipe: a child that had composed them all before the kill
        # (a loaded machine lets it) would leave nothing to lose, and the test would pass
        # nothing.
        taken = c.ahead(rows(*["CC", "ACC"] * 20), planned)
        next(taken)
        c._children[0].kill()
        c._children[0].join()
        with pytest.raises(DeliveryError, match=r"ended early.*resumed by the next run"):
            list(taken)


def test_stopping_early_drops_the_child(planned):
    config, planned = planned
    with Composer(config, SLOT, now=SLOT) as c:
        next(c.ahead(rows("CC", "ACC", "CC", "ACC"), planned))
        children = list(c._children)
    assert children and all(k.exitcode is not None for k in children)


ORPHAN_SCRIPT = """
import sys, time
from datetime import UTC, date, datetime
from reminders import composer
from reminders.composer import Composer
from reminders.config import load
from reminders.digest import Inputs
from reminders.models import Delivery
from reminders.planning import plan
from tests.digest_helpers import action, meeting

composer.ACTIONS_PER_WORKER, composer.MAX_WORKERS = 1, 2
slot = datetime(2022, 3, 28, 6, 30, tzinfo=UTC)
config = load(sys.argv[1])
october = meeting(id=1)
actions = [action(f"Report {n} to the board", owners=("CC", "ACC")[n % 2],
                  due=date(2022, 3, 1 + n % 20), id=n, item="2.2") for n in range(1, 60)]
planned = plan(Inputs([(a, october) for a in actions], [october]), config, date(2022, 3, 28))
rows = [Delivery(id=n, recipient=("CC", "ACC")[n % 2], slot=slot, message_id=f"<{n}@x>",
                 status="sending") for n in range(400)]  # megabytes: more than a pipe holds
with Composer(config, slot, now=slot) as c:
    taken = c.ahead(rows, planned)
    next(taken)
    print(*(k.pid for k in c._children), flush=True)
    time.sleep(600)  # killed long before
"""


def _gone(pid: int) -> bool:
    """Exited: no such process, or a zombie nobody has reaped (PID 1 in a container)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads process states from /proc")
def test_composers_leave_when_the_parent_is_killed_outright(write_config):
    """kill -9 of a send while its composers are blocked on full pipes: nothing may be left
    running (a child holding its own pipe's read end open would wait for ever)."""
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    from tests.digest_helpers import DIGEST_CONFIG

    config_path = write_config(DIGEST_CONFIG)
    parent = subprocess.Popen([sys.executable, "-c", ORPHAN_SCRIPT, str(config_path)],
                              stdout=subprocess.PIPE, text=True,
                              cwd=Path(__file__).resolve().parents[1])
    try:
        children = [int(pid) for pid in parent.stdout.readline().split()]
        assert len(children) == 2
        assert not any(_gone(pid) for pid in children)  # 200 messages each: far from done
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 20
        while not all(_gone(pid) for pid in children) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert all(_gone(pid) for pid in children), "a composer outlived its parent"
    finally:
        parent.kill()
        for pid in children if "children" in locals() else ():
            if not _gone(pid):
                os.kill(pid, signal.SIGKILL)
