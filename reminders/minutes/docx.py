"""Word .docx to lines: paragraphs, list items and table rows, in document order.

Speed: python-docx's ``paragraph.style`` looks the style up in styles.xml on every call,
which was 85 % of the time on a long document; here the styles and list numbering are
resolved once per document and the body is walked with lxml directly (the same XML python-docx
parses), so a document costs what python-docx costs to open it.

Safety: a .docx is a zip of XML written by anyone. Before parsing, every part is checked:
stored or deflated only (no exotic compression), not encrypted, at most ``MAX_PART`` bytes
and ``MAX_TOTAL`` in all (a zip bomb claims kilobytes and inflates to gigabytes), and no
DOCTYPE (Word never writes one; entity bombs need one). lxml then parses without network
access, entity resolution or huge-tree mode, so nesting is capped at libxml2's default.
"""

from __future__ import annotations

import io
import zipfile

from reminders.errors import MinutesError

MAX_PART = 64 * 1024 * 1024
MAX_TOTAL = 256 * 1024 * 1024
MAX_RATIO = 400  # inflated / compressed, for parts over 1 MB
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HINT = "open it in Word and save it again as .docx"
NumberedLines = list[tuple[int, str]]


def docx_lines(data: bytes, name: str) -> NumberedLines:
    parts = _parts(data, name)
    if "word/document.xml" not in parts:
        raise MinutesError(f"{name}: not a Word document (no word/document.xml)", _HINT)
    body = _parse(parts["word/document.xml"], name).find(f"{_W}body")
    if body is None:
        raise MinutesError(f"{name}: the Word document has no body", _HINT)
    styles = _styles(parts.get("word/styles.xml"), name)
    labels = _ListLabels(parts.get("word/numbering.xml"), name, styles)
    lines: list[str] = []
    for child in body:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == f"{_W}p":
            lines.append(labels.prefix(child) + _text(child))
        elif tag == f"{_W}tbl":
            for tr in child.iter(f"{_W}tr"):
                cells = []
                for tc in tr.iterchildren(f"{_W}tc"):
                    paragraphs = (labels.prefix(p) + _text(p) for p in tc.iter(f"{_W}p"))
                    cells.append("\n".join(t for t in paragraphs if t.strip()))
                lines.append("\t".join(cells))
    return list(enumerate(lines, 1))


def _parts(data: bytes, name: str) -> dict[str, bytes]:
    """The XML parts that matter, decompressed under the limits."""
    wanted = ("word/document.xml", "word/styles.xml", "word/numbering.xml")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise MinutesError(f"{name}: not a readable Word document ({exc})", _HINT) from None
    total = 0
    out = {}
    for info in infos:
        if info.flag_bits & 0x1:
            raise MinutesError(f"{name}: the Word document is encrypted",
                               "save it without a password")
        if info.filename not in wanted:
            continue
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise MinutesError(f"{name}: unusual compression in the Word document", _HINT)
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_PART or total > MAX_TOTAL or (
                info.file_size > 1024 * 1024 and ratio > MAX_RATIO):
            raise MinutesError(f"{name}: the Word document inflates to an implausible size "
                               f"({info.file_size // 1024 // 1024} MB)", _HINT)
        try:
            content = archive.read(info)
        except Exception as exc:  # zlib.error, BadZipFile (bad CRC), NotImplementedError...
            raise MinutesError(f"{name}: damaged Word document ({type(exc).__name__})",
                               _HINT) from None
        head = content[:4096]
        if b"<!DOCTYPE" in head or b"<!ENTITY" in content:
            raise MinutesError(f"{name}: the Word document declares XML entities", _HINT)
        out[info.filename] = content
    return out


def _parse(content: bytes, name: str):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             load_dtd=False, remove_comments=True)
    try:
        return etree.fromstring(content, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise MinutesError(f"{name}: damaged Word document (bad XML: "
                           f"{str(exc).splitlines()[0][:120]})", _HINT) from None


def _text(p) -> str:
    """A paragraph's text as Word shows it: runs, tabs and breaks, hyperlinks included."""
    parts = []
    for node in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab":
            parts.append("\t" if node.getparent().tag == f"{_W}r" else "")
        else:
            parts.append("\n")
    return "".join(parts)


def _styles(content: bytes | None, name: str) -> dict[str, tuple[str, str | None]]:
    """styleId -> (style name, the numbering it brings) for paragraph styles, once."""
    if content is None:
        return {}
    out = {}
    for style in _parse(content, name).iter(f"{_W}style"):
        node = style.find(f"{_W}name")
        num = style.find(f"{_W}pPr/{_W}numPr/{_W}numId")
        out[style.get(f"{_W}styleId") or ""] = (
            node.get(f"{_W}val") if node is not None else "",
            num.get(f"{_W}val") if num is not None else None,
        )
    return out


class _ListLabels:
    """Word keeps list numbers in numbering definitions, not in the text: recreate them
    ("1.", "•") so list items stay items, and mark headings with "#"."""

    def __init__(self, content: bytes | None, name: str,
                 styles: dict[str, tuple[str, str | None]]) -> None:
        self.styles = styles
        self.counters: dict[tuple[str, str], int] = {}
        self.bullets: set[tuple[str, str]] = set()
        if content is None:
            return
        numbering = _parse(content, name)
        abstract: dict[str | None, set[str | None]] = {}
        for node in numbering.iterchildren(f"{_W}abstractNum"):
            for lvl in node.iterchildren(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                if fmt is not None and fmt.get(f"{_W}val") == "bullet":
                    key = node.get(f"{_W}abstractNumId")
                    abstract.setdefault(key, set()).add(lvl.get(f"{_W}ilvl"))
        for num in numbering.iterchildren(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            for ilvl in abstract.get(ref.get(f"{_W}val") if ref is not None else None, ()):
                self.bullets.add((num.get(f"{_W}numId") or "", ilvl or "0"))

    def prefix(self, p) -> str:
        ppr = p.find(f"{_W}pPr")
        style_id = None
        num_id = ilvl = None
        if ppr is not None:
            node = ppr.find(f"{_W}pStyle")
            style_id = node.get(f"{_W}val") if node is not None else None
            numpr = ppr.find(f"{_W}numPr")
            if numpr is not None:
                n, i = numpr.find(f"{_W}numId"), numpr.find(f"{_W}ilvl")
                num_id = n.get(f"{_W}val") if n is not None else None
                ilvl = i.get(f"{_W}val") if i is not None else None
        style, style_num = self.styles.get(style_id or "Normal", ("", None))
        if style.lower().startswith("heading") and style[-1:].isdigit():
            return "#" * int(style[-1]) + " "
        num_id = num_id or style_num
        if num_id is None or num_id == "0":
            return "• " if "List Bullet" in style.title() else ""
        key = (num_id, ilvl or "0")
        level = int(key[1]) if key[1].isdigit() else 0
        indent = "  " * min(level, 8)
        if key in self.bullets or "Bullet" in style.title():
            return indent + "• "
        self.counters[key] = self.counters.get(key, 0) + 1
        return f"{indent}{self.counters[key]}. "
