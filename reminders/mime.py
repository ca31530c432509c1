"""Assemble an email from rendered parts: the content manager's result, without its rework.

Why this exists: ``EmailMessage.set_content``, ``add_alternative`` and ``add_attachment``
parse every header value from text, re-parse a Content-Type on each ``set_param`` and move
headers about as a message turns multipart. Composing 2,000 digests spent more time there
than in the templates. Here each header is still made by the email package's own header
factory (so headers are still built only through the ``email`` package), but a distinct
value is parsed once per process: header objects are immutable, so messages share them.
Each body's transfer encoding is picked by the content manager's own rule (7bit, 8bit,
else the shorter of quoted-printable and base64 on the first ten lines).

The structure and bytes are exactly those of the content manager's calls (tests/test_mime.py
builds both ways and compares): the same header order, the ``MIME-Version`` the content
manager leaves on each added part, and a boundary chosen, as the generator would, so that
no body contains it (one per process, so its header too is parsed once).
"""

from __future__ import annotations

import binascii
import random
import re
import sys
import threading
from dataclasses import dataclass
from email import quoprimime
from email.generator import NLCRE, BytesGenerator
from email.message import EmailMessage
from email.policy import EmailPolicy
from io import BytesIO

_TOKEN = f"%0{len(repr(sys.maxsize - 1))}d"  # the generator's own boundary format


@dataclass(frozen=True)
class Attachment:
    text: str
    subtype: str  # text/<subtype>
    filename: str
    params: tuple[tuple[str, str], ...] = ()  # extra Content-Type parameters, in order


class _Policy(EmailPolicy):
    """The SMTP policy, remembering how each shared header object folds (and how many of
    each header a message may have).

    Folding a parsed header costs about as much again as parsing it, and a message has
    some twenty headers, most of them shared (``header``). Only objects ``header`` holds
    are remembered, keyed by identity and by the policy's folding settings (the generator
    folds a part's headers under a clone with its own line ending).
    """

    def header_max_count(self, name):
        """Asked on every header set: read from the class made once per name."""
        return header_class(name).max_count

    def fold_binary(self, name, value):
        if id(value) not in _SHARED:
            return super().fold_binary(name, value)
        key = (id(value), self.linesep, self.max_line_length, self.utf8, self.cte_type)
        folded = _FOLDED.get(key)
        if folded is None:
            folded = super().fold_binary(name, value)
            with _LOCK:  # ``value`` is alive, so no other object can hold its id meanwhile
                if id(value) in _SHARED:
                    _FOLDED[key] = folded
        return folded


POLICY = _Policy(linesep="\r\n")  # email.policy.SMTP, with the memory above
_LIMIT = 4096  # distinct header values kept: subjects, senders, part headers
_HEADERS: dict[tuple[str, str], object] = {}
_SHARED: set[int] = set()  # ids of the objects in _HEADERS (alive, so ids are unique)
_FOLDED: dict[tuple, bytes] = {}
_CLASSES: dict[str, type] = {}
_LOCK = threading.Lock()


def header_class(name: str):
    """The email package's class for header ``name``: ``header_class(name)(name, value)``
    is ``POLICY.header_factory(name, value)``, but the registry makes a new class on every
    lookup (``type(...)``: a sixth of parsing a To), where one per name serves."""
    found = _CLASSES.get(name)
    if found is None:
        found = _CLASSES[name] = POLICY.header_factory[name]
    return found


def header(name: str, value: str):
    """The email package's header object for ``value``, parsed once per distinct value."""
    found = _HEADERS.get((name, value))
    if found is None:
        made = header_class(name)(name, value)
        with _LOCK:  # the daemon's jobs run in threads of their own
            if len(_HEADERS) >= _LIMIT:
                _forget_locked()
            found = _HEADERS.setdefault((name, value), made)
            _SHARED.add(id(found))
    return found


def forget() -> None:
    """Drop the remembered headers (after a big run: their parse trees pin memory)."""
    with _LOCK:
        _forget_locked()


