"""Seeded fuzz: a few hundred malformed minutes files of every kind, made here, ingested one
by one in a separate process under a time and memory limit (so a hang or a runaway is
caught, not suffered). No traceback, no hang, no memory failure, no garbage stored: every
file is either ingested as readable text or refused in one line naming it."""

from __future__ import annotations

import io
import json
import os
import random
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

SEED = 20261201
ROOT = Path(__file__).resolve().parents[1]
GOOD_TEXT = """Finance Committee
Date: 12 March 2024
Present: Jane Brown (JB), Tom Smith (TS)
1. Audit
ACTION: JB to send the audit letter by 30 April 2024.
ACTION: TS to renew the insurance at the next meeting.
"""


def _good_html() -> bytes:
    body = "".join(f"<p>{line}</p>\n" for line in GOOD_TEXT.splitlines())
    return f"<html><body>{body}</body></html>".encode()


def _good_docx() -> bytes:
    import docx

    document = docx.Document()
    for line in GOOD_TEXT.splitlines():
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Action", "Owner"
    table.rows[1].cells[0].text, table.rows[1].cells[1].text = "Renew the insurance", "TS"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _good_pdf() -> bytes:
    import fpdf

    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for i, line in enumerate(GOOD_TEXT.splitlines()):
        pdf.text(15, 20 + 7 * i, line)
    pdf.rect(15, 80, 90, 10)
    pdf.rect(105, 80, 30, 10)
    return bytes(pdf.output())


def _flip(rng: random.Random, data: bytes, count: int) -> bytes:
    out = bytearray(data)
    for _ in range(count):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _rezip(rng: random.Random, data: bytes) -> bytes:
    """A .docx with one part replaced by something hostile."""
    hostile = rng.choice([
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;</d>',
        b"<w:document>" + b"<w:p>" * rng.randrange(300, 3000),
        b"\xff\xfe<\x00w\x00",
        b"<?xml version='1.0'?><w:document xmlns:w='urn:x'><w:body></w:body></w:document>",
        bytes(rng.randrange(256) for _ in range(500)),
    ])
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "word/document.xml" or rng.random() < 0.1:
                content = hostile
            target.writestr(info.filename, content)
    return buffer.getvalue()


def make_files(folder: Path, rng: random.Random) -> list[Path]:
    """Every class of bad file the issue lists, and a few good ones as controls."""
    good = {".txt": GOOD_TEXT.encode(), ".html": _good_html(), ".docx": _good_docx(),
            ".pdf": _good_pdf()}
    made: list[Path] = []

    def put(name: str | bytes, data: bytes) -> None:
        raw = os.path.join(os.fsencode(folder), name if isinstance(name, bytes) else
                           os.fsencode(name))
        with open(raw, "wb") as handle:
            handle.write(data)
        made.append(Path(os.fsdecode(raw)))

    for suffix, data in good.items():
        put(f"good{suffix}", data)
        for i in range(20):  # byte flips, from a few to many
            put(f"flip{i}{suffix}", _flip(rng, data, rng.choice([1, 5, 50, 500])))
        for i in range(12):  # truncation anywhere
            put(f"cut{i}{suffix}", data[:rng.randrange(1, len(data))])
    for i in range(25):
        put(f"hostile{i}.docx", _rezip(rng, good[".docx"]))
    text = GOOD_TEXT + "Café £20\n"
    for encoding in ("utf-32", "utf-32-le", "utf-32-be", "utf-16", "utf-16-le", "utf-16-be",
                     "utf-8-sig", "cp1252", "latin-1", "shift_jis", "utf-7"):
        try:
            put(f"enc-{encoding}.txt", text.encode(encoding))
        except UnicodeEncodeError:
            put(f"enc-{encoding}.txt", text.encode(encoding, "replace"))
    for i in range(15):
        put(f"random{i}.txt", bytes(rng.randrange(256) for _ in range(rng.randrange(1, 5000))))
    put("nuls.txt", GOOD_TEXT.encode("utf-32-le")[1:])  # misaligned UTF-32: NULs everywhere
    put("long-line.txt", b"ACTION: JB to " + b"x" * (2 * 1024 * 1024))
    put("many-lines.txt", b"ACTION: JB to check.\n" * 20_000)
    put("rows.html", b"<table>" + b"<tr><td>JB</td><td>to send</td></tr>" * 8_000)
    put("nested.html", b"<ul><li>ACTION: JB to go" * 20_000)
    put("empty.txt", b"")
    put("spaces.txt", b" \n\t\n" * 100)
    put(b"odd-\xff\xfe-name.txt", GOOD_TEXT.encode())
    put("new\nline name.txt", GOOD_TEXT.encode())
    put("x" * 200 + ".txt", GOOD_TEXT.encode())
    put("fake.pdf", b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(3000)))
    put("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500)
    put("sheet.xlsx", good[".docx"])
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    made.append(fifo)
    for target in ("/dev/zero", "/dev/null", "/dev/urandom"):
        link = folder / f"link-{Path(target).name}.txt"
        link.symlink_to(target)
        made.append(link)
    return made


def worker(folder: str, database: str, config_path: str, share: str) -> None:
    """In a child process: ingest its share of the files, print one JSON line per file."""
    from reminders import config as config_module
    from reminders.errors import ReminderError
    from reminders.ingest import ingest_file
    from reminders.minutes.limits import shown
    from reminders.store import Store

    cfg = config_module.load(config_path)
    cfg = cfg.model_copy(update={"reading": cfg.reading.model_copy(
        update={"seconds_per_file": 1.5, "memory_mb": 1024})})
    store = Store(database)
    index, of = map(int, share.split("/"))
    for raw in sorted(os.listdir(os.fsencode(folder)))[index::of]:
        path = Path(os.fsdecode(os.path.join(os.fsencode(folder), raw)))
        record = {"name": shown(raw)}
        started = time.perf_counter()
        try:
            result = ingest_file(store, path, cfg)
            record.update(outcome="ingested", status=result.status)
        except ReminderError as exc:
            record.update(outcome="refused", message=str(exc))
        except BaseException as exc:  # what the test exists to find
            import traceback

            record.update(outcome="crash", message=traceback.format_exc(limit=3)[-500:],
                          kind=type(exc).__name__)
        record["seconds"] = round(time.perf_counter() - started, 2)
        print(json.dumps(record), flush=True)


def _limit_memory() -> None:
    ceiling = 3 * 1024 * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))


