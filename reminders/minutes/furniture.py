"""Page furniture out, pages joined: what is printed on every page is not the minutes.

A clerk's address in the footer of every page, the council's name in every header and
"Page 2 of 5" would otherwise be read as minutes text, and worse, land in the middle of a
table row that continues on the next page (an action whose owner became "Parish Clerk:
Cathy Fleet"). Furniture is recognised by position and repetition: a line among the first
or last few of a page that recurs (digits ignored, so "Page 3" matches "Page 4") on at
least half of the pages, or a line that is only a page number in one of its usual forms.
Then a table row cut by the page break (the first row of a page, with an empty first cell,
under a row of the same columns) is joined back to the row it continues, and a row whose
cell holds several actions becomes one row per action (``cells.split_row``).
"""

from __future__ import annotations

import re
from collections import Counter

from reminders.minutes.cells import join_wrapped, rejoin_hyphens, split_row
from reminders.minutes.pdf_pages import PageText, Piece

EDGE_LINES = 4  # how far from the top and bottom of a page furniture is looked for
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–—])?\s*$"
    r"|^\s*(?:page|p\.)\s*\d{1,4}\b.{0,40}$|^\s*\d{1,4}\s*\|\s*page\s*$",
    re.IGNORECASE,
)


def _shape(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text.casefold())).strip()


def _edges(page: PageText) -> list[Piece]:
    pieces = page.pieces
    if len(pieces) <= 2 * EDGE_LINES:
        return [p for p in pieces if p.cells is None]
    return [p for p in pieces[:EDGE_LINES] + pieces[-EDGE_LINES:] if p.cells is None]


def strip_furniture(pages: list[PageText]) -> list[PageText]:
    """The pages without their repeated headers, footers and page numbers."""
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_shape(p.text) for p in _edges(page)})
    needed = max(2, (len(pages) + 1) // 2)
    repeated = {shape for shape, n in counts.items() if n >= needed and shape}
    out = []
    for page in pages:
        edge = {id(p) for p in _edges(page)}
        kept = [p for p in page.pieces
                if id(p) not in edge
                or not (_shape(p.text) in repeated or _PAGE_NUMBER.match(p.text))]
        out.append(PageText(page.number, kept, page.chars))
    return out


def page_lines(pages: list[PageText]) -> list[str]:
    """The document's lines: text lines, and table rows as tab-joined cells."""
    pieces: list[Piece] = []
    for page in strip_furniture(pages):
        for i, piece in enumerate(page.pieces):
            if i == 0 and piece.cells is not None and _continues(pieces, piece):
                previous = pieces[-1]
                previous.cells = [join_wrapped(a, b) if a and b else a or b
                                  for a, b in zip(previous.cells or [], piece.cells,
                                                  strict=True)]
                continue
            pieces.append(piece)
    lines: list[str] = []
    text_run: list[str] = []
    for piece in pieces:
        if piece.cells is None:
            text_run.append(piece.text)
            continue
        lines += rejoin_hyphens(text_run)
        text_run = []
        lines += ["\t".join(row) for row in split_row(piece.cells)]
    return lines + rejoin_hyphens(text_run)


def _continues(pieces: list[Piece], row: Piece) -> bool:
    """Whether ``row``, first on its page, is the rest of the row that ended the last page."""
    if not pieces or pieces[-1].cells is None or row.cells is None:
        return False
    previous = pieces[-1]
    if len(previous.cells or []) != len(row.cells) or row.cells[0].strip():
        return False
    return all(abs(a - b) <= 3 for a, b in zip(previous.columns, row.columns, strict=True))
