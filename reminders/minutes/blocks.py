"""Rows to blocks: paragraphs, list items and headings, each with its agenda item and section.

Minutes flattened from tables put the agenda number in one cell, the discussion in the next
and the action owner in the last. Splitting a row into those roles here lets the action
finder read the discussion as prose, while the owner cells are kept by line number for
alignment with the actions they belong to. Sentences a page break or a narrow column cut in
two ("...partner buy" / "in.") are rejoined so an action is read whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reminders.minutes import symbols
from reminders.minutes.clean import Row
from reminders.minutes.columns import INFORMATION, table_columns
from reminders.minutes.joining import OPENS_ITEM, WRAPPED, Joins, continues, hard_wrapped
from reminders.minutes.owners import OwnerBook
from reminders.minutes.patterns import (
    ACTIONS_HEADING,
    IMPERATIVES,
    OWNER_DASH,
    Anchored,
    marked,
    starts,
)

_ITEM_CELL = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?\.?|[a-km-np-z])$")  # l, o: bullets
_BULLET_CELL = re.compile(r"^(?:[•·▪○◦§ðlo\-*–]|\d{1,2}\))$")
_LABEL = re.compile(r"^(?P<indent>\s*)(?:(?P<num>\d{1,2})[.)]|\((?P<paren>[a-z\d]{1,3})\)|"
                    r"(?P<letter>[a-z])[.)]|(?P<bullet>[•·▪○◦\-*–→➔]|->|o(?=\s+[A-Z])))\s+"
                    r"(?P<rest>\S.*)$")
# What a label can open with, after its indent: most lines open with a capital.
_LABEL_STARTS = frozenset("(•·▪○◦-*–→➔abcdefghijklmnopqrstuvwxyz")


def _may_label(raw: str) -> bool:
    """Whether ``_LABEL`` can match ``raw``: its first character after white space must
    open a number (``\\d`` is a decimal digit), a bracket, a letter or a bullet."""
    first = raw.lstrip()[:1]
    return first in _LABEL_STARTS or first.isdecimal()


# "~~ from last meeting ~~", "=== Treasurer ===": a title between runs of one mark.
_DECORATED = re.compile(r"^([~=*_#-])\1+\s+(?P<title>[^~=*_#\s][^~=*_#]{0,60}?)\s+\1{2,}$")
_MD_HEADING = Anchored(re.compile(r"^#{1,6}(?:\s|$)"), "#")  # "## Actions", not "#action"
_CHECKBOX = Anchored(re.compile(r"^\[(?P<mark>[ xX])\]\s*(?P<rest>.*)$"), "[")
_SUBITEM = re.compile(r"^(?P<item>\d{1,2}(?:\.\d{1,2}){1,2}[a-z]?)\.?\s+(?P<rest>\S.*)$")
_AGENDA = Anchored(re.compile(r"^(?:agenda\s+)?item\s+(?P<item>\d{1,2}(?:\.\d{1,2})*[a-z]?)"
                              r"\s*[:\-–]?\s*(?P<rest>.*?):?$", re.IGNORECASE),
                   starts("agenda", "item"))
# A speaker opening a remark ("rouslan: We shipped ..."): after a blank line, a new
# paragraph even in lower case.
_SPEAKS = re.compile(r"^@?[\w.-]{1,24}:\s+\S")
_HEADER_WORDS = {"no", "no.", "item", "action", "actions", "owner", "name:", "capacity:",
                 "ref", "ref.", "lead", "who", "by whom", "when", "due", "status", "update"}
# A one-cell row whose text is longer holds no header word: its cell, stripped, holds at
# least the text's characters, and lower() shortens nothing.
_HEADER_CHARS = max(map(len, _HEADER_WORDS))
_DATE_CELL = re.compile(
    r"^(?:by\s+|due:?\s+)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}"
    r"(?:\s+\d{2,4})?|[A-Za-z]{3,9}\s+\d{4}|(?:next|future|[A-Za-z]+)\s+meeting|Q[1-4](?:\s+\d{4})?"
    r"|ASAP|TBC|ongoing|immediate(?:ly)?)$", re.IGNORECASE)
_STATUS_CELL = re.compile(
    r"^(?:open|closed?|complete[d]?|done|ongoing|in progress|c/?f(?:wd)?|carried forward"
    r"|not started|on track|overdue|green|amber|red|superseded|withdrawn|discharged)\.?$",
    re.IGNORECASE)
_VERBISH = re.compile(r"\b(?:to|will|would|should|shall|must|can|need|needs|is|are|was|were|"
                      r"has|have|had|asked|"
                      r"said|agreed|noted|be|been)\b", re.IGNORECASE)


@dataclass(slots=True)
class Block:
    line: int
    text: str
    item: str | None = None  # the agenda item this block sits under
    section: str | None = None  # the heading it sits under
    label: str | None = None  # list label: "1", "a", "•"; None for a paragraph
    depth: int = 0
    heading: bool = False
    top: bool = False  # a top-level agenda heading ("2. HOLDING TO ACCOUNT")
    table: str | None = None  # status cell of an action-table row; "" for a row without
    status_column: bool = False  # the row's table has a status column (a log of old work)
    blank_before: bool = False
    lines: list[int] = field(default_factory=list)
    level: int = 0  # Markdown heading level ("## Actions" is 2); 0 when not known
    checkbox: str | None = None  # "open" for "[ ]", "done" for "[x]"; None without a box
    due: str | None = None  # an action table's due cell: a date, never an owner ("EOW")


@dataclass
class Document:
    blocks: list[Block]
    side_cells: dict[int, list[str]]  # line -> owner / due / status cells at the row's end
    aligned: set[int] = field(default_factory=set)  # lines whose owner cells a list used
    people_lines: set[int] = field(default_factory=set)  # attendance lines naming several


def side_like(cell: str, book: OwnerBook) -> bool:
    """An owner, due-date or status cell. An owner cell may start with the tail of a code
    the column wrapped ("C/ACC" after "3.DPC")."""
    cell = cell.strip()
    return bool(cell) and (
        book.is_cell(cell) or bool(_DATE_CELL.match(cell)) or bool(_STATUS_CELL.match(cell)))


def looks_like_heading(text: str, *, relaxed: bool = False) -> bool:
    """Short, unpunctuated, no verb: "Integrated victim management (IVM)". ``relaxed`` is for
    the first line after an agenda number, where "Holding to account" is still a heading."""
    text = text.strip().lstrip("#").strip()
    if _MD_HEADING.match(text):
        return True
    if not text or text[-1] in ".;?!,":  # most lines of prose: told without splitting them
        return False
    words = text.split()
    if len(words) > 12:
        return False
    if text.endswith(":") or (": " in text and not relaxed):  # "Date: 12 March" is a field
        return False
    if not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    if relaxed or (text.isupper() and len(words) >= 2):
        return True
    return len(words) <= 8 and not _VERBISH.search(text) and not _imperative(words[0])


def _known_owners(text: str, book: OwnerBook) -> bool:
    owners = book.owners(text)
    return bool(owners) and all(book.is_known(o) for o in owners)


# "NO to reinstate noticeboard": a short line that is a task for the owner it opens with.
_OWNER_TO = re.compile(r"^(?P<who>[^:;,.]{1,40}?)\s+(?:to|will)\s+[a-z]")


def _owner_led(text: str, book: OwnerBook) -> bool:
    """Whether ``text`` opens with an owner the book knows and then their task ("RT - ring
    ISP re streaming", "NO to reinstate noticeboard"): a task, however short, is no title."""
    return any((m := pattern.match(text)) and book.owners(m.group("who"))
               for pattern in (OWNER_DASH, _OWNER_TO))


def _imperative(word: str) -> bool:
    return word.lower() in IMPERATIVES


def split_heading(text: str) -> tuple[str | None, str]:
    """The heading glued to the front of an agenda row ("Victims right to review (VRR) A
    number of issues...") and the rest."""
    if looks_like_heading(text, relaxed=True) and len(text.split()) <= 10:
        return text, ""
    m = re.match(r"^(?P<head>[A-Z][^.:;?!]{2,90}?)\s+(?=(?:The|A|An|There|This|These|It|In|As|"
                 r"Following|During|Prior|When|Data|Two|Three|N/A|None)\b)", text)
    if m and len(m.group("head").split()) <= 10:
        return m.group("head"), text[m.end():]
    return None, text


def build(rows: list[Row], book: OwnerBook) -> Document:
    blocks: list[Block] = []
    side: dict[int, list[str]] = {}
    item: str | None = None
    top_item: str | None = None
    section: str | None = None
    blank = False
    table: dict[int, str] | None = None
    joins = Joins()
    wrapping = hard_wrapped(rows)
    wrapped = 0  # the indent of the last line when it ran to the wrap width, else 0
    meanings = symbols.key(row.text for row in rows[:symbols.KEY_ROWS])
    keyed = bool(meanings.keys() - symbols.USUAL.keys())
    symbolled: set[int] = set()  # lines of items a symbol opens: a line under one is its own
    for row in rows:
        if not row.text:  # no cell holds anything
            blank, table = True, None
            continue
        if keyed and symbols.is_key(row.text):
            continue  # "key: ✅ done 👉 action"
        cells = list(row.cells)
        nonempty = [0] if len(cells) == 1 else [i for i, c in enumerate(cells) if c.strip()]
        if len(cells) > 1 and (columns := table_columns(cells)):  # a header has two roles
            table, blank = columns, False
            continue
        if table and len(nonempty) >= 2:
            block = _table_row(row, cells, table, side, section, blank)
            if block is not None:
                blocks.append(block)
                if block.heading:
                    section = block.text
            blank = False
            continue
        table = None
        while len(nonempty) > 1 and (side_like(cells[nonempty[-1]], book)
                                     or cells[nonempty[-1]].strip().lower() in _HEADER_WORDS):
            if cells[nonempty[-1]].strip().lower() not in _HEADER_WORDS:  # "ACTION" column
                side.setdefault(row.number, []).insert(0, cells[nonempty[-1]].strip())
            cells[nonempty[-1]] = ""
            nonempty.pop()
        if ((len(row.text) <= _HEADER_CHARS and cells[0].strip().lower() in _HEADER_WORDS
             and cells[0].strip().lower() != "actions")  # alone, "ACTIONS" heads a list
                if len(cells) == 1
                else all(cells[i].strip().lower() in _HEADER_WORDS for i in nonempty)):
            continue  # a table's header row: "No. | Item"
        row_item = None
        if len(nonempty) > 1 and (
            _ITEM_CELL.match(first := cells[nonempty[0]].strip()) or _BULLET_CELL.match(first)
        ):
            if _ITEM_CELL.match(first):
                row_item = first.rstrip(".")
                if len(row_item) == 1 and row_item.isalpha() and top_item:
                    row_item = (item or top_item).rstrip("abcdefghijkmnpqrstuvwxyz") + row_item
            cells[nonempty[0]] = ""
        if len(cells) == 1 and "\n" not in cells[0]:  # most rows: the row's text is the line
            sublines = [(cells[0], row.text)]
        else:
            sublines = [(s, " ".join(s.split())) for c in cells if c.strip()
                        for s in c.split("\n") if s.strip()]
        for index, (raw, text) in enumerate(sublines):
            indent = len(raw) - len(raw.lstrip(" "))
            heading = False
            top = False
            new_item = row_item if index == 0 else None
            entry = None  # the number of an entry in an actions list ("10.18.08 Quotes ...")
            if new_item is None and text[:1].isdecimal() and (m := _SUBITEM.match(text)):
                new_item, text = m.group("item"), m.group("rest")
                if section and ACTIONS_HEADING.match(section.strip(" :*")):
                    entry = new_item
            if (m := _AGENDA.match(text)) and len(m.group("rest").split()) <= 10:
                new_item, text, heading = m.group("item"), m.group("rest") or text, True
            if new_item is not None:
                item = new_item
                if re.fullmatch(r"\d{1,2}", new_item):
                    top_item, top = new_item, True
                head, rest = split_heading(text)
                # Not "4.1 JF to chase the council", nor any numbered entry of an actions
                # list ("10.18.08 Quotes to be obtained for tree survey"): tasks, not titles.
                if head and not _owner_led(text, book) and entry is None:
                    section = head.lstrip("#").strip()
                    blocks.append(Block(row.number, section, item, section, heading=True,
                                        top=top, blank_before=blank, lines=[row.number]))
                    blank = False
                    if not rest:
                        continue
                    text, top = rest, False
            label, depth, box = entry, 0, None
            if _may_label(raw) and (m := _LABEL.match(raw)):
                label = m.group("num") or m.group("paren") or m.group("letter") or "•"
                depth = len(m.group("indent")) // 2
                text = " ".join(m.group("rest").split())
            elif not (lead := raw.lstrip())[:1].isascii() and (mark := symbols.symbol(lead)):
                label, depth = "•", (len(raw) - len(lead)) // 2  # "👉 Hemi to chase ..."
                symbolled.add(row.number)
                text = " ".join(symbols.strip(lead).split())
                meaning = meanings.get(mark)
                if meaning == symbols.ACTION:
                    text = f"ACTION: {text}"  # what the minutes' key says the mark is
                elif meaning in (symbols.DONE, symbols.OPEN):
                    box = meaning
            elif raw[:1] in "~=*_#-" and (d := _DECORATED.match(text)):
                text, heading = d.group("title"), True
            prev = blocks[-1] if blocks else None
            if (label is None and not heading and raw[:2] == "  " and prev is not None
                    and prev.label is not None and not prev.heading
                    and not (len(prev.lines) == 1 and looks_like_heading(prev.text))):
                joins.add(prev, text, row.number)  # an indented line continues its item
                continue  # (not "6. Training and recruitment": a title over its body)
            if (not heading and _MD_HEADING.match(text)) or (
                label is None and not text.endswith(":") and looks_like_heading(text)
                and not _known_owners(text, book)  # "T/Ch Supt" alone is an owner ("MONEY" is
                # not: capitals nobody in the book has)
                and not _owner_led(text, book)  # nor is "RT - ring ISP re streaming"
            ):
                heading = True
            if m := _CHECKBOX.match(text):
                box, text = ("open" if m.group("mark") == " " else "done"), m.group("rest")
            elif label is not None and text.startswith("~~") and (end := text.find("~~", 2)) > 2:
                box, text = "done", f"{text[2:end]}{text[end + 2:]}"  # "- ~~fix it~~ done"
            level = len(raw) - len(raw.lstrip("#")) if raw.startswith("#") else 0
            if heading:
                section = symbols.strip(text.lstrip("#").strip())  # "# ✅ Action items"
                text = section
            prev = blocks[-1] if blocks else None
            # Only across rows: within a row, separate lines were separate paragraphs/cells.
            if (prev is not None and not heading and not prev.heading and label is None
                    and not joins.has_line(prev, row.number)
                    and (prev.line not in symbolled or raw[:1].isspace())
                    and (tail := joins.tail(prev))[-1:] not in ".:!?"
                    and not (blank and _SPEAKS.match(text))  # "rouslan: We shipped ..."
                    and (text[:1].islower() or continues(tail) or (
                        wrapping and indent and indent == wrapped
                        and not OPENS_ITEM.match(text) and not marked(text[:24])))):
                joins.add(prev, text, row.number)  # (or a hard-wrapped line goes on)
                wrapped = indent if len(raw) >= WRAPPED else 0
                continue
            wrapped = indent if (len(raw) >= WRAPPED and label is None and not heading) else 0
            blocks.append(Block(row.number, text, item, section, label, depth, heading, top,
                                blank_before=blank, lines=[row.number], level=level,
                                checkbox=box))
            blank = False
    joins.close()
    return Document(blocks, side)


def _table_row(row: Row, cells: list[str], columns: dict[int, str],
               side: dict[int, list[str]], section: str | None, blank: bool) -> Block | None:
    """One action-table row: the action cell is the text; owner and due cells go where
    owner columns of other layouts go, so one mechanism reads them all. A row whose owner
    cell says "Note" or "Info" records no work (None); one with only a title in capitals
    ("7.1 PROGRAMME AND PROGRESS") heads the rows under it."""
    by_role = {role: " ".join(cells[i].split()) for i, role in columns.items() if i < len(cells)}
    if by_role.get("owner", "").lower() in INFORMATION:
        return None
    task = by_role.get("action", "")
    order = {role: i for i, role in columns.items()}
    # "Area | Update | Next steps | Lead": an update before the step is its news, not the
    # step's state; a status column is one after the action.
    states = order.get("status", -1) > order.get("action", len(cells))
    if task.isupper() and not by_role.get("owner") and not by_role.get("due"):
        return Block(row.number, task, by_role.get("ref") or None, task, heading=True,
                     blank_before=blank, lines=[row.number])
    side[row.number] = [by_role["owner"]] if by_role.get("owner") else []
    text = by_role.get("action") or " ".join(" ".join(c.split()) for c in cells if c.strip())
    return Block(row.number, text, by_role.get("ref") or None, section, blank_before=blank,
                 lines=[row.number], table=by_role.get("status", "") if states else "",
                 status_column=states, due=by_role.get("due") or None)
