"""How minutes in general record work: one invented case per genre rule.

Each case is a small set of minutes in a style the extractor has to read (a marker
tradition, an owner-first line, a commitment, an actions heading...) with the actions a
careful secretariat would track, and the lines that are *not* new work. The minutes are
invented; none is copied from the development set.
"""

from __future__ import annotations

from datetime import date

import pytest

from reminders.minutes import extract_text
from reminders.minutes.clean import clean
from reminders.minutes.people import read_people

HEAD = "Minutes of the Committee\nDate: 12 March 2024\n\n"

# (id, minutes after HEAD, [(words in the action, owners)], [words of lines that are not actions])
CASES = [
    ("owner-first lines under an actions heading",
     "Attendees: Priya Shah, Tom Ode, Lena Park\n\n## Action items\n\n"
     "- Priya: book the hall for the spring fair\n- tom, lena: draft the newsletter\n"
     "- ??: find out who holds the spare key\n",
     [("book the hall", ("Priya",)), ("draft the newsletter", ("tom", "lena")),
      ("spare key", ())], []),
    ("checkboxes under an actions heading; ticked ones are done",
     "## Actionable Items\n\n- [ ] sam: renew the domain\n- [x] sam: pay the hosting bill\n",
     [("renew the domain", ("sam",))], ["hosting bill"]),
    ("checkboxes elsewhere are agenda slots",
     "## Agenda\n\n- [ ] Welcome and introductions\n- [ ] Treasurer's report\n", [],
     ["Welcome", "Treasurer"]),
    ("owners in a closing bracket",
     "Action Items\n\n* Update the door sign (Ravi & Joan)\n* Order new chairs (Mo)\n",
     [("door sign", ("Ravi", "Joan")), ("new chairs", ("Mo",))], []),
    ("owner sub-headings over their tasks",
     "Attendees: Heidi Lamb, Omar Reed\n\nACTIONS:\nHeidi\n• Fix the login page\n"
     "• Write the test plan\nOmar\n• Record the demo video\n\nNEXT MEETING: TBC\n",
     [("login page", ("Heidi",)), ("test plan", ("Heidi",)), ("demo video", ("Omar",))], []),
    ("narrative commitments by named people",
     "Present: Mozart Ede, Jana Kale\n\nMozart will draft the privacy notice. Jana agreed to "
     "contact the bank about the mandate. Shawn and Rita volunteered to run the stall.\n",
     [("privacy notice", ("Mozart",)), ("contact the bank", ("Jana",)),
      ("run the stall", ("Shawn", "Rita"))], []),
    ("the clerk after a dash and inside a run-on paragraph",
     "Correspondence: County Highways - drain on Mill Lane reported - clerk to chase the "
     "repair. Footpath 7 - the Chairman agreed to walk the route.\n",
     [("chase the repair", ("Clerk",)), ("walk the route", ("Chairman",))], []),
    ("asked X to, and it was agreed that X would",
     "Present: Ann Bell (AB), Carl Dunn (CD)\n\nAB asked the Treasurer to circulate the "
     "accounts. It was agreed that CD would obtain three quotes for the fence.\n",
     [("circulate the accounts", ("Treasurer",)), ("three quotes", ("CD",))], []),
    ("agreed work with no doer has no owner",
     "It was agreed that a letter of thanks be sent to the volunteers. Further quotations "
     "for the roof would be requested.\n",
     [("letter of thanks", ()), ("Further quotations", ())], []),
    ("agreed work after the discussion that led to it",
     "The state of the bus shelter was raised. After a short discussion it was agreed to "
     "write to the bus company. Following a discussion on the verges, it was agreed to ask "
     "the county for a cutting schedule. After discussion it was agreed to accept the "
     "lowest quote.\n",
     [("write to the bus company", ()), ("cutting schedule", ())], ["lowest quote"]),
    ("a list flattened into one line is read item by item",
     "## Building\n\n  \\* The heater was serviced     \\* Fire exit sign needs a new bulb  "
     "ACTION   \\* Members enjoyed the open day\n",
     [("Fire exit sign needs a new bulb", ())], ["heater", "open day"]),
    ("decisions and votes are not work",
     "It was RESOLVED to adopt the revised standing orders. It was agreed that Ben should be "
     "co-opted. RESOLVED that the minutes be approved and signed.\n", [],
     ["standing orders", "co-opted", "approved"]),
    ("ACTION glued to a phrase, and other marker traditions",
     "Attendees: Tom Ode, Lena Park\n\n- the fire exit light needs a new bulb  ACTION\n"
     "- ACTION_ITEM: Lena to file the grant report\n- #action Tom to update the wiki\n",
     [("new bulb", ()), ("grant report", ("Lena",)), ("update the wiki", ("Tom",))], []),
    ("first person with the speaker as owner",
     "Attendees: Niko Aalto, Rui Sousa\n\nNiko: I'll put up an RFC for the new API.\n",
     [("put up an RFC", ("Niko",))], []),
    ("hedges, wishes and third parties are not commitments",
     "Perhaps Meng would consider hosting. Jo indicated she would like to explore a "
     "partnership. The County Council will consider the application in May.\n", [],
     ["Meng", "partnership", "application"]),
    ("a transcript's speaker lines are speech",
     "Attendees: Addison Ray (APP), Eemeli Ott (EAO), Tim Berg (TIM)\n\n## Discussion\n\n"
     "APP: this seems fine to me\nEAO: consider the options first\nTIM: not sure about it\n"
     "APP: agree with Eemeli\nEAO: we need more data\n\n### Actions\n\n"
     "- APP: merge the open pull requests\n",
     [("merge the open pull requests", ("APP",))], ["consider the options"]),
    ("owner-first lines of people the attendance lists",
     "- Present: Fazli, Dyana, Bob\n\n### Finances\n- Fazli: ping the landlord about the lease\n"
     "- Bob talk to the cleaners about Saturdays\n- We expect the balance to improve\n",
     [("ping the landlord", ("Fazli",)), ("talk to the cleaners", ("Bob",))], ["balance"]),
    ("common nouns are not owners",
     "Actions arising:\n1. Backlog to be reported to the next meeting.\n",
     [("Backlog to be reported", ())], []),
    ("a closing summary of actions is the record; the discussion above is not repeated",
     "Present: Ada Low (AL), Ben Hart (BH)\n\n## Hall\n\nAL will look into a cheaper "
     "cleaning firm for the hall.\n\n## Summary of actions\n\n- AL: compare cleaning quotes\n"
     "- BH: renew the insurance\n- AL: book the electrician\n",
     [("compare cleaning quotes", ("AL",)), ("renew the insurance", ("BH",)),
      ("book the electrician", ("AL",))], ["cheaper cleaning firm"]),
    ("a discussion action the closing summary leaves out is still reported",
     "Present: Ada Low (AL), Ben Hart (BH)\n\n## Finance\n\nBH to send the accounts to the "
     "examiner by the end of the month.\n\n## Summary of actions\n\n- AL: compare cleaning "
     "quotes\n- BH: renew the insurance\n- AL: book the electrician\n",
     [("send the accounts to the examiner", ("BH",)), ("compare cleaning quotes", ("AL",)),
      ("renew the insurance", ("BH",)), ("book the electrician", ("AL",))], []),
    ("reports with a passive tail and rules are not work",
     "Written reports had been submitted and will be circulated to members. Agreed all "
     "posters need to be approved before being put up.\n", [], ["Written reports", "posters"]),
    ("meeting-bot markers with handles",
     "* #action clarkb to update the mirror docs\n* AI: ianw to check the builders\n"
     "* TODO for Yuto: rebase the patch\n* #agreed we freeze the gate on Friday\n",
     [("mirror docs", ("clarkb",)), ("check the builders", ("ianw",)),
      ("rebase the patch", ("Yuto",))], ["freeze the gate"]),
    ("a Markdown action table with owner and due columns",
     "## Actions\n\n| Action | Who | Due |\n|---|---|---|\n"
     "| Review the estates strategy | DoF | 30/06/2024 |\n| Publish the survey | CN | July |\n",
     [("estates strategy", ("DoF",)), ("Publish the survey", ("CN",))], []),
    ("a capacity after the name defines the code, not a person",
     "Present: Paul Hughes, Director of Finance (DoF), Jo Kent, Chief Nurse (CN)\n\n"
     "2. Finance report\nThe Board noted the report.\nACTION: DoF to bring a recovery plan.\n",
     [("recovery plan", ("DoF",))], ["Finance report"]),
    ("RESOLVED that the Clerk, a pronoun after its person, and a 'Next steps:' list",
     "Present: Cllr J Brown (Chair), Cllr A Patel\n\nRESOLVED that the Clerk contacts the "
     "landowner. Mark Evans reported on the speed survey. He has undertaken to complete the "
     "report within a fortnight.\nNext steps:\n- Alex to draft the newsletter article\n"
     "- Confirm the litter pick date (Owner: Cllr Patel, Due: 30/04/24)\n"
     "The meeting closed at 9pm.\n",
     [("contacts the landowner", ("Clerk",)), ("complete the report", ("Mark Evans",)),
      ("newsletter article", ("Alex",)), ("litter pick", ("Cllr Patel",))], []),
    ("a previous-actions checklist is a report; the new list is new work",
     "Participants: Ana (chair), Bo, Cy\n\n## Action items from last week\n"
     "- [x] Bo: post the draft\n- [ ] Cy: fix the CI\n\n## New action items\n"
     "- Ana: schedule the review call\n",
     [("review call", ("Ana",))], ["post the draft", "fix the CI"]),
    ("staff as an owner; labels are not tasks",
     "Members present: Chair Linda Park, Ana Lee\nStaff present: Parks Director Mark Fox\n\n"
     "3. Trail update: Staff will bring a revised budget to the April meeting.\n"
     "The contractor will start work in May.\n",
     [("revised budget", ("Staff",))], ["Staff present", "contractor"]),
    ("'Actions: None' marks nothing; a sentence glued to the next is still read whole",
     "Present: Mrs K Cairn, Miss R Hill\n\n7. Correspondence: Defra guidance - Miss Hill is "
     "going to download the guide.\nActions: None\n\n8. Any other business: Mrs. Cairn "
     "volunteered to paint the sign.A Parishioner asked about the chairs.\n",
     [("download the guide", ("Miss Hill",)), ("paint the sign", ("Mrs. Cairn",))], []),
    ("the doer of a relative clause; being asked by someone is not doing",
     "The bin has been collected by the Chairman who has agreed to site it by the gate. "
     "We have been asked by the Board to give an estimate of the costs.\n",
     [("site it by the gate", ("Chairman",))], ["estimate of the costs"]),
    ("RESOLVED: to ask the Clerk; CLERK TO ACTION tags the sentence before it",
     "24/048 Highways: RESOLVED: to ask the Clerk to obtain three quotes for the shelter. "
     "The swing seat is broken and must be replaced. CLERK TO ACTION.\n",
     [("three quotes", ("Clerk",)), ("swing seat", ("Clerk",))], []),
    ("an attendance list read on into the agenda: a heading in sentence case is nobody",
     "Attendees:\n- Rosa Leal\n- Jan van der Berg\n- jo kent\n\n1. Changes to the rota\n\n"
     "Rosa Leal will redraw the rota.\n\n2. Garden schedule\n\nJan van der Berg to order "
     "the bulbs.\n\njo kent to water the beds.\n",
     [("redraw the rota", ("Rosa Leal",)), ("order the bulbs", ("Jan van der Berg",)),
      ("water the beds", ("jo kent",))], ["Changes to the rota", "Garden schedule"]),
    ("a few-word instruction in a list item is reported with the item's words",
     "Matters arising\n\n(a) Bus shelter - the glass is cracked. Clerk to follow up\n\n"
     "(b) Footpath 7 - still blocked by the fallen oak. Clerk to follow up\n\n"
     "(c) Grit bin - empty again. Cllr Ames will ask the county to refill it before "
     "December.\n",
     [("Bus shelter - the glass is cracked. Clerk to follow up", ("Clerk",)),
      ("Footpath 7 - still blocked by the fallen oak. Clerk to follow up", ("Clerk",)),
      ("ask the county to refill it", ("Cllr Ames",))], []),
    ("under an actions heading, the items below a question are its answers",
     "## Follow up\n\nNext meeting?\n  - 2 weeks? Sam is away\n"
     "  - Schedule for 3 weeks -- the hall is free then\n- Book the hall for the fair\n"
     "- Kim: send the minutes\n",
     [("Book the hall", ()), ("send the minutes", ("Kim",))], ["Schedule for 3 weeks"]),
    ("a question in the discussion is not work, whoever asks it",
     "Attendees: Ann Roe (AR), Ben Ode (BO)\n\nAR: would you be open to a shorter agenda?\n\n"
     "BO: yes. BO will draft one for next time.\n",
     [("draft one for next time", ("BO",))], ["shorter agenda"]),
    ("a decision not to act is not work",
     "Present: Ann Roe, Ben Ode\n\nThe members decided not to renew the hall lease because "
     "the rent would be raised.\n\nAnn will tell the landlord by Friday.\n",
     [("tell the landlord", ("Ann",))], ["renew the hall lease"]),
    ("an item's state before its owner is not the owner",
     "## Action items\n\n- [ ] NEW: KL: renew the insurance\n- ONGOING - Sam to chase the "
     "grant\n",
     [("renew the insurance", ("KL",)), ("chase the grant", ("Sam",))], []),
    ("a name then a qualifying word then its verb is not a verbless instruction",
     "Attendees: Rosa Leal, Tom Ode\n\nNotes\n\n- Everyone present is held to the code of "
     "conduct\n- Tom present the budget at the fair\n",
     [("present the budget", ("Tom",))], ["code of conduct"]),
    ("a proposal whose subject is a clause is not passive work",
     "Present: Ann Roe, Ben Ode\n\nAnn proposed that items to be settled by the members be "
     "listed in the newsletter.\n\nMinutes to be circulated by Friday.\n",
     [("Minutes to be circulated", ())], ["items to be settled"]),
    ("'decided by' / 'agreed by' is a passive, not an agreement",
     "Present: Ann Roe, Ben Ode\n\nAnn proposed that items to be decided by the members be "
     "listed in the newsletter.\n\nBen will print the newsletter.\n",
     [("print the newsletter", ("Ben",))], ["items to be decided"]),
    ("a doer named in a relative clause owns work that has no other doer",
     "Present: Ann Roe (AR), Ben Ode (BO)\n\nIt was agreed that a tombola be used for the "
     "prizes, which were given to AR who would also buy the tickets.\n",
     [("tombola be used", ("AR",))], []),
    ("a reviewed earlier action is an update, not new work",
     "Actions arising from the January meeting:\nJB to write to the auditors.\nUpdate: complete.\n"
     "\nActions arising:\n1. TS to chase the bank.\n",
     [("chase the bank", ("TS",))], ["write to the auditors"]),
    ("work in the passive with no doer: submitted, drawn up",
     "The road closure application is to be submitted to the Borough Council by 14th March. "
     "The sewa rota for April is to be drawn up and put on the board.\n",
     [("road closure application", ()), ("sewa rota", ())], []),
    ("a legend about markers and a marker named in passing are no actions",
     "Action points are numbered AP1, AP2, ... and tracked by the Editor. A department code "
     "in the ACTION column means that department owns the note. The ethics statement "
     "(AP9/April) will be updated at the same time.\n\nAP6 - HP to draft the statement.\n",
     [("draft the statement", ("HP",))], ["numbered", "column", "updated"]),
    ("a marker naming a priest by his title tags the sentence before it",
     "Present: Fr. Tom Byrne, Nuala Kelly\n\nShopfront - Fr. Tom knows the owners. He said he "
     "would write to\nthem and ask if we could paint the front.\nAction: Fr. Tom\n",
     [("write to them", ("Fr. Tom",))], ["knows the owners"]),
    ("a speaker line asking please is a request, whatever its verb",
     "Present: Tessa, Yuki\n\n### Triage\n\n- Everyone: please label ten stale issues.\n",
     [("label ten stale issues", ("Everyone",))], []),
    ("a numbered minute that is a short task is no sub-heading",
     "Present: Nia Old (NO), Al Sen (AS)\n\nAction list summary\n\n"
     "10.18.04 NO to reinstate noticeboard\n4.2 AS to paint the bench\n",
     [("reinstate noticeboard", ("NO",)), ("paint the bench", ("AS",))], []),
    ("a numbered entry of an actions list is a task however short; its passive has no doer",
     "Present: Nia Old (NO), Al Sen (AS)\n\nActions\n\n10.18.08 Quotes to be obtained for "
     "tree survey\n10.18.09 Letters to be sent to residents\n10.18.10 AS to be sighted on the "
     "survey\n",
     [("Quotes to be obtained", ()), ("Letters to be sent", ()), ("sighted", ("AS",))], []),
    ("where the sentence names its doer and the owner column someone else, the sentence wins",
     "Present: Nia Old (NO), Jo Hale (JH), Al Sen (AS)\n\nRef\tAction\tOwner\n"
     "3.1\tThe dog bin on Wharf Lane is broken. JH to mend it\tNO\n"
     "3.2\tWrite to the county about the verge\tAS\n"
     "3.3\tJH to paint the bench\tJH/AS\n",
     [("JH to mend it", ("JH",)), ("about the verge", ("AS",)), ("paint the bench", ("JH", "AS"))],
     []),
]


