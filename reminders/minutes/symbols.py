"""Symbols that open a line of informal notes ("👉 Hemi to chase the subs", "✅ paid the hall
hire") and what each stands for.

Notes typed on a phone or in a chat put a pictograph where a bullet would go, often with a
key at the top ("key: ✅ done 🔄 still going 👉 action 📌 decided"). A reader takes each
symbol as the word the key gives it, so the symbol is a bullet, and its meaning is the
item's kind: a done mark is a report of finished work, an action mark is a marker like
"ACTION:". Without a key only the ticks everybody reads the same way mean something.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from reminders.minutes.patterns import DONE_WORDS

DONE, OPEN, ACTION = "done", "open", "action"
KEY_ROWS = 40  # a key stands near the top
# Marks read the same way without a key: ticks are done, an empty ballot box is to do.
USUAL = {"✅": DONE, "✔": DONE, "✓": DONE, "☑": DONE, "☐": OPEN}
_KEY = re.compile(r"^\s*[*_]*(?:key|legend)[*_]*\s*[:=\-–]\s*(?P<pairs>.+)$", re.IGNORECASE)
_MEANINGS = (
    (re.compile(rf"^(?:{DONE_WORDS}|resolved)\b", re.IGNORECASE), DONE),
    (re.compile(r"^(?:action(?:\s+item)?s?|to\s?-?do|task|follow[- ]?up)\b", re.IGNORECASE),
     ACTION),
)
_VARIATION = "\ufe0f\ufe0e"  # emoji / text presentation selectors after a symbol


def _pictograph(char: str) -> bool:
    return not char.isascii() and unicodedata.category(char) == "So"


def symbol(text: str) -> str | None:
    """The pictograph opening ``text`` before a space ("👉 Hemi ..."), or None."""
    first = text[:1]
    if not first or not _pictograph(first):
        return None
    return first if text[1:].lstrip(_VARIATION)[:1].isspace() else None


def strip(text: str) -> str:
    """``text`` without the pictographs it opens with ("✅ Action items" -> "Action items")."""
    while text and _pictograph(text[0]):
        text = text[1:].lstrip(_VARIATION).lstrip()
    return text


def is_key(text: str) -> bool:
    """A key line: furniture, not a line of the minutes."""
    return bool((m := _KEY.match(text)) and _pictograph(m.group("pairs").lstrip()[:1]))


def key(lines: Iterable[str]) -> dict[str, str]:
    """What each symbol means in these minutes: the usual ticks, overridden by a key line
    near the top ("key:  ✅ done   🔄 still going   👉 action")."""
    meanings = dict(USUAL)
    for n, line in enumerate(lines):
        if n > KEY_ROWS:
            break
        if not is_key(line) or (m := _KEY.match(line)) is None:
            continue
        pairs = m.group("pairs")
        starts = [i for i, c in enumerate(pairs) if _pictograph(c)
                  and (i == 0 or pairs[i - 1].isspace())]
        for at, end in zip(starts, [*starts[1:], len(pairs)], strict=True):
            mark = pairs[at]
            words = pairs[at + 1:end].lstrip(_VARIATION).strip(" ,;=:-–")
            meanings[mark] = next((kind for pattern, kind in _MEANINGS if pattern.match(words)),
                                  "")
    return meanings
