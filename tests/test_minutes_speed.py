"""The faster ways the minutes reader finds things give the answers of the ways they replaced.

Each shortcut taken for speed (the owner scanner that stops at the first non-separator, its
phrases grouped by first letter, the word lists built by splitting, the lower-case words
looked up where they occur, white space squeezed by splitting, the search for a word a
sentence cannot end with) is checked here against the plain form it stands in for, on
random texts that hold the characters where the two could part: the non-ASCII letters
re.IGNORECASE folds onto ASCII ones, other white space, apostrophes and hyphens.
"""

from __future__ import annotations

import random
import re

import pytest

from reminders.minutes import blocks, commitments, joining, markup, owner_scan, words
from reminders.minutes.model import Attendee
from reminders.minutes.names import TITLES
from reminders.minutes.owners import OwnerBook
from reminders.minutes.people import Person
from reminders.minutes.words import LOWER_WORD, LowerCaseWords, words_of

WORD = re.compile(r"[^\W_]+")
FOLDED = "\u0130\u0131\u017f\u212a"
ODD = ["\t", "\n", "\xa0", "\u2003", "\x1c", "\x85", "'", "-", "’", "—", "_", "@", "/", ".",
       "é", "\u0307", "\ud800", "²", "٣", *FOLDED]


def _texts(alphabet: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
            for _ in range(count)]


def test_words_of_is_the_set_of_runs_of_letters_and_digits() -> None:
    alphabet = ["a", "Z", "0", " ", "ab", *ODD]
    for text in _texts(alphabet, 30000, 1):
        low = text.lower()
        assert words_of(low) == set(WORD.findall(low)), text
    every = " ".join(f"a{chr(c)}b{chr(c)}" for c in range(0x110000))  # each character once
    assert words_of(every) == set(WORD.findall(every))


@pytest.mark.parametrize("budget", [256, 2])
def test_lower_case_words_answer_as_the_full_set(budget: int, monkeypatch) -> None:
    monkeypatch.setattr(words, "_BUDGET", budget)  # past the budget the full set answers
    alphabet = ["a", "b", "ab", "A", "1", " ", "'", "-", "@", "/", ".", "_", "é", *FOLDED]
    for text in _texts(alphabet, 20000, 2):
        full = set(LOWER_WORD.findall(text))
        book = LowerCaseWords(text)
        asked = full | {"ab", "ba", "a'b", "ab-", "b-a", "aa", "bb", "a'", "x1", "Ab"}
        asked |= {text[i:j] for i in range(len(text)) for j in range(i + 1, len(text) + 1)}
        for word in sorted(asked):
            assert (word in book) == (word in full), (text, word)


def test_squeezed_white_space_is_the_regex_substitution() -> None:
    for text in _texts(["a", "b", " ", *ODD], 20000, 3):
        assert markup._squeezed(text) == re.sub(r"\s+", " ", text), text


def test_a_continued_sentence_is_found_from_its_end_alone() -> None:
    alphabet = ["the", "a", "an", "of", "which", "their", "x", "T", "HE", " ", ".", "\n", "-",
                *FOLDED]
    for text in _texts(alphabet, 20000, 4):
        assert joining.continues(text) == bool(joining._CONTINUES.search(text)), text


