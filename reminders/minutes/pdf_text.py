"""pdfium gives a page's text as characters with boxes; extraction needs runs and lines, with
the word spaces pdfium infers from glyph gaps, read fast enough that a PDF costs about what
poppler's pdftotext would, and a paragraph's lines joined where the layout only wrapped it
("...appointed DPO for Lower" / "Heyford and Steeple Aston ..." is one sentence).
"""

# Why pdfium rather than pdfplumber (pdfminer): pdfminer interprets every content stream in
# Python, about 0.1-1 s a page, 50-100 times poppler's pdftotext; pdfium is the C library
# Chrome uses, as fast as poppler, and like poppler it infers word spaces from the gaps
# between glyphs, so the PDFs whose text layer holds no space characters (cairo, some
# "Print to PDF", Google Docs, pdfTeX) read with their spaces.

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass
from itertools import pairwise

from reminders.minutes.cells import _NEW_ACTION, join_wrapped


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
    head: tuple[float, float] | None = None  # top and bottom of its first word's box
    tail: tuple[float, float] | None = None  # and of its last (a bullet or "2nd" is taller)

    def __post_init__(self) -> None:
        self.middle = (self.top + self.bottom) / 2
        if self.head is None:
            self.head = (self.top, self.bottom)
        if self.tail is None:
            self.tail = (self.top, self.bottom)


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
    head = tail = (0.0, 0.0)
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
                runs.append(_Run("".join(words), left, top, right, bottom, head=head, tail=tail))
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
            head = (w_top, w_bottom)
        tail = (w_top, w_bottom)
        size = bottom - top
        words.append(match.group().replace("\x01", "-"))
        previous_end = end
    if words:
        runs.append(_Run("".join(words), left, top, right, bottom, head=head, tail=tail))
    return runs


# A word ends at a space, at a break (\x00) and after a line-end hyphen (\x01), which
# pdfium gives with no break after it: "appro\x01priate" is two words on two lines.
_WORD = re.compile("[^ \x00\x01]+\x01?|\x01")


def _bounded(textpage, left: float, bottom: float, right: float, top: float) -> str:
    """The text pdfium finds inside a box (for a run cut at a table's column rule)."""
    text = textpage.get_text_bounded(left, bottom, right, top)
    return text.translate(_TRANSLATE).replace("\x00", "").replace("\x01", "-")


@dataclass(slots=True)
class _Line:
    """One line of a page, read left to right, with what of its geometry tells whether the
    line below continues it: where its text starts, where it ends, its first and last run."""

    top: float
    text: str
    left: float
    body: float  # where the text after a label in a run of its own ("1.", "•", "a)") starts
    right: float
    first: _Run  # the first run after that label
    last: _Run
    row: bool  # runs set apart by more than a word space: columns, not a line of prose


# A list label or agenda number: "•", "-", "1", "1.", "2)", "(a)", "iv.", "11.17.06".
_LABEL = re.compile(r"(?:[•·▪○◦§*\-–—]|\(?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivx]{1,4})[.)]?"
                    r"|\([A-Za-z\d]{1,3}\))$")
# A line that opens a list item of its own: a label and a space, whatever follows.
_ITEM_START = re.compile(r"(?:[•·▪○◦§*\-–—]|\(?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivx]{1,4})[.)]"
                         r"|\([A-Za-z\d]{1,3}\))\s")


def _lines(runs: list[_Run]) -> list[tuple[float, str]]:
    """Runs grouped into lines (by vertical overlap), each read left to right."""
    return [(line.top, line.text) for line in _text_lines(runs)]


def _text_lines(runs: list[_Run]) -> list[_Line]:
    """As ``_lines``, each line with its geometry."""
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
        kept: list[_Run] = []
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
            kept.append(run)
            previous = run
        text = " ".join("".join(parts).split())
        if text:
            out.append(_shape(line[0].top, text, kept))
    return out


