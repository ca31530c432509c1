"""Meeting dates as minutes write them (spec/deadlines.md, "Meeting dates")."""

from __future__ import annotations

from datetime import date

import pytest

from reminders.meeting_dates import (
    MeetingDate,
    parse_meeting_date,
    parse_next_meeting,
    title_month_year,
)

# (title, "Date:" line, meeting date, next-meeting line, next meeting date) from each of
# the five shared minutes, as written there.
SHARED_MINUTES = [
    ("Monthly Assurance Meeting March 2018 – Meeting Notes",
     "- Date: Tuesday 27 March 2018 @ 10:30", date(2018, 3, 27),
     "Tuesday 24 April, 10:30 am in Meeting Room 1.38", date(2018, 4, 24)),
    ("Monthly Assurance Meeting October 2021– Meeting Notes",
     "Date: Monday 4th October, 13:30 pm", date(2021, 10, 4),
     "Thursday 21 st October 2021; 10:30 – 12:30", date(2021, 10, 21)),
    ("Monthly Assurance Meeting January 2022– Meeting Notes",
     "Date: Monday 31st January, 2:00 pm", date(2022, 1, 31),
     "<p>Friday 11th March</p>", date(2022, 3, 11)),
    ("Monthly Assurance Meeting March 2022– Meeting Notes",
     "Date: Friday 11 March, 09:00 am", date(2022, 3, 11),
     "<p>Tuesday 29th April 2022 15:00</p>", date(2022, 4, 29)),
    ("Monthly Assurance Meeting September 2022– Meeting Notes",
     "Date: Tuesday 4th October, 10:30am", date(2022, 10, 4),
     "Tuesday 2 nd November Thematic – Impact of budget investment", date(2022, 11, 2)),
]


@pytest.mark.parametrize(("title", "line", "expected", "_next_line", "_next"), SHARED_MINUTES,
                         ids=[row[1] for row in SHARED_MINUTES])
def test_shared_minutes_date_line(title: str, line: str, expected: date, _next_line: str,
                                  _next: date) -> None:
    assert parse_meeting_date(line, title=title) == MeetingDate(expected, ())


@pytest.mark.parametrize(("_title", "_line", "meeting", "line", "expected"), SHARED_MINUTES,
                         ids=[row[3] for row in SHARED_MINUTES])
def test_shared_minutes_next_meeting_line(_title: str, _line: str, meeting: date, line: str,
                                          expected: date) -> None:
    found = parse_next_meeting(line, meeting=meeting)
    assert found is not None
    assert found.date == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Minutes of the meeting held on Tuesday 12 March 2024 at 7pm", date(2024, 3, 12)),
    ("Tuesday12 March 2024", date(2024, 3, 12)),
    ("Date: 12/03/2024", date(2024, 3, 12)),
    ("Date: 12.03.2024", date(2024, 3, 12)),
    ("Date: 12/03/24", date(2024, 3, 12)),
    ("Date: 2024-03-12", date(2024, 3, 12)),
    ("Date: 2024 03 12", date(2024, 3, 12)),
    ("**Minutes of: 2018-06-12T09:00-4:00**", date(2018, 6, 12)),
    ("Time: Wed, July 3, 2019 @ 17.00-18.00 ET", date(2019, 7, 3)),
    ("Meeting of December 2, 2014", date(2014, 12, 2)),
    ("ON31stAugust2023", date(2023, 8, 31)),  # a PDF that lost its word spaces
    ("Held on the 12th of March 2024, 10:30 - 12:30", date(2024, 3, 12)),
    ("Date: March 12th, 2024", date(2024, 3, 12)),
    ("Venue: Village Hall, Tuesday 12 March 2024 @ 19:30", date(2024, 3, 12)),
    ("Date: Tuesday 12 Mar 2024", date(2024, 3, 12)),
])
def test_date_lines_from_other_bodies(line: str, expected: date) -> None:
    assert parse_meeting_date(line) == MeetingDate(expected, ())


def test_times_do_not_change_the_date() -> None:
    for line in ("Friday 11 March 2022, 09:00 am", "Friday 11 March 2022 13:30 pm",
                 "Friday 11 March 2022 @ 10:30", "Friday 11 March 2022 10:30 – 12:30",
                 "Friday 11 March 2022 at 7pm"):
        assert parse_meeting_date(line).date == date(2022, 3, 11), line


