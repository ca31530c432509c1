"""Deliver: put finished messages on the wire, or in the outbox folder. Nothing else.

A transport is a context manager around one run: the SMTP one connects on the first
message (a run with nothing to send never touches the server), sends every message over that
one connection, and quits on exit. When connecting fails it remembers why and fails the rest
of the run at once, instead of waiting out the timeout once per recipient. ``send`` returns
an ``Attempt``: each envelope address's answer (accepted, refused for good by a 5xx,
deferred by a 4xx), or why the whole message failed, in one line naming the server. After a
421 or a dropped connection the connection is closed and the next message opens a new one.
The password is read from the environment when logging in and never logged.
"""

from __future__ import annotations

import contextlib
import logging
import smtplib
import socket
import ssl
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import getaddresses
from typing import Protocol

from reminders.addresses import bare
from reminders.config import Config, Smtp
from reminders.errors import DeliveryError
from reminders.mime import to_bytes

log = logging.getLogger(__name__)


@dataclass
class Attempt:
    """What one send attempt came to, per address, as the server answered it."""

    accepted: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)  # permanent (5xx): address -> reply
    deferred: dict[str, str] = field(default_factory=dict)  # temporary (4xx): address -> reply
    error: str | None = None  # the whole message failed: why, one line
    permanent: bool = False  # ... for good (a 5xx to MAIL FROM or DATA)
    dropped: bool = False  # the server took the data, then dropped the connection
    answer: str = ""  # the reply to the message ("250 2.0.0 Ok: queued as ..."), or the file


@dataclass(frozen=True)
class Letter:
    """A message as a transport sees it: the envelope and the bytes on the wire.

    Why not the ``EmailMessage``: the bytes are what SMTP carries, and a message composed in
    another process (``reminders.composer``) crosses over as these, not as a parse tree.
    """

    sender: str
    recipients: tuple[str, ...]
    data: bytes

    @classmethod
    def of(cls, message: EmailMessage, to: Iterable[str] | None = None) -> Letter:
        """``message`` for the envelope ``to`` (default: every To/Cc/Bcc address)."""
        if to is None:
            sender, recipients = envelope(message)
            return cls(sender, tuple(recipients), to_bytes(message))
        # With the envelope given, only the From is parsed (once per process: ``bare``).
        return cls(bare(str(message["From"])), tuple(to), to_bytes(message))


class Transport(Protocol):
    """What dispatch needs: ``with transport: transport.send(...)`` for each message."""

    def __enter__(self) -> Transport: ...

    def __exit__(self, *exc_info) -> None: ...

    def send(self, letter: Letter, *, slot: datetime, recipient: str) -> Attempt: ...


def open_transport(config: Config, *, ssl_context: ssl.SSLContext | None = None) -> Transport:
    """The configured transport: SMTP when ``smtp.host`` is set, else the outbox folder."""
    if config.smtp.host:
        return SmtpTransport(config.smtp, ssl_context=ssl_context)
    from reminders.outbox import OutboxTransport  # outbox imports Attempt from here

    return OutboxTransport(config.resolve_path(config.mail.outbox))


def envelope(message: EmailMessage) -> tuple[str, list[str]]:
    """Sender and every To/Cc/Bcc address: who the server is asked to deliver to."""
    sender = bare(str(message["From"]))
    fields = [str(v) for key in ("To", "Cc", "Bcc") for v in message.get_all(key, [])]
    return sender, [address for _, address in getaddresses(fields) if address]