def _forget_locked() -> None:
    _HEADERS.clear()
    _SHARED.clear()
    _FOLDED.clear()


def message(headers: list[tuple[str, str]], text: str, html: str,
            attachments: tuple[Attachment, ...] = (), *, unique: tuple[str, ...] = ()
            ) -> EmailMessage:
    """``headers`` then a text/html alternative, then the attachments (multipart/mixed).

    Names in ``unique`` (a Message-ID) are parsed afresh rather than remembered.
    """
    alternative = [_leaf(header("Content-Type", 'text/plain; charset="utf-8"'), text),
                   _leaf(header("Content-Type", 'text/html; charset="utf-8"'), html,
                         added=True)]
    parts = [_attachment(a) for a in attachments]
    root = EmailMessage(policy=POLICY)
    for name, value in headers:
        root[name] = header_class(name)(name, value) if name in unique else header(
            name, value)
    root["MIME-Version"] = header("MIME-Version", "1.0")
    if not parts:
        _multipart(root, "alternative", alternative)
        return root
    inner = EmailMessage(policy=POLICY)
    _multipart(inner, "alternative", alternative)
    _multipart(root, "mixed", [inner, *parts])
    return root


def _leaf(content_type, body: str, *, added: bool = False, disposition: str = "",
          after: bool = False) -> EmailMessage:
    """A text part with the content manager's headers, in its order.

    ``added``: a part made by ``add_*`` (the content manager gives it ``MIME-Version``);
    ``after``: the Content-Type re-set after the disposition (extra parameters do that).
    """
    cte, payload = _encode(body)
    part = EmailMessage(policy=POLICY)
    if not after:
        part["Content-Type"] = content_type
    part["Content-Transfer-Encoding"] = header("Content-Transfer-Encoding", cte)
    if disposition:
        part["Content-Disposition"] = header("Content-Disposition", disposition)
    if after:
        part["Content-Type"] = content_type
    if added:
        part["MIME-Version"] = header("MIME-Version", "1.0")
    part.set_payload(payload)
    return part


def _attachment(attachment: Attachment) -> EmailMessage:
    params = "".join(f'; {key}="{value}"' for key, value in attachment.params)
    content_type = header("Content-Type",
                          f'text/{attachment.subtype}; charset="utf-8"{params}')
    return _leaf(content_type, attachment.text, added=True,
                 disposition=f'attachment; filename="{attachment.filename}"',
                 after=bool(attachment.params))


def _multipart(container: EmailMessage, subtype: str, parts: list[EmailMessage]) -> None:
    boundary = _boundary(subtype, parts)
    container["Content-Type"] = header("Content-Type",
                                       f'multipart/{subtype}; boundary="{boundary}"')
    for part in parts:
        container.attach(part)


_BOUNDARIES: dict[str, str] = {}  # per subtype, drawn once per process


def _boundary(subtype: str, parts: list[EmailMessage]) -> str:
    """The generator's kind of boundary, one per subtype for the process (a boundary only
    has to be absent from its own message, so its header is parsed once), redrawn for a
    message whose bodies, or nested boundaries, contain it."""
    texts = [text for part in parts for text in _texts(part)]
    boundary = _BOUNDARIES.get(subtype) or _BOUNDARIES.setdefault(subtype, _draw())
    while any(boundary in text for text in texts):
        boundary = _draw()
    return boundary


def _draw() -> str:
    return "=" * 15 + _TOKEN % random.randrange(sys.maxsize) + "=="


def _texts(part: EmailMessage) -> list[str]:
    """The bodies below ``part`` and the boundaries of the containers among them."""
    payload = part.get_payload()
    if not isinstance(payload, list):
        return [payload]
    return [part.get_boundary(""), *(t for p in payload for t in _texts(p))]


