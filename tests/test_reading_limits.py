"""Bad files, each made here: one MinutesError line naming the file, nothing stored, and the
next file still read. Limits (size, time, memory), FIFOs and devices, encodings, hostile
.docx (entity bombs, deep nesting, zip bombs, encrypted and odd compression), hostile HTML."""

from __future__ import annotations

import io
import os
import sqlite3
import time
import zipfile
from pathlib import Path

import pytest
from sqlmodel import select

from reminders import config
from reminders.errors import MinutesError, StoreError
from reminders.ingest import ingest_file
from reminders.minutes import extract, limits
from reminders.minutes.markup import html_lines
from reminders.minutes.read import read_lines
from reminders.models import Action, Meeting

MINUTES = "Finance Committee\nDate: 12 March 2024\nACTION: JB to send the audit letter.\n"


def refused(path: Path, *words: str) -> str:
    with pytest.raises(MinutesError) as caught:
        read_lines(path)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    for word in words:
        assert word in message
    return message


def test_a_fifo_is_refused_without_blocking(tmp_path: Path):
    fifo = tmp_path / "minutes.txt"
    os.mkfifo(fifo)
    started = time.perf_counter()
    refused(fifo, "minutes.txt", "FIFO")
    assert time.perf_counter() - started < 1


def test_a_symlink_to_a_device_is_refused(tmp_path: Path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    refused(link, "zero.txt", "device")


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(3 * limits.MB)  # sparse: costs nothing to make
    with pytest.raises(MinutesError, match=r"huge.txt.*larger than the 2 MB limit"):
        read_lines(path, max_bytes=2 * limits.MB)


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be", "utf-16",
                                      "utf-16-le", "utf-16-be", "utf-8-sig", "cp1252"])
def test_text_in_any_common_encoding_is_read_as_text(tmp_path: Path, encoding: str):
    path = tmp_path / "minutes.txt"
    path.write_bytes((MINUTES + "Café fund: £20\n").encode(encoding))
    lines = [text for _, text in read_lines(path)]
    assert lines[-1] == "Café fund: £20"
    assert not any("\x00" in line for line in lines)


def test_binary_is_refused_not_stored_as_text(tmp_path: Path):
    path = tmp_path / "minutes.txt"
    path.write_bytes(bytes(range(256)) * 40)
    refused(path, "minutes.txt", "not readable as text")


def _docx(parts: dict[str, bytes], *, compress=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compress) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _document(body: str) -> bytes:
    return f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>'.encode()


def test_a_minimal_docx_reads(tmp_path: Path):
    path = tmp_path / "ok.docx"
    path.write_bytes(_docx({"word/document.xml": _document(
        "<w:p><w:r><w:t>ACTION: JB to send the letter.</w:t></w:r></w:p>")}))
    assert read_lines(path) == [(1, "ACTION: JB to send the letter.")]


BOMB = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1)) * 10 if i else b"&lol;"
                                               * 10) for i in range(1, 10))
        + b"]><w:document " + W.encode() + b"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"
        b"</w:body></w:document>")


def _encrypted(tmp_path: Path) -> bytes:
    data = bytearray(_docx({"word/document.xml": _document("<w:p/>")}))
    # Set the "encrypted" general-purpose flag in the local and central headers.
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        data[at + offset] |= 1
    return bytes(data)


def _method(data: bytes, method: int) -> bytes:
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = out.find(signature)
        out[at + offset:at + offset + 2] = method.to_bytes(2, "little")
    return bytes(out)


def _flipped(data: bytes) -> bytes:
    out = bytearray(data)
    at = out.find(b"word/document.xml") + len("word/document.xml") + 5
    for i in range(at, min(at + 40, len(out))):
        out[i] ^= 0x5A
    return bytes(out)


DEEP = _document("<w:p>" * 5000 + "</w:p>" * 5000)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (lambda tmp: _docx({"word/document.xml": BOMB}), "entities"),
        (lambda tmp: _docx({"word/document.xml": DEEP}), "bad XML"),
        (lambda tmp: _docx({"word/document.xml": b"<w:document><w:body"}), "bad XML"),
        (lambda tmp: _docx({"word/document.xml": b"\0" * (80 * limits.MB)}), "implausible"),
        (_encrypted, "encrypted"),
        (lambda tmp: _method(_docx({"word/document.xml": _document("<w:p/>")}), 99),
         "compression"),
        (lambda tmp: _flipped(_docx({"word/document.xml": _document("<w:p/>" * 400)})),
         "damaged"),
        (lambda tmp: _docx({"other.xml": b"<x/>"}), "no word/document.xml"),
        (lambda tmp: b"PK\x03\x04 truncated", "not a readable Word"),
    ],
    ids=["entity-bomb", "deep-nesting", "broken-xml", "zip-bomb", "encrypted",
         "unknown-compression", "bad-deflate", "no-document", "truncated"],
)
def test_hostile_docx_is_one_line(tmp_path: Path, content, words: str):
    path = tmp_path / "hostile.docx"
    path.write_bytes(content(tmp_path))
    refused(path, "hostile.docx", words)


@pytest.mark.parametrize("suffix", [".doc", ".xlsx", ".odt"])
def test_unsupported_office_files_name_the_file(tmp_path: Path, suffix: str):
    path = tmp_path / f"minutes{suffix}"
    path.write_bytes(b"PK\x03\x04 whatever")
    refused(path, f"minutes{suffix}", "unsupported file type")


