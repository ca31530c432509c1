"""Owners and due words written into an action itself, and an owner cell's share of them.

"(JB)" at the end, "- JB", "OH - book the venue", "Owner: Director of Finance", "Due date:
31.07.2024": these are read off the action's text and removed from it where they are only
labels, so the digest shows the task and the owner list shows the owner. A bracketed
acronym its own words spell out ("Local Resilience Forum (LRF)") is a definition, not an
owner.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reminders.minutes.owners import OwnerBook, union
from reminders.minutes.patterns import may_hold, without_state

if TYPE_CHECKING:
    from reminders.minutes.actions import Found

_BRACKET = re.compile(r"\((?P<who>[^()]{1,60})\)|\[(?P<tag>[^\[\]]{1,24})\]")
# "... by close of play Friday — Priya": an owner tag after a dash closing an action.
DASH_TAG = r"\s[-–—]\s*(?P<who>[^-–—]{1,30})$"
_TRAILING = re.compile(rf"{DASH_TAG}|(?<=[.!?])\s+(?P<code>[^.!?]{{1,30}})$")
_LEADING = re.compile(r"^(?P<who>[^-–—:()]{1,30}?)\s*(?:[-–—]|:)\s+(?=\S)")
# ... up to the next label: "Owner: Lead Medical Examiner  By: within 28 days".
_INLINE_OWNER = re.compile(r"[.;,]?\s*\b(?:action\s+)?(?:owner|lead|responsible)\s*[:\-–]\s*"
                           r"(?P<who>[^.;,()]+?)\.?(?=\s+(?:by|due|when|deadline)\s*:|[.;,()]|$)",
                           re.IGNORECASE)
_INLINE_DUE = re.compile(r"[.;,]?\s*\b(?:due(?:\s+date)?|deadline|by\s+when|target\s+date|"
                         r"by(?=\s*:))\s*"
                         r"[:\-–]\s*(?P<when>[^;()]+?)\.?\s*(?=$|;|\))", re.IGNORECASE)


_EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")
# "Rebook the ambulance (Shona) - by the 30th": the bracket still closes the task.
# A bare numeric date set off by a dash at the end of an item, as a list of "who - what -
# when" writes its due column: "- Fri. 4/11.", "- 4/18." (the weekday is a check).
_DASHED_DATE = re.compile(r"\s[-–—]\s+(?:[A-Za-z]{3,9}\.?,?\s+)?"
                          r"(?P<when>\d{1,2}/\d{1,2}(?:/\d{2,4})?)\.?\s*$")
_WHEN_AFTER = re.compile(r"^\s*[-–—,]\s*(?:by|before|within|in|on|asap|next|end|after|until|"
                         r"today|tomorrow|tonight|this|ongoing|tb[cad])\b", re.IGNORECASE)


# "ACTION - Tane, before next meeting", "Action by: TE | Target: 31/03/2025", "ACTION -
# Sharon (ASAP)": the owners of the action before, then when it is due.
_OWNER_THEN = re.compile(r"^(?P<who>[^|,;()]{1,40}?)(?:\s*[|,;(]\s*|\s+(?=(?:by|before|within|"
                         r"asap|target|due|deadline)\b))(?P<rest>.*)$", re.IGNORECASE)
_DUE_LABEL = re.compile(r"^(?:target|due(?:\s+date)?|deadline)\s*:?\s*", re.IGNORECASE)


def owners_then_when(text: str, book: OwnerBook) -> tuple[tuple[str, ...], str] | None:
    """Owners the book knows, then when the work is due, in one phrase: after a marker
    ("ACTION - Tane, before next meeting", "ACTION - Sharon (ASAP)", "Action by: TE |
    Target: 31/03/2025") or in a bracket closing an action ("(TN, by Friday)")."""
    if (m := _OWNER_THEN.match(text)) and (owners := book.owners(m.group("who"))) and (
        when := _DUE_LABEL.sub("", m.group("rest")).strip(" ().")
    ):
        return owners, when
    return None


def apply(f: Found, book: OwnerBook) -> None:
    """Owners and due words written into the action itself: "(JB)", "- JB", "Owner:"."""
    m = (_INLINE_OWNER.search(f.text) if may_hold(f.text, ("owner", "lead", "responsible"))
         else None)
    if m and (owners := book.owners(who := m.group("who").strip()) or book.agent(who)):
        # (after "Owner:" any name is one: "Owner: Coroner's Service Manager")
        f.owners = union(f.owners, owners)
        f.text = (f.text[: m.start()] + f.text[m.end():]).strip()
    if may_hold(f.text, ("due", "deadline", "when", "target", "by:")) and (
        m := _INLINE_DUE.search(f.text)
    ):
        f.due_words = m.group("when")
        f.text = (f.text[: m.start()] + f.text[m.end():]).strip()
    if "(" in f.text:
        f.text = _EMPTY_BRACKETS.sub("", f.text)  # "(Owner: X, Due: Y)" once both are read
    f.text = without_state(f.text, book.is_known)
    if (m := _LEADING.match(f.text)) and (owners := book.owners(m.group("who"))):
        f.owners = union(f.owners, owners)
        f.text = f.text[m.end():]
    if m := _TRAILING.search(f.text):
        tag = (m.group("who") or m.group("code") or "").strip(" .()")
        when = None
        if not (owners := book.owners(tag)) and m.group("who") and (
            then := owners_then_when(tag, book)
        ):
            owners, when = then  # "... for the cleanup - Marcy, ASAP": who, then when
        if owners:
            f.owners = union(f.owners, owners)
            f.due_words = f.due_words or when
            f.text = f.text[: m.start()].rstrip(" -–—")
    if not f.due_words and "/" in f.text and (m := _DASHED_DATE.search(f.text)):
        f.due_words = m.group("when")  # "City Manager - Circulate the goals - 4/18.": its due
    for m in _BRACKET.finditer(f.text):
        tail = f.text[m.end():]
        at_end = tail.strip(" .") == "" or bool(_WHEN_AFTER.match(tail))
        if m.group("tag") is not None:  # "... and report back. [AR]": an owner tag
            if at_end and (owners := book.owners(m.group("tag"))):
                f.owners = union(f.owners, owners)
                f.text = f.text[: m.start()].rstrip()
            continue
        if at_end and "," in m.group("who") and not f.owners and (
            then := owners_then_when(m.group("who"), book)
        ) and not book.agent(m.group("who")):  # not "(Craig, Laria, Mike G.)"
            # "Send the copy deadline to venue managers (TN, by Friday)": who, then when
            f.owners, when = then
            f.due_words = f.due_words or when
            f.text = f.text[: m.start()].rstrip()
            break
        # "Update the sign (James & Craig)": a bracket closing an action names its owners.
        # ...unless the action already has its doer ("Martyn will speak to Steve (IT Lead)").
        lenient = at_end and not f.owners
        owners = book.agent(m.group("who")) if lenient else book.owners(m.group("who"))
        if defines(f.text[: m.start()], m.group("who")):
            continue  # "Local Criminal Justice Board (LCJB)" defines, not assigns
        if owners and (at_end or all(book.is_known(o) for o in owners)):
            f.owners = union(f.owners, owners)


def cell_owners(parsed: dict[int | None, tuple[str, ...]], label: str | None) -> tuple[str, ...]:
    """The owners a row's cell gives the action on that row: all of an unnumbered cell; of
    a numbered one, the entry for the item's own number."""
    if len(parsed) == 1:
        return next(iter(parsed.values()))
    if label and label.isdigit():
        return parsed.get(int(label), ())
    return ()


def defines(before: str, acronym: str) -> bool:
    letters = re.sub(r"[^A-Z]", "", acronym)
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", before) if w.lower() not in
             {"and", "of", "the", "for", "&", "in", "on"}]
    initials = "".join(w[0].upper() for w in words[-len(letters):]) if letters else ""
    return len(letters) >= 2 and initials == letters
