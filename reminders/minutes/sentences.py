"""Sentences of a block of minutes, with their offsets.

A paragraph is read sentence by sentence, and every paragraph is split, so this runs on
every block: the places where a sentence can end are found with string searches, which
cost a fraction of what a regex pass over the text costs, and the end pattern is tried only
there.
"""

from __future__ import annotations

import itertools
import re

ABBREVIATIONS = re.compile(r"(?:\b(?:Ch|Supt|Insp|Cllr|Mr|Mrs|Ms|Dr|St|No|no|nos|e\.g|i\.e|"
                            r"etc|approx|vs|cf|Prof|Rev|Sgt|Det|Con|Ref|ref|Hon|Revd|Const|Cllrs|"
                            r"Capt|Col|Lt|Gen|Fr|Rt)|\b[A-Z])$")


# Where a sentence ends: after its stop ("... the end.  Next"), at a marker glued to a full
# stop ("village.Action"), at a lost space ("warms up.A Parishioner"). (A list flattened into
# one line, "...  * next point", is split into items when the line is cleaned: clean.py.)
SENTENCE_END = re.compile(r"[.!?]+[)\"']?\s+(?=[A-Z(\[\"'*])|(?<=[a-z)]\.)(?=(?:ACTION|Action)\b)"
                           r"|(?<=[a-z]{2})\.(?=[A-Z])")
# Every end above starts where a run of stops starts (or, for the marker, where it ends): an
# end that fits inside a run of stops also fits from the run's start, and none ends inside one.
_STOPS = ".!?"


def _stop_runs(text: str) -> list[int]:
    """Start and end of each run of stops ("." "!" "?"), in order: what ``[.!?]+`` finds,
    by a string search per stop (a text holds a few of them)."""
    found = []
    for stop in _STOPS:
        i = text.find(stop)
        while i >= 0:
            found.append(i)
            i = text.find(stop, i + 1)
    if not found:
        return []
    found.sort()
    runs = [found[0]]
    for before, after in itertools.pairwise(found):
        if after != before + 1:
            runs += (before + 1, after)
    runs.append(found[-1] + 1)
    return runs


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs; a marker glued to a full stop ("village.Action") starts a
    new sentence.

    ``SENTENCE_END.finditer`` would try its branches at every character; instead it is
    tried only where an end can start (runs of stops), left to right and never inside the
    end before, which finds the same ends."""
    starts = _stop_runs(text)
    if not starts or starts[1:] == [len(text)]:  # no stop, or only the closing one
        piece = text.strip()
        return [(0, piece)] if piece else []
    cuts = [0]
    done = 0
    for start in starts:
        if start < done or (m := SENTENCE_END.match(text, start)) is None:
            continue
        if not ABBREVIATIONS.search(text, max(0, m.start() - 8), m.start()):
            cuts.append(m.end())
        done = max(m.end(), start + 1)
    cuts.append(len(text))
    out: list[tuple[int, str]] = []
    for start, end in itertools.pairwise(cuts):
        piece = text[start:end].strip()
        if out and piece.startswith(("[", "(")) and (tag := _TAG.match(piece)):
            # "... and report back. [AR] Kirkby have asked ...": the tag closes the
            # sentence before it (an owner column run into the text)
            out[-1] = (out[-1][0], f"{out[-1][1]} {tag.group().strip()}")
            piece, start = piece[tag.end():].strip(), start + tag.end()
        if piece:
            out.append((start, piece))
    return out


_TAG = re.compile(r"^(?:\[[^\[\]]{1,24}\]|\((?:[A-Z]{1,4}[\w.]*)(?:\s*[/,&]\s*[A-Z]{1,4}[\w.]*)*\))"
                  r"(?:\s+|$)")