class _ReferenceBook(OwnerBook):
    """An owner book reading phrases as the scanner did before it stopped at the first
    non-separator and grouped its phrases: one case-free pattern, found with finditer."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        phrases, codes = self._tried
        words = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) or "(?!x)x"
        known = "|".join(map(re.escape, codes)) or "(?!x)x"
        self._reference = re.compile(
            rf"(?:(?<!\w)|(?=[CDMPRS]))"
            rf"(?:(?P<known>(?<!\w)(?:{known})(?!\w))"
            rf"|(?P<word>(?<![\w-])(?i:(?:{TITLES}\s+)?(?:{words}))(?![\w-]))"
            rf"|(?P<titled>{TITLES}\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
            rf"|(?P<code>(?<!\w)(?!{owner_scan._NOT_OWNERS}){owner_scan._GENERIC_CODE}))"
            rf"(?:\s*\((?P<paren>[^()]{{1,14}})\))?")

    def _owners(self, phrase: str) -> tuple[str, ...] | None:
        found, rest, last = [], [], 0
        for match in self._reference.finditer(phrase):
            rest.append(phrase[last:match.start()])
            last = match.end()
            found.append(self._code(match))
        rest.append(phrase[last:])
        if not found or not owner_scan.SEPARATORS.match("".join(rest)):
            return None
        return tuple(dict.fromkeys(found))


_BOOKS = {
    "attendance": ([Attendee("Richard Cooper", "RC", "Assistant Chief Constable", True),
                    Attendee("Mel Crowther", "T/Ch Supt", "T/Ch Supt. Crime", True),
                    Attendee("Tom Reid", "DoF", "Director of Finance", True)],
                   {"chief constable": "CC", "clerk": "Clerk"}, []),
    "handles": ([], None, [Person("Viktorija Lukosiute", "VL", "vikl"),
                           Person("Shawn Sims", None, "@ssims"), Person("Kate Isaacs", "KI")]),
    "non-ascii first letter": ([], None, [Person("Élodie Durand", "ED"),
                                          Person("Ivan Smith", None)]),
}
_PIECES = ["RC", "rc", "DPCC", "CEx", "T/Ch Supt", "the ACC", "ACC (RC)", "Cooper", "cooper",
           "Richard Cooper", "Chief Constable", "chief  constable", "Director of Finance",
           "the clerk", "Clerk", "Chair", "chairman", "vice-chair", "All", "all members",
           "Mr Smith", "Cllr Jones", "MRS Brown", "Sir", "Dr", "TBC", "IMU", "backlog",
           "Viktorija", "VL", "@vikl", "vikl", "Shawn", "Sims", "S. Sims", "KI", "Kate",
           "Élodie", "élodie", "Durand", "Ivan", "Smith", "smith", "SMITH", "Jarrod",
           ", ", " and ", " & ", "/", " + ", " the ", " with ", " wİth ", " ", "  ", "\t",
           "-", "(", ")", "x", "Chaır", "ſecretary", "\u212aate", "İvan", "to write"]


@pytest.mark.parametrize("name", sorted(_BOOKS))
def test_the_owner_scanner_reads_phrases_as_the_plain_pattern(name: str) -> None:
    attendees, aliases, people = _BOOKS[name]
    text = " ".join(_PIECES)
    present = set(WORD.findall(text.lower()))
    book = OwnerBook(attendees, aliases, people, (), present)
    reference = _ReferenceBook(attendees, aliases, people, (), present)
    rng = random.Random(5)
    phrases = list(_PIECES) + ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 5)))
                               for _ in range(6000)]
    for phrase in phrases:
        assert book.owners(phrase) == reference.owners(phrase), phrase


def test_the_grouped_phrases_keep_their_order_within_a_letter() -> None:
    pattern = owner_scan._grouped(["chief constable", "all members", "chair", "all", "@vik"])
    assert pattern == (r"[Cc](?i:hief\s+constable|hair)|[Aa](?i:ll\s+members|ll)|@(?i:vik)")
    assert owner_scan._grouped(["clerk", "élodie"]) == r"(?i:clerk|élodie)"


def test_the_clauses_of_a_subject_are_those_of_its_sentence() -> None:
    """A subject is the sentence up to a commitment verb, less its trailing white space:
    the clauses found in it are those found in the whole sentence that end within it, but
    for empty candidates (which name nobody)."""
    alphabet = ["a", "and", "that", "so", "but", "then", "discussion", "x", " ", "  ", "\t",
                " - ", "–", "—", ",", ";", ":", ")", ".", "-", "é", "İ"]
    for sentence in _texts(alphabet, 4000, 6):
        clauses = commitments._Clauses(sentence)
        for cut in [i for i, c in enumerate(sentence) if c.isspace()] + [len(sentence)]:
            before = sentence[:cut].rstrip()
            plain = [(end, a) for end, a in _first(*commitments._clause_ends(before))
                     if before[end:].strip()]
            shared = [(end, a) for end, a in _first(*clauses.upto(len(before)))
                      if before[end:].strip()]
            assert shared == plain, (sentence, cut)


def _first(found: list[tuple[int, bool]], cut: int) -> list[tuple[int, bool]]:
    return found[:cut]


class _ReferenceCommitments(commitments.Commitments):
    """Commitments reading a subject as before its clauses were shared and its candidates
    found from the end: every prefix scanned, every candidate cut out."""

    def subject(self, before: str, *, whole: bool = False, known: bool = False,
                clause: bool = False, clauses=None) -> tuple[str, ...] | None:
        c = commitments
        before = before.rstrip()
        if before.endswith(")"):
            if (m := c._END_BRACKET.search(before)) and c.stated.defines(
                    before[: m.start()], m.group("inner")):
                return None
            before = c._END_BRACKETED.sub("", before)
        if "who" in before and (m := c._RELATIVE.search(before)):
            before = before[: m.start()]
            before = before[before.rfind(" by ") + 4:] if " by " in before else before
        if not before:
            return None
        tails = [before]
        for m in () if whole else c._CLAUSE.finditer(before):
            if clause or not (known and m.group().strip() == "and"):
                tails.append(before[m.end():])
        if before.strip().lower() in ("he", "she") and self.named and not known:
            return self.named
        for tail in tails:
            tail = tail.strip()
            if not tail or len(tail.split()) > 6:
                continue
            if owners := (self.book.owners(tail) if known else self.book.agent(tail)):
                self.doers.update(o.lower() for o in owners)
                return owners
        return None


@pytest.mark.parametrize("marked", [False, True])
def test_commitments_read_subjects_as_every_prefix_scanned(marked: bool) -> None:
    attendees, aliases, people = _BOOKS["attendance"]
    book = OwnerBook(attendees, aliases, people)
    pieces = ["The Clerk", "RC", "Jarrod", "Mozart (as Secretary)", "the Chairman, who has",
              "He", "and", "that", "then", ",", " - ", ";", ":", ")", ".", "to", "will",
              "agreed to", "would", "is to", "undertook to", "write", "contact", "be asked",
              "the council", "IMU backlog", "Local Resilience Forum (LRF)", "by", "also", "so",
              "but", "discussion", "Fazli and Shawn", "x", "y z", "All"]
    rng = random.Random(7)
    new = commitments.Commitments(book, marked=marked, transcript=False)
    old = _ReferenceCommitments(book, marked=marked, transcript=False)
    for _ in range(6000):
        sentence = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        named, opening = rng.choice([None, ("RC",)]), rng.random() < 0.5
        for say in (new, old):
            say.named, say.opening = named, opening
        assert new.assignment(sentence) == old.assignment(sentence), sentence
        assert new.assignment(sentence, explicit=True) == old.assignment(
            sentence, explicit=True), sentence
        assert new.doers == old.doers, sentence


def test_a_long_sentence_costs_in_proportion_to_its_length(monkeypatch) -> None:
    """Every commitment verb had its subject's clauses scanned afresh: a 40,000-character
    paragraph of "...to..." took over a minute. Counted, not timed: the text the clause
    pattern is run over grows with the sentence, not with its square. (Its subjects end in
    "agreed", which names a doer whoever it is: "wanted to" would be given up unread, as
    no owner ends with "wanted".)"""
    from reminders.minutes import commitments, extract_text

    class Counting:
        def __init__(self, pattern) -> None:
            self.pattern, self.scanned = pattern, 0

        def finditer(self, text, *args):
            self.scanned += len(text)
            return self.pattern.finditer(text, *args)

    def scanned(repeats: int) -> int:
        counting = Counting(commitments._CLAUSE)
        monkeypatch.setattr(commitments, "_CLAUSE", counting)
        extract_text("Minutes\n\n" + ("It was noted, after some discussion, that the group "
                                       "agreed to go to the park to see the trees and "
                                       * repeats) + "so on.\n")
        return counting.scanned

    small, large = scanned(50), scanned(200)
    assert small > 0 and large <= 5 * small  # 4x the sentence; the square would be 16x


def test_a_label_is_looked_for_only_where_one_can_open() -> None:
    alphabet = ["1", "٣", "(", "a", "o", "A", "•", "-", "*", "–", " ", "  ", "\t", "\xa0", ".",
                ")", "x", "B"]
    for text in _texts(alphabet, 30000, 8):
        assert blocks._may_label(text) or not blocks._LABEL.match(text), text


def test_the_next_meeting_label_is_tried_only_where_it_can_start() -> None:
    from reminders import dating

    alphabet = ["next", "Next", "NEXT", "meeting", "meetings", "date", "Date", "of", "the",
                "confirmation", "and", "time", "will", "be", "held", "item", "1", "2.", " ", ":",
                "-", "?", "x", "\t", "é", *FOLDED]
    for text in _texts(alphabet, 30000, 9):
        plain = dating._NEXT_LABEL.search(text)
        found = dating._next_label(text)
        assert (found and (found.span(), found.groups())) == (
            plain and (plain.span(), plain.groups())), text
        assert dating._earlier_meeting(text) == bool(dating._EARLIER_MEETING.search(text)), text


def test_dates_by_month_name_are_looked_for_only_where_one_is(monkeypatch) -> None:
    from reminders import meeting_dates

    alphabet = ["12", "3", "2021", "/", "-", ".", " ", "March", "mar", "Sept", "may", "Mon",
                "Tuesday", "1st", "the", "of", "x", "DEC", "2024-03-11", ",", *FOLDED]
    texts = _texts(alphabet, 20000, 10)
    found = [meeting_dates._find_all(text) for text in texts]
    monkeypatch.setattr(meeting_dates, "_MONTH_STEMS", ("",))  # every text: all patterns
    assert found == [meeting_dates._find_all(text) for text in texts]


def test_a_fragment_of_simple_markup_reads_as_the_parser_reads_it() -> None:
    alphabet = ["<p>", "</p>", "<li>", "</li>", "<ul>", "</ul>", "<ol>", "</ol>", "<br>",
                "<br/>", "<br />", "<i>", "</i>", "<b>", "</strong>", "<span>", "<P>", "<p/>",
                "<td>", "<tr>", "<", ">", "<br >", "<!-- x -->", "&amp;", "&", "&#39;", "&am",
                "p;", "Q&A", " ", "  ", "\t", "\xa0", "\n", "Text", "x.", "Action: JB", "1.", "•"]
    for text in _texts(alphabet, 30000, 11):
        assert markup.fragment_lines(text) == [line for _, line in markup.html_lines(text)], text


@pytest.mark.parametrize("name", sorted(_BOOKS))
def test_a_subject_given_up_by_its_last_word_names_no_owner(name: str) -> None:
    """What ``may_end_owners`` gives up has no tail a subject is read from (the whole
    phrase, or what follows white space or a clause's stop) made of owners."""
    attendees, aliases, people = _BOOKS[name]
    book = OwnerBook(attendees, aliases, people)
    pieces = [p.lower() for p in _PIECES] + _PIECES + ["x.clerk", "o'cooper", "rc-", "and"]
    rng = random.Random(12)
    given_up = 0
    for _ in range(20000):
        phrase = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))).strip()
        if book.may_end_owners(phrase):
            continue
        given_up += 1
        for start in range(len(phrase)):
            if start and not (phrase[start - 1].isspace() or phrase[start - 1] in ",;:)"):
                continue
            tail = phrase[start:].strip()
            assert not tail or book.owners(tail) is None, (phrase, tail)
    assert given_up > 1000


