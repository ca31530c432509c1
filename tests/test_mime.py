"""reminders.mime builds the bytes the email package's content manager would: compared here
on seeded random bodies (ASCII, accented, Cyrillic-heavy enough for base64, long lines, more
and fewer than ten lines, empty) with and without attachments."""

from __future__ import annotations

import email.policy
import random
import re
from email.message import EmailMessage

import pytest

from reminders import mime

HEADERS = [("Subject", "2 overdue: actions from the holding to account meetings"),
           ("From", "Reminders <reminders@opcc.example.org>"),
           ("To", "Chief Constable <cc@police.example.org>, acc@police.example.org"),
           ("Reply-To", "policy@opcc.example.org"), ("Date", "Mon, 28 Mar 2022 07:30:05 +0100"),
           ("Message-ID", "<x1@opcc.example.org>"), ("Auto-Submitted", "auto-generated")]
WORDS = ["update", "the", "Board", "café", "résumé", "СС", "Безопасность", "—", "…",
         "https://example.org/" + "a" * 70, "&", "<b>", "=", "=3D", "\t", "x" * 90]


def content_manager(headers, text, html, attachments):
    """The reference: the email package's own calls, as render.py made them before."""
    message = EmailMessage(policy=email.policy.SMTP)
    for name, value in headers:
        message[name] = value
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    for a in attachments:
        message.add_attachment(a.text, subtype=a.subtype, filename=a.filename,
                               params=dict(a.params) or None)
    return message


def wire(message) -> bytes:
    data = message.as_bytes(policy=email.policy.SMTP)
    for n, boundary in enumerate(dict.fromkeys(re.findall(rb'boundary="([^"]+)"', data))):
        data = data.replace(boundary, b"B%d" % n)
    return data


def body(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.choice([0, 1, 3, 10, 11, 40])):
        style = rng.random()
        pool = WORDS[:5] if style < 0.4 else WORDS[5:9] if style < 0.6 else WORDS
        lines.append(" ".join(rng.choice(pool) for _ in range(rng.randint(0, 25))))
    return "\n".join(lines) + rng.choice(["", "\n"])


@pytest.mark.parametrize("seed", range(60))
def test_same_bytes_as_the_content_manager(seed):
    rng = random.Random(seed)
    attachments = [mime.Attachment(body(rng), "calendar", "deadlines.ics",
                                   (("method", "PUBLISH"),)),
                   mime.Attachment(body(rng), "csv", "overview.csv")][:rng.choice([0, 1, 2])]
    text, html = body(rng), body(rng)
    ours = mime.message(HEADERS, text, html, tuple(attachments), unique=("Message-ID",))
    theirs = content_manager(HEADERS, text, html, attachments)
    assert wire(ours) == wire(theirs)
    # mime.POLICY folds shared headers from memory and mime.to_bytes writes bodies whole:
    # the stock generator's bytes, the first time and after
    assert mime.to_bytes(ours) == ours.as_bytes(policy=email.policy.SMTP)
    assert mime.to_bytes(ours) == ours.as_bytes(policy=email.policy.SMTP)


@pytest.mark.parametrize("seed", range(20))
def test_quoted_printable_is_quoprimimes(seed):
    from email import quoprimime

    rng = random.Random(seed)
    octets = [*"abc =\t \r\n~<>", "\x00", "\x7f", "\xe9", "\xff", "=3D", "  \n", "\t\n"]
    for _ in range(100):
        text = "".join(rng.choice(octets) for _ in range(rng.randint(0, 400)))
        for width in (4, 10, 76, 78):
            assert mime._quoted_printable(text, width) == quoprimime.body_encode(text, width)


def test_a_cyrillic_body_goes_base64_as_the_content_manager_would():
    text = "\n".join(["Безопасность дорожного движения " * 4] * 12)
    message = mime.message(HEADERS, text, "<p>x</p>")
    part = message.get_body(("plain",))
    assert part["Content-Transfer-Encoding"] == "base64"
    assert part.get_content().replace("\r\n", "\n") == text + "\n"  # base64 keeps CRLF
    assert wire(message) == wire(content_manager(HEADERS, text, "<p>x</p>", []))


def test_the_boundary_is_redrawn_when_a_body_contains_it(monkeypatch):
    monkeypatch.setattr(mime, "_BOUNDARIES", {})
    draws = iter([7, 8, 9, 10])
    monkeypatch.setattr(mime.random, "randrange", lambda _n: next(draws))
    first = "=" * 15 + mime._TOKEN % 7 + "=="
    assert mime.message(HEADERS, "plain", "<p>x</p>").get_boundary() == first
    clash = mime.message(HEADERS, f"a line with {first} in it", "<p>x</p>")
    assert clash.get_boundary() == "=" * 15 + mime._TOKEN % 8 + "=="
    assert mime.message(HEADERS, "plain again", "<p>x</p>").get_boundary() == first


def test_nested_containers_never_share_a_boundary(monkeypatch):
    monkeypatch.setattr(mime, "_BOUNDARIES", {})
    draws = iter([7, 7, 8])  # mixed would draw the alternative's boundary first
    monkeypatch.setattr(mime.random, "randrange", lambda _n: next(draws))
    message = mime.message(HEADERS, "t", "<p>h</p>", (mime.Attachment("a", "csv", "a.csv"),))
    inner = message.get_payload()[0]
    assert message.get_boundary() != inner.get_boundary()
    monkeypatch.undo()
    assert wire(message) == wire(content_manager(HEADERS, "t", "<p>h</p>",
                                                 [mime.Attachment("a", "csv", "a.csv")]))
