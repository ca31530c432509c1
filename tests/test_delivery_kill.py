"""`reminders send` alone completes a slot: kill -9 at random moments of a real `send`
process, then `send` again; and an SMTP outage healed by `send` runs. SQLite and PostgreSQL,
a real SMTP server on loopback, no daemon anywhere.

Each trial kills the process at a seeded random moment: while it starts, or just as the
server takes the k-th message (before the 250 reaches the client, or a few milliseconds
after: the window between the server's acceptance and the ledger's record). Afterwards every
recipient must hold exactly one distinct Message-ID (copies of it are allowed: at least once,
never twice different), the ledger's, and the slot must be complete.
``REMINDERS_FAULT_TRIALS=200`` runs a longer series.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

from sqlalchemy import delete
from sqlmodel import select

from reminders import config as config_module
from reminders.cli import main
from reminders.models import Delivery, DeliveryAddress
from reminders.status import undelivered
from reminders.store import Store
from tests.conftest import _postgres_database
from tests.digest_helpers import Collector, SmtpServer, action, add, free_port, meeting

TRIALS = int(os.environ.get("REMINDERS_FAULT_TRIALS", "20"))
OWNERS = ("CC", "ACC", "DPCC", "OPCC")
# Opening a Store runs Alembic, whose context is process-global: one at a time in here.
IN_PROCESS = threading.Lock()


class KillingCollector(Collector):
    """Keeps every message; on the k-th, kills the client (before or after answering)."""

    def __init__(self) -> None:
        super().__init__()
        self.victim: subprocess.Popen | None = None
        self.kill_at = 0  # the k-th message of this process; 0: never
        self.after = None  # seconds after answering; None: before answering
        self.seen = 0

    async def handle_DATA(self, server, session, envelope):
        reply = await super().handle_DATA(server, session, envelope)
        self.seen += 1
        if self.victim is not None and self.seen == self.kill_at:
            if self.after is None:
                self.victim.send_signal(signal.SIGKILL)  # it never hears the 250
            else:
                threading.Timer(self.after, self.victim.send_signal,
                                (signal.SIGKILL,)).start()
        return reply


def write_setup(folder: Path, database_url: str, port: int) -> Path:
    recipients = "".join(f'[recipients.{code}]\nname = "{code}"\n'
                         f'to = ["{code.lower()}@police.example.org"]\n' for code in OWNERS)
    path = folder / "config.toml"
    path.write_text(f'database = "{database_url}"\n[schedule]\ncron = "0 0 * * *"\n'
                    f'[mail]\nfrom = "Reminders <reminders@opcc.example.org>"\n'
                    f'secretariat = ["policy@opcc.example.org"]\n'
                    f'[smtp]\nhost = "127.0.0.1"\nport = {port}\ntls = "none"\n'
                    f'timeout_seconds = 5\n{recipients}', encoding="utf-8")
    store = Store(config_module.load(path).database_url)
    today = date.today()
    add(store, *[action(f"Report {code}'s figures", code, today) for code in OWNERS],
        of=meeting(title="Monthly Assurance Meeting", on=today))
    store.close()
    return path


def send_process(path: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "reminders", "--config", str(path), "send"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def served(server: SmtpServer) -> dict[str, set[str]]:
    """Recipient address -> the distinct Message-IDs it received."""
    found: dict[str, set[str]] = defaultdict(set)
    for envelope, message in zip(server.handler.envelopes, server.messages, strict=True):
        for address in envelope.rcpt_tos:
            found[address].add(message["Message-ID"])
    return found


def check_complete(path: Path, server: SmtpServer) -> None:
    config = config_module.load(path)
    store = Store(config.database_url)
    try:
        with store.session() as session:
            rows = session.exec(select(Delivery)).all()
        [slot] = {row.slot for row in rows}
        assert undelivered(config, store, slot) == []
        assert {row.status for row in rows} == {"sent"}
        expected = {f"{code.lower()}@police.example.org": row.message_id
                    for code in OWNERS for row in rows if row.recipient == code}
        expected["policy@opcc.example.org"] = next(r.message_id for r in rows
                                                   if r.recipient == "secretariat")
        assert served(server) == {address: {mid} for address, mid in expected.items()}
    finally:
        store.close()


def clear(path: Path, server: SmtpServer) -> None:
    store = Store(config_module.load(path).database_url)
    with store.session() as session:
        session.exec(delete(DeliveryAddress))
        session.exec(delete(Delivery))
    store.close()
    server.handler.envelopes.clear()
    server.handler.sessions.clear()


def trials(folder: Path, database_url: str, count: int, seed: int) -> int:
    """``count`` kill-then-send trials on one database and server; how many were killed."""
    rng = random.Random(seed)
    collector = KillingCollector()
    killed = 0
    with SmtpServer() as server:
        server.handler = collector
        server.controller.handler = collector
        folder.mkdir()
        with IN_PROCESS:
            path = write_setup(folder, database_url, server.port)
        for _ in range(count):
            collector.seen = 0
            collector.kill_at = rng.randint(0, len(OWNERS) + 1)  # the overview is the 5th
            collector.after = None if rng.random() < 0.4 else rng.uniform(0, 0.02)
            process = send_process(path)
            collector.victim = process
            if collector.kill_at == 0:  # while starting, claiming or rendering
                time.sleep(rng.uniform(0.2, 1.5))
                process.send_signal(signal.SIGKILL)
            code = process.wait(timeout=60)  # reaped: its pid is free, its claims abandoned
            collector.victim = None
            killed += code == -signal.SIGKILL
            with IN_PROCESS:
                for _ in range(3):  # `send` again until it says the slot is complete
                    if main(["--config", str(path), "send"]) == 0:
                        break
                check_complete(path, server)
                clear(path, server)
    return killed


def test_kill_9_at_random_moments_then_send_again_serves_everyone_once(
        tmp_path, database_url, capsys):
    """Two series side by side (each its own database and server), TRIALS in all."""
    second = _postgres_database() if database_url.startswith("postgresql") else None
    other = next(second) if second else f"sqlite:///{tmp_path / 'second.db'}"
    try:
        with ThreadPoolExecutor(2) as pool:
            series = [pool.submit(trials, tmp_path / f"s{n}", url, TRIALS // 2 + n * (TRIALS % 2),
                                  seed=12 + n) for n, url in enumerate((database_url, other))]
            killed = sum(f.result() for f in series)
    finally:
        if second:
            second.close()
    capsys.readouterr()
    assert killed >= TRIALS // 2  # most trials really were killed mid-way


def test_an_smtp_outage_is_healed_by_send_alone(tmp_path, database_url):
    port = free_port()
    path = write_setup(tmp_path, database_url, port)
    down = subprocess.run([sys.executable, "-m", "reminders", "--config", str(path), "send"],
                          capture_output=True, text=True, timeout=60)
    assert down.returncode == 1
    assert "not complete: 5 undelivered in this slot" in down.stdout
    assert "CC: not delivered yet, retry due" in down.stdout
    with SmtpServer(port=port) as server:
        healed = subprocess.run([sys.executable, "-m", "reminders", "--config", str(path),
                                 "send"], capture_output=True, text=True, timeout=60)
        assert healed.returncode == 0, healed.stdout + healed.stderr
        check_complete(path, server)
