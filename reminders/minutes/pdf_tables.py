"""An action's owner and due date sit in other cells of its row: reading a ruled table row by
row, cell by cell, keeps them on one line with it, where reading the page as text would
scatter them.
"""

# Tables are found the way pdfplumber finds them, from the ruling lines (``pdf_ruling``):
# they are grouped by where they cross, and each group with at least two cells is a table.
# Each row's cells are the spans between the vertical rules crossing that row, so merged cells
# stay one cell and an action keeps its owner and due cells on one line. A lone rectangle (a
# page border, a box round a signature) has one cell and is not a table.

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import pairwise

from reminders.minutes.pdf_ruling import _MIN_EDGE, _SNAP, _Edge
from reminders.minutes.pdf_text import _bounded, _Run


@dataclass
class _Grid:
    rows: list[float]  # y of each horizontal rule, top to bottom
    verticals: list[_Edge]
    left: float
    right: float
    tops: list[float] = field(default_factory=list)  # each row's top, once laid out

    @property
    def top(self) -> float:
        return self.rows[0]

    @property
    def bottom(self) -> float:
        return self.rows[-1]

    def cells(self, top: float, bottom: float) -> list[float]:
        """Column boundaries of the row between ``top`` and ``bottom``."""
        middle = (top + bottom) / 2
        xs = sorted({round(v.at, 1) for v in self.verticals
                     if v.start - _SNAP <= middle <= v.end + _SNAP})
        return xs


def _crosses(h: _Edge, v: _Edge) -> bool:
    return (h.start - _SNAP <= v.at <= h.end + _SNAP) and (v.start - _SNAP <= h.at <= v.end + _SNAP)


def _tables(edges: list[_Edge]) -> list[_Grid]:
    horizontals = [e for e in edges if e.horizontal]
    verticals = [e for e in edges if not e.horizontal]
    if len(horizontals) > 3000 or len(verticals) > 3000:
        return []  # a drawing, not a table: its text is read as text
    # Union-find over crossings: each connected set of rules is one table.
    parent = list(range(len(edges)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index = {id(e): i for i, e in enumerate(edges)}
    verticals_by_x = sorted(verticals, key=lambda v: v.at)
    xs = [v.at for v in verticals_by_x]
    for h in horizontals:
        lo, hi = bisect_left(xs, h.start - _SNAP), bisect_right(xs, h.end + _SNAP)
        for v in verticals_by_x[lo:hi]:
            if _crosses(h, v):
                parent[find(index[id(h)])] = find(index[id(v)])
    groups: dict[int, list[_Edge]] = {}
    for i, e in enumerate(edges):
        groups.setdefault(find(i), []).append(e)
    grids = []
    for group in groups.values():
        hs = [e for e in group if e.horizontal]
        vs = [e for e in group if not e.horizontal]
        if len(hs) < 2 or len(vs) < 2:
            continue
        rows = _cluster(sorted(e.at for e in hs))
        grid = _Grid(rows, vs, min(e.start for e in hs), max(e.end for e in hs))
        widest = max((len(grid.cells(a, b)) - 1 for a, b in pairwise(rows)),
                     default=0)
        if widest >= 2 and len(rows) >= 2:  # a box round one column of text is not a table
            grids.append(grid)
    return sorted(grids, key=lambda g: g.top)


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for value in values:
        if not out or value - out[-1] > _SNAP:
            out.append(value)
    return out


def _drop_frames(edges: list[_Edge], width: float, height: float) -> list[_Edge]:
    """Without the sides of a page border (or any long box round text).

    A side of a frame is a long rule that crosses no more rules than the two sides it
    meets; the outer rules of a table cross every row or column rule (a 2-column table's
    top rule crosses three). Keeping a frame would make the whole page one table cell.
    Rules off the page are dropped too."""
    edges = [e for e in edges if _on_page(e, width, height)]
    horizontals = [e for e in edges if e.horizontal]
    verticals = [e for e in edges if not e.horizontal]

    def frame_side(e: _Edge) -> bool:
        span = height if not e.horizontal else width
        if e.end - e.start < 0.5 * span:
            return False
        others = verticals if e.horizontal else horizontals
        pairs = ((e, o) if e.horizontal else (o, e) for o in others)
        return sum(1 for h, v in pairs if _crosses(h, v)) <= 2
    return [e for e in edges if not frame_side(e)]


def _on_page(e: _Edge, width: float, height: float) -> bool:
    limit = height if e.horizontal else width
    span = width if e.horizontal else height
    e.start, e.end = max(e.start, 0), min(e.end, span)
    return -1 <= e.at <= limit + 1 and e.end - e.start >= _MIN_EDGE


_Layout = list[tuple[float, float, list[float]]]  # per row: top, bottom, column boundaries


def _row_layout(grid: _Grid) -> _Layout:
    layout = [(top, bottom, grid.cells(top, bottom)) for top, bottom in pairwise(grid.rows)]
    grid.tops = [row[0] for row in layout]
    return layout


def _locate(run: _Run, tables: list[_Grid], layouts: list[_Layout], textpage,
            height: float) -> list[tuple[tuple[int, int, int] | None, _Run]]:
    """Where a run goes: the table cell holding its centre, or outside every table. A run
    drawn across a column rule (one text object for a whole row) is cut at the rules."""
    x, y = (run.left + run.right) / 2, run.middle
    for t_index, grid in enumerate(tables):
        if not (grid.top <= y <= grid.bottom and grid.left - 1 <= x <= grid.right + 1):
            continue
        layout = layouts[t_index]
        r = bisect_right(grid.tops, y) - 1
        if r < 0:
            return [(None, run)]
        xs = layout[r][2]
        inside = [b for b in xs[1:-1] if run.left + 2 < b < run.right - 2]
        if not inside:
            c = bisect_right(xs, x) - 1
            return [((t_index, r, c) if 0 <= c < len(xs) - 1 else None, run)]
        out: list[tuple[tuple[int, int, int] | None, _Run]] = []
        for c, (a, b) in enumerate(pairwise(xs)):
            lo, hi = max(a, run.left), min(b, run.right)
            if hi - lo > 1:
                text = _bounded(textpage, lo, height - run.bottom, hi, height - run.top)
                if text.strip():
                    out.append(((t_index, r, c), _Run(text, lo, run.top, hi, run.bottom)))
        return out
    return [(None, run)]
