"""PDF pages to text lines and table rows, with pdfium (pypdfium2).

Why pdfium rather than pdfplumber (pdfminer): pdfminer interprets every content stream in
Python, about 0.1-1 s a page, 50-100 times poppler's pdftotext; pdfium is the C library
Chrome uses, as fast as poppler, and like poppler it infers word spaces from the gaps
between glyphs, so the PDFs whose text layer holds no space characters (cairo, some
"Print to PDF", Google Docs, pdfTeX) read with their spaces.

Tables are found the way pdfplumber finds them, from the ruling lines: horizontal and
vertical edges of the page's path objects (lines, thin filled rectangles, rectangle outlines)
are merged, grouped by where they cross, and each group with at least two cells is a table.
Each row's cells are the spans between the vertical rules crossing that row, so merged cells
stay one cell and an action keeps its owner and due cells on one line. A lone rectangle (a
page border, a box round a signature) has one cell and is not a table.

Page furniture, hyphenation and rows broken across pages are handled in ``furniture``.
"""

from __future__ import annotations

import ctypes
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import pairwise

from reminders.minutes.cells import unwrap

_THIN = 3.0  # a filled rectangle this thin is a rule
_SNAP = 2.5  # rules this close are one rule
_MIN_EDGE = 4.0  # shorter edges are glyph parts or the ends of thin rectangles


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
    pieces += [Piece(top, text=line) for top, line in _lines(outside)]
    pieces.sort(key=lambda p: (p.top, p.row))
    return PageText(number, pieces, len(runs))


@dataclass(slots=True)
class _Run:
    """A stretch of text on one line, as pdfium groups characters (one text object's run):
    its text, with the word spaces pdfium infers from glyph gaps, and its box (top-down)."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    middle: float = 0.0

    def __post_init__(self) -> None:
        self.middle = (self.top + self.bottom) / 2


# pdfium reports a hyphen ending a line as 0x02 or, in bulk text, 0xFFFE ("may be a soft
# hyphen"); Word's Symbol and Wingdings bullets are private-use characters.
_TRANSLATE = {**dict.fromkeys([*range(0, 32), 0xFFFF], "\x00"),
              0x02: "\x01", 0xFFFE: "\x01", 0xAD: "-", 0xA0: " ", 0x09: " ",
              **{code: "•" for code in (0xF0B7, 0xF0A7, 0xF0D8, 0xF076, 0xF0FC, 0xF0A8, 0xF0B2)}}


def _runs(textpage, height: float) -> list[_Run]:
    """The page's words joined into runs: consecutive words on one line with no wide gap.

    One pdfium call per page for all the text (which holds the word spaces pdfium infers
    from glyph gaps, as "generated" characters) and one for the box of each word's first
    and last character: the rest of the work is per run. Per character it would be three
    times the calls, and reading would cost far more than poppler's pdftotext."""
    import pypdfium2.raw as pdfium_c

    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    if count <= 0:
        return []
    buffer = ctypes.create_string_buffer(2 * (count + 1))
    written = pdfium_c.FPDFText_GetText(raw, 0, count, ctypes.cast(buffer, ctypes.POINTER(
        ctypes.c_ushort)))
    text = buffer.raw[:2 * max(written - 1, 0)].decode("utf-16-le", "replace")
    if len(text) != count:  # characters outside the BMP: fall back to one call each
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(count))
    text = text.translate(_TRANSLATE)
    box = pdfium_c.FS_RECTF()
    box_ref, get_box = ctypes.byref(box), pdfium_c.FPDFText_GetLooseCharBox
    runs: list[_Run] = []
    words: list[str] = []
    left = top = right = bottom = size = 0.0
    previous_end = 0
    for match in _WORD.finditer(text):  # the hot loop of reading a PDF: kept plain
        start, end = match.span()
        if not get_box(raw, start, box_ref) or box.top - box.bottom <= 0.1:
            continue
        w_left, w_top, w_bottom = box.left, height - box.top, height - box.bottom
        w_right = box.right
        if end - start > 1:
            last = end - 1
            while last > start and not (get_box(raw, last, box_ref)
                                        and box.top - box.bottom > 0.1):
                last -= 1
            if last > start:
                w_right = max(w_right, box.right)
                w_top, w_bottom = min(w_top, height - box.top), max(w_bottom, height - box.bottom)
        if words:
            shift = w_bottom - bottom
            if (shift > 0.3 * size or -shift > 0.3 * size or w_left < right - 0.5 * size
                    or w_left - right > 0.8 * size):
                runs.append(_Run("".join(words), left, top, right, bottom))
                words = []
            elif " " in text[previous_end:start]:
                words.append(" ")
        if words:
            if w_right > right:
                right = w_right
            if w_top < top:
                top = w_top
            if w_bottom > bottom:
                bottom = w_bottom
        else:
            left, top, right, bottom = w_left, w_top, w_right, w_bottom
        size = bottom - top
        words.append(match.group().replace("\x01", "-"))
        previous_end = end
    if words:
        runs.append(_Run("".join(words), left, top, right, bottom))
    return runs


