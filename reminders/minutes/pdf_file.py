"""A PDF file to numbered lines: open it with pdfium, read each page, drop the furniture.

A PDF with no text layer at all is a scan: it is read by OCR when Tesseract is installed,
else refused with the clear "needs OCR" error. Passwords, damaged cross-reference tables and
the like are pdfium's to detect; any failure of the library is the file's, one line.
"""

from __future__ import annotations

from reminders.errors import MinutesError
from reminders.minutes import ocr
from reminders.minutes.furniture import page_lines
from reminders.minutes.pdf_pages import PageText, Piece, read_pages

MAX_PAGES = 2000
_HINT = "open it and export it again as PDF, or give the .docx"


def pdf_lines(data: bytes, name: str) -> list[tuple[int, str]]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        why = "it is password-protected" if "password" in str(exc).lower() else str(exc)
        raise MinutesError(f"{name}: not a readable PDF ({why})", _HINT) from None
    try:
        count = len(document)
        if count > MAX_PAGES:
            raise MinutesError(f"{name}: {count} pages is more than minutes have ({MAX_PAGES})",
                               "split the file")
        try:
            pages = read_pages(document)
        except MinutesError:
            raise
        except Exception as exc:
            raise MinutesError(f"{name}: not a readable PDF ({type(exc).__name__})",
                               _HINT) from None
    finally:
        document.close()
    if count and not any(page.chars for page in pages) and any(page.images for page in pages):
        pages = [PageText(n, [Piece(float(i), text=line) for i, line in enumerate(lines)], 1)
                 for n, lines in enumerate(ocr.ocr_pages(data, name, count), 1)]
    lines = page_lines(pages)
    if not any(line.strip() for line in lines):
        raise MinutesError(f"{name}: no text found in the PDF", _HINT)
    return list(enumerate(lines, 1))
