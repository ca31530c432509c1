"""pdfium gives a page's text as characters with boxes; extraction needs runs and lines, with
the word spaces pdfium infers from glyph gaps, read fast enough that a PDF costs about what
poppler's pdftotext would.
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
