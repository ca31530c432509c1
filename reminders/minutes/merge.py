"""Repeats merged, closed carried actions dropped: so each action is reported once.

PDF conversions sometimes print a passage several times, each copy slightly damaged ("MU
backlog" for "IMU backlog", a copy cut off mid-sentence), and only one copy may hold the
owner cell. Copies are recognised by their words (equal, one a long prefix of the other, or
nearly identical) and merged: the fullest text, the first line, every owner any copy names.
Items that only differ in their subject ("File quality to form part of the regular DPCC /
ACC meeting" vs "The IMU backlog to form part of ...") stay apart: the threshold is tight.

Carried actions (reports on earlier actions) are kept whatever their update says: the
extraction hands them over as ``updates`` and ingest applies them to the stored actions;
``closed`` says whether the update reports the action done.
"""

from __future__ import annotations

import difflib
import re

from reminders.minutes.actions import Found
from reminders.minutes.blocks import Block
from reminders.minutes.owners import union
from reminders.minutes.patterns import COMPLETE, STILL_OPEN

_SAME_RATIO = 0.95
_MIN_PREFIX = 25


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def same_action(a: str, b: str) -> bool:
    a, b = _words(a), _words(b)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= _MIN_PREFIX and long.startswith(short):
        return True
    matcher = difflib.SequenceMatcher(None, a, b)
    return (len(short) >= 30 and matcher.quick_ratio() >= _SAME_RATIO
            and matcher.ratio() >= _SAME_RATIO)


def merge_repeats(found: list[Found], shadows: list[tuple[Block, tuple[str, ...]]]) -> list[Found]:
    kept: list[Found] = []
    candidates = found + [Found(b.text, b, owners=o, shadow=True) for b, o in shadows]
    for f in candidates:
        twin = next((k for k in kept if same_action(k.text, f.text)), None)
        if twin is None:
            if not f.shadow:
                kept.append(f)
            continue
        twin.owners = union(twin.owners, f.owners)
        if f.shadow:
            continue
        if len(f.text) > len(twin.text):
            twin.text = f.text
        twin.update = twin.update or f.update
        twin.due_words = twin.due_words or f.due_words
        if f.kind == "new":
            twin.kind = "new"
    return kept


def closed(f: Found) -> bool:
    """A carried action the meeting heard was done."""
    if f.kind != "carried" or not f.update:
        return False
    return bool(COMPLETE.search(f.update)) and not STILL_OPEN.search(f.update)