class SmtpTransport:
    """One SMTP connection per run; TLS per ``smtp.tls``; login when a username is set.

    ``ssl_context`` defaults to the system's trust store (``SSL_CERT_FILE`` is honoured);
    tests pass one that trusts their self-signed certificate.
    """

    def __init__(self, settings: Smtp, *, ssl_context: ssl.SSLContext | None = None) -> None:
        self.settings = settings
        self.where = f"SMTP {settings.host}:{settings.port}"
        self._context = ssl_context
        self._smtp: smtplib.SMTP | None = None
        self._broken: DeliveryError | None = None
        self._depth = 0

    def __enter__(self) -> SmtpTransport:
        self._depth += 1
        return self

    def __exit__(self, *exc_info) -> None:
        # Re-entrant: a tick and the slot runs inside it share one connection, closed when
        # the outermost run ends, so a long-lived transport never holds an idle connection
        # (or a remembered failure) from one run into the next.
        self._depth = max(self._depth - 1, 0)
        if self._depth == 0:
            self.close()

    def close(self) -> None:
        smtp, self._smtp, self._broken = self._smtp, None, None
        if smtp is not None:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                smtp.close()

    def send(self, letter: Letter, *, slot: datetime, recipient: str) -> Attempt:
        """Offer ``letter`` to the server for its envelope.

        Each address gets its own answer; a failure of the whole message is ``error``. After
        a 421 or a dropped connection the connection is closed, so the next message opens a
        fresh one and never inherits this one's fate.
        """
        try:
            smtp = self._connection()
        except DeliveryError as exc:
            return Attempt(error=str(exc))
        try:
            return self._transaction(smtp, letter.sender, letter.recipients, letter.data,
                                     recipient)
        except smtplib.SMTPServerDisconnected as exc:
            self._drop(smtp)
            return Attempt(error=f"{self.where}: connection lost while sending the "
                                 f"{recipient} digest: {_oneline(exc)}")
        except (smtplib.SMTPException, OSError) as exc:
            self._drop(smtp)
            return Attempt(error=f"{self.where}: {_oneline(exc)}")

    def _transaction(self, smtp: smtplib.SMTP, sender: str, recipients: tuple[str, ...],
                     data: bytes, recipient: str) -> Attempt:
        code, reply = self._mail(smtp, sender)
        if code != 250:
            return self._failed(smtp, code, reply, f"refused the sender {sender}")
        attempt = Attempt()
        for address in recipients:
            code, reply = smtp.rcpt(address)
            if code in (250, 251):
                attempt.accepted.append(address)
            elif code == 421:
                return self._failed(smtp, code, reply, f"closed the connection at {address}")
            elif 500 <= code < 600:
                attempt.refused[address] = _reply(code, reply)
            else:
                attempt.deferred[address] = _reply(code, reply)
        if not attempt.accepted:
            self._rset(smtp)
            return attempt
        try:
            code, reply = smtp.data(data)
        except smtplib.SMTPDataError as exc:  # DATA itself refused, before the content
            return self._failed(smtp, exc.smtp_code, exc.smtp_error,
                                f"refused the {recipient} digest")
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self._drop(smtp)
            return Attempt(error=f"{self.where} took the {recipient} digest and dropped the "
                                 f"connection before answering: {_oneline(exc)}",
                           dropped=True)
        if code != 250:
            return self._failed(smtp, code, reply, f"rejected the {recipient} digest")
        attempt.answer = _reply(code, reply)
        return attempt

    def _mail(self, smtp: smtplib.SMTP, sender: str) -> tuple[int, bytes]:
        """MAIL FROM; a connection the server closed while idle is reopened once."""
        try:
            return smtp.mail(sender)
        except smtplib.SMTPServerDisconnected:
            self._drop(smtp)
            return self._connection().mail(sender)

    def _failed(self, smtp: smtplib.SMTP, code: int, reply: bytes | str, what: str) -> Attempt:
        """The whole message failed: permanent for 5xx; 421 means the connection is gone."""
        if code == 421 or code < 0:
            self._drop(smtp)
        else:
            self._rset(smtp)
        return Attempt(error=f"{self.where} {what}: {_reply(code, reply)}",
                       permanent=500 <= code < 600)

    def _rset(self, smtp: smtplib.SMTP) -> None:
        try:
            smtp.rset()
        except (smtplib.SMTPException, OSError):
            self._drop(smtp)

    def _drop(self, smtp: smtplib.SMTP) -> None:
        _close(smtp)
        if self._smtp is smtp:
            self._smtp = None

    def _connection(self) -> smtplib.SMTP:
        if self._broken is not None:
            raise self._broken
        if self._smtp is None:
            try:
                self._smtp = self._connect()
            except DeliveryError as exc:
                self._broken = exc
                raise
        return self._smtp

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        context = self._context or ssl.create_default_context()
        smtp: smtplib.SMTP | None = None
        try:
            if s.tls == "ssl":
                smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout_seconds,
                                        context=context)
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout_seconds)
            smtp.ehlo()
            if s.tls in ("auto", "starttls"):
                if smtp.has_extn("starttls"):
                    smtp.starttls(context=context)
                    smtp.ehlo()
                elif s.tls == "starttls":
                    raise DeliveryError(
                        f"{self.where} does not offer STARTTLS, and smtp.tls is 'starttls'",
                        "use tls = 'ssl' with port 465 if the server wants implicit TLS, "
                        "or tls = 'auto' to allow plain text",
                    )
            if s.username:
                self._login(smtp)
            return smtp
        except DeliveryError:
            _close(smtp)
            raise
        except ConnectionRefusedError:
            _close(smtp)
            raise DeliveryError(f"{self.where}: connection refused",
                                "is the server up? check smtp.host and smtp.port") from None
        except TimeoutError:
            _close(smtp)
            raise DeliveryError(f"{self.where}: no answer within {s.timeout_seconds:g}s",
                                "check smtp.host, smtp.port and any firewall") from None
        except socket.gaierror as exc:
            _close(smtp)
            raise DeliveryError(f"{self.where}: unknown host ({exc.strerror})",
                                "check smtp.host") from None
        except ssl.SSLError as exc:
            _close(smtp)
            raise DeliveryError(f"{self.where}: TLS failed: {_oneline(exc)}",
                                "check smtp.tls and smtp.port (465 is 'ssl', 587 'starttls')"
                                ) from None
        except (smtplib.SMTPException, OSError) as exc:
            _close(smtp)
            raise DeliveryError(f"{self.where}: {_oneline(exc)}") from None

    def _login(self, smtp: smtplib.SMTP) -> None:
        s = self.settings
        password = s.password()
        if not password:
            raise DeliveryError(f"{self.where}: smtp.username is {s.username!r} but "
                                f"${s.password_env} is not set",
                                f"export {s.password_env}=... in the service's environment")
        try:
            smtp.login(s.username, password)
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryError(f"{self.where} refused login for {s.username}: "
                                f"{_reply(exc.smtp_code, exc.smtp_error)}",
                                f"check smtp.username and ${s.password_env}") from None
        except smtplib.SMTPNotSupportedError:
            raise DeliveryError(f"{self.where} does not offer login (AUTH) here",
                                "the server may allow it only after TLS: check smtp.tls"
                                ) from None


    def check(self) -> str:
        """Connect, negotiate TLS and log in as a run would, then quit: for check-config.

        Raises the DeliveryError a run would meet; returns how the session went.
        """
        with self:
            smtp = self._connection()
            tls = "TLS" if isinstance(smtp.sock, ssl.SSLSocket) else "no TLS"
            login = f", logged in as {self.settings.username}" if self.settings.username else ""
            return f"{self.where}: connected ({tls}{login})"


def _close(smtp: smtplib.SMTP | None) -> None:
    if smtp is not None:
        with contextlib.suppress(OSError):
            smtp.close()


def _reply(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {_oneline(words)}"


def _oneline(value: object) -> str:
    return " ".join(str(value).split()) or type(value).__name__
