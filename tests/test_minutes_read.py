"""Every input format, and every way a file can fail to be minutes. Fixtures are built in
tmp_path by the test itself (python-docx, fpdf2), never written into the source tree."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reminders.errors import MinutesError
from reminders.minutes import extract
from reminders.minutes.read import read_lines

MINUTES = """Finance Committee
Date: 12 March 2024
Present: Jane Brown (JB), Tom Smith (TS)

1. Audit
ACTION: JB to send the audit letter by 30 April 2024.
"""


def only_action(path: Path):
    got = extract(path)
    assert got.meeting.date == date(2024, 3, 12)
    (action,) = got.actions
    return action


@pytest.mark.parametrize("suffix", [".txt", ".md", ".text", ""])
def test_plain_text_and_markdown(tmp_path: Path, suffix: str):
    path = tmp_path / f"minutes{suffix}"
    path.write_text(MINUTES, encoding="utf-8")
    action = only_action(path)
    assert (action.owners, action.due, action.line) == (("JB",), date(2024, 4, 30), 6)


def test_html_keeps_lists_and_table_cells(tmp_path: Path):
    path = tmp_path / "minutes.html"
    path.write_text(
        "<html><body><h1>Finance Committee</h1>\n<p>Date: 12 March 2024</p>\n"
        "<p>Present:</p><table><tr><td>Jane Brown</td><td>Treasurer (JB)</td></tr></table>\n"
        "<p>Actions arising:</p>\n<ol>\n<li>Send the audit letter &amp; report (JB)</li>\n"
        "</ol>\n</body></html>\n", encoding="utf-8")
    action = only_action(path)
    assert action.text == "Send the audit letter & report (JB)"
    assert action.owners == ("JB",)
    assert action.line == 6  # the <li>'s line in the HTML file
    (jane,) = extract(path).meeting.attendees
    assert (jane.name, jane.capacity, jane.code) == ("Jane Brown", "Treasurer", "JB")


def test_docx_paragraphs_and_action_table_in_document_order(tmp_path: Path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Finance Committee")
    document.add_paragraph("Date: 12 March 2024")
    document.add_paragraph("ACTION: JB to send the audit letter by 30 April 2024.")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Action", "Owner", "Due date"], strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["Renew the insurance", "TS", "31/05/2024"],
                          strict=True):
        cell.text = text
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    got = extract(path)
    assert [(a.text, a.owners, a.due) for a in got.actions] == [
        ("JB to send the audit letter by 30 April 2024.", ("JB",), date(2024, 4, 30)),
        ("Renew the insurance", ("TS",), date(2024, 5, 31)),
    ]


def test_pdf_text_via_pdfplumber(tmp_path: Path):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in MINUTES.splitlines():
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "minutes.pdf"
    pdf.output(str(path))
    action = only_action(path)
    assert action.owners == ("JB",)
    assert action.due == date(2024, 4, 30)


def test_pdf_table_rows_keep_their_owner_cells(tmp_path: Path):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 8, "Date: 12 March 2024", new_x="LMARGIN", new_y="NEXT")
    with pdf.table() as table:
        for cells in (("Action", "Owner", "Due date"), ("Renew the insurance", "TS", "31/05/2024")):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    path = tmp_path / "log.pdf"
    pdf.output(str(path))
    (action,) = extract(path).actions
    assert (action.text, action.owners, action.due) == (
        "Renew the insurance", ("TS",), date(2024, 5, 31))


def test_windows_1252_text_is_read(tmp_path: Path):
    path = tmp_path / "minutes.txt"
    path.write_bytes(MINUTES.replace("Audit", "Café audit – review").encode("cp1252"))
    assert read_lines(path)[4] == (5, "1. Café audit – review")


def test_utf8_with_bom_is_read(tmp_path: Path):
    path = tmp_path / "minutes.txt"
    path.write_bytes(MINUTES.encode("utf-8-sig"))
    assert read_lines(path)[0] == (1, "Finance Committee")


def test_utf16_with_bom_is_read(tmp_path: Path):
    path = tmp_path / "minutes.txt"
    path.write_bytes(MINUTES.encode("utf-16"))
    assert only_action(path).owners == ("JB",)


def test_unknown_extension_is_read_as_text_when_it_is_text(tmp_path: Path):
    path = tmp_path / "minutes.notes"
    path.write_text(MINUTES, encoding="utf-8")
    assert only_action(path).owners == ("JB",)


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\n\t\n", "empty"),
        ("image.txt", bytes(range(256)) * 4, "binary"),
        ("bad.txt", b"\x81\x8d\x8f\x90\x9d" * 20, "not readable"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj <<>> garbage\n", "not a readable PDF"),
        ("fake.pdf", b"this is not a pdf at all", "not a readable PDF"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "not a readable Word"),
        ("old.doc", b"\xd0\xcf\x11\xe0 old word", "unsupported file type"),
    ],
)
def test_unreadable_files_raise_minutes_error_naming_the_file(
    tmp_path: Path, name: str, content: bytes, words: str
):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(MinutesError) as caught:
        extract(path)
    message = caught.value.message
    assert words in message
    assert "\n" not in message
    assert caught.value.hint
    if words != "unsupported file type":
        assert name in message


def test_missing_file_raises_minutes_error(tmp_path: Path):
    with pytest.raises(MinutesError, match="cannot be read"):
        extract(tmp_path / "nowhere.txt")


def test_pdf_without_text_says_it_needs_ocr(tmp_path: Path):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(MinutesError, match="no text"):
        extract(path)