def _shape(top: float, text: str, runs: list[_Run]) -> _Line:
    """The line's geometry: a first run that is only a label, set apart from the text by a
    tab, is the label of a hanging indent; any other gap wider than a word space
    (runs are cut at gaps of 0.8 of their height) makes the line a row of columns."""
    start = 1 if len(runs) > 1 and _LABEL.match(runs[0].text.strip()) else 0
    body = runs[start:]
    row = any(b.left - a.right > 0.8 * (a.bottom - a.top) for a, b in pairwise(body))
    return _Line(top, text, runs[0].left, body[0].left, max(r.right for r in runs), body[0],
                 body[-1], row)


# A line ending a sentence or introducing what follows ends its paragraph whatever the
# geometry says (as does a line above a list item or a new action, ``cells._NEW_ACTION``).
_ENDS = frozenset(".!?:;…")
_CLOSERS = ")]}\"'’”"
_WIDE = 0.5  # a line of a paragraph's body spans at least this share of the page width


def _paragraphs(lines: list[_Line], page_width: float) -> list[tuple[float, str]]:
    """Lines, with each line that is a soft wrap of the line above joined to it.

    A word processor moves a word to the next line when it does not fit: the line above
    then reaches the right edge of the text (the furthest any wide line of the page
    reaches) so nearly that the next line's first word would not have fitted after it.
    A wrapped line also keeps the paragraph's left edge (or, under a first line, its
    indent or hanging indent), size and line spacing. Short lines (an address, a list of
    names), rows of columns, list items and lines ending a sentence or with a colon never
    join, whatever case the next line starts with."""
    wide = [line.right for line in lines
            if not line.row and line.right - line.left >= _WIDE * page_width]
    if not wide:
        return [(line.top, line.text) for line in lines]
    edge = max(wide)
    out: list[tuple[float, str]] = []
    margin: float | None = None  # the left edge of the paragraph's wrapped lines
    for index, line in enumerate(lines):
        above = lines[index - 1] if index else None
        if above is not None and _wraps(above, line, edge, page_width, margin):
            out[-1] = (out[-1][0], _join(out[-1][1], line.text))
            margin = line.left
        else:
            out.append((line.top, line.text))
            margin = None
    return out


def _wraps(above: _Line, line: _Line, edge: float, page_width: float,
           margin: float | None) -> bool:
    """Whether ``line`` continues ``above``, a soft wrap of one paragraph."""
    if above.row or line.row or line.body != line.left:
        return False
    end = above.text.rstrip(_CLOSERS)
    if not end or end[-1] in _ENDS or above.right - above.body < _WIDE * page_width:
        return False
    if _ITEM_START.match(line.text) or _NEW_ACTION.match(line.text):
        return False
    tail_top, tail_bottom = above.last.tail or (above.last.top, above.last.bottom)
    head_top, head_bottom = line.first.head or (line.first.top, line.first.bottom)
    size = tail_bottom - tail_top
    if size <= 0 or abs((head_bottom - head_top) - size) > 0.2 * size:
        return False  # another font size: a heading, a note in small print
    if not 0.5 * size < head_bottom - tail_bottom <= 1.6 * size:
        return False  # a paragraph's spacing, not a line's
    tolerance = 0.4 * size
    if margin is not None:
        if abs(line.left - margin) > tolerance:
            return False
    elif not (abs(line.left - above.body) <= tolerance
              or abs(line.left - above.left) <= 4 * size):  # an indent or hanging indent
        return False
    word = line.text.split()[0]
    run = line.first
    per_char = (run.right - run.left) / max(len(run.text), 1)
    room = edge - above.right
    return room < (len(word) + 1) * per_char + tolerance and room < 0.25 * (edge - above.body)


def _join(first: str, second: str) -> str:
    """A line and the line that continues it: margin hyphenation undone ("appro-" +
    "priate"), a hyphen or slash kept with no space after it ("2023-" + "24")."""
    if re.search(r"[A-Za-z]-$", first) and second[:1].islower():
        return join_wrapped(first, second)
    if re.search(r"\w[-/]$", first) and second[:1].isalnum():
        return first + second
    return f"{first} {second}"
