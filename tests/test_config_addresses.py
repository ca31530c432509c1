"""Addresses in config.toml are exactly one mailbox each, parsed by the ``email`` package:
no control or line-separator characters, no lists, no groups; IDN domains delivered as
A-labels; a non-ASCII mailbox name (SMTPUTF8) refused in one line; subject_prefix checked."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from reminders import config, dispatch
from reminders.cli import main
from tests.conftest import MINIMAL_CONFIG
from tests.digest_helpers import SmtpServer, action, add

SLOT = datetime(2022, 3, 28, 6, 30, tzinfo=UTC)


def with_cc_to(value: str) -> str:
    """The minimal config with CC's ``to`` replaced (TOML basic string, escapes allowed)."""
    return MINIMAL_CONFIG.replace('to = ["cc@police.example.org"]', f'to = ["{value}"]')


@pytest.mark.parametrize("value, says", [
    ("Chief\\rBcc: victim@example.com <cc@police.example.org>", "control character U+000D"),
    ("Chief\\nBcc: victim@example.com <cc@police.example.org>", "control character U+000A"),
    ("Chief\\u0085 <cc@police.example.org>", "control character U+0085"),
    ("Chief\\u2028 <cc@police.example.org>", "control character U+2028"),
    ("Chief\\u202e <cc@police.example.org>", "control character U+202E"),
    ("victim@example.com, Chief <cc@police.example.org>", "is a list, not one email address"),
    ("Smith, John <cc@police.example.org>", "is a list, not one email address"),
    ("Chiefs: cc@police.example.org;", "is a group (NAME: ...;)"),
    ("cc-at-police", "is not an email address"),
    ("Jörg <jörg@police.example.org>", "the part before @ is not ASCII, which needs SMTPUTF8"),
], ids=["CR", "LF", "NEL", "U+2028", "bidi", "list", "unquoted comma", "group", "no @",
        "SMTPUTF8"])
def test_a_bad_address_is_one_line_naming_the_key(write_config, capsys, value, says):
    path = write_config(base=with_cc_to(value))
    assert main(["--config", str(path), "check-config"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"reminders: error: {path}: recipients.CC.to.0: ")
    assert says in err


def test_a_quoted_display_name_with_a_comma_is_one_mailbox_sent_to_its_address(write_config,
                                                                               store):
    path = write_config(base=with_cc_to('\\"Smith, John\\" <cc@police.example.org>'),
                        extra="")
    add(store, action("Late", owners="CC", due=date(2022, 3, 1)))
    with SmtpServer() as server:
        text = path.read_text() + f'[smtp]\nhost = "127.0.0.1"\nport = {server.port}\n' \
            'tls = "none"\n'
        path.write_text(text)
        cfg = config.load(path)
        assert cfg.recipients["CC"].to == ['"Smith, John" <cc@police.example.org>']
        dispatch.run_slot(cfg, store, SLOT, now=SLOT + timedelta(seconds=1))
    cc = next(m for m in server.messages if "Smith" in m["To"])
    assert cc["To"] == '"Smith, John" <cc@police.example.org>'
    assert server.recipients[0] == ["cc@police.example.org"]


def test_an_idn_domain_is_delivered_as_its_ascii_form(write_config, store):
    path = write_config(base=with_cc_to("Chief <chief@polizei-bücher.example>"))
    add(store, action("Late", owners="CC", due=date(2022, 3, 1)))
    with SmtpServer() as server:
        path.write_text(path.read_text() + f'[smtp]\nhost = "127.0.0.1"\n'
                        f'port = {server.port}\ntls = "none"\n', encoding="utf-8")
        cfg = config.load(path)
        ascii_domain = "polizei-bücher.example".encode("idna").decode()
        assert ascii_domain.startswith("xn--")
        assert cfg.recipients["CC"].to == [f"Chief <chief@{ascii_domain}>"]
        dispatch.run_slot(cfg, store, SLOT, now=SLOT + timedelta(seconds=1))
    assert [f"chief@{ascii_domain}"] in server.recipients


@pytest.mark.parametrize("prefix, says", [
    ("[reminders]\\r\\nBcc: victim@example.com", "control character U+000D"),
    ("[rem\\u2028inders]", "control character U+2028"),
    ("x" * 101, "longer than 100 characters"),
])
def test_subject_prefix_is_checked_like_header_text(write_config, capsys, prefix, says):
    base = MINIMAL_CONFIG.replace('escalation = ["cex@opcc.example.org"]',
                                  f'escalation = ["cex@opcc.example.org"]\n'
                                  f'subject_prefix = "{prefix}"')
    path = write_config(base=base)
    assert main(["--config", str(path), "check-config"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"reminders: error: {path}: mail.subject_prefix: ") and says in err


def test_the_alias_table_is_built_once_per_config(write_config):
    cfg = config.load(write_config())
    assert cfg.recipient_for("Chief Constable") == "CC"
    assert cfg._alias_table is cfg._alias_table  # cached, not rebuilt per lookup
    assert cfg.aliases() == {"cc": "CC", "chief constable": "CC", "acc": "ACC", "rc": "ACC"}
