"""Turn the minuted words of an action into a due date (the contract: spec/deadlines.md).

Each rule of the spec is one precompiled pattern plus a handler that turns a match into a
candidate deadline carrying the exact span it read (`durations`, `months`, `dates`,
`periods`, `meetings`, `soon`). A chooser then applies rule 8 (`resolver`). The patterns run
on a lower-cased copy of the text that keeps every offset (`cleaning`), so spans point into
the caller's string whatever noise it carries (HTML, Cyrillic look-alikes, curly quotes).
Everything here is a pure function of its arguments: no clock, no I/O.
"""

from reminders.deadlines.calendar_math import (
    add_months,
    add_working_days,
    current_quarter_end,
    financial_year_end,
    month_end,
    next_occurrence,
    quarter_end,
)
from reminders.deadlines.candidates import (
    DEFAULT_CADENCE,
    NEXT_MEETING,
    STATED,
    VAGUE,
    VAGUE_DELAY,
    Deadline,
    Handler,
)
from reminders.deadlines.cleaning import clean, lower_same_length
from reminders.deadlines.inherit import resolve_inherited
from reminders.deadlines.lexicon import (
    MONTH_RE,
    MONTHS,
    NUMBER_WORDS,
    WEEKDAY_RE,
    WEEKDAYS,
    number_value,
    two_digit_year,
)
from reminders.deadlines.resolver import resolve

__all__ = [
    "DEFAULT_CADENCE",
    "MONTHS",
    "MONTH_RE",
    "NEXT_MEETING",
    "NUMBER_WORDS",
    "STATED",
    "VAGUE",
    "VAGUE_DELAY",
    "WEEKDAYS",
    "WEEKDAY_RE",
    "Deadline",
    "Handler",
    "add_months",
    "add_working_days",
    "clean",
    "current_quarter_end",
    "financial_year_end",
    "lower_same_length",
    "month_end",
    "next_occurrence",
    "number_value",
    "quarter_end",
    "resolve",
    "resolve_inherited",
    "two_digit_year",
]
