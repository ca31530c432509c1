"""Generate the three Word minutes of blind set 8 with python-docx.

05: a Scottish village hall SCIO's trustees: formal numbered items with sub-numbers (4.1, 4.2), narrative
    actions by role ("It was agreed that the Treasurer would..."), and a closing Action list table
    (Action / By whom / When).
08: an NGO field office weekly coordination meeting in Kenya: an attendance table with initials, a previous
    actions list, and a programme table Area / Update / Next steps / Lead / By when, then narrative AOB.
12: a beekeepers' association AGM: officers' reports, elections and votes, Q&A, and a short
    "Actions arising from the AGM" bullet list; the next meeting is not fixed.
Run with /work/main/.venv/bin/python.
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).parent / "minutes"


def build(name, blocks, font="Calibri"):
    doc = Document()
    doc.styles["Normal"].font.name = font
    doc.styles["Normal"].font.size = Pt(11)
    for kind, *args in blocks:
        if kind == "title":
            doc.add_heading(args[0], level=0)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(args[0], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(args[0])
        elif kind == "bp":
            p = doc.add_paragraph()
            p.add_run(args[0]).bold = True
            p.add_run(args[1])
        elif kind == "bullets":
            for item in args[0]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbered":
            for item in args[0]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            rows = args[0]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
    doc.core_properties.title = name
    doc.save(str(OUT / name))


# ----------------------------------------------------------------------------- 05 Scottish village hall SCIO
b05 = [
    ("title", "Auchterlee Village Hall SCIO"),
    ("p", "Scottish Charitable Incorporated Organisation, Scottish Charity No. SC04xxxx"),
    ("h1", "Minutes of the Trustees' Meeting held on Monday 3rd March 2025 at 7.30pm in the Committee Room"),
    ("bp", "Present: ", "Morag Sinclair (Chair), Euan Grant (Treasurer), Fiona Buchanan (Secretary), "
                        "Hamish Reid (Bookings Secretary), Alasdair MacLeod (AM), Isla Robertson (IR)"),
    ("bp", "In attendance: ", "Jean Mackie, Community Development Officer, Highland Council (item 5 only)"),
    ("bp", "Apologies: ", "Rev. Duncan Ross"),
    ("h2", "1. Welcome and apologies"),
    ("p", "The Chair welcomed everyone, in particular Jean Mackie. Apologies were noted as above."),
    ("h2", "2. Declarations of interest"),
    ("p", "Alasdair MacLeod declared an interest in item 6, as his firm had submitted one of the roofing quotes. "
          "He left the room for that item and took no part in the decision."),
    ("h2", "3. Minutes of the previous meeting"),
    ("p", "The minutes of the meeting of 13th January 2025 were approved. Proposed Isla Robertson, seconded "
          "Hamish Reid."),
    ("h2", "4. Matters arising"),
    ("p", "4.1 Boiler service: completed on 4th February. No further action."),
    ("p", "4.2 PVG check for the new youth club leader: the Secretary reported that the application is still "
          "with Disclosure Scotland. To remain on the action list."),
    ("p", "4.3 Hall hire rates: the new rates are on the website and the noticeboard. Complete."),
    ("h2", "5. Community Regeneration Fund"),
    ("p", "Jean Mackie explained the Highland Council Community Regeneration Fund. Applications close on 30th April "
          "and decisions will be made in June. Capital projects of up to £25,000 are eligible, and the roof and "
          "the accessible toilet would both qualify. It was agreed that the Treasurer would prepare the project "
          "budget and that the Secretary would draft the application narrative, both to be circulated to "
          "trustees by 31st March. Jean offered to read a draft before it is submitted."),
    ("h2", "6. Roof repairs"),
    ("p", "Three quotes had been received. After discussion, and with Alasdair MacLeod absent, the trustees agreed "
          "to accept the quote from Strathpeffer Roofing Ltd for £14,200 (four in favour, one abstention). The "
          "Chair will sign the contract as soon as possible. The contractor expects to start after the Easter "
          "holidays. Hamish undertook to tell the regular hirers about the closure dates within 10 working days "
          "of the contractor confirming them."),
    ("h2", "7. Finance"),
    ("p", "The Treasurer presented the accounts to 28th February: £21,330 in the current account and £8,000 in the "
          "reserve account. The OSCR annual return is due by 31st October. The Treasurer will send the 2024/25 "
          "books to the independent examiner by the end of May."),
    ("h2", "8. Bookings"),
    ("p", "The Bookings Secretary reported that bookings are up 12% on last year. The Ceilidh Club has asked for a "
          "regular Friday slot. It was agreed that Hamish would offer them alternate Fridays from April."),
    ("h2", "9. Health and safety"),
    ("p", "The fire risk assessment is due for renewal. IR was asked to arrange a new assessment with an approved "
          "assessor within six weeks. The defibrillator pads expire in June; AM will order replacements in April. "
          "The Community Council checks the defibrillator weekly, as before."),
    ("h2", "10. Any other business"),
    ("p", "The Burns Supper raised £860. The Chair thanked everyone who helped. A hall open day was suggested; it "
          "will be considered at a future meeting."),
    ("h2", "11. Date of next meeting"),
    ("p", "Monday 5th May 2025 at 7.30pm, Committee Room."),
    ("h2", "Action list"),
    ("table", [
        ("Action", "By whom", "When"),
        ("Prepare the project budget for the Regeneration Fund application", "Treasurer", "31 March 2025"),
        ("Draft the application narrative and circulate to trustees", "Secretary", "31 March 2025"),
        ("Sign the roof contract with Strathpeffer Roofing", "Chair", "as soon as possible"),
        ("Notify regular hirers of the closure dates", "Bookings Secretary",
         "within 10 working days of dates being confirmed"),
        ("Send the 2024/25 books to the independent examiner", "Treasurer", "end of May"),
        ("Offer the Ceilidh Club alternate Fridays", "Bookings Secretary", ""),
        ("Arrange the fire risk assessment", "IR", "within six weeks"),
        ("Order new defibrillator pads", "AM", "April"),
        ("PVG check for the youth club leader", "Secretary", "ongoing"),
    ]),
]

# ----------------------------------------------------------------------------- 08 Kenya NGO field office weekly
b08 = [
    ("title", "Maji Safi Initiative - Kisumu Field Office"),
    ("h1", "Weekly Coordination Meeting - Minutes"),
    ("bp", "Date: ", "Monday 09/06/2025, 9.00-10.30am, field office boardroom (Nairobi HQ joined by Zoom)"),
    ("bp", "Chair: ", "Achieng Otieno, Field Office Coordinator.  "),
    ("bp", "Minutes: ", "Grace Njeri, Admin & Finance Officer"),
    ("table", [
        ("Name", "Role", "Initials"),
        ("Achieng Otieno", "Field Office Coordinator", "AO"),
        ("Kiprono Langat", "WASH Engineer", "KL"),
        ("Wanjiru Kamau", "Nutrition Officer", "WK"),
        ("Mohamed Abdi", "M&E Officer", "MA"),
        ("Grace Njeri", "Admin & Finance Officer", "GN"),
        ("Brian Ouma", "Driver / Logistics", "BO"),
        ("Dr. Samuel Mwangi", "Programme Director, Nairobi HQ (Zoom)", "SM"),
    ]),
    ("h2", "1. Previous actions"),
    ("bullets", [
        "Fuel advances for May reconciled (GN) - done.",
        "Borehole pump test at Nyakach (KL) - done on 05/06/2025.",
        "Staff ID cards (GN) - still with the printer, follow up continues.",
        "Share the CHV training photos with HQ communications (WK) - done.",
    ]),
    ("h2", "2. Programme updates"),
    ("table", [
        ("Area", "Update", "Next steps", "Lead", "By when"),
        ("WASH - borehole rehabilitation (Nyakach)",
         "Pump test done 05/06. Yield 3.2 m3/hr, good. Contractor demobilising.",
         "Send the pump test results to the County Water Office", "KL", "12/06/2025"),
        ("WASH - hygiene promotion",
         "14 Community Health Volunteers trained in Nyando. Leaflets ran out on day 2.",
         "Print 500 more IEC leaflets in Kiswahili and Dholuo", "AO", "COB Friday"),
        ("Nutrition",
         "MUAC screening in Muhoroni: 1,240 children screened, 38 referred.",
         "Follow up the 38 referrals with Muhoroni Sub-County Hospital", "WK", "before next weekly"),
        ("M&E",
         "May data cleaning ongoing; 3 sites late with registers.",
         "Submit the monthly indicator report to HQ", "MA", "end of the month"),
        ("Admin / finance",
         "Vehicle insurance for KDA 123X expires soon.",
         "Renew the vehicle insurance", "GN", "ASAP"),
        ("Logistics",
         "Second vehicle at the garage (clutch). Garage says 1 week.",
         "-", "-", "-"),
        ("Partnerships",
         "County Department of Health invited us to the WASH technical working group.",
         "Confirm attendance at the County WASH TWG on 24/06", "AO", ""),
    ]),
    ("h2", "3. HQ update (Dr. Mwangi)"),
    ("p", "Nairobi HQ will share the revised per-diem policy next week. The donor's mid-term review mission is "
          "planned for August; dates to be confirmed by the donor. Dr. Mwangi asked the field office to start "
          "preparing a site visit plan for the mission, and Achieng agreed to draft it by 20th June."),
    ("h2", "4. Security"),
    ("p", "Reminder: all staff must log field movements on the tracker before leaving the office (standing rule). "
          "The County Commissioner has announced no new restrictions. Brian noted that the Ahero road is flooded "
          "in two places; vehicles to use the Kisumu-Kericho route until further notice."),
    ("h2", "5. AOB"),
    ("bullets", [
        "Achieng will brief the new M&E intern on Wednesday.",
        "Mohamed agreed to set up the KoboToolbox forms for the endline survey by 20th June.",
        "The team agreed to move the weekly meeting to Tuesdays from July.",
        "Kiprono raised the need for a second water-quality test kit. Someone to get quotes - not assigned.",
        "The County Government will chlorinate the Nyakach water points after the rains (their plan).",
    ]),
    ("bp", "Next meeting: ", "Monday 16/06/2025, 9.00am."),
]

# ----------------------------------------------------------------------------- 12 beekeepers' association AGM
b12 = [
    ("title", "Dunmere & District Beekeepers' Association"),
    ("h1", "Minutes of the Annual General Meeting"),
    ("p", "Saturday 16th November 2024, 2.00pm, Dunmere Village Hall. 31 members present (list held by the "
          "Secretary). Chair: Ron Beckett."),
    ("h2", "1. Apologies"),
    ("p", "Apologies were received from nine members, including Rosemary Tull (Show Secretary)."),
    ("h2", "2. Minutes of the 2023 AGM"),
    ("p", "The minutes of the AGM of 18th November 2023 were accepted as a true record (proposed Mary Hollins, "
          "seconded Jack Feeney). There were no matters arising."),
    ("h2", "3. Chair's report"),
    ("p", "Ron Beckett reported a difficult season: a wet June, two cases of European foulbrood in the district "
          "(both dealt with by the Seasonal Bee Inspector) and a good heather crop. Membership stands at 84. He "
          "thanked Owen Davies, who is standing down after twelve years as Secretary."),
    ("h2", "4. Treasurer's report and accounts"),
    ("p", "The Treasurer, Jack Feeney, presented the accounts for the year to 30th September 2024, showing a surplus "
          "of £412. The accounts were adopted (proposed Gwen Parry, seconded Ian Shaw; carried unanimously). "
          "Asked whether the association could buy a second honey extractor for members to borrow, the Treasurer "
          "said he would look into the cost."),
    ("h2", "5. Subscriptions for 2025"),
    ("p", "The committee proposed raising the full membership subscription from £32 to £35 to cover the higher "
          "BBKA capitation. Carried, 27 for, 2 against, 2 abstentions. Members were reminded that subscriptions "
          "are due by 31st January each year."),
    ("h2", "6. Apiary Manager's report"),
    ("p", "Ian Shaw reported that the association apiary has six colonies going into winter, all well fed. The "
          "varroa counts were high in September. He will give the association colonies their oxalic acid "
          "treatment in December."),
    ("h2", "7. Election of officers and committee"),
    ("p", "The following were elected unopposed: Chair, Ron Beckett; Secretary, Gwen Parry; Treasurer, Jack "
          "Feeney; Apiary Manager, Ian Shaw; Education Officer, Priya Lal. Committee: Mary Hollins, Owen Davies, "
          "Tom Eccles. The examiner of accounts, Mrs Carol Birch, was re-appointed."),
    ("h2", "8. Education"),
    ("p", "Priya Lal said the beginners' course will start on Saturday 1st March 2025 and already has nine names. "
          "Ron offered to mentor two of the new beginners in the spring. Mary said she would bring the honey show "
          "results to the first committee meeting."),
    ("h2", "9. Asian hornet"),
    ("p", "Tom Eccles gave a short talk. Members should report any sighting through the Asian Hornet Watch app; the "
          "National Bee Unit will then investigate. Tom will set up a hornet trap-monitoring rota for the spring "
          "and asked for volunteers."),
    ("h2", "10. Questions from members"),
    ("p", "Q: Can the association hire out its observation hive? A: Yes, to schools, through the Education Officer. "
          "Q: Will the BBKA exam fees go up? A: That is for the BBKA; no news yet."),
    ("h2", "Actions arising from the AGM"),
    ("bullets", [
        "Gwen Parry (new Secretary) to update the BBKA membership records by the end of the year",
        "Treasurer to pay the BBKA capitation before the end of January",
        "Ron to write to Owen Davies on behalf of the association to thank him for twelve years as Secretary",
        "Education Officer to book the village hall for the beginners' course",
        "Committee to fix the date of its first meeting of 2025 within a month",
        "Tom Eccles to set up the hornet monitoring rota",
    ]),
    ("p", "The meeting closed at 4.05pm and was followed by tea and the honey show prize-giving."),
    ("bp", "Date of next meeting: ", "to be confirmed by the new committee."),
]

if __name__ == "__main__":
    build("05_auchterlee-village-hall-trustees-2025-03.docx", b05)
    build("08_maji-safi-kisumu-weekly-2025-06.docx", b08)
    build("12_dunmere-beekeepers-agm-2024-11.docx", b12)
