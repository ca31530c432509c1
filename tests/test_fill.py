"""reminders.fill: the text part's filling gives textwrap's lines (break_long_words and
break_on_hyphens off), whichever path a paragraph takes; dates and 'item 2.2' stay whole."""

from __future__ import annotations

import random

import pytest

from reminders import fill

TOKENS = ["a", "the", "update", "Board's", "re-issue", "https://example.org/" + "p" * 60,
          "4 October 2021", "item 2.2", "x" * 80, "—", "…", "Безопасность", "\u00a0",
          "\t", "  ", "\x1f", "\u2003", ""]


def paragraph(rng: random.Random) -> str:
    plain = rng.random() < 0.6  # mostly the fast path, the rest textwrap's own
    pool = TOKENS[:12] if plain else TOKENS
    return " ".join(rng.choice(pool) for _ in range(rng.randint(0, 40)))


@pytest.mark.parametrize("seed", range(40))
def test_lines_are_textwraps_on_either_path(seed):
    rng = random.Random(seed)
    for _ in range(50):
        text = paragraph(rng)
        width = rng.choice([20, 40, 60, 78])
        first = rng.choice(["", "A-0042  ", "        Meeting: ", "  "])
        rest = " " * rng.choice([0, 2, 8, 17])
        assert fill.lines_of(text, width, first, rest) == fill._textwrap(text, width, first,
                                                                         rest), repr(text)


def test_a_date_and_an_item_are_never_split():
    text = "Report to the panel on " + "the findings " * 3 + "by 12 October 2026 under item 4.11"
    for width in range(30, 79):
        lines = fill.lines_of(text, width, "A-0001  ", " " * 8)
        assert not any(line.endswith((" 12", " October", " item")) for line in lines)
        assert " ".join(" ".join(lines).split()) == "A-0001 " + text  # nothing lost


def test_hang_keeps_the_minuted_line_breaks_under_the_label():
    assert fill.hang("first line\nsecond", "        Update:  ") == (
        "        Update:  first line\n                 second")
    assert fill.hang("", "        Due:     ") == "        Due:"
