"""One error hierarchy for everything a user can fix.

Each error carries a one-line message saying what is wrong and where, and a hint saying what
to do about it. The CLI and the daemon catch ``ReminderError`` once, at the edge, and print
``message (hint)`` on one line; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class ReminderError(Exception):
    """Base class: a problem the person running ``reminders`` can act on."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class ConfigError(ReminderError):
    """config.toml is missing, unreadable or invalid."""

    exit_code = 2


class MinutesError(ReminderError):
    """A minutes file cannot be read: wrong encoding, empty, binary, unreadable PDF..."""


class StoreError(ReminderError):
    """The database cannot be reached or is at a schema this version does not know."""


class DeliveryError(ReminderError):
    """An email could not be handed to the SMTP server or written to the outbox."""
