"""Track the follow-up actions recorded in meeting minutes and remind their owners."""

__version__ = "0.1.0"
