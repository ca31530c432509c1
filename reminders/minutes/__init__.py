"""Reading meeting minutes and extracting the follow-up actions they record.

A pure library: ``extract(path)`` reads one file and returns an ``Extraction`` (the meeting,
its actions with owners and due dates); the CLI prints it and the store keeps it.
"""

from reminders.minutes.extract import extract, extract_text
from reminders.minutes.model import Attendee, ExtractedAction, Extraction, Meeting
from reminders.minutes.read import SUPPORTED_SUFFIXES
from reminders.minutes.table import format_table

__all__ = ["SUPPORTED_SUFFIXES", "Attendee", "ExtractedAction", "Extraction", "Meeting",
           "extract", "extract_text", "format_table"]
