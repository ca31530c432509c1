"""End to end: ``reminders run`` as a process, the example minutes dropped in its watched
folder, a real SMTP server in this process. It ingests, sends the digest that has just
fallen due, stops cleanly on SIGTERM, and a second start sends nothing again."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.digest_helpers import SmtpServer
from tests.test_daemon_signals import launching, this_minute_cron

EXAMPLES = REPO / "examples" / "minutes"


@pytest.fixture
def launch():
    yield from launching()

E2E_CONFIG = """
database = "sqlite:///var/reminders.db"
[schedule]
cron = "{cron}"
catch_up_days = 0  # only the slot that has just passed, not yesterday's as well
[mail]
from = "Holding to Account Reminders <reminders@opcc.example.org>"
secretariat = ["policy.team@opcc.example.org"]
escalation = ["chief.executive@opcc.example.org"]
[smtp]
host = "127.0.0.1"
port = {port}
tls = "none"
timeout_seconds = 5
[watch]
folder = "inbox"
[recipients.CC]
name = "Chief Constable"
to = ["chief.constable@police.example.org"]
[recipients.DCC]
name = "Deputy Chief Constable"
to = ["dcc@police.example.org"]
[recipients.ACC]
name = "Assistant Chief Constable"
to = ["acc@police.example.org"]
[recipients.PCC]
name = "Police and Crime Commissioner"
to = ["commissioner@opcc.example.org"]
[recipients.DPCC]
name = "Deputy Police and Crime Commissioner"
to = ["deputy.commissioner@opcc.example.org"]
[recipients.CEx]
name = "Chief Executive, OPCC"
to = ["chief.executive@opcc.example.org"]
[recipients."T/Ch Supt"]
name = "Temporary Chief Superintendent, Local Policing"
to = ["local.policing@police.example.org"]
aliases = ["T/Ch. Supt"]
"""


def test_the_service_ingests_sends_once_and_stops_cleanly(write_config, launch, tmp_path: Path):
    shutil.copytree(EXAMPLES, tmp_path / "inbox")
    with SmtpServer() as server:
        path = write_config(base=E2E_CONFIG.format(cron=this_minute_cron(), port=server.port))

        first = launch(path)
        first.wait_for("digest of ", timeout=15)
        assert first.stop() == 0
        delivered = len(server.messages)

        second = launch(path)  # a restart: the slot is in the ledger, nothing is resent
        second.wait_for("next digest", timeout=15)
        assert second.stop() == 0

    status = subprocess.run(
        [sys.executable, "-m", "reminders", "--config", str(path), "status"],
        capture_output=True, text=True, timeout=30, check=True,
    ).stdout

    log = first.log
    assert "Traceback" not in log + second.log
    assert log.count("INFO ingested ") == 3
    assert all(not line.startswith(("WARNING", "ERROR")) for line in first.lines), log
    # Owners with something overdue or due soon, and the secretariat's overview.
    assert delivered >= 4
    assert len(server.messages) == delivered
    per_reader = Counter(str(m["To"]) for m in server.messages)
    assert set(per_reader.values()) == {1}, per_reader  # each digest once
    assert any("policy.team@opcc.example.org" in to for to in per_reader)
    assert len({m["Message-ID"] for m in server.messages}) == delivered
    assert not any("ingested" in line for line in second.lines)  # unchanged files: quiet
    assert "pending retries: 0" in status
    assert f"{delivered} sent" in status
