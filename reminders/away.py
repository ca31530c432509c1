"""Who reads an owner's digest today: the owner, or their deputy while the owner is away.

``recipients.CODE.away_until`` is the last day the owner is away (inclusive); ``deputy`` is
another recipient's code. A deputy who is away too passes it on to their own deputy; when the
chain runs out (everyone away, or a loop), the digest still goes to the owner, since a
reminder sent to an absent reader is better than one sent to nobody.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reminders.config import Config, Recipient


@dataclass(frozen=True)
class Away:
    """The owner is away on the digest's day; ``deputy`` is None when nobody can stand in."""

    until: date  # the owner's last day away
    deputy: str | None  # recipient code of the stand-in
    deputy_name: str | None
    deputy_to: tuple[str, ...] = ()


def is_away(recipient: Recipient, today: date) -> bool:
    return recipient.away_until is not None and today <= recipient.away_until


def stand_in(config: Config, code: str, today: date) -> Away | None:
    """None when ``code`` is not away on ``today``; else who reads its digest instead."""
    owner = config.recipients[code]
    if not is_away(owner, today):
        return None
    seen = {code}
    deputy = owner.deputy
    while deputy is not None and deputy not in seen:
        candidate = config.recipients[deputy]
        if not is_away(candidate, today):
            return Away(owner.away_until, deputy, candidate.name, tuple(candidate.to))
        seen.add(deputy)
        deputy = candidate.deputy
    return Away(owner.away_until, None, None)
