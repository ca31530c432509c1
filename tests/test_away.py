"""Recipients away: while ``away_until`` lasts, an owner's digest goes to their ``deputy``
(and says so), the owner is copied for their return, and the config refuses a deputy that
is not another recipient. On the wire: a real SMTP server receives it at the deputy's address.
"""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, date, datetime

import pytest
from freezegun import freeze_time

from reminders import config as config_module
from reminders.away import stand_in
from reminders.cli import main
from reminders.digest import Inputs
from reminders.errors import ConfigError
from reminders.mailer import Letter, open_transport
from reminders.planning import plan
from reminders.render import compose_digest, render
from tests.digest_helpers import SmtpServer, action, meeting

MONDAY = date(2022, 3, 28)
WHEN = datetime(2022, 3, 28, 6, 30, 5, tzinfo=UTC)
OCT = meeting(id=1)
LATE = [action("Report on custody inspections.", owners="CC", due=date(2022, 1, 3), id=101),
        action("Brief the panel on knife crime.", owners="CC", due=date(2022, 4, 1), id=102)]

AWAY = """
[recipients.CC]
name = "Chief Constable"
to = ["cc@police.example.org"]
cc = ["cc.office@police.example.org"]
aliases = ["Chief Constable"]
away_until = {until}
deputy = "{deputy}"
[recipients.DCC]
name = "Deputy Chief Constable"
to = ["dcc@police.example.org"]
cc = ["dcc.office@police.example.org"]
{dcc}
[recipients.ACC]
name = "Assistant Chief Constable"
to = ["acc@police.example.org"]
"""
BASE = """
database = "sqlite:///reminders.db"
[mail]
from = "Reminders <reminders@opcc.example.org>"
secretariat = ["policy@opcc.example.org"]
escalation = ["cex@opcc.example.org"]
"""


def away_config(write_config, *, until="2022-04-01", deputy="DCC", dcc="", extra=""):
    return config_module.load(write_config(
        AWAY.format(until=until, deputy=deputy, dcc=dcc) + extra, base=BASE))


def digest_of(config, code="CC", today=MONDAY):
    return plan(Inputs([(row, OCT) for row in LATE]), config, today).digest_for(code)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_while_away_the_digest_goes_to_the_deputy_and_the_owner_is_copied(write_config):
    digest = digest_of(away_config(write_config))
    assert digest.to == ("dcc@police.example.org",)
    assert digest.cc == ("cc@police.example.org", "cc.office@police.example.org",
                         "cex@opcc.example.org")  # A-0101 is escalated
    assert digest.away.deputy == "DCC" and digest.away.until == date(2022, 4, 1)
    assert [item.ref for item in digest.overdue] == ["A-0101"]  # the owner's actions


def test_the_deputys_digest_says_whose_actions_and_why(write_config):
    config = away_config(write_config)
    parts = render(config, "digest", digest=digest_of(config), escalation=[])
    for body in (parts.text, parts.html):
        text = flat(body.replace("<strong>", "").replace("</strong>", ""))
        assert ("Chief Constable is away until 1 April 2022, so this digest of their actions "
                "comes to you as their deputy; a copy goes to cc@police.example.org for their "
                "return.") in text
        assert "Their actions from the holding to account meetings" in text
    assert parts.text.startswith("Deputy Chief Constable,\n")
    assert max(len(line) for line in parts.text.splitlines()) <= 78


def test_back_the_day_after_away_until(write_config):
    config = away_config(write_config)
    assert digest_of(config, today=date(2022, 4, 1)).to == ("dcc@police.example.org",)
    back = digest_of(config, today=date(2022, 4, 2))
    assert back.to == ("cc@police.example.org",) and back.away is None
    assert "away" not in render(config, "digest", digest=back, escalation=[]).text


def test_a_deputy_who_is_away_too_passes_it_to_their_own_deputy(write_config):
    config = away_config(write_config, dcc='away_until = 2022-04-30\ndeputy = "ACC"')
    digest = digest_of(config)
    assert (digest.to, digest.away.deputy) == (("acc@police.example.org",), "ACC")
    assert stand_in(config, "DCC", MONDAY).deputy == "ACC"


def test_when_every_deputy_is_away_the_owner_still_gets_it_and_is_told(write_config):
    config = away_config(write_config, dcc='away_until = 2022-04-30\ndeputy = "CC"')
    digest = digest_of(config)
    assert digest.to == ("cc@police.example.org",) and digest.away.deputy is None
    text = flat(render(config, "digest", digest=digest, escalation=[]).text)
    assert text.startswith("Chief Constable, You are marked away until 1 April 2022, but no "
                           "deputy is available, so this digest still comes to you.")