@pytest.mark.parametrize(("minutes", "wanted", "not_actions"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_genre_rule(minutes, wanted, not_actions):
    got = extract_text(HEAD + minutes)
    found = [(a.text, a.owners) for a in got.actions]
    for words, owners in wanted:
        match = [o for text, o in found if words.lower() in text.lower()]
        assert match, f"{words!r} not found in {found}"
        assert {o.upper() for o in match[0]} == {o.upper() for o in owners}, found
    for words in not_actions:
        assert not [t for t, _ in found if words.lower() in t.lower()], found
    assert len(found) == len(wanted), found


def test_a_discussion_sentence_and_the_actions_list_are_one_action_in_the_lists_words():
    got = extract_text(HEAD + "Present: Nate Ford, Sara Lin\n\n## Website\n\nAdditionally Nate "
                       "will add the opening hours to the site and the social page.\n\n"
                       "## Action Items\n\n* Add the opening hours to the site and social page "
                       "(Nate)\n")
    assert [(a.text, a.owners) for a in got.actions] == [
        ("Add the opening hours to the site and social page (Nate)", ("Nate",))]


def test_a_table_rows_due_column_dates_it():
    got = extract_text(HEAD + "## Actions\n\n| Action | Who | Due |\n|---|---|---|\n"
                       "| Review the estates strategy | DoF | 30/06/2024 |\n")
    assert [(a.due, a.basis) for a in got.actions] == [(date(2024, 6, 30), "stated")]


def test_an_item_without_a_time_inherits_its_parent_items_deadline():
    got = extract_text(HEAD + "## Actions\n\n- Sam: prepare the fair by 30 April\n"
                       "    - Sam: book the tables\n")
    dues = {a.text: (a.due, a.basis) for a in got.actions}
    assert dues["Sam: book the tables"] == (date(2024, 4, 30), "stated")


def test_people_book_resolves_every_form_of_a_name():
    got = extract_text(HEAD + "Attendees: @vikl (Viktorija Lukosiute), Jane Brown (JB)\n\n"
                       "## Actions\n\n- vikl: send the slides\n- Viktorija to book the room\n"
                       "- VL will chase the printer\n- Jane to pay the deposit\n",
                       aliases={"Viktorija Lukosiute": "vik@example.org"})
    assert [a.owners for a in got.actions] == [("vik@example.org",)] * 3 + [("JB",)]


def test_people_without_an_alias_are_reported_as_the_minutes_name_them():
    got = extract_text(HEAD + "In attendance: Nick Draper, Rosa Leal\n\nN. Draper will share the "
                       "report. Leal will send a doodle. Nick will upload the spreadsheet.\n")
    assert [a.owners for a in got.actions] == [("N. Draper",), ("Leal",), ("Nick",)]


def test_the_minutes_own_body_is_a_doer_and_another_body_is_not():
    got = extract_text("Minutes of the Ashby Parish Council\nDate: 12 March 2024\n\n"
                       "It was agreed that the Parish Council will write to the landowner "
                       "about the verge.\n\nThe County Council will consider the speed "
                       "limit.\n")
    assert [(a.text, a.owners) for a in got.actions] == [
        ("It was agreed that the Parish Council will write to the landowner about the verge.",
         ("Parish Council",))]


def test_a_list_item_takes_the_deadline_the_discussion_it_restates_gave():
    got = extract_text(HEAD + "Present: Nate Ford, Sara Lin\n\n## Website\n\nNate will add the "
                       "opening hours to the site and the social page by 30 April.\n\n"
                       "## Action Items\n\n* Add the opening hours to the site and social page "
                       "(Nate)\n")
    assert [(a.text, a.due, a.basis) for a in got.actions] == [
        ("Add the opening hours to the site and social page (Nate)", date(2024, 4, 30),
         "stated")]


def test_an_action_log_of_this_meetings_new_actions_is_new_work():
    table = ("| No. | Action | Owner | Due | Status |\n|---|---|---|---|---|\n"
             "| 1 | Circulate the accounts | PL | 29/03/2024 | |\n")
    new = extract_text(HEAD + "## Action log (new actions from this meeting)\n\n" + table)
    old = extract_text(HEAD + "## Action log\n\n" + table)
    assert [(a.text, a.owners, a.due) for a in new.actions] == [
        ("Circulate the accounts", ("PL",), date(2024, 3, 29))]
    assert not old.actions  # an action log with a status column reviews earlier actions


def test_owner_dash_task_lines_under_an_actions_heading_with_the_minute_takers_initials():
    got = extract_text(HEAD + "Present: Mo Farouk (MF), Rich Tanaka (RT), Lisa Marsh (LM)\n\n"
                       "Action summary (KB)\n  MF  - order mic arm\n  RT  - ring ISP re "
                       "streaming\n  LM/RT - lottery fund application\n  Playground - the fence "
                       "is fixed\n")
    assert [(a.text, a.owners) for a in got.actions] == [  # a topic before a dash is nobody
        ("order mic arm", ("MF",)), ("ring ISP re streaming", ("RT",)),
        ("lottery fund application", ("LM", "RT"))]


def test_what_goes_before_a_name_in_the_attendance_is_not_a_first_name():
    got = extract_text(HEAD + "Present: The Revd Canon Philip Ashdown (Rector, in the chair); "
                       "Mrs Jean Darby (Secretary)\n\nThe Secretary to display the policy.\n\n"
                       "Philip will draft the rota.\n")
    assert [a.owners for a in got.actions] == [("Secretary",), ("Philip",)]


def test_being_at_an_event_is_not_work_but_reporting_back_from_it_is():
    got = extract_text(HEAD + "Present: Nick Oakhill (NO), Cathy Fleet (CF)\n\n"
                       "NO will attend the webinar on 20 March.\n\n"
                       "CF will attend the planning forum and report back.\n")
    assert [a.text for a in got.actions] == ["CF will attend the planning forum and report back."]


def test_a_bracket_of_capitalised_words_beside_a_full_name_is_a_role():
    got = extract_text(HEAD + "**Attendees:** Dave Knowles (Chairman), Steve Barratt (Club "
                       "Secretary), @mira (Mira Sol)\n\nAction: Dave to book the nets.\n\n"
                       "Lucy reported on juniors. Steve will send the AGM notice.\n\n"
                       "## Actions\n\n- mira: update the fixtures page\n")
    assert [(a.text, a.owners) for a in got.actions][1:] == [
        ("Steve will send the AGM notice.", ("Steve",)),
        ("update the fixtures page", ("mira",))]


def test_an_office_held_in_the_attendance_names_its_holder_and_all_of_a_group_as_minuted():
    got = extract_text(HEAD + "In attendance: Mrs L. Carver (Town Clerk), Mr D. Price (Deputy "
                       "Clerk), Jo Sims (Ground)\n\nThe Deputy Clerk to report the damage to "
                       "the insurers.\n\n## Actions\n\n- All governors to complete the "
                       "module.\n\nThe Ground will be rolled in April.\n")
    assert [(a.text, a.owners) for a in got.actions] == [
        ("The Deputy Clerk to report the damage to the insurers.", ("Deputy Clerk",)),
        ("All governors to complete the module.", ("All governors",))]


def test_an_american_documents_ambiguous_numeric_dates_are_month_first():
    us = extract_text("# Co-op General Meeting\n\n**Date:** 07/09/2023\n\nThe minutes of the "
                      "June 11 meeting were approved. The audit is due by October 31.\n\n"
                      "## Actions\n\n- Erin to send the statements by 07/21/2023\n"
                      "- Dee to book the room by 08/08/2023\n\n**Next meeting:** 09/10/2023\n")
    uk = extract_text("Minutes of the Parish Council\nDate: 07/09/2023\n\nThe minutes of 11 "
                      "June were approved. Items 11.17.01 and 11.17.02 were noted.\n\n"
                      "Clerk to write by 08/10/2023.\n\nNext meeting: 05/10/2023\n")
    assert (us.meeting.month_first, us.meeting.date, us.meeting.next_meeting) == (
        True, date(2023, 7, 9), date(2023, 9, 10))
    assert [a.due for a in us.actions] == [date(2023, 7, 21), date(2023, 8, 8)]
    assert (uk.meeting.month_first, uk.meeting.date, uk.meeting.next_meeting) == (
        False, date(2023, 9, 7), date(2023, 10, 5))
    assert [a.due for a in uk.actions] == [date(2023, 10, 8)]


def test_marker_traditions_action_by_todo_of_and_an_owner_then_when_after_the_action():
    got = extract_text(HEAD + "Present: Ron Dale, Kylie Moss, Tane Walker\n\n"
                       "Signs are faded.\nAction by: Ron - photograph the signs.\n\n"
                       "The trailer is broken. Tane to get quotes. ACTION - Tane, by 29 March\n\n"
                       "Trophies to be ordered. ACTION - Kylie (ASAP)\n\n"
                       "The audit is late.\nAction by: Kylie | Target: 31/03/2024\n\n"
                       "## Dev\n\n- TODO(pixelwitch): ask the modders\n- TODO(?): find the crash\n"
                       "- ~~TODO(moss): fix the flicker~~ done in 0.8.3\n")
    (struck,) = got.updates  # struck through: a report that the work is done
    assert (struck.owners, struck.update) == (("moss",), "Complete")
    assert [(a.text, a.owners, a.due, a.kind) for a in got.actions] == [
        ("photograph the signs.", ("Ron",), date(2024, 4, 9), "new"),
        ("Tane to get quotes.", ("Tane",), date(2024, 3, 29), "new"),
        ("Trophies to be ordered.", ("Kylie",), date(2024, 3, 26), "new"),
        ("The audit is late.", ("Kylie",), date(2024, 3, 31), "new"),
        ("ask the modders", ("pixelwitch",), date(2024, 4, 9), "new"),
        ("find the crash", (), date(2024, 4, 9), "new")]


def test_a_list_item_tagged_with_its_owner_after_a_dash_is_an_action_anywhere():
    got = extract_text(HEAD + "Attendees: Priya Desai (warehouse coordinator), Martin Cole\n\n"
                       "## Numbers\n\n- Urgent appeal on Facebook for tinned meat — Priya\n"
                       "- Fill the Saturday rota gaps — TBC\n- Stock report — Martin\n"
                       "- Ask the council about the lease — Councillor Jones\n")
    assert [(a.text, a.owners) for a in got.actions] == [
        ("Urgent appeal on Facebook for tinned meat", ("Priya",)),
        ("Fill the Saturday rota gaps", ())]


def test_attendance_continued_on_the_next_line_and_initials_written_before_the_name():
    got = extract_text(HEAD + 'Present: Dave Jackson ("Jacko", President), Mark Robertson '
                       '("Robbo",\nClub Captain), Leanne Cho (Nippers Coordinator),\nTane Walker\n'
                       "In attendance: Mr D. Price (Deputy Clerk), 2 members of the public\n\n"
                       "For the Practice:\nJF - Julie Foster (Practice Manager)\n"
                       "DH - Derek Hughes (Vice Chair)\n\n"
                       "1. WELCOME\n\nTrophies to be ordered. ACTION - Leanne\n\n"
                       "Tane will fix the trailer.\n\n## Summary of actions\n\n"
                       "1. JF - check the defibrillator\n2. DH - revise the terms of reference\n")
    assert [(a.text, a.owners) for a in got.actions] == [
        ("Trophies to be ordered.", ("Leanne",)), ("Tane will fix the trailer.", ("Tane",)),
        ("check the defibrillator", ("JF",)), ("revise the terms of reference", ("DH",))]
    lines = [*HEAD.splitlines(), "Present: Mr D. Price (Deputy Clerk), 2 members of the public"]
    people = {p.name: (p.code, p.role) for p in read_people(clean(enumerate(lines, 1)))}
    assert people["Mr D. Price"] == (None, "Deputy Clerk")


def test_attendance_ends_where_the_agenda_begins_and_a_nickname_names_the_person():
    text = (HEAD + 'Present:\nMark Robertson ("Robbo", Club Captain), Brett Hales\n'
            "(Director of Lifesaving), Tane Walker\n\nFor the Practice:\nJF - Julie Foster\n\n"
            "1. WELCOME\n\n2. MATTERS ARISING\n\nRobbo will run the radio refresher.\n\n"
            "SUMMARY OF ACTIONS\n1. JF - check the defibrillator\n")
    names = [p.name for p in read_people(clean(enumerate(text.splitlines(), 1)))]
    assert names == ["Mark Robertson", "Brett Hales", "Tane Walker", "Julie Foster"]
    got = extract_text(text)
    assert [(a.text, a.owners) for a in got.actions] == [
        ("Robbo will run the radio refresher.", ("Robbo",)),
        ("check the defibrillator", ("JF",))]


def test_handles_after_an_ai_marker_a_persons_heading_and_a_resolution_in_the_subjunctive():
    got = extract_text(HEAD + "Attendees: @dev-rao (Devika Rao), @mkowalski (Marta Kowalski), "
                       "Chloe Martin (CM), Sam Oduya (SO), David Wren (Company Secretary)\n\n"
                       "### Chloe\n\n"
                       "- Next week: Chloe will rerun the models.\n\n### Sam\n\n"
                       "- Done: first draft.\n\n**Resolved:** that the Company Secretary file "
                       "the confirmation statement within 14 days.\n")
    assert [a.owners for a in got.actions] == [("CM",), ("Company Secretary",)]
    ai = extract_text(HEAD + "AI: @mkowalski and @dev-rao draft the KEP\n")
    assert [a.owners for a in ai.actions] == [("mkowalski", "dev-rao")]


def test_last_times_actions_end_with_their_markdown_section_and_a_slashed_action_number():
    got = extract_text(HEAD + "Present: Zainab Ali, Josh Keane\n\n### 1. Welcome\n\n"
                       "Actions from last time:\n\n- Letter to the Head – Josh sent it. Done.\n\n"
                       "### 2. Charity\n\nZainab will contact the food bank.\n\n"
                       "Action 24/14 (CEO): bring a paper on a second collection point.\n")
    assert [(a.text, a.owners) for a in got.actions] == [
        ("Zainab will contact the food bank.", ("Zainab",)),
        ("bring a paper on a second collection point.", ("CEO",))]
    assert got.actions[1].item == "24/14"


def test_an_offices_initials_alias_does_not_capture_another_bodys_member_with_those_initials():
    aliases = {"MC": "T/Ch Supt", "Viktorija Lukosiute": "VL-mail", "ACC": "ACC"}
    got = extract_text(HEAD + "**Present:**\n- MC - Margaret Craddock, Director\n"
                       "- Martin Cole (treasurer)\n- Viktorija Lukosiute (VL)\n\n"
                       "## Actions\n\n- MC to review the quote\n- Martin to buy the racking\n"
                       "- VL to send the slides\n- Viktorija will book the room\n", aliases=aliases)
    assert [a.owners for a in got.actions] == [("MC",), ("Martin",), ("VL-mail",), ("VL-mail",)]
    office = extract_text(HEAD + "MC to review the custody audit.\n", aliases=aliases)
    assert [a.owners for a in office.actions] == [("T/Ch Supt",)]


def test_a_plain_text_table_set_out_with_spaces_is_read_by_its_columns():
    got = extract_text(HEAD + "Present: Lucy Hart, Raj Patel\n\nACTIONS\n"
                       "Who        What                                 When\n"
                       "Lucy       Buy eggs for the trail               by 29 Mar\n"
                       "Raj        Ask the bat group about a May walk   next meeting\n\n"
                       "The path   was   cleared.\n")
    assert [(a.text, a.owners, a.due) for a in got.actions] == [
        ("Buy eggs for the trail", ("Lucy",), date(2024, 3, 29)),
        ("Ask the bat group about a May walk", ("Raj",), date(2024, 4, 12))]


def test_a_groups_label_inside_the_attendance_list_is_not_part_of_a_name():
    text = (HEAD + "PRESENT:\nDirectors: Linda Park (President), Marc Tremblay\n"
            "Management: Daniel Ferreira\n\nThe board discussed fines. Linda to contact the "
            "lawyer for advice.\n")
    names = [p.name for p in read_people(clean(enumerate(text.splitlines(), 1)))]
    assert names == ["Linda Park", "Marc Tremblay", "Daniel Ferreira"]
    assert [a.owners for a in extract_text(text).actions] == [("Linda",)]


def test_an_action_log_table_without_a_status_column_is_this_meetings_work():
    got = extract_text(HEAD + "Present: Ruth Webb (RW), Jo Oakes (JO)\n\n"
                       "Action log\n\n| No. | Action | Owner | Due |\n"
                       "|---|---|---|---|\n| 1 | Order Christmas card stock | RW | 15/03/2024 |\n\n"
                       "## Matters arising\n\n| No. | Action | Owner | Status |\n"
                       "|---|---|---|---|\n| 4 | Circulate the rota | JO | Complete |\n")
    assert [(a.text, a.owners, a.kind) for a in got.actions] == [
        ("Order Christmas card stock", ("RW",), "new")]
    assert [(a.text, a.kind) for a in got.updates] == [("Circulate the rota", "carried")]


def test_arrow_bullets_a_whos_doing_what_list_and_the_year_from_the_next_heading_line():
    got = extract_text("HADLEY MEN'S SHED\nMonthly natter - January 2025 meeting\n"
                       "Tues 14th Jan, 10.30 in the Shed\n\nPresent: Keith (chair), Barry, Dev\n\n"
                       "Bird boxes went well.\n→ Dev: order the new lathe guard\n\n"
                       "WHO'S DOING WHAT\nBarry: three prices for oak by next Tues\n")
    assert got.meeting.date == date(2025, 1, 14)
    assert [(a.text, a.owners) for a in got.actions] == [
        ("order the new lathe guard", ("Dev",)),
        ("three prices for oak by next Tues", ("Barry",))]


def test_a_new_row_of_an_action_log_an_owner_and_when_in_one_bracket_and_italic_markers():
    got = extract_text(HEAD + "Present: Chris Fox (CF), Tariq Noon (TN), Ron Dale (RD)\n\n"
                       "## Action log\n\n| Ref | Action | Owner | Deadline | Status |\n"
                       "|---|---|---|---|---|\n"
                       "| 24/31 | Renew the domain | CF | 31/01/2024 | Done |\n"
                       "| 25/01 | Submit the warranty claim | CF | 27/03/2024 | New |\n\n"
                       "## Agreed actions\n\n"
                       "1. Send the copy deadline to venues (TN, by 22 March)\n"
                       "2. Thank the speakers (Craig, Laria)\n\n"
                       "The signs are faded.\n*Action: RD*\n")
    assert [(a.text, a.owners, a.due) for a in got.actions] == [
        ("Submit the warranty claim", ("CF",), date(2024, 3, 27)),
        ("Send the copy deadline to venues", ("TN",), date(2024, 3, 22)),
        ("Thank the speakers (Craig, Laria)", ("Craig", "Laria"), date(2024, 4, 9)),
        ("The signs are faded.", ("RD",), date(2024, 4, 9))]
    assert [a.text for a in got.updates] == ["Renew the domain"]


def test_a_held_paragraph_wrapped_over_lines_dates_the_meeting():
    got = extract_text("WESTMARSH COUNTY COUNCIL\n\nMINUTES of a meeting of the Health Scrutiny "
                       "Panel held in\nthe Council Chamber, County Hall, Westmarsh on Tuesday, "
                       "12 March 2024 at 10.00 am.\n\nPRESENT: Councillor Mrs P. Ambrose\n")
    assert got.meeting.date == date(2024, 3, 12)


def test_the_items_of_a_resolved_that_list_that_give_someone_work():
    got = extract_text(HEAD + "RESOLVED that:\n(a) the report be noted;\n(b) the Chairman write "
                       "to the Chief Executive of the ICB; and\n(c) the urgent care strategy be "
                       "considered by the Panel.\n\nThe meeting closed.\n")
    assert [(a.text, a.owners) for a in got.actions] == [
        ("the Chairman write to the Chief Executive of the ICB; and", ("Chairman",))]


def test_an_office_is_a_doer_even_when_its_words_are_common_ones():
    got = extract_text(HEAD + "The officer said the report was late.\n\n"
                       "The Head of Governance agreed to add cyber security to the register.\n\n"
                       "RESOLVED that:\n(a) the report be noted; and\n(b) the Scrutiny Officer "
                       "circulate a draft scope.\n\nThe meeting closed.\n")
    assert [a.owners for a in got.actions] == [("Head of Governance",), ("Scrutiny Officer",)]


def test_a_square_bracket_owner_tag_after_a_sentence_and_a_numbered_title_over_its_body():
    got = extract_text(HEAD + "Present:\n  Alan Rigg      - Belfry Adviser (AR)\n"
                       "  Sam Ellwood    - Ringing Master (SE)\n\n5. Belfry matters\n"
                       "   The frame at Ulverston is moving. AR will inspect it again in June. "
                       "[AR]\n   Kirkby have asked for advice.\n\n6. Training and recruitment\n"
                       "   SE to arrange a striking workshop, probably at Cartmel. [SE]\n")
    assert [(a.text, a.owners) for a in got.actions] == [
        ("AR will inspect it again in June.", ("AR",)),
        ("SE to arrange a striking workshop, probably at Cartmel.", ("SE",))]
    assert [(p.name, p.code, p.capacity) for p in got.meeting.attendees] == [
        ("Alan Rigg", "AR", "Belfry Adviser"), ("Sam Ellwood", "SE", "Ringing Master")]


def test_a_long_attendance_line_under_a_heading_and_a_code_after_a_comma_in_a_bracket():
    line = "; ".join(f"{first} {last} (Year {n} Computer Science with Maths, {first[0]}{last[0]})"
                     for n, (first, last) in enumerate(
                         [("Amir", "Haddad"), ("Bethan", "Lloyd"), ("Kofi", "Mensah"),
                          ("Ellie", "Grant")], 1))
    assert len(line) > 160
    text = HEAD + "# Attendance\n" + "Student representatives: " + line + "\n\n# 1. Welcome\n"
    people = {p.name: p.code for p in read_people(clean(enumerate(text.splitlines(), 1)))}
    assert people == {"Amir Haddad": "AH", "Bethan Lloyd": "BL", "Kofi Mensah": "KM",
                      "Ellie Grant": "EG"}


def test_asking_all_of_a_group_gives_the_work_to_all_of_it():
    got = extract_text(HEAD + "Margaret asked all council members to send their reports to "
                       "Hugh by 31 May.\n\nThe chair asked Thames Water to confirm the date.\n")
    assert [a.owners for a in got.actions] == [("all council members",)]


def test_here_as_attendance_ap_markers_and_the_next_agenda_item_ending_last_times_actions():
    got = extract_text(HEAD + "Here: Ken Mayhew (fixtures sec), Jodie Marsh\nNot here: Phil Gower"
                       "\n\n1. ACTIONS FROM LAST MEETING\n- Trophies (KM): engraved. Closed.\n\n"
                       "2. NEW SEASON\nKen to send the fixture list to all captains by Friday.\n"
                       "Jodie offered to make up a WhatsApp group.\nMONEY\nFees are due.\n"
                       "AP: KM - book the hall for the presentation night.\n")
    assert [(a.text, a.owners) for a in got.actions] == [
        ("Ken to send the fixture list to all captains by Friday.", ("Ken",)),
        ("Jodie offered to make up a WhatsApp group.", ("Jodie",)),
        ("book the hall for the presentation night.", ("KM",))]
    text = HEAD + "Here: Ken Mayhew (fixtures sec), Jodie Marsh\nNot here: Phil Gower\n"
    assert [(p.name, p.present) for p in read_people(clean(enumerate(text.splitlines(), 1)))] == [
        ("Ken Mayhew", True), ("Jodie Marsh", True), ("Phil Gower", False)]


def test_a_page_with_no_blank_lines_is_dated_and_a_weekday_day_month_takes_the_titles_year():
    pdf_like = extract_text("Harbourside Refugee Welcome\nOperations Group - Minutes\n"
                            "Thursday 10 October 2024, 6.00pm, St Luke's Church Hall\nAttendance\n"
                            "Present: Rashid Ahmed (RA, Chair); Priya Kaur (PK)\n"
                            "Apologies: Eilidh Shaw.\n"
                            "1. Minutes of the meeting of 12 September 2024\n"
                            "Approved. All actions from September are complete.\n")
    assert pdf_like.meeting.date == date(2024, 10, 10)
    titled = extract_text("# Canal Society - Work Party Meeting, March 2025\n\n"
                          "**Wed 5/3, 7.30pm, Lock Keeper's Cottage**\n\nPresent: Ann Marsh\n")
    assert titled.meeting.date == date(2025, 3, 5)


def test_any_label_over_a_list_of_people_is_attendance_and_actions_alone_heads_a_list():
    text = ("# ClimbSoc committee - Sunday 9 February 2025\n\n**on the call:** @jess (Jess Tan, "
            "president), @kai (Kai Okonjo),\n@priyam (Priya Mehta), @ollie (Oliver Grant)\n\n"
            "- priyam to send kai the final kit list tonight\n- the wall is shut next week\n\n"
            "ACTIONS\nollie: book the minibuses by wednesday\n")
    assert [p.handle for p in read_people(clean(enumerate(text.splitlines(), 1)))] == [
        "jess", "kai", "priyam", "ollie"]
    assert [(a.text, a.owners) for a in extract_text(text).actions] == [
        ("priyam to send kai the final kit list tonight", ("priyam",)),
        ("book the minibuses by wednesday", ("ollie",))]


def test_a_group_of_officers_is_an_owner_but_members_agreeing_is_a_decision():
    got = extract_text(HEAD + "Stewards were asked to remind members to check their details.\n\n"
                       "Governors to complete the Prevent module.\n\n"
                       "Members agreed to raise the volunteer discount to 15%.\n")
    assert [(a.text[:9], a.owners) for a in got.actions] == [
        ("Stewards ", ("Stewards",)), ("Governors", ("Governors",))]


def test_a_spaced_table_keeps_narrow_columns_its_header_set_and_a_bare_attendance_heading():
    text = ("Board minutes\nWednesday 17th July 2024\n\nATTENDANCE\n"
            "Cllr Ann Roe (AR)        Chair; Cabinet Member, Brook MBC\n"
            "Nia Begum (NB)           Domestic Abuse Coordinator\n\n"
            "1. ITEMS\nThe plan was noted.\n\n"
            "ACTIONS\nRef     Owner   Action                               Due\n"
            "A24/12  AR      Present the assessment to the Board  16/10/2024\n"
            "A24/13  NB      Share the location data              31/08/2024\n")
    people = read_people(clean(enumerate(text.splitlines(), 1)))
    assert [(p.name, p.code, p.role) for p in people] == [
        ("Cllr Ann Roe", "AR", "Chair; Cabinet Member, Brook MBC"),
        ("Nia Begum", "NB", "Domestic Abuse Coordinator")]
    assert [(a.text, a.owners, a.due) for a in extract_text(text).actions] == [
        ("Present the assessment to the Board", ("AR",), date(2024, 10, 16)),
        ("Share the location data", ("NB",), date(2024, 8, 31))]


def test_a_slash_marker_with_a_trailing_owner_and_when_a_qualified_present_label_and_m_d():
    text = ("LAKESIDE LEAGUE - Board meeting minutes\nDate: 3/11/2025, 7:00 pm\n\n"
            "Directors present: Ann Roe (President), Ben Ito (Treasurer),\nCal Dee (Secretary)\n\n"
            "4. Treasurer\nBalance as of 2/28. Funds must be spent by 6/30/2026.\n"
            "Ben to send the draft budget by 3/28.\n"
            "A/I: get 3 quotes for the rink boards - Cal, by 3/31\n"
            "A/I (AR): write to the ward councillor.\n"
            "Follow up: Ann - book the bins from the City.\n")
    got = extract_text(text)
    assert [p.name for p in read_people(clean(enumerate(text.splitlines(), 1)))] == [
        "Ann Roe", "Ben Ito", "Cal Dee"]
    assert [(a.text, a.owners, a.due) for a in got.actions] == [
        ("Ben to send the draft budget by 3/28.", ("Ben",), date(2025, 3, 28)),
        ("get 3 quotes for the rink boards", ("Cal",), date(2025, 3, 31)),
        ("write to the ward councillor.", ("AR",), date(2025, 4, 8)),
        ("book the bins from the City.", ("Ann",), date(2025, 4, 8))]


def test_symbols_a_key_defines_are_bullets_and_markers_and_a_title_between_marks_is_a_heading():
    text = ("CHOIR COMMITTEE\nWed 12 Feb 2025, 7pm\n\n"
            "key:  ✅ done   🔄 still going   👉 action   📌 decided\n\n"
            "Present: Rosa Tait (chair), Hemi Walker (treasurer)\n\n"
            "~~ treasurer (Hemi) ~~\nbalance $7,840\n"
            "✅ Hemi paid the hall hire\n"
            "👉 Hemi - chase the outstanding subs within a fortnight\n"
            "need 6 ushers, sheet at rehearsal\n"
            "📌 concert budget approved\n"
            "👉 Rosa to ask the other choir for two tenors\n")
    got = extract_text(text)
    assert [(a.text, a.owners, a.due, a.section) for a in got.actions if a.kind == "new"] == [
        ("chase the outstanding subs within a fortnight", ("Hemi",), date(2025, 2, 26),
         "treasurer (Hemi)"),
        ("Rosa to ask the other choir for two tenors", ("Rosa",), date(2025, 3, 12),
         "treasurer (Hemi)")]
    assert not [a for a in got.actions if "hall hire" in a.text]  # done, by the key


def test_an_owner_item_eta_table_of_open_rows_under_an_emoji_actions_heading():
    text = ("Leadership sync\nWhen: Mon Nov 4, 2024\n"
            "Attendees: Dana Kim (CEO), Marco Reyes (CTO), Aisha Bello (VP Sales)\n"
            "Next sync: Mon Nov 11, same time\n\n"
            "# ✅ Action items\nOwner\tItem\tETA\tStatus\n"
            "Dana\tPing legal re: the DPA redlines\tFri\tOpen\n"
            "Marco\tGet SOC 2 quotes\t11/15\tOpen\n"
            "Aisha\tDraft the pricing one-pager\tEOW\tOpen\n"
            "Marco\tPilot numbers to Dana\tbefore next sync\tOpen\n"
            "Aisha\tCountersigned contract to Ben\t10/31\tDone\n")
    got = extract_text(text)
    assert got.meeting.next_meeting == date(2024, 11, 11)
    assert [(a.text, a.owners, a.due) for a in got.actions if a.kind == "new"] == [
        ("Ping legal re: the DPA redlines", ("CEO",), date(2024, 11, 8)),  # Dana's code
        ("Get SOC 2 quotes", ("CTO",), date(2024, 11, 15)),
        ("Draft the pricing one-pager", ("Aisha",), date(2024, 11, 10)),
        ("Pilot numbers to Dana", ("CTO",), date(2024, 11, 11))]


def test_actions_for_next_year_and_the_next_meeting_is_a_weekday():
    got = extract_text(HEAD + "Present: Shona Reid, Col Fraser\n\n## Actions for next year\n"
                       "1. Rebook the first aid cover (Shona)\n\n"
                       "The next meeting is Thursday, 11 April 2024, at 7pm.\n")
    assert [(a.text, a.owners) for a in got.actions] == [("Rebook the first aid cover (Shona)",
                                                          ("Shona",))]
    assert got.meeting.next_meeting == date(2024, 4, 11)


def test_who_is_here_heading_handles_with_name_and_role_and_an_italic_next_call():
    text = ("# Community call — 2024-11-07\n\n## Who's here\n"
            "- @linnea-h (Linnea Holm, maintainer)\n- @sandy-ng (Sandy Ng)\n\n"
            "## Action items\n- [ ] @linnea-h to cut the release candidate by Nov 20\n"
            "- [ ] @sandy-ng to try the caching and report back before the next call\n\n"
            "_Next call: Thursday 2024-12-05, 16:00 UTC, same link._\n")
    people = read_people(clean(enumerate(text.splitlines(), 1)))
    assert [(p.name, p.handle, p.role) for p in people] == [
        ("Linnea Holm", "linnea-h", "maintainer"), ("Sandy Ng", "sandy-ng", None)]
    got = extract_text(text)
    assert got.meeting.next_meeting == date(2024, 12, 5)
    assert [(a.owners, a.due) for a in got.actions] == [
        (("@linnea-h",), date(2024, 11, 20)), (("@sandy-ng",), date(2024, 12, 5))]


def test_a_members_heading_gives_the_next_steps_under_it_to_that_member():
    text = ("Group meeting\nDate: Tuesday 4 March 2025\n"
            "Present: Ingrid Halvorsen (PI), Rafael Souza (student)\n\n"
            "# Round the table\n## Ingrid\nUpdates\n- Interview went fine.\n"
            "Next steps\n- Sign the safety forms before the next group meeting\n"
            "## Rafael\nNext steps\n- Literature review outline to Ingrid in two weeks\n"
            "- Write to the office about travel funding\n"
            "# AOB\n- Someone should update the site.\n")
    assert [(a.text, a.owners) for a in extract_text(text).actions] == [
        ("Sign the safety forms before the next group meeting", ("PI",)),
        ("Literature review outline to Ingrid in two weeks", ("Rafael",)),
        ("Write to the office about travel funding", ("Rafael",))]


def test_points_for_action_with_owner_and_by_lines_and_a_dash_role_in_the_attendance():
    text = ("CORONER'S SERVICE LIAISON MEETING\nNotes of the meeting held on Wednesday 9th "
            "October 2024\n\nPRESENT\nMr Jonathan Pryor - Area Coroner\n"
            "Mrs Lisa Harding - Coroner's Service Manager (CSM)\n\n"
            "1) INQUESTS\nThe backlog was discussed.\n\n"
            "DATE OF NEXT LIAISON MEETING\nWednesday 15th January 2025, 2.00pm.\n\n"
            "POINTS FOR ACTION\n\n1. Set up a task group on backlog recovery\n"
            "   Owner: Area Coroner\n   By: within 28 days\n\n"
            "2. Circulate the on-call rota\n   Owner: CSM\n   By: next liaison meeting\n")
    got = extract_text(text)
    assert got.meeting.next_meeting == date(2025, 1, 15)
    assert [(a.text, a.owners, a.due) for a in got.actions] == [
        ("Set up a task group on backlog recovery", ("Area Coroner",), date(2024, 11, 6)),
        ("Circulate the on-call rota", ("CSM",), date(2025, 1, 15))]


def test_a_bracket_tagging_the_sentence_before_with_its_action_number_and_owner():
    got = extract_text(HEAD + "Present: Amira Shah (AS), Dan Okoro (DO)\n\n"
                       "The three searches will be referred to Professional Standards. "
                       "(Action 1 – DO)\n\nMembers asked for the ratio by neighbourhood in "
                       "future packs. (Action 2 – AS)\n")
    assert [(a.text, a.owners) for a in got.actions] == [
        ("The three searches will be referred to Professional Standards.", ("DO",)),
        ("Members asked for the ratio by neighbourhood in future packs.", ("AS",))]


def test_an_officer_column_and_a_line_listing_officers_is_attendance_not_work():
    text = ("Audit and Governance Committee\nMinutes of the meeting held on Tuesday 26 November "
            "2024\nPresent\nMembers: Councillor Gwen Harcourt (Chair), Mr Alan Rees\n"
            "Officers: Fiona Marsh, Treasurer to the Authority; Jason Tilley, Director of "
            "Corporate Services (DCS)\n\nAG/24/44 Internal audit\nThe report was noted.\n\n"
            "Schedule of actions arising\nRef\tAction\tOfficer\tDue\n"
            "AG/24/44.1\tExplain the payroll control weaknesses\tDCS\t25/02/2025\n")
    assert [(a.text, a.owners, a.due) for a in extract_text(text).actions] == [
        ("Explain the payroll control weaknesses", ("DCS",), date(2025, 2, 25))]


def test_councillors_before_two_names_and_an_office_whose_title_holds_and():
    got = extract_text(HEAD + "Present: Councillor Lauren Pike, Councillor Amir Rahman, "
                       "Ellis Ward (Scrutiny and Democratic Services Officer)\n\n"
                       "Councillors Pike and Rahman agreed to meet the depot manager.\n\n"
                       "The Head of Estates and Compliance agreed to run a continuity test.\n\n"
                       "The Clerk and Treasurer to sign the mandate.\n")
    assert [a.owners for a in got.actions] == [
        ("Pike", "Rahman"), ("Head of Estates and Compliance",), ("Clerk", "Treasurer")]


def test_a_progress_meeting_table_whose_action_column_names_the_party():
    text = ("Progress Meeting No. 7\nDate: Thursday 24th April 2025\n"
            "Name\tOrganisation\tRole\tCode\n"
            "Dave Kerr\tBrackley Construction Ltd\tSite manager\tMC\n"
            "Tom Hollis\tHollis Ward Architects\tArchitect\tARC\n\n"
            "Item\tDescription\tAction\tDate\n"
            "7.1\tPROGRAMME AND PROGRESS\t\t\n"
            "7.1.1\tMC reported the frame is complete.\tInfo\t\n"
            "7.1.2\tMC to issue a revised programme for the delay.\tMC\t02/05/25\n"
            "7.2.1\tMinutes of PM6 agreed.\tNote\t\n"
            "7.2.2\tRooflight upstand detail to be revised to suit the kerb.\tARC\t30/05/25\n")
    people = read_people(clean(enumerate(text.splitlines(), 1)))
    assert [(p.name, p.code, p.role) for p in people] == [
        ("Dave Kerr", "MC", "Site manager"), ("Tom Hollis", "ARC", "Architect")]
    got = extract_text(text)
    assert [(a.text, a.owners, a.due, a.section) for a in got.actions] == [
        ("MC to issue a revised programme for the delay.", ("MC",), date(2025, 5, 2),
         "PROGRAMME AND PROGRESS"),
        ("Rooflight upstand detail to be revised to suit the kerb.", ("ARC",),
         date(2025, 5, 30), "PROGRAMME AND PROGRESS")]


def test_actions_arising_closing_the_minutes_are_this_meetings_and_an_update_column_is_news():
    agm = ("# Minutes of the Annual General Meeting\nSaturday 16th November 2024\n\n"
           "## 1. Minutes of the 2023 AGM\nAccepted.\n\n## 2. Treasurer\nThe accounts were "
           "adopted.\n\n## 3. Education\nThe course starts in March.\n\n"
           "## Actions arising from the AGM\n"
           "• Treasurer to pay the capitation before the end of January\n"
           "• Tom Eccles to set up the hornet monitoring rota\n")
    assert [(a.text[:14], a.kind) for a in extract_text(agm).actions] == [
        ("Treasurer to p", "new"), ("Tom Eccles to ", "new")]
    weekly = ("Weekly coordination meeting\nDate: Monday 09/06/2025\n\n"
              "Name\tRole\tInitials\nKiprono Langat\tWASH Engineer\tKL\n\n"
              "Area\tUpdate\tNext steps\tLead\tBy when\n"
              "WASH\tPump test done 05/06, yield good.\tSend the pump test results to the "
              "County\tKL\t12/06/2025\n"
              "Logistics\tSecond vehicle at the garage.\t-\t-\t-\n")
    assert [(a.text, a.owners, a.due, a.kind) for a in extract_text(weekly).actions] == [
        ("Send the pump test results to the County", ("KL",), date(2025, 6, 12), "new")]


def test_next_committee_and_next_wp4_call_labels_and_a_yearless_month_first_date():
    got = extract_text("Film society committee\nThursday 6th March 2025\n\nSome business.\n\n"
                       "Next committee: Thurs 3rd April, same place, 7.45.\n")
    assert got.meeting.next_meeting == date(2025, 4, 3)
    call = extract_text("AQUATWIN consortium\nWP4 call, 13 May 2025\n\nRisks reviewed.\n\n"
                        "Next WP4 call: Tuesday 10 June 2025, 14:00 CET.\n")
    assert call.meeting.next_meeting == date(2025, 6, 10)
    us = extract_text("Friends of the Library\n**Date:** 3/13/2025, 6:30 PM\n\n"
                      "Present: Linda Okoro (Treasurer)\n\n## Action items\n"
                      "- Linda – card reader set up and tested – before 4/12\n")
    assert [(a.owners, a.due) for a in us.actions] == [(("Linda",), date(2025, 4, 12))]


def test_member_as_a_title_before_a_surname():
    got = extract_text(HEAD + "Present: Chairperson Tama Ngata, Member Sione Faleolo\n\n"
                       "Member Faleolo agreed to meet the residents' group before the next "
                       "meeting.\n\nBoard Member Patel will circulate the draft.\n")
    assert [a.owners for a in got.actions] == [("Member Faleolo",), ("Board Member Patel",)]


def test_an_item_closed_by_a_completion_is_a_report_of_done_work():
    got = extract_text(HEAD + "Present: Lea Marchand, Tom Brenner\n\nTOPIC: open action items\n"
                       "ACTION-203 (Lea) circulate the draft error codes - done, CLOSED.\n"
                       "ACTION-207 (Tom) ask legal about the price display rule - still "
                       "waiting, keep it open.\n\n"
                       "ACTION-214: Tom to update the schema to be done by Friday.\n")
    assert not [a for a in got.actions if "error codes" in a.text]
    assert [a for a in got.actions if "update the schema" in a.text]  # "to be done by": work
    assert [(u.update, "error codes" in u.text) for u in got.updates] == [("Complete", True)]


def test_attendance_codes_and_capacities_in_brackets_commas_and_dashes():
    text = ("Risk Committee\nHeld on Tuesday 22 April 2025\n\n"
            "Present: Helen Marsh (Chair, Independent Non-Executive Director) (HM); Richard "
            "Coates (INED) (RC)\nIn attendance: Alan Moss, Company Secretary (CoSec), minutes\n\n"
            "PRESENT\nMrs Lisa Harding - Coroner's Service Manager (CSM) (notes)\n")
    people = read_people(clean(enumerate(text.splitlines(), 1)))
    assert [(p.name, p.code, p.role) for p in people] == [
        ("Helen Marsh", "HM", "Chair, Independent Non-Executive Director"),
        ("Richard Coates", "RC", "INED"), ("Alan Moss", "CoSec", "Company Secretary"),
        ("Mrs Lisa Harding", "CSM", "Coroner's Service Manager")]


def test_a_labelled_attendance_line_over_indented_lines_one_person_each():
    text = ("ROWING CLUB\nMinutes of the meeting held on Wednesday 26th February 2025\n\n"
            "Present:   Jo Tanner (JT) - Captain\n"
            "           Alistair Ferris (AF) - President, in the chair\n"
            "           Nicola Brandt (NB) - Hon. Secretary\n"
            "Apologies: Raj Patel (Welfare Officer)\n\n"
            "25/19  SAFEGUARDING\n       Two DBS checks expire in May. NB to remind both "
            "coaches to renew.\n")
    people = read_people(clean(enumerate(text.splitlines(), 1)))
    assert [(p.name, p.code, p.role, p.present) for p in people] == [
        ("Jo Tanner", "JT", "Captain", True), ("Alistair Ferris", "AF", "President", True),
        ("Nicola Brandt", "NB", "Hon. Secretary", True),
        ("Raj Patel", None, "Welfare Officer", False)]
    assert [(a.text, a.owners) for a in extract_text(text).actions] == [
        ("NB to remind both coaches to renew.", ("NB",))]


def test_there_and_not_there_labels_and_a_committee_members_line():
    text = ("FILM SOCIETY - committee notes\nThurs 6th March 2025\n\n"
            "there: Maddy Rowe (sec), Tariq Hussain (chair), Bernie Hale (treasurer),\n"
            "       Yusuf Demir (programme)\nnot there: Fran (sick), Anton\n\n"
            "Yusuf to check the licence covers a second screening.\n")
    people = read_people(clean(enumerate(text.splitlines(), 1)))
    assert [(p.name, p.present) for p in people] == [
        ("Maddy Rowe", True), ("Tariq Hussain", True), ("Bernie Hale", True),
        ("Yusuf Demir", True), ("Fran", False), ("Anton", False)]
    assert [a.owners for a in extract_text(text).actions] == [("Yusuf",)]
    members = "Committee members: Ann Lee, Bob Kerr, Cy Ode\n\nBob Kerr to book the hall.\n"
    assert [p.name for p in read_people(clean(enumerate(members.splitlines(), 1)))] == [
        "Ann Lee", "Bob Kerr", "Cy Ode"]


def test_the_note_takers_own_first_person_commitments():
    text = ("FILM SOCIETY - committee notes\nThurs 6th March 2025\n"
            "(notes: Maddy - shout if I've got anything wrong)\n\n"
            "there: Maddy Rowe (sec), Tariq Hussain (chair), Claire Penrose (membership)\n\n"
            "I'll email the distributor about the booking tomorrow.\n\n"
            "Claire and I are going to sort out the member email list this month.\n\n"
            "I think the bulb will last.\n")
    got = extract_text(text)
    assert got.meeting.minute_taker == "Maddy"
    assert [(a.text[:12], a.owners) for a in got.actions] == [
        ("I'll email t", ("Maddy",)), ("Claire and I", ("Claire", "Maddy"))]


def test_a_hard_wrapped_indented_paragraph_goes_on_after_a_capital_but_item_lines_do_not():
    wrapped = ("ROWING CLUB\nMinutes of the meeting held on Wednesday 26th February 2025\n\n"
               "25/16  CAPTAIN'S REPORT\n"
               "       JT reported 41 active seniors and 23 juniors. The entry for the Head is\n"
               "       confirmed for two eights and the trailer is booked for the weekend of\n"
               "       the race. ACTION: JT to publish the course on the website and British\n"
               "       Rowing's Go Row page within 10 days.\n"
               "25/17  EQUIPMENT\n"
               "       ML reported that the coxless four has a cracked rigger and that the\n"
               "       committee agreed to repair rather than replace it after the vote of\n"
               "       six to one. ACTION: ML to obtain two quotes for the rigger repair and\n"
               "       report back; the ergs are due their annual service in the spring and\n"
               "       members were reminded to book them through the online form.\n")
    assert next((a.text[-27:], a.due) for a in extract_text(wrapped).actions) == (
        "Go Row page within 10 days.", date(2025, 3, 8))
    items = ("Working group call\n2024-10-15\n\n"
             "  ACTION-215: Dev to write three worked examples for time-of-use tariffs in the\n"
             "  coming weeks\n"
             "  ACTION-216: Chairs to draft the agenda for the Lisbon slot by 1 November\n"
             "  Ingrid will ask the Alliance staff for a room with proper remote participation\n"
             "  Kenji to send a short follow-up liaison note to the TC pointing at the flag\n")
    assert [a.text[-12:] for a in extract_text(items).actions] == [
        "coming weeks", "y 1 November", "articipation"]  # three lines, three actions


def test_hon_officers_and_an_adverb_before_agreed():
    got = extract_text(HEAD + "Present: Mr Simon Cohen (Hon. Treasurer), Mr Paul Rosen\n\n"
                       "It was agreed that the Hon. Treasurer would prepare a draft budget.\n"
                       "Action: Hon. Treasurer\n\n"
                       "Mr Rosen also agreed to ask the Borough Council about a dropped kerb.\n")
    assert [(a.text[:20], a.owners) for a in got.actions] == [
        ("It was agreed that t", ("Hon. Treasurer",)), ("Mr Rosen also agreed", ("Mr Rosen",))]


def test_next_sync_next_saturday_and_next_call_with_a_date_straight_after():
    sync = extract_text("# Dev sync notes\nSaturday 18 January 2025\n\nStuff.\n\n"
                        "**Next sync:** same time next Saturday (25th)\n")
    assert sync.meeting.next_meeting == date(2025, 1, 25)
    call = extract_text("WG call\n2024-11-14\n\nnsingh: next call 28 November; the 12 December "
                        "call is cancelled\n")
    assert call.meeting.next_meeting == date(2024, 11, 28)


def test_next_retro_and_a_next_meeting_named_by_the_opening_lines():
    retro = extract_text("# Sprint 14 retro\nFriday 9 Feb 2024\n\nWent well.\n\n"
                         "Next retro: Friday 23 Feb.\n")
    assert retro.meeting.next_meeting == date(2024, 2, 23)
    vestry = extract_text("St. Columba's Episcopal Church\nAshford, Connecticut\n"
                          "# Minutes of the Vestry Meeting\nTuesday, October 22, 2024\n\n"
                          "Business.\n\nThe meeting closed at 8:45 p.m. The next vestry meeting "
                          "is Tuesday, November 19, 2024, in the Parish Hall.\n")
    assert vestry.meeting.next_meeting == date(2024, 11, 19)


def test_a_next_meeting_heading_with_an_agenda_reference_over_its_date():
    got = extract_text("Referees' Committee\nMinutes of meeting held on Saturday 28 September "
                       "2024\n\nRC 24/39 Any other business\nNone.\n\nRC 24/40 Next meeting\n"
                       "Saturday 23 November 2024, 10:00 CET, online.\n")
    assert got.meeting.next_meeting == date(2024, 11, 23)
    prose = extract_text("Committee\nHeld on 3 March 2024\n\nThe report will be brought to "
                         "the next meeting\nThe Clerk said the hall is booked for 5 April.\n")
    assert prose.meeting.next_meeting is None


def test_action_log_in_a_heading_is_no_glued_action_marker():
    got = extract_text("Partnership Board\nWednesday 17th July 2024\n\n"
                       "2. MINUTES OF THE LAST MEETING (17th April 2024) AND ACTION LOG\n"
                       "The minutes were agreed.\n\n3. FESTIVAL\nFringe Festival ACTION make sure "
                       "the stewards are briefed\n")
    assert [a.text for a in got.actions] == ["Fringe Festival ACTION make sure the stewards are "
                                             "briefed"]


def test_recommendations_to_another_body_are_not_the_meetings_work():
    got = extract_text(HEAD + "RESOLVED to RECOMMEND to Cabinet that:\n\n"
                       "1. the Council pursues the leasing of 20 more units;\n"
                       "2. the use of bed and breakfast is reported every quarter.\n\n"
                       "RESOLVED that:\n(a) the Clerk write to the ICB about the surgery;\n")
    assert [(a.text[:22], a.owners) for a in got.actions] == [
        ("the Clerk write to the", ("Clerk",))]


def test_one_reader_for_attendance_tables_whatever_their_pipes():
    text = ("# Community call\n2022-06-07\n\n## Attendees\n\n"
            "|   Name           |  Institution  | GitHub Handle|\n"
            "|------------------|---------------|--------------|\n"
            "| Steven Silvester | MongoDB       | @blink1073\n"
            "| A. T. Darian| QuantStack | @afshin | \n"
            "| Tony Fast | Quansight | @tonyfast |\n")
    people = read_people(clean(enumerate(text.splitlines(), 1)))
    assert [(p.name, p.handle) for p in people] == [
        ("Steven Silvester", "blink1073"), ("A. T. Darian", "afshin"), ("Tony Fast", "tonyfast")]


def test_a_chatty_attendance_line_names_its_people_and_who_could_not_come():
    text = ("# Shop volunteers' get-together, March 2025\n\n"
            "**Who came:** Lorraine (shop manager, writing this up), Brenda, Pat, Kwame,\n"
            "Margaret H, Stan. Geoff Talbot (area manager) popped in for the first half hour.\n"
            "**Couldn't make it:** Irene, Tomasz\n")
    people = read_people(clean(enumerate(text.splitlines(), 1)))
    assert [(p.name, p.role, p.present) for p in people] == [
        ("Lorraine", "shop manager, writing this up", True), ("Brenda", None, True),
        ("Pat", None, True), ("Kwame", None, True), ("Margaret H", None, True),
        ("Stan", None, True), ("Geoff Talbot", "area manager", True),
        ("Irene", None, False), ("Tomasz", None, False)]


def test_a_jobs_list_and_a_councils_staff_directions_are_actions_lists():
    got = extract_text("# Shop volunteers, March 2025\n\nDate: 13 March 2025\n"
                       "**Who came:** Lorraine, Stan, Pat, Ellie\n\n## Jobs list\n\n"
                       "- [ ] Fix the wobbly glass shelf — Stan\n"
                       "- [ ] Easter window — Pat & Ellie, by 28th\n\n"
                       "9.  STAFF DIRECTION SUMMARY\n\n"
                       "The City Recorder read back the following list; Council confirmed it.\n\n"
                       "  1. Public Works - Traffic count at the school crosswalk - within\n"
                       "     30 days.\n"
                       "  2. City Manager - Circulate the revised goals document - 3/18.\n"
                       "  3. All Councilors - Top three priorities to the Mayor - Fri. 3/21.\n")
    assert [(a.text[:22], a.owners, a.due) for a in got.actions] == [
        ("Fix the wobbly glass s", ("Stan",), date(2025, 4, 10)),
        ("Easter window", ("Pat", "Ellie"), date(2025, 3, 28)),
        ("Public Works - Traffic", ("Public Works",), date(2025, 4, 12)),
        ("City Manager - Circula", ("City Manager",), date(2025, 3, 18)),
        ("Top three priorities t", ("All councilors",), date(2025, 3, 21))]


def test_an_ampersand_inside_a_capacity_does_not_split_the_person():
    text = ("Present: Lindiwe Ndlovu (Social & Bar Convenor), Rob Fourie (Match and Selection "
            "Convenor) & Dirk Botha\n")
    people = read_people(clean(enumerate(text.splitlines(), 1)))
    assert [(p.name, p.role) for p in people] == [
        ("Lindiwe Ndlovu", "Social & Bar Convenor"), ("Rob Fourie", "Match and Selection Convenor"),
        ("Dirk Botha", None)]


def test_an_action_point_table_with_a_responsibility_column_and_attendance_announced():
    got = extract_text("Minutes of the Managing Committee Meeting\n\nThe meeting was held on "
                       "Sunday, 09.03.2025 at 11:00 AM. The following were present:\n"
                       "Smt. Anjali Bhatia - General Secretary\nShri Suresh Iyer - Treasurer\n"
                       "Col. H.S. Sandhu (Retd.) - Executive Member (Security)\n\n"
                       "S.No.\tAction Point\tResponsibility\tTarget Date\n"
                       "1\tObtain audit quotation from the CA firm\tTreasurer\tNext meeting\n"
                       "2\tIssue AGM notice to all residents\tSmt. Anjali Bhatia\t31.03.2025\n"
                       "3\tNegotiate the AMC\tCol. H.S. Sandhu / Treasurer\tASAP\n")
    assert [(a.text[:20], a.owners, a.due) for a in got.actions] == [
        ("Obtain audit quotati", ("Treasurer",), date(2025, 4, 9)),  # (the cadence: N unknown)
        ("Issue AGM notice to ", ("Smt. Anjali Bhatia",), date(2025, 3, 31)),
        ("Negotiate the AMC", ("Col. H.S. Sandhu", "Treasurer"), date(2025, 3, 23))]


def test_an_owner_column_names_its_owners_whoever_they_are():
    got = extract_text(HEAD + "Present: Art Wiebe (President), Paul Marsh, Chair, Academic "
                       "Standards Committee (ASQC)\n\nNo.\tAction\tResponsible\tTarget\n"
                       "1\tDraft the capital budget\tController\t-\n"
                       "2\tBook the hall for the AGM\tDir. Lachance\t-\n"
                       "3\tReview the policy and report back\tDirs. Hnatiuk & Dhaliwal\t-\n"
                       "4\tComplete the GM's review\tExecutive Committee\t-\n"
                       "5\tDevelop the guidance\tChair, ASQC\t-\n"
                       "6\tProvide the corrected mapping\tDean, Faculty of Health\t-\n"
                       "7\tThe bins are emptied on Fridays\tNote\t-\n")
    assert [a.owners for a in got.actions] == [
        ("Controller",), ("Dir. Lachance",), ("Hnatiuk", "Dhaliwal"), ("Executive Committee",),
        ("ASQC",), ("Dean, Faculty of Health",)]


def test_a_sig_notes_page_attendees_then_agenda_and_handles_before_their_tasks():
    got = extract_text("# SIG Storage meeting notes\n\n## 2024-05-09\n\n**Attendees:** Xing Yang "
                       "(@xing-yang), Jan Safranek (@jsafrane), Michelle Au\n\n**Agenda**\n\n"
                       "- [Xing] planning review\n\n**Action items**\n"
                       "- [ ] @jsafrane review VolumeGroupSnapshot KEP (by Fri)\n"
                       "- [ ] @xing-yang and @jsafrane draft the blog post\n")
    assert [a.name for a in got.meeting.attendees] == ["Xing Yang", "Jan Safranek", "Michelle Au"]
    assert [(a.text[:18], a.owners, a.due) for a in got.actions] == [
        ("@jsafrane review V", ("@jsafrane",), date(2024, 5, 10)),
        ("@xing-yang and @js", ("@xing-yang", "@jsafrane"), date(2024, 6, 6))]
