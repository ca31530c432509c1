"""The one place that reads the clock.

Code asks for ``now(tz)`` and gets an aware datetime; deadlines are plain dates, and which
day it is depends on the reader's zone (07:30 on Monday in London is still Sunday night in
New York). Tests freeze this with freezegun rather than patching callers.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo


def now(tz: ZoneInfo | None = None) -> datetime:
    """The current moment, aware, in ``tz`` (UTC when not given)."""
    return datetime.now(UTC).astimezone(tz or UTC)


def today(tz: ZoneInfo) -> date:
    """The calendar day it is in ``tz``: the day a reader of the digest is living."""
    return now(tz).date()


@lru_cache(maxsize=4096)
def long_date(day: date | datetime | None) -> str:
    """'4 October 2021': how the minutes and their readers write a date ("no date" for
    None). Cached: a digest writes some ten dates per action, most of them the same few, and
    strftime is slow."""
    return f"{day.day} {day:%B %Y}" if day else "no date"


def as_utc(moment: datetime) -> datetime:
    """Normalise for storage; a naive value is taken to be UTC already (SQLite forgets tzinfo)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
