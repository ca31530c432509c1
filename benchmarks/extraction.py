"""Benchmark extraction on every dev set: its grades, per set and per body, and its speed.

Run: .venv/bin/python benchmarks/extraction.py   (or `make bench-extraction`)

Grades: each document of the public, other, formats and seeds sets is extracted in this
process and scored with the shared grader's own pairing and owner rules
(tests/extraction_grading.py), so the figures are those of
``../shared/tools/grade_extraction.py``; the script checks that on one set by running the
grader's own ``main`` over the same extractions.

The blind sets (benchmarks/blind/, minutes written by sessions that never read the extractor)
are graded beside them; their honest figures are their first gradings, in that folder's README.

Generality: extraction is hand-written rules with nothing fitted to the dev sets (no
weights, thresholds or word lists learned from them), so a leave-one-body-out score would
equal the pooled one. What is printed instead is the breakdown by body (a document name's
prefix, per the set READMEs) and the pooled score *without* each body, so a reader can see
that no single body carries the score.

Speed: MB of minutes text extracted per second (the text documents of the public, other
and seeds sets, through ``extract_text``; reading PDFs is a different cost, not counted),
beside a plain regex line scan of the same text (``re.finditer`` of an ACTION-marker
pattern over every line) timed in the same run, round for round in turns with the extraction
so that both meet the same load. Goals: >= 1.5 MB/s and a ratio >= 0.25.
"""

from __future__ import annotations

import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests import extraction_grading as grading

SCORES = ("f1", "recall", "precision", "owners", "due", "dates")
SPEED_SETS = ("public", "other", "seeds")
MARKER = re.compile(r"\bACTION(?:\s+POINT)?S?\b\s*[:\-–]?", re.IGNORECASE)
MB_PER_S_GOAL, RATIO_GOAL = 1.5, 0.25


def _figure(counts: grading.Counts, key: str) -> str:
    """A score, or "n/a" where the grader would divide by nothing (no owner graded, no date
    in the text) and print 0.000."""
    empty = {"owners": counts.owner_graded, "due": counts.due_graded,
             "dates": counts.dated_docs}.get(key, 1) == 0
    return f"{key}={'n/a' if empty else format(counts.scores()[key], '.3f')}"


def _row(label: str, counts: grading.Counts) -> str:
    figures = " ".join(_figure(counts, k) for k in SCORES)
    return f"  {label:<24} docs={counts.docs:<3} required={counts.required:<4} {figures}"


def grades(grader, extract) -> dict[str, grading.Counts]:
    per_document: dict[str, grading.Counts] = {}
    print("per set (the grader's scoring, in-process):")
    for name in grading.SETS:
        graded = grading.grade_set(grader, name, extract)
        print(_row(name, grading.total(graded.values())))
        failed = [doc for doc, c in graded.items() if c.failed]
        if failed:
            print(f"    extraction failed on {failed}")
        per_document.update({f"{name}/{doc}": c for doc, c in graded.items()})
    print(_row("all sets", grading.total(per_document.values())))
    return per_document


def by_body(per_document: dict[str, grading.Counts]) -> None:
    bodies: dict[str, list[grading.Counts]] = defaultdict(list)
    for key, counts in per_document.items():
        bodies[grading.body_of(key.split("/", 1)[1])].append(counts)
    everything = grading.total(per_document.values())
    print(f"\nby body ({len(bodies)} bodies; 'without' = all sets pooled, this body left out):")
    for body, counts in sorted(bodies.items()):
        own = grading.total(counts)
        rest = grading.total(c for k, cs in bodies.items() if k != body for c in cs)
        mine = " ".join(_figure(own, k) for k in ("f1", "owners", "due", "dates"))
        others = " ".join(_figure(rest, k) for k in ("f1", "owners", "due", "dates"))
        print(f"  {body:<22} docs={own.docs:<2} required={own.required:<3} {mine:<48}"
              f" | without: {others}")
    spread = [grading.total(c for k, cs in bodies.items() if k != b for c in cs).scores()["f1"]
              for b in bodies]
    print(f"  pooled f1={everything.scores()['f1']:.3f}; leaving out any one body gives "
          f"{min(spread):.3f}-{max(spread):.3f}")


def _texts() -> list[str]:
    texts = []
    for name in SPEED_SETS:
        _gold, folder = grading.SETS[name]
        for path in sorted((grading.SHARED / folder).iterdir()):
            if path.suffix in (".md", ".txt"):
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


def _best_rates(works, megabytes: float, seconds: float) -> list[float]:
    """MB/s of each of ``works``, best of repeated rounds so a scheduler hiccup on a busy
    machine does not count. The works take turns, round by round, so that each is timed
    under the same load as the others and their ratio means something on a shared machine."""
    best, stop = [0.0] * len(works), time.perf_counter() + seconds
    while True:
        for index, work in enumerate(works):
            start = time.perf_counter()
            work()
            best[index] = max(best[index], megabytes / (time.perf_counter() - start))
        if time.perf_counter() > stop:
            return best


def speed() -> bool:
    from reminders.minutes import extract_text

    texts = _texts()
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    def scan() -> None:  # the same input as extraction gets: whole texts, split here
        for text in texts:
            for line in text.splitlines():
                for _ in MARKER.finditer(line):
                    pass

    def extract_all() -> None:
        for text in texts:
            extract_text(text)

    ours, baseline = _best_rates([extract_all, scan], megabytes, 6.0)
    ratio = ours / baseline
    print(f"\nspeed on {len(texts)} text documents "
          f"({megabytes:.2f} MB of {', '.join(SPEED_SETS)}):")
    print(f"  extraction:        {ours:8.2f} MB/s")
    print(f"  regex line scan:   {baseline:8.2f} MB/s  (re.finditer of {MARKER.pattern!r})")
    met = ours >= MB_PER_S_GOAL and ratio >= RATIO_GOAL
    print(f"  ratio: {ratio:.3f} (goals: >= {MB_PER_S_GOAL} MB/s and ratio >= {RATIO_GOAL}): "
          f"{'met' if met else 'NOT MET'}")
    return met


def agrees_with_the_grader(grader, extract, per_document: dict[str, grading.Counts]) -> bool:
    """Run the grader's own ``main`` on the seeds over the same in-process extraction."""
    import contextlib
    import io

    gold, folder = grading.SETS["seeds"]
    argv, run = sys.argv, grader.run
    sys.argv = ["grade_extraction.py", str(grading.SHARED / gold), str(grading.SHARED / folder)]
    grader.run = lambda _cmd, path: extract(path)
    buffer = io.StringIO()
    try:
        with contextlib.redirect_stdout(buffer):
            grader.main()
    finally:
        sys.argv, grader.run = argv, run
    theirs = buffer.getvalue().strip().splitlines()[-1]
    seeds = grading.total(c for k, c in per_document.items() if k.startswith("seeds/"))
    ours = " ".join(f"{k}={v:.3f}" for k, v in seeds.scores().items())
    verdict = "agrees" if theirs == ours else f"DIFFERS from ours: {ours}"
    print(f"\ngrader's own main on seeds: {theirs}\n  {verdict}")
    return theirs == ours


def main() -> int:
    if (why := grading.missing_shared()) is not None:
        print(f"the shared dev sets must sit at {grading.SHARED}: {why}")
        return 2
    grader, extract = grading.load_grader(), grading.extractor()
    per_document = grades(grader, extract)
    by_body(per_document)
    same = agrees_with_the_grader(grader, extract, per_document)
    met = speed()
    return 0 if met and same else 1


if __name__ == "__main__":
    raise SystemExit(main())
