"""The watched folder with the real ingest and database: a restart re-reads nothing
unchanged; and ``reminders run`` with bad files dropped before good ones ingests the good
ones within one interval, sets the bad ones aside, and honours SIGTERM within seconds even
while a slow file is being read."""

from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path

import pytest

from reminders import config
from reminders.ingest import ingest_file
from reminders.store import Store
from reminders.watch import Watcher
from reminders.watch_memory import FileMemory
from tests.test_daemon_signals import STOP_WITHIN, launching

MINUTES = "Finance Committee {n}\nDate: 12 March 2024\nACTION: JB to send letter {n}.\n"
OLD = time.time() - 3600


def drop(folder: Path, name: str, text: str, *, settled: bool = True) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    if settled:
        os.utime(path, (OLD, OLD))
    return path


class Counting:
    """The real ingest, counting the files it is handed."""

    def __init__(self, store: Store, cfg) -> None:
        self.store, self.cfg, self.calls = store, cfg, []

    def __call__(self, path: Path):
        self.calls.append(path.name)
        return ingest_file(self.store, path, self.cfg)


def test_a_restart_reads_none_of_the_files_already_ingested(store, write_config, tmp_path):
    cfg = config.load(write_config())
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(12):
        drop(inbox, f"m{n:02}.txt", MINUTES.format(n=n))
    first = Counting(store, cfg)
    assert [o.status for o in Watcher(inbox, first, memory=FileMemory(store)).scan()] == (
        ["new"] * 12)

    restarted = Counting(store, cfg)  # a new process: nothing in memory but the database
    assert Watcher(inbox, restarted, memory=FileMemory(store)).scan() == []
    assert restarted.calls == []

    touched = inbox / "m03.txt"
    os.utime(touched, (OLD + 10, OLD + 10))  # same bytes, new time: hashed, not extracted
    drop(inbox, "m99.txt", MINUTES.format(n=99))
    again = Counting(store, cfg)
    outcomes = Watcher(inbox, again, memory=FileMemory(store)).scan()
    assert sorted((o.path.name, o.status) for o in outcomes) == [
        ("m03.txt", "unchanged"), ("m99.txt", "new")]


def _slow_text() -> str:
    # Extraction of this takes far longer than the limits below (repeats are compared).
    return "".join(f"ACTION: JB to check item {n} of the list.\n" for n in range(40_000))


@pytest.fixture
def launch():
    yield from launching()


def test_the_service_sets_bad_files_aside_ingests_good_ones_and_stops_promptly(
        write_config, launch, tmp_path: Path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    path = write_config(extra='[watch]\nfolder = "inbox"\ninterval_seconds = 1\n'
                              "[reading]\nseconds_per_file = 2\n")
    daemon = launch(path)
    daemon.wait_for("next digest")

    # Bad files first: a FIFO, a symlink to an endless device, a broken .docx, one too slow.
    os.mkfifo(inbox / "a-pipe.txt")
    (inbox / "b-zero.txt").symlink_to("/dev/zero")
    with zipfile.ZipFile(inbox / "c-broken.docx", "w") as archive:
        archive.writestr("word/document.xml", "<w:document><w:body><w:p>")
    drop(inbox, "d-slow.txt", _slow_text(), settled=False)
    drop(inbox, "e-good.txt", MINUTES.format(n=1), settled=False)
    drop(inbox, "f-good.txt", MINUTES.format(n=2), settled=False)
    started = time.monotonic()

    daemon.wait_for("ingested f-good.txt", timeout=1 + 2 + 2 + 10)  # interval+settle+slow
    assert time.monotonic() - started < 15
    log = daemon.log
    assert "ingested e-good.txt" in log
    for name in ("a-pipe.txt", "b-zero.txt", "c-broken.docx", "d-slow.txt"):
        assert f"watched folder: {name} rejected:" in log, log
        assert (inbox / "rejected" / f"{name}.error.txt").exists()
    assert "longer than 2 s" in (inbox / "rejected" / "d-slow.txt.error.txt").read_text()
    assert "Traceback" not in log

    # SIGTERM while a slow file is being read: the service does not wait for it.
    config_text = path.read_text().replace("seconds_per_file = 2", "seconds_per_file = 300")
    path.write_text(config_text)
    daemon.proc.send_signal(1)  # SIGHUP: the new limits apply
    daemon.wait_for("config reloaded")
    drop(inbox, "g-slow.txt", _slow_text())
    time.sleep(2)  # the next scan (1 s interval) has started reading it
    stopping = time.monotonic()
    assert daemon.stop() == 0
    assert time.monotonic() - stopping < STOP_WITHIN
    assert (inbox / "g-slow.txt").exists()  # left in place: read again after the restart
