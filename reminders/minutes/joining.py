"""Which lines of the minutes go on from the one before: a paragraph wrapped over lines is
one block, so the sentence that holds an action is read whole.

A line goes on when it starts in lower case, when the line before ends with a word no
sentence ends with ("... the"), and, in a hard-wrapped document, when it sits at the indent
of a line that ran to the wrap width. ``Joins`` collects the lines of the block being built
and writes its text once.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from reminders.minutes.clean import Row

if TYPE_CHECKING:
    from reminders.minutes.blocks import Block

_CONTINUES = re.compile(r"\b(?:the|a|an|of|to|and|or|that|from|in|for|with|by|on|is|are|was|"
                        r"were|be|as|at|their|his|her|its|which|who)$", re.IGNORECASE)


# In a hard-wrapped document a line this long was wrapped: the next line at its indent goes
# on with it even after a capital ("... and British Rowing's" / "Go Row page within 10 days").
WRAPPED = 60


# ... unless it opens an item of its own: "Tom: I'll take ...", "[13:40] TOPIC", "(scribe".
OPENS_ITEM = re.compile(r"^(?:[^\s:]{1,30}(?:\s[^\s:]{1,30})?:\s|[\[(]|[A-Z]{2,}\b)")


_WRAP_EVIDENCE = 5  # lower-case continuations needed to call a document hard-wrapped ...


_WRAP_SHARE = 0.75  # ... and their share of the continuations of long indented lines


def hard_wrapped(rows: list[Row]) -> bool:
    """Whether the text's indented paragraphs were wrapped by hand: long indented lines that
    stop short of a full stop mostly go on in lower case at the same indent. Notes whose
    lines are items without full stops ("ACTION-215: Dev to write ... in the coming weeks"
    then "Hyun-joo will send ...") go on in capitals, and are not."""
    lower = upper = 0
    for a, b in pairwise(rows):
        if len(a.cells) != 1 or len(b.cells) != 1:
            continue
        first, second = a.cells[0], b.cells[0]
        indent = len(first) - len(first.lstrip(" "))
        if (indent and len(first) >= WRAPPED and indent == len(second) - len(second.lstrip(" "))
                and first.rstrip()[-1:] not in ".:!?;"):
            lower += second.lstrip()[:1].islower()
            upper += second.lstrip()[:1].isupper()
    return lower >= _WRAP_EVIDENCE and lower >= _WRAP_SHARE * (lower + upper)


_CONTINUES_REACH = 8  # a match lies in the last 6 characters (5 letters and "$" before "\n")


def continues(text: str) -> bool:
    """Whether ``text`` ends with a word that a sentence cannot end with ("...the"): only its
    end is searched, since a paragraph joined from many lines is asked again at each one."""
    return _CONTINUES.search(text, max(0, len(text) - _CONTINUES_REACH)) is not None


class Joins:
    """The lines joined onto the last block, its text written once it has them all:
    writing it at every line copied a paragraph once per line, the square of its length
    for a paragraph of many short lines (and its line list was searched as often)."""

    __slots__ = ("block", "lines", "parts")

    def __init__(self) -> None:
        self.block: Block | None = None
        self.parts: list[str] = []
        self.lines: set[int] = set()

    def add(self, block: Block, text: str, line: int) -> None:
        if block is not self.block:
            self.close()
            self.block, self.parts, self.lines = block, [block.text], set(block.lines)
        self.parts.append(text)
        if line not in self.lines:
            self.lines.add(line)
            block.lines.append(line)

    def has_line(self, block: Block, line: int) -> bool:
        return line in (self.lines if block is self.block else block.lines)

    def tail(self, block: Block) -> str:
        """The end of the block's text as joined so far: enough of it for ``continues``,
        its last ``_CONTINUES_REACH`` characters and the one before them (a word boundary
        is read from both sides)."""
        if block is not self.block:
            return block.text
        i = len(self.parts) - 1
        tail = self.parts[i]
        while len(tail) <= _CONTINUES_REACH and i > 0:
            i -= 1
            tail = f"{self.parts[i]} {tail}"
        return tail

    def close(self) -> None:
        if self.block is not None:
            self.block.text = " ".join(self.parts)
            self.block = None
