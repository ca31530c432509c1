"""The ``reminders`` command line.

Each subcommand is a short function whose docstring is its help (first line: the summary;
the rest, with an example, the description). Errors a user can fix are ``ReminderError``s,
caught once in ``main``: one line on stderr and an exit code; ``-v`` adds the traceback.
"""

from __future__ import annotations

import argparse
import inspect
import logging
import sys
import traceback
from collections.abc import Callable
from functools import cached_property

from reminders import __version__, clock
from reminders import config as config_module
from reminders.errors import ReminderError

Handler = Callable[[argparse.Namespace, "Context"], int]
COMMANDS: dict[str, tuple[Handler, Callable[[argparse.ArgumentParser], None]]] = {}


def command(name: str, arguments: Callable[[argparse.ArgumentParser], None] = lambda p: None):
    """Register a subcommand; its docstring becomes its help."""

    def register(func: Handler) -> Handler:
        COMMANDS[name] = (func, arguments)
        return func

    return register


class Context:
    """What a command needs, loaded only when it asks: config, then the store."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args

    @cached_property
    def config(self) -> config_module.Config:
        return config_module.load(self.args.config)

    @cached_property
    def store(self):
        from reminders.store import Store

        return Store(self.config.database_url)

    def out(self, text: str = "") -> None:
        print(text)


# --------------------------------------------------------------------------- check-config


@command("check-config")
def check_config(args: argparse.Namespace, ctx: Context) -> int:
    """Validate config.toml and summarise it.

    Prints the database, the recipients and their addresses, and when the next digest goes
    out in local time. Exits 2 with one line naming the key when the file is invalid.

    example: reminders check-config --config /etc/reminders/config.toml
    """
    from reminders.store import redact

    cfg = ctx.config
    tz = cfg.tz
    trigger = cfg.schedule.trigger(tz)
    next_run = trigger.get_next_fire_time(None, clock.now(tz))
    ctx.out(f"config:      {cfg.path} (valid)")
    ctx.out(f"database:    {redact(cfg.database_url)}")
    ctx.out(f"timezone:    {cfg.timezone}")
    schedule = cfg.schedule.cron or f"every {cfg.schedule.day} at {cfg.schedule.time}"
    ctx.out(f"schedule:    {schedule}")
    ctx.out(f"next digest: {next_run:%A %d %B %Y %H:%M %Z}")
    if cfg.smtp.host:
        auth = f", as {cfg.smtp.username}" if cfg.smtp.username else ""
        ctx.out(f"delivery:    SMTP {cfg.smtp.host}:{cfg.smtp.port} (tls {cfg.smtp.tls}{auth})")
        if cfg.smtp.username and not cfg.smtp.password():
            ctx.out(f"warning:     ${cfg.smtp.password_env} is not set: SMTP login will fail")
    else:
        ctx.out(f"delivery:    outbox folder {cfg.resolve_path(cfg.mail.outbox)}")
    ctx.out(f"secretariat: {', '.join(cfg.mail.secretariat)}")
    if cfg.mail.escalation:
        ctx.out(f"escalation:  {', '.join(cfg.mail.escalation)}")
    ctx.out(f"recipients:  {len(cfg.recipients)}")
    for code, recipient in cfg.recipients.items():
        cc = f" (cc {', '.join(recipient.cc)})" if recipient.cc else ""
        aliases = f" aka {', '.join(recipient.aliases)}" if recipient.aliases else ""
        ctx.out(f"  {code:<10} {recipient.name}: {', '.join(recipient.to)}{cc}{aliases}")
    return 0


# --------------------------------------------------------------------------- main


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reminders",
        description="Extract follow-up actions from meeting minutes, track them, and email "
        "each owner a weekly digest of what is due soon and what has lapsed.",
    )
    parser.add_argument("--version", action="version", version=f"reminders {__version__}")
    parser.add_argument(
        "--config",
        metavar="PATH",
        help=f"config file (default: ${config_module.CONFIG_ENV} or ./config.toml)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="tracebacks and debug logs")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (func, arguments) in COMMANDS.items():
        doc = inspect.getdoc(func) or ""
        summary, _, body = doc.partition("\n")
        child = sub.add_parser(
            name,
            help=summary,
            description=f"{summary}\n\n{body.strip()}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        arguments(child)
        child.set_defaults(handler=func)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    logging.getLogger("reminders").setLevel(logging.DEBUG if args.verbose else logging.INFO)
    try:
        return args.handler(args, Context(args))
    except ReminderError as exc:
        if args.verbose:
            traceback.print_exc()
        print(f"reminders: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
