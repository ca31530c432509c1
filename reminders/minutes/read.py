"""File formats to numbered text lines: the only part of ``minutes`` that touches files.

Every format ends up in the shape a flattened table has in a text file: one line per
paragraph, list item or table row, cells joined by tabs, so the rest of the package reads
one kind of input. Line numbers point back into the source (the text line, the HTML line,
the Word paragraph or row, the line of the PDF's extracted text) for the officer checking
an extraction.

PDF: pdfplumber rather than pypdf. Minutes are often tables (item | discussion | owner),
and pypdf's text extraction interleaves the columns of a row line by line, separating an
action from its owner cell; pdfplumber knows where each character sits, finds the table
grid, and returns cells row by row, which is what owner-column alignment needs.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from reminders.errors import MinutesError
from reminders.minutes.markup import html_lines

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# What a folder of minutes is taken to hold (a file named explicitly is read whatever it is).
SUPPORTED_SUFFIXES = frozenset((TEXT_SUFFIXES | HTML_SUFFIXES | {".docx", ".pdf"}) - {""})
NumberedLines = list[tuple[int, str]]


def read_lines(path: Path) -> NumberedLines:
    """Numbered lines of ``path``; raises MinutesError when it cannot be read as minutes."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MinutesError(f"{path}: cannot be read ({exc.strerror or exc})",
                           "check the path and its permissions") from exc
    if not data.strip():
        raise MinutesError(f"{path}: the file is empty", "export the minutes again")
    suffix = path.suffix.lower()
    kind = _sniff(data, suffix)
    if kind == "pdf":
        lines = _pdf_lines(path)
    elif kind == "docx":
        lines = _docx_lines(path)
    else:
        text = decode(data, path)
        lines = html_lines(text) if kind == "html" else list(enumerate(text.splitlines(), 1))
    if not any(line.strip() for _, line in lines):
        raise MinutesError(f"{path}: no text found in the file",
                           "a scanned PDF needs OCR first; otherwise export the minutes again")
    return lines


def _sniff(data: bytes, suffix: str) -> str:
    """The format, from the content when it is unambiguous, else from the extension."""
    if data[:5] == b"%PDF-" or suffix == ".pdf":
        return "pdf"
    if data[:4] == b"PK\x03\x04" or suffix == ".docx":
        return "docx"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in {".doc", ".odt", ".rtf", ".pages", ".xls", ".xlsx"}:
        raise MinutesError(f"unsupported file type {suffix}",
                           "save the minutes as .docx, .pdf, .html or .txt")
    head = data[:2048].lower()
    if suffix not in TEXT_SUFFIXES and (b"<html" in head or b"<!doctype html" in head):
        return "html"
    return "text"


def decode(data: bytes, path: Path) -> str:
    """Text from bytes: UTF-16 when it says so, UTF-8 (with or without a BOM), else
    Windows-1252, which is what Word on Windows saves as "plain text"."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise MinutesError(f"{path}: looks like a binary file, not text minutes",
                           "give a .txt, .md, .html, .docx or .pdf file")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
        if controls > max(8, len(text) // 100):
            break
        return text
    raise MinutesError(f"{path}: not readable as UTF-8 or Windows-1252 text",
                       "save the minutes as UTF-8 text, .docx or .pdf")


def _docx_lines(path: Path) -> NumberedLines:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, PackageNotFoundError) as exc:
        raise MinutesError(f"{path}: not a readable Word document ({exc})",
                           "open it in Word and save it again as .docx") from exc
    lines: list[str] = []
    labels = _ListLabels(document)
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            lines.append(labels.prefix(paragraph) + paragraph.text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells, seen = [], set()
                for cell in row.cells:  # merged cells repeat: keep each once
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        cells.append("\n".join(
                            labels.prefix(p) + p.text for p in cell.paragraphs if p.text.strip()))
                lines.append("\t".join(cells))
    return list(enumerate(lines, 1))


class _ListLabels:
    """Word keeps list numbers in numbering definitions, not in the text: recreate them
    ("1.", "•") so list items stay items, and mark headings with "#"."""

    def __init__(self, document) -> None:
        self.counters: dict[tuple[str, str], int] = {}
        self.bullets: set[tuple[str, str]] = set()
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        ns = numbering.nsmap.get("w")
        w = f"{{{ns}}}"
        abstract = {}
        for node in numbering.findall(f"{w}abstractNum"):
            for lvl in node.findall(f"{w}lvl"):
                fmt = lvl.find(f"{w}numFmt")
                if fmt is not None and fmt.get(f"{w}val") == "bullet":
                    key = node.get(f"{w}abstractNumId")
                    abstract.setdefault(key, set()).add(lvl.get(f"{w}ilvl"))
        for num in numbering.findall(f"{w}num"):
            ref = num.find(f"{w}abstractNumId")
            for ilvl in abstract.get(ref.get(f"{w}val") if ref is not None else None, ()):
                self.bullets.add((num.get(f"{w}numId"), ilvl))

    def prefix(self, paragraph) -> str:
        style = (paragraph.style.name or "") if paragraph.style is not None else ""
        if style.startswith("Heading") and style[-1:].isdigit():
            return "#" * int(style[-1]) + " "
        ppr = paragraph._p.pPr
        num = ppr.numPr if ppr is not None else None
        if num is None or num.numId is None:
            return "• " if "List Bullet" in style else ""
        key = (str(num.numId.val), str(num.ilvl.val if num.ilvl is not None else 0))
        indent = "  " * int(key[1])
        if key in self.bullets or "Bullet" in style:
            return indent + "• "
        self.counters[key] = self.counters.get(key, 0) + 1
        return f"{indent}{self.counters[key]}. "


def _pdf_lines(path: Path) -> NumberedLines:
    import pdfplumber

    pieces: list[str] = []
    try:
        with pdfplumber.open(str(path)) as pdf:
            for page in pdf.pages:
                pieces.extend(_page_lines(page))
    except MinutesError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for damaged files
        raise MinutesError(f"{path}: not a readable PDF ({type(exc).__name__})",
                           "open it and export it again as PDF, or give the .docx") from exc
    return list(enumerate(pieces, 1))


def _page_lines(page) -> list[str]:
    """Text lines and table rows of one page, top to bottom; a row's cells tab-joined."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside(obj) -> bool:
        x = (obj.get("x0", 0) + obj.get("x1", 0)) / 2
        y = (obj.get("top", 0) + obj.get("bottom", 0)) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    placed: list[tuple[float, str]] = []
    text_page = page.filter(outside) if boxes else page
    for line in text_page.extract_text_lines():
        placed.append((line["top"], line["text"]))
    for table, box in zip(tables, boxes, strict=True):
        for i, row in enumerate(table.extract()):
            cells = [_unwrap(cell or "") for cell in row]
            if any(cells):
                placed.append((box[1] + i * 0.001, "\t".join(cells)))
    placed.sort(key=lambda item: item[0])
    return [text for _, text in placed]


def _unwrap(cell: str) -> str:
    """Join a cell's wrapped lines, keeping a new line only where a list item starts."""
    out: list[str] = []
    for line in cell.splitlines():
        starts_item = re.match(r"\s*(?:\d{1,2}[.)]|[•\-*])\s", line) is not None
        if out and not starts_item:
            out[-1] += " " + line.strip()
        else:
            out.append(line.strip())
    return "\n".join(out)
