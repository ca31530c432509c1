"""The shared grader's scoring, run in-process on every dev set (for the floors test and for
``benchmarks/extraction.py``).

The pairing, owner and text rules are the grader's own functions, imported from
``../shared/tools/grade_extraction.py`` by path, so the two cannot drift apart; only its
per-document tally (a loop inside its ``main``) is restated here, so that counts can be
kept per document and summed per set or per body. Extraction runs in this process
(``reminders.minutes.extract``, with the options ``reminders extract`` would take from the
repository's config.toml) instead of one subprocess per document.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
# set name -> (gold file, folder of the documents), relative to the shared folder
SETS = {
    "public": ("devset/public/gold.json", "devset/public/minutes"),
    "other": ("devset/other/gold.json", "devset/other/minutes"),
    "formats": ("devset/formats/gold.json", "devset/formats/files"),
    "seeds": ("gold/seeds.json", "minutes"),
    # Minutes written for this project by sessions that never read the extractor
    # (benchmarks/blind/README.md): absolute paths, so the shared folder's is not prefixed.
    **{f"blind{n}": (str(REPO / f"benchmarks/blind/set{n}/gold.json"),
                     str(REPO / f"benchmarks/blind/set{n}/minutes")) for n in range(1, 10)},
}
# A body is a document name's prefix ("03_west-dereham-pc-feb-2004.md" -> west-dereham-pc);
# the set READMEs name a few bodies twice: the same plenum in two sets, one association's
# committee and festival group, one working group and its chairs, one council's playground.
BODY_ALIASES = {"hsg-plenum": "hackerspacesg-plenum", "sfra-committee": "sfra",
                "sfra-festival": "sfra", "mfwg-chairs": "mfwg",
                "souldern-playground": "souldern-pc"}
_DATED_SUFFIX = re.compile(
    r"-(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-\d{4}|\d{4}-\d\d-\d\d(?:-\w+)?)$")


def body_of(name: str) -> str:
    """The body a dev-set document belongs to, from its name (see BODY_ALIASES)."""
    stem = re.sub(r"^\d+_", "", Path(name).stem)
    if re.match(r"\d{4}-\d\d-\d\d_", stem):  # the shared minutes: "2021-10-04_assurance"
        stem = stem.split("_", 1)[1]
    stem = _DATED_SUFFIX.sub("", stem)
    return BODY_ALIASES.get(stem, stem)


def missing_shared() -> str | None:
    """Why the shared folder cannot be graded, or None when everything is there."""
    needed = [SHARED / "tools" / "grade_extraction.py"]
    needed += [SHARED / part for gold, folder in SETS.values() for part in (gold, folder)]
    absent = [str(p) for p in needed if not p.exists()]
    return f"missing: {', '.join(absent)}" if absent else None


def load_grader() -> ModuleType:
    path = SHARED / "tools" / "grade_extraction.py"
    spec = importlib.util.spec_from_file_location("grade_extraction", path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Counts:
    """The grader's tallies for one document, or summed over several."""

    docs: int = 0
    failed: int = 0
    required: int = 0
    paired_required: int = 0
    predicted: int = 0
    paired_optional: int = 0
    owner_right: int = 0
    owner_graded: int = 0
    due_right: int = 0
    due_graded: int = 0
    date_right: int = 0
    next_right: int = 0
    dated_docs: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    def scores(self) -> dict[str, float]:
        """The grader's summary line, as numbers (same formulas as its ``main``)."""
        counted = self.predicted - self.paired_optional
        precision = (self.paired_required / counted if counted
                     else (1.0 if self.required == 0 else 0.0))
        recall = self.paired_required / self.required if self.required else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "f1": f1, "recall": recall, "precision": precision,
            "owners": self.owner_right / self.owner_graded if self.owner_graded else 0.0,
            "due": self.due_right / self.due_graded if self.due_graded else 0.0,
            "dates": ((self.date_right + self.next_right) / (2 * self.dated_docs)
                      if self.dated_docs else 0.0),
        }


def total(counts: Iterable[Counts]) -> Counts:
    return sum(counts, Counts())


def grade_document(grader: ModuleType, gold: dict[str, Any], out: dict[str, Any]) -> Counts:
    """One document's tallies, exactly as the grader's ``main`` counts them."""
    c = Counts(docs=1)
    meeting = out.get("meeting") or {}
    if gold["meeting"].get("date_in_text", True):
        c.dated_docs = 1
        c.date_right = int(meeting.get("date") == gold["meeting"]["date"])
        c.next_right = int(meeting.get("next_meeting") == gold["meeting"].get("next_meeting"))
    predicted = out.get("actions") or []
    c.predicted = len(predicted)
    g_actions = gold["actions"]
    c.required = sum(1 for g in g_actions if not g.get("optional"))
    for i, j, _score in grader.pair(predicted, g_actions):
        p, g = predicted[i], g_actions[j]
        if g.get("optional"):
            c.paired_optional += 1
            continue
        c.paired_required += 1
        ok = grader.owners_ok(p.get("owners") or [], g)
        if ok is not None:
            c.owner_graded += 1
            c.owner_right += int(ok)
        c.due_graded += 1
        if g.get("due"):
            ok = p.get("due") == g["due"] and p.get("basis") != "default"
        else:
            ok = p.get("due") is None or p.get("basis") == "default"
        c.due_right += int(ok)
    return c


def extractor() -> Callable[[Path], dict[str, Any]]:
    """``reminders extract PATH --json`` in-process, with the repository config's options."""
    from reminders.config import Rules, load
    from reminders.minutes import extract

    config = load(REPO / "config.toml") if (REPO / "config.toml").exists() else None
    rules = config.rules if config else Rules()
    options = {"default_follow_up": rules.default_follow_up,
               "financial_year_start": rules.financial_year_start_month,
               "cadence": rules.cadence, "aliases": config.aliases() if config else None}
    return lambda path: extract(path, **options).to_dict()


def grade_set(grader: ModuleType, name: str,
              extract: Callable[[Path], dict[str, Any]]) -> dict[str, Counts]:
    """Per-document tallies of one dev set; a document that fails to extract misses all."""
    gold_file, folder = SETS[name]
    documents = json.loads((SHARED / gold_file).read_text(encoding="utf-8"))["documents"]
    result = {}
    for doc, gold in sorted(documents.items()):
        try:
            out = extract(SHARED / folder / doc)
        except Exception:  # the grader counts a crash as a miss of all its actions, so do we
            required = sum(1 for g in gold["actions"] if not g.get("optional"))
            result[doc] = Counts(docs=1, failed=1, required=required)
            continue
        result[doc] = grade_document(grader, gold, out)
    return result
