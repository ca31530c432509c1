"""The ``reminders`` command line.

Each subcommand is a short function whose docstring is its help (first line: the summary;
the rest, with an example, the description). Errors a user can fix are ``ReminderError``s,
caught once in ``main``: one line on stderr and an exit code; ``-v`` adds the traceback.
"""

from __future__ import annotations

import argparse
import inspect
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable
from datetime import date
from functools import cached_property
from pathlib import Path

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


# --------------------------------------------------------------------------- deadlines


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (use YYYY-MM-DD)") from None


def _due_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", help="the action as minuted")
    parser.add_argument("--meeting", type=_date, required=True, metavar="YYYY-MM-DD",
                        help="the date of the meeting that minuted it")
    parser.add_argument("--next-meeting", type=_date, metavar="YYYY-MM-DD",
                        help="the next meeting's date, when the minutes give one")
    parser.add_argument("--json", action="store_true", help="print JSON")


@command("due", _due_arguments)
def due(args: argparse.Namespace, ctx: Context) -> int:
    """Resolve the deadline in one minuted sentence.

    Prints the due date, its basis (stated, next_meeting or vague) and the words that set
    it; "no deadline" when none is stated. Uses the rules of config.toml when there is one.

    example: reminders due "Revisit in 6 months to seek reassurance" --meeting 2021-10-04
    """
    from reminders.deadlines import resolve

    rules = ctx.rules
    found = resolve(args.text, args.meeting, next_meeting=args.next_meeting,
                    financial_year_start=rules.financial_year_start_month, cadence=rules.cadence)
    if args.json:
        body = {"due": None, "basis": None, "words": None}
        if found:
            body = {"due": found.due.isoformat(), "basis": found.basis, "words": found.words}
        ctx.out(json.dumps(body))
    elif found:
        ctx.out(f"{found.due:%Y-%m-%d} ({found.due:%A %d %B %Y})  basis: {found.basis}  "
                f"words: {found.words!r}")
    else:
        ctx.out("no deadline stated")
    return 0


# --------------------------------------------------------------------------- minutes


def _extract_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="a minutes file: .txt .md .html .docx .pdf")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


