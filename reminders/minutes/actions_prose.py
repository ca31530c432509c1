"""A paragraph of minutes can hold several actions, each owned by what the text states: the
sentence's subject, a marker ("Action: JB") before or after it, brackets, an owner or due
line below, "CLERK TO ACTION" after it; reading them sentence by sentence is a set of rules
of its own, kept apart from the walk over the blocks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from reminders.minutes import patterns as p
from reminders.minutes.blocks import Block
from reminders.minutes.commitments import Commitments
from reminders.minutes.owners import OwnerBook, union
from reminders.minutes.stated import owners_then_when

if TYPE_CHECKING:
    from reminders.minutes.actions import Found

# "Planning - Mrs Sharp to be contacted": a topic label before the instruction.
_TOPIC = re.compile(r"\s[-–—]\s|:\s")
# "@mkowalski and @dev-rao draft ...", "@jlindqvist + @mkowalski": handles opening an action.
_HANDLES_FIRST = re.compile(r"^(?P<who>@[\w.-]+(?:\s*(?:,|and|&|\+)\s*@[\w.-]+)*)\s+(?=\S)")
# "clarkb to update the docs", "corvus review the spec": a handle opening a marked action.
_HANDLE_FIRST = re.compile(r"^@?(?P<who>[a-z][\w.-]{1,24})\s+(?:to\s+|will\s+)?(?P<verb>[a-z]+)\b")
# "Mark Evans reported ...": the person a sentence opens with, for a "He" after it.
_OPENING_NAME = re.compile(r"^(?P<who>(?:(?:Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'-]+"
                           r"(?:\s+[A-Z][\w'-]+)?)\s+[a-z]")


class _Prose:
    """The sentence rules of ``actions._Finder``, which holds the state they use."""

    book: OwnerBook
    say: Commitments
    marked: bool
    scope: bool
    header: bool
    group: list[Found]
    before: list[Found]
    prev: Block | None
    _add: Callable[..., Found]

    def _scan(self, b: Block) -> list[Found]:
        results: list[Found] = []
        sents = p.sentences(b.text)
        self.say.named = None
        counts = [0]  # results found before each sentence, the last entry the previous one's
        done = 0  # the first sentence after the last that gave an action
        for index, (_, sentence) in enumerate(sents):
            self.say.opening = index == 0
            counts = [counts[-1], len(results)]
            if counts[1] > counts[0]:
                done = index
            if index and (m := _OPENING_NAME.match(sents[index - 1][1])):
                self.say.named = self.book.agent(m.group("who")) or self.say.named
            if index and (m := p.LIST_HEADER.match(sentence)):
                rest = (m.group("rest") or "").strip()
                if rest and not p.NONE.match(rest):
                    results.append(self._add(b, rest, "new",
                                             self.say.assignment(rest, explicit=True) or ()))
                continue
            # (A marker in a sentence is one in its paragraph: where no paragraph holds one,
            # not ``marked``, no sentence is searched for one.)
            if self.marked and (m := p.marked(sentence)):
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
            if sentence.endswith("?"):
                continue  # "APP: would you be open to ...?": a question, not work
            owners = self.say.assignment(sentence)
            if owners is None and index == 0:
                owners = self.say.owner_line(sentence)
            if owners is not None:
                # In matters arising an item that opens with an action restates the earlier
                # one it reports on; "Sign - not yet in place. Clerk to follow up", after a
                # topic or a report, is new work.
                kind = "carried" if self.header or (
                    self.scope and self.say.opening and not _TOPIC.search(sentence[:80])) else "new"
                text = _in_item(b, sents, index, after=sents[done][0] if done else 0)
                results.append(self._add(b, text, kind, owners))
                if kind == "carried":
                    self.group.append(results[-1])
        return results

    def _marked(self, b: Block, sentence: str, m: re.Match[str], before: list,
                results: list[Found]) -> list[Found]:
        after = sentence[m.end():].strip().rstrip("*_").strip()  # "*Action: RK*"
        if p.NONE.match(after):  # "Action: none"
            return []
        stated = self.book.owners(m.group("who") or "") or ()
        # "... for advice. (Action 1 – CI Okoro)": a bracket tagging the sentence before
        tag = sentence[: m.start()].strip(" *_") == "(" and after.endswith(")")
        if tag:
            after, sentence = after[:-1].strip(), sentence[: m.start()].replace("(", " ") + (
                sentence[m.start():])
        named = self.book.owners(after.strip(" .")) if after else ()
        if tag and not named:
            named = self.book.agent(after.strip(" .")) or ()
        when = None
        if after and (then := owners_then_when(after, self.book)) and (
            not named or set(named) <= set(then[0])
        ):
            named, when = then  # "ACTION - Tane, before next meeting"
        if not after or named:  # "...the village.Action 4.2: JB": the action is before
            stated = union(stated, named)
            text = sentence[: m.start()].strip(" *_") or (before[-1][1] if before else "")
            earlier = results or ([] if text else self.before)
            if earlier:  # "Action: Clerk" under the action it assigns
                for f in earlier[-1:] if results else earlier:
                    f.owners = union(f.owners, stated)
                    f.due_words = f.due_words or when
                return []
            if not text and self.prev is not None and not self.prev.heading:
                text = p.sentences(self.prev.text)[-1][1]  # "Action: JB" under its paragraph
            if not text:
                return []
            after = text
        if todo := m.group("todo") or m.group("todo_of"):  # "TODO for Yuto:", "TODO(moss):"
            stated = union(stated, self.book.agent(todo, handles=True) or ())
        owners = self.say.assignment(after, explicit=True) or ()
        if not owners and (d := p.OWNER_DASH.match(after)) and (
            who := self.book.agent(d.group("who"), handles=True)
        ):
            owners = who  # "Action by: Ron - photograph the signs"
        if not owners and (h := _HANDLES_FIRST.match(after)):
            owners = self.book.agent(h.group("who").replace("@", ""), handles=True) or ()
            # "AI: @mkowalski and @dev-rao draft the KEP": whatever the verb
        if not owners and (h := _HANDLE_FIRST.match(after)) and h.group("verb") in p.IMPERATIVES:
            owners = (h.group("who"),)  # "#action clarkb to update the docs"
        f = self._add(b, after, "new", union(stated, owners))
        f.due_words = f.due_words or when
        if m.group("ref"):
            f.item = m.group("ref")
        return [f]


_FEW_WORDS = 5
_CONTEXT = 300  # characters of an item an instruction may take with it


def _in_item(b: Block, sents: list[tuple[int, str]], index: int, *, after: int) -> str:
    """The words an action is reported with: its sentence, or for an instruction of a few
    words in a list item ("(d) Wall in Furlong Road - ... Clerk to follow up") the item up
    to it. An item is one matter, and such an instruction names none of its own: the
    reader of a digest needs the words before it, and two items that end "Clerk to follow
    up" are two actions, not one said twice. ``after``: where the item's words not yet
    given to an earlier action of it start."""
    offset, sentence = sents[index]
    end = offset + len(sentence)
    if (b.label is None or index == 0 or len(sentence.split()) > _FEW_WORDS
            or end - after > _CONTEXT):
        return sentence
    return " ".join(b.text[after:end].split())
