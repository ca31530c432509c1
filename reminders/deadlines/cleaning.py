"""Make noisy minutes matchable without moving a single character.

Minutes arrive with HTML, Cyrillic look-alikes, curly quotes and odd dashes. The patterns
run on a cleaned, lower-cased copy that keeps every offset, so spans found in the copy point
into the caller's original string.
"""

from __future__ import annotations

import re

_HOMOGLYPHS = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O",
    "Р": "P", "С": "C", "Т": "T", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'", "`": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": " ", "\t": " ", "\r": " ",
    "\n": " ",
})  # fmt: skip
_MARKUP = re.compile(r"<[^<>]{0,300}>|&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
_ENTITIES = {"&amp;": "&", "&#39;": "'", "&apos;": "'", "&rsquo;": "'", "&lsquo;": "'",
             "&ndash;": "-", "&mdash;": "-", "&#8217;": "'", "&#8211;": "-"}


def clean(text: str) -> str:
    """Neutralise look-alike letters, quotes, dashes and markup without moving any offset.

    Offsets must survive so that `Deadline.span` points into the caller's text: tags become
    spaces of the same length and an entity becomes its character padded with spaces.
    """
    out = text.translate(_HOMOGLYPHS)
    if "<" in out or "&" in out:
        out = _MARKUP.sub(_blank_markup, out)
    return out


def _blank_markup(m: re.Match[str]) -> str:
    token = m.group()
    char = _ENTITIES.get(token.lower(), " ") if token[0] == "&" else " "
    return char.ljust(len(token))


def lower_same_length(text: str) -> str:
    """Lower-case `text`, keeping length: a few letters ("İ") lower to two characters."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low