def test_split_ordinal_is_read() -> None:
    assert parse_meeting_date("Tuesday 2 nd November 2021").date == date(2021, 11, 2)


def test_weekday_that_disagrees_warns_and_the_date_stands() -> None:
    found = parse_meeting_date("Tuesday 29th April 2022")
    assert found == MeetingDate(date(2022, 4, 29), (
        "weekday 'Tuesday' does not match 29 April 2022 (a Friday); the date stands",))


def test_next_meeting_weekday_mismatch_warns() -> None:
    found = parse_next_meeting("Tuesday 2 nd November", meeting=date(2022, 10, 4))
    assert found.date == date(2022, 11, 2)
    assert found.warnings == (
        "weekday 'Tuesday' does not match 2 November 2022 (a Wednesday); the date stands",)


def test_year_comes_from_title_when_the_date_has_none() -> None:
    found = parse_meeting_date("Date: Monday 4th October, 13:30 pm",
                               title="Monthly Assurance Meeting October 2021")
    assert found.date == date(2021, 10, 4)


def test_title_month_before_the_date_month_keeps_the_title_year() -> None:
    found = parse_meeting_date("Tuesday 4th October", title="Assurance Meeting September 2022")
    assert found.date == date(2022, 10, 4)


def test_december_title_with_january_date_rolls_into_next_year() -> None:
    found = parse_meeting_date("Wednesday 5 January", title="Board meeting December 2021")
    assert found == MeetingDate(date(2022, 1, 5), ())


def test_january_title_with_december_date_rolls_back() -> None:
    found = parse_meeting_date("Thursday 30 December", title="Board meeting January 2022")
    assert found.date == date(2021, 12, 30)


def test_year_in_the_text_beats_the_title() -> None:
    found = parse_meeting_date("Tuesday 27 March 2018", title="Meeting March 2019")
    assert found.date == date(2018, 3, 27)


def test_default_year_is_the_last_resort() -> None:
    assert parse_meeting_date("Friday 11 March", default_year=2022).date == date(2022, 3, 11)


def test_no_year_anywhere_is_none() -> None:
    assert parse_meeting_date("Friday 11 March, 09:00 am") is None


def test_line_without_a_date_is_none() -> None:
    assert parse_meeting_date("Chair: John Campion") is None


def test_impossible_date_is_none() -> None:
    assert parse_meeting_date("31 April 2022") is None


@pytest.mark.parametrize("line", ["Next meeting: TBC", "Date of next meeting: to be confirmed",
                                  "Confirmation of next meeting type / date / time / venue:"])
def test_next_meeting_unknown_is_none(line: str) -> None:
    assert parse_next_meeting(line, meeting=date(2024, 3, 12)) is None


def test_next_meeting_without_year_is_first_such_date_on_or_after_the_meeting() -> None:
    assert parse_next_meeting("Thursday 9 January", meeting=date(2024, 12, 10)).date == date(
        2025, 1, 9
    )
    assert parse_next_meeting("Date of next meeting: 9 April 2024",
                              meeting=date(2024, 3, 12)).date == date(2024, 4, 9)


def test_next_meeting_on_29_february_waits_for_a_leap_year() -> None:
    assert parse_next_meeting("29 February", meeting=date(2022, 3, 1)).date == date(2024, 2, 29)


@pytest.mark.parametrize(("title", "expected"), [
    ("Monthly Assurance Meeting October 2021– Meeting Notes", (2021, 10)),
    ("## Monthly Assurance Meeting March 2018 – Meeting Notes", (2018, 3)),
    ("Parish Council Minutes – Sept 2023", (2023, 9)),
    ("Minutes of the Trust Board", None),
])
def test_title_month_year(title: str, expected: tuple[int, int] | None) -> None:
    assert title_month_year(title) == expected


def test_next_meeting_skips_an_absence_for_the_date_agreed() -> None:
    block = "2 weeks? dc can't make it\n3 weeks? yurko away (until jul 26).\nSchedule for Jul 24"
    assert parse_next_meeting(block, meeting=date(2019, 7, 3)).date == date(2019, 7, 24)


def test_tbc_after_the_date_does_not_hide_it() -> None:
    found = parse_next_meeting("9 April 2024\nVenue TBC", meeting=date(2024, 3, 12))
    assert found.date == date(2024, 4, 9)
