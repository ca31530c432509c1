"""Delivery at the scale of a whole force, measured against named alternatives in one run.

1. Throughput: ``reminders send`` (a real process, start-up included) to a local SMTP
   server that accepts at once (aiosmtpd in its own process), 2,000 recipients, beside raw
   ``smtplib`` sending 2,000 messages of the same size over one connection to the same
   server. Target: at least 0.4 of raw smtplib.
2. Plan + render for 100,000 open actions and 2,000 recipients (every digest composed, the
   overview too), in a fresh process: time (target <= 20 s) and peak RSS (<= 400 MB), and
   RSS after the daemon's ``release_memory`` against RSS before the run (memory back to idle),
   then after a second identical run (memory does not build up from run to run).

    python benchmarks/delivery.py [--recipients 2000] [--actions 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import smtplib
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SERVER = textwrap.dedent("""
    import asyncio, sys, time
    from aiosmtpd.controller import Controller
    class Sink:
        count = size = 0
        async def handle_DATA(self, server, session, envelope):
            Sink.count += 1
            Sink.size += len(envelope.original_content)
            return "250 OK"
    controller = Controller(Sink(), hostname="127.0.0.1", port=int(sys.argv[1]))
    controller.start()
    print("ready", flush=True)
    for line in sys.stdin:  # "stats": how many messages so far, and their bytes
        print(Sink.count, Sink.size, flush=True)
    controller.stop()
