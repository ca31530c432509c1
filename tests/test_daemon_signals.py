"""Signals, on a real ``reminders run`` process: SIGTERM/SIGINT exit 0 after finishing what
is in flight; SIGHUP reloads config.toml and refuses an invalid one."""

from __future__ import annotations

import asyncio
import queue
import signal
import subprocess
import sys
import threading
import time
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from reminders import config as config_module
from reminders.models import Delivery
from reminders.store import Store
from tests.digest_helpers import SmtpServer, action, add, meeting

STOP_WITHIN = 10  # seconds; systemd's TimeoutStopSec is 45 (one 30 s SMTP timeout and more)


class DaemonProcess:
    """``reminders --config PATH run`` in a subprocess, its stderr read line by line."""

    def __init__(self, config_path: Path) -> None:
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "reminders", "--config", str(config_path), "run"],
            cwd=config_path.parent,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stderr:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def wait_for(self, text: str, timeout: float = 15) -> str:
        """The first line (from now on) containing ``text``; fails with the log so far."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._queue.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                break
            self.lines.append(line)
            if text in line:
                return line
        pytest.fail(f"no {text!r} within {timeout}s; stderr so far:\n" + self.log)

    def stop(self, signum: int = signal.SIGTERM, timeout: float = STOP_WITHIN) -> int:
        self.proc.send_signal(signum)
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            pytest.fail(f"still running {timeout}s after signal {signum}:\n{self.log}")
        self.drain()
        return code

    def drain(self) -> None:
        while (line := self._queue.get(timeout=5)) is not None:
            self.lines.append(line)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    @property
    def log(self) -> str:
        return "\n".join(self.lines)


def launching():
    """Start daemons with the yielded function; kill any still running afterwards."""
    started: list[DaemonProcess] = []

    def start(config_path: Path) -> DaemonProcess:
        process = DaemonProcess(config_path)
        started.append(process)
        return process

    yield start
    for process in started:
        process.kill()


@pytest.fixture
def launch():
    yield from launching()


def this_minute_cron(tz: str = "Europe/London") -> str:
    """A daily cron for the minute now in ``tz``: its slot has just passed, so the start-up
    tick catches it up. (Cron's finest grain is a minute; "* * * * *" would make every
    minute of the catch-up window a slot.)"""
    now = datetime.now(ZoneInfo(tz))
    return f"{now.minute} {now.hour} * * *"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stop_signal_exits_0_promptly(write_config, launch, signum: int):
    daemon = launch(write_config())
    daemon.wait_for("next digest")

    started = time.monotonic()
    assert daemon.stop(signum) == 0

    assert time.monotonic() - started < STOP_WITHIN
    assert daemon.lines[-1] == "INFO stopped"
    assert "Traceback" not in daemon.log


def test_sighup_with_an_invalid_config_is_refused_and_the_old_one_kept(write_config, launch):
    path = write_config()
    good = path.read_text()
    daemon = launch(path)
    daemon.wait_for("next digest")

    path.write_text(good + '\n[schedule]\nday = "someday"\n')
    daemon.proc.send_signal(signal.SIGHUP)
    refused = daemon.wait_for("config reload")

    assert refused.startswith("ERROR config reload refused, still running the previous config:")
    assert "schedule.day" in refused
    assert daemon.proc.poll() is None  # still running

    path.write_text(good + '\n[schedule]\nday = "fri"\ntime = "16:00"\n')
    daemon.proc.send_signal(signal.SIGHUP)
    reloaded = daemon.wait_for("config reload")

    assert reloaded.startswith("INFO config reloaded from ")
    assert "next digest Fri " in reloaded and " 16:00 " in reloaded
    assert daemon.stop() == 0
    assert sum("config reload" in line for line in daemon.lines) == 2


def test_sigterm_stops_between_two_messages_and_the_next_start_resumes_them(write_config,
                                                                             launch):
    """A slow mail server (0.5 s a message, 6 messages): the signal lands after the first
    one; the service stops within a message, and the next start sends the rest, each with
    the Message-ID claimed before the stop."""

    class SlowServer(SmtpServer):
        def __init__(self) -> None:
            super().__init__()
            collect = self.handler.handle_DATA

            async def slow(server, session, envelope):
                await asyncio.sleep(0.5)
                return await collect(server, session, envelope)

            self.handler.handle_DATA = slow

    owners = ("CC", "ACC", "DPCC", "OPCC", "Clerk")
    extra = "".join(f'[recipients.{code}]\nname = "{code}"\nto = ["{code.lower()}@x.org"]\n'
                    for code in owners[2:])
    with SlowServer() as server:
        path = write_config(f"""
[schedule]
cron = "{this_minute_cron()}"
catch_up_days = 0
[smtp]
host = "127.0.0.1"
port = {server.port}
tls = "none"
timeout_seconds = 5
{extra}""")
        config = config_module.load(path)
        store = Store(config.database_url)
        today = date.today()
        add(store, *[action(f"Report {code}'s figures", code, today) for code in owners],
            of=meeting(title="Monthly Assurance Meeting October 2026", on=today))
        store.close()

        daemon = launch(path)
        daemon.wait_for("started reminders")
        daemon.wait_for("CC: sent", timeout=15)  # the first of six slow messages is through
        started = time.monotonic()
        code = daemon.stop()
        stopped_after = time.monotonic() - started
        first = len(server.messages)

        again = launch(path)
        again.wait_for("secretariat: sent", timeout=20)
        assert again.stop() == 0

    assert code == 0 and stopped_after < 3  # one message in flight at most
    assert 1 <= first < 6
    assert any("stopped: the rest resumes on the next start" in line for line in daemon.lines)
    assert daemon.lines[-1] == "INFO stopped"
    by_address = {}
    for envelope, message in zip(server.handler.envelopes, server.messages, strict=True):
        for address in envelope.rcpt_tos:
            by_address.setdefault(address, set()).add(message["Message-ID"])
    assert len(by_address) == 7  # six messages; ACC's is copied to acc.office@
    assert all(len(ids) == 1 for ids in by_address.values())
    store = Store(config.database_url)
    with store.session() as session:
        ids = {row.message_id for row in session.exec(select(Delivery))}
    store.close()
    assert {i for found in by_address.values() for i in found} <= ids
