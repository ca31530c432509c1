"""The text of one table cell or paragraph: wrapped lines joined, hyphenation undone,
several actions in one cell kept apart.

Kept on its own line inside a cell (joined to the row by a newline): a list item ("1.",
"•", "-") and a sentence that starts a new action, i.e. a line opening with who does it
("NO to reinstate noticeboard", "Clerk will ask"), because minute-takers often put two
actions in one cell and joining them would make one action with the first one's owner.
"""

from __future__ import annotations

import re

_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[•\-*])\s")
# "NO to", "AS/JH to", "Clerk will", "ACTION:" at the start of a wrapped line of a cell.
_NEW_ACTION = re.compile(
    r"\s*(?:ACTIONS?\b|(?:[A-Z]{2,4}|Clerk|Chair(?:man)?)(?:\s*[/&,]\s*[A-Z]{2,4})*"
    r"\s+(?:to|will|agreed to)\s)"
)
# Hyphenated words that are words with a hyphen, not a word broken at the margin.
_COMPOUND_PREFIXES = frozenset(re.findall(r"\w+", """
    pre post non co re self well ex anti multi semi sub cross long short half on off
    over under inter intra part full cost mid low high all one two three four five
    first second third up down out in follow built make set check sign
"""))


def unwrap(cell: str) -> str:
    """Join a cell's wrapped lines; a line starting a list item or an action stays apart."""
    out: list[str] = []
    for raw in cell.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        starts = _ITEM.match(raw) is not None or _NEW_ACTION.match(line) is not None
        if out and not starts:
            out[-1] = join_wrapped(out[-1], line)
        else:
            out.append(line)
    return "\n".join(out)


def join_wrapped(first: str, second: str) -> str:
    """``first`` and the line that continues it; "appro-" + "priate" is "appropriate",
    but "pre-" + "existing" stays "pre-existing" and "20-" + "30" stays as it is."""
    first = first.rstrip()
    match = re.search(r"([A-Za-z]+)-$", first)
    if match and second[:1].islower():
        if match.group(1).lower() in _COMPOUND_PREFIXES:
            return first + second
        return first[:-1] + second
    return f"{first} {second}"


def rejoin_hyphens(lines: list[str]) -> list[str]:
    """Text lines with margin hyphenation undone; a joined line replaces both."""
    out: list[str] = []
    for line in lines:
        if out and re.search(r"[A-Za-z]-$", out[-1].rstrip()) and line.lstrip()[:1].islower():
            out[-1] = join_wrapped(out[-1], line.strip())
        else:
            out.append(line)
    return out


def split_row(cells: list[str]) -> list[list[str]]:
    """A table row whose cell holds several actions, as one row per action.

    The cell holding k actions (kept on k lines by ``unwrap``) sets k; each other cell is
    split alike when it has k lines or k short words ("NO NO", "NO/CF NO/CF CF", the item
    numbers "11.17.09 11.17.10 11.17.12"), repeated when it is short (one owner for all),
    and otherwise left with the first row. Anything less regular stays one row."""
    lines = [cell.split("\n") if cell else [""] for cell in cells]
    k = max(len(parts) for parts in lines)
    if k <= 1:
        return [cells]
    columns = []
    for cell, parts in zip(cells, lines, strict=True):
        words = cell.split()
        if len(parts) == k:
            columns.append(parts)
        elif len(parts) == 1 and len(words) == k and all(len(w) <= 12 for w in words):
            columns.append(words)
        elif len(parts) == 1 and len(cell) <= 20:
            columns.append([cell] * k)
        elif len(parts) == 1:
            columns.append([cell] + [""] * (k - 1))
        else:
            return [cells]
    return [list(row) for row in zip(*columns, strict=True)]
