"""Commands that preview and send digests, run the service and report its state."""

from __future__ import annotations

import argparse

from reminders import clock
from reminders.cli import Context, _date, command
from reminders.errors import EXIT_FAILED, ReminderError

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
    parser.add_argument("--force", action="store_true",
                        help="with --on a past slot's day: send that slot now, not a preview")
    parser.add_argument("--test", metavar="ADDRESS", type=_address,
                        help="send a sample digest to ADDRESS now through the configured "
                        "SMTP server or outbox; recorded nowhere")


def _address(value: str) -> str:
    from pydantic import TypeAdapter, ValidationError

    from reminders.addresses import Email

    try:
        return TypeAdapter(Email).validate_python(value)
    except ValidationError as exc:
        why = exc.errors()[0]["msg"].removeprefix("Value error, ")
        raise argparse.ArgumentTypeError(why) from None


def _send_test(ctx: Context, address: str) -> int:
    """The sample digest, and the transport's answer on one line."""
    from reminders.testmail import send_test

    attempt = send_test(ctx.config, address, clock.now(ctx.config.tz))
    refused = {**attempt.refused, **attempt.deferred}
    if attempt.error or refused:
        why = attempt.error or "; ".join(f"{a}: {reply}" for a, reply in refused.items())
        ctx.out(f"test digest to {address}: failed: {why}")
        return EXIT_FAILED
    ctx.out(f"test digest to {address}: {attempt.answer or 'accepted'}")
    return 0


def _preview_only(args: argparse.Namespace, ctx: Context) -> bool:
    """--on a past slot's day previews it unless --force; a future slot is refused.

    Sending a later week's digests now would put escalations in front of people early and
    use up that slot, so that neither happens by a typo in a date.
    """
    from datetime import datetime, time, timedelta

    from reminders.slots import slot_at_or_before

    cfg = ctx.config
    now = clock.now(cfg.tz)
    end_of_day = datetime.combine(args.on + timedelta(days=1), time(0), cfg.tz)
    wanted = slot_at_or_before(cfg, end_of_day - timedelta(microseconds=1))
    if wanted is None:
        raise ReminderError(f"--on {args.on}: no digest slot of the schedule falls on or "
                            "before that day", "check the date and schedule in config.toml")
    if wanted > now:
        raise ReminderError(f"--on {args.on}: its slot has not come yet; digests are never "
                            "sent ahead of their slot",
                            f"preview them with: reminders digest --on {args.on}")
    current = slot_at_or_before(cfg, now)
    if wanted == current or args.force:
        return False
    ctx.out(f"preview only: {args.on} is in the slot of {wanted:%A %d %B %Y %H:%M %Z}, not the "
            f"current one ({current:%A %d %B %Y %H:%M %Z}); add --force to send it now")
    return True


def _said(outcome, ctx: Context) -> str:
    """An outcome as the administrator should read it: with no SMTP server nothing was
    sent, the digest was written to the outbox folder."""
    if outcome.status == "sent" and not ctx.config.smtp.host:
        detail = f" ({outcome.detail})" if outcome.detail else ""
        return f"{outcome.recipient}: written to the outbox{detail}"
    return str(outcome)


@command("send", _send_arguments)
def send(args: argparse.Namespace, ctx: Context) -> int:
    """Send this week's digests now, once: one line per recipient.

    Completes the slot on its own, with or without the service: digests a killed run left
    half sent are resumed with their Message-ID, failed ones are retried now, and other
    retries that are due are made. Exit status 1 while anything in the slot has not reached
    its readers (each listed); run it again, or let the service retry.

    With --on DATE a past slot's day only previews that slot, unless --force; a future
    slot is refused. With --test ADDRESS a sample digest goes to ADDRESS only, through the
    configured SMTP server or outbox, and the server's answer is printed; nothing is
    recorded, and exit status 1 means it was not accepted.

    example: reminders send --dry-run
    """
    if args.test:
        return _send_test(ctx, args.test)
    if args.on is not None and _preview_only(args, ctx):
        args.dry_run = True
    from reminders import dispatch
    from reminders.status import undelivered

    report = dispatch.send_now(ctx.config, ctx.store, on=args.on, now=clock.now(ctx.config.tz),
                               dry_run=args.dry_run)
    local = report.slot.astimezone(ctx.config.tz)
    ctx.out(f"digest slot {local:%A %d %B %Y %H:%M %Z}")
    if not ctx.config.smtp.host:
        ctx.out(f"no SMTP server configured: digests go to the outbox "
                f"{ctx.config.resolve_path(ctx.config.mail.outbox)}")
    for outcome in report.outcomes:
        ctx.out(_said(outcome, ctx))
    for slot, outcome in report.retried:
        ctx.out(f"retry of {slot.astimezone(ctx.config.tz):%a %d %b %Y %H:%M}: "
                f"{_said(outcome, ctx)}")
    if args.dry_run:
        return 0
    missing = undelivered(ctx.config, ctx.store, report.slot)
    if missing:
        ctx.out(f"not complete: {len(missing)} undelivered in this slot")
        for line in missing:
            ctx.out(f"  {line}")
    return 1 if missing else 0



# --------------------------------------------------------------------------- the service


@command("run")
def run(args: argparse.Namespace, ctx: Context) -> int:
    """Run the service in the foreground: weekly digests, retries, the watched folder.

    Logs one line per event to stderr. SIGTERM or SIGINT stops it cleanly; SIGHUP reloads
    config.toml (an invalid new file is refused and the old one kept). A digest missed while
    the service was down is sent when it starts, within schedule.catch_up_days.

    example: reminders --config /etc/reminders/config.toml run
    """
    from reminders import service
    from reminders.config import config_path

    return service.run(config_path(args.config))


@command("status")
def status(args: argparse.Namespace, ctx: Context) -> int:
    """Show the last digest run, the next one, pending retries and open/overdue counts.

    example: reminders status
    """
    from reminders.status import status_report

    ctx.out(status_report(ctx.config, ctx.store, now=clock.now(ctx.config.tz)))
    return 0


