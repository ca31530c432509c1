"""Commands for administrators: check the configuration."""

from __future__ import annotations

import argparse

from reminders import clock
from reminders.cli import Context, command

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


