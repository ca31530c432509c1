"""Action lists and the owner column beside them.

Under "Actions arising:" the items may be numbered lines, an HTML ``<ol>`` (sometimes with
the header as its first item), or plain paragraphs. When the minutes were a table, the
owners sit in the next column, and flattening leaves them at the ends of lines, numbered
("1.ACC 2.ACC"), wrapped ("3.DPC" + "C/ACC") or with the first number lost ("DPCC 2.CEx").
The column is read whole, rejoined, and its numbers matched to the items' positions.
"""

from __future__ import annotations

from reminders.minutes.blocks import Block, Document, looks_like_heading
from reminders.minutes.owners import OwnerBook
from reminders.minutes.patterns import CARRIED_HEADER, LIST_HEADER, MARKER, QUESTION

Owners = tuple[str, ...]


def _ends_list(block: Block) -> bool:
    return (block.heading or looks_like_heading(block.text) or bool(LIST_HEADER.match(block.text))
            or bool(CARRIED_HEADER.match(block.text)))


def list_items(blocks: list[Block], start: int) -> tuple[list[int], int]:
    """Indices of the items of the list headed by ``blocks[start]``, and where it ends."""
    header, n = blocks[start], len(blocks)
    items: list[int] = []
    j = start + 1
    if j >= n:
        return items, j
    if header.label is not None or blocks[j].label is not None:
        first = blocks[j]
        if first.label is None:
            return items, j
        deeper = header.label is not None and first.depth > header.depth
        depth = first.depth if (deeper or header.label is None) else header.depth
        while j < n and blocks[j].label is not None and blocks[j].depth >= depth:
            block = blocks[j]
            if block.depth == depth:
                if _ends_list(block):
                    break
                if not QUESTION.search(block.text):
                    items.append(j)
            j += 1
        return items, j
    while j < n and blocks[j].label is None and not _ends_list(blocks[j]):
        block = blocks[j]
        if QUESTION.search(block.text) or MARKER.search(block.text) or (
            items and block.blank_before
        ):
            break
        items.append(j)
        j += 1
    return items, j


def column_owners(doc: Document, book: OwnerBook, lines: list[int],
                  per_item_lines: list[list[int]]) -> list[Owners]:
    """Owners for each item from the owner cells on ``lines`` (header and items, in order)."""
    count = len(per_item_lines)
    result: list[Owners] = [() for _ in range(count)]
    cells = [(ln, c) for ln in dict.fromkeys(lines) for c in doc.side_cells.get(ln, ())]
    owner_cells = [(ln, c) for ln, c in cells if book.is_cell(c)]
    if not owner_cells:
        return result
    doc.aligned.update(ln for ln, _ in owner_cells)
    joined = book.cell(book.join_cells(c for _, c in owner_cells))
    if joined and any(k is not None for k in joined):
        numbered = sorted(k for k in joined if k is not None)
        for key, owners in joined.items():
            position = key if key is not None else numbered[0] - 1
            if 1 <= position <= count:
                result[position - 1] = tuple(dict.fromkeys(result[position - 1] + owners))
        return result
    for ln, cell in owner_cells:  # unnumbered: a cell belongs to the items on its line
        parsed = book.cell(cell) or {}
        owners = parsed.get(None, ())
        targets = [i for i, item_lines in enumerate(per_item_lines) if ln in item_lines]
        if not targets:
            targets = list(range(count)) if len(owner_cells) == 1 else []
        for i in targets:
            result[i] = tuple(dict.fromkeys(result[i] + owners))
    return result


def shadows(doc: Document, book: OwnerBook) -> list[tuple[Block, Owners]]:
    """Numbered items that carry an owner cell on their line, whatever they are: when a
    PDF conversion repeated an action list, the repeat may hold the only owner cell, and
    these let the repeat lend its owners to the action it duplicates."""
    out: list[tuple[Block, Owners]] = []
    by_line: dict[int, list[Block]] = {}
    for block in doc.blocks:
        if block.label and block.label.isdigit():
            by_line.setdefault(block.line, []).append(block)
    for line, cells in doc.side_cells.items():
        parsed = book.cell(book.join_cells(c for c in cells if book.is_cell(c)))
        if not parsed or line not in by_line or line in doc.aligned:
            continue
        numbered = sorted(k for k in parsed if k is not None)
        labelled = {int(b.label): b for b in by_line[line]}
        for key, owners in parsed.items():
            number = key if key is not None else (numbered[0] - 1 if numbered else None)
            if number in labelled:
                out.append((labelled[number], owners))
    return out
