"""The README's commands work as written, and the unit file points at things that exist.

Every ``reminders ...`` line of the README's ``sh`` code blocks is run, in README order, as a
new user would run it in a checkout: in a fresh folder holding a copy of the shipped
``config.toml`` and ``examples/``, quotes, globs and ``> FILE`` as a shell would take them.
Each must exit 0, or the status its comment documents as "(exit N)", without a traceback.
The commands are read from the README when the tests are collected, so a command added to
the README is tested without touching this file.

They run in this process through ``main`` (one interpreter start instead of one per command
keeps this to seconds); ``reminders run``, which stays up, runs as the real script in a
subprocess and is stopped with SIGTERM once it has scheduled the next digest, as systemd
would stop it. ``tests/test_cli.py`` runs the installed entry point itself.
"""

from __future__ import annotations

import contextlib
import glob
import io
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from reminders import config
from reminders.cli import main
from tests.conftest import REPO

README = REPO / "README.md"
UNIT = REPO / "deploy" / "reminders.service"
INSTALLED = "/opt/reminders/src/"  # where the README's install steps put the checkout
SERVICE_CONFIG = "/etc/reminders/config.toml"  # the README's installed config: the sandbox's
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)
EXIT = re.compile(r"#.*\(exit (\d+)\)")


@dataclass(frozen=True)
class Example:
    line: int  # in README.md
    command: str  # as written, without a "$ " prompt
    exit_code: int

    def __str__(self) -> str:
        return f"README.md:{self.line}: {self.command}"


def readme_examples(text: str) -> list[Example]:
    """Every ``reminders`` command line of the ``sh`` blocks, with its documented status."""
    found = []
    for block in FENCE.finditer(text):
        if block.group(1) not in ("sh", "bash", "console", "shell"):
            continue
        first = text.count("\n", 0, block.start(2)) + 1
        for offset, raw in enumerate(block.group(2).splitlines()):
            line = raw.strip().removeprefix("$ ")
            if line.startswith("reminders "):
                code = EXIT.search(line)
                found.append(Example(first + offset, line, int(code.group(1)) if code else 0))
    return found


EXAMPLES = readme_examples(README.read_text(encoding="utf-8"))


def test_the_readme_has_examples_of_the_everyday_commands():
    used = {e.command.split()[1] for e in EXAMPLES}
    assert used >= {"extract", "ingest", "actions", "close", "reopen", "edit", "due", "digest",
                    "send"}


def test_examples_are_read_from_sh_blocks_with_their_documented_status():
    text = ("```sh\nreminders a  # fine\n$ reminders b --x  # refused (exit 1)\nmake run\n```\n"
            "```toml\nreminders = 1\n```\n```\nreminders: error: not a command\n```\n")
    assert readme_examples(text) == [Example(2, "reminders a  # fine", 0),
                                     Example(3, "reminders b --x  # refused (exit 1)", 1)]


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """A new user's checkout: the shipped config.toml and example minutes, nothing else."""
    folder = tmp_path_factory.mktemp("checkout")
    shutil.copy(REPO / "config.toml", folder / "config.toml")
    shutil.copytree(REPO / "examples", folder / "examples")
    env = {k: v for k, v in os.environ.items() if not k.startswith("REMINDERS_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return folder, env


@pytest.mark.parametrize("example", EXAMPLES, ids=[str(e.line) for e in EXAMPLES])
def test_each_readme_command_works_as_written(example, sandbox, monkeypatch):
    folder, env = sandbox
    words = shlex.split(example.command.replace(SERVICE_CONFIG, str(folder / "config.toml")),
                        comments=True)
    if "run" in words:
        code, output = _run_service(words, folder, env)
    else:
        monkeypatch.chdir(folder)
        for name in [k for k in os.environ if k.startswith("REMINDERS_")]:
            monkeypatch.delenv(name)
        code, output = _run(words)
    assert code == example.exit_code, f"{example}\nexit {code}:\n{output[-3000:]}"
    assert "Traceback" not in output, f"{example}\n{output[-3000:]}"


def _run(words: list[str]) -> tuple[int, str]:
    """``reminders ARGS [> FILE]`` as the shell would run it, in this process."""
    target = None
    if ">" in words:
        target, words = words[words.index(">") + 1], words[: words.index(">")]
    argv = []
    for word in words[1:]:
        matches = sorted(glob.glob(word)) if any(c in word for c in "*?[") else []
        argv += matches or [word]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    if target is not None:
        Path(target).write_text(out.getvalue(), encoding="utf-8")
    return code, out.getvalue() + err.getvalue()


def _run_service(words: list[str], folder: Path, env: dict[str, str]) -> tuple[int, str]:
    """Start ``reminders run``, wait for it to say it is scheduled, then stop it as systemd
    does (SIGTERM): it must exit 0."""
    script = Path(sys.executable).parent / "reminders"
    proc = subprocess.Popen([str(script), *words[1:]], cwd=folder, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    lines = []
    deadline = threading.Timer(60, proc.kill)  # a service that never says so fails, not hangs
    deadline.start()
    try:
        for line in proc.stdout:
            lines.append(line)
            if "next digest" in line:
                proc.send_signal(signal.SIGTERM)
                break
        rest, _ = proc.communicate()
    finally:
        deadline.cancel()
    assert any("next digest" in line for line in lines), "".join(lines)
    return proc.returncode, "".join(lines) + rest


# --------------------------------------------------------------------------- the unit file


def _unit(key: str) -> list[str]:
    return [line.partition("=")[2] for line in UNIT.read_text(encoding="utf-8").splitlines()
            if line.startswith(f"{key}=")]


def test_the_units_documentation_is_a_file_the_install_ships():
    [documentation] = _unit("Documentation")
    assert documentation.startswith(f"file://{INSTALLED}")
    assert (REPO / documentation.removeprefix(f"file://{INSTALLED}")).is_file()
    install = README.read_text(encoding="utf-8").partition("### Install as a systemd service")[2]
    assert f"pip install -e {INSTALLED.rstrip('/')}" in install  # the checkout is put there


@pytest.mark.parametrize("where", [UNIT, README], ids=["unit", "README"])
def test_the_database_shown_for_the_service_is_absolute_and_writable_by_it(where):
    shown = re.findall(r'database = "(sqlite:///[^"]+)"', where.read_text(encoding="utf-8"))
    [url] = set(shown) - {"sqlite:///reminders.db", "sqlite:///var/reminders.db"}
    cfg = config.parse({"database": url, "mail": {"from": "a@b.org", "secretariat": ["s@b.org"]},
                        "recipients": {"CC": {"name": "C", "to": ["c@b.org"]}}},
                       Path(SERVICE_CONFIG))
    path = Path(cfg.database_url.removeprefix("sqlite:///"))
    assert path.is_absolute() and str(path) == url.removeprefix("sqlite:///")
    assert any(path.is_relative_to(p) for p in _unit("ReadWritePaths"))