""")


def write_config(folder: Path, recipients: int, port: int | None) -> Path:
    lines = [f'database = "sqlite:///{folder / "bench.db"}"', "[mail]",
             'from = "Reminders <reminders@opcc.example.org>"',
             'secretariat = ["policy@opcc.example.org"]',
             'escalation = ["cex@opcc.example.org"]', f'outbox = "{folder / "outbox"}"']
    if port:
        lines += ["[smtp]", 'host = "127.0.0.1"', f"port = {port}", 'tls = "none"']
    for n in range(recipients):
        lines += [f"[recipients.R{n:04d}]", f'name = "Officer {n}"',
                  f'to = ["officer{n}@police.example.org"]', f'aliases = ["Officer {n}"]']
    path = folder / "config.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def seed(config_path: Path, actions: int, recipients: int, today: date, *,
         spread: bool = True) -> None:
    """``actions`` open actions spread over the recipients: a third overdue, a fifth due
    soon, the rest later (or all due soon); some with two owners, some owned by an alias."""
    from sqlalchemy import insert

    from reminders import config as config_module
    from reminders.models import Action, Meeting
    from reminders.store import Store

    store = Store(config_module.load(config_path).database_url)
    now = datetime.now(UTC)
    with store.session() as session:
        meeting = Meeting(key="bench", title="Monthly Assurance Meeting", date=today,
                          source="bench.txt", source_sha256="x", ingested_at=now)
        session.add(meeting)
        session.flush()
        rows = []
        for n in range(actions):
            owner = n % recipients
            other = f"R{(owner + 1) % recipients:04d}"
            owners = f"R{owner:04d}" if n % 7 else f"Officer {owner},{other}"
            offset = (-(n % 90) - 1) if n % 3 == 0 else (n % 14) if n % 5 == 0 else 30 + n % 200
            offset = offset if spread else 3
            rows.append(dict(meeting_id=meeting.id, text=f"Provide the update on item {n} to "
                             "the board, with the figures by ward and the plan for next year.",
                             owners=owners, due=today + timedelta(days=offset), basis="stated",
                             due_words="in 6 months", item=f"{n % 12}.{n % 9}", kind="new",
                             status="open", source="bench.txt", line=n, fingerprint=f"a{n}",
                             edited="", created_at=now, updated_at=now))
        session.execute(insert(Action), rows)
    store.close()


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _plan_and_render(config, store) -> dict:
    """One slot planned and every message composed and serialised, as ``tick`` does (the
    digests by ``reminders.composer``'s processes, the overview in line); what it made is
    garbage once this returns, as in the daemon."""
    from reminders.composer import Composer
    from reminders.dispatch import _plan
    from reminders.mime import to_bytes
    from reminders.models import Delivery
    from reminders.render import compose_overview

    slot = datetime.now(config.tz)
    started = time.perf_counter()
    planned = _plan(config, store, slot, slot.date())
    planned_at = time.perf_counter()
    rows = [Delivery(id=n, recipient=digest.code, slot=slot, message_id=f"<{n}@b>",
                     status="sending") for n, digest in enumerate(planned.digests)]
    size = composed = 0
    with Composer(config, slot, now=slot) as composer:
        for _row, _content, letter in composer.ahead(rows, planned):
            if letter is not None:
                size += len(letter.data)
                composed += 1
    overview = compose_overview(config, planned.overview, message_id="<o@x>", when=slot,
                                slot=slot)
    overview_size = len(to_bytes(overview))
    done = time.perf_counter()
    return dict(plan=planned_at - started, render=done - planned_at, total=done - started,
                composed=composed, mean_size=size / max(composed, 1),
                overview_size=overview_size)


def plan_and_render(config_path: str) -> None:
    """In a fresh process: plan one slot and compose every message, twice, releasing memory
    after each as the daemon does after a tick; print JSON."""
    from reminders import config as config_module
    from reminders.daemon import release_memory
    from reminders.store import Store

    config = config_module.load(config_path)
    store = Store(config.database_url)
    idle = rss_mb()
    found = _plan_and_render(config, store)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # The composers are forks sharing the parent's pages until they touch them; this is the
    # largest one's RSS, shared pages included.
    composer_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    release_memory()
    after = rss_mb()
    _plan_and_render(config, store)
    release_memory()
    print(json.dumps(dict(found, idle=idle, peak=peak, composer_peak=composer_peak,
                          after=after, again=rss_mb())))


def throughput(folder: Path, recipients: int) -> tuple[float, float, float]:
    """(reminders send messages/s, raw smtplib messages/s, mean size) against one sink
    server; raw smtplib sends as many messages of the mean size ours had."""
    from tests.digest_helpers import free_port

    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(port)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout.readline().strip() == "ready"
        config_path = write_config(folder, recipients, port)
        seed(config_path, recipients * 2, recipients, date.today(), spread=False)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "reminders", "--config",
                                 str(config_path), "send"], capture_output=True, text=True)
        ours = time.perf_counter() - started
        sent = result.stdout.count(": sent")
        if result.returncode != 0 or sent < recipients:
            sys.exit(f"reminders send failed ({sent} sent):\n{result.stdout[-2000:]}"
                     f"{result.stderr[-2000:]}")
        server.stdin.write("stats\n")
        server.stdin.flush()
        count, size = (int(n) for n in server.stdout.readline().split())
        message_size = size // max(count, 1)
        body = ("x" * 75 + "\r\n") * (message_size // 77)
        started = time.perf_counter()
        with smtplib.SMTP("127.0.0.1", port) as smtp:
            for n in range(sent):
                smtp.sendmail("reminders@opcc.example.org", [f"officer{n}@police.example.org"],
                              f"Subject: {n}\r\nMessage-ID: <{n}@x>\r\n\r\n{body}")
        raw = time.perf_counter() - started
    finally:
        server.communicate("")
    return sent / ours, sent / raw, message_size


def plan_part(folder: Path, args: argparse.Namespace) -> None:
    """Seed, then plan and render in a fresh process (so its RSS is the run's own)."""
    (folder / "plan").mkdir()
    config_path = write_config(folder / "plan", args.recipients, None)
    seed(config_path, args.actions, args.recipients, date.today())
    out = subprocess.run([sys.executable, __file__, "--plan-only", str(config_path)],
                         capture_output=True, text=True, env={**os.environ})
    if out.returncode != 0:
        sys.exit(out.stderr)
    found = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"plan + render, {args.actions:,} actions, {args.recipients:,} recipients: "
          f"{found['total']:.1f} s (plan {found['plan']:.1f} s, render "
          f"{found['render']:.1f} s for {found['composed']:,} digests and the overview; "
          f"target <= 20 s: {found['total'] / 20:.2f} of the budget)")
    print(f"  mean digest {found['mean_size'] / 1024:.1f} KB, overview "
          f"{found['overview_size'] / 1024:.1f} KB")
    print(f"  RSS: idle {found['idle']:.0f} MB, peak {found['peak']:.0f} MB (target <= 400: "
          f"{found['peak'] / 400:.2f} of it; the largest composing process "
          f"{found['composer_peak']:.0f} MB, mostly pages shared with it), after the run "
          "and release_memory "
          f"{found['after']:.0f} MB ({found['after'] / found['idle']:.2f}x idle), after a "
          f"second run {found['again']:.0f} MB (code and caches loaded by the first run stay; "
          "the run's own data does not)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipients", type=int, default=2000)
    parser.add_argument("--actions", type=int, default=100_000)
    parser.add_argument("--part", choices=("all", "plan", "send"), default="all")
    parser.add_argument("--rounds", type=int, default=3, help="send rounds (median ratio)")
    parser.add_argument("--plan-only", metavar="CONFIG", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.plan_only:
        plan_and_render(args.plan_only)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.part != "send":
            plan_part(folder, args)
        if args.part != "plan":
            # Rounds alternate the two so that load from elsewhere falls on both; one round's
            # ratio moved from 0.24 to 0.75 between runs on one machine.
            ratios = []
            for round_ in range(1, args.rounds + 1):
                (folder / f"send{round_}").mkdir()
                ours, raw, size = throughput(folder / f"send{round_}", args.recipients)
                ratios.append(ours / raw)
                print(f"send round {round_}, {args.recipients:,} recipients, {size / 1024:.0f} "
                      f"KB each, local SMTP sink: reminders send {ours:.0f} messages/s (process "
                      f"start-up included), raw smtplib on one connection {raw:.0f} messages/s: "
                      f"ratio {ours / raw:.2f}")
            print(f"send ratio, median of {len(ratios)} rounds: "
                  f"{statistics.median(ratios):.2f} (target >= 0.4; rounds "
                  f"{', '.join(f'{r:.2f}' for r in ratios)})")


if __name__ == "__main__":
    main()
