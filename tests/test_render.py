"""Compose: golden emails, HTML that loads nothing from outside, text and HTML that agree,
headers no minuted words can break, and a calendar file that updates rather than duplicates.

Regenerate the golden files on purpose only: REMINDERS_REGEN_GOLDEN=1 pytest tests/test_render.py
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import re
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from icalendar import Calendar

from reminders.digest import Inputs
from reminders.errors import ConfigError
from reminders.planning import plan
from reminders.render import compose_digest, compose_overview, header_text, render
from tests.digest_helpers import action, load_config, meeting

GOLDEN = Path(__file__).parent / "golden"
MONDAY = date(2022, 3, 28)
SLOT = datetime(2022, 3, 28, 6, 30, tzinfo=UTC)  # 07:30 BST
WHEN = datetime(2022, 3, 28, 6, 30, 5, tzinfo=UTC)
OCT = meeting(id=1, warnings=json.dumps(["item 4: owner 'JI' is not in the attendance table"]))
ACTIONS = [
    action("Revisit in 6 months to seek reassurance of change around how SOC activity is "
           "publicised.", due=date(2022, 4, 4), id=42, item="1.2"),
    action("Provide the <b>LPPT</b> review findings & the decision\nto the governance board.",
           owners="CC,ACC", due=date(2022, 2, 1), id=7, item="2.2",
           due_words="by the end of January"),
    action("Update on the force's approach to Early Help Officers.", due=date(2022, 3, 14),
           id=12, item="2.2", due_words=None, basis="default"),
    action("Active discussion between PCC commissioning team and Chief Officers.",
           owners="PCC", due=date(2022, 3, 1), id=15, item="2.3"),
    action("Circulate the VPEG terms of reference.", owners="", due=None, id=16, item=None),
]


@pytest.fixture
def config(write_config):
    return load_config(write_config)


@pytest.fixture
def planned(config):
    return plan(Inputs([(a, OCT) for a in ACTIONS], [OCT]), config, MONDAY)


def digest_message(config, planned, code="CC"):
    return compose_digest(config, planned.digest_for(code), message_id="<golden@opcc.example.org>",
                          when=WHEN, slot=SLOT)


def overview_message(config, planned):
    return compose_overview(config, planned.overview, message_id="<golden@opcc.example.org>",
                            when=WHEN, slot=SLOT)


def normalised(message) -> str:
    """The wire form with the volatile parts (Message-ID, boundaries, Date) made constant."""
    text = message.as_bytes().decode("utf-8")
    for n, boundary in enumerate(dict.fromkeys(re.findall(r'boundary="([^"]+)"', text))):
        text = text.replace(boundary, f"BOUNDARY-{n}")
    text = re.sub(r"(?m)^Message-ID: .*$", "Message-ID: <MESSAGE-ID>", text)
    return re.sub(r"(?m)^Date: .*$", "Date: DATE", text).replace("\r\n", "\n")


@pytest.mark.parametrize("name", ["digest_cc", "overview"])
def test_emails_match_their_golden_files(config, planned, name):
    message = digest_message(config, planned) if name == "digest_cc" else overview_message(
        config, planned)
    golden = GOLDEN / f"{name}.eml"
    if os.environ.get("REMINDERS_REGEN_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(normalised(message), encoding="utf-8")
    assert golden.exists(), f"{golden} missing: run with REMINDERS_REGEN_GOLDEN=1 once"
    assert normalised(message) == golden.read_text(encoding="utf-8")


def test_subject_says_the_counts_after_the_prefix(config, planned):
    assert digest_message(config, planned)["Subject"] == (
        "[reminders] 2 overdue, 1 due soon: actions from the holding to account meetings")
    assert overview_message(config, planned)["Subject"].startswith(
        "[reminders] Overview, 3 overdue, 1 due soon, 2 without a recipient:")


def test_digest_is_text_and_html_alternatives_plus_a_calendar(config, planned):
    message = parse(digest_message(config, planned))
    assert message.get_content_type() == "multipart/mixed"
    body, attachment = message.iter_parts()
    assert [p.get_content_type() for p in body.iter_parts()] == ["text/plain", "text/html"]
    assert attachment.get_content_type() == "text/calendar"
    assert attachment.get_filename() == "deadlines.ics"
    assert message["Reply-To"] == "policy@opcc.example.org"
    assert message["Cc"] == "cex@opcc.example.org"  # A-0007 is escalated
    assert message["Auto-Submitted"] == "auto-generated"


def test_calendar_has_one_all_day_event_per_listed_deadline_with_stable_uids(config, planned):
    ics = parse(digest_message(config, planned)).get_payload()[1].get_content()
    events = Calendar.from_ical(ics).walk("VEVENT")
    assert {str(e["uid"]): e.decoded("dtstart") for e in events} == {
        "A-0007@opcc.example.org": date(2022, 2, 1),
        "A-0012@opcc.example.org": date(2022, 3, 14),
        "A-0042@opcc.example.org": date(2022, 4, 4),
    }
    later = plan(Inputs([(a, OCT) for a in ACTIONS]), config, date(2022, 4, 4))
    again = compose_digest(config, later.digest_for("CC"), message_id="<x@y>", when=WHEN,
                           slot=SLOT)
    uids = {str(e["uid"]) for e in Calendar.from_ical(
        parse(again).get_payload()[1].get_content()).walk("VEVENT")}
    assert "A-0042@opcc.example.org" in uids  # the same event next week: updated, not doubled


class Page(HTMLParser):
    """Collect the text and every tag and attribute of an HTML part."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.words: list[str] = []
        self.open: list[str] = []
        self.css = ""
        self.links: list[list] = []  # [text, attributes] of every <a>

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "a":
            self.links.append(["", dict(attrs)])
        if tag not in ("meta", "br"):
            self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open and self.open[-1] == tag, f"</{tag}> closes <{self.open[-1:]}>"
        self.open.pop()

    def handle_data(self, data):
        if self.open and self.open[-1] == "style":
            self.css += data
        elif not (self.open and self.open[-1] == "title"):
            self.words.append(data)
            if "a" in self.open:
                self.links[-1][0] += data

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.words).split())