def test_a_deputy_without_away_until_changes_nothing(write_config):
    config = config_module.load(write_config(
        AWAY.format(until="2022-01-01", deputy="DCC", dcc=""), base=BASE))
    assert digest_of(config).to == ("cc@police.example.org",)  # away ended in January


@pytest.mark.parametrize(("deputy", "message"), [
    ("DCX", r"recipients: .*recipient CC: deputy 'DCX' is not a recipient code "
            r"\(use one of DCC, ACC\)"),
    ("CC", r"recipients: .*recipient CC: deputy is CC itself"),
])
def test_a_deputy_must_be_another_known_recipient(write_config, deputy, message):
    with pytest.raises(ConfigError, match=message):
        away_config(write_config, deputy=deputy)


def test_away_until_must_be_a_date(write_config):
    with pytest.raises(ConfigError, match=r"recipients\.CC\.away_until: 'next week' is not a "
                                          r"date \(use YYYY-MM-DD"):
        away_config(write_config, until='"next week"')
    assert digest_of(away_config(write_config, until='"2022-04-01"')).away is not None


def test_on_the_wire_the_deputy_receives_it(write_config):
    with SmtpServer() as server:
        config = away_config(write_config, extra=f"""
[smtp]
host = "127.0.0.1"
port = {server.port}
tls = "none"
timeout_seconds = 5
""")
        message = compose_digest(config, digest_of(config), message_id="<away@x>", when=WHEN,
                                 slot=WHEN)
        with open_transport(config) as wire:
            wire.send(Letter.of(message), slot=WHEN, recipient="CC")
    assert sorted(server.recipients[0]) == sorted([
        "dcc@police.example.org", "cc@police.example.org", "cc.office@police.example.org",
        "cex@opcc.example.org"])
    received = email.message_from_bytes(server.handler.envelopes[0].original_content,
                                        policy=email.policy.default)
    assert received["To"] == "dcc@police.example.org"
    assert "as their deputy" in flat(received.get_body(("plain",)).get_content())


def test_check_config_says_who_is_away_and_who_reads_for_them(write_config, capsys):
    path = write_config(AWAY.format(until="2022-04-01", deputy="DCC", dcc=""), base=BASE)
    with freeze_time("2022-03-28 12:00"):
        assert main(["--config", str(path), "check-config", "--no-connect"]) == 0
    out = capsys.readouterr().out
    assert "             away until 1 April 2022: the digest goes to DCC\n" in out
    with freeze_time("2022-04-02 12:00"):
        assert main(["--config", str(path), "check-config", "--no-connect"]) == 0
    assert "away until" not in capsys.readouterr().out


def test_the_overview_says_who_is_away_and_who_reads_for_them(write_config):
    """The secretariat chases the right person: the stand-in, or nobody standing in."""
    config = away_config(write_config, dcc="away_until = 2022-04-08\ndeputy = \"ACC\"")
    config.recipients["ACC"] = config.recipients["ACC"].model_copy(
        update={"away_until": date(2022, 4, 15), "deputy": "CC"})
    overview = plan(Inputs([(row, OCT) for row in LATE]), config, MONDAY).overview
    assert [(a.code, a.until, a.deputy) for a in overview.away] == [
        ("CC", date(2022, 4, 1), None), ("DCC", date(2022, 4, 8), None),
        ("ACC", date(2022, 4, 15), None)]  # everyone away: each gets their own
    config.recipients["ACC"] = config.recipients["ACC"].model_copy(
        update={"away_until": None, "deputy": None})
    overview = plan(Inputs([(row, OCT) for row in LATE]), config, MONDAY).overview
    assert [(a.code, a.deputy) for a in overview.away] == [("CC", "ACC"), ("DCC", "ACC")]
    parts = render(config, "overview", overview=overview, slot=WHEN)
    assert ("CC Chief Constable, away until 1 April 2022: digest to ACC Assistant Chief "
            "Constable") in flat(parts.text)
    assert "AWAY (2)" in parts.text and "Away (2)" in parts.html
    assert "<strong>DCC</strong> Deputy Chief Constable, away until 8 April 2022" in parts.html
    back = plan(Inputs([(row, OCT) for row in LATE]), config, date(2022, 4, 9)).overview
    assert back.away == () and "AWAY" not in render(config, "overview", overview=back,
                                                      slot=WHEN).text
