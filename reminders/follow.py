"""Matters arising: which stored action a later meeting reported on, and what it said.

``match`` and ``classify`` are pure. A report is matched, within earlier meetings of the
same series, by a reference it quotes ("A-0042", "Action 3 from January", "item 2.3"),
else by its words and owners. Only a clear match is applied; anything else waits in the
review list (``reminders.review``), so an update is never put on the wrong action silently.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from datetime import date

from reminders.deadlines import resolve
from reminders.minutes import ExtractedAction
from reminders.models import Action, Meeting

CLEAR, MAYBE, MARGIN = 0.8, 0.45, 0.1
MONTHS = tuple(re.findall(r"\w+", "january february march april may june july august "
                                  "september october november december"))
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
REF = re.compile(r"\bA-(\d{1,6})\b")
NTH = re.compile(rf"\baction\s+(?:no\.?\s*)?(\d{{1,3}})\s+(?:from|of)\s+(?:the\s+)?{_MONTH}"
                 r"(?:\s+(\d{4}))?", re.IGNORECASE)
ITEM = re.compile(r"\bitem\s+(\d{1,2}(?:\.\d{1,2})*[a-z]?)\b", re.IGNORECASE)

OPEN_WORDS = re.compile(
    r"\b(ongoing|on-going|c/f(?:wd)?|carried (?:forward|over)|in progress|remains? open|"
    r"not (?:yet )?(?:due|complete[d]?|closed|done|discharged)|outstanding|still open|"
    r"deferred|to be taken at|keep open|rolled over)\b", re.IGNORECASE)
CLOSE_WORDS = re.compile(
    r"\b(complete[d]?|closed?|done|discharged|finished|resolved|no further action|"
    r"(?:written )?(?:report|update|briefing|paper|plan|note|figures|response)s? "
    r"(?:was|were|has been|have been) (?:submitted|provided|received|circulated|presented|"
    r"shared|given))\b", re.IGNORECASE)


STOP = frozenset(re.findall(r"\w+", """
a an and the to of in on for by at with from be is are was were will would
should this that these those it its as or any all into about their his her they them has have
had been being provide provided update updates report reports action actions revisit"""))


def _tokens(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+", text.casefold())
    return words[1:] if words[:1] in (["action"], ["actions"]) else words


def content_words(text: str) -> set[str]:
    """The words that say what an action is about, without the glue."""
    return {w for w in _tokens(text) if w not in STOP and len(w) > 1}


def series(title: str | None) -> str:
    """'Monthly Assurance Meeting October 2021 – Meeting Notes' -> 'monthly assurance meeting'.

    Meetings of one series share a title but for the date words in it."""
    words = re.findall(r"[a-z]+", (title or "").casefold())
    drop = {*MONTHS, *(m[:3] for m in MONTHS), "sept", "notes", "minutes", "of", "the",
            "draft", "final", "revised", "meeting_notes"}
    kept = [w for w in words if w not in drop]
    while kept and kept[-1] == "meeting" and len(kept) > 1 and kept[-2] == "meeting":
        kept.pop()
    return " ".join(kept)


def split_runs(update: ExtractedAction, earlier: list[tuple[Action, Meeting]],
               held: date | None = None, next_meeting: date | None = None
               ) -> list[ExtractedAction]:
    """Matters arising that ran together into one report ("... Closed. The DCC to provide
    an update in October ... Ongoing.") split where a sentence is an earlier action's words:
    each part is then matched on its own, its date read again from its own words."""
    sentences = re.split(r"(?<=[.!?])\s+", update.update or "")
    known = {" ".join(_tokens(a.text)) for a, _ in earlier}
    parts: list[tuple[str, list[str]]] = [(update.text, [])]
    for sentence in sentences:
        if " ".join(_tokens(sentence)) in known and sentence.strip():
            parts.append((sentence.strip(), []))
        else:
            parts[-1][1].append(sentence)
    if len(parts) == 1:
        return [update]
    found = []
    for n, (text, words) in enumerate(parts):
        said = " ".join(words).strip() or None
        dated = resolve(said, held, next_meeting=next_meeting) if said and held else None
        found.append(replace(update, text=text, owners=update.owners if n == 0 else (),
                             update=said, due=dated.due if dated else None,
                             basis=dated.basis if dated else None,
                             due_words=dated.words if dated else None))
    return found


@dataclass(frozen=True)
class Match:
    action_id: int | None  # set only when the match is clear
    candidates: tuple[int, ...]  # best first: what the review list offers
    reason: str  # how it was matched, or why it is not clear


def match(update: ExtractedAction, earlier: list[tuple[Action, Meeting]]) -> Match:
    """The stored action ``update`` reports on, among ``earlier`` (the series' past actions)."""
    said = " ".join(filter(None, [update.text, update.update]))
    by_id = {a.id: a for a, _ in earlier}
    for number in REF.findall(said):
        if int(number) in by_id:
            return Match(int(number), (int(number),), f"quotes A-{int(number):04d}")
    if found := _nth(said, earlier):
        return Match(found.id, (found.id,), "quotes its number in that meeting")
    pool = earlier
    quoted_item = ITEM.search(said)
    if quoted_item:
        pool = [(a, m) for a, m in earlier if a.item == quoted_item.group(1)] or earlier
    scored = sorted(((_score(update, a), m.date or date.min, a.id) for a, m in pool),
                    reverse=True)
    if not scored or scored[0][0] < MAYBE:
        return Match(None, tuple(s[2] for s in scored[:3] if s[0] >= 0.3),
                     "matches no earlier action of this series")
    best = scored[0]
    rivals = [s for s in scored[1:] if s[0] > best[0] - MARGIN]
    candidates = tuple(s[2] for s in [best, *rivals][:3])
    if best[0] >= CLEAR and not rivals:
        return Match(best[2], (best[2],), f"same words ({best[0]:.0%})")
    if rivals:
        return Match(None, candidates, f"{len(rivals) + 1} actions match about as well")
    return Match(None, candidates, f"words only partly match ({best[0]:.0%})")


def _nth(said: str, earlier: list[tuple[Action, Meeting]]) -> Action | None:
    """'Action 3 from January (2022)': the third action minuted at that month's meeting."""
    found = NTH.search(said)
    if not found:
        return None
    number, month = int(found.group(1)), found.group(2)[:3].casefold()
    year = int(found.group(3)) if found.group(3) else None
    meetings = sorted({m.id: m for _, m in earlier if m.date and f"{m.date:%b}".casefold() ==
                       month and (year is None or m.date.year == year)}.values(),
                      key=lambda m: m.date, reverse=True)
    if not meetings:
        return None
    actions = sorted((a for a, m in earlier if m.id == meetings[0].id),
                     key=lambda a: (a.line or 0, a.id))
    return actions[number - 1] if 0 < number <= len(actions) else None


def _score(update: ExtractedAction, action: Action) -> float:
    ratio = difflib.SequenceMatcher(None, " ".join(_tokens(action.text)),
                                    " ".join(_tokens(update.text))).ratio()
    mine, theirs = content_words(update.text), content_words(action.text)
    dice = 2 * len(mine & theirs) / (len(mine) + len(theirs)) if mine and theirs else 0.0
    score = max(ratio, dice)
    owners = {o.casefold() for o in update.owners}
    stored = {o.casefold() for o in action.owner_codes}
    if owners and stored:
        score = min(1.0, score + 0.05) if owners & stored else score * 0.75
    return score


@dataclass(frozen=True)
class Outcome:
    """What an update does: close | open (keep it open) | redate | noted."""

    kind: str
    due: date | None = None
    basis: str | None = None
    words: str | None = None


def classify(update: ExtractedAction) -> Outcome:
    """Read the update's words. Keeping it open wins over closing ("presented for two
    districts; ongoing"); a date the update states re-dates it."""
    words = update.update or ""
    dated = update.due if update.basis not in (None, "default") and update.due_words else None
    if OPEN_WORDS.search(words):
        if dated:
            return Outcome("redate", dated, update.basis, update.due_words)
        return Outcome("open")
    if CLOSE_WORDS.search(words):
        return Outcome("close")
    if dated:
        return Outcome("redate", dated, update.basis, update.due_words)
    return Outcome("noted")