def html_of(message) -> Page:
    page = Page()
    page.feed(parse(message).get_body(("html",)).get_content())
    page.close()
    assert page.open == [], f"unclosed tags: {page.open}"
    return page


@pytest.mark.parametrize("which", ["digest", "overview"])
def test_html_is_well_formed_and_loads_nothing_from_outside(config, planned, which):
    message = digest_message(config, planned) if which == "digest" else overview_message(
        config, planned)
    page = html_of(message)
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"link", "script", "img", "iframe", "object"}
    for _tag, attrs in page.tags:
        for name in ("src", "href", "background"):
            if name in attrs:
                assert attrs[name].startswith("mailto:"), attrs
        assert "url(" not in attrs.get("style", "")
    assert "url(" not in page.css and "@import" not in page.css
    assert any(tag == "table" for tag, _ in page.tags)  # layout by tables, for Outlook


@pytest.mark.parametrize("which", ["digest", "overview"])
def test_html_is_fluid_and_built_the_way_outlook_reads_it(config, planned, which):
    message = digest_message(config, planned) if which == "digest" else overview_message(
        config, planned)
    page = html_of(message)
    metas = {attrs.get("name"): attrs.get("content") for tag, attrs in page.tags
             if tag == "meta"}
    assert metas["color-scheme"] == metas["supported-color-schemes"] == "light dark"
    assert "prefers-color-scheme: dark" in page.css
    frame = [attrs for tag, attrs in page.tags if tag == "table" and "card" in
             attrs.get("class", "").split()]
    assert len(frame) == 1 and frame[0]["width"] == "100%"
    assert "max-width:640px" in frame[0]["style"]
    for tag, attrs in page.tags:
        style = attrs.get("style", "")
        # Word (Outlook desktop) ignores margins on tables and divs, and fixed widths are
        # what made phones scroll sideways: spacing is padding, widths are fluid.
        if tag in ("table", "div"):
            assert not re.search(r"(^|;)\s*margin", style), (tag, style)
        assert attrs.get("width") in (None, "100%") or tag == "td", (tag, attrs)
        if re.search(r"background(-color)?:", style):
            colour = re.search(r"background(?:-color)?:\s*(#[0-9a-f]{6})", style).group(1)
            assert attrs.get("bgcolor") == colour, (tag, attrs)
    # The one fixed 640 px table is the ghost table only Outlook's Word engine sees.
    raw = parse(message).get_body(("html",)).get_content()
    ghost = r'<!--\[if mso\]><table role="presentation" width="640"'
    assert len(re.findall(r'width="640"', raw)) == len(re.findall(ghost, raw)) == 1


