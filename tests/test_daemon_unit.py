"""deploy/reminders.service agrees with the code it runs: signals, exit codes, paths."""

from __future__ import annotations

from collections import defaultdict

from reminders.config import CONFIG_ENV, Smtp
from reminders.errors import ConfigError
from tests.conftest import REPO
from tests.test_daemon_signals import STOP_WITHIN

UNIT = REPO / "deploy" / "reminders.service"


def settings() -> dict[str, list[str]]:
    """Every Key=value of the unit (keys may repeat), ignoring comments and sections."""
    found: dict[str, list[str]] = defaultdict(list)
    for line in UNIT.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith(("#", ";", "[")):
            key, _, value = line.partition("=")
            found[key].append(value)
    return found


def test_the_unit_runs_the_daemon_in_the_foreground_with_the_config_named():
    unit = settings()

    assert unit["Type"] == ["simple"]
    assert unit["ExecStart"][0].endswith("/bin/reminders run")
    assert f"{CONFIG_ENV}=/etc/reminders/config.toml" in unit["Environment"]
    assert unit["EnvironmentFile"] == ["-/etc/reminders/env"]  # optional: the SMTP password


def test_the_unit_stops_with_sigterm_and_waits_longer_than_the_daemon_needs():
    unit = settings()

    assert unit["KillSignal"] == ["SIGTERM"]
    assert int(unit["TimeoutStopSec"][0]) > STOP_WITHIN
    # Room for the message in flight to wait out one SMTP timeout, and a margin.
    assert int(unit["TimeoutStopSec"][0]) >= Smtp().timeout_seconds + 10
    assert unit["ExecReload"] == ["/bin/kill -HUP $MAINPID"]


def test_an_invalid_config_is_not_restarted_in_a_loop():
    unit = settings()

    assert unit["Restart"] == ["on-failure"]
    assert unit["RestartPreventExitStatus"] == [str(ConfigError.exit_code)]


def test_the_unit_may_write_only_its_data_directory():
    unit = settings()

    assert unit["ProtectSystem"] == ["strict"]
    assert unit["NoNewPrivileges"] == ["yes"]
    assert unit["PrivateTmp"] == ["yes"]
    assert unit["WorkingDirectory"][0] in unit["ReadWritePaths"]
    assert unit["User"] == ["reminders"]
