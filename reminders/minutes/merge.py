"""Repeats merged, so each action is reported once.

PDF conversions sometimes print a passage several times, each copy slightly damaged ("MU
backlog" for "IMU backlog", a copy cut off mid-sentence), and only one copy may hold the
owner cell. Copies are recognised by their words (equal, one a long prefix of the other, or
nearly identical) and merged: the fullest text, the first line, every owner any copy names.
Items that only differ in their subject ("File quality to form part of the regular DPCC /
ACC meeting" vs "The IMU backlog to form part of ...") stay apart: the threshold is tight.
The discussion and the closing actions list often state one action twice: the list's words
are kept, since they are the minute-taker's record of it.

Copies are looked up through an index of the words kept actions use, so each action is
compared only with the few that share most of its words: the merge is linear in the
number of actions, not quadratic (words too common to tell actions apart are not indexed).

Carried actions (reports on earlier actions) are kept whatever their update says: the
extraction hands them over as ``updates``, and ``reminders.follow`` (one vocabulary for
"done" and "still open") decides what each update does to the stored action.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from itertools import chain

from reminders.minutes.actions import Found
from reminders.minutes.blocks import Block
from reminders.minutes.owners import union

_SAME_RATIO = 0.95
_MIN_PREFIX = 25
_POSTING_CAP = 40  # a word in more kept actions than this tells none of them apart
_SHARED = 0.8  # share of the shorter action's words a copy must have


_TOKEN = re.compile(r"[a-z0-9]+")


def _words(text: str) -> str:
    return " ".join(_TOKEN.findall(text.lower()))


def same_action(a: str, b: str) -> bool:
    return _same(_words(a), _words(b))


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= _MIN_PREFIX and long.startswith(short):
        return True
    if len(short) < 30 or len(short) < len(long) * 0.9:
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.quick_ratio() >= _SAME_RATIO and matcher.ratio() >= _SAME_RATIO


class _Index:
    """Kept actions by their words, for finding an action's copies without a full scan."""

    def __init__(self) -> None:
        self.kept: list[Found] = []
        self.norm: list[str] = []
        self.sizes: list[int] = []  # how many distinct words each kept action has
        self.exact: dict[str, int] = {}
        self.postings: dict[str, list[int]] = {}

    def twin(self, norm: str, tokens: set[str]) -> Found | None:
        """The kept copy of the action whose words are ``norm`` (``tokens``), if any."""
        if (k := self.exact.get(norm)) is not None:
            return self.kept[k]
        if not tokens:
            return None
        # One count over every posting (counted in the order updates one by one would).
        postings = self.postings
        counts = Counter(chain.from_iterable(postings.get(token, ()) for token in tokens))
        for k, shared in counts.most_common(8):
            smaller = min(len(tokens), self.sizes[k])
            if shared >= max(1, int(smaller * _SHARED)) and _same(norm, self.norm[k]):
                return self.kept[k]
        return None

    def add(self, f: Found, norm: str, tokens: set[str]) -> None:
        k = len(self.kept)
        self.kept.append(f)
        self.norm.append(norm)
        self.sizes.append(len(tokens))
        self.exact.setdefault(norm, k)
        for token in tokens:
            posting = self.postings.setdefault(token, [])
            if len(posting) < _POSTING_CAP:
                posting.append(k)

    def update(self, k_found: Found) -> None:
        """Index a kept action's new words (it took a fuller or the list's text)."""
        k = next(i for i in range(len(self.kept) - 1, -1, -1) if self.kept[i] is k_found)
        norm = _words(k_found.text)
        tokens = set(norm.split())
        self.norm[k], self.sizes[k] = norm, len(tokens)
        self.exact.setdefault(norm, k)
        for token in tokens:
            posting = self.postings.setdefault(token, [])
            if len(posting) < _POSTING_CAP and k not in posting[-3:]:
                posting.append(k)


def merge_repeats(found: list[Found], shadows: list[tuple[Block, tuple[str, ...]]]) -> list[Found]:
    index = _Index()
    candidates = found + [Found(b.text, b, owners=o, shadow=True) for b, o in shadows]
    for f in candidates:
        norm = _words(f.text)
        tokens = set(norm.split())
        twin = index.twin(norm, tokens)
        if twin is None:
            if not f.shadow:
                index.add(f, norm, tokens)
            continue
        twin.owners = union(twin.owners, f.owners)
        if f.shadow:
            continue
        if (f.listed and not twin.listed) or (
            len(f.text) > len(twin.text) and f.listed == twin.listed
        ):
            twin.text, twin.listed = f.text, twin.listed or f.listed
            index.update(twin)
        twin.update = twin.update or f.update
        twin.due_words = twin.due_words or f.due_words
        twin.parent = twin.parent or f.parent
        if f.kind == "new":
            twin.kind = "new"
    return _summary_is_the_record(_restatements(index.kept))