def facts(text: str) -> tuple[set, set, set]:
    """The references, dates and 'N days overdue' counts a reader would act on."""
    return (set(re.findall(r"A-\d{4}", text)),
            set(re.findall(r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|"
                           r"September|October|November|December) \d{4}\b", text)),
            set(re.findall(r"\d+ days? overdue|in \d+ days?|\d+ overdue|\d+ due soon", text)))


@pytest.mark.parametrize("which", ["digest", "overview"])
def test_text_part_says_what_the_html_part_says(config, planned, which):
    message = digest_message(config, planned) if which == "digest" else overview_message(
        config, planned)
    text = parse(message).get_body(("plain",)).get_content()
    assert facts(" ".join(text.split())) == facts(html_of(message).text)
    assert "A-0042" in facts(text)[0]


def test_minuted_words_are_escaped_in_html_and_kept_in_text(config, planned):
    message = parse(digest_message(config, planned))
    html = message.get_body(("html",)).get_content()
    assert "&lt;b&gt;LPPT&lt;/b&gt; review findings &amp; the decision<br>" in html
    assert "<b>LPPT</b> review findings & the decision" in message.get_body(
        ("plain",)).get_content()


def test_each_action_says_where_it_came_from_and_what_set_its_date(config, planned):
    text = " ".join(parse(digest_message(config, planned)).get_body(("plain",)).get_content()
                    .split())
    assert "Monthly Assurance Meeting October 2021, 4 October 2021, item 1.2" in text
    assert '"in 6 months", from the meeting of 4 October 2021' in text
    assert "no deadline was minuted" in text
    assert "55 days overdue" in text
    assert "quote the reference" in text


def test_action_text_cannot_add_a_header(write_config, tmp_path):
    folder = tmp_path / "site-templates"
    folder.mkdir()
    # A site template that (unwisely) puts the minuted words in the subject.
    (folder / "digest.subject.txt").write_text("{{ digest.overdue[0].text }}")
    config = load_config(write_config, top=f'templates = "{folder}"\n')
    evil = action("Report back\r\nBcc: evil@x.org\r\n\r\nInjected body", due=date(2022, 3, 1))
    result = plan(Inputs([(evil, OCT)]), config, MONDAY)
    wire = compose_digest(config, result.digest_for("CC"), message_id="<a@b>", when=WHEN,
                          slot=SLOT).as_bytes()
    parsed = email.message_from_bytes(wire, policy=email.policy.default)
    assert parsed["Bcc"] is None
    assert parsed["Subject"] == "[reminders] Report back Bcc: evil@x.org Injected body"
    assert b"\r\nBcc:" not in wire.split(b"\r\n\r\n")[0]


def test_header_text_is_one_line():
    assert header_text(" a\r\nb\n\tc\x00d ") == "a b c d"


def test_a_templates_folder_overrides_one_file_and_keeps_the_rest(write_config, tmp_path,
                                                                  planned):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "digest.subject.txt").write_text("Weekly actions: {{ digest.counts }}")
    config = load_config(write_config, top='templates = "mine"\n')  # relative to config.toml
    parts = render(config, "digest", digest=planned.digest_for("CC"), escalation=[])
    assert parts.subject == "[reminders] Weekly actions: 2 overdue, 1 due soon"
    assert "HOW TO ACT" in parts.text


def test_an_edited_site_template_is_read_by_the_next_daemon_run(write_config, tmp_path,
                                                                 planned):
    """Templates are not re-checked before every message; the daemon's step drops them."""
    from reminders.daemon import release_memory

    folder = tmp_path / "mine"
    folder.mkdir()
    subject = folder / "digest.subject.txt"
    subject.write_text("Before: {{ digest.counts }}")
    config = load_config(write_config, top='templates = "mine"\n')
    assert render(config, "digest", digest=planned.digest_for("CC"),
                  escalation=[]).subject.startswith("[reminders] Before")
    subject.write_text("After: {{ digest.counts }}")
    release_memory()  # what the daemon does after each digest step
    assert render(config, "digest", digest=planned.digest_for("CC"),
                  escalation=[]).subject.startswith("[reminders] After")


def test_a_broken_site_template_is_a_config_error_naming_it(write_config, tmp_path, planned):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "digest.txt").write_text("{{ digest.nonsense }}")
    config = load_config(write_config, top='templates = "mine"\n')
    with pytest.raises(ConfigError, match=r"template digest: .*nonsense"):
        render(config, "digest", digest=planned.digest_for("CC"), escalation=[])


