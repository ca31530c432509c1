"""Tiny builders for the digest tests: named recipients, rows, a real SMTP server on loopback."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import itertools
import socket
import ssl
import threading
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from reminders import config as config_module
from reminders.config import Config
from reminders.models import Action, Meeting
from reminders.store import Store

# Three named owners: CC and ACC from the shared minimal config, plus DPCC with an alias.
DIGEST_CONFIG = """
[recipients.DPCC]
name = "Deputy Police and Crime Commissioner"
to = ["dpcc@opcc.example.org"]
aliases = ["Deputy PCC"]
"""

OCTOBER = date(2021, 10, 4)  # the meeting most actions come from
_ids = itertools.count(1)


def load_config(write_config, extra: str = "", top: str = "") -> Config:
    return config_module.load(write_config(DIGEST_CONFIG + extra, top=top))


def meeting(*, id: int | None = None, title: str = "Monthly Assurance Meeting October 2021",
            on: date | None = OCTOBER, warnings: str = "[]",
            ingested_at: datetime | None = None) -> Meeting:
    return Meeting(id=id, key=f"{on}|{title.casefold()}", title=title, date=on,
                   warnings=warnings, source="minutes.txt", source_sha256="x",
                   ingested_at=ingested_at or datetime(2021, 10, 5, tzinfo=UTC))


def action(text: str, owners: str = "CC", due: date | None = None, *, id: int | None = None,
           meeting_id: int | None = None, basis: str | None = "stated",
           due_words: str | None = "in 6 months", item: str | None = "1.2",
           status: str = "open") -> Action:
    now = datetime(2021, 10, 5, tzinfo=UTC)
    return Action(id=id if id is not None else next(_ids), meeting_id=meeting_id or 0,
                  text=text, owners=owners, due=due, basis=basis, due_words=due_words,
                  item=item, status=status, source="minutes.txt", fingerprint=text.casefold(),
                  created_at=now, updated_at=now)


def add(store: Store, *actions: Action, of: Meeting | None = None) -> list[Action]:
    """Store a meeting and its actions; ids are assigned by the database."""
    with store.session() as session:
        held = of or meeting()
        session.add(held)
        session.flush()
        for row in actions:
            row.id = None
            row.meeting_id = held.id
            session.add(row)
    return list(actions)


# --------------------------------------------------------------------------- SMTP on loopback


def free_port() -> int:
    """A port nothing listens on (also what 'the server is down' looks like)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Collector:
    """An aiosmtpd handler that keeps every envelope and which session brought it."""

    envelopes: list = field(default_factory=list)
    sessions: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.envelopes.append(envelope)
            self.sessions.append(id(session))
        return "250 OK"


class SmtpServer:
    """A real SMTP server in this process: ``with SmtpServer() as server: ... server.port``."""

    def __init__(self, *, tls_context: ssl.SSLContext | None = None,
                 implicit_tls: ssl.SSLContext | None = None,
                 logins: dict[str, str] | None = None, port: int | None = None) -> None:
        self.handler = Collector()
        self.port = port or free_port()
        self.logins = logins
        kwargs: dict = {}
        if tls_context is not None:
            kwargs.update(tls_context=tls_context, require_starttls=False)
        if logins is not None:
            kwargs.update(authenticator=self._authenticate, auth_require_tls=False)
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port,
                                     ssl_context=implicit_tls, **kwargs)

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        login = auth_data.login.decode()
        ok = self.logins.get(login) == auth_data.password.decode()
        return AuthResult(success=ok, handled=False)

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.controller.stop()

    @property
    def messages(self) -> list[EmailMessage]:
        return [email.message_from_bytes(e.original_content, policy=email.policy.default)
                for e in self.handler.envelopes]

    @property
    def recipients(self) -> list[list[str]]:
        return [list(e.rcpt_tos) for e in self.handler.envelopes]


def smtp_config(write_config, port: int, *, tls: str = "none", extra: str = "",
                username: str = "") -> Config:
    user = f'username = "{username}"\npassword_env = "REMINDERS_TEST_SMTP_PASSWORD"\n' \
        if username else ""
    return load_config(write_config, f"""
[smtp]
host = "127.0.0.1"
port = {port}
tls = "{tls}"
timeout_seconds = 5
{user}{extra}""")


def self_signed(folder: Path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """(server context, client context trusting it) for 127.0.0.1, made fresh per test."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert_path, key_path)
    client = ssl.create_default_context(cafile=str(cert_path))
    return server, client
