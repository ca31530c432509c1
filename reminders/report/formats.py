"""Writing the action log: printable HTML, Word (.docx), CSV and Markdown.

The same rows in every format. HTML is autoescaped by Jinja and prints on A4 landscape;
the .docx is a real Word table (python-docx) a clerk can edit before tabling it; the CSV has
one row per action with a "section" column so a spreadsheet can filter it.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from jinja2 import Environment, select_autoescape

from reminders.clock import long_date
from reminders.report import COLUMNS, Report, Row

FORMATS = ("html", "docx", "csv", "md")


def sections(report: Report) -> list[tuple[str, tuple[Row, ...]]]:
    since = f" since {long_date(report.since)}" if report.since else ""
    found = [("Outstanding actions", report.outstanding), (f"Closed{since}", report.closed)]
    if report.archived:
        found.append(("Open in past minutes, imported as history (not chased)", report.archived))
    return found


def heading(report: Report) -> str:
    return f"{report.title} as at {long_date(report.on)}" + (
        f" ({report.filters})" if report.filters else "")


def to_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(("Section", *COLUMNS))
    for title, rows in sections(report):
        for row in rows:
            writer.writerow((title, *row.cells()))
    return out.getvalue()


def _md(value: str) -> str:
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def to_markdown(report: Report) -> str:
    lines = [f"# {heading(report)}", ""]
    for title, rows in sections(report):
        lines += [f"## {title}", ""]
        if not rows:
            lines += ["None.", ""]
            continue
        lines += ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
        lines += ["| " + " | ".join(_md(c) for c in row.cells()) + " |" for row in rows]
        lines.append("")
    return "\n".join(lines)


_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ heading }}</title>
<style>
@page { size: A4 landscape; margin: 12mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; color: #222; }
h1 { font-size: 15pt; } h2 { font-size: 12pt; margin-top: 18pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 3pt 4pt; vertical-align: top; text-align: left; }
th { background: #e8ecf4; } tr { page-break-inside: avoid; }
thead { display: table-header-group; }
</style></head><body>
<h1>{{ heading }}</h1>
{% for title, rows in sections %}
<h2>{{ title }}</h2>
{% if rows %}
<table><thead><tr>{% for c in columns %}<th>{{ c }}</th>{% endfor %}</tr></thead><tbody>
{% for row in rows %}<tr>{% for cell in row.cells() %}<td>{{ cell }}</td>{% endfor %}</tr>
{% endfor %}</tbody></table>
{% else %}<p>None.</p>{% endif %}
{% endfor %}
</body></html>
"""


def to_html(report: Report) -> str:
    env = Environment(autoescape=select_autoescape(default_for_string=True))
    return env.from_string(_HTML).render(heading=heading(report), sections=sections(report),
                                         columns=COLUMNS)


def to_docx(report: Report, path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(12))
    document.styles["Normal"].font.size = Pt(9)
    document.add_heading(heading(report), level=1)
    for title, rows in sections(report):
        document.add_heading(title, level=2)
        if not rows:
            document.add_paragraph("None.")
            continue
        table = document.add_table(rows=1, cols=len(COLUMNS))
        table.style = "Table Grid"
        for cell, name in zip(table.rows[0].cells, COLUMNS, strict=True):
            cell.text = name
            cell.paragraphs[0].runs[0].bold = True
        for row in rows:
            for cell, value in zip(table.add_row().cells, row.cells(), strict=True):
                cell.text = value
    document.save(str(path))


def write(report: Report, fmt: str, path: Path | None) -> str | None:
    """Write to ``path``; without one, return the text (not for .docx, which needs a file)."""
    if fmt == "docx":
        if path is None:
            raise ValueError("docx needs a file")
        to_docx(report, path)
        return None
    text = {"html": to_html, "csv": to_csv, "md": to_markdown}[fmt](report)
    if path is None:
        return text
    path.write_text(text, encoding="utf-8", newline="")
    return None
