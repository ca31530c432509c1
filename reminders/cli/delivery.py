"""Commands that preview and send digests, run the service and report its state."""

from __future__ import annotations

import argparse

from reminders import clock
from reminders import config as config_module
from reminders.cli import Context, _date, command

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


