"""Whether a block records an action depends on where it sits: under an actions heading, in a
matters-arising section (an item opening with an action restates an earlier one: kind
"carried"), under "Actions arising from the January meeting", after an "Update:" for them, or
in an "Actions arising:" list. One pass over the blocks keeps that context and hands each
block to the rules that fit it (``actions_section``, ``actions_prose``); whether a sentence
commits someone to work, and who, is ``commitments``' question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reminders.deadlines.lexicon import MONTH_RE
from reminders.minutes import patterns as p
from reminders.minutes import stated
from reminders.minutes.actions_prose import _Prose
from reminders.minutes.actions_section import _Section
from reminders.minutes.blocks import Block, Document, looks_like_heading
from reminders.minutes.commitments import Commitments, speaker
from reminders.minutes.lists import column_owners, list_items
from reminders.minutes.names import names_a_unit
from reminders.minutes.owners import OwnerBook, union

MATTERS_ARISING = re.compile(
    r"matters\s+arising|outstanding\s+(?:matters|actions)|action\s+log|actions?\s+(?:from|arising"
    r"\s+from)\s+(?:the\s+)?(?:previous|last)|review\s+of\s+(?:previous\s+)?actions|"
    r"progress\s+on\s+actions|brought\s+forward", re.IGNORECASE)
# ... unless the heading says its actions are this meeting's: "Action log (new actions from
# this meeting)".
NEW_WORK = re.compile(r"\bnew\s+actions?\b|\b(?:from|at|of)\s+this\s+meeting\b", re.IGNORECASE)


def arising(heading: str) -> bool:
    """A heading over reviews of earlier actions (matters arising, an action log)."""
    return bool(MATTERS_ARISING.search(heading) or p.CARRIED_HEADING.search(heading)) and (
        not NEW_WORK.search(heading))


_RESOLVED_THAT = re.compile(r"^(?:it\s+was\s+)?(?:resolved|agreed)(?:\s+to\s+recommend(?:\s+to"
                            r"\s+(?:the\s+)?[\w ]{1,30}?)?)?\s+that\s*:?$", re.IGNORECASE)
# ("RESOLVED to RECOMMEND to Cabinet that:" over its lettered recommendations)
_NEW_STATUS = re.compile(r"^new(?:\s+action)?\W*$", re.IGNORECASE)
# ... and outside a review of earlier work, a row still to start: "Open", "Not started".
_OPEN_STATUS = re.compile(r"^(?:open|not\s+(?:yet\s+)?started|to\s?do)\W*$", re.IGNORECASE)
_EARLIER = re.compile(rf"\b(?:previous|last|prior|earlier|preceding)\b|\d|\b{MONTH_RE}",
                      re.IGNORECASE)  # (a month as a word: not "the Mayor's meeting")
# A completion closing the item after a separator: a report of done work, not new work.
_DONE_TAIL = re.compile(rf"[-–—,;:(]\s*(?:now\s+|all\s+)?{p.DONE_WORDS}[\s.!)]*$", re.IGNORECASE)
_ANY_HEADING = 99  # a scope that the next Markdown heading ends, whatever its rank
# "... by close of play Friday — Priya": an owner tag closing a list item.
_TAG = re.compile(stated.DASH_TAG)


@dataclass
class Found:
    """An action as found, before repeats are merged and dates resolved."""

    text: str
    block: Block
    kind: str = "new"
    owners: tuple[str, ...] = ()
    update: str | None = None
    due_words: str | None = None  # from a due column or a "Due:" line
    item: str | None = None
    shadow: bool = False  # a repeat that only lends its owner cell
    listed: bool = False  # an item of an actions list or table: its words are the record
    parent: str | None = None  # the text of the list item it sits under (rule 12)
    restated: str | None = None  # a discussion sentence saying this list item again


def _lists_actions(text: str) -> bool:
    """An "Actions arising:" list header, but not "Actions: None", which marks nothing."""
    m = p.LIST_HEADER.match(text)
    return bool(m) and not p.NONE.match((m.group("rest") or "x").strip())


def find(doc: Document, book: OwnerBook) -> list[Found]:
    return _Finder(doc, book).run()


class _Finder(_Section, _Prose):
    def __init__(self, doc: Document, book: OwnerBook) -> None:
        self.doc, self.book, self.blocks = doc, book, doc.blocks
        self.found: list[Found] = []
        # Minutes that mark actions anywhere are trusted to mark them all.
        self.marked = any(b.table is not None or p.marked(b.text) or _lists_actions(b.text)
                          or p.CARRIED_HEADER.match(b.text) for b in doc.blocks)
        self.scope = False  # in a matters-arising section
        self.scope_level: int | None = None  # its heading's level, when not an agenda item
        self.header = False  # under "Actions arising from the ... meeting"
        self.group: list[Found] = []  # carried actions of the current item
        self.updating = False
        self.last: list[Found] = []  # actions of the previous block
        self.resolving = False  # in the items of a "RESOLVED that:" list
        self.recommending = False  # ... of "RESOLVED to RECOMMEND to Cabinet that:"
        self.before: list[Found] = []  # ... as they were when this block started
        self.prev: Block | None = None
        # Minutes written as a transcript ("APP: consider an antipattern...") put a speaker
        # before most lines; there "Name: verb ..." is speech, not an assignment.
        speakers = [m for b in doc.blocks if (m := speaker(b.text))
                    and book.owners(m.group("who"))]
        tasks = sum(m.group("verb").lower() in p.IMPERATIVES for m in speakers)
        self.say = Commitments(book, marked=self.marked,
                               transcript=len(speakers) >= 4 and tasks * 2 < len(speakers))
        # Under an actions heading ("## Action items", "Resolved", "Next steps"): its
        # heading level, the depth of its top items, the owner of an owner sub-heading,
        # and the last top item (the parent of deeper ones).
        self.actions: int | None = None
        self.depth: int | None = None
        self.heading_owner: tuple[str, ...] = ()
        # A heading naming a member ("## Ingrid") and its level: an actions heading under
        # it lists that member's tasks.
        self.person: tuple[tuple[str, ...], int] | None = None
        self.parent: Found | None = None
        # The depth of a "Next steps:" line whose list is the actions section (-1 for a
        # paragraph); None under a real heading.
        self.inline: int | None = None
        # The depth of a question under an actions heading ("Next meeting?"): the items
        # below it are its answers, not tasks, unless they name their doer.
        self.asked: int | None = None

    def run(self) -> list[Found]:
        i = 0
        while i < len(self.blocks):
            i = self._step(i)
        return self.found

    def _step(self, i: int) -> int:
        b, book = self.blocks[i], self.book
        if b.line in self.doc.people_lines and not b.heading and b.table is None:
            return i + 1  # "Officers: Sarah Whitlock, Chief Fire Officer (CFO); ...": people
        text = b.text
        alone = b.label is None and not b.level and len(text) <= 40 and self.actions is None
        # (In minutes not ``marked``, no block holds a marker.)
        if alone and not (self.marked and p.marked(text)) and (
            owners := book.owners(text.strip(" .()"))
        ) and not b.heading:  # (``blocks`` made "MONEY" a heading: capitals nobody has)
            for f in self.last:  # an owner standing alone under its action
                f.owners = union(f.owners, owners)
            self.last = []
            return i + 1
        if self.last and (m := p.OWNER_LABEL.match(text)):
            for f in self.last:
                f.owners = union(f.owners, book.owners(m.group("rest").strip(" .")))
            return i + 1
        if self.last and (m := p.DUE_LABEL.match(text)):
            for f in self.last:
                f.due_words = m.group("rest")
            return i + 1
        self.before, self.last = self.last, []
        self.prev = self.blocks[i - 1] if i else None
        if b.table is not None:
            # Under "Action log" a table with no status column is this meeting's new work, and
            # so is a row whose status says "New".
            fresh = bool(b.table) and (_NEW_STATUS.match(b.table) is not None or (
                self.actions is not None and _OPEN_STATUS.match(b.table) is not None))
            kind = "new" if fresh else (
                "carried" if b.table or (self.scope and b.status_column) else "new")
            f = self._add(b, text, kind, self.say.assignment(text, explicit=True) or ())
            f.update, f.listed = (None if fresh else b.table or None), True
            self.last = [f]
            return i + 1
        if b.heading and (moved := self._heading(b)) is not None:
            return i + moved
        if self.actions is not None and (
            (b.label is None and (text.endswith(":") or (self.inline is not None
                                                        and b.checkbox is None)))
            or (self.inline is not None and b.label is not None and b.depth <= self.inline)
        ):
            self.actions = None  # "NEXT MEETING:", or the end of the list under "Next steps:"
        if self.actions is not None and not b.heading:
            following = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
            self._scoped(b, following)
            return i + 1
        if m := p.CARRIED_MARKER.match(text):
            self.last = [self._carried(b, m.group("rest"))]
            return i + 1
        if (self.scope_level == _ANY_HEADING and b.label is not None and b.label.isdigit()
                and not b.depth and looks_like_heading(text)):
            # "2. ACTIONS FROM LAST MEETING" then "3. CALL-OUT REPORT": the next agenda item
            self.scope, self.header, self.scope_level = False, False, None
        if p.CARRIED_HEADER.match(text) and self._closing(i, text):
            # "Actions arising from the AGM" after the business: this meeting's own list
            self._enter_actions(b, None if b.heading else (b.depth if b.label is not None
                                                           else -1))
            return i + 1
        if p.CARRIED_HEADER.match(text):
            self.scope = self.header = True
            if self.scope_level is None:  # "Actions from last time:" ends at a Markdown heading
                self.scope_level = _ANY_HEADING
            self.group, self.updating = [], False
            return i + 1
        if m := p.LIST_HEADER.match(text):
            return self._list(i, (m.group("rest") or "").strip())
        numbered = b.label is not None and b.label.isdigit() and text.isupper()
        if ((text.endswith(":") or numbered) and p.ACTIONS_HEADING.match(text.strip(" :*"))
                and (start := self._list_start(i, numbered)) is not None):
            # "Next steps:" or "9. STAFF DIRECTION SUMMARY" over a list: an actions section
            # without a heading's markup, which ends with the list
            self.actions, self.depth, self.heading_owner = b.level, None, ()
            self.inline = b.depth if b.label is not None else -1
            return start
        if b.heading:
            if b.top:
                self.scope, self.header = arising(text), False
                self.scope_level = None
            elif arising(text):
                self.scope, self.scope_level = True, b.level
            elif self.scope_level is not None and (
                b.level if self.scope_level == _ANY_HEADING else (b.level or 0) <= self.scope_level
            ):
                # "Matters Arising" then "Planning": a heading of the same rank ends it.
                self.scope, self.header, self.scope_level = False, False, None
            self.group, self.updating = [], False
            return i + 1
        if m := p.UPDATE_LABEL.match(text):
            self.updating = True
            if m.group("rest").strip():
                self._update(b, m.group("rest"))
            return i + 1
        if self.updating and self.group and not (self.marked and p.marked(text)):
            self._update(b, text)
            return i + 1
        if (self.scope or self.header or b.checkbox == "done") and b.checkbox is not None:
            # "- [x] Bo: post the draft" in a previous-actions list: a report on it
            f = self._carried(b, text)
            f.update = "Complete" if b.checkbox == "done" else None
            self.last = [f]
            return i + 1
        if _RESOLVED_THAT.match(text):
            self.resolving = True  # "RESOLVED that:" over its lettered items
            self.recommending = "recommend" in text.lower()  # ... to another body: not ours
            return i + 1
        if self.resolving and b.label is None:
            self.resolving = False
        if self.resolving:
            if not self.recommending and (owners := self.say.resolved(text)):
                f = self._add(b, text, "new", owners)
                self.last = [f]
            return i + 1  # "(a) the report be noted": a decision
        if b.label is not None and (owners := self._tagged(text)) is not None:
            text = text if owners else _TAG.sub("", text)
            f = self._add(b, text, "new", owners)  # "- Ask FareShare for a slot — Priya"
            f.listed = True
            self.last = [f]
        elif found := self._scan(b):
            self.last = found
        elif self.header and not p.QUESTION.search(text):
            self.last = [self._carried(b, text)]
        elif self.scope and self.group and self.group[-1].update is None:
            self.group[-1].update = p.sentences(text)[0][1]
        return i + 1

    def _closing(self, i: int, text: str) -> bool:
        """Whether "Actions arising from ..." closes the minutes with their own actions: it
        stands in the second half and names no earlier meeting (no "previous", "last", date
        or month), where the review of earlier actions opens the minutes."""
        return i > len(self.blocks) // 2 and not _EARLIER.search(text)

    def _tagged(self, text: str) -> tuple[str, ...] | None:
        """The owners a list item is tagged with after a closing dash: someone the
        attendance lists, or "TBC" (nobody yet); None for any other item."""
        if (m := _TAG.search(text)) is None or sum(
            w.islower() for w in text[: m.start()].split()
        ) < 2:
            return None  # "- ESS - Taylor, Rod" in an attendance list is no task
        who = m.group("who").strip(" .")
        if who.upper() in ("TBC", "TBA", "TBD", "?", "??"):
            return ()  # (``stated`` strips a known owner's tag; the caller this one)
        owners = self.book.owners(who)
        return owners if owners and all(self.book.is_known(o) for o in owners) else None

    def _list_start(self, i: int, numbered: bool) -> int | None:
        """Where the list under the line ``i`` starts: the next block, or, under a numbered
        agenda heading, the one after a sentence introducing it ("The City Recorder read
        back the following list; Council confirmed it.")."""
        after = self.blocks[i + 1:i + 3]
        if after and after[0].label is not None:
            return i + 1
        if numbered and len(after) == 2 and after[1].label is not None and len(
            p.sentences(after[0].text)
        ) == 1 and not self.say.assignment(after[0].text):
            return i + 2
        return None

    def _carried(self, b: Block, text: str) -> Found:
        f = self._add(b, text, "carried", self.say.assignment(text, explicit=True) or ())
        self.group.append(f)
        return f

    def _update(self, b: Block, text: str) -> None:
        targets = self.group
        if b.label and b.label.isdigit():
            same = [f for f in self.group if f.block.label == b.label]
            index = int(b.label) - 1
            targets = same or (self.group[index:index + 1] if index < len(self.group) else [])
        for f in targets:
            f.update = f"{f.update} {text}" if f.update else text

    def _list(self, i: int, rest: str) -> int:
        header = self.blocks[i]
        self.updating = False
        if rest and p.NONE.match(rest):
            return i + 1
        if rest:
            self.last = [self._add(header, rest, "new",
                                   self.say.assignment(rest, explicit=True) or ())]
            return i + 1
        following = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        if (following is not None and following.label is None
                and len(following.text.split()) <= 3 and self.book.agent(following.text)):
            # "ACTIONS:" then "George" over George's tasks: read it as an actions section.
            self.actions, self.depth, self.heading_owner = header.level, None, ()
            return i + 1
        items, end = list_items(self.blocks, i)
        per_item = [self.blocks[k].lines for k in items]
        lines = header.lines + [ln for item_lines in per_item for ln in item_lines]
        column = column_owners(self.doc, self.book, lines, per_item)
        self.last = [
            self._add(self.blocks[k], self.blocks[k].text, "new",
                      union(self.say.assignment(self.blocks[k].text, explicit=True) or (), owners),
                      in_list=True)
            for k, owners in zip(items, column, strict=True)
        ]
        return end

    def _add(self, b: Block, text: str, kind: str, owners: tuple[str, ...],
             *, in_list: bool = False) -> Found:
        f = Found(" ".join(text.split()), b, kind, owners, item=b.item, listed=in_list,
                  due_words=b.due)
        if kind == "new" and _DONE_TAIL.search(f.text):
            f.kind, f.update = "carried", "Complete"  # "... error codes - done, CLOSED."
        stated.apply(f, self.book)
        for line in b.lines:
            for cell in self.doc.side_cells.get(line, ()):
                parsed = self.book.cell(cell)
                if parsed is None and b.table is not None and (
                    who := self.book.agent(cell) or (
                        (cell,) if names_a_unit(cell) else None)
                ):
                    parsed = {None: who}  # an owner column names owners: "Dir. Lachance"
                if parsed is not None:
                    column = stated.cell_owners(parsed, b.label)
                    # Where the sentence names its doer and the owner column names someone
                    # else ("JH to mend the dog bin" | NO), the sentence is the record.
                    if not in_list and (not f.owners or set(column) & set(f.owners)):
                        f.owners = union(f.owners, column)
                elif re.match(r"^(?:open|closed?|complete|done|ongoing|c/?f)", cell, re.I):
                    f.update = f.update or cell
                else:
                    f.due_words = f.due_words or cell
        self.found.append(f)
        return f