# A word ends at a space, at a break (\x00) and after a line-end hyphen (\x01), which
# pdfium gives with no break after it: "appro\x01priate" is two words on two lines.
_WORD = re.compile("[^ \x00\x01]+\x01?|\x01")


def _bounded(textpage, left: float, bottom: float, right: float, top: float) -> str:
    """The text pdfium finds inside a box (for a run cut at a table's column rule)."""
    text = textpage.get_text_bounded(left, bottom, right, top)
    return text.translate(_TRANSLATE).replace("\x00", "").replace("\x01", "-")


def _lines(runs: list[_Run]) -> list[tuple[float, str]]:
    """Runs grouped into lines (by vertical overlap), each read left to right."""
    lines: list[list[_Run]] = []
    band = (0.0, -1.0)  # the current line's extent: superscripts ("28th") join their line
    for run in sorted(runs, key=lambda r: r.middle):
        top, bottom = band
        if lines and (top - 0.5 <= run.middle <= bottom + 0.5
                      or run.top <= (top + bottom) / 2 <= run.bottom):
            lines[-1].append(run)
            band = (min(top, run.top), max(bottom, run.bottom))
        else:
            lines.append([run])
            band = (run.top, run.bottom)
    out = []
    for line in lines:
        line.sort(key=lambda r: r.left)
        size = max(r.bottom - r.top for r in line)
        parts: list[str] = []
        previous: _Run | None = None
        for run in line:
            if previous is not None:
                if run.text == previous.text and abs(run.left - previous.left) < 0.1 * size:
                    continue  # the same text printed twice, a little offset: fake bold
                gap = run.left - previous.right
                if gap > 0.15 * size and not parts[-1].endswith(" ") \
                        and not run.text.startswith(" "):
                    parts.append(" ")
            parts.append(run.text)
            previous = run
        text = " ".join("".join(parts).split())
        if text:
            out.append((line[0].top, text))
    return out


# ---------------------------------------------------------------------- ruling lines


@dataclass
class _Edge:
    horizontal: bool
    at: float  # y of a horizontal edge, x of a vertical one (top-down coordinates)
    start: float
    end: float


