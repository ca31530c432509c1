"""Deliver: put finished messages on the wire, or in the outbox folder. Nothing else.

A transport is a context manager around one run: the SMTP one connects on the first
message (a run with nothing to send never touches the server), sends every message over that
one connection, and quits on exit. When connecting fails it remembers why and fails the rest
of the run at once, instead of waiting out the timeout once per recipient. Every failure is
a ``DeliveryError`` whose message names the server and says what happened; the password is
read from the environment when logging in and never logged or put in a message.
"""

from __future__ import annotations

import logging
import os
import re
import smtplib
import socket
import ssl
import tempfile
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import getaddresses, parseaddr
from pathlib import Path
from typing import Protocol

from reminders.config import Config, Smtp
from reminders.errors import DeliveryError

log = logging.getLogger(__name__)


class Transport(Protocol):
    """What dispatch needs: ``with transport: transport.send(...)`` for each message."""

    def __enter__(self) -> Transport: ...

    def __exit__(self, *exc_info) -> None: ...

    def send(self, message: EmailMessage, *, slot: datetime, recipient: str) -> None: ...


def open_transport(config: Config, *, ssl_context: ssl.SSLContext | None = None) -> Transport:
    """The configured transport: SMTP when ``smtp.host`` is set, else the outbox folder."""
    if config.smtp.host:
        return SmtpTransport(config.smtp, ssl_context=ssl_context)
    return OutboxTransport(config.resolve_path(config.mail.outbox))


def envelope(message: EmailMessage) -> tuple[str, list[str]]:
    """Sender and every To/Cc/Bcc address: who the server is asked to deliver to."""
    sender = parseaddr(str(message["From"]))[1]
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

    def send(self, message: EmailMessage, *, slot: datetime, recipient: str) -> None:
        """Hand ``message`` to the server; return only once it has accepted it."""
        smtp = self._connection()
        sender, recipients = envelope(message)
        try:
            refused = smtp.sendmail(sender, recipients, message.as_bytes(policy=SMTP_POLICY))
        except smtplib.SMTPRecipientsRefused as exc:
            raise DeliveryError(f"{self.where} refused every recipient of the {recipient} "
                                f"digest: {_refusals(exc.recipients)}",
                                "check the addresses in config.toml") from None
        except smtplib.SMTPSenderRefused as exc:
            raise DeliveryError(f"{self.where} refused the sender {exc.sender}: "
                                f"{_reply(exc.smtp_code, exc.smtp_error)}",
                                "check mail.from, and that the login may send as it") from None
        except smtplib.SMTPResponseException as exc:
            raise DeliveryError(f"{self.where} rejected the {recipient} digest: "
                                f"{_reply(exc.smtp_code, exc.smtp_error)}") from None
        except (smtplib.SMTPException, OSError) as exc:
            self._smtp = None  # the connection is gone; the next message reconnects
            raise DeliveryError(f"{self.where}: connection lost while sending: "
                                f"{_oneline(exc)}") from None
        if refused:
            log.warning("%s refused some recipients of the %s digest: %s", self.where,
                        recipient, _refusals(refused))

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


class OutboxTransport:
    """Write each message to ``FOLDER/<slot>-<recipient>.eml``, atomically.

    A resend of the same (slot, recipient) replaces its file, so the outbox holds at most
    one file per digest, like the mailbox of someone whose client de-duplicates.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def __enter__(self) -> OutboxTransport:
        return self

    def __exit__(self, *exc_info) -> None:
        pass

    def path_for(self, *, slot: datetime, recipient: str) -> Path:
        safe = re.sub(r"[^A-Za-z0-9._-]+", "_", recipient).strip("._") or "recipient"
        return self.folder / f"{slot.astimezone(UTC):%Y%m%dT%H%MZ}-{safe}.eml"

    def send(self, message: EmailMessage, *, slot: datetime, recipient: str) -> None:
        target = self.path_for(slot=slot, recipient=recipient)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(message.as_bytes(policy=SMTP_POLICY))
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(temp, target)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise DeliveryError(f"outbox {self.folder}: cannot write {target.name}: "
                                f"{exc.strerror or exc}",
                                "check mail.outbox exists and is writable") from None


def _close(smtp: smtplib.SMTP | None) -> None:
    if smtp is not None:
        smtp.close()


def _reply(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {_oneline(words)}"


def _refusals(refused: dict) -> str:
    return "; ".join(f"{address} ({_reply(*reply)})" for address, reply in refused.items())


def _oneline(value: object) -> str:
    return " ".join(str(value).split()) or type(value).__name__
