"""The command line: every command has help with an example, and the README documents it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from reminders.cli import COMMANDS, build_parser, main
from tests.conftest import REPO


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_with_an_example(name, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([name, "--help"])
    assert exit_info.value.code == 0
    assert "example: reminders" in capsys.readouterr().out


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_is_documented_in_the_readme(name):
    assert f"reminders {name}" in (REPO / "README.md").read_text(encoding="utf-8")


def test_the_documented_commands_are_exactly_these():
    assert set(COMMANDS) == {"check-config", "due", "extract", "ingest", "actions", "close",
                             "reopen", "edit", "digest", "send", "run", "status",
                             "history", "review", "report"}
    assert build_parser().prog == "reminders"


def test_python_dash_m_runs_the_cli():
    proc = subprocess.run([sys.executable, "-m", "reminders", "--version"],
                          capture_output=True, text=True, check=True)
    assert proc.stdout.startswith("reminders ")


def test_due_prints_json_without_any_config(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REMINDERS_CONFIG", raising=False)
    assert main(["due", "Revisit in 6 months to seek reassurance", "--meeting", "2021-10-04",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "due": "2022-04-04", "basis": "stated", "words": "in 6 months"}


def test_due_says_when_nothing_is_stated(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["due", "to be brought back to a future HTA meeting", "--meeting",
                 "2021-10-04"]) == 0
    assert capsys.readouterr().out.strip() == "no deadline stated"


def test_a_bad_date_argument_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["due", "in May", "--meeting", "4/10/2021"])
    assert exit_info.value.code == 2
    assert "is not a date (use YYYY-MM-DD)" in capsys.readouterr().err


def test_ingest_a_folder_reports_a_bad_file_and_stores_the_others(write_config, tmp_path, capsys):
    cfg = write_config()
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "Board meeting\nDate: Tuesday 14 May 2024\nACTION: CC to report back in 3 months.\n")
    (folder / "empty.txt").write_text("")
    (folder / "notes.json").write_text("{}")  # not minutes: a folder's other files are left alone
    assert main(["--config", str(cfg), "ingest", str(folder)]) == 1
    out, err = capsys.readouterr()
    assert "empty.txt" in err and err.count("\n") == 1
    assert "good.txt: new:" in out and "1 of 2 files could not be ingested" in out
    assert main(["--config", str(cfg), "actions", "--json"]) == 0
    [stored] = json.loads(capsys.readouterr().out)
    assert (stored["owners"], stored["due"]) == (["CC"], "2024-08-14")
