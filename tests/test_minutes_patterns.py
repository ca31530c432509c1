"""The shortcuts in front of the minutes' patterns give the patterns' own answers.

``Anchored`` skips a pattern for a text whose first character no match can start with, and
``sentences`` tries its sentence-end pattern only where an end can start. Both are only
faster ways of getting the same answer, so each is checked here against the pattern it
stands in front of, on texts the pattern matches, in every case and with the non-ASCII
letters that re.IGNORECASE folds onto ASCII ones.
"""

from __future__ import annotations

import itertools
import random
import re
import sys

import pytest

from reminders.minutes import patterns as p
from reminders.minutes import sentences

# Texts each anchored pattern matches (the examples its comment gives, and more).
MATCHING = {
    "CARRIED_HEADER": ["Actions arising from the January meeting", "Outstanding actions from"
                       " last time", "Action brought forward"],
    "CARRIED_MARKER": ["Action rising April 2020/21: PCC to revisit", "Actions c/fwd May: x"],
    "LIST_HEADER": ["Actions arising:", "Action points: JB to write", "Agreed actions",
                    "New actions:", "Summary of actions", "actions from this meeting"],
    "UPDATE_LABEL": ["Update: done", "Progress - ongoing", "Status: open", "Response: yes",
                     "Outcome: agreed"],
    "OWNER_LABEL": ["Owner: JB", "Action owner: Clerk", "Lead - Chair", "Responsible: all",
                    "By whom: JB", "Who: Bo"],
    "DUE_LABEL": ["Due: 1 May", "Due date: 31.07.2024", "Deadline - June", "By when: May",
                  "When: soon", "Target date: Q3", "Timescale: 2 weeks", "Date due: 4/5",
                  "Completion date: May"],
    "AGREED_TO": ["It was agreed to contact the council", "Agreed to write", "RESOLVED: to go",
                  "Decided, to act"],
    "HEDGE": ["Perhaps Meng would", "Maybe we", "Possibly not", "If so", "Whether to",
              "Hopefully soon", "Ideally yes", "It would be good"],
    "REVISIT": ["Revisit in 3 months", "Re-visit later", "Review at the next meeting",
                "Return to this", "Bring it back", "Report back", "Come back to it",
                "Follow up in May", "Reconsider next year"],
    "VOLUNTEERED": ["The Director undertook to write", "Mary Smith offered to help"],
    "WORK_PASSIVE": ["Alternative funding is to be investigated",
                     "Further quotations would be requested"],
    "PASSIVE": ["Minutes to be circulated", "File quality to form part of the review"],
}


def _case_variants(text: str) -> list[str]:
    first, rest = text[:1], text[1:]
    variants = {text, text.lower(), text.upper(), first.swapcase() + rest}
    for ascii_letter, folded in (("i", "\u0130"), ("i", "\u0131"), ("s", "\u017f"),
                                 ("k", "\u212a")):
        if first.lower() == ascii_letter:
            variants.add(folded + rest)
    return sorted(variants)


def test_ignorecase_folds_only_the_listed_letters_onto_ascii() -> None:
    """The first-character sets rely on this: no other character matches an ASCII letter
    under re.IGNORECASE."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    folded = [chr(c) for c in range(128, sys.maxunicode + 1) if letter.match(chr(c))]
    assert "".join(folded) == p.FOLDED


@pytest.mark.parametrize("name", sorted(MATCHING))
def test_an_anchored_pattern_matches_whatever_its_pattern_matches(name: str) -> None:
    anchored = getattr(p, name)
    assert isinstance(anchored, p.Anchored)
    for example in MATCHING[name]:
        assert anchored.pattern.match(example), (name, example)  # the example is a real one
        for text in _case_variants(example):
            expected = anchored.pattern.match(text)
            got = anchored.match(text)
            assert (got and got.span()) == (expected and expected.span()), (name, text)


def _sentences_by_finditer(text: str) -> list[tuple[int, str]]:
    """``sentences`` as it was written before it looked for candidate ends first."""
    cuts = [0]
    for m in sentences.SENTENCE_END.finditer(text):
        if not sentences.ABBREVIATIONS.search(text, max(0, m.start() - 8), m.start()):
            cuts.append(m.end())
    cuts.append(len(text))
    return [(start, text[start:end].strip()) for start, end in itertools.pairwise(cuts)
            if text[start:end].strip()]


def test_sentences_finds_the_ends_a_full_scan_finds() -> None:
    pieces = ["a", "Z", " ", ".", "!", "?", ")", '"', "'", "*", "•", "(", "[", "\t", "\n",
              "\xa0", "ACTION", "Action", "Mr", "etc", "  ", "e.g", "ab", "x.", "No"]
    rng = random.Random(9)
    texts = ["The clerk will write.  * Next point", "It warms up.A Parishioner asked",
             "See the village.Action 4.2: JB", "Mr. Smith said so. He left!  Then (x)",
             "Cllr. Jones... Done?! \"Yes.\" Action: none"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 18)))
              for _ in range(20000)]
    for text in texts:
        assert p.sentences(text) == _sentences_by_finditer(text), text
