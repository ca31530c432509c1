"""Extraction reads a PDF as lines and table rows in reading order, not as glyphs and paths:
this is where one pdfium page becomes those pieces, its text placed in the cells of its ruled
tables or left as lines (a paragraph's soft-wrapped lines joined), so that ``furniture`` and
``pdf_file`` work on plain pieces.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reminders.minutes.cells import unwrap
from reminders.minutes.pdf_ruling import _edges
from reminders.minutes.pdf_tables import _drop_frames, _locate, _row_layout, _tables
from reminders.minutes.pdf_text import _lines, _paragraphs, _Run, _runs, _text_lines


@dataclass
class Piece:
    """One line of a page: text, or a table row (``cells``), at ``top`` (points from the top)."""

    top: float
    text: str = ""
    cells: list[str] | None = None
    table: int = -1  # which table of the page (rows of one table share it)
    row: int = -1
    columns: tuple[float, ...] = ()  # the row's column boundaries, to match it across pages


@dataclass
class PageText:
    number: int
    pieces: list[Piece] = field(default_factory=list)
    chars: int = 0
    images: int = 0  # picture objects: a page with pictures and no text is a scan


def read_pages(document) -> list[PageText]:
    """Every page's lines and rows, top to bottom."""
    pages = []
    for index in range(len(document)):
        page = document[index]
        try:
            pages.append(_page(page, index + 1))
        finally:
            page.close()
    return pages


def _page(page, number: int) -> PageText:
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        runs = _runs(textpage, height)
        if not runs:
            import pypdfium2.raw as pdfium_c

            images = sum(1 for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE],
                                                     max_depth=3))
            return PageText(number, images=images)
        tables = _tables(_drop_frames(_edges(page, height), width, height))
        layouts = [_row_layout(grid) for grid in tables]
        outside: list[_Run] = []
        cells: dict[tuple[int, int, int], list[_Run]] = {}
        for run in runs:
            for place, piece in _locate(run, tables, layouts, textpage, height):
                if place is None:
                    outside.append(piece)
                else:
                    cells.setdefault(place, []).append(piece)
    finally:
        textpage.close()
    pieces: list[Piece] = []
    for t_index, layout in enumerate(layouts):
        for r, (top, _bottom, xs) in enumerate(layout):
            texts = [unwrap("\n".join(line for _, line in _lines(cells.get((t_index, r, c), []))))
                     for c in range(len(xs) - 1)]
            if any(texts):
                pieces.append(Piece(top + 0.01, cells=texts, table=t_index, row=r,
                                    columns=tuple(xs)))
    pieces += [Piece(top, text=line) for top, line in _paragraphs(_text_lines(outside), width)]
    pieces.sort(key=lambda p: (p.top, p.row))
    return PageText(number, pieces, len(runs))