def parse(message):
    return email.message_from_bytes(message.as_bytes(), policy=email.policy.default)


# --------------------------------------------------------------------------- the text part

LONG_URL = "https://intranet.opcc.example.org/governance/holding-to-account/2021/reports/soc-publicity-review-final.pdf"


def long_digest(write_config, **kwargs):
    config = load_config(write_config, **kwargs)
    board = meeting(id=3, title="Joint Audit, Risk and Standards Committee: Extraordinary "
                                "Session on the Estates Strategy", on=date(2026, 10, 12))
    rows = [action("Provide the findings of the review into stop-and-search "
                   f"record-keeping, as published at {LONG_URL}, to the board with the "
                   "force's response.", due=date(2026, 10, 30), id=61, item="12.4(b)",
                   due_words="by the end of the month"),
            action("Report on multi-agency safeguarding-hub referrals.", due=date(2026, 11, 2),
                   id=62, item="3", due_words="in three weeks")]
    planned = plan(Inputs([(row, board) for row in rows]), config, date(2026, 11, 2))
    return board, rows, compose_digest(
        config, planned.digest_for("CC"), message_id="<l@opcc.example.org>", when=WHEN,
        slot=SLOT)


def test_text_part_fits_78_columns_with_hanging_indents_and_never_breaks_a_word(write_config):
    board, rows, message = long_digest(write_config)
    text = parse(message).get_body(("plain",)).get_content().replace("\r\n", "\n")
    for line in text.splitlines():
        # Only an unbreakable token (a URL) may pass 78, alone after the indent or label.
        assert len(line) <= 78 or (LONG_URL in line and len(line.split()) <= 2), line
    assert any(LONG_URL in line for line in text.splitlines())
    tokens = text.split()
    for word in " ".join([board.title, *(row.text for row in rows)]).split():
        word = word.strip(",.:'")  # every word whole on one line, none cut at a hyphen
        assert any(word in token for token in tokens), word
    # Continuation lines hang under the value, not under the label.
    lines = text.splitlines()
    block = lines[next(n for n, line in enumerate(lines) if "Meeting: " in line):]
    column = block[0].index("Meeting: ") + len("Meeting: ")
    assert block[1].startswith(" " * column) and block[1][column] != " "
    # A date or "item 12.4(b)" is never split over two lines.
    month = r"(?:January|February|March|April|May|June|July|August|September|October|" \
            r"November|December)"
    split = rf"\b\d{{1,2}}\n\s*{month}|{month}\n\s*\d{{4}}|\bitem\n"
    assert re.search(split, text) is None, text


def test_one_day_overdue_and_one_day_left_are_singular(config):
    rows = [action("Yesterday's action.", due=date(2022, 3, 27), id=71),
            action("Tomorrow's action.", due=date(2022, 3, 29), id=72)]
    parts = render(config, "digest", escalation=[], digest=plan(
        Inputs([(row, OCT) for row in rows]), config, MONDAY).digest_for("CC"))
    for body in (parts.text, parts.html):
        assert "1 day overdue" in body and "in 1 day" in body
        assert "1 days" not in body
    assert parts.subject == "[reminders] 1 overdue, 1 due soon: actions from the holding to " \
        "account meetings"


# --------------------------------------------------------------------------- reply links


def test_each_action_has_a_reply_link_to_the_secretariat_with_its_reference(write_config):
    config = load_config(write_config, top="")
    config = config.model_copy(update={"mail": config.mail.model_copy(update={
        "secretariat": ["Policy Team <policy+actions@opcc.example.org>",
                        "clerk@opcc.example.org"]})})
    planned = plan(Inputs([(a, OCT) for a in ACTIONS]), config, MONDAY)
    message = parse(compose_digest(config, planned.digest_for("CC"), message_id="<r@x>",
                                   when=WHEN, slot=SLOT))
    page = html_of(message)
    links = {text: attrs["href"] for text, attrs in page.links if text.startswith("Reply about")}
    assert set(links) == {"Reply about A-0007", "Reply about A-0012", "Reply about A-0042"}
    for label, href in links.items():
        ref = label.removeprefix("Reply about ")
        url = urlsplit(href)
        assert url.scheme == "mailto"
        assert [unquote(a) for a in url.path.split(",")] == [
            "policy+actions@opcc.example.org", "clerk@opcc.example.org"]
        assert parse_qs(url.query, keep_blank_values=True) == {"subject": [f"{ref}: "]}
        assert "%2B" in url.path and f"subject={ref}%3A%20" in href  # quoted, not raw
    assert "reply to this email" in page.text  # the reply link is beside, not instead
    text = message.get_body(("plain",)).get_content()
    assert f"Reply:   {links['Reply about A-0042']}" in text