@command("extract", _extract_arguments)
def extract(args: argparse.Namespace, ctx: Context) -> int:
    """Show what a minutes file holds, storing nothing.

    The meeting (title, date, next meeting, attendees, warnings) and every action with its
    owners and due date, for checking an extraction before ingesting it.

    example: reminders extract minutes/2021-10-04_assurance.txt --json
    """
    from reminders.minutes import extract as extract_minutes
    from reminders.minutes import format_table

    result = extract_minutes(args.path, **ctx.extraction_options)
    if args.json:
        ctx.out(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        ctx.out(format_table(result))
    return 0


def _ingest_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", type=Path, nargs="+", metavar="PATH", help="minutes files")
    parser.add_argument("--force", action="store_true",
                        help="re-extract files even when they have not changed")


@command("ingest", _ingest_arguments)
def ingest(args: argparse.Namespace, ctx: Context) -> int:
    """Extract minutes files and store their meetings and actions.

    One transaction per file: a bad file is reported on one line and stores nothing, and the
    others go ahead. Ingesting the same file again changes nothing; a corrected re-issue of a
    meeting updates its actions and keeps what was edited by hand since.

    example: reminders ingest minutes/*.txt
    """
    from tqdm import tqdm

    from reminders.errors import MinutesError
    from reminders.ingest import ingest_file

    failed, unknown = 0, set()
    paths = _expand(args.paths)
    bar = tqdm(paths, unit="file", disable=len(paths) < 5 or None, file=sys.stderr, leave=False)
    for path in bar:
        try:
            result = ingest_file(ctx.store, path, ctx.config, force=args.force)
        except MinutesError as exc:
            failed += 1
            tqdm.write(f"reminders: error: {exc}", file=sys.stderr)
            continue
        except OSError as exc:
            failed += 1
            tqdm.write(f"reminders: error: {path}: cannot read: {exc.strerror}", file=sys.stderr)
            continue
        unknown.update(result.unknown_owners)
        tqdm.write(f"{path}: {result.summary()}")
        for warning in result.warnings:
            tqdm.write(f"{path}: warning: {warning}")
    if unknown:
        ctx.out(f"owner codes with no recipient in {ctx.config.path}: {', '.join(sorted(unknown))}"
                " (add [recipients.CODE] or an alias, or the secretariat's overview lists them)")
    if failed:
        ctx.out(f"{failed} of {len(paths)} files could not be ingested")
    return 1 if failed else 0


def _expand(paths: list[Path]) -> list[Path]:
    """Folders stand for the minutes files in them."""
    from reminders.minutes import SUPPORTED_SUFFIXES

    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir()
                            if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            found.append(path)
    return found


# --------------------------------------------------------------------------- the register


def _actions_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--owner", metavar="CODE", help="only this owner (a code or an alias)")
    parser.add_argument("--status", default="open",
                        choices=("open", "done", "overdue", "withdrawn", "all"))
    parser.add_argument("--json", action="store_true", help="print JSON")


@command("actions", _actions_arguments)
def actions(args: argparse.Namespace, ctx: Context) -> int:
    """List stored actions, soonest due first.

    example: reminders actions --status overdue --owner ACC
    """
    from reminders import tracker

    cfg = ctx.config
    today = clock.today(cfg.tz)
    codes = None
    if args.owner:
        code = cfg.recipient_for(args.owner) or args.owner
        codes = {code, *(cfg.recipients[code].aliases if code in cfg.recipients else [])}
    with ctx.store.session() as session:
        rows = tracker.list_actions(session, today=today, status=args.status,
                                    owner=args.owner, owner_codes=codes)
    if args.json:
        ctx.out(json.dumps([_action_json(r.action, r.meeting) for r in rows], ensure_ascii=False))
        return 0
    if not rows:
        ctx.out(f"no {args.status} actions" + (f" for {args.owner}" if args.owner else ""))
    for row in rows:
        a, m = row.action, row.meeting
        due_text = f"{a.due:%d %b %Y}" if a.due else "no date"
        late = f", {(today - a.due).days} days overdue" if a.due and a.due < today else ""
        meeting = f"{m.title or m.source} ({m.date:%d %b %Y})" if m.date else (m.title or m.source)
        ctx.out(f"{a.ref}  {a.status:<9} due {due_text} [{a.basis}{late}]  "
                f"{','.join(a.owner_codes) or '(no owner)'}")
        ctx.out(f"        {a.text}")
        ctx.out(f"        from {meeting}" + (f", item {a.item}" if a.item else ""))
    return 0


def _action_json(a, m) -> dict:
    return {
        "ref": a.ref, "status": a.status, "text": a.text, "owners": a.owner_codes,
        "due": a.due.isoformat() if a.due else None, "basis": a.basis, "due_words": a.due_words,
        "item": a.item, "section": a.section, "kind": a.kind, "update": a.update,
        "meeting": {"title": m.title, "date": m.date.isoformat() if m.date else None},
        "source": a.source, "line": a.line, "edited": [f for f in a.edited.split(",") if f],
        "note": a.note,
    }


def _ref_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("ref", help="the action's reference, e.g. A-0042")
    parser.add_argument("--note", help="why, for the record")


@command("close", _ref_arguments)
def close(args: argparse.Namespace, ctx: Context) -> int:
    """Mark an action done; it leaves every digest.

    example: reminders close A-0042 --note "report received 3 May"
    """
    from reminders import tracker

    with ctx.store.session() as session:
        action = tracker.close(session, args.ref, args.note)
    ctx.out(f"{action.ref}: done")
    return 0


@command("reopen", _ref_arguments)
def reopen(args: argparse.Namespace, ctx: Context) -> int:
    """Mark a closed or withdrawn action open again.

    example: reminders reopen A-0042
    """
    from reminders import tracker

    with ctx.store.session() as session:
        action = tracker.reopen(session, args.ref)
    ctx.out(f"{action.ref}: open")
    return 0


def _edit_arguments(parser: argparse.ArgumentParser) -> None:
    _ref_arguments(parser)
    parser.add_argument("--owner", action="append", metavar="CODE",
                        help="the owner; repeat for several (replaces the extracted owners)")
    parser.add_argument("--due", type=_date, metavar="YYYY-MM-DD", help="the due date")
    parser.add_argument("--text", help="the action's words")


@command("edit", _edit_arguments)
def edit(args: argparse.Namespace, ctx: Context) -> int:
    """Correct an extracted action's owners, due date or words.

    What is corrected here survives a re-issue of the minutes.

    example: reminders edit A-0042 --owner ACC --owner DPCC --due 2022-05-31
    """
    from reminders import tracker

    with ctx.store.session() as session:
        action = tracker.edit(session, args.ref, owners=args.owner, due=args.due,
                              text=args.text, note=args.note)
    ctx.out(f"{action.ref}: owners {','.join(action.owner_codes) or '(none)'}, due "
            f"{action.due or 'none'}: {action.text}")
    return 0


# --------------------------------------------------------------------------- digests


def _on_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--on", type=_date, metavar="YYYY-MM-DD",
                        help="as if it were this day (default: today in the configured zone)")