def _edges(page, height: float) -> list[_Edge]:
    """Ruling lines of the page's path objects, forms (XObjects) included, walked with
    pdfium's C API directly (a Python wrapper per object cost more than the page's text)."""
    import pypdfium2.raw as pdfium_c

    edges: list[_Edge] = []
    page_raw = page.raw
    count = pdfium_c.FPDFPage_CountObjects(page_raw)
    objects = [(pdfium_c.FPDFPage_GetObject(page_raw, i), ()) for i in range(count)]
    x0, y0f, x1, y1f = (ctypes.c_float() for _ in range(4))
    matrix = pdfium_c.FS_MATRIX()
    while objects:
        obj, chain = objects.pop()
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM and len(chain) < 4:
            pdfium_c.FPDFPageObj_GetMatrix(obj, matrix)
            inner = (_matrix(matrix), *chain)
            objects += [(pdfium_c.FPDFFormObj_GetObject(obj, i), inner)
                        for i in range(pdfium_c.FPDFFormObj_CountObjects(obj))]
            continue
        if kind != pdfium_c.FPDF_PAGEOBJ_PATH or not pdfium_c.FPDFPageObj_GetBounds(
                obj, x0, y0f, x1, y1f):
            continue
        box = (x0.value, y0f.value, x1.value, y1f.value)
        left, bottom, right, top = _transform_box(box, chain)
        w, h = right - left, top - bottom
        y0, y1 = height - top, height - bottom
        if w <= _THIN and h >= _MIN_EDGE:
            edges.append(_Edge(False, (left + right) / 2, y0, y1))
        elif h <= _THIN and w >= _MIN_EDGE:
            edges.append(_Edge(True, (y0 + y1) / 2, left, right))
        elif w >= _MIN_EDGE or h >= _MIN_EDGE:
            segments = pdfium_c.FPDFPath_CountSegments(obj)
            if 0 < segments <= 6:  # a rectangle outline (or a filled box): its four sides
                edges += [_Edge(True, y0, left, right), _Edge(True, y1, left, right),
                          _Edge(False, left, y0, y1), _Edge(False, right, y0, y1)]
            elif segments <= 2000:
                edges += _segment_edges(obj, chain, height, segments)
    return _merge(edges)


def _matrix(m) -> tuple[float, ...]:
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _apply(m: tuple[float, ...], x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _transform_box(box, chain) -> tuple[float, float, float, float]:
    left, bottom, right, top = box
    if not chain:
        return left, bottom, right, top
    points = [(left, bottom), (left, top), (right, bottom), (right, top)]
    for m in chain:
        points = [_apply(m, x, y) for x, y in points]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _segment_edges(obj, chain, height: float, count: int) -> list[_Edge]:
    """Straight horizontal and vertical pieces of a general path (a hand-drawn grid)."""
    import pypdfium2.raw as pdfium_c

    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFPageObj_GetMatrix(obj, matrix)
    own = _matrix(matrix)
    x, y = ctypes.c_float(), ctypes.c_float()
    points: list[tuple[int, float, float]] = []
    for i in range(count):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, i)
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        px, py = _apply(own, x.value, y.value)
        for m in chain:
            px, py = _apply(m, px, py)
        points.append((pdfium_c.FPDFPathSegment_GetType(segment), px, height - py))
    edges = []
    for (_, ax, ay), (kind, bx, by) in pairwise(points):
        if kind != pdfium_c.FPDF_SEGMENT_LINETO:
            continue
        if abs(ay - by) < 0.5 and abs(ax - bx) >= _MIN_EDGE:
            edges.append(_Edge(True, ay, min(ax, bx), max(ax, bx)))
        elif abs(ax - bx) < 0.5 and abs(ay - by) >= _MIN_EDGE:
            edges.append(_Edge(False, ax, min(ay, by), max(ay, by)))
    return edges


def _merge(edges: list[_Edge]) -> list[_Edge]:
    """Edges on one line that touch or overlap become one (a rule drawn cell by cell)."""
    merged: list[_Edge] = []
    for horizontal in (True, False):
        group = sorted((e for e in edges if e.horizontal == horizontal),
                       key=lambda e: (round(e.at / _SNAP), e.start))
        for edge in group:
            last = merged[-1] if merged else None
            if (last is not None and last.horizontal == horizontal
                    and abs(last.at - edge.at) <= _SNAP and edge.start <= last.end + _SNAP):
                last.end = max(last.end, edge.end)
            else:
                merged.append(_Edge(horizontal, edge.at, edge.start, edge.end))
    return merged


# ---------------------------------------------------------------------- tables


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
