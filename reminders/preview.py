"""``reminders digest``: what a run would send, rendered; nothing is sent or recorded."""

from __future__ import annotations

from datetime import date, datetime, time

from reminders.config import Config
from reminders.digest import SECRETARIAT
from reminders.errors import ReminderError
from reminders.render import render
from reminders.store import Store


def preview(config: Config, store: Store, *, on: date, owner: str | None = None,
            fmt: str = "text") -> str:
    """``reminders digest``: what would be sent on ``on``; renders, sends and records nothing.

    ``owner`` is a recipient code or alias, or "secretariat" for the overview; without it
    every recipient is shown, those with nothing to say as one line.
    """
    if fmt not in ("text", "html"):
        raise ReminderError(f"unknown format {fmt!r}", "use text or html")
    moment = datetime.combine(on, time(12), config.tz)
    from reminders.dispatch import _plan  # the one place a slot is planned

    planned = _plan(config, store, moment, on)
    if owner is None:
        keys = [*config.recipients, SECRETARIAT]
    elif owner.strip().casefold() == SECRETARIAT:
        keys = [SECRETARIAT]
    elif code := config.recipient_for(owner):
        keys = [code]
    else:
        known = ", ".join([*config.recipients, SECRETARIAT])
        raise ReminderError(f"no recipient {owner!r} in {config.path}", f"use one of {known}")
    shown = []
    for key in keys:
        content = planned.overview if key == SECRETARIAT else planned.digest_for(key)
        if owner is None and config.rules.silent(content):
            shown.append(f"{key}: nothing to send")
            continue
        name = "overview" if key == SECRETARIAT else "digest"
        context = {"overview": content, "slot": moment} if key == SECRETARIAT else {
            "digest": content, "escalation": config.mail.escalation}
        parts = render(config, name, **context)
        if fmt == "html":
            shown.append(parts.html)
        else:
            cc = f"Cc: {', '.join(content.cc)}\n" if key != SECRETARIAT and content.cc else ""
            shown.append(f"To: {', '.join(content.to)}\n{cc}Subject: {parts.subject}\n\n"
                         f"{parts.text}")
    return ("\n" + "=" * 72 + "\n").join(shown)
