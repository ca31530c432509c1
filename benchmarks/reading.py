"""Reading minutes files: our reader beside poppler's pdftotext, pypdf and the pdfplumber
reader it replaced, on the same files in the same run; .docx beside plain python-docx; and
re-ingesting unchanged files beside their first ingest.

PDFs of 1 to 50 pages are made here from the shared minutes, with a ruled action table
(item | action | owner | due) on every page and the clerk's footer and a page number: one
set by fpdf2 with ordinary text, one by fpdf2 writing each word as its own text object
(no space character in the text layer, as cairo and "Print to PDF" do), and one by
LibreOffice from a .docx when ``soffice`` is installed. Then the dev set's real files.

For each reader: seconds per page, and the share of action rows kept whole: one output
line holding the action, its owner and its due date together (what owner-column alignment
needs). For the real files, whose rows are not known, a gold action counts as whole when one
line holds its first words and an owner it names.

    python benchmarks/reading.py [--files 1000] [--quick]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
FORMATS = SHARED / "devset" / "formats"
OWNERS = ["ACC", "DCC", "CC", "DPCC", "PCC", "CEx"]
DUES = ["31/05/2022", "next meeting", "in 3 months", "end of June", "ASAP", "30 April 2022"]


def _sentences() -> list[str]:
    out = []
    for path in sorted((SHARED / "minutes").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = re.sub(r"<[^>]+>|[\t•]+", " ", line)
            text = " ".join(text.split())
            if 40 <= len(text) <= 400 and text.isascii():
                out.append(text)
    return out


def _rows(rng: random.Random, sentences: list[str], count: int) -> list[tuple[str, ...]]:
    rows = []
    for i in range(count):
        action = " ".join(rng.choice(sentences).split()[:rng.randrange(8, 18)]).rstrip(".,;:")
        rows.append((f"{i // 4 + 1}.{i % 4 + 1}", action, rng.choice(OWNERS), rng.choice(DUES)))
    return rows


FOOTER = "Parish Clerk: A. Clerk, 1 High Street, Oxford OX1 1AA"
WIDTHS = (16, 104, 22, 38)


def make_pdf(pages: int, *, gaps: bool, seed: int = 1) -> tuple[bytes, list[tuple[str, ...]]]:
    """A minutes PDF of ``pages`` pages and the action rows it holds."""
    import fpdf

    rng = random.Random(seed)
    sentences = _sentences()
    pdf = fpdf.FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=10)
    all_rows = []
    for page in range(1, pages + 1):
        pdf.add_page()
        y = 20.0
        for _ in range(3):
            y = _paragraph(pdf, rng.choice(sentences), 15, y, 180, gaps) + 3
        rows = _rows(rng, sentences, 6)
        all_rows += rows
        for row in [("No", "Action", "Owner", "Due"), *rows]:
            y = _table_row(pdf, row, y, gaps)
        pdf.text(15, 282, FOOTER)
        pdf.text(95, 289, f"Page {page} of {pages}")
    return bytes(pdf.output()), all_rows


def _wrap(pdf, text: str, width: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if pdf.get_string_width(trial) > width and line:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line] if line else lines


def _write(pdf, x: float, y: float, line: str, gaps: bool) -> None:
    if not gaps:
        pdf.text(x, y, line)
        return
    for word in line.split():  # one text object per word: no space characters
        pdf.text(x, y, word)
        x += pdf.get_string_width(word) + pdf.get_string_width(" ")


def _paragraph(pdf, text: str, x: float, y: float, width: float, gaps: bool) -> float:
    for line in _wrap(pdf, text, width):
        _write(pdf, x, y + 4, line, gaps)
        y += 5
    return y


def _table_row(pdf, row: tuple[str, ...], y: float, gaps: bool) -> float:
    wrapped = [_wrap(pdf, cell, width - 3) for cell, width in zip(row, WIDTHS, strict=True)]
    height = 5 * max(len(w) for w in wrapped) + 2
    x = 15.0
    for lines, width in zip(wrapped, WIDTHS, strict=True):
        pdf.rect(x, y, width, height)
        for i, line in enumerate(lines):
            _write(pdf, x + 1.5, y + 5 + 5 * i, line, gaps)
        x += width
    return y + height


def make_docx(pages: int, seed: int = 1) -> tuple[bytes, list[tuple[str, ...]]]:
    import docx

    rng = random.Random(seed)
    sentences = _sentences()
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = FOOTER
    all_rows = []
    for _ in range(pages):
        document.add_heading("Matters arising", level=2)
        for _ in range(3):
            document.add_paragraph(rng.choice(sentences))
        document.add_paragraph(rng.choice(sentences), style="List Bullet")
        rows = _rows(rng, sentences, 6)
        all_rows += rows
        table = document.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ("No", "Action", "Owner", "Due"),
                              strict=True):
            cell.text = text
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
        document.add_page_break()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue(), all_rows


# ---------------------------------------------------------------------- readers


def ours(path: Path) -> list[str]:
    from reminders.minutes.read import read_lines

    return [text for _, text in read_lines(path)]


def pdftotext(path: Path) -> list[str]:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8", "replace").splitlines()


def pypdf_text(path: Path) -> list[str]:
    import pypdf

    reader = pypdf.PdfReader(str(path))
    return "\n".join(page.extract_text() or "" for page in reader.pages).splitlines()


def pdfplumber_today(path: Path) -> list[str]:
    """The reader this one replaced: pdfplumber's tables and text lines per page."""
    import pdfplumber

    out = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            tables = page.find_tables()
            boxes = [t.bbox for t in tables]

            def outside(obj, boxes=boxes) -> bool:
                x = (obj.get("x0", 0) + obj.get("x1", 0)) / 2
                y = (obj.get("top", 0) + obj.get("bottom", 0)) / 2
                return not any(a <= x <= c and b <= y <= d for a, b, c, d in boxes)

            placed = [(line["top"], line["text"]) for line in
                      (page.filter(outside) if boxes else page).extract_text_lines()]
            for table, box in zip(tables, boxes, strict=True):
                for i, row in enumerate(table.extract()):
                    cells = [" ".join((cell or "").split()) for cell in row]
                    if any(cells):
                        placed.append((box[1] + i * 0.001, "\t".join(cells)))
            out += [text for _, text in sorted(placed, key=lambda item: item[0])]
    return out


