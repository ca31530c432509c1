"""One error hierarchy for everything a user can fix, and the exit statuses they map to.

Each error carries a one-line message saying what is wrong and where, and a hint saying what
to do about it. The CLI and the daemon catch ``ReminderError`` once, at the edge, and print
``message (hint)`` on one line; anything else is a bug and keeps its traceback.

Exit statuses are part of the interface (scripts and systemd's ``RestartPreventExitStatus``
read them), so each means one thing; the README lists them.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILED = 1  # something failed and was reported: a file not ingested, a digest not sent
EXIT_CONFIG = 2  # config.toml (or a site template) is invalid: only a person can fix it
EXIT_STORE = 3  # the database cannot be opened, created or written
EXIT_USAGE = 64  # a wrong command line: unknown flag, bad value (sysexits.h EX_USAGE)
EXIT_INTERRUPTED = 130  # Ctrl-C


class ReminderError(Exception):
    """Base class: a problem the person running ``reminders`` can act on."""

    exit_code = EXIT_FAILED

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class ConfigError(ReminderError):
    """config.toml is missing, unreadable or invalid."""

    exit_code = EXIT_CONFIG


class MinutesError(ReminderError):
    """A minutes file cannot be read: wrong encoding, empty, binary, unreadable PDF..."""


class StoreError(ReminderError):
    """The database cannot be reached, created or written, or is at an unknown schema."""

    exit_code = EXIT_STORE


class DeliveryError(ReminderError):
    """An email could not be handed to the SMTP server or written to the outbox."""
