"""HTML to text lines that keep the structure actions live in.

Minutes arrive as HTML files, and plain-text minutes carry stray HTML left by a PDF or
Word conversion (``<li>Actions arising: <ol> <li>...``). Throwing the tags away would glue
a list's items into one paragraph and lose which owner goes with which item, so list items
become their own lines with a label ("1." in an ``<ol>``, "•" in a ``<ul>``) indented by
depth, paragraphs and rows become lines, and table cells are joined by tabs, the same shape
a flattened table has in a text file.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

_BREAKS = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
    "header", "footer", "blockquote", "pre", "hr", "dt", "dd", "title", "tbody", "thead",
}
_SKIP = {"script", "style", "head"}
MAX_DEPTH = 8  # deeper lists are indented no further (50,000 unclosed <ul> stay linear)
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")


def has_markup(text: str) -> bool:
    return TAG.search(text) is not None


# Tags a fragment of HTML left in a text line mostly holds ("<p>...</p> <p>...</p>", lists,
# "<i>"): a fragment holding only these is handed to the line writer without the parser,
# which costs far more per tag than the writer does. Tags go to the writer as the parser
# hands them over ("<br/>" and "<br />" as empty elements), text as the parser hands it
# over: the text between two tags in one piece, its character references read.
_SIMPLE_TAG = re.compile(r"<(?P<end>/?)(?P<tag>p|li|ul|ol|b|i|u|em|strong|sup|sub|span)>"
                         r"|<br(?P<empty> ?/)?>")


def fragment_lines(html: str) -> list[str]:
    """The texts of ``html_lines(html)``, for a fragment of markup inside a line."""
    writer, at = _Lines(), 0
    for m in _SIMPLE_TAG.finditer(html):
        if "<" in html[at:m.start()]:
            return [line for _, line in html_lines(html)]  # another tag: the parser's
        if at < m.start():
            writer.handle_data(unescape(html[at:m.start()]))
        if m.group("empty"):
            writer.handle_startendtag("br", [])
        elif m.group("end"):
            writer.handle_endtag(m.group("tag"))
        else:
            writer.handle_starttag(m.group("tag") or "br", [])
        at = m.end()
    if "<" in html[at:]:
        return [line for _, line in html_lines(html)]
    if at < len(html):
        writer.handle_data(unescape(html[at:]))
    writer.flush()
    return [line for _, line in writer.lines]


def html_lines(html: str) -> list[tuple[int, str]]:
    """(1-based line within ``html`` where the text starts, text) for each output line."""
    parser = _Lines()
    parser.feed(html)
    parser.close()
    parser.flush()
    return parser.lines


class _Lines(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[int, str]] = []
        self._buf: list[str] = []
        self._start: int | None = None
        self._lists: list[list] = []  # [tag, items so far]
        self._skip = 0
        self._cells = 0  # cells seen in the current table row
        self._in_cell = False
        self._has_text = False  # whether _buf holds more than whitespace

    def flush(self) -> None:
        if self._has_text:
            self.lines.append((self._start or self.getpos()[0], "".join(self._buf).rstrip()))
        self._buf, self._start, self._has_text = [], None, False

    def _write(self, text: str) -> None:
        if self._start is None:
            self._start = self.getpos()[0]
        self._buf.append(text)
        self._has_text = self._has_text or not text.isspace()

    def _break(self) -> None:
        # Inside a table cell a paragraph break must not end the row.
        if self._in_cell:
            self._write(" ")
        else:
            self.flush()

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in ("ul", "ol"):
            self._break()
            if len(self._lists) < 10_000:  # beyond that, unclosed lists share one counter
                self._lists.append([tag, 0])
        elif tag == "li":
            self._break()
            depth = min(max(len(self._lists) - 1, 0), MAX_DEPTH)
            if self._lists and self._lists[-1][0] == "ol":
                self._lists[-1][1] += 1
                label = f"{self._lists[-1][1]}."
            else:
                label = "•"
            self._write(("  " * depth if not self._in_cell else "") + label + " ")
        elif tag == "tr":
            self.flush()
            self._cells = 0
        elif tag in ("td", "th"):
            if self._cells:
                self._write("\t")
            self._cells += 1
            self._in_cell = True
        elif tag in _BREAKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(self._skip - 1, 0)
        elif tag in ("ul", "ol"):
            self._break()
            if self._lists:
                self._lists.pop()
        elif tag in ("td", "th"):
            self._in_cell = False
        elif tag in ("tr", "table"):
            self._in_cell = False
            self.flush()
        elif tag == "li" or tag in _BREAKS:
            self._break()

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in ("br", "hr"):
            self._break()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if not self._has_text and data.isspace():
            return
        self._write(_squeezed(data))


def _squeezed(data: str) -> str:
    """``re.sub(r"\\s+", " ", data)``, by splitting: ``str.split`` and ``\\s`` know the same
    white space, and this runs on every piece of text of a page."""
    words = data.split()
    if not words:
        return " " if data else ""
    inner = " ".join(words)
    if data[0].isspace():
        inner = " " + inner
    return inner + " " if data[-1].isspace() else inner