def _encode(text: str) -> tuple[str, str]:
    """(transfer encoding, encoded body): ``email.contentmanager``'s choice for utf-8 text
    under the SMTP policy: 7bit or 8bit when every line fits, else whichever of
    quoted-printable and base64 is shorter on the first ten lines."""
    lines = text.encode("utf-8").splitlines()
    limit = POLICY.max_line_length
    normal = b"\n".join(lines) + b"\n"
    if max(map(len, lines), default=0) <= limit:
        try:
            return "7bit", normal.decode("ascii")
        except UnicodeDecodeError:
            return "8bit", normal.decode("ascii", "surrogateescape")
    linesep = POLICY.linesep.encode("ascii")
    sniff = linesep.join(lines[:10]) + linesep
    sniff_qp = _quoted_printable(sniff.decode("latin-1"), limit)
    if len(sniff_qp) > len(binascii.b2a_base64(sniff)):
        embedded = linesep.join(lines) + linesep
        return "base64", _base64(embedded, limit)
    if len(lines) <= 10:
        return "quoted-printable", sniff_qp
    return "quoted-printable", _quoted_printable(normal.decode("latin-1"), limit)


def _base64(data: bytes, max_line_length: int) -> str:
    unencoded = max_line_length // 4 * 3
    return "".join(binascii.b2a_base64(data[i:i + unencoded]).decode("ascii")
                   for i in range(0, len(data), unencoded))


# quoprimime's body quoting, in two C-speed steps instead of a 256-entry translate table
# (a third of composing a long digest): "=" first, then the few other octets it quotes.
# After "=" became "=3D", so "=" is left alone. Written as one octet then the rest of the run:
# that form lets the engine skip safe text at C speed (a plain "+" is twice as slow).
_UNSAFE = re.compile(r"[^\t\n\r -~][^\t\n\r -~]*")


def _quoted_run(match: re.Match) -> str:
    """"=E2=80=93" for a run of octets (the body is UTF-8 read as Latin-1): one call per
    run, so a non-ASCII character costs one call rather than one per octet."""
    return "=" + match.group().encode("latin-1").hex("=").upper()


def _quoted_printable(body: str, maxlinelen: int) -> str:
    """``email.quoprimime.body_encode(body, maxlinelen)``, the same text (tests compare)."""
    if not body:
        return body
    body = _UNSAFE.sub(_quoted_run, body.replace("=", "=3D"))
    soft_break, width = "=\n", maxlinelen - 1
    encoded: list[str] = []
    for line in body.splitlines():
        start, laststart = 0, len(line) - 1 - maxlinelen
        while start <= laststart:  # pieces of maxlinelen - 1, never inside an escape
            stop = start + width
            if line[stop - 2] == "=":
                encoded.append(line[start:stop - 1])
                start = stop - 2
            elif line[stop - 1] == "=":
                encoded.append(line[start:stop])
                start = stop - 1
            else:
                encoded.append(line[start:stop] + "=")
                start = stop
        if line and line[-1] in " \t":  # a blank at the end of a line is quoted
            room = start - laststart
            if room >= 3:
                tail = quoprimime.quote(line[-1])
            elif room == 2:
                tail = line[-1] + soft_break
            else:
                tail = soft_break + quoprimime.quote(line[-1])
            encoded.append(line[start:-1] + tail)
        else:
            encoded.append(line[start:])
    if body[-1] in "\r\n":
        encoded.append("")
    return "\n".join(encoded)


class _Generator(BytesGenerator):
    """The email package's BytesGenerator, writing each body in one piece: the stock one
    writes a long digest line by line, a million small writes per run. Same bytes."""

    def _write_lines(self, lines: str) -> None:
        if lines:
            # Bodies made here end lines with "\n" only: a plain replace is the same as the
            # stock pattern's and several times faster on a 100 KB part.
            self.write(lines.replace("\n", self._NL) if "\r" not in lines
                       else NLCRE.sub(self._NL, lines))


def to_bytes(message: EmailMessage) -> bytes:
    """``message.as_bytes(policy=POLICY)``: the wire form."""
    out = BytesIO()
    _Generator(out, mangle_from_=False, policy=POLICY).flatten(message, unixfrom=False)
    return out.getvalue()
