"""`reminders history`, `review`, `report`, `ingest --history` and the safer register edits,
through the CLI, on SQLite and PostgreSQL; the report's files are opened and read back."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from docx import Document
from freezegun import freeze_time

from reminders.cli import main
from tests.conftest import need_shared
from tests.ingested import examples_url, template, write_config  # noqa: F401 (fixtures)


def _runner(tmp_path: Path, monkeypatch, url: str, capsys):
    monkeypatch.setenv("REMINDERS_DATABASE", url)
    config = write_config(tmp_path)

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        with freeze_time("2026-12-01 09:00:00"):
            code = main(["--config", str(config), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def ingested(tmp_path, monkeypatch, examples_url, capsys):  # noqa: F811
    """The CLI on a database holding the three example meetings (SQLite, PostgreSQL)."""
    return _runner(tmp_path, monkeypatch, examples_url, capsys)


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):
    """The CLI on an empty SQLite database."""
    return _runner(tmp_path, monkeypatch, f"sqlite:///{tmp_path / 'r.db'}", capsys)


def _ref(cli, words: str) -> str:
    import json

    _, out, _ = cli("actions", "--status", "all", "--json")
    found = [a["ref"] for a in json.loads(out) if words in a["text"]]
    assert len(found) == 1
    return found[0]


def test_history_prints_extraction_update_and_closure_with_the_minuted_words(ingested):
    ref = _ref(ingested, "101 abandonment rate")
    code, out, _ = ingested("history", ref)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(f"{ref}  done")
    assert "extracted (minutes)" in lines[2] and "2026-09-08_assurance.txt line 40" in lines[2]
    assert "re-dated by the minutes" in out and '"not yet due. To be taken at the November' in out
    assert "closed (minutes)  Monthly Assurance Meeting November 2026" in out
    assert "within the target of 8%. Closed." in out


def test_secretariat_changes_are_appended_to_the_history(ingested):
    ref = _ref(ingested, "ward surgeries pilot")
    note = "agreed with the T/Ch Supt"
    assert ingested("edit", ref, "--due", "2027-01-15", "--note", note)[0] == 0
    assert ingested("close", ref, "--note", "report received")[0] == 0
    assert ingested("reopen", ref, "--note", "report incomplete")[0] == 0
    _, out, _ = ingested("history", ref)
    kinds = [line.split("  ")[1] for line in out.splitlines()[2:] if line[:2] == "20"]
    assert kinds == ["extracted (minutes)", "edited (secretariat)", "closed (secretariat)",
                     "reopened (secretariat)"]
    assert '"report received"' in out and "agreed with the T/Ch Supt" in out


def test_closing_a_closed_action_says_so(ingested):
    ref = _ref(ingested, "take-up of the online crime reporting")
    code, _, err = ingested("close", ref)
    assert code == 1
    assert f"{ref} is already closed" in err and "minutes of 12 October 2026" in err


def test_edit_refuses_an_owner_with_no_recipient_unless_forced(ingested):
    ref = _ref(ingested, "ward surgeries pilot")
    code, _, err = ingested("edit", ref, "--owner", "ZZ")
    assert code == 1 and "owner ZZ has no recipient" in err
    code, _, err = ingested("edit", ref, "--owner", "ZZ", "--force")
    assert code == 0 and "warning: ZZ has no recipient" in err


def test_edit_normalises_owner_codes_to_the_configured_case(ingested):
    ref = _ref(ingested, "ward surgeries pilot")
    code, out, _ = ingested("edit", ref, "--owner", "acc", "--owner", "Deputy Chief Constable")
    assert code == 0 and "owners ACC,DCC" in out


def test_edit_refuses_empty_words(ingested):
    ref = _ref(ingested, "ward surgeries pilot")
    code, _, err = ingested("edit", ref, "--text", "  ")
    assert code == 1 and "--text is empty" in err


def test_a_date_set_by_the_secretariat_keeps_the_minuted_words_in_the_digest(ingested):
    ref = _ref(ingested, "PCSO vacancies")
    ingested("edit", ref, "--due", "2026-12-10")
    _, out, _ = ingested("digest", "--on", "2026-12-01", "--owner", "DCC")
    assert 'the secretariat (minuted: "by the end of the month")' in " ".join(out.split())


def test_review_lists_then_decides(ingested):
    code, out, _ = ingested("review")
    assert code == 0
    assert out.startswith("1. Monthly Assurance Meeting September 2026")
    assert "matches no earlier action of this series" in out
    assert "reported: ACC to share the rural crime team's seasonal deployment plan" in out
    code, out, _ = ingested("review", "1", "new")
    assert code == 0 and "stored as new action A-" in out
    assert ingested("review")[1].strip() == "nothing waits for review"
    code, _, err = ingested("review", "1", "dismiss")
    assert code == 1 and "already decided (new)" in err


def test_review_pick_applies_the_update_to_the_chosen_action(ingested):
    ref = _ref(ingested, "report back within 12 weeks")
    code, out, _ = ingested("review", "1", "pick", ref)
    assert code == 0 and f"applied to {ref} (closed); now done" in out
    _, out, _ = ingested("history", ref)
    assert "closed (secretariat)" in out and "Complete." in out
    assert ingested("review", "1", "accept")[0] == 1


def test_review_pick_needs_a_reference(ingested):
    code, _, err = ingested("review", "1", "pick")
    assert code == 1 and "pick takes the action's reference" in err


def _sections(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("## ")]


def test_report_in_markdown_lists_outstanding_then_closed_since_the_last_meeting(ingested):
    code, out, _ = ingested("report", "--on", "2026-11-20")
    assert code == 0
    assert out.startswith("# Outstanding actions as at 20 November 2026")
    assert _sections(out) == ["## Outstanding actions", "## Closed since 10 November 2026"]
    outstanding, closed = out.split("## Closed since")
    assert "neighbourhood abstraction figures" in outstanding
    assert "figures were presented for two districts only" in outstanding
    assert "101 abandonment rate" in closed and "by the minutes of 10 November 2026" in closed
    assert "take-up of the online" not in out  # closed before the previous meeting


def test_report_filters_by_owner_and_series(ingested):
    _, out, _ = ingested("report", "--owner", "ACC", "--series", "Monthly Assurance Meeting")
    rows = [line for line in out.splitlines() if line.startswith("| A-")]
    assert rows and all("| ACC" in row or ", ACC" in row for row in rows)
    _, out, _ = ingested("report", "--series", "Audit Committee")
    assert "| A-" not in out


def test_report_as_docx_is_a_word_table(ingested, tmp_path):
    path = tmp_path / "action-log.docx"
    code, out, _ = ingested("report", "-o", str(path), "--on", "2026-11-20")
    assert code == 0 and "outstanding" in out
    document = Document(str(path))
    assert document.paragraphs[0].text == "Outstanding actions as at 20 November 2026"
    outstanding, closed = document.tables
    header = [c.text for c in outstanding.rows[0].cells]
    assert header[:4] == ["Ref", "Meeting", "Item", "Action"]
    assert "Latest update" in header
    texts = [row.cells[3].text for row in outstanding.rows[1:]]
    assert any("neighbourhood abstraction figures" in t for t in texts)
    assert not any("101 abandonment" in t for t in texts)
    assert any("101 abandonment" in row.cells[3].text for row in closed.rows[1:])


def test_report_as_csv_has_a_section_column(ingested, tmp_path):
    path = tmp_path / "log.csv"
    assert ingested("report", "-o", str(path), "--on", "2026-11-20")[0] == 0
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert {r["Section"] for r in rows} == {"Outstanding actions",
                                           "Closed since 10 November 2026"}
    late = next(r for r in rows if "abstraction" in r["Action"])
    assert (late["Owner"], late["Status"], late["Update of"]) == ("ACC", "overdue 10 days",
                                                                 "10 Nov 2026")


def test_report_as_html_is_escaped_and_printable(ingested, tmp_path):
    ref = _ref(ingested, "ward surgeries pilot")
    ingested("edit", ref, "--text", "Review the <b>pilot</b> & report")
    path = tmp_path / "log.html"
    assert ingested("report", "--format", "html", "-o", str(path))[0] == 0
    html = path.read_text(encoding="utf-8")
    assert "@page { size: A4 landscape" in html
    assert "Review the &lt;b&gt;pilot&lt;/b&gt; &amp; report" in html
    assert "<b>pilot</b>" not in html


def test_report_docx_needs_a_file(ingested):
    code, _, err = ingested("report", "--format", "docx")
    assert code == 1 and "needs a file" in err


def test_ingest_of_past_minutes_says_how_to_import_them_as_history(cli):
    minutes = str(need_shared() / "minutes")
    _, out, _ = cli("ingest", minutes)
    assert "already overdue by more than 28 days" in out
    assert "reminders ingest --history" in out


def test_ingest_history_chases_nothing_old(cli):
    minutes = str(need_shared() / "minutes")
    code, out, _ = cli("ingest", "--history", minutes)
    assert code == 0
    assert "already overdue" not in out and "archived as history" in out
    assert cli("actions")[1].strip() == "no open actions"
    _, out, _ = cli("send", "--dry-run")
    assert "escalated" not in out.replace("0 escalated", "")
    _, out, _ = cli("report")
    assert "## Open in past minutes, imported as history (not chased)" in out


def test_a_sent_digest_is_in_the_history_of_each_action_it_listed(ingested):
    ref = _ref(ingested, "neighbourhood abstraction figures")
    code, out, _ = ingested("send", "--on", "2026-11-30")
    assert code == 0, out
    _, out, _ = ingested("history", ref)
    listed = [line for line in out.splitlines() if "in a digest (digest)" in line]
    assert len(listed) == 1 and "to ACC (slot 2026-11-30 07:30)" in listed[0]


def test_the_digest_shows_the_latest_update_and_the_meeting_it_came_from(ingested):
    _, out, _ = ingested("digest", "--on", "2026-12-01", "--owner", "ACC")
    text = " ".join(out.split())
    assert ("Update: figures were presented for two districts only; the remaining districts "
            "will follow. Ongoing. (minutes of 10 November 2026)") in text


def test_archived_actions_are_listed_and_can_be_chased_again(cli):
    cli("ingest", "--history", str(need_shared() / "minutes" / "2021-10-04_assurance.txt"))
    _, out, _ = cli("actions", "--status", "archived")
    refs = [line.split()[0] for line in out.splitlines() if line.startswith("A-")]
    assert refs and all(" archived " in line for line in out.splitlines()
                        if line.startswith("A-"))
    assert cli("reopen", refs[0])[0] == 0
    assert refs[0] in cli("actions")[1]


def test_status_says_how_many_reports_wait_for_review(ingested):
    code, out, _ = ingested("status")
    assert code == 0
    assert "review:          1 matters-arising report(s) waiting (`reminders review`)" in out
