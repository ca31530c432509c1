"""A plain-text view of an extraction, for the policy officer checking it against the
minutes: the meeting first, then one block per action with everything the digest will use,
so a wrong owner or date is visible at a glance."""

from __future__ import annotations

import textwrap

from reminders.minutes.model import Extraction

_WIDTH = 88


def format_table(extraction: Extraction) -> str:
    m = extraction.meeting
    lines = [
        f"{m.title or '(untitled minutes)'}",
        f"  source: {extraction.source}",
        f"  held: {m.date or 'unknown'}    next meeting: {m.next_meeting or 'unknown'}",
    ]
    if m.chair or m.minute_taker:
        lines.append(f"  chair: {m.chair or '-'}    minutes: {m.minute_taker or '-'}")
    present = [a.code or a.name for a in m.attendees if a.present]
    absent = [a.code or a.name for a in m.attendees if not a.present]
    if present:
        lines.append(f"  present: {', '.join(present)}")
    if absent:
        lines.append(f"  apologies: {', '.join(absent)}")
    lines += [f"  warning: {w}" for w in m.warnings]
    lines.append(f"  {len(extraction.actions)} action(s)")
    for number, a in enumerate(extraction.actions, 1):
        ref = a.item or "-"
        owners = ", ".join(a.owners) or "(no owner minuted)"
        if a.due is None:
            due = "no date"
        elif a.basis == "default":
            due = f"{a.due} (default: no deadline minuted)"
        else:
            due = f"{a.due} ({a.basis}: \"{a.due_words}\")"
        lines += ["", f"{number:>3}. item {ref}  line {a.line}  [{a.kind}]",
                  f"     owners: {owners}", f"     due:    {due}"]
        if a.section:
            lines.append(f"     section: {a.section}")
        lines += textwrap.wrap(a.text, _WIDTH, initial_indent="     ", subsequent_indent="     ")
        if a.update:
            lines += textwrap.wrap(a.update, _WIDTH, initial_indent="     update: ",
                                   subsequent_indent="             ")
    return "\n".join(lines) + "\n"
