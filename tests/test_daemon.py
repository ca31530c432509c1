"""The daemon's parts, called directly: schedule, steps, reload, logging, start and stop."""

from __future__ import annotations

import io
import logging
import os
import signal
import threading
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apscheduler.jobstores.memory import MemoryJobStore

from reminders import config as config_module
from reminders import daemon as daemon_module
from reminders import logs, service
from reminders.daemon import Daemon
from reminders.logs import LineFormatter
from reminders.service import run
from reminders.store import Store
from reminders.watch import Watcher

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def config_path(write_config) -> Path:
    return write_config()


@pytest.fixture
def daemon(config_path: Path):
    config = config_module.load(config_path)
    store = Store(config.database_url)
    made = Daemon(config, store)
    yield made
    made.shutdown()
    store.close()


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON)


# ---------------------------------------------------------------------- schedule


@pytest.mark.parametrize(
    ("schedule", "after", "expected"),
    [
        # The spring change is Sunday 29 March 2026: 07:30 GMT one week, 07:30 BST the next.
        ("", local(2026, 3, 23, 8, 0), local(2026, 3, 30, 7, 30)),
        ('cron = "30 7 * * *"', local(2026, 3, 28, 8, 0), local(2026, 3, 29, 7, 30)),
        # The autumn change is Sunday 25 October 2026: 07:30 BST, then 07:30 GMT.
        ("", local(2026, 10, 19, 8, 0), local(2026, 10, 26, 7, 30)),
        ('cron = "30 7 * * *"', local(2026, 10, 24, 8, 0), local(2026, 10, 25, 7, 30)),
    ],
    ids=["spring-weekly", "spring-daily", "autumn-weekly", "autumn-daily"],
)
def test_the_digest_keeps_its_local_time_across_clock_changes(
    write_config, schedule: str, after: datetime, expected: datetime
):
    config = config_module.load(write_config(f"[schedule]\n{schedule}\n"))
    store = Store(config.database_url)
    daemon = Daemon(config, store)
    scheduler = daemon.start_scheduler(paused=True)
    try:
        trigger = scheduler.get_job("digest").trigger
        fired = trigger.get_next_fire_time(None, after)
    finally:
        daemon.shutdown()
        store.close()

    assert fired == expected
    assert (fired.hour, fired.minute) == (7, 30)
    assert fired.utcoffset() == expected.utcoffset()  # GMT or BST, as the calendar says


def test_the_scheduler_keeps_no_memory_and_runs_one_step_at_a_time(daemon: Daemon):
    scheduler = daemon.start_scheduler(paused=True)

    assert scheduler.timezone == LONDON
    assert isinstance(scheduler._jobstores["default"], MemoryJobStore)
    assert scheduler._executors["default"]._pool._max_workers == 1
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == {"digest", "housekeeping"}
    for job in jobs.values():
        assert (job.coalesce, job.max_instances, job.misfire_grace_time) == (True, 1, None)
    assert jobs["housekeeping"].trigger.interval.total_seconds() == 60
    assert jobs["digest"].next_run_time.tzinfo is not None


def test_the_scheduler_fires_housekeeping_which_reads_the_watched_folder(
    write_config, tmp_path: Path
):
    """The one test that waits for the real scheduler: a one-second housekeeping interval."""
    inbox = tmp_path / "inbox"
    config = config_module.load(
        write_config(f'[watch]\nfolder = "{inbox}"\ninterval_seconds = 1\n')
    )
    store = Store(config.database_url)
    daemon = Daemon(config, store)
    seen = threading.Event()

    class Result:
        status = "new"
        unknown_owners = ()

        def summary(self) -> str:
            return "new: 1 action"

    def ingest(path: Path) -> Result:
        seen.set()
        return Result()

    daemon.watcher = Watcher(inbox, ingest)
    inbox.mkdir()
    minutes = inbox / "minutes.txt"
    minutes.write_text("ACTION: CC to report back.", encoding="utf-8")
    os.utime(minutes, (time.time() - 60, time.time() - 60))
    daemon.start_scheduler()
    try:
        assert seen.wait(timeout=5), "housekeeping did not run within 5 seconds"
    finally:
        daemon.shutdown()
        store.close()


# ---------------------------------------------------------------------- steps


