"""Which lines date the meeting and the next one (reminders.dating), on documents shaped like
the published minutes of the dev sets: YAML front matter, headings, "Next meeting" blocks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reminders.dating import date_meeting, front_matter


def _lines(text: str) -> list[str]:
    """Row texts as the cleaner hands them over: a "---" fence is page furniture ("")."""
    return ["" if line.strip() == "---" else line.strip() for line in text.splitlines()]


POSTED_LATER = """---
title: "Minutes to Stoke Ferry Parish Council Meeting"
date: "2004-07-01"
categories:
  - "parish-councils"
---

Minutes of the June Meeting of Stoke Ferry Parish Council
held in the Community Centre
Wednesday 16th June 2004 at 7.30pm

The Directors confirmed the minutes of the General Meeting of 9 February 2004 are accurate.

The next meeting was arranged for Wednesday 28th July
"""


def test_heading_beats_the_front_matter_posting_date_with_a_warning() -> None:
    dating = date_meeting(_lines(POSTED_LATER))
    assert (dating.held, dating.next_meeting) == (date(2004, 6, 16), date(2004, 7, 28))
    assert any("2004-07-01" in w and "posted" in w for w in dating.warnings)


def test_front_matter_fields_and_lists() -> None:
    meta = front_matter(_lines(POSTED_LATER))
    assert meta.fields["title"] == "Minutes to Stoke Ferry Parish Council Meeting"
    assert meta.lists["categories"] == ("parish-councils",)
    body = [line for line in _lines(POSTED_LATER)[meta.end:] if line]
    assert body[0] == "Minutes of the June Meeting of Stoke Ferry Parish Council"


def test_front_matter_alone_dates_the_meeting_and_the_next() -> None:
    text = """---
layout: meeting
title: Minutes of Directors' meeting
date: 2019-02-15  02:00 UTC
directors:
- Matthew Ferrero
next-meeting: 2019-02-22 02:00
---

## Application for membership