def test_a_sentence_holds_no_marker_its_paragraph_does_not_hold() -> None:
    """Where no paragraph holds a marker, no sentence is searched for one."""
    from reminders.minutes import patterns

    alphabet = ["The Clerk", "RC", "to", "write", ".", ". ", "! ", "village.Action", "Action",
                "ACTION:", "Action 3 -", "AP1", "AP 12", "#action", "TODO:", "TODO for X:",
                "AI: ", "[ACTION]", "-", ":", "\t", " ", "x", "Ab", "(", ")", "ſ", "İ"]
    for text in _texts(alphabet, 30000, 13):
        for _, sentence in patterns.sentences(text):
            assert patterns.marked(text) or not patterns.marked(sentence), text


def test_a_paragraph_of_many_lines_is_joined_once(monkeypatch) -> None:
    """Each line joined onto a paragraph copied the paragraph: 20,000 short lines took
    minutes. Counted, not timed: the text a continued line is checked against stays the
    paragraph's end, and the paragraph reads as its lines joined."""
    from reminders.minutes.clean import clean

    checked: list[int] = []
    continues = joining.continues
    monkeypatch.setattr(blocks, "continues",
                        lambda text: checked.append(len(text)) or continues(text))
    lines = ["The group went to the", "park", "and saw", "a", "tree of", "the"] * 2000
    doc = blocks.build(clean(list(enumerate(["Minutes", "", *lines], 1))), OwnerBook())
    assert doc.blocks[-1].text == " ".join(lines)
    assert doc.blocks[-1].lines == list(range(3, len(lines) + 3))
    assert len(checked) >= 1999  # every "The group..." line: a capital, so the end is read
    assert max(checked) <= 2 * joining._CONTINUES_REACH + len("The group went to the")