def test_housekeeping_reads_the_folder_before_the_digest_goes_out(daemon: Daemon, monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(daemon, "watch_step", lambda **kw: calls.append("watch") or [])
    monkeypatch.setattr(daemon, "digest_step", lambda **kw: calls.append("digest") or [])

    done = daemon.housekeeping()

    assert calls == ["watch", "digest"]
    assert not done  # found nothing to do


def test_a_watch_interval_longer_than_a_minute_is_honoured(write_config, monkeypatch):
    config = config_module.load(write_config('[watch]\nfolder = "inbox"\ninterval_seconds = 300\n'))
    store = Store(config.database_url)
    daemon = Daemon(config, store)
    scans: list[str] = []
    monkeypatch.setattr(daemon, "watch_step", lambda **kw: scans.append("scan") or [])
    monkeypatch.setattr(daemon, "digest_step", lambda **kw: [])

    daemon.housekeeping()  # start-up: scans
    daemon.housekeeping()  # a minute later: retries and slots only
    store.close()

    assert scans == ["scan"]
    assert daemon.scheduler is None
    assert daemon_module._every(config).interval.total_seconds() == 60


def test_minutes_copied_in_just_before_start_up_are_in_its_digest(
    daemon: Daemon, tmp_path: Path, monkeypatch
):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    fresh = inbox / "minutes.txt"
    fresh.write_text("ACTION: CC to report back.", encoding="utf-8")  # modified just now
    order: list[str] = []

    class Result:
        status = "new"
        unknown_owners = ()

        def summary(self) -> str:
            return "new: 1 action"

    daemon.watcher = Watcher(inbox, lambda path: order.append("ingest") or Result())
    monkeypatch.setattr(daemon, "digest_step", lambda **kw: order.append("digest") or [])

    def settle(seconds: float) -> None:  # time passes: the copy has finished
        os.utime(fresh, (time.time() - 60, time.time() - 60))

    monkeypatch.setattr(daemon_module.time, "sleep", settle)

    done = daemon.housekeeping()

    assert order == ["ingest", "digest"]
    assert [f.status for f in done.files] == ["new"]


def test_a_failing_step_logs_one_line_and_the_service_carries_on(daemon: Daemon, monkeypatch,
                                                                 caplog):
    from reminders.errors import DeliveryError

    def broken(*args, **kwargs):
        raise DeliveryError("outbox /srv/outbox: permission denied", "fix the folder's owner")

    monkeypatch.setattr(daemon_module.dispatch, "tick", broken)

    assert daemon.digest_step() == []
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert [r.getMessage() for r in errors] == [
        "digest: outbox /srv/outbox: permission denied (fix the folder's owner)"
    ]


def test_a_database_outage_is_one_line_not_a_traceback(daemon: Daemon, monkeypatch, caplog):
    from sqlalchemy.exc import OperationalError

    def down(*args, **kwargs):
        raise OperationalError("SELECT ...", {}, Exception("connection refused\nIs it up?"))

    monkeypatch.setattr(daemon_module.dispatch, "tick", down)

    assert daemon.digest_step() == []
    assert [r.getMessage() for r in caplog.records] == [
        "digest: database unavailable, will retry: connection refused"
    ]
    assert "Traceback" not in caplog.text


def test_an_unreadable_watched_folder_is_reported_once(write_config, tmp_path: Path, caplog):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    config = config_module.load(write_config(f'[watch]\nfolder = "{blocker}/inbox"\n'))
    store = Store(config.database_url)
    daemon = Daemon(config, store)

    assert daemon.watch_step() == []
    assert daemon.watch_step() == []
    store.close()

    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1
    assert errors[0].startswith(f"watched folder: {blocker}/inbox")


def test_the_next_digest_is_told_in_local_time(daemon: Daemon):
    assert daemon.next_digest(local(2026, 11, 23, 9, 0)) == "Mon 30 Nov 2026 07:30 GMT"
    assert daemon.next_digest(local(2026, 6, 1, 9, 0)) == "Mon 08 Jun 2026 07:30 BST"


# ---------------------------------------------------------------------- reload


def test_reload_refuses_an_invalid_config_and_keeps_the_running_one(
    daemon: Daemon, config_path: Path, caplog
):
    running = daemon.config
    config_path.write_text(config_path.read_text() + '\n[schedule]\nday = "someday"\n')

    assert daemon.reload() is False

    assert daemon.config is running
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1
    assert errors[0].startswith("config reload refused, still running the previous config: ")
    assert "schedule.day" in errors[0]


def test_reload_reschedules_the_digest_with_the_new_trigger(daemon: Daemon, config_path: Path):
    scheduler = daemon.start_scheduler(paused=True)
    config_path.write_text(
        config_path.read_text() + '\n[schedule]\nday = "fri"\ntime = "16:00"\n'
        '[watch]\ninterval_seconds = 30\n'
    )

    assert daemon.reload() is True

    assert daemon.config.schedule.day == "fri"
    trigger = scheduler.get_job("digest").trigger
    assert trigger.get_next_fire_time(None, local(2026, 11, 23, 9, 0)) == local(
        2026, 11, 27, 16, 0
    )
    assert scheduler.get_job("housekeeping").trigger.interval.total_seconds() == 30


def test_reload_cannot_move_the_running_service_to_another_database(
    daemon: Daemon, config_path: Path, caplog
):
    text = config_path.read_text().replace(
        'database = "sqlite:///reminders.db"', 'database = "sqlite:///other.db"'
    )
    config_path.write_text(text)

    assert daemon.reload() is True

    assert "restart the service to switch" in caplog.text
    assert daemon.store.url.endswith("reminders.db")


# ---------------------------------------------------------------------- logging


def record(level: int, message: str) -> logging.LogRecord:
    return logging.LogRecord("reminders.daemon", level, __file__, 1, message, None, None)


def test_log_lines_for_journald_carry_the_priority_and_no_timestamp():
    formatter = LineFormatter(timestamps=False, journal=True)

    assert formatter.format(record(logging.WARNING, "digest of Mon: 1 failed")) == (
        "<4>WARNING digest of Mon: 1 failed"
    )
    assert formatter.format(record(logging.INFO, "started")) == "<6>INFO started"


def test_log_lines_for_docker_are_level_and_message():
    formatter = LineFormatter(timestamps=False, journal=False)

    assert formatter.format(record(logging.ERROR, "digest: boom")) == "ERROR digest: boom"


def test_log_lines_at_a_terminal_are_timestamped():
    line = LineFormatter(timestamps=True, journal=False).format(record(logging.INFO, "started"))

    assert line.endswith(" INFO started")
    assert line[:4].isdigit()


def test_the_journal_is_recognised_by_the_stream_systemd_names(tmp_path: Path, monkeypatch):
    with open(tmp_path / "journal", "w") as stream:
        info = os.fstat(stream.fileno())
        monkeypatch.setenv("JOURNAL_STREAM", f"{info.st_dev}:{info.st_ino}")
        assert logs._to_journal(stream)
        monkeypatch.setenv("JOURNAL_STREAM", f"{info.st_dev}:{info.st_ino + 1}")
        assert not logs._to_journal(stream)
    monkeypatch.delenv("JOURNAL_STREAM")
    assert not logs._to_journal(io.StringIO())


def test_the_start_line_never_shows_a_database_password(write_config, monkeypatch):
    monkeypatch.setenv("REMINDERS_DATABASE", "postgresql+psycopg://reminders:s3cret@db/rem")
    config = config_module.load(write_config())

    line = service._describe(config)

    assert "s3cret" not in line
    assert "database=postgresql+psycopg://reminders:***@db/rem" in line


# ---------------------------------------------------------------------- run


def test_run_does_the_start_up_pass_then_stops_cleanly_when_asked(config_path: Path, caplog):
    caplog.set_level(logging.INFO, logger="reminders")
    before = signal.getsignal(signal.SIGTERM)
    stop = threading.Event()
    stop.set()  # stop as soon as the start-up pass (ingest, catch-up) is done

    assert run(config_path, stop_event=stop) == 0

    messages = [r.getMessage() for r in caplog.records if r.name == "reminders.daemon"]
    assert messages[0].startswith("started reminders 0.1.0 config=")
    assert messages[-1] == "stopped"
    assert signal.getsignal(signal.SIGTERM) is before


def test_run_in_a_thread_is_stopped_by_its_event(config_path: Path):
    stop = threading.Event()
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(run(config_path, stop_event=stop)))
    worker.start()
    time.sleep(0.5)
    stop.set()
    worker.join(timeout=10)

    assert not worker.is_alive()
    assert result == [0]


def test_run_with_an_invalid_config_raises_the_config_error(write_config):
    from reminders.errors import ConfigError

    path = write_config('[schedule]\ntime = "half past seven"\n')

    with pytest.raises(ConfigError, match=r"schedule\.time"):
        run(path)
