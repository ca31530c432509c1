"""Delivery against a real SMTP server on loopback (aiosmtpd): TLS modes, login, errors that
say what to do, one connection per run, and the outbox folder."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

from reminders.mailer import Letter, SmtpTransport, envelope, open_transport
from reminders.outbox import OutboxTransport
from tests.digest_helpers import SmtpServer, free_port, load_config, self_signed, smtp_config

SLOT = datetime(2022, 3, 28, 6, 30, tzinfo=UTC)
PASSWORD_ENV = "REMINDERS_TEST_SMTP_PASSWORD"


def message(to: str = "cc@police.example.org", subject: str = "2 overdue") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Reminders <reminders@opcc.example.org>"
    msg["To"] = to
    msg["Cc"] = "acc.office@police.example.org"
    msg["Subject"] = subject
    msg["Message-ID"] = "<m1@opcc.example.org>"
    msg.set_content("A-0042 is overdue.")
    return msg


def test_envelope_is_the_sender_and_every_to_and_cc_address():
    assert envelope(message()) == ("reminders@opcc.example.org",
                                   ["cc@police.example.org", "acc.office@police.example.org"])


def test_plain_smtp_delivers_what_it_was_given(write_config):
    with SmtpServer() as server:
        config = smtp_config(write_config, server.port, tls="none")
        with open_transport(config) as transport:
            transport.send(Letter.of(message()), slot=SLOT, recipient="CC")
    assert server.recipients == [["cc@police.example.org", "acc.office@police.example.org"]]
    received = server.messages[0]
    assert received["Message-ID"] == "<m1@opcc.example.org>"
    assert received.get_content().strip() == "A-0042 is overdue."


def test_one_connection_carries_every_message_of_a_run(write_config):
    with SmtpServer() as server:
        config = smtp_config(write_config, server.port)
        with open_transport(config) as transport:
            for n in range(3):
                transport.send(Letter.of(message(subject=f"n{n}")), slot=SLOT, recipient=f"R{n}")
    assert len(server.messages) == 3
    assert len(set(server.handler.sessions)) == 1


def test_a_run_with_nothing_to_send_never_connects(write_config):
    config = smtp_config(write_config, free_port())  # nothing listens: connecting would fail
    with open_transport(config):
        pass


def test_auto_uses_starttls_when_offered(write_config, tmp_path):
    server_tls, client_tls = self_signed(tmp_path)
    with SmtpServer(tls_context=server_tls) as server:
        config = smtp_config(write_config, server.port, tls="auto")
        with SmtpTransport(config.smtp, ssl_context=client_tls) as transport:
            transport.send(Letter.of(message()), slot=SLOT, recipient="CC")
            assert transport._smtp.sock.version().startswith("TLS")
    assert len(server.messages) == 1


def test_auto_sends_in_the_clear_when_starttls_is_not_offered(write_config):
    with SmtpServer() as server:
        config = smtp_config(write_config, server.port, tls="auto")
        with open_transport(config) as transport:
            transport.send(Letter.of(message()), slot=SLOT, recipient="CC")
    assert len(server.messages) == 1


def test_starttls_required_fails_clearly_when_not_offered(write_config):
    with SmtpServer() as server:
        config = smtp_config(write_config, server.port, tls="starttls")
        with open_transport(config) as transport:
            attempt = transport.send(Letter.of(message()), slot=SLOT, recipient="CC")
    assert f"SMTP 127.0.0.1:{server.port} does not offer STARTTLS" in attempt.error
    assert server.messages == []


def test_starttls_with_an_untrusted_certificate_is_refused(write_config, tmp_path):
    server_tls, _ = self_signed(tmp_path)
    with SmtpServer(tls_context=server_tls) as server:
        config = smtp_config(write_config, server.port, tls="starttls")
        with open_transport(config) as transport:
            attempt = transport.send(Letter.of(message()), slot=SLOT, recipient="CC")
    assert "TLS failed" in attempt.error


def test_ssl_is_implicit_tls(write_config, tmp_path):
    server_tls, client_tls = self_signed(tmp_path)
    with SmtpServer(implicit_tls=server_tls) as server:
        config = smtp_config(write_config, server.port, tls="ssl")
        with SmtpTransport(config.smtp, ssl_context=client_tls) as transport:
            transport.send(Letter.of(message()), slot=SLOT, recipient="CC")
    assert len(server.messages) == 1


def test_login_uses_the_password_from_the_environment(write_config, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, "s3cret")
    with SmtpServer(logins={"reminders": "s3cret"}) as server:
        config = smtp_config(write_config, server.port, username="reminders")
        with open_transport(config) as transport:
            transport.send(Letter.of(message()), slot=SLOT, recipient="CC")
    assert len(server.messages) == 1


def test_a_refused_login_names_the_server_and_user_but_not_the_password(write_config,
                                                                        monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, "wrong-pass")
    with SmtpServer(logins={"reminders": "s3cret"}) as server:
        config = smtp_config(write_config, server.port, username="reminders")
        with open_transport(config) as transport:
            attempt = transport.send(Letter.of(message()), slot=SLOT, recipient="CC")
    text = attempt.error
    assert text.startswith(f"SMTP 127.0.0.1:{server.port} refused login for reminders: 535")
    assert "wrong-pass" not in text
    assert server.messages == []


def test_a_missing_password_variable_says_which(write_config, monkeypatch):
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    with SmtpServer(logins={"reminders": "s3cret"}) as server:
        config = smtp_config(write_config, server.port, username="reminders")
        with open_transport(config) as transport:
            attempt = transport.send(Letter.of(message()), slot=SLOT, recipient="CC")
    assert f"${PASSWORD_ENV} is not set" in attempt.error


def test_a_server_that_is_down_is_connection_refused_once_per_run(write_config):
    port = free_port()
    config = smtp_config(write_config, port)
    with open_transport(config) as transport:
        for recipient in ("CC", "ACC"):
            attempt = transport.send(Letter.of(message()), slot=SLOT, recipient=recipient)
            assert attempt.error.startswith(f"SMTP 127.0.0.1:{port}: connection refused")


def test_a_long_lived_transport_forgets_a_failure_when_the_run_ends(write_config):
    port = free_port()
    transport = SmtpTransport(smtp_config(write_config, port).smtp)
    with transport:
        attempt = transport.send(Letter.of(message()), slot=SLOT, recipient="CC")
        assert "connection refused" in attempt.error
    with SmtpServer(port=port) as server, transport:  # the server is back on the same address
        with transport:  # a slot run inside a tick: the same connection
            transport.send(Letter.of(message()), slot=SLOT, recipient="CC")
        transport.send(Letter.of(message()), slot=SLOT, recipient="ACC")
    assert len(server.messages) == 2 and len(set(server.handler.sessions)) == 1


def test_outbox_writes_one_eml_per_slot_and_recipient(write_config, tmp_path):
    config = load_config(write_config)  # no smtp.host: the outbox next to config.toml
    transport = open_transport(config)
    assert isinstance(transport, OutboxTransport)
    assert transport.folder == tmp_path / "outbox"
    with transport:
        transport.send(Letter.of(message()), slot=SLOT, recipient="CC")
        transport.send(Letter.of(message(subject="again")), slot=SLOT, recipient="CC")  # a resend
        transport.send(Letter.of(message()), slot=SLOT, recipient="secretariat")
    files = sorted(p.name for p in transport.folder.iterdir())
    assert files == ["20220328T0630Z-CC.eml", "20220328T0630Z-secretariat.eml"]
    assert b"Subject: again" in (transport.folder / files[0]).read_bytes()


def test_an_unwritable_outbox_is_a_delivery_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    attempt = OutboxTransport(blocker).send(Letter.of(message()), slot=SLOT, recipient="CC")
    assert "cannot write" in attempt.error and not attempt.accepted
