"""What config.toml allows but probably does not mean; ``check-config`` prints these.

Not errors: the service runs with them, and refusing them would break configs that mean
exactly what they say.
"""

from __future__ import annotations

import re

from reminders.config import WEEKDAYS, Schedule

# A cron weekday field made only of numbers, ranges, lists and steps ("1", "1-5", "*/2").
_NUMERIC_WEEKDAY = re.compile(r"[0-7](-[0-7])?(/\d+)?(,[0-7](-[0-7])?(/\d+)?)*")
_CRON_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun")  # cron: 0 and 7 = Sunday


def schedule_warnings(schedule: Schedule) -> list[str]:
    """What is valid in config.toml but probably not what was meant; check-config prints these.

    A numeric weekday in ``schedule.cron`` is the trap: APScheduler counts 0 = Monday, cron
    counts 0 = Sunday, so "30 7 * * 1", meant as Monday, fires on Tuesday. Names mean the
    same to both, so the warning suggests the names cron would have meant.
    """
    if not schedule.cron:
        return []
    fields = schedule.cron.split()
    weekday = fields[4] if len(fields) == 5 else ""
    if not _NUMERIC_WEEKDAY.fullmatch(weekday):
        return []
    meant = re.sub(r"(?<![/\d])[0-7]", lambda m: _CRON_DAYS[int(m.group())], weekday)
    here = re.sub(r"(?<![/\d])[0-6]", lambda m: WEEKDAYS[int(m.group())], weekday)
    suggestion = " ".join([*fields[:4], meant])
    return [f"schedule.cron {schedule.cron!r}: numeric weekday {weekday!r} means {here} here "
            f"(APScheduler counts 0 = Monday, cron 0 = Sunday); write day names: "
            f"cron = {suggestion!r} if you meant {meant}"]
