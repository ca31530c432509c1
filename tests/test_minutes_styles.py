"""Minutes in styles other than the shared five: the extractor must read the genre, not
one office's house style. Each test is one invented meeting of another kind of body."""

from __future__ import annotations

from datetime import date

from reminders.minutes import extract_text


def by_text(extraction, words: str):
    matches = [a for a in extraction.actions if words.lower() in a.text.lower()]
    assert len(matches) == 1, f"{words!r} in {[a.text for a in extraction.actions]}"
    return matches[0]


PARISH = """\
Little Snoring Parish Council
Minutes of the meeting held on Tuesday 12 March 2024 at 7pm in the Village Hall

Present: Cllr J Brown (Chair), Cllr A Patel, Cllr S Green
In attendance: Mrs K White (Clerk)
Apologies: Cllr T Black

1. Apologies for absence
Apologies were received from Cllr Black.

2. Minutes of the previous meeting
RESOLVED that the minutes of the meeting held on 13 February 2024 be approved and signed.

3. Highways
Residents have reported further potholes on Mill Road. The Clerk to write to the highways
authority about the potholes on Mill Road.
Action: Clerk

4. Finance
It was agreed that the Treasurer would obtain three quotes for the play area fencing by the
end of April.
RESOLVED that the Clerk contacts the landowner regarding the footpath.
The Chair asked the Clerk to circulate the draft budget before the next meeting.
Cllr Patel undertook to report back on the defibrillator training in six months.
The Council noted the bank reconciliation.

5. Date of next meeting: 9 April 2024
"""


def test_parish_council_assignments_without_markers_are_found():
    got = extract_text(PARISH)
    assert got.meeting.date == date(2024, 3, 12)
    assert got.meeting.next_meeting == date(2024, 4, 9)
    assert got.meeting.chair == "Cllr J Brown"
    assert len(got.actions) == 5, [a.text for a in got.actions]
    assert by_text(got, "highways authority").owners == ("Clerk",)
    quotes = by_text(got, "three quotes")
    assert quotes.owners == ("Treasurer",)
    assert (quotes.due, quotes.basis) == (date(2024, 4, 30), "stated")
    assert by_text(got, "landowner").owners == ("Clerk",)
    budget = by_text(got, "draft budget")
    assert budget.owners == ("Clerk",)
    assert (budget.due, budget.basis) == (date(2024, 4, 9), "next_meeting")
    training = by_text(got, "defibrillator")
    assert training.owners == ("Cllr Patel",)  # as the minutes name the owner (spec)
    assert training.due == date(2024, 9, 12)


def test_resolved_decisions_and_noting_are_not_actions():
    got = extract_text(PARISH)
    assert not [a for a in got.actions if "approved and signed" in a.text]
    assert not [a for a in got.actions if "noted" in a.text]


NHS = """\
Oakfield NHS Foundation Trust
Board of Directors - Minutes
Date: 2 July 2024
Present: Dr Sarah Khan, Chair (SK); Mark Lee, Chief Executive (CEO)
Priya Shah, Director of Nursing (DoN); Tom Reid, Director of Finance (DoF)

1. Action log
Ref\tAction\tAction owner\tDue date\tStatus
12\tRefresh the board assurance framework\tCEO\t30/06/24\tComplete
14\tPresent the safer staffing review\tDoN\t06/08/24\tOngoing

2. Finance report
The Director of Finance presented the month 2 position.
Action: circulate the revised capital plan. Owner: Director of Finance. Due date: 31.07.2024

3. Quality
The board discussed the sepsis audit.
Action - review the sepsis audit findings at the quality committee.
Action owner: DoN
Due date: 6/8/2024

Date of next meeting: 3 September 2024
"""


def test_nhs_board_action_log_and_owner_due_blocks():
    got = extract_text(NHS)
    assert got.meeting.date == date(2024, 7, 2)
    texts = [a.text for a in got.actions]
    assert not [t for t in texts if "assurance framework" in t or "staffing" in t], (
        "action-log rows report on earlier actions: they are updates, not new work")
    updates = {u.text: u for u in got.updates}
    assert updates["Refresh the board assurance framework"].update == "Complete"
    staffing = updates["Present the safer staffing review"]
    assert (staffing.kind, staffing.owners, staffing.due) == ("carried", ("DoN",), date(2024, 8, 6))
    assert staffing.update == "Ongoing"
    capital = by_text(got, "capital plan")
    assert capital.owners == ("DoF",)
    assert capital.due == date(2024, 7, 31)
    sepsis = by_text(got, "sepsis audit findings")
    assert (sepsis.owners, sepsis.due) == (("DoN",), date(2024, 8, 6))
    assert len(got.actions) == 2


CHARITY = """\
Riverside Food Bank - Trustees' meeting
Date: 14 May 2024
Present: Jane Brown (JB), Tom Smith (TS), Asha Begum (AB)

2. Warehouse lease
The lease renewal was discussed and the landlord's terms were accepted.

Agreed actions
a) Renew the warehouse insurance before the end of June (JB)
b) Draft a volunteer recruitment leaflet (TS/AB)
c) All to review the safeguarding policy by the next meeting

Next meeting: 11 June 2024
"""