The Directors confirmed that the minutes up to and including the General Meeting of
9 February 2019 are accurate and current.
"""
    dating = date_meeting(_lines(text))
    assert (dating.held, dating.next_meeting, dating.warnings) == (
        date(2019, 2, 15), date(2019, 2, 22), ())


def test_title_in_front_matter_dates_a_body_without_one() -> None:
    text = ('---\ntitle: "Minutes of the meeting of the West Dereham Parish Council held on '
            'Thursday 12th February 2004"\ndate: "2004-04-01"\n---\n\nWest Dereham Parish Council '
            'Minutes\n\nPresent: E. Drew - Chairman, Mrs. Berry\n')
    assert date_meeting(_lines(text)).held == date(2004, 2, 12)


def test_yearless_heading_takes_its_year_near_the_posting_date() -> None:
    text = '---\ntitle: "Minutes"\ndate: "2005-01-10"\n---\n\nMeeting held on 15 December\n'
    assert date_meeting(_lines(text)).held == date(2004, 12, 15)


def test_next_meeting_heading_with_the_date_below() -> None:
    lines = ["# Node Foundation TSC Meeting 2015-07-15", "", "Action: X will do Y.", "",
             "### Next Meeting", "", "July 22nd 2015"]
    assert date_meeting(lines).next_meeting == date(2015, 7, 22)


def test_the_own_committee_meeting_is_next_not_another_bodys() -> None:
    lines = ["Meeting of the Residents' Association Committee", "On Monday 11th October 2004",
             "ITEM 8 DATE OF NEXT OPEN MEETING",
             "It was agreed that the AGM should be held on Monday 6th December 2004",
             "ITEM 9. DATE OF NEXT COMMITTEE MEETING",
             "The meeting agreed that the next committee meeting should be held on Monday 8th "
             "November 2004 at 7.30pm."]
    assert date_meeting(lines).next_meeting == date(2004, 11, 8)
    board = ["## Mantid PMB Meeting 11", "**Minutes of: 2018-06-12T09:00-4:00**",
             "4. Dates and location of the next users meeting:", "* 10 October 2018 at ORNL"]
    assert date_meeting(board, title="Mantid PMB Meeting 11").next_meeting is None


@pytest.mark.parametrize("said", ["TBC", "tbd", "To be decided", "not yet fixed"])
def test_next_meeting_tbc_is_unknown_and_never_guessed(said: str) -> None:
    lines = ["Board", "Date: 2 July 2024", "Next meeting: 9 July 2024 (cancelled)", "",
             f"Next meeting: {said}"]
    dating = date_meeting(lines, date_line="2 July 2024")
    assert (dating.held, dating.next_meeting) == (date(2024, 7, 2), None)


def test_glued_pdf_text_and_a_schedule_of_meetings() -> None:
    lines = ["MINUTES OFTHESOULDERNPARISHCOUNCIL MEETING", "HELDINTHEVILLAGEHALL",
             "ON31stAugust2023", "Present: AlanSmith(AS)CHAIR", "The meeting closed at 9pm",
             "Dateofnextmeetings:", "28thSeptember,26thOctober,23rdNovember"]
    dating = date_meeting(lines)
    assert (dating.held, dating.next_meeting) == (date(2023, 8, 31), date(2023, 9, 28))


def test_no_date_anywhere_is_a_warning() -> None:
    dating = date_meeting(["### Attendees", "- Addison Phillips (APP)"])
    assert dating.held is None
    assert any("meeting date not found" in w for w in dating.warnings)


def test_page_dates_are_not_the_meeting() -> None:
    lines = ["Parish Council", "Posted on 3 April 2024 by the Clerk", "Minutes",
             "Meeting held on 12 March 2024 at 7pm"]
    assert date_meeting(lines).held == date(2024, 3, 12)


def test_american_numeric_date_when_only_month_first_fits() -> None:
    assert date_meeting(["Board meeting 12/15/2018"]).held == date(2018, 12, 15)


def test_an_earlier_meeting_named_first_does_not_date_this_one() -> None:
    lines = ["Minutes of the Board", "Approval of the minutes of 14 February 2024",
             "Meeting held 13 March 2024"]
    assert date_meeting(lines).held == date(2024, 3, 13)


def test_a_file_name_or_a_link_at_the_top_dates_minutes_whose_text_does_not() -> None:
    named = date_meeting(["Nova team meeting", "Meeting started by gibi at 16:00:06 UTC."],
                         named="nova.2021-03-16-16.00.txt")
    assert named.held == date(2021, 3, 16)
    assert any("taken from the file's name" in w for w in named.warnings)
    linked = date_meeting(["Meeting started by gibi at 16:00:06 UTC. The full logs are at",
                           "http://eavesdrop.example.org/meetings/nova.2021-03-16-16.00.log.html"])
    assert linked.held == date(2021, 3, 16)
    # the text's own date wins; a name holding no whole date (or no real day) dates nothing
    assert date_meeting(["Board meeting 12 March 2024"], named="board-2024-02-01.md").held == \
        date(2024, 3, 12)
    assert date_meeting(["Board meeting"], named="board-2024-03.md").held is None
    assert date_meeting(["Board meeting"], named="board-2023-02-30.md").held is None


def test_minutes_from_a_meeting_bot(tmp_path: Path) -> None:
    from reminders.minutes import extract

    text = ("#project-meeting: core team\n\nMeeting started by ana at 16:00:06 UTC.\n\n"
            "Meeting summary\n---------------\n\n* Release  (ana, 16:01:10)\n"
            "  * ACTION: bauzas and elod to triage the wishlist bugs  (ana, 16:24:01)\n\n"
            "People present (lines said)\n---------------------------\n\n* ana (95)\n"
            "* bauzas (18)\n* elod (9)\n")
    path = tmp_path / "core.2021-03-16-16.00.txt"
    path.write_text(text, encoding="utf-8")
    got = extract(path)
    assert got.meeting.date == date(2021, 3, 16)
    assert [(a.text[:28], a.owners) for a in got.actions] == [
        ("bauzas and elod to triage th", ("bauzas", "elod"))]


def test_a_line_opening_with_its_date_dates_the_meeting_however_it_goes_on() -> None:
    lines = ["WHARFSIDE PLAYHOUSE", "THE SALT ROAD - PRODUCTION MEETING 3",
             "Friday 7th March 2025, 10.00am - 11.20am, Rehearsal Room 2. Notes: Gareth Pryce "
             "(Production Manager). Circulation: all below, plus Box Office and Front of House."]
    assert date_meeting(lines).held == date(2025, 3, 7)
    assert date_meeting(["Kwelera River Bowling Club",
                         "Date: Tuesday 2025/03/18, 17:30, clubhouse"]).held == date(2025, 3, 18)


def test_the_bodys_own_word_for_its_gathering_names_its_next_one() -> None:
    shop = date_meeting(["# Hospice shop volunteers' get-together, March 2025", "",
                         "Thursday 13th, after closing", "", "Notes below.", "",
                         "Next get-together: Thursday 10th April, same time."])
    assert (shop.held, shop.next_meeting) == (date(2025, 3, 13), date(2025, 4, 10))
    council = date_meeting(["CITY COUNCIL WORK SESSION", "MINUTES", "",
                            "Tuesday, April 8, 2025 - 5:30 p.m.", "",
                            "Next work session: Tuesday, May 13, 2025, 5:30 p.m.",
                            "Next regular Council meeting: Tuesday, April 15, 2025, 7:00 p.m."])
    assert council.next_meeting == date(2025, 5, 13)


def test_a_date_labelled_as_something_elses_is_not_the_meetings() -> None:
    lines = ["# Postmortem: checkout errors", "", "Incident date 2025-02-19",
             "Review meeting Monday 2025-02-24, 15:00 UTC"]
    assert date_meeting(lines).held == date(2025, 2, 24)
