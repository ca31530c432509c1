"""Scanned minutes (a PDF of page images, no text layer) read by OCR, when Tesseract is here.

An optional extra, not a dependency: the Tesseract and poppler command-line tools
(``apt-get install tesseract-ocr poppler-utils``). Each page is rasterised at 300 dpi by
``pdftoppm`` and read by ``tesseract``, one page at a time, each under the file's deadline
(the caller's ``run_limited`` kills the whole read when the file's time is up). Without the
tools the answer is the clear error it always was: this PDF needs OCR.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from reminders.errors import MinutesError

DPI = 300
PAGE_SECONDS = 120


def available() -> bool:
    return shutil.which("tesseract") is not None and shutil.which("pdftoppm") is not None


def ocr_pages(data: bytes, name: str, pages: int) -> list[list[str]]:
    """The text lines of each page of a scanned PDF."""
    if not available():
        raise MinutesError(
            f"{name}: no text found in the PDF (a scan?)",
            "it needs OCR: install Tesseract (apt-get install tesseract-ocr poppler-utils) "
            "or export the minutes with their text")
    out = []
    with tempfile.TemporaryDirectory(prefix="reminders-ocr-") as tmp:
        pdf = Path(tmp) / "in.pdf"
        pdf.write_bytes(data)
        for number in range(1, pages + 1):
            image = Path(tmp) / f"page-{number}"
            _run(["pdftoppm", "-r", str(DPI), "-gray", "-png", "-singlefile",
                  "-f", str(number), "-l", str(number), str(pdf), str(image)], name)
            text = _run(["tesseract", f"{image}.png", "stdout", "--psm", "4"], name)
            out.append([line.rstrip() for line in text.splitlines() if line.strip()])
    return out


def _run(command: list[str], name: str) -> str:
    try:
        done = subprocess.run(command, capture_output=True, timeout=PAGE_SECONDS, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise MinutesError(f"{name}: OCR failed ({type(exc).__name__})", "check the scan") from None
    if done.returncode != 0:
        error = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["?"]
        raise MinutesError(f"{name}: OCR failed ({command[0]}: {error[0][:120]})",
                           "check the scan")
    return done.stdout.decode("utf-8", "replace")