def test_charity_lettered_agreed_actions_with_bracketed_owners():
    got = extract_text(CHARITY)
    assert [a.owners for a in got.actions] == [("JB",), ("TS", "AB"), ("All",)]
    assert [(a.due, a.basis) for a in got.actions] == [
        (date(2024, 6, 30), "stated"), (date(2024, 6, 11), "default"),
        (date(2024, 6, 11), "next_meeting")]
    assert {a.name: a.code for a in got.meeting.attendees} == {
        "Jane Brown": "JB", "Tom Smith": "TS", "Asha Begum": "AB"}


def test_marker_glued_to_the_previous_sentence_owns_that_sentence():
    text = ("Village Hall Committee\nDate: 5 June 2024\n\n4.2 Village green\n"
            "The bench by the pond is broken and must be replaced before the fete in the "
            "village.Action 4.2: JB\n")
    (action,) = extract_text(text).actions
    assert action.text.startswith("The bench by the pond")
    assert action.owners == ("JB",)
    assert action.item == "4.2"


MARKDOWN = """\
# Project Falcon steering group
**Date:** 3 June 2024
**Attendees:** Ravi Kumar (RK), Lisa Grant (LG), Omar Haddad (OH)

## 1. Budget
- Spend is on track.
- **Action:** RK to send the revised forecast to the group by 14 June.

## 2. Risks
AP1 LG will update the risk register ASAP.
[ACTION] OH - book the venue for the launch event.

## 3. AOB
None.

Next meeting: 1 July 2024
"""


def test_markdown_markers_ap_numbers_and_bracketed_action_tags():
    got = extract_text(MARKDOWN, source="falcon.md")
    assert got.meeting.title == "Project Falcon steering group"
    assert got.meeting.next_meeting == date(2024, 7, 1)
    forecast, risks, venue = got.actions
    assert (forecast.owners, forecast.due) == (("RK",), date(2024, 6, 14))
    assert (risks.owners, risks.basis) == (("LG",), "vague")
    assert venue.owners == ("OH",)
    assert venue.text == "book the venue for the launch event."


def test_unmarked_minutes_trust_will_assignments_to_known_people():
    text = ("Allotment Society committee\nDate: 5 March 2024\n"
            "Present: Jane Brown (JB), Tom Smith (TS)\n\n"
            "JB will circulate the draft constitution. TS will contact the council about the "
            "water supply.\nThe committee noted the treasurer's report. The water company "
            "will visit in April.\n")
    got = extract_text(text)
    assert [(a.owners, a.text[:20]) for a in got.actions] == [
        (("JB",), "JB will circulate th"), (("TS",), "TS will contact the ")]


def test_marked_minutes_do_not_turn_reported_statements_into_actions():
    """Where actions are marked, a later "X will" in a paragraph is a member's commitment
    only: what someone said would happen, or a third party's plan, is not work."""
    text = ("Audit Committee\nDate: 5 March 2024\nPresent: Jane Brown (JB), Tom Smith (TS)\n\n"
            "The auditors said JB will receive the letter. Grant Audit will issue the report "
            "in April. JB will present the accounts in May.\nACTION: TS to chase the "
            "auditors.\n")
    got = extract_text(text)
    assert [a.text for a in got.actions] == ["JB will present the accounts in May.",
                                             "TS to chase the auditors."]


def test_aliases_from_the_administrator_name_owners():
    text = "Panel\nDate: 5 March 2024\n\nAction: the Chief Constable to report on overtime.\n"
    got = extract_text(text, aliases={"chief constable": "CC", "the boss": "CEO"})
    assert got.actions[0].owners == ("CC",)


def test_no_action_is_without_a_date_when_the_meeting_date_is_known():
    got = extract_text(CHARITY)
    assert all(a.due is not None and a.basis for a in got.actions)


def test_unknown_meeting_date_leaves_due_empty_and_warns():
    got = extract_text("Notes\n\nAction: JB to book the room.\n")
    assert got.actions[0].due is None and got.actions[0].basis is None
    assert any("meeting date" in w for w in got.meeting.warnings)


TOWN = """\
Westfield Town Council - Planning Committee
Minutes of the meeting held on Monday 8 April 2024 at 7.30pm
Present: Cllr R Jones (Chair), Cllr P Singh, Cllr L Evans
In attendance: Town Clerk (TC)

P24/01 Declarations of interest
None.

P24/02 Planning applications
24/0012 Land at Mill Lane: the committee objected to the application. Action: None.

P24/03 Tree preservation
The Town Clerk to seek advice from the tree officer and report to the next meeting.
Action points:
- TC to publish the objection on the website
- Cllr Evans to arrange a site visit before 30 April

Summary of actions
Action\tOwner\tDue
The Town Clerk to seek advice from the tree officer and report to the next meeting\tTC\tnext meeting

Date of next meeting: Monday 13 May 2024
"""


def test_town_council_summary_table_repeats_are_reported_once():
    got = extract_text(TOWN)
    assert (got.meeting.chair, got.meeting.minute_taker) == ("Cllr R Jones", None)
    assert [a.code or a.name for a in got.meeting.attendees] == [
        "Cllr R Jones", "Cllr P Singh", "Cllr L Evans", "TC"]
    assert [(a.owners, a.due, a.basis) for a in got.actions] == [
        (("TC",), date(2024, 5, 13), "next_meeting"),
        (("TC",), date(2024, 5, 6), "default"),
        (("Cllr Evans",), date(2024, 4, 30), "stated"),  # as the minutes name the owner
    ]