def plain_python_docx(path: Path) -> list[str]:
    """What python-docx gives at the same fidelity: paragraphs and table cells in order."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    lines = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                lines.append("\t".join(cell.text for cell in row.cells))
    return lines


# ---------------------------------------------------------------------- measures


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9/]+", text.casefold()))


def whole_share(lines: list[str], rows: list[tuple[str, ...]]) -> float:
    """Share of rows whose action, owner and due date sit together on one output line."""
    normalised = [f" {_norm(line)} " for line in lines]
    kept = 0
    for _, action, owner, due in rows:
        parts = [_norm(action), _norm(owner), _norm(due)]
        if any(all(f" {p} " in line for p in parts) for line in normalised):
            kept += 1
    return kept / len(rows) if rows else 1.0


def timed(reader: Callable[[Path], list[str]], path: Path, repeat: int = 1):
    best, lines = float("inf"), []
    for _ in range(repeat):
        started = time.perf_counter()
        lines = reader(path)
        best = min(best, time.perf_counter() - started)
    return best, lines


PDF_READERS = {"ours": ours, "pdftotext": pdftotext, "pypdf": pypdf_text,
               "pdfplumber (before)": pdfplumber_today}


def bench_pdfs(tmp: Path, sizes: list[int]) -> None:
    print("\n## Generated PDFs: seconds per page, rows kept whole")
    print("| file | pages | " + " | ".join(PDF_READERS) + " | ours / pdftotext |")
    print("|---|---|" + "---|" * (len(PDF_READERS) + 1))
    sets = [("fpdf2", False), ("fpdf2, no space chars", True)]
    for label, gaps in sets:
        for pages in sizes:
            data, rows = make_pdf(pages, gaps=gaps)
            path = tmp / f"gen-{int(gaps)}-{pages}.pdf"
            path.write_bytes(data)
            _row(f"{label}", path, pages, rows)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("| LibreOffice | - | not installed (apt-get install libreoffice-writer-nogui) |")
        return
    for pages in sizes:
        data, rows = make_docx(pages)
        source = tmp / f"lo-{pages}.docx"
        source.write_bytes(data)
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp),
                        str(source)], capture_output=True, check=True, timeout=300)
        path = source.with_suffix(".pdf")
        import pypdfium2

        real_pages = len(pypdfium2.PdfDocument(str(path)))
        _row("LibreOffice", path, real_pages, rows)


def _row(label: str, path: Path, pages: int, rows) -> None:
    cells, seconds = [], {}
    for name, reader in PDF_READERS.items():
        spent, lines = timed(reader, path, repeat=3 if pages < 20 else 1)
        seconds[name] = spent
        cells.append(f"{spent / pages:.4f} s, {whole_share(lines, rows):.0%}")
    ratio = seconds["ours"] / seconds["pdftotext"]
    print(f"| {label} | {pages} | " + " | ".join(cells) + f" | {ratio:.1f}x |")


def bench_formats() -> None:
    files = sorted((FORMATS / "files").glob("*.pdf"))
    if not files:
        print("\n(no dev set formats/ here)")
        return
    gold = json.loads((FORMATS / "gold.json").read_text(encoding="utf-8"))["documents"]
    import pypdfium2

    print("\n## The dev set's real PDFs: seconds per page, gold actions kept whole")
    print("| file | pages | " + " | ".join(PDF_READERS) + " |")
    print("|---|---|" + "---|" * len(PDF_READERS))
    for path in files:
        pages = len(pypdfium2.PdfDocument(str(path)))
        actions = gold.get(path.name, {}).get("actions", [])
        cells = []
        for reader in PDF_READERS.values():
            try:
                spent, lines = timed(reader, path)
            except Exception as exc:  # a reader's failure is a result here
                cells.append(f"failed ({type(exc).__name__})")
                continue
            share = _gold_share(lines, actions) if actions else None
            cells.append(f"{spent / pages:.4f} s" + (f", {share:.0%}" if share is not None
                                                     else ""))
        print(f"| {path.name[:28]} | {pages} | " + " | ".join(cells) + " |")


def _gold_share(lines: list[str], actions: list[dict]) -> float:
    normalised = [_norm(line) for line in lines]
    kept = 0
    for action in actions:
        head = " ".join(_norm(action["text"]).split()[:5])
        owners = [_norm(o) for group in action.get("owners", []) for o in group]
        if any(head in line and (not owners or any(o and o in line for o in owners))
               for line in normalised):
            kept += 1
    return kept / len(actions)


def bench_docx(tmp: Path, pages: int) -> None:
    data, rows = make_docx(pages)
    path = tmp / "fifty.docx"
    path.write_bytes(data)
    plain, plain_lines = timed(plain_python_docx, path, repeat=3)
    mine, my_lines = timed(ours, path, repeat=3)
    print(f"\n## .docx of {pages} pages ({len(rows)} action rows)")
    print("| reader | seconds | rows kept whole |\n|---|---|---|")
    print(f"| plain python-docx | {plain:.3f} | {whole_share(plain_lines, rows):.0%} |")
    print(f"| ours | {mine:.3f} | {whole_share(my_lines, rows):.0%} |")
    print(f"ratio ours / python-docx: {mine / plain:.2f}x")


def bench_reingest(tmp: Path, count: int) -> None:
    from reminders import config
    from reminders.ingest import ingest_file
    from reminders.store import Store
    from reminders.watch import Watcher
    from reminders.watch_memory import FileMemory

    folder = tmp / "inbox"
    folder.mkdir()
    sentences = _sentences()
    rng = random.Random(3)
    for i in range(count):
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        body = "\n".join(f"ACTION: {rng.choice(OWNERS)} to {rng.choice(sentences)[:90]}"
                         for _ in range(4))
        (folder / f"m{i:04}.txt").write_text(
            f"Committee meeting {i}\nDate: {day} {_MONTHS[month - 1]} {2000 + i // 336}\n"
            f"{body}\n", encoding="utf-8")
    (tmp / "config.toml").write_text(
        'database = "sqlite:///bench.db"\n[mail]\nfrom = "r@example.org"\n'
        'secretariat = ["s@example.org"]\n[recipients.CC]\nname = "CC"\n'
        'to = ["cc@example.org"]\n', encoding="utf-8")
    cfg = config.load(tmp / "config.toml")
    store = Store(cfg.database_url)
    files = sorted(folder.iterdir())
    started = time.perf_counter()
    for path in files:
        ingest_file(store, path, cfg)
    first = time.perf_counter() - started
    started = time.perf_counter()
    statuses = [ingest_file(store, path, cfg).status for path in files]
    again = time.perf_counter() - started
    print(f"\n## Re-ingesting {count} unchanged files")
    print(f"first ingest {first:.2f} s, again {again:.2f} s "
          f"({again / first:.1%} of the first; {statuses.count('unchanged')} unchanged)")
    half = files[:count // 2]
    memory = FileMemory(store)
    calls: list[Path] = []
    watcher = Watcher(folder, lambda p: calls.append(p) or ingest_file(store, p, cfg),
                      memory=memory)
    for path in files[count // 2:]:
        path.unlink()
    watcher.scan()  # the first start: takes in the folder
    calls.clear()
    started = time.perf_counter()
    Watcher(folder, lambda p: calls.append(p) or ingest_file(store, p, cfg),
            memory=FileMemory(store)).scan()
    print(f"a daemon start with {len(half)} ingested files in its folder: "
          f"{len(calls)} read, {time.perf_counter() - started:.3f} s")


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000, help="files for the re-ingest run")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    args = parser.parse_args()
    sizes = [1, 5] if args.quick else [1, 10, 50]
    with tempfile.TemporaryDirectory(prefix="reminders-bench-") as tmp:
        bench_pdfs(Path(tmp), sizes)
        bench_formats()
        bench_docx(Path(tmp), 5 if args.quick else 50)
        bench_reingest(Path(tmp), 40 if args.quick else args.files)


if __name__ == "__main__":
    main()
