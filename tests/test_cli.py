"""The command line: every command has help with an example, and the README documents it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from freezegun import freeze_time

from reminders.cli import COMMANDS, build_parser, main
from reminders.errors import EXIT_USAGE
from tests.conftest import MINIMAL_CONFIG, REPO


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
    assert exit_info.value.code == EXIT_USAGE
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


# --------------------------------------------------------------------------- global options


def test_global_options_work_after_the_subcommand_as_the_help_says(write_config, capsys):
    cfg = write_config()
    assert main(["check-config", "--config", str(cfg)]) == 0
    assert f"config:      {cfg} (valid)" in capsys.readouterr().out
    assert main(["check-config", "--config", str(cfg), "-v"]) == 0
    assert main(["-v", "status", "--config", str(cfg)]) == 0


def test_global_options_before_the_subcommand_are_not_reset_by_it(write_config, capsys):
    cfg = write_config()
    assert main(["--config", str(cfg), "-v", "check-config"]) == 0
    assert f"{cfg} (valid)" in capsys.readouterr().out


def test_the_one_after_the_subcommand_wins_when_both_are_given(write_config, tmp_path, capsys):
    cfg = write_config()
    assert main(["--config", str(tmp_path / "absent.toml"), "check-config",
                 "--config", str(cfg)]) == 0
    capsys.readouterr()


@pytest.mark.parametrize("argv", [["ingest", "--bogus", "x.txt"], ["check-config", "--nope"],
                                  ["send", "--on"], ["actions", "--status", "late"]])
def test_a_wrong_flag_shows_that_subcommands_usage_with_exit_64(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == EXIT_USAGE == 64
    err = capsys.readouterr().err
    assert err.startswith(f"usage: reminders {argv[0]} ")
    assert f"reminders {argv[0]}: error: " in err


def test_an_unknown_command_shows_the_top_level_usage_with_exit_64(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["sned"])
    assert exit_info.value.code == EXIT_USAGE
    assert capsys.readouterr().err.startswith("usage: reminders [-h]")


def test_help_still_exits_0_and_lists_the_exit_statuses(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "2 invalid configuration" in out and "64 usage error" in out


def test_the_readme_documents_every_exit_status():
    from reminders import errors

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.partition("## Exit status")[2].partition("\n#")[0]
    codes = {value for name, value in vars(errors).items() if name.startswith("EXIT_")}
    documented = {int(cell.strip(" `")) for cell in
                  (line.split("|")[1] for line in section.splitlines() if line.startswith("| `"))}
    assert documented == codes


# --------------------------------------------------------------------------- start-up imports

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "apscheduler", "jinja2", "pydantic")


def _imported_after(code: str, *, cwd=None) -> list[str]:
    probe = (f"import sys\n{code}\n"
             f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True, cwd=cwd)
    last = (proc.stdout.strip().splitlines() or [""])[-1]
    return [m for m in last.split(",") if m]


def test_importing_the_cli_imports_none_of_the_heavy_libraries():
    assert _imported_after("import reminders.cli") == []


def test_help_imports_none_of_the_heavy_libraries():
    code = ("import contextlib, io\nfrom reminders.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
            "    main(['--help'])")
    assert _imported_after(code) == []


def test_check_config_on_sqlite_needs_only_the_config_libraries(write_config):
    cfg = write_config()
    code = ("import contextlib, io\nfrom reminders.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    assert main(['check-config', '--config', {str(cfg)!r}]) == 0")
    assert _imported_after(code) == ["apscheduler", "pydantic"]


# --------------------------------------------------------------------------- an unusable database


def _unusable(tmp_path, kind: str) -> str:
    """A SQLite path that cannot be used without root's help, even as root."""
    if kind == "folder is a file":
        (tmp_path / "var").write_text("not a folder")
        return f"sqlite:///{tmp_path / 'var' / 'reminders.db'}"
    (tmp_path / "reminders.db").mkdir()  # "the file is a folder": SQLite cannot open it
    return f"sqlite:///{tmp_path / 'reminders.db'}"


@pytest.mark.parametrize("kind", ["folder is a file", "file is a folder"])
@pytest.mark.parametrize("argv", [["status"], ["actions"], ["run"], ["check-config"],
                                  ["ingest", "MINUTES"]])
