"""PDFs as bodies publish them, each made here with fpdf2: spaces that are only glyph gaps,
repeated footers and page numbers, tables crossing a page break, margin hyphenation, two
actions in one cell, a page border; a scan read by OCR; and the real cairo file 07."""

from __future__ import annotations

import json
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from reminders.errors import MinutesError
from reminders.minutes import extract
from reminders.minutes.read import read_lines

fpdf = pytest.importorskip("fpdf")
FORMATS = Path(__file__).resolve().parents[2] / "shared" / "devset" / "formats"


def new_pdf():
    pdf = fpdf.FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=11)
    return pdf


def gap_words(pdf, x: float, y: float, line: str) -> None:
    """Each word its own text object: the text layer holds no space character at all,
    as in cairo and some "Print to PDF" files; only the gaps say where words end."""
    for word in line.split():
        pdf.text(x, y, word)
        x += pdf.get_string_width(word) + pdf.get_string_width(" ")


def texts(path: Path) -> list[str]:
    return [text for _, text in read_lines(path)]


def test_a_text_layer_without_space_characters_reads_with_its_spaces(tmp_path: Path):
    pdf = new_pdf()
    pdf.add_page()
    lines = ["Finance Committee", "Date: 12 March 2024",
             "ACTION: JB to send the audit letter by 30 April 2024."]
    for i, line in enumerate(lines):
        gap_words(pdf, 20, 30 + 8 * i, line)
    path = tmp_path / "gaps.pdf"
    pdf.output(str(path))
    assert b"audit letter" not in path.read_bytes()  # really no spaces in the text layer

    assert texts(path) == lines
    (action,) = extract(path).actions
    assert (action.owners, action.due) == (("JB",), date(2024, 4, 30))


def ruled_row(pdf, y: float, cells: list[str], widths: list[float], height: float = 8):
    x = 15
    for text, width in zip(cells, widths, strict=True):
        pdf.rect(x, y, width, height)
        pdf.text(x + 1.5, y + 5.5, text)
        x += width


def test_footers_and_page_numbers_go_and_a_row_cut_by_the_page_break_is_joined(tmp_path):
    pdf = new_pdf()
    widths = [20, 110, 30]
    footer = ["Parish Clerk: Cathy Fleet", "Westfield Farm Cottage, OX25 4SS"]
    for page in range(1, 4):
        pdf.add_page()
        if page == 1:
            pdf.text(15, 20, "Minutes of the Parish Council, 12 March 2024")
            ruled_row(pdf, 30, ["No", "Action", "Owner"], widths)
            for i in range(20):
                ruled_row(pdf, 38 + 8 * i, [f"1.{i}", f"Item {i} to be checked", "NO"], widths)
            ruled_row(pdf, 38 + 8 * 20, ["2.1", "AS to order the replacement signs for",
                                         "AS"], widths)
        elif page == 2:
            ruled_row(pdf, 20, ["", "the playing field", ""], widths)
            ruled_row(pdf, 28, ["2.2", "JH to mend the dog bin", "JH"], widths)
            pdf.text(15, 50, "The meeting closed at 9pm.")
        else:
            pdf.text(15, 20, "Appendix: none.")
        for i, line in enumerate(footer):
            pdf.text(15, 270 + 5 * i, line)
        pdf.text(100, 288, f"Page {page} of 3")
    path = tmp_path / "footer.pdf"
    pdf.output(str(path))

    lines = texts(path)

    assert not any("Cathy Fleet" in line or "Westfield" in line for line in lines)
    assert not any("Page " in line for line in lines)
    assert "2.1\tAS to order the replacement signs for the playing field\tAS" in lines
    assert "2.2\tJH to mend the dog bin\tJH" in lines
    assert lines[-1] == "Appendix: none."


def test_margin_hyphenation_is_rejoined_but_compounds_keep_their_hyphen(tmp_path: Path):
    pdf = new_pdf()
    pdf.add_page()
    for i, line in enumerate(["The clerk will take appro-", "priate steps on the pre-",
                              "existing fence and the 2023-", "24 budget."]):
        pdf.text(20, 30 + 6 * i, line)
    path = tmp_path / "hyphens.pdf"
    pdf.output(str(path))

    assert texts(path) == [
        "The clerk will take appropriate steps on the pre-existing fence and the 2023-",
        "24 budget.",
    ]


def wrapped(pdf, text: str, width: float) -> list[str]:
    """``text`` broken into lines as a word processor breaks it: each word that does not fit
    in ``width`` (mm) starts the next line."""
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and pdf.get_string_width(trial) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line]


def test_a_paragraph_wrapped_before_a_capital_reads_as_one_line(tmp_path: Path):
    pdf = new_pdf()
    pdf.add_page()
    pdf.text(20, 12, "Minutes of the Parish Council, 12 March 2024")
    pdf.text(20, 20, "Footpaths")
    paragraph = ("The clerk reported that the footpath between the church and the allotments has "
                 "been blocked by fallen branches for several weeks. NO will ask the rights of way "
                 "team at Oxfordshire County Council to clear the path before 30 April 2024.")
    lines = wrapped(pdf, paragraph, 170)
    assert lines[1].endswith("Oxfordshire County") and lines[2].startswith("Council to")
    for i, line in enumerate(lines):
        pdf.text(20, 30 + 5 * i, line)
    path = tmp_path / "wrapped.pdf"
    pdf.output(str(path))

    assert texts(path) == ["Minutes of the Parish Council, 12 March 2024", "Footpaths", paragraph]
    (action,) = extract(path).actions
    assert action.text == ("NO will ask the rights of way team at Oxfordshire County Council to "
                           "clear the path before 30 April 2024.")
    assert action.owners == ("NO",)


