"""Commands for administrators: check the configuration, and what it points at."""

from __future__ import annotations

import argparse
import sys

from reminders import clock
from reminders.cli import Context, command
from reminders.clock import long_date
from reminders.errors import ReminderError

# --------------------------------------------------------------------------- check-config


def _check_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-connect", action="store_true",
                        help="check the file only: do not open the database or the SMTP server")


@command("check-config", _check_arguments)
def check_config(args: argparse.Namespace, ctx: Context) -> int:
    """Validate config.toml, open what it points at, and summarise it.

    Prints the database, the recipients and their addresses, and when the next digest goes
    out in local time. Exits 2 with one line naming the key when the file is invalid. Then
    opens the database (creating the SQLite file where it belongs) and the SMTP server (or
    the outbox folder) as the service would, and reports one that cannot be used in one line:
    exit 3 for the database, 1 for delivery. Warnings (a numeric cron weekday, a missing
    password) do not change the exit status.

    example: reminders check-config --config /etc/reminders/config.toml
    """
    from reminders.away import stand_in
    from reminders.config_warnings import schedule_warnings

    cfg = ctx.config
    tz = cfg.tz
    trigger = cfg.schedule.trigger(tz)
    next_run = trigger.get_next_fire_time(None, clock.now(tz))
    problems: list[ReminderError] = []
    ctx.out(f"config:      {cfg.path} (valid)")
    ctx.out(f"database:    {_database(cfg.database_url, args.no_connect, problems)}")
    ctx.out(f"timezone:    {cfg.timezone}")
    schedule = cfg.schedule.cron or f"every {cfg.schedule.day} at {cfg.schedule.time}"
    ctx.out(f"schedule:    {schedule}")
    for warning in schedule_warnings(cfg.schedule):
        ctx.out(f"warning:     {warning}")
    ctx.out(f"next digest: {next_run:%A %d %B %Y %H:%M %Z}")
    if cfg.smtp.host:
        auth = f", as {cfg.smtp.username}" if cfg.smtp.username else ""
        ctx.out(f"delivery:    SMTP {cfg.smtp.host}:{cfg.smtp.port} (tls {cfg.smtp.tls}{auth})")
        if cfg.smtp.username and not cfg.smtp.password():
            ctx.out(f"warning:     ${cfg.smtp.password_env} is not set: SMTP login will fail")
        elif not args.no_connect:
            ctx.out(f"             {_smtp(cfg, problems)}")
    else:
        outbox = cfg.resolve_path(cfg.mail.outbox)
        state = "" if args.no_connect else f" ({_outbox(outbox, problems)})"
        ctx.out(f"delivery:    outbox folder {outbox}{state}")
    ctx.out(f"secretariat: {', '.join(cfg.mail.secretariat)}")
    if cfg.mail.escalation:
        ctx.out(f"escalation:  {', '.join(cfg.mail.escalation)}")
    ctx.out(f"recipients:  {len(cfg.recipients)}")
    for code, recipient in cfg.recipients.items():
        cc = f" (cc {', '.join(recipient.cc)})" if recipient.cc else ""
        aliases = f" aka {', '.join(recipient.aliases)}" if recipient.aliases else ""
        ctx.out(f"  {code:<10} {recipient.name}: {', '.join(recipient.to)}{cc}{aliases}")
        if (away := stand_in(cfg, code, clock.today(tz))) is not None:
            goes = f"the digest goes to {away.deputy}" if away.deputy else "no deputy available"
            ctx.out(f"  {'':<10} away until {long_date(away.until)}: {goes}")
    for problem in problems:
        print(f"reminders: error: {problem}", file=sys.stderr)
    return problems[0].exit_code if problems else 0


def _database(url: str, offline: bool, problems: list[ReminderError]) -> str:
    from reminders.errors import StoreError
    from reminders.store import check, redact

    if offline:
        return redact(url)
    try:
        revision = check(url)
    except StoreError as exc:
        problems.append(exc)
        return f"{redact(url)} (cannot be used: see below)"
    state = f"schema {revision}" if revision else "new: its tables are created on first use"
    return f"{redact(url)} ({state})"


def _smtp(cfg, problems: list[ReminderError]) -> str:
    from reminders.errors import DeliveryError
    from reminders.mailer import SmtpTransport

    try:
        return SmtpTransport(cfg.smtp).check()
    except DeliveryError as exc:
        problems.append(exc)
        return "cannot be used: see below"


def _outbox(folder, problems: list[ReminderError]) -> str:
    import tempfile

    from reminders.errors import DeliveryError

    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        problems.append(DeliveryError(f"outbox {folder}: cannot write there: "
                                      f"{exc.strerror or exc}",
                                      "set mail.outbox to a folder the service may write"))
        return "cannot be used: see below"
    return "writable"
