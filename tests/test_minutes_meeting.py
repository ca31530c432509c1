"""The meeting header, and the JSON and table views the CLI prints."""

from __future__ import annotations

import json
from datetime import date

from reminders.minutes import extract_text, format_table

OPCC = """Monthly Assurance Meeting October 2021– Meeting Notes

Date: Monday 4th October, 13:30 pm
Chair: John Campion
Minutes: Charity Pearce, Assistant Policy Officer, OPCC

\tName:\tCapacity:
Attendance:\tJohn Campion\tPolice and Crime Commissioner (PCC)
\tRichard Cooper\tAssistant Chief Constable Crime & Vulnerability (RC)
Apologies:\tAmanda Blakeman\tDeputy Chief Constable (DCC)

No.\tItem\t
2.9\tVictims right to review (VRR) A number of issues were identified. The PCC asked what
\tACTION: Revisit in 6 months to determine if changes have been made to VRR process.\tСС
\tConfirmation of next meeting type / date / time / venue:\t
\tThursday 21 st October 2021; 10:30 – 12:30\t
"""


def test_header_fields_attendance_and_dates():
    m = extract_text(OPCC).meeting
    assert m.title == "Monthly Assurance Meeting October 2021– Meeting Notes"
    assert (m.date, m.next_meeting) == (date(2021, 10, 4), date(2021, 10, 21))
    assert (m.chair, m.minute_taker) == ("John Campion", "Charity Pearce")
    assert [(a.name, a.code, a.capacity, a.present) for a in m.attendees] == [
        ("John Campion", "PCC", "Police and Crime Commissioner", True),
        ("Richard Cooper", "RC", "Assistant Chief Constable Crime & Vulnerability", True),
        ("Amanda Blakeman", "DCC", "Deputy Chief Constable", False),
    ]


def test_action_carries_item_section_and_line():
    (action,) = extract_text(OPCC).actions
    assert (action.item, action.section, action.line) == ("2.9", "Victims right to review (VRR)",
                                                          14)


def test_attendance_without_tabs_and_comma_capacities():
    text = ("Trust Board\nDate: 2 July 2024\nPresent: Richard Cooper, Assistant Chief Constable "
            "Crime & Vulnerability (RC)\nApologies: J. Brown - JB\n")
    people = extract_text(text).meeting.attendees
    assert [(a.name, a.code, a.present) for a in people] == [
        ("Richard Cooper", "RC", True), ("J. Brown", "JB", False)]


def test_next_meeting_tbc_is_unknown_not_guessed():
    text = "Board\nDate: 2 July 2024\n\nAction: JB to book the room.\n\nNext meeting: TBC\n"
    assert extract_text(text).meeting.next_meeting is None


def test_to_dict_is_the_json_contract():
    data = extract_text(OPCC).to_dict()
    assert set(data) == {"meeting", "actions", "updates"}
    assert set(data["meeting"]) == {"title", "date", "next_meeting", "chair", "minute_taker",
                                    "attendees", "warnings"}
    assert data["meeting"]["date"] == "2021-10-04"
    assert set(data["meeting"]["attendees"][0]) == {"name", "code", "capacity", "present"}
    (action,) = data["actions"]
    assert action == {
        "text": "Revisit in 6 months to determine if changes have been made to VRR process.",
        "owners": ["CC"], "due": "2022-04-04", "basis": "stated", "due_words": "in 6 months",
        "item": "2.9", "section": "Victims right to review (VRR)", "kind": "new",
        "update": None, "line": 14,
    }
    json.dumps(data)  # serialisable as is


def test_format_table_shows_what_an_officer_checks():
    table = format_table(extract_text(OPCC, source="oct.txt"))
    for words in ("oct.txt", "2021-10-04", "2021-10-21", "item 2.9", "owners: CC",
                  '2022-04-04 (stated: "in 6 months")', "[new]", "apologies: DCC"):
        assert words in table


def test_default_due_is_labelled_as_such_in_the_table():
    text = "Board\nDate: 2 July 2024\n\nAction: JB to book the room.\n"
    got = extract_text(text)
    assert (got.actions[0].due, got.actions[0].basis) == (date(2024, 7, 30), "default")
    assert "default: no deadline minuted" in format_table(got)


def test_front_matter_title_and_posting_date_warning_reach_the_meeting():
    text = ('---\ntitle: "Minutes to Stoke Ferry Parish Council Meeting"\ndate: "2004-06-01"\n'
            '---\n\nMinutes to Stoke Ferry Parish Council Meeting held in the Community Centre '
            'Wednesday 5th May 2004 at 7.45pm\n\nPresent: Mr Mycock\n\nClerk to contact the '
            'council by the end of May.\n')
    m = extract_text(text).meeting
    assert (m.title, m.date) == ("Minutes to Stoke Ferry Parish Council Meeting",
                                 date(2004, 5, 5))
    assert any("posted" in w for w in m.warnings)


def test_scribed_minutes_labels_alone_on_their_lines_and_speakers_after_a_blank():
    got = extract_text("Working Group Teleconference\n\n15 Apr 2021\n\n   Present\n"
                       "          Ian, anne_pc, Gerhard\n\n   Regrets\n          Adrian\n\n"
                       "SPC\n\n   rouslan: We shipped the origin trial.\n\n"
                       "   <scribe> ACTION: Ian to update the explainer\n\n"
                       "   anne_pc: should we ask the other group for a joint call?\n")
    assert [(a.name, a.present) for a in got.meeting.attendees] == [
        ("Ian", True), ("anne_pc", True), ("Gerhard", True), ("Adrian", False)]
    assert [(a.text, a.owners) for a in got.actions] == [
        ("Ian to update the explainer", ("Ian",))]


def test_a_when_line_under_a_titled_month_dates_the_meeting():
    got = extract_text("# Volunteers' get-together, March 2025\n\n**When:** Thursday 13th, after "
                       "closing (5.15 till about 6.30)\n**Who came:** Lorraine, Brenda\n")
    assert got.meeting.date == date(2025, 3, 13)
