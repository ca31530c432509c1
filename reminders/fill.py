"""Fill the text part to 78 columns, never splitting a word, a URL, a date or 'item 2.2'.

The rules are ``textwrap``'s (``break_long_words`` and ``break_on_hyphens`` off: a long
token overflows its line rather than being cut where a reader, or a link, would break).
Most paragraphs are plain words with single spaces; those are filled here directly, with
the same greedy rule, because a digest fills some twenty fields per action and building a
``TextWrapper`` for each was a tenth of composing a message. Anything else (tabs, runs of
spaces, leading or trailing blanks) goes through ``textwrap`` itself; tests/test_fill.py
checks that both give the same lines.
"""

from __future__ import annotations

import re
import textwrap

WIDTH = 78  # RFC 5322's line length: whole in an 80-column reader, with room for a quote

_GLUE = "\x1f"  # not whitespace to textwrap: joins what must stay on one line
_TOGETHER = re.compile(r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|"
                       r"September|October|November|December) \d{4}\b|\bitem \S+")
# What textwrap treats specially: any whitespace but a space (tabs expand; a word of
# Unicode blanks is dropped at a line's end), runs of spaces, blanks at either end, and the
# glue character (whitespace to ``\s``; textwrap's path turns it into a space).
_NOT_PLAIN = re.compile(r"[^\S ]|  |^ | $")


def wrap(value: str, width: int = WIDTH, indent: int = 0) -> str:
    """Wrap a paragraph for the text part; the minuted words keep their own line breaks.

    The first line is placed by the template, so every line gets ``width - indent``.
    """
    pad = " " * indent
    lines = []
    for paragraph in value.splitlines() or [""]:
        lines += lines_of(paragraph, width - indent) or [""]
    return ("\n" + pad).join(lines)


def hang(value: str, lead: str, indent: int | None = None, width: int = WIDTH) -> str:
    """``lead`` then ``value``, wrapped with later lines indented under the value's start
    (or by ``indent`` columns)."""
    rest = " " * (len(lead) if indent is None else indent)
    lines: list[str] = []
    for paragraph in str(value).splitlines() or [""]:
        first = lead if not lines else rest
        lines += lines_of(paragraph, width, first, rest) or [first.rstrip() if not lines
                                                             else ""]
    return "\n".join(lines)


def lines_of(paragraph: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """``paragraph`` as lines of at most ``width`` (indents included) where the words allow,
    the first line starting with ``first`` and the others with ``rest``; [] when empty."""
    if not paragraph or _NOT_PLAIN.search(paragraph):
        return _textwrap(paragraph, width, first, rest)
    words = _glued(paragraph).split(" ")
    lines, line, room = [], words[0], width - len(first)
    indent = first
    for word in words[1:]:
        if len(line) + 1 + len(word) <= room:
            line += " " + word
        else:
            lines.append(indent + line)
            line, indent, room = word, rest, width - len(rest)
    lines.append(indent + line)
    return [text.replace(_GLUE, " ") for text in lines]


def _textwrap(paragraph: str, width: int, first: str, rest: str) -> list[str]:
    wrapper = textwrap.TextWrapper(width, initial_indent=first, subsequent_indent=rest,
                                   break_long_words=False, break_on_hyphens=False)
    return [line.replace(_GLUE, " ") for line in wrapper.wrap(_glued(paragraph))]


def _glued(paragraph: str) -> str:
    return _TOGETHER.sub(lambda m: m.group().replace(" ", _GLUE), paragraph)