def test_the_overview_has_no_reply_links_to_the_secretariat_itself(config, planned):
    page = html_of(overview_message(config, planned))
    assert not [t for t, _ in page.links if t.startswith("Reply about")]


# --------------------------------------------------------------------------- who is copied


def test_the_escalation_recipients_own_digest_does_not_say_it_is_copied_to_itself(
        write_config):
    config = load_config(write_config, """
[recipients.CEX]
name = "Chief Executive"
to = ["cex@opcc.example.org"]
""")
    late = [action("Publish the estates review.", owners="CEX", due=date(2022, 1, 3), id=81),
            action("Chase the custody audit.", owners="CC", due=date(2022, 1, 3), id=82)]
    planned = plan(Inputs([(row, OCT) for row in late]), config, MONDAY)
    own = parse(compose_digest(config, planned.digest_for("CEX"), message_id="<c@x>",
                               when=WHEN, slot=SLOT))
    assert own["Cc"] is None
    for body in (own.get_body(("plain",)).get_content(), html_of(own).text):
        flat = " ".join(body.split())
        assert "1 action overdue by more than 28 days is marked ESCALATED." in flat
        assert "copied" not in flat
    other = parse(compose_digest(config, planned.digest_for("CC"), message_id="<d@x>",
                                 when=WHEN, slot=SLOT))
    assert other["Cc"] == "cex@opcc.example.org"
    assert "this email is copied to cex@opcc.example.org." in " ".join(
        other.get_body(("plain",)).get_content().split())


def test_an_action_says_who_set_its_date_and_its_latest_update(config):
    redated = action("Report on the custody review.", due=date(2022, 4, 8), id=111,
                     due_words="by the April meeting", basis="next_meeting")
    redated.due_set_on, redated.update = date(2022, 1, 10), "Draft circulated in March."
    redated.update_on = date(2022, 1, 10)
    by_hand = action("Publish the stop-search data.", due=date(2022, 4, 1), id=112,
                     due_words="in 6 months", basis="secretariat")
    parts = render(config, "digest", escalation=[], digest=plan(
        Inputs([(redated, OCT), (by_hand, OCT)]), config, MONDAY).digest_for("CC"))
    for body in (" ".join(parts.text.split()), html_of_text(parts.html)):
        assert ('"by the April meeting", from the meeting of 10 January 2022' in body
                or "“by the April meeting”, from the meeting of 10 January 2022" in body)
        assert "Draft circulated in March. (minutes of 10 January 2022)" in body
        assert ('the secretariat (minuted: "in 6 months")' in body
                or "the secretariat (minuted: “in 6 months”)" in body)
    assert "        Update:  Draft circulated in March. (minutes of 10 January 2022)" \
        in parts.text


def html_of_text(html: str) -> str:
    page = Page()
    page.feed(html)
    return page.text


def test_a_long_digest_stays_under_gmails_clipping_size(config):
    """Gmail hides an HTML part past 102 KB behind "[Message clipped]": 35 actions fit."""
    rows = [action(f"Provide the board with the findings of review {n} and the force's "
                   "response to its recommendations.", due=date(2022, 3, 1 + n % 27),
                   id=300 + n) for n in range(35)]
    digest = plan(Inputs([(row, OCT) for row in rows]), config, MONDAY).digest_for("CC")
    message = compose_digest(config, digest, message_id="<big@x>", when=WHEN, slot=SLOT)
    assert len(message.get_body(("html",)).as_bytes()) < 102 * 1024


def test_overview_text_fits_78_columns_too(config, planned):
    text = parse(overview_message(config, planned)).get_body(("plain",)).get_content()
    assert max(len(line) for line in text.splitlines()) <= 78
    assert "  Monthly Assurance Meeting October 2021, 4 October 2021: item 4: owner 'JI'\n" \
           "    is not in the attendance table" in text.replace("\r\n", "\n")
