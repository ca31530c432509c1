"""The watched folder, with a fake ingest: what is read, skipped, set aside, and retried."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from reminders.errors import MinutesError, StoreError
from reminders.watch import Watcher, ignored

LONG_AGO = time.time() - 3600  # files are "settled" unless a test says otherwise


@dataclass(frozen=True)
class Result:
    status: str
    unknown_owners: tuple[str, ...] = ()

    def summary(self) -> str:
        return f"{self.status}: 2 actions"


class FakeIngest:
    """Records the files it is asked to read; fails the ones named in ``failures``."""

    def __init__(self, failures: dict[str, Exception] | None = None) -> None:
        self.calls: list[str] = []
        self.failures = failures or {}

    def __call__(self, path: Path) -> Result:
        self.calls.append(path.name)
        if path.name in self.failures:
            raise self.failures[path.name]
        return Result("new")


def drop(folder: Path, name: str, text: str = "ACTION: CC to report back.", *, age: float = 3600):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    moment = time.time() - age
    os.utime(path, (moment, moment))
    return path


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def test_new_files_are_ingested_once_each(inbox: Path):
    drop(inbox, "a.txt")
    drop(inbox, "b.md")
    ingest = FakeIngest()
    watcher = Watcher(inbox, ingest)

    first = watcher.scan()
    second = watcher.scan()

    assert [o.status for o in first] == ["new", "new"]
    assert second == []
    assert ingest.calls == ["a.txt", "b.md"]


def test_owners_missing_from_the_config_are_named(inbox: Path):
    drop(inbox, "a.txt")

    [outcome] = Watcher(inbox, lambda path: Result("new", ("HoE", "RJ"))).scan()

    assert outcome.detail == "new: 2 actions; owners not in config.toml: HoE, RJ"


def test_a_changed_file_is_read_again(inbox: Path):
    path = drop(inbox, "a.txt")
    ingest = FakeIngest()
    watcher = Watcher(inbox, ingest)
    watcher.scan()

    path.write_text("ACTION: CC to report back, revised.", encoding="utf-8")
    os.utime(path, (LONG_AGO + 60, LONG_AGO + 60))

    assert [o.path.name for o in watcher.scan()] == ["a.txt"]
    assert ingest.calls == ["a.txt", "a.txt"]


@pytest.mark.parametrize(
    "name", [".~lock.minutes.docx#", "~$minutes.docx", "minutes.docx.part", ".hidden.txt",
             "minutes.pdf.crdownload", "minutes.txt~", "minutes.tmp"]
)
def test_temporary_and_hidden_files_are_ignored(inbox: Path, name: str):
    drop(inbox, name)
    ingest = FakeIngest()

    assert ignored(name)
    assert Watcher(inbox, ingest).scan() == []
    assert ingest.calls == []


def test_ordinary_names_are_not_ignored():
    assert not ignored("2026-10-12 Assurance (final).docx")


def test_a_file_still_being_written_waits_for_the_next_scan(inbox: Path):
    drop(inbox, "copying.pdf", age=0)
    ingest = FakeIngest()
    watcher = Watcher(inbox, ingest)

    assert watcher.scan() == []
    assert [o.status for o in watcher.scan(now=time.time() + 10)] == ["new"]


def test_a_bad_file_is_moved_aside_with_the_reason_and_does_not_block_the_others(inbox: Path):
    drop(inbox, "a.txt")
    drop(inbox, "broken.pdf")
    drop(inbox, "c.txt")
    ingest = FakeIngest({"broken.pdf": MinutesError("broken.pdf: not a PDF", "save it again")})
    watcher = Watcher(inbox, ingest)

    outcomes = {o.path.name: o for o in watcher.scan()}

    assert {name: o.status for name, o in outcomes.items()} == {
        "a.txt": "new", "broken.pdf": "rejected", "c.txt": "new"
    }
    assert not (inbox / "broken.pdf").exists()
    assert (inbox / "rejected" / "broken.pdf").exists()
    reason = (inbox / "rejected" / "broken.pdf.error.txt").read_text(encoding="utf-8")
    assert "not a PDF (save it again)" in reason
    assert watcher.scan() == []  # rejected/ is not scanned, and nothing else changed


def test_a_bad_file_that_cannot_be_moved_is_reported_once(inbox: Path, monkeypatch):
    drop(inbox, "broken.pdf")
    ingest = FakeIngest({"broken.pdf": MinutesError("broken.pdf: not a PDF")})
    watcher = Watcher(inbox, ingest)

    def read_only(*args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", read_only)
    first = watcher.scan()

    assert [(o.status, "left in place" in o.detail) for o in first] == [("rejected", True)]
    assert watcher.scan() == []
    assert ingest.calls == ["broken.pdf"]


@pytest.mark.parametrize(
    "outage",
    [StoreError("database: cannot connect"),
     OperationalError("INSERT ...", {}, Exception("server closed the connection"))],
    ids=["store-error", "operational-error"],
)
def test_a_database_outage_leaves_the_file_to_be_tried_again(inbox: Path, outage: Exception):
    drop(inbox, "a.txt")
    ingest = FakeIngest({"a.txt": outage})
    watcher = Watcher(inbox, ingest)

    assert [o.status for o in watcher.scan()] == ["failed"]
    ingest.failures.clear()
    assert [o.status for o in watcher.scan()] == ["new"]
    assert (inbox / "a.txt").exists()


def test_a_bug_on_one_file_is_logged_and_the_file_set_aside(inbox: Path, caplog):
    drop(inbox, "odd.txt")
    drop(inbox, "z.txt")
    ingest = FakeIngest({"odd.txt": IndexError("list index out of range")})
    watcher = Watcher(inbox, ingest)

    outcomes = watcher.scan()

    assert [(o.path.name, o.status) for o in outcomes] == [("odd.txt", "rejected"),
                                                           ("z.txt", "new")]
    assert (inbox / "rejected" / "odd.txt").exists()
    reason = (inbox / "rejected" / "odd.txt.error.txt").read_text(encoding="utf-8")
    assert "unexpected error: IndexError" in reason
    assert "Traceback" in caplog.text
    assert watcher.scan() == []


def test_a_missing_folder_is_created(tmp_path: Path):
    folder = tmp_path / "not" / "yet"

    assert Watcher(folder, FakeIngest()).scan() == []
    assert folder.is_dir()


def test_scanning_stops_between_files_when_asked(inbox: Path):
    drop(inbox, "a.txt")
    drop(inbox, "b.txt")
    ingest = FakeIngest()

    outcomes = Watcher(inbox, ingest).scan(should_stop=lambda: bool(ingest.calls))

    assert [o.path.name for o in outcomes] == ["a.txt"]