def test_malformed_files_never_crash_hang_or_store_garbage(tmp_path: Path, write_config):
    pytest.importorskip("fpdf")
    folder = tmp_path / "fuzz"
    folder.mkdir()
    made = make_files(folder, random.Random(SEED))
    assert len(made) >= 190
    config_path = write_config()
    code = ("import sys; from tests.test_fuzz_reading import worker; "
            "worker(*sys.argv[1:])")
    # Two workers (two cores), each with its own database and under its own limits.
    workers = [subprocess.Popen(
        [sys.executable, "-c", code, str(folder), f"sqlite:///{tmp_path / f'fuzz{i}.db'}",
         str(config_path), f"{i}/2"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=_limit_memory) for i in range(2)]
    records = []
    for process in workers:
        try:
            out, err = process.communicate(timeout=180)
        except subprocess.TimeoutExpired:
            for p in workers:
                p.kill()
            pytest.fail("the fuzz run hung (no file may take more than its time limit)")
        assert process.returncode == 0, err[-2000:]
        records += [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    slow = sorted((r["seconds"], r["name"][:40], r.get("message", "")[-60:]) for r in records)
    print("slowest files:", slow[-5:])
    assert len(records) == len(made)
    crashes = [r for r in records if r["outcome"] == "crash"]
    assert crashes == []
    for record in records:
        if record["outcome"] == "refused":
            message = record["message"]
            assert "\n" not in message and "Traceback" not in message, record
    by_name = {r["name"]: r for r in records}
    for name in ("good.txt", "good.html", "good.docx", "good.pdf", "enc-utf-32.txt",
                 "enc-utf-16-le.txt"):
        assert by_name[name]["outcome"] == "ingested", by_name[name]
    for name in ("pipe.txt", "link-zero.txt", "link-urandom.txt", "nuls.txt", "old.doc"):
        assert by_name[name]["outcome"] == "refused", by_name[name]
    assert "\\xff" in "".join(by_name)  # the undecodable name was handled, not skipped
    for i in range(2):
        _assert_nothing_garbled(tmp_path / f"fuzz{i}.db")


def _assert_nothing_garbled(db: Path) -> None:
    import sqlite3

    with sqlite3.connect(db) as conn:
        texts = [row[0] for row in conn.execute(
            "SELECT text FROM action UNION ALL SELECT coalesce(title, '') FROM meeting "
            "UNION ALL SELECT source FROM meeting")]
    assert texts, "the good files stored nothing"
    for text in texts:
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n")
        assert "\x00" not in text and controls == 0, repr(text[:200])
