"""The ``reminders`` command line.

The commands live in one module per area (``setup``, ``minutes``, ``register``, ``delivery``);
this module holds the registry, the lazy ``Context`` and ``main``.

Each subcommand is a short function whose docstring is its help (first line: the summary;
the rest, with an example, the description). Errors a user can fix are ``ReminderError``s,
caught once in ``main``: one line on stderr and an exit code; ``-v`` adds the traceback.
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

from reminders import __version__
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

    @cached_property
    def rules(self) -> config_module.Rules:
        """The config's rules; the defaults when no config was named and ./config.toml is absent.

        Read-only commands (due, extract) work on a machine with no config at all.
        """
        return self._optional_config().rules if self._optional_config() else config_module.Rules()

    @cached_property
    def extraction_options(self) -> dict:
        cfg = self._optional_config()
        rules = cfg.rules if cfg else config_module.Rules()
        return {
            "default_follow_up": rules.default_follow_up,
            "financial_year_start": rules.financial_year_start_month,
            "cadence": rules.cadence,
            "aliases": cfg.aliases() if cfg else None,
        }

    def _optional_config(self) -> config_module.Config | None:
        explicit = self.args.config or os.environ.get(config_module.CONFIG_ENV)
        if not explicit and not config_module.DEFAULT_PATH.exists():
            return None
        return self.config

    def out(self, text: str = "") -> None:
        print(text)



# --------------------------------------------------------------------------- shared argument types


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (use YYYY-MM-DD)") from None


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
    # Progress lines are the service's log; a one-shot command prints its own results.
    chatty = args.verbose or args.command == "run"
    logging.getLogger("reminders").setLevel(logging.DEBUG if args.verbose else
                                            logging.INFO if chatty else logging.WARNING)
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



# Importing the command modules registers their commands, in the order --help lists them.
from reminders.cli import setup, minutes, register as register_commands, delivery  # noqa: E402, F401, I001
from reminders.cli import log  # noqa: E402, F401