_STOP = frozenset(str.split(
    "the a an and or of to for in on at by with from will would shall should to be is are "
    "this that these those it its as also additionally then"))


def _content(f: Found) -> set[str]:
    owners = {w for o in f.owners for w in _words(o).split()}
    return {w for w in _words(f.text).split() if w not in _STOP and w not in owners}


_SUMMARY = 3  # items a closing actions list needs to be the minutes' record of them


def _summary_is_the_record(kept: list[Found]) -> list[Found]:
    """Minutes that close with a list or table of the actions (a "Summary of actions", an
    "ACTION LIST SUMMARY") keep their record there: a discussion sentence above it that the
    list restates in other words is not reported again. One the list leaves out still is:
    the first promise is that no minuted action is lost."""
    new = sorted((f for f in kept if f.kind == "new"), key=lambda f: f.block.line)
    run = 0
    for f in reversed(new):
        if not f.listed:
            break
        run += 1
    if run < _SUMMARY:
        return kept
    start = new[-run].block.line
    summary = [(f, _content(f)) for f in new[-run:]]
    out = []
    for f in kept:
        item = None if f.kind != "new" or f.listed or f.block.line > start else _summarised(
            f, summary)
        if item is None:
            out.append(f)
        else:
            _restates(item, f)
    return out


def _summarised(f: Found, summary: list[tuple[Found, set[str]]]) -> Found | None:
    """The item of the closing list that records ``f`` in other words: one for the same
    owners (or either unowned) sharing some of its content words. A discussion action the
    list does not mention is still reported: an action left out of a summary is still
    minuted."""
    mine = _stems(_content(f))
    for item, words in summary:
        words = _stems(words)
        shared = len(mine & words)
        close = shared >= 2 and shared >= 0.5 * min(len(mine), len(words))
        if f.owners and item.owners and not set(f.owners) & set(item.owners) and not close:
            continue  # other owners: only a close paraphrase is the same action
        if shared >= 2 or (shared and shared >= 0.3 * min(len(mine), len(words))):
            return item
    return None


def _restates(item: Found, said: Found) -> None:
    """``said``, a discussion sentence, is reported as the list ``item`` it restates: the
    item keeps its words and its owners, and takes any deadline the discussion gave it
    ("Matthew will send these documents ... as soon as possible" over the list's
    "Matthew will send materials ... to Companies House")."""
    item.due_words = item.due_words or said.due_words
    item.restated = item.restated or said.text


def _stems(words: set[str]) -> set[str]:
    """Plural and singular alike ("trees" / "tree survey"): enough for a paraphrase check."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words}


def _restatements(kept: list[Found]) -> list[Found]:
    """Drop a discussion sentence that says again, in nearly the same words and for the
    same owners, what the actions list or table records ("Additionally Nate will add the
    accessibility info to the site" beside "Add the accessibility info to the site (Nate)")."""
    listed = [f for f in kept if f.listed]
    if not listed:
        return kept
    by_word: dict[str, list[int]] = {}
    words = [_content(f) for f in listed]
    for k, ws in enumerate(words):
        for w in ws:
            posting = by_word.setdefault(w, [])
            if len(posting) < _POSTING_CAP:
                posting.append(k)
    out = []
    for f in kept:
        if f.listed or f.kind != "new":
            out.append(f)
            continue
        mine = _content(f)
        counts: Counter[int] = Counter(k for w in mine for k in by_word.get(w, ()))
        twin = None
        for k, shared in counts.most_common(3):
            other = listed[k]
            smaller = min(len(mine), len(words[k]))
            if (smaller >= 3 and shared >= 0.8 * smaller
                    and shared >= 0.6 * len(mine | words[k])
                    and (not f.owners or not other.owners or set(f.owners) == set(other.owners))):
                twin = other
                break
        if twin is None:
            out.append(f)
            continue
        twin.owners = union(twin.owners, f.owners)
        _restates(twin, f)
    return out
