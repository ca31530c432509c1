"""Clean-up of text lines before anything tries to understand them.

Published minutes are rarely typed straight into text: they come out of PDF or Word
conversions. What that leaves behind, and why each repair is made here:

* stray HTML (``<p>``, ``<li>``, ``<ol>``): expanded into lines by ``markup`` so list items
  stay items (an owner column is aligned with them later);
* entities, ligatures and full-width forms: NFKC, so "ﬁle" and "ＣＣ" compare as typed;
* Cyrillic/Greek look-alikes inside codes ("СС" is Cyrillic): folded to Latin, but only in
  short all-capital or mixed-script tokens, so real Cyrillic words survive;
* page furniture ("Page 2 of 5", the OCR'd "Page 2 or 5" and "Fage 5", a lone page number,
  "--" separators): dropped, since it would otherwise split or end sentences and lists.

Repeated passages (a PDF conversion printing a block several times) are not removed here:
the repeats may carry the only copy of an owner cell, so duplicates are merged at the action
level (``actions.merge_repeats``) where their owners can be combined.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from reminders.minutes.markup import fragment_lines, has_markup

_LOOKALIKES = str.maketrans({
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "К": "K", "М": "M",
    "О": "O", "Р": "P", "Т": "T", "Х": "X", "а": "a", "с": "c", "е": "e", "о": "o",
    "р": "p", "х": "x", "у": "y", "і": "i", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z",
    "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T",
    "Υ": "Y", "Χ": "X", "ο": "o",
})
_LOOKALIKE_CHARS = set("АВСЕНІКМОРТХасеорхуіΑΒΕΖΗΙΚΜΝΟΡΤΥΧο")
_TOKEN = re.compile(r"[^\W\d_]+(?:/[^\W\d_]+)*")
# Private-use "symbol font" bullets that Word/PDF exports leave in the text.
_BULLET_CHARS = "\uf0a7\uf0b7\uf0d8\uf076\uf0fc\u25cf\u25aa\u2023\u25e6"
_BULLETS = str.maketrans({c: "•" for c in _BULLET_CHARS})
_FURNITURE = re.compile(
    r"^(?:[PFR]a[gq]e\s*\d+(?:\s*(?:of|or|0f|/)\s*\d+)?|\d{1,3}|(?:-{2,}\s*)+|[-–—\s]*\d+[-–—\s]*|"
    r"(?:\d+\s*(?:of|/)\s*\d+))$",
    re.IGNORECASE,
)


_RULE = "\x00rule"
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$&|<>])")


@dataclass(frozen=True, slots=True)
class Row:
    """One source line: its 1-based number and its tab-separated cells.

    A cell that held HTML may span several lines (joined by newlines), one per paragraph or
    list item. An empty source line has no cells. ``text`` is all cells on one line, for
    readers that do not care about columns; computed once here, since every reader asks
    for it, several times per row."""

    number: int
    cells: tuple[str, ...]
    text: str = field(default="", compare=False)

    def __init__(self, number: int, cells: tuple[str, ...], text: str = "") -> None:
        # What the generated __init__ and a __post_init__ would do, in one call: a row is
        # made for every line of every document.
        _set(self, "number", number)
        _set(self, "cells", cells)
        _set(self, "text", text or (_joined(cells) if cells else ""))


_set = object.__setattr__  # how a frozen dataclass sets its fields


def _joined(cells: tuple[str, ...]) -> str:
    return " ".join(" ".join(c.split()) for c in cells if c.strip())


def fold_lookalikes(text: str) -> str:
    """Fold Cyrillic/Greek letters that imitate Latin ones inside code-like tokens."""

    if _LOOKALIKE_CHARS.isdisjoint(text):
        return text

    def fold(match: re.Match[str]) -> str:
        token = match.group(0)
        if not _LOOKALIKE_CHARS.intersection(token):
            return token
        letters = token.replace("/", "")
        mixed = any("a" <= ch.lower() <= "z" for ch in letters)
        code_like = len(letters) <= 6 and (letters.isupper() or mixed)
        return token.translate(_LOOKALIKES) if mixed or code_like else token

    return _TOKEN.sub(fold, text)


_BOLD = re.compile(r"(\*\*|__)(.+?)\1")


def normalise(text: str) -> str:
    # Most lines are plain ASCII: NFKC, the bullet and space repairs and the look-alike
    # folding cannot change them, and the Markdown repairs need their marks to be present.
    plain = text.isascii()
    if not plain:
        text = unicodedata.normalize("NFKC", text)
        # Translating costs a dictionary look-up per character; a search per bullet, far less.
        if any(c in text for c in _BULLET_CHARS):
            text = text.translate(_BULLETS)
        text = text.replace("\u200b", "").replace("\ufeff", "").replace("\xa0", " ")
    if "**" in text or "__" in text:
        text = _BOLD.sub(r"\2", text)  # markdown bold around a marker
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)  # Markdown escapes: "1\." numbering, "\$200"
    return text if plain else fold_lookalikes(text)


def _table_cells(text: str) -> str:
    """A Markdown table row ("| Action | Who |") as tab-separated cells, like any other
    table; its "|---|---|" rule as nothing."""
    stripped = text.strip()
    if len(stripped) < 3 or not (stripped.startswith("|") and stripped.endswith("|")):
        return text
    cells = [c.strip() for c in stripped[1:-1].split("|")]
    if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
        return _RULE
    return "\t".join(cells)


# A bullet inside a line, after the run of spaces a flattened list leaves ("  * Vivid is
# down     * Smoke detector needs a battery  ACTION   * ..."), or opening the line.
_INLINE_BULLET = re.compile(r"(?:^\s*|\s{2,})[*•]\s+")


def _inline_list(text: str) -> str:
    """A list flattened into one line (an export that lost the line breaks, keeping the
    indents) as the cell an HTML list makes: one "• item" line per bullet, so that each item
    is read on its own. Two bullets at least; a lone "*" is text."""
    starts = list(_INLINE_BULLET.finditer(text))
    if len(starts) < 2:
        return _cell(text)
    head = text[: starts[0].start()].strip()
    items = [text[a.end(): b.start() if b else None].strip()
             for a, b in zip(starts, [*starts[1:], None], strict=True)]
    return "\n".join([*([head] if head else []), *(f"• {item}" for item in items if item)])


# What page furniture opens with (its text has no white space in front): "Page", the OCR'd
# "Fage" and "Rage" in either case, a digit or a dash; most lines open otherwise.
_FURNITURE_STARTS = frozenset("PFRpfr-–—")


def _may_be_furniture(joined: str) -> bool:
    return joined[0] in _FURNITURE_STARTS or joined[0].isdecimal()


def is_furniture(text: str) -> bool:
    return bool(_FURNITURE.match(" ".join(text.split())))


# A plain-text table: three or more columns set apart by runs of spaces.
_SPACED_COLUMNS = re.compile(r"\s{3,}")
_CELL_START = re.compile(r"(?:^|(?<=\s{3}))\S")


def _spaced(text: str, starts: tuple[int, ...] | None) -> tuple[str, tuple[int, ...] | None]:
    """A plain-text table line as tab-separated cells, and the column starts that hold for
    the lines under it. A header sets the columns; a row whose every column start falls just
    after a space is cut there, so "A24/12  KH      Present ..." under "Ref     Owner
    Action" keeps its two narrow cells apart although only two spaces divide them."""
    line = text.rstrip()
    if starts and len(line) > starts[-2] and not line[:starts[0]].strip() and all(
            line[p - 1] == " " and line[p] != " " for p in starts[1:] if p < len(line)):
        cells = [line[a:b].strip() for a, b in zip(starts, (*starts[1:], None), strict=True)]
        return "\t".join(cells), starts
    if "   " not in line.strip():
        return text, None
    if len(parts := _SPACED_COLUMNS.split(line.strip())) < 3:
        return text, None
    return "\t".join(parts), tuple(m.start() for m in _CELL_START.finditer(line))


