"""Finding the actions in a document's blocks.

One pass over the blocks, keeping the context each block needs for a decision: are we under
an actions heading ("Action items", "Resolved", "Next steps": every item is an action unless
it is a note about one), in a matters-arising section (an item opening with an action
restates an earlier one: kind "carried"), under an "Actions arising from the January
meeting" header (every item listed is an earlier action), reading an "Update:" for them, or
reading an "Actions arising:" list. Whether a sentence commits someone to work, and who, is
``commitments``' question. Owners come from what the minutes state: the sentence's subject,
the marker ("Action: JB"), brackets, an owner cell on the same row or column, an owner line
below, an owner sub-heading over its tasks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reminders.minutes import patterns as p
from reminders.minutes import stated
from reminders.minutes.blocks import Block, Document, looks_like_heading
from reminders.minutes.commitments import Commitments, speaker
from reminders.minutes.lists import column_owners, list_items
from reminders.minutes.owners import OwnerBook, union

MATTERS_ARISING = re.compile(
    r"matters\s+arising|outstanding\s+(?:matters|actions)|action\s+log|actions?\s+(?:from|arising"
    r"\s+from)\s+(?:the\s+)?(?:previous|last)|review\s+of\s+(?:previous\s+)?actions|"
    r"progress\s+on\s+actions|brought\s+forward", re.IGNORECASE)


# "APP: would you be open to...?": a question put at the meeting, whoever it is put by.
_ASKS = re.compile(r"(?:^|:\s+)(?:would|could|can|should|do|does|did|shall)\s+(?:you|we|they)"
                   r"\b.*\?", re.IGNORECASE)
# "Planning - Mrs Sharp to be contacted": a topic label before the instruction.
_TOPIC = re.compile(r"\s[-–—]\s|:\s")
# "clarkb to update the docs", "corvus review the spec": a handle opening a marked action.
_HANDLE_FIRST = re.compile(r"^(?P<who>[a-z][\w.-]{1,24})\s+(?:to\s+|will\s+)?(?P<verb>[a-z]+)\b")
# "Mark Evans reported ...": the person a sentence opens with, for a "He" after it.
_OPENING_NAME = re.compile(r"^(?P<who>(?:(?:Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'-]+"
                           r"(?:\s+[A-Z][\w'-]+)?)\s+[a-z]")


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


def _lists_actions(text: str) -> bool:
    """An "Actions arising:" list header, but not "Actions: None", which marks nothing."""
    m = p.LIST_HEADER.match(text)
    return bool(m) and not p.NONE.match((m.group("rest") or "x").strip())


def find(doc: Document, book: OwnerBook) -> list[Found]:
    return _Finder(doc, book).run()


class _Finder:
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
        self.parent: Found | None = None
        # The depth of a "Next steps:" line whose list is the actions section (-1 for a
        # paragraph); None under a real heading.
        self.inline: int | None = None

    def run(self) -> list[Found]:
        i = 0
        while i < len(self.blocks):
            i = self._step(i)
        return self.found

    def _step(self, i: int) -> int:
        b, book = self.blocks[i], self.book
        text = b.text
        alone = b.label is None and len(text) <= 40 and self.actions is None
        if alone and not p.marked(text) and (owners := book.owners(text.strip(" .()"))):
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
            kind = "carried" if b.table or self.scope else "new"
            f = self._add(b, text, kind, self.say.assignment(text, explicit=True) or ())
            f.update, f.listed = b.table or None, True
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
        if p.CARRIED_HEADER.match(text):
            self.scope = self.header = True
            self.group, self.updating = [], False
            return i + 1
        if m := p.LIST_HEADER.match(text):
            return self._list(i, (m.group("rest") or "").strip())
        if (text.endswith(":") and p.ACTIONS_HEADING.match(text.strip(" :*"))
                and i + 1 < len(self.blocks) and self.blocks[i + 1].label is not None):
            # "Next steps:" over a list: an actions section without a heading's markup,
            # which ends with the list
            self.actions, self.depth, self.heading_owner = b.level, None, ()
            self.inline = b.depth if b.label is not None else -1
            return i + 1
        if b.heading:
            if b.top:
                self.scope, self.header = bool(MATTERS_ARISING.search(text)), False
                self.scope_level = None
            elif MATTERS_ARISING.search(text) or p.CARRIED_HEADING.search(text):
                self.scope, self.scope_level = True, b.level
            elif self.scope_level is not None and (b.level or 0) <= self.scope_level:
                # "Matters Arising" then "Planning": a heading of the same rank ends it.
                self.scope, self.scope_level = False, None
            self.group, self.updating = [], False
            return i + 1
        if m := p.UPDATE_LABEL.match(text):
            self.updating = True
            if m.group("rest").strip():
                self._update(b, m.group("rest"))
            return i + 1
        if self.updating and self.group and not p.marked(text):
            self._update(b, text)
            return i + 1
        if (self.scope or self.header) and b.checkbox is not None:
            # "- [x] Bo: post the draft" in a previous-actions list: a report on it
            f = self._carried(b, text)
            f.update = "Complete" if b.checkbox == "done" else None
            self.last = [f]
            return i + 1
        if found := self._scan(b):
            self.last = found
        elif self.header and not p.QUESTION.search(text):
            self.last = [self._carried(b, text)]
        elif self.scope and self.group and self.group[-1].update is None:
            self.group[-1].update = p.sentences(text)[0][1]
        return i + 1

    def _heading(self, b: Block) -> int | None:
        """Enter or leave an actions section; None lets the other heading rules run."""
        text = b.text.strip(" :*")
        if p.ACTIONS_HEADING.match(text) and not p.CARRIED_HEADING.search(text):
            self.actions, self.depth, self.heading_owner = b.level, None, ()
            self.scope = self.header = False
            self.inline = None
            return 1
        if self.actions is None:
            return None
        deeper = b.level > self.actions > 0 or (b.level == 0 and self.actions > 0
                                                and not b.top)
        owners = self.book.agent(text) if len(text.split()) <= 3 else None
        if deeper and owners:  # "George" over George's tasks
            self.heading_owner = owners
            return 1
        self.actions, self.heading_owner = None, ()
        return None

    def _scoped(self, b: Block, following: Block | None) -> None:
        """A line under an actions heading: an action unless it is a note about one (a
        sub-step without its own owner, a question, "None", template text)."""
        text = b.text.strip()
        bare = text.strip(" ()-*.")
        if not bare or p.NONE.match(bare) or (text.isupper() and len(text.split()) >= 3):
            return
        paragraph = b.label is None and b.checkbox is None
        if paragraph and len(p.sentences(text)) > 1:
            self.last = self._scan(b)  # discussion under "Next steps": read as prose
            return
        if self.depth is None or b.depth < self.depth:
            self.depth = b.depth
        deeper = b.depth > self.depth and self.parent is not None
        owners = self.say.owner_first(text)
        if owners is None and len(text.split()) <= 3 and (who := self.book.agent(text.strip(":"))):
            self.heading_owner = who  # "- George:" over George's tasks
            self.parent = None
            return
        if owners is None and self.inline is not None and (
            text.split()[0].lower() not in p.IMPERATIVES
        ):
            return  # under "Next steps:" a plan ("Poll is going to close") is not a task
        if paragraph and owners is None and text.split()[0].lower() not in p.IMPERATIVES:
            self.last = self._scan(b)  # a sentence of discussion, not an item
            return
        if (owners is None and following is not None and following.depth > b.depth
                and looks_like_heading(text)):
            self.parent = None  # "Actions for pending issues" over the items themselves
            return
        if b.checkbox == "done":
            f = self._add(b, text, "carried", owners or ())
            f.update = "Complete"
            return
        if (owners is None and (p.QUESTION.search(text) or deeper)) or _ASKS.search(text):
            return
        if deeper and not owners:
            return
        owners = owners or self.heading_owner
        f = self._add(b, text, "new", owners)
        f.listed = True
        if deeper and self.parent is not None:
            f.parent = self.parent.text
        else:
            self.parent = f
        self.last = [f]

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

    def _scan(self, b: Block) -> list[Found]:
        results: list[Found] = []
        sents = p.sentences(b.text)
        self.say.named = None
        counts = [0]  # results found before each sentence, the last entry the previous one's
        for index, (_, sentence) in enumerate(sents):
            self.say.opening = index == 0
            counts = [counts[-1], len(results)]
            if index and (m := _OPENING_NAME.match(sents[index - 1][1])):
                self.say.named = self.book.agent(m.group("who")) or self.say.named
            if (m := p.LIST_HEADER.match(sentence)) and index:
                rest = (m.group("rest") or "").strip()
                if rest and not p.NONE.match(rest):
                    results.append(self._add(b, rest, "new",
                                             self.say.assignment(rest, explicit=True) or ()))
                continue
            if m := p.marked(sentence):
                results.extend(self._marked(b, sentence, m, sents[:index], results))
                continue
            if results and (owners := self.book.owners(sentence.strip(" .()"))):
                results[-1].owners = union(results[-1].owners, owners)
                continue
            if results and (m := p.OWNER_LABEL.match(sentence)):
                named = self.book.owners(m.group("rest").strip(" ."))
                results[-1].owners = union(results[-1].owners, named)
                continue
            if results and (m := p.DUE_LABEL.match(sentence)):
                results[-1].due_words = m.group("rest")
                continue
            if ("act" in sentence.lower() and (m := p.TO_ACTION.match(sentence))
                    and (who := self.book.owners(m.group("who")))):
                if len(results) > counts[0]:  # "...for the swing seat. CLERK TO ACTION."
                    results[-1].owners = union(results[-1].owners, who)
                elif index:
                    results.append(self._add(b, sents[index - 1][1], "new", who))
                continue
            if p.glued(sentence):  # "...backup battery (9v)  ACTION"
                results.append(self._add(b, sentence, "new", self.say.owner_first(
                    p.GLUED.sub(" ", sentence).strip()) or ()))
                continue
            owners = self.say.assignment(sentence)
            if owners is None and index == 0:
                owners = self.say.owner_line(sentence)
            if owners is not None:
                # In matters arising an item that opens with an action restates the earlier
                # one it reports on; "Sign - not yet in place. Clerk to follow up", after a
                # topic or a report, is new work.
                kind = "carried" if self.header or (
                    self.scope and self.say.opening and not _TOPIC.search(sentence[:80])) else "new"
                results.append(self._add(b, sentence, kind, owners))
                if kind == "carried":
                    self.group.append(results[-1])
        return results

    def _marked(self, b: Block, sentence: str, m: re.Match[str], before: list,
                results: list[Found]) -> list[Found]:
        after = sentence[m.end():].strip()
        if p.NONE.match(after):  # "Action: none"
            return []
        stated = self.book.owners(m.group("who") or "") or ()
        named = self.book.owners(after.strip(" .")) if after else ()
        if not after or named:  # "...the village.Action 4.2: JB": the action is before
            stated = union(stated, named)
            text = sentence[: m.start()].strip() or (before[-1][1] if before else "")
            earlier = results or ([] if text else self.before)
            if earlier:  # "Action: Clerk" under the action it assigns
                for f in earlier[-1:] if results else earlier:
                    f.owners = union(f.owners, stated)
                return []
            if not text and self.prev is not None and not self.prev.heading:
                text = p.sentences(self.prev.text)[-1][1]  # "Action: JB" under its paragraph
            if not text:
                return []
            after = text
        if m.group("todo"):  # "TODO for Yuto: rebase the patch"
            stated = union(stated, self.book.agent(m.group("todo"), handles=True))
        owners = self.say.assignment(after, explicit=True) or ()
        if not owners and (h := _HANDLE_FIRST.match(after)) and h.group("verb") in p.IMPERATIVES:
            owners = (h.group("who"),)  # "#action clarkb to update the docs"
        f = self._add(b, after, "new", union(stated, owners))
        if m.group("ref"):
            f.item = m.group("ref")
        return [f]

    def _add(self, b: Block, text: str, kind: str, owners: tuple[str, ...],
             *, in_list: bool = False) -> Found:
        f = Found(" ".join(text.split()), b, kind, owners, item=b.item, listed=in_list)
        stated.apply(f, self.book)
        for line in b.lines:
            for cell in self.doc.side_cells.get(line, ()):
                parsed = self.book.cell(cell)
                if parsed is not None:
                    if not in_list:
                        f.owners = union(f.owners, stated.cell_owners(parsed, b.label))
                elif re.match(r"^(?:open|closed?|complete|done|ongoing|c/?f)", cell, re.I):
                    f.update = f.update or cell
                else:
                    f.due_words = f.due_words or cell
        self.found.append(f)
        return f