def test_an_unusable_database_is_one_line_and_exit_3_for_every_command(
        argv, kind, write_config, tmp_path, capsys):
    cfg = write_config(top=f'database = "{_unusable(tmp_path, kind)}"\n',
                       base=MINIMAL_CONFIG.replace('database = "sqlite:///reminders.db"', ""))
    minutes = tmp_path / "board.txt"
    minutes.write_text("Board meeting\nDate: Tuesday 14 May 2024\n"
                       "ACTION: CC to report back in 3 months.\n")
    argv = [str(minutes) if a == "MINUTES" else a for a in argv]
    assert main(["--config", str(cfg), *argv]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith(f"reminders: error: database {tmp_path}")
    assert "board.txt" not in err  # ingest blames the database, not the minutes file
    assert "ReadWritePaths" in err  # and says what to do


def test_an_unreachable_database_server_is_one_line_and_exit_3(write_config, capsys):
    from tests.digest_helpers import free_port

    url = f"postgresql+psycopg://reminders@127.0.0.1:{free_port()}/reminders"
    cfg = write_config(top=f'database = "{url}"\n',
                       base=MINIMAL_CONFIG.replace('database = "sqlite:///reminders.db"', ""))
    for argv in (["status"], ["check-config"]):
        assert main(["--config", str(cfg), *argv]) == 3
        err = capsys.readouterr().err
        assert "cannot connect" in err and "Connection refused" in err
        assert err.count("\n") == 1, err


# --------------------------------------------------------------------------- check-config


def test_check_config_creates_the_database_file_where_it_belongs(write_config, tmp_path,
                                                                  capsys):
    from reminders.schema import head_revision
    from reminders.store import Store

    cfg = write_config(top='database = "sqlite:///data/reminders.db"\n',
                       base=MINIMAL_CONFIG.replace('database = "sqlite:///reminders.db"', ""))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert main(["--config", str(cfg), "check-config"]) == 0
    out = capsys.readouterr().out
    db = tmp_path / "data" / "reminders.db"  # next to config.toml, not in the cwd
    assert db.is_file()
    assert f"database:    sqlite:///{db} (new: its tables are created on first use)" in out
    Store(f"sqlite:///{db}").close()
    assert main(["--config", str(cfg), "check-config"]) == 0
    assert f"(schema {head_revision()})" in capsys.readouterr().out


def test_check_config_no_connect_checks_only_the_file(write_config, tmp_path, capsys):
    cfg = write_config(top=f'database = "{_unusable(tmp_path, "folder is a file")}"\n',
                       base=MINIMAL_CONFIG.replace('database = "sqlite:///reminders.db"', ""))
    assert main(["--config", str(cfg), "check-config", "--no-connect"]) == 0
    capsys.readouterr()


def test_check_config_reaches_the_smtp_server(write_config, capsys):
    from tests.digest_helpers import SmtpServer, free_port

    with SmtpServer() as server:
        cfg = write_config(f'[smtp]\nhost = "127.0.0.1"\nport = {server.port}\ntls = "auto"\n')
        assert main(["--config", str(cfg), "check-config"]) == 0
    assert f"SMTP 127.0.0.1:{server.port}: connected (no TLS)" in capsys.readouterr().out
    assert server.messages == []  # a check sends nothing
    down = write_config(f'[smtp]\nhost = "127.0.0.1"\nport = {free_port()}\n')
    assert main(["--config", str(down), "check-config"]) == 1
    out, err = capsys.readouterr()
    assert "config:" in out and "(valid)" in out
    assert err.count("\n") == 1 and "connection refused" in err


def test_check_config_reports_an_outbox_it_cannot_write(write_config, tmp_path, capsys):
    (tmp_path / "blocked").write_text("a file where the outbox folder should be")
    cfg = write_config(base=MINIMAL_CONFIG.replace(
        '[mail]\n', '[mail]\noutbox = "blocked/outbox"\n'))
    assert main(["--config", str(cfg), "check-config"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"outbox {tmp_path / 'blocked' / 'outbox'}" in err


def test_check_config_warns_about_a_numeric_cron_weekday(write_config, capsys):
    assert main(["--config", str(write_config('[schedule]\ncron = "30 7 * * 1"\n')),
                 "check-config"]) == 0
    out = capsys.readouterr().out
    assert "warning:     schedule.cron '30 7 * * 1': numeric weekday '1' means tue" in out
    assert "cron = '30 7 * * mon'" in out
    assert main(["--config", str(write_config('[schedule]\ncron = "30 7 * * mon"\n')),
                 "check-config"]) == 0
    assert "warning" not in capsys.readouterr().out


# --------------------------------------------------------------------------- send --on, --test

BOARD = ("Board meeting\nDate: Tuesday 14 May 2024\n"
         "ACTION: CC to report back in 2 weeks.\n")  # due 28 May 2024


def _ledger_rows(cfg) -> int:
    from sqlmodel import select

    from reminders import config
    from reminders.models import Delivery
    from reminders.store import Store

    store = Store(config.load(cfg).database_url)
    try:
        with store.session() as session:
            return len(session.exec(select(Delivery)).all())
    finally:
        store.close()


@pytest.fixture
def board(write_config, tmp_path):
    """A config with an outbox, and one overdue action for CC stored."""
    cfg = write_config()
    minutes = tmp_path / "board.txt"
    minutes.write_text(BOARD)
    with freeze_time("2024-06-05 12:00:00"):  # a Wednesday: the current slot is Mon 3 June
        assert main(["--config", str(cfg), "ingest", str(minutes)]) == 0
    return cfg


def _outbox(cfg) -> list[str]:
    folder = cfg.parent / "outbox"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@freeze_time("2024-06-05 12:00:00")
def test_send_on_a_future_slots_day_is_refused(board, capsys):
    capsys.readouterr()
    assert main(["--config", str(board), "send", "--on", "2024-06-10"]) == 1
    assert main(["--config", str(board), "send", "--on", "2024-06-10", "--force"]) == 1
    err = capsys.readouterr().err
    assert "--on 2024-06-10: its slot has not come yet" in err
    assert "reminders digest --on 2024-06-10" in err
    assert _outbox(board) == [] and _ledger_rows(board) == 0


@freeze_time("2024-06-05 12:00:00")
def test_send_on_a_past_slots_day_is_a_preview_unless_forced(board, capsys):
    capsys.readouterr()
    assert main(["--config", str(board), "send", "--on", "2024-05-29"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("preview only: 2024-05-29 is in the slot of Monday 27 May 2024 "
                          "07:30 BST, not the current one (Monday 03 June 2024 07:30 BST)")
    assert "CC: dry run" in out
    assert _outbox(board) == [] and _ledger_rows(board) == 0
    assert main(["--config", str(board), "send", "--on", "2024-05-29", "--force"]) == 0
    out = capsys.readouterr().out
    assert "CC: written to the outbox" in out and "CC: sent" not in out, "nothing was sent"
    assert _outbox(board)[0].startswith("20240527T0630Z-")


@freeze_time("2024-06-05 12:00:00")
def test_send_on_a_day_of_the_current_slot_sends_it(board, capsys):
    assert main(["--config", str(board), "send", "--on", "2024-06-04"]) == 0
    assert "preview only" not in capsys.readouterr().out
    assert _outbox(board)[0].startswith("20240603T0630Z-")


@freeze_time("2024-06-05 12:00:00")
def test_send_test_goes_through_smtp_now_and_is_recorded_nowhere(write_config, tmp_path,
                                                                  capsys):
    from tests.digest_helpers import SmtpServer

    with SmtpServer() as server:
        cfg = write_config(f'[smtp]\nhost = "127.0.0.1"\nport = {server.port}\ntls = "none"\n')
        assert main(["--config", str(cfg), "send", "--test", "me@example.org"]) == 0
    assert capsys.readouterr().out == "test digest to me@example.org: 250 OK\n"
    assert server.recipients == [["me@example.org"]]
    [received] = server.messages
    assert received["To"] == "me@example.org" and received["Cc"] is None
    assert received["Subject"].startswith("[test] [reminders] 1 overdue, 1 due soon")
    text = " ".join(received.get_body(("plain",)).get_content().split())
    assert "A-9001" in text and "no action is needed" in text
    assert not (tmp_path / "reminders.db").exists()  # no ledger, not even a database


@freeze_time("2024-06-05 12:00:00")
def test_send_test_says_what_the_server_answered_when_it_fails(write_config, capsys):
    from tests.digest_helpers import free_port

    cfg = write_config(f'[smtp]\nhost = "127.0.0.1"\nport = {free_port()}\n')
    assert main(["--config", str(cfg), "send", "--test", "me@example.org"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("test digest to me@example.org: failed: SMTP 127.0.0.1:")
    assert "connection refused" in out


@freeze_time("2024-06-05 12:00:00")
def test_send_test_writes_to_the_outbox_when_no_server_is_set(write_config, tmp_path, capsys):
    cfg = write_config()
    assert main(["--config", str(cfg), "send", "--test", "Me <me@example.org>"]) == 0
    [written] = (tmp_path / "outbox").iterdir()
    assert capsys.readouterr().out == f"test digest to Me <me@example.org>: written to {written}\n"
    assert written.name == "20240605T1200Z-test.eml"


def test_send_test_refuses_a_bad_address_as_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["send", "--test", "me-at-example"])
    assert exit_info.value.code == EXIT_USAGE
    assert "'me-at-example' is not an email address" in capsys.readouterr().err


def test_a_database_from_a_newer_version_is_one_line_and_exit_3(write_config, tmp_path,
                                                                  capsys):
    import sqlite3

    from reminders.store import Store

    cfg = write_config()
    Store(f"sqlite:///{tmp_path / 'reminders.db'}").close()
    with sqlite3.connect(tmp_path / "reminders.db") as db:
        db.execute("UPDATE alembic_version SET version_num = '0999'")
    for argv in (["status"], ["check-config"]):
        assert main(["--config", str(cfg), *argv]) == 3
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "schema is newer than this version" in err, err


def test_the_revisions_check_config_knows_are_alembics():
    from alembic.script import ScriptDirectory

    from reminders.schema import alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert known_revisions() == {r.revision for r in script.walk_revisions()}


@pytest.fixture
def read_only_postgres(write_config):
    """A real PostgreSQL database with one action, and a config naming a role that may only
    read it: what a mis-granted production account looks like."""
    import uuid

    import psycopg
    from sqlalchemy.engine import make_url

    from tests.conftest import _postgres_database

    databases = _postgres_database()
    owner_url = next(databases)
    cfg = write_config(top=f'database = "{owner_url}"\n',
                       base=MINIMAL_CONFIG.replace('database = "sqlite:///reminders.db"', ""))
    minutes = cfg.parent / "board.txt"
    minutes.write_text(BOARD)
    assert main(["--config", str(cfg), "ingest", str(minutes)]) == 0
    role = f"reminders_reader_{uuid.uuid4().hex[:8]}"
    owner = make_url(owner_url).set(drivername="postgresql")
    with psycopg.connect(owner.render_as_string(hide_password=False), autocommit=True) as db:
        db.execute(f'CREATE ROLE "{role}" LOGIN')
        db.execute(f'GRANT CONNECT ON DATABASE "{owner.database}" TO "{role}"')
        db.execute(f'GRANT USAGE ON SCHEMA public TO "{role}"')
        db.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"')
    reader = make_url(owner_url).set(username=role).render_as_string(hide_password=False)
    yield write_config(top=f'database = "{reader}"\n', name="reader.toml",
                       base=MINIMAL_CONFIG.replace('database = "sqlite:///reminders.db"', ""))
    with psycopg.connect(owner.render_as_string(hide_password=False), autocommit=True) as db:
        db.execute(f'DROP OWNED BY "{role}"')
    databases.close()  # drops the database
    admin = make_url(owner_url).set(drivername="postgresql", database="postgres")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as db:
        db.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.mark.postgres
def test_a_database_this_user_may_only_read_is_one_line_and_exit_3(read_only_postgres, capsys):
    capsys.readouterr()
    assert main(["--config", str(read_only_postgres), "actions"]) == 0  # reading is allowed
    assert "A-0001" in capsys.readouterr().out
    assert main(["--config", str(read_only_postgres), "close", "A-0001"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "this user may not write it: permission denied for table" in err


class _RefusingHandler:
    """An SMTP server's answer to an address it does not know."""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        return "550 5.1.1 <me@example.org>: Recipient address rejected: User unknown"


@freeze_time("2024-06-05 12:00:00")
def test_send_test_prints_the_refusal_of_the_address(write_config, capsys):
    from aiosmtpd.controller import Controller

    from tests.digest_helpers import free_port

    port = free_port()
    controller = Controller(_RefusingHandler(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        cfg = write_config(f'[smtp]\nhost = "127.0.0.1"\nport = {port}\ntls = "none"\n')
        assert main(["--config", str(cfg), "send", "--test", "me@example.org"]) == 1
    finally:
        controller.stop()
    assert capsys.readouterr().out == (
        "test digest to me@example.org: failed: me@example.org: 550 5.1.1 <me@example.org>: "
        "Recipient address rejected: User unknown\n")