def _cell(text: str) -> str:
    if "<" in text and has_markup(text):  # every tag starts with "<"
        return "\n".join(fragment_lines(text))
    return html.unescape(text) if "&" in text else text  # every entity starts with "&"


def clean(lines: Iterable[tuple[int, str]]) -> list[Row]:
    """Rows for numbered lines; furniture rows become empty rows, so that blank-line
    boundaries survive and line numbers keep pointing into the source file."""
    rows = []
    columns: tuple[int, ...] | None = None  # a plain-text table's, while its lines run on
    for number, raw in lines:
        if not raw or raw.isspace():  # a blank line stays blank through every repair
            rows.append(Row(number, ()))
            columns = None
            continue
        text = normalise(raw.rstrip("\r\n"))
        if "|" in text:
            text = _table_cells(text)
            if text is _RULE:
                continue  # the rule under a Markdown table's header: not a blank line
        if "\t" not in text and (columns or "   " in text):
            text, columns = _spaced(text, columns)  # "Lucy     Buy eggs     by 29 Mar"
        else:
            columns = None
        if "\t" in text:
            cells = tuple(_cell(cell) for cell in text.split("\t"))
            joined = _joined(cells)
        else:
            cells = (_inline_list(text) if ("*" in text or "•" in text) else _cell(text),)
            joined = " ".join(cells[0].split())
        if not joined or (_may_be_furniture(joined) and _FURNITURE.match(joined)):
            rows.append(Row(number, ()))
        else:
            rows.append(Row(number, cells, joined))
    return rows