def _digest_arguments(parser: argparse.ArgumentParser) -> None:
    _on_argument(parser)
    parser.add_argument("--owner", metavar="CODE",
                        help="one recipient's digest (default: all, and the overview)")
    parser.add_argument("--format", choices=("text", "html"), default="text")


@command("digest", _digest_arguments)
def digest(args: argparse.Namespace, ctx: Context) -> int:
    """Preview the digests a run would send; sends and records nothing.

    example: reminders digest --on 2022-03-28 --owner CC --format html > cc.html
    """
    from reminders import dispatch

    on = args.on or clock.today(ctx.config.tz)
    ctx.out(dispatch.preview(ctx.config, ctx.store, on=on, owner=args.owner, fmt=args.format))
    return 0


def _send_arguments(parser: argparse.ArgumentParser) -> None:
    _on_argument(parser)
    parser.add_argument("--dry-run", action="store_true",
                        help="say what would be sent; send and record nothing")


@command("send", _send_arguments)
def send(args: argparse.Namespace, ctx: Context) -> int:
    """Send this week's digests now, once: one line per recipient.

    Uses the delivery ledger, so a digest already sent for this week's slot is not sent
    again; a failure is recorded and retried by the service.

    example: reminders send --dry-run
    """
    from reminders import dispatch

    report = dispatch.send_now(ctx.config, ctx.store, on=args.on, now=clock.now(ctx.config.tz),
                               dry_run=args.dry_run)
    local = report.slot.astimezone(ctx.config.tz)
    ctx.out(f"digest slot {local:%A %d %B %Y %H:%M %Z}")
    for outcome in report.outcomes:
        detail = f" ({outcome.detail})" if outcome.detail and outcome.status != "failed" else ""
        why = f": {outcome.detail}" if outcome.status == "failed" else ""
        ctx.out(f"{outcome.recipient}: {outcome.status}{detail}{why}")
    return 1 if any(o.status == "failed" for o in report.outcomes) else 0


# --------------------------------------------------------------------------- the service


@command("run")
def run(args: argparse.Namespace, ctx: Context) -> int:
    """Run the service in the foreground: weekly digests, retries, the watched folder.

    Logs one line per event to stderr. SIGTERM or SIGINT stops it cleanly; SIGHUP reloads
    config.toml (an invalid new file is refused and the old one kept). A digest missed while
    the service was down is sent when it starts, within schedule.catch_up_days.

    example: reminders --config /etc/reminders/config.toml run
    """
    from reminders import daemon

    return daemon.run(config_module.config_path(args.config))


@command("status")
def status(args: argparse.Namespace, ctx: Context) -> int:
    """Show the last digest run, the next one, pending retries and open/overdue counts.

    example: reminders status
    """
    from reminders.status import status_report

    ctx.out(status_report(ctx.config, ctx.store, now=clock.now(ctx.config.tz)))
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
