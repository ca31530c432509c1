"""config.toml: the shipped example works, and each mistake is one clear line with exit 2."""

from __future__ import annotations

import pytest
from freezegun import freeze_time

from reminders import config
from reminders.cli import main
from reminders.config_warnings import schedule_warnings
from reminders.errors import ConfigError
from tests.conftest import MINIMAL_CONFIG, REPO


def test_shipped_example_config_is_valid():
    cfg = config.load(REPO / "config.toml")
    assert cfg.timezone == "Europe/London"
    assert "CC" in cfg.recipients
    assert cfg.recipient_for("chief constable") == "CC"


@freeze_time("2026-11-23 12:00:00")
def test_check_config_prints_summary_with_next_digest_in_local_time(capsys):
    assert main(["--config", str(REPO / "config.toml"), "check-config"]) == 0
    out = capsys.readouterr().out
    assert "next digest: Monday 30 November 2026 07:30 GMT" in out
    assert "chief.constable@police.example.org" in out
    assert "outbox folder" in out


@freeze_time("2026-03-27 12:00:00")
def test_next_digest_after_the_spring_clock_change_is_still_0730_local(write_config, capsys):
    assert main(["--config", str(write_config()), "check-config"]) == 0
    assert "next digest: Monday 30 March 2026 07:30 BST" in capsys.readouterr().out


BROKEN = {
    "unknown key": ('[rules]\ndue_son_days = 3\n',
                    "rules.due_son_days: unknown key (did you mean due_soon_days?)"),
    "unknown top-level key": ('^databse = "sqlite:///x.db"\n',
                              "databse: unknown key (did you mean database?)"),
    "unknown recipient key": ('[recipients.DCC]\nname = "D"\nto = ["d@p.org"]\naliaes = []\n',
                              "recipients.DCC.aliaes: unknown key (did you mean aliases?)"),
    "unknown key spelt by its alias": ('[smtp]\nhots = "mail.example.org"\n',
                                       "smtp.hots: unknown key (did you mean host?)"),
    "unknown key, nothing close": ('[watch]\nzzz = 1\n', "watch.zzz: unknown key (valid keys "
                                   "here: folder, interval_seconds"),
    "bad email": ('[recipients.DCC]\nname = "D"\nto = ["dcc-at-police"]\n',
                  "recipients.DCC.to.0: 'dcc-at-police' is not an email address"),
    "bad time zone": ('^timezone = "Europe/Londn"\n',
                      "timezone: 'Europe/Londn' is not a time zone"),
    "bad cron": ('[schedule]\ncron = "61 7 * * mon"\n',
                 "schedule.cron: '61 7 * * mon' is not a cron"),
    "empty recipient list": ('[recipients.DCC]\nname = "D"\nto = []\n',
                             "recipients.DCC.to: must not be empty"),
    "bad weekday": ('[schedule]\nday = "funday"\n', "schedule.day: 'funday' is not a weekday"),
    "bad time": ('[schedule]\ntime = "25:00"\n', "schedule.time: '25:00' is not a time of day"),
    "not toml": ("[rules\n", "not valid TOML"),
    "wrong type": ('[rules]\ndue_soon_days = "soon"\n', "rules.due_soon_days:"),
}


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_broken_config_is_one_line_naming_file_and_key_with_exit_2(case, write_config, capsys):
    extra, expected = BROKEN[case]
    path = write_config(top=extra[1:]) if extra.startswith("^") else write_config(extra)
    assert main(["--config", str(path), "check-config"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert str(path) in err
    assert expected in err


def test_missing_secretariat_is_reported(write_config):
    path = write_config(base='[mail]\nfrom = "a@b.org"\n[recipients.CC]\nname="C"\nto=["c@d.org"]')
    with pytest.raises(ConfigError, match=r"mail\.secretariat: required but missing"):
        config.load(path)


def test_no_recipients_at_all_is_an_error(write_config):
    path = write_config(base='[mail]\nfrom = "a@b.org"\nsecretariat = ["s@b.org"]\n')
    with pytest.raises(ConfigError, match="recipients: required but missing"):
        config.load(path)


def test_alias_naming_two_owners_is_an_error_naming_the_recipient(write_config):
    path = write_config('[recipients.DCC]\nname = "D"\nto = ["d@p.org"]\naliases = ["RC"]\n')
    with pytest.raises(ConfigError) as error:
        config.load(path)
    assert str(error.value) == (f"{path}: recipients.DCC.aliases: alias 'RC' names both ACC "
                                "and DCC: make it unique")


def test_the_from_key_is_suggested_by_its_toml_name(write_config):
    path = write_config(base=MINIMAL_CONFIG.replace("from =", "form ="))
    with pytest.raises(ConfigError, match=r"mail\.form: unknown key \(did you mean from\?\)"):
        config.load(path)


@pytest.mark.parametrize(("cron", "means", "suggested"), [
    ("30 7 * * 1", "tue", "30 7 * * mon"),
    ("30 7 * * 1-5", "tue-sat", "30 7 * * mon-fri"),
    ("0 9 * * 0,3", "mon,thu", "0 9 * * sun,wed"),
    ("0 9 * * 1-5/2", "tue-sat/2", "0 9 * * mon-fri/2"),
])
def test_a_numeric_cron_weekday_is_warned_about_with_names_suggested(cron, means, suggested):
    [warning] = schedule_warnings(config.Schedule(cron=cron))
    assert f"numeric weekday {cron.split()[4]!r} means {means} here" in warning
    assert f"cron = {suggested!r}" in warning


@pytest.mark.parametrize("cron", ["30 7 * * mon", "30 7 * * mon-fri", "30 7 * * *",
                                  "0 9 * * */2", "0 9 1 * *"])
def test_cron_weekdays_by_name_or_any_day_are_not_warned_about(cron):
    assert schedule_warnings(config.Schedule(cron=cron)) == []
    assert schedule_warnings(config.Schedule()) == []


def test_the_cli_repeats_configs_names_without_importing_it():
    from reminders import cli

    assert cli.CONFIG_ENV == config.CONFIG_ENV
    assert str(config.DEFAULT_PATH) == cli.DEFAULT_CONFIG


def test_missing_file_says_how_to_fix(tmp_path, capsys):
    assert main(["--config", str(tmp_path / "nope.toml"), "check-config"]) == 2
    assert "no such config file" in capsys.readouterr().err


def test_environment_chooses_config_and_database(write_config, monkeypatch, tmp_path):
    path = write_config()
    monkeypatch.setenv("REMINDERS_CONFIG", str(path))
    monkeypatch.setenv("REMINDERS_DATABASE", "postgresql+psycopg://u@db/x")
    cfg = config.load()
    assert cfg.path == path
    assert cfg.database_url == "postgresql+psycopg://u@db/x"


def test_relative_sqlite_path_is_next_to_the_config_file(write_config, tmp_path):
    cfg = config.load(write_config())
    assert cfg.database_url == f"sqlite:///{tmp_path / 'reminders.db'}"


def test_password_comes_from_the_named_environment_variable(write_config, monkeypatch):
    cfg = config.load(write_config('[smtp]\nhost = "mail.example.org"\npassword_env = "PW_X"\n'))
    monkeypatch.setenv("PW_X", "s3cret")
    assert cfg.smtp.password() == "s3cret"
