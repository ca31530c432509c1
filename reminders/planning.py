"""The planner: who is told about which action, as plain data.

``plan`` is a pure function of the open actions (with their meetings), the configured
recipients and rules, and the local day of the run. It returns frozen dataclasses, one
``Digest`` per recipient and one ``Overview`` for the secretariat, already sorted, grouped
and counted, so the templates only lay them out and never see a database row. Its inputs
are read by ``reminders.digest.load``.

Escalation: an action overdue by more than ``rules.escalate_after_days`` is flagged in its
owner's digest, and that digest is Cc'd to ``mail.escalation``. One email per owner per
slot (one ledger row), so escalation cannot be sent twice or drift from what the owner saw.
Overdue actions with no recipient have no digest to copy; they are flagged in the overview.

Away: while a recipient's ``away_until`` lasts, their digest is addressed to their deputy
(``away.py`` decides who), with the owner copied; it is still the owner's digest and row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from reminders.away import stand_in
from reminders.config import Config
from reminders.digest import (
    AwayNote,
    Digest,
    Inputs,
    Item,
    MeetingWarning,
    Overview,
    OwnerGroup,
    Plan,
    news,
)
from reminders.models import OPEN, Action, Meeting


def local_day(config: Config, moment: datetime) -> date:
    """The day a reader in the configured zone is living at ``moment``."""
    return moment.astimezone(config.tz).date()


def plan(inputs: Inputs, config: Config, today: date) -> Plan:
    """Decide every digest and the overview for a run on local day ``today``."""
    rules = config.rules
    horizon = today + timedelta(days=rules.due_soon_days)
    items = [(_item(action, meeting, today, rules.escalate_after_days), action)
             for action, meeting in inputs.actions if action.status == OPEN]
    by_code: dict[str, list[Item]] = {code: [] for code in config.recipients}
    unrouted: list[Item] = []
    unrouted_keys: dict[str, list[Item]] = {}
    for item, action in items:
        codes = _dedupe(config.recipient_for(owner) for owner in action.owner_codes)
        for code in codes:
            if code is not None:
                by_code[code].append(item)
        if not any(codes):
            unrouted.append(item)
            for key in action.owner_codes or ["(no owner)"]:
                unrouted_keys.setdefault(key, []).append(item)

    def overdue(found: Iterable[Item]) -> tuple[Item, ...]:
        return tuple(sorted((i for i in found if i.due and i.due < today), key=_by_due))

    def due_soon(found: Iterable[Item]) -> tuple[Item, ...]:
        return tuple(sorted((i for i in found if i.due and today <= i.due <= horizon),
                            key=_by_due))

    digests = []
    for code, recipient in config.recipients.items():
        late, soon = overdue(by_code[code]), due_soon(by_code[code])
        away = stand_in(config, code, today)
        to = away.deputy_to if away and away.deputy else tuple(recipient.to)
        owner = [a for a in recipient.to if a not in to] if away and away.deputy else []
        cc = [*owner, *recipient.cc]
        if any(item.escalated for item in late):
            cc += config.mail.escalation
        cc = [a for a in _dedupe(cc) if a not in to]
        digests.append(Digest(code=code, name=recipient.name, to=to, cc=tuple(cc), today=today,
                              overdue=late, due_soon=soon,
                              escalate_after_days=rules.escalate_after_days,
                              default_follow_up_days=rules.default_follow_up_days,
                              escalation_copied=tuple(
                                  a for a in config.mail.escalation if a in cc),
                              away=away, owner_copied=tuple(a for a in owner if a in cc),
                              calendar_changes=tuple(
                                  c for c in inputs.calendar.get(code, ())
                                  if c.ref not in {i.ref for i in (*late, *soon)})))
    groups = [OwnerGroup(d.code, d.name, True, d.overdue) for d in digests if d.overdue]
    for key, found in unrouted_keys.items():
        if late := overdue(found):
            name = "no owner minuted" if key == "(no owner)" else "no recipient configured"
            groups.append(OwnerGroup(key, name, False, late))
    every = {item.ref: item for item, _ in items}.values()
    lost = {item.ref for item in unrouted}
    overview = Overview(
        to=tuple(config.mail.secretariat), today=today, overdue_by_owner=tuple(groups),
        due_soon=due_soon(every), unrouted=tuple(sorted(unrouted, key=_by_due)),
        undated=tuple(sorted((i for i in every if i.due is None and i.ref not in lost),
                             key=lambda i: i.ref)),
        warnings=tuple(_warnings(inputs.meetings)),
        escalate_after_days=rules.escalate_after_days, awaiting_review=inputs.awaiting_review,
        away=tuple(AwayNote(d.code, d.name, d.away.until, d.away.deputy, d.away.deputy_name)
                   for d in digests if d.away),
        **news(inputs, config))
    return Plan(today=today, digests=tuple(digests), overview=overview)


def _item(action: Action, meeting: Meeting, today: date, escalate_after: int) -> Item:
    late = (today - action.due).days if action.due and action.due < today else 0
    return Item(
        ref=action.ref, text=action.text.strip(), owners=tuple(action.owner_codes),
        meeting=meeting.title or meeting.key, meeting_date=meeting.date, item=action.item,
        due=action.due, due_words=action.due_words, no_deadline_minuted=action.basis == "default",
        days_overdue=late, days_left=max((action.due - today).days, 0) if action.due else 0,
        # A default date is our follow-up, not a minuted deadline: never escalated.
        escalated=late > escalate_after and action.basis != "default",
        latest_update=action.update if action.update_on else None, update_on=action.update_on,
        due_set_on=action.due_set_on, due_by_secretariat=action.basis == "secretariat",
        seq=action.calendar_seq)


def _by_due(item: Item) -> tuple[date, str]:
    return (item.due or date.max, item.ref)


def _dedupe(values: Iterable) -> list:
    return list(dict.fromkeys(values))


def _warnings(meetings: Iterable[Meeting]) -> list[MeetingWarning]:
    found = []
    for meeting in sorted(meetings, key=lambda m: (m.date or date.min, m.key)):
        try:
            texts = json.loads(meeting.warnings or "[]")
        except ValueError:
            texts = [f"(unreadable warnings: {meeting.warnings[:80]})"]
        found += [MeetingWarning(meeting.title or meeting.key, meeting.date, str(text))
                  for text in texts]
    return found
