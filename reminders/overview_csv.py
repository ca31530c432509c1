"""The overview's full list as CSV: every action the overview counts, one row per reader.

The mail shows counts per owner and the most overdue actions, so it stays readable with
100,000 open actions; this attachment carries every one, for a spreadsheet. A cell that a
spreadsheet would run as a formula (starting with =, +, - or @) is prefixed with an
apostrophe, since the words come from minutes and are not ours.
"""

from __future__ import annotations

import csv
import io

from reminders.digest import Item, Overview

COLUMNS = ("section", "reader", "ref", "owners", "due", "days_overdue", "escalated",
           "meeting", "meeting_date", "item", "words")


def overview_csv(overview: Overview) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180
    writer.writerow(COLUMNS)
    for group in overview.overdue_by_owner:
        writer.writerows(_row("overdue", group.code, item) for item in group.items)
    writer.writerows(_row("no recipient", "", item) for item in overview.unrouted_pending)
    writer.writerows(_row("due soon", "", item) for item in overview.due_soon)
    writer.writerows(_row("no due date", "", item) for item in overview.undated)
    return out.getvalue()


def has_actions(overview: Overview) -> bool:
    return bool(overview.overdue_by_owner or overview.unrouted_pending or overview.due_soon
                or overview.undated)


def _row(section: str, reader: str, item: Item) -> list[str]:
    cells = [section, reader, item.ref, " ".join(item.owners),
             item.due.isoformat() if item.due else "", str(item.days_overdue),
             "yes" if item.escalated else "", item.meeting,
             item.meeting_date.isoformat() if item.meeting_date else "", item.item or "",
             " ".join(item.text.split())]
    return [_safe(cell) for cell in cells]


def _safe(cell: str) -> str:
    return "'" + cell if cell[:1] in ("=", "+", "-", "@") else cell
