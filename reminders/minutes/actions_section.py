"""Under an actions heading ("Action items", "Resolved", "Next steps") the rules turn over:
every item is an action unless it is a note about one, and an owner sub-heading lends its
owner to the tasks below it; kept apart from the walk over the blocks so they read as one set.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from reminders.minutes import patterns as p
from reminders.minutes.blocks import Block, looks_like_heading
from reminders.minutes.commitments import Commitments
from reminders.minutes.owners import OwnerBook

if TYPE_CHECKING:
    from reminders.minutes.actions import Found

# "APP: would you be open to...?": a question put at the meeting, whoever it is put by.
_ASKS = re.compile(r"(?:^|:\s+)(?:would|could|can|should|do|does|did|shall)\s+(?:you|we|they)"
                   r"\b.*\?", re.IGNORECASE)
_UNREAD: Any = object()  # an item's owners not yet read


class _Section:
    """The actions-heading rules of ``actions._Finder``, which holds the state they use."""

    book: OwnerBook
    say: Commitments
    scope: bool
    header: bool
    last: list[Found]
    actions: int | None
    depth: int | None
    heading_owner: tuple[str, ...]
    person: tuple[tuple[str, ...], int] | None
    parent: Found | None
    inline: int | None
    _add: Callable[..., Found]
    _scan: Callable[[Block], list[Found]]

    def _heading(self, b: Block) -> int | None:
        """Enter or leave an actions section; None lets the other heading rules run."""
        text = b.text.strip(" :*")
        if b.level and self.person is not None and b.level <= self.person[1]:
            self.person = None  # "## Kwame" after Ingrid's part, or "# AOB"
        if b.level and len(text.split()) <= 3 and (who := self.book.owners(text)) and all(
            self.book.is_known(o) for o in who
        ):
            self.person = (who, b.level)  # "## Ingrid": her part of a round of the table
        if p.ACTIONS_HEADING.match(text) and not p.CARRIED_HEADING.search(text):
            self._enter_actions(b, None)
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

    def _enter_actions(self, b: Block, inline: int | None) -> None:
        """Start the actions section ``b`` heads (``inline``: the depth of a list a line
        such as "Next steps:" heads, -1 for a paragraph, None under a heading)."""
        self.actions, self.depth, self.heading_owner = b.level, None, ()
        if self.person is not None and (not b.level or b.level > self.person[1]):
            self.heading_owner = self.person[0]  # "## Ingrid" then "Next steps"
        self.scope = self.header = False
        self.inline = inline

    def _scoped(self, b: Block, following: Block | None) -> None:
        """A line under an actions heading: an action unless it is a note about one (a
        sub-step without its own owner, a question, "None", template text)."""
        text = b.text.strip()
        bare = text.strip(" ()-*.")
        if not bare or p.NONE.match(bare) or (text.isupper() and len(text.split()) >= 3):
            return
        if self.asked is not None and b.depth <= self.asked:
            self.asked = None
        owners = _UNREAD  # read once: reading may teach the book who commits to work
        if self.asked is not None and (owners := self.say.owner_first(text)) is None:
            return  # "Next meeting?" / "- 3 weeks? ... - Schedule for Jul 24": an answer
        if text.endswith("?"):
            self.asked = b.depth
        paragraph = b.label is None and b.checkbox is None
        if paragraph and len(p.sentences(text)) > 1:
            self.last = self._scan(b)  # discussion under "Next steps": read as prose
            return
        if self.depth is None or b.depth < self.depth:
            self.depth = b.depth
        deeper = b.depth > self.depth and self.parent is not None
        if owners is _UNREAD:
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
        if self.heading_owner and owners and not all(self.book.is_known(o) for o in owners):
            owners = None  # under "## Rafael", "Literature review outline to Ingrid" is his
        owners = owners or self.heading_owner
        f = self._add(b, text, "new", owners)
        f.listed = True
        if deeper and self.parent is not None:
            f.parent = self.parent.text
        else:
            self.parent = f
        self.last = [f]
