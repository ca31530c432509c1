"""A table in a PDF is nothing but drawn lines; finding its cells needs them as clean
horizontal and vertical rules, whatever drew them (lines, thin filled rectangles, rectangle
outlines, hand-drawn paths, forms), with a rule drawn cell by cell made one.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from itertools import pairwise

_THIN = 3.0  # a filled rectangle this thin is a rule
_SNAP = 2.5  # rules this close are one rule
_MIN_EDGE = 4.0  # shorter edges are glyph parts or the ends of thin rectangles


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
