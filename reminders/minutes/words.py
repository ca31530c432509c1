"""The words of one document, which the owner book asks about.

The book compiles into its scanner only phrases whose words the document holds
(``words_of``), and takes a capitalised word that the minutes also write in lower case for
a common noun, not a name (``LowerCaseWords``): "Backlog to join the meeting" has no owner,
"Fazli to approach sponsors" has one. Listing both sets of words with a regex pass each was
a tenth of the extraction time. The first is listed by splitting the text where a byte
table says a word ends, a fraction of the regex's cost; the second is asked about a
handful of words per document, and looking at the few places each occurs costs far less
than listing them all.

Each answer is exactly what the regex passes (``WORD.findall(text.lower())``,
``LOWER_WORD.findall(text)``) would give. Where ``LowerCaseWords`` looks at a word's
places one by one, each place is counted, and past a budget the full set is built after
all, so that the cost stays linear in the document however many words are asked about.
"""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W_]+")  # a word of the lower-cased text: a run of letters and digits
# Bytes of a UTF-8 text as ``words_of`` splits it: an ASCII character that is not a letter or
# a digit becomes a space; the bytes of other characters are kept, to be looked at later.
_BREAKS = bytes(c if c >= 0x80 or chr(c).isalnum() else 0x20 for c in range(256))
# A word written in lower case (not "e-mail/" or "x@y"); "don't" and "follow-up" are words.
LOWER_WORD = re.compile(r"(?<![\w@/.-])[a-z][a-z'-]+(?![\w@/-])")
_SHAPE = re.compile(r"[a-z][a-z'-]+")  # every match of LOWER_WORD has this shape
_BUDGET = 256  # places looked at one by one before the full set is built


class LowerCaseWords:
    """``word in LowerCaseWords(text)`` is ``word in set(LOWER_WORD.findall(text))``."""

    __slots__ = ("_answers", "_looked", "_text", "_words")

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: frozenset[str] | None = None  # the full set, once built
        self._answers: dict[str, bool] = {}
        self._looked = 0

    def __contains__(self, word: object) -> bool:
        if self._words is not None:
            return word in self._words
        if not isinstance(word, str) or not _SHAPE.fullmatch(word):
            return False
        if (known := self._answers.get(word)) is None:
            known = self._answers[word] = self._find(word)
        return known

    def _find(self, word: str) -> bool:
        text = self._text
        i = text.find(word)
        while i >= 0:
            self._looked += 1
            if (i and text[i - 1] == "'") or self._looked > _BUDGET:
                # After an apostrophe, an earlier match may run across this place
                # ("rock'n'roll"): the full set settles it.
                return word in self._all()
            # Elsewhere no match runs across text[i - 1], so findall tries one at i.
            if (m := LOWER_WORD.match(text, i)) is not None and m.group() == word:
                return True
            i = text.find(word, i + 1)
        return False

    def _all(self) -> frozenset[str]:
        if self._words is None:
            self._words = frozenset(LOWER_WORD.findall(self._text))
        return self._words


def words_of(low: str) -> set[str]:
    """``set(WORD.findall(low))``: the runs of letters and digits of ``low``.

    The text is split where the byte table puts a space and at any other white space; a
    piece of ASCII is then a whole run (every ASCII character not in a run became a
    space), and the few pieces holding other characters are split by ``WORD`` itself,
    which finds the same runs (each piece ends where a run must)."""
    pieces = set(low.encode("utf-8", "surrogatepass").translate(_BREAKS)
                 .decode("utf-8", "surrogatepass").split())
    if low.isascii():
        return pieces
    mixed = [piece for piece in pieces if not piece.isascii()]
    pieces.difference_update(mixed)
    for piece in mixed:
        pieces.update(WORD.findall(piece))
    return pieces
