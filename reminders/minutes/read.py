"""File formats to numbered text lines: the only part of ``minutes`` that touches files.

Every format ends up in the shape a flattened table has in a text file: one line per
paragraph, list item or table row, cells joined by tabs, so the rest of the package reads
one kind of input. Line numbers point back into the source (the text line, the HTML line,
the Word paragraph or row, the line of the PDF's text) for the officer checking an
extraction.

The bytes are read once, through ``limits.read_file`` (regular files only, size-limited),
and the format is decided from the content where it is unambiguous. PDF: ``pdf_pages`` (pdfium,
ruled tables kept row by row), then ``furniture`` (repeated headers and footers out, rows cut
by a page break joined); a PDF without a text layer goes to ``ocr``. Word: ``docx``.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from reminders.errors import MinutesError
from reminders.minutes import limits
from reminders.minutes.markup import html_lines

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
UNSUPPORTED = {".doc", ".odt", ".rtf", ".pages", ".xls", ".xlsx", ".ppt", ".pptx", ".zip"}
# What a folder of minutes is taken to hold (a file named explicitly is read whatever it is).
SUPPORTED_SUFFIXES = frozenset((TEXT_SUFFIXES | HTML_SUFFIXES | {".docx", ".pdf"}) - {""})
NumberedLines = list[tuple[int, str]]


def read_lines(path: Path, *, max_bytes: int | None = None) -> NumberedLines:
    """Numbered lines of ``path``; raises MinutesError when it cannot be read as minutes."""
    data = limits.read_file(path, max_bytes or limits.current().max_bytes)
    return read_data(data, path)


def read_data(data: bytes, path: Path) -> NumberedLines:
    """As ``read_lines``, for the bytes of ``path`` already read."""
    name = limits.shown(path)
    if not data.strip():
        raise MinutesError(f"{name}: the file is empty", "export the minutes again")
    kind = _sniff(data, path.suffix.lower(), name)
    if kind == "pdf":
        from reminders.minutes.pdf_file import pdf_lines

        lines = pdf_lines(data, name)
    elif kind == "docx":
        from reminders.minutes.docx import docx_lines

        lines = docx_lines(data, name)
    else:
        text = decode(data, path)
        lines = html_lines(text) if kind == "html" else list(enumerate(text.splitlines(), 1))
    if not any(line.strip() for _, line in lines):
        raise MinutesError(f"{name}: no text found in the file", "export the minutes again")
    return lines


def _sniff(data: bytes, suffix: str, name: str) -> str:
    """The format, from the content when it is unambiguous, else from the extension."""
    if data[:5] == b"%PDF-" or (suffix == ".pdf" and b"%PDF-" in data[:1024]):
        return "pdf"
    if suffix == ".pdf":
        raise MinutesError(f"{name}: not a readable PDF (no %PDF header)",
                           "export the minutes again as PDF")
    if (data[:4] == b"PK\x03\x04" and suffix not in UNSUPPORTED) or suffix == ".docx":
        return "docx"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" or suffix in UNSUPPORTED:
        kind = suffix or "an old Word/Excel (OLE) file"
        raise MinutesError(f"{name}: unsupported file type {kind}",
                           "save the minutes as .docx, .pdf, .html or .txt")
    if suffix in HTML_SUFFIXES:
        return "html"
    head = data[:2048].lower().replace(b"\x00", b"")
    if suffix not in TEXT_SUFFIXES and (b"<html" in head or b"<!doctype html" in head):
        return "html"
    return "text"


_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, path: Path) -> str:
    """Text from bytes: the encoding a BOM names (UTF-8, -16, -32), UTF-16/32 recognised by
    their zero bytes, UTF-8, else Windows-1252 (what Word on Windows saves as "plain text").
    Text that is still mostly control characters after that is refused, never stored."""
    name = limits.shown(path)
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _try(data[len(bom):], encoding)
            break
    else:
        encoding = _wide(data)
        if encoding:
            text = _try(data, encoding)
        elif b"\x00" not in data:
            text = _try(data, "utf-8") or _try(data, "cp1252")
    if text is None:
        raise MinutesError(f"{name}: not readable as text (binary, or an unknown encoding)",
                           "save the minutes as UTF-8 text, .docx or .pdf")
    controls = _CONTROLS.findall(text)
    if len(controls) > max(8, len(text) // 100):
        raise MinutesError(f"{name}: looks like a binary file, not text minutes",
                           "give a .txt, .md, .html, .docx or .pdf file")
    return _CONTROLS.sub("", text) if controls else text  # a stray byte is not minutes text


def _wide(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a BOM, from where the zero bytes of ASCII text fall."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    quads = len(sample) // 4
    if all(sample[i * 4 + 1:i * 4 + 4] == b"\x00\x00\x00" for i in range(min(quads, 64))):
        return "utf-32-le"
    if all(sample[i * 4:i * 4 + 3] == b"\x00\x00\x00" for i in range(min(quads, 64))):
        return "utf-32-be"
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None
