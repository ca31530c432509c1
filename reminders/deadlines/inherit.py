"""Rule 12: a list item or sub-bullet that states no time takes its parent item's deadline.

"Annual accounts are due by the end of March" over "- find an accountant": the sub-item is
due at the end of March too. The extraction layer knows the nesting; this module only
decides, so every caller inherits the same way: the item's own words first, then each
parent from the nearest outwards, and the first that states a time sets the date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from reminders.deadlines.candidates import Deadline
from reminders.deadlines.resolver import resolve


def resolve_inherited(text: str, parents: Sequence[str], reference: date,
                      **options: Any) -> Deadline | None:
    """Resolve `text`, else the nearest of `parents` (innermost first) that states a time.

    `options` are `resolve`'s (next_meeting, financial_year_start, cadence, body). An
    inherited deadline keeps the parent's basis (a parent "by the end of March" gives
    `stated`, a parent "for the next meeting" `next_meeting`) and its words and span,
    which point into that parent's text, with `inherited` set.
    """
    own = resolve(text, reference, **options)
    if own is not None:
        return own
    for parent in parents:
        found = resolve(parent, reference, **options)
        if found is not None:
            return replace(found, inherited=True)
    return None