def test_hostile_html_is_linear():
    started = time.perf_counter()
    rows = html_lines("<table>" + "<tr><td>JB</td><td>send it</td></tr>" * 20_000 + "</table>")
    nested = html_lines("<ul><li>ACTION: JB to go" * 50_000)
    assert len(rows) == 20_000 and len(nested) == 50_000
    assert max(len(text) for _, text in nested) < 100  # indentation is capped
    assert time.perf_counter() - started < 10


def test_a_reader_that_runs_too_long_is_stopped_and_named():
    started = time.perf_counter()
    with pytest.raises(MinutesError, match=r"slow.txt: reading took longer than 0.5 s"):
        limits.run_limited(time.sleep, 30, name="slow.txt",
                           limits=limits.Limits(seconds=0.5))
    assert time.perf_counter() - started < 5


def _hog() -> bytes:
    return b"x" * (4096 * limits.MB)


def test_a_reader_that_needs_too_much_memory_is_stopped_and_named():
    with pytest.raises(MinutesError, match=r"big.txt: not readable: ran out of memory"):
        limits.run_limited(_hog, name="big.txt",
                           limits=limits.Limits(memory_bytes=512 * limits.MB))


def test_a_bug_in_a_reader_is_one_line_naming_the_file():
    def broken():
        return [][1]

    with pytest.raises(MinutesError) as caught:
        limits.run_limited(broken, name="odd.txt")
    assert str(caught.value).startswith("odd.txt: not readable: IndexError")


def test_cancel_stops_the_reading_at_once():
    started = time.perf_counter()
    with pytest.raises(limits.Cancelled):
        limits.run_limited(time.sleep, 30, name="a.txt", cancel=lambda: True)
    assert time.perf_counter() - started < 2


# ---------------------------------------------------------------------- through ingest


@pytest.fixture
def cfg(write_config):
    return config.load(write_config())


def _stored(store) -> tuple[int, int]:
    with store.session() as session:
        return (len(list(session.exec(select(Meeting)))), len(list(session.exec(select(Action)))))


def test_a_name_with_undecodable_bytes_is_stored_and_shown_escaped(store, cfg, tmp_path):
    raw = os.path.join(os.fsencode(tmp_path), b"minutes-\xff.txt")
    with open(raw, "wb") as handle:
        handle.write(MINUTES.encode())
    path = Path(os.fsdecode(raw))

    result = ingest_file(store, path, cfg)

    assert result.status == "new"
    assert str(result.path).endswith("minutes-\\xff.txt")
    with store.session() as session:
        (meeting,) = session.exec(select(Meeting))
        assert meeting.source.endswith("minutes-\\xff.txt")


def test_an_unchanged_file_is_not_extracted_again(store, cfg, tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(MINUTES, encoding="utf-8")
    ingest_file(store, path, cfg)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(path.read_bytes())
    path.chmod(0o000)  # even reading it for extraction would fail now; only its hash matters
    try:
        result = ingest_file(store, copy, cfg)
    finally:
        path.chmod(0o644)
    assert (result.status, result.actions, result.meeting_title) == (
        "unchanged", 1, "Finance Committee")
    assert _stored(store) == (1, 1)


def _engine(store, url: str, **connect_args) -> None:
    """The same database through a short busy timeout (or read-only), so no test waits 30 s."""
    from sqlalchemy import create_engine

    store.engine.dispose()
    store.engine = create_engine(url, connect_args=connect_args)


def test_a_locked_sqlite_database_is_one_line_and_the_next_try_works(cfg, tmp_path):
    from reminders.store import Store

    db = tmp_path / "locked.db"
    store = Store(f"sqlite:///{db}")
    _engine(store, f"sqlite:///{db}", timeout=0.2)
    path = tmp_path / "a.txt"
    path.write_text(MINUTES, encoding="utf-8")
    blocker = sqlite3.connect(db)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as caught:
            ingest_file(store, path, cfg)
        assert "a.txt: not stored" in str(caught.value) or "locked" in str(caught.value)
        assert "\n" not in str(caught.value)
    finally:
        blocker.rollback()
        blocker.close()
    assert ingest_file(store, path, cfg).status == "new"
    store.close()


def test_a_read_only_sqlite_database_is_one_line(cfg, tmp_path):
    from reminders.store import Store

    db = tmp_path / "ro.db"
    Store(f"sqlite:///{db}").close()
    store = Store(f"sqlite:///{db}")
    _engine(store, f"sqlite:///file:{db}?mode=ro&uri=true", uri=True)
    path = tmp_path / "a.txt"
    path.write_text(MINUTES, encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        ingest_file(store, path, cfg)
    assert "readonly" in str(caught.value).replace("-", "") and "\n" not in str(caught.value)
    store.close()


def test_a_file_too_big_for_the_configured_limit_is_refused_by_ingest(store, write_config,
                                                                      tmp_path):
    cfg = config.load(write_config(extra="[reading]\nmax_file_mb = 1\n"))
    path = tmp_path / "big.txt"
    path.write_text(MINUTES + "x" * (2 * limits.MB), encoding="utf-8")
    with pytest.raises(MinutesError, match=r"big.txt.*larger than the 1 MB limit"):
        ingest_file(store, path, cfg)
    assert _stored(store) == (0, 0)


def test_the_reading_limits_are_validated(write_config):
    from reminders.errors import ConfigError

    with pytest.raises(ConfigError, match=r"reading.max_file_mb"):
        config.load(write_config(extra="[reading]\nmax_file_mb = 0\n"))


def test_extract_of_a_scan_like_empty_pdf_names_the_file(tmp_path: Path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(MinutesError, match=r"empty.pdf"):
        extract(path)
