"""The ``reminders`` command line.

The commands live in one module per area (``setup``, ``minutes``, ``register``, ``delivery``);
this module holds the registry, the lazy ``Context`` and ``main``.

Each subcommand is a short function whose docstring is its help (first line: the summary;
the rest, with an example, the description). Errors a user can fix are ``ReminderError``s,
caught once in ``main``: one line on stderr and an exit code; ``-v`` adds the traceback.

Start-up time is what a person typing a command feels, so this package imports nothing
heavy (pydantic, SQLAlchemy, Alembic, APScheduler, Jinja2): each command imports what it
uses when it runs. ``tests/test_cli.py`` checks that, and ``benchmarks/startup.py`` times it.
"""

from __future__ import annotations

import argparse
import inspect
import logging
import os
import sys
import traceback
from collections.abc import Callable
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, NoReturn

from reminders import __version__
from reminders.errors import EXIT_INTERRUPTED, EXIT_USAGE, ReminderError

if TYPE_CHECKING:
    from reminders.config import Config, Rules
    from reminders.store import Store

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
    def config(self) -> Config:
        from reminders import config

        return config.load(self.args.config)

    @cached_property
    def store(self) -> Store:
        from reminders.store import Store

        return Store(self.config.database_url)

    @cached_property
    def rules(self) -> Rules:
        """The config's rules; the defaults when no config was named and ./config.toml is absent.

        Read-only commands (due, extract) work on a machine with no config at all.
        """
        from reminders.config import Rules

        cfg = self._optional_config()
        return cfg.rules if cfg else Rules()

    @cached_property
    def extraction_options(self) -> dict:
        cfg = self._optional_config()
        rules = self.rules
        return {
            "default_follow_up": rules.default_follow_up,
            "financial_year_start": rules.financial_year_start_month,
            "cadence": rules.cadence,
            "aliases": cfg.aliases() if cfg else None,
        }

    def _optional_config(self) -> Config | None:
        explicit = self.args.config or os.environ.get(CONFIG_ENV)
        if not explicit and not os.path.exists(DEFAULT_CONFIG):
            return None
        return self.config

    def out(self, text: str = "") -> None:
        print(text)


# The names config.py uses, repeated here so that --help need not import it (and pydantic).
CONFIG_ENV = "REMINDERS_CONFIG"
DEFAULT_CONFIG = "config.toml"


# --------------------------------------------------------------------------- shared argument types


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (use YYYY-MM-DD)") from None


# --------------------------------------------------------------------------- the parser


class Parser(argparse.ArgumentParser):
    """argparse, with usage errors on their own exit status (64, EX_USAGE).

    Exit status 2 (argparse's default) means an invalid config.toml here, which a script
    or systemd treats differently from a mistyped flag.
    """

    commands: dict[str, argparse.ArgumentParser]  # each subcommand's parser, by name

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} "
                              f"(see '{self.prog} --help')\n")


def _global_options(parser: argparse.ArgumentParser, *, inherited: bool) -> None:
    """--config and -v, accepted before the subcommand and after it.

    After it (``reminders check-config --config PATH``) they default to SUPPRESS, so a value
    given before the subcommand is not overwritten by the subcommand's default.
    """
    parser.add_argument(
        "--config", metavar="PATH", default=argparse.SUPPRESS if inherited else None,
        help=f"config file (default: ${CONFIG_ENV} or ./{DEFAULT_CONFIG})",
    )
    parser.add_argument("-v", "--verbose", action="store_true",
                        default=argparse.SUPPRESS if inherited else False,
                        help="tracebacks and debug logs")


class _Subcommands(argparse._SubParsersAction):
    """Subcommands whose own arguments are added only when that subcommand is parsed.

    An argument builder may import what its choices come from (report formats, say);
    deferring it keeps ``reminders --help`` and every other command from paying for that.
    """

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        chosen = self.choices.get(values[0]) if values else None
        if chosen is not None:
            complete(chosen)
        super().__call__(parser, namespace, values, option_string)


def complete(child: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add a subcommand's arguments, once (build_parser leaves them pending)."""
    pending = child.__dict__.pop("_pending", None)
    if pending is not None:
        pending(child)
        _global_options(child, inherited=True)
    return child


def build_parser() -> Parser:
    parser = Parser(
        prog="reminders",
        description="Extract follow-up actions from meeting minutes, track them, and email "
        "each owner a weekly digest of what is due soon and what has lapsed.",
        epilog="exit status: 0 done; 1 something failed (reported, and retried where it can "
        "be); 2 invalid configuration; 3 the database cannot be opened; 64 usage error; "
        "130 interrupted.",
    )
    parser.add_argument("--version", action="version", version=f"reminders {__version__}")
    _global_options(parser, inherited=False)
    parser.register("action", "parsers", _Subcommands)
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
        child._pending = arguments
        child.set_defaults(handler=func)
    parser.commands = sub.choices
    return parser


def parse(argv: list[str] | None) -> argparse.Namespace:
    """Parse, sending an unknown flag after a subcommand to that subcommand's usage."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:
        parser.commands[args.command].error(f"unrecognized arguments: {' '.join(extra)}")
    return args


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # Progress lines are the service's log; a one-shot command prints its own results.
    chatty = args.verbose or args.command == "run"
    logging.getLogger("reminders").setLevel(logging.DEBUG if args.verbose else
                                            logging.INFO if chatty else logging.WARNING)
    context = Context(args)
    try:
        return args.handler(args, context)
    except ReminderError as exc:
        if args.verbose:
            traceback.print_exc()
        print(f"reminders: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0
    except Exception as exc:
        error = _database_failure(context, exc)
        if error is None:
            raise
        if args.verbose:
            traceback.print_exc()
        print(f"reminders: error: {error}", file=sys.stderr)
        return error.exit_code


def _database_failure(context: Context, exc: Exception) -> ReminderError | None:
    """A database error raised outside ``Store.session`` (a module with its own session),
    as the one line ``Store.session`` would have made of it."""
    store = context.__dict__.get("store")  # only if this command opened the database
    if store is None:
        return None
    from reminders.store import failure

    return failure(store.url, exc)


# Importing the command modules registers their commands, in the order --help lists them.
from reminders.cli import setup, minutes, register as register_commands, delivery  # noqa: E402, F401, I001
from reminders.cli import log  # noqa: E402, F401