def test_short_lines_and_list_items_are_not_joined_to_the_line_above(tmp_path: Path):
    pdf = new_pdf()
    pdf.add_page()
    names = ["Present:", "Cllr Alan Smith (AS) Chair", "Cllr John Hoodless (JH)",
             "Nick Oakhill (NO)", "Cathy Fleet (CF) Clerk"]
    item = wrapped(pdf, "1. NO to ask the rights of way team at Oxfordshire County Council "
                        "to clear the path between the church and the allotments", 170)[0]
    first = [*names, item, "2. AS to order the replacement signs for the playing field.",
             "The footpath between the church and the allotments has been cleared of fallen "
             "branches in March.", "The signs are on order."]
    for i, line in enumerate(first):
        pdf.text(20, 20 + 5 * i, line)
    assert pdf.get_string_width(item) > 160  # the item and the sentence reach the margin
    assert pdf.get_string_width(first[-2]) > 165
    pdf.add_page()  # a page of short lines only: the longest is not a margin to wrap at
    address = ["Parish Clerk: Cathy Fleet", "Westfield Farm Cottage", "Fenway",
               "Steeple Aston", "Bicester", "OX25 4SS"]
    for i, line in enumerate(address):
        pdf.text(20, 20 + 5 * i, line)
    path = tmp_path / "short.pdf"
    pdf.output(str(path))

    assert texts(path) == first + address


def test_a_cell_with_two_actions_is_two_rows_and_a_page_border_is_not_a_table(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    pdf.rect(5, 5, 200, 287)  # the page border
    pdf.text(15, 20, "Parish Council, 9 October 2018")
    widths = [25, 120, 20]
    ruled_row(pdf, 30, ["No", "Action", "Owner"], widths)
    for x, width in zip([15, 40, 160], widths, strict=True):
        pdf.rect(x, 38, width, 16)
    pdf.text(16.5, 43.5, "10.18.04")
    pdf.text(41.5, 43.5, "NO to arrange for slate to be replaced")
    pdf.text(41.5, 50.5, "JH to reinstate noticeboard")
    pdf.text(161.5, 43.5, "NO JH")
    pdf.text(15, 70, "Other business: none.")
    path = tmp_path / "cell.pdf"
    pdf.output(str(path))

    lines = texts(path)

    assert lines == [
        "Parish Council, 9 October 2018",  # not one cell of a page-sized table
        "No\tAction\tOwner",
        "10.18.04\tNO to arrange for slate to be replaced\tNO",
        "10.18.04\tJH to reinstate noticeboard\tJH",
        "Other business: none.",
    ]
    assert [(a.text, a.owners) for a in extract(path).actions] == [
        ("NO to arrange for slate to be replaced", ("NO",)),
        ("JH to reinstate noticeboard", ("JH",)),
    ]


def test_the_cairo_file_07_reads_with_spaces_and_its_dates(tmp_path: Path):
    path = FORMATS / "files" / "07_souldern-pc-2023-08-31.pdf"
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing: the shared dev set must be checked out in CI")
        pytest.skip(f"{path} is not here (the shared dev set)")
    gold = json.loads((FORMATS / "gold.json").read_text(encoding="utf-8"))
    doc = gold["documents"][path.name]

    text = "\n".join(texts(path))
    got = extract(path)

    assert "AS to action 20mph limit" in text and "AStoaction" not in text
    assert "Parish Clerk : Cathy Fleet" not in text  # the footer of every page
    assert "Westfield Farm Cottage" not in text
    assert str(got.meeting.date) == doc["meeting"]["date"] == "2023-08-31"
    assert str(got.meeting.next_meeting) == doc["meeting"]["next_meeting"]


def test_a_scanned_page_is_read_by_ocr(tmp_path: Path):
    if shutil.which("tesseract") is None or shutil.which("pdftoppm") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("tesseract/pdftoppm missing: make test installs tesseract-ocr, "
                        "poppler-utils")
        pytest.skip("needs tesseract-ocr and poppler-utils (apt-get install them)")
    from PIL import Image

    pdf = fpdf.FPDF(format=(105, 148))  # a small page: OCR time grows with the pixels
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    for i, line in enumerate(["Finance Committee", "Date: 12 March 2024",
                              "ACTION: JB to send the audit letter by 30 April 2024."]):
        pdf.text(6, 20 + 8 * i, line)
    text_pdf = tmp_path / "text.pdf"
    pdf.output(str(text_pdf))
    # Rasterise it: the scan is a picture of the page with no text layer.
    import pypdfium2

    image = pypdfium2.PdfDocument(str(text_pdf))[0].render(scale=200 / 72).to_pil()
    scan = fpdf.FPDF(format=(105, 148))
    scan.add_page()
    scan.image(image.convert("L"), x=0, y=0, w=105, h=148)
    path = tmp_path / "scan.pdf"
    scan.output(str(path))
    assert isinstance(image, Image.Image)

    (action,) = extract(path).actions
    assert "audit letter" in action.text
    assert (action.owners, action.due) == (("JB",), date(2024, 4, 30))


def test_a_scan_without_tesseract_is_the_clear_needs_ocr_error(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract, no pdftoppm on it
    from PIL import Image

    pdf = new_pdf()
    pdf.add_page()
    pdf.image(Image.new("L", (400, 200), 200), x=20, y=20, w=100)  # a picture, no text
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))

    with pytest.raises(MinutesError) as caught:
        read_lines(path)
    assert "scan.pdf" in str(caught.value) and "needs OCR" in str(caught.value)
