"""Generate the three Word minutes of blind set 9 with python-docx.

10: an Indian resident welfare association's managing committee (Gurugram): Indian English, dd.mm.yyyy
    dates, rupee amounts in lakh grouping, an Action Taken Report table on the previous meeting, narrative
    "It was decided that..." items, and a closing ACTION POINTS table (S.No. / Action Point /
    Responsibility / Target Date).
11: a gurdwara's executive committee (England): numbered items, honorifics (S., Bibi, Bhai Sahib), role
    owners, and a bold "Responsible:" line after the items that create work; passive tasks whose owner
    is only on the Responsible line.
12: a South African bowling club's management committee: yyyy/mm/dd dates, one heading per portfolio with
    a short report and an owner-first "Tasks" bullet list (Name - task, when).
Run with /work/main/.venv/bin/python.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).parent / "minutes"


def build(name, blocks, font="Calibri", size=11):
    doc = Document()
    doc.styles["Normal"].font.name = font
    doc.styles["Normal"].font.size = Pt(size)
    for kind, *args in blocks:
        if kind == "title":
            doc.add_heading(args[0], level=0)
        elif kind == "center":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(args[0])
            r.bold = len(args) > 1 and args[1]
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(args[0], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(args[0])
        elif kind == "bp":
            p = doc.add_paragraph()
            p.add_run(args[0]).bold = True
            p.add_run(args[1])
        elif kind == "resp":
            p = doc.add_paragraph()
            r = p.add_run("Responsible: ")
            r.bold = True
            r2 = p.add_run(args[0])
            r2.bold = True
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


# ----------------------------------------------------------------------------- 10 Gurugram RWA
b10 = [
    ("center", "GREEN MEADOWS RESIDENTS' WELFARE ASSOCIATION (Regd.)", True),
    ("center", "Sector 47, Gurugram, Haryana - 122018  |  Regn. No. HR/GGN/RWA/0417"),
    ("h1", "Minutes of the Managing Committee Meeting"),
    ("p", "The meeting of the Managing Committee was held on Sunday, 09.03.2025 at 11:00 AM in the Community Hall. "
          "The following were present:"),
    ("numbered", [
        "Shri R.K. Malhotra - President",
        "Smt. Anjali Bhatia - General Secretary",
        "Shri Suresh Iyer - Treasurer",
        "Ms. Farah Khan - Joint Secretary",
        "Col. H.S. Sandhu (Retd.) - Executive Member (Security)",
        "Shri Vikram Chauhan - Executive Member (Maintenance)",
        "Dr. Meenakshi Rao - Executive Member (Horticulture & Environment)",
    ]),
    ("bp", "Special invitee: ", "Shri Naresh Kumar, Site Supervisor, Apex Facility Services Pvt. Ltd. (maintenance "
                               "agency), for item 4."),
    ("bp", "Leave of absence: ", "Shri Pankaj Goel - Executive Member."),
    ("p", "The President welcomed the members. The quorum being present, the meeting was called to order."),
    ("h2", "1. Confirmation of the minutes of the previous meeting"),
    ("p", "The minutes of the Managing Committee meeting held on 09.02.2025, circulated to all members, were read and "
          "confirmed."),
    ("h2", "2. Action Taken Report on the decisions of the previous meeting"),
    ("table", [
        ("S.No.", "Decision of previous meeting", "Status"),
        ("1", "Repair of the boundary wall near Gate No. 2", "Completed on 22.02.2025"),
        ("2", "Recovery of pending maintenance charges from 14 defaulters",
         "9 have paid; 5 still pending. Treasurer following up."),
        ("3", "Quotations for CCTV upgrade", "Two quotations received; placed under item 5"),
        ("4", "Request to MCG Horticulture Wing for pruning of trees before monsoon",
         "Letter sent on 15.02.2025; reply awaited"),
    ]),
    ("h2", "3. Financial position"),
    ("p", "The Treasurer informed the house that the balance in the SBI savings account as on 28.02.2025 is "
          "Rs. 14,62,380/- and that the Fixed Deposit of Rs. 25,00,000/- matures on 30.04.2025. Collection of "
          "maintenance charges for February stands at 92%. Residents are reminded that maintenance charges are "
          "payable by the 10th of every month, failing which a late fee of Rs. 100/- is levied as per the "
          "bye-laws."),
    ("p", "The Treasurer further informed that the accounts for FY 2024-25 must be audited before the AGM. After "
          "discussion it was decided that the Treasurer will obtain a quotation from the CA firm and put it up "
          "before the Committee in the next meeting."),
    ("h2", "4. Water supply and STP"),
    ("p", "Residents of Blocks C and D have complained of low water pressure on the upper floors. Shri Naresh Kumar "
          "of Apex informed that the booster pump motor has been sent for rewinding and assured that it will be "
          "reinstalled by 15.03.2025. The Committee asked Apex to keep the standby pump running till then."),
    ("p", "Regarding the STP, some residents have raised doubts about the quality of the treated water used for the "
          "gardens. Shri Vikram Chauhan will get the STP treated water tested from an NABL accredited laboratory and "
          "share the report on the residents' WhatsApp group by 31.03.2025."),
    ("h2", "5. Security and CCTV"),
    ("p", "Col. Sandhu placed the two quotations received for upgrading the CCTV system: M/s SecureVision "
          "Rs. 3,85,000/- (16 cameras, 2 NVRs, 1 year AMC) and M/s Trinetra Systems Rs. 4,10,000/- (16 cameras, "
          "2 NVRs, 2 years AMC). The matter was discussed at length. It was decided to go with M/s SecureVision "
          "subject to negotiation on the AMC period. Col. Sandhu and the Treasurer will negotiate with the vendor "
          "and issue the work order at the earliest."),
    ("p", "It was also decided that, with effect from 15.03.2025, entry of visitors, domestic help and delivery "
          "staff will be permitted only through the MyGate app. The security agency is to ensure two guards on "
          "night patrolling from 11 PM to 5 AM."),
    ("h2", "6. Holi Milan 2025"),
    ("p", "The Holi Milan will be held on Friday, 14.03.2025 in the Central Park from 10 AM onwards. A budget of "
          "Rs. 60,000/- was approved. Contribution of Rs. 200/- per head for residents above 12 years. Ms. Farah "
          "Khan will coordinate with the caterer and the DJ. Only herbal colours will be permitted."),
    ("h2", "7. Horticulture"),
    ("p", "Dr. Meenakshi Rao proposed a plantation drive along the internal roads during the monsoon. The Committee "
          "agreed. Dr. Rao will write to the MCG Horticulture Wing requesting 200 saplings for the drive in July."),
    ("h2", "8. Community dogs"),
    ("p", "Several complaints have been received about feeding of community dogs near the children's play area. As "
          "per the AWBI guidelines, feeding cannot be stopped but designated feeding spots can be fixed. The "
          "General Secretary will identify three feeding spots in consultation with the animal lovers' group and "
          "circulate the same within 15 days."),
    ("h2", "9. AGM and elections"),
    ("p", "The term of the present Managing Committee ends on 30.04.2025. It was decided to hold the AGM on "
          "Sunday, 27.04.2025 at 10:30 AM in the Community Hall, where an Election Officer will be appointed. The "
          "AGM notice is to be issued to all residents at least 21 days in advance as per the bye-laws."),
    ("h2", "10. Any other matter"),
    ("p", "Shri Iyer suggested converting the common-area lights to LED to reduce the electricity bill. Shri Chauhan "
          "will get estimates. The handover of the club house by the builder is still pending; the President will "
          "personally speak to the builder's office regarding the same."),
    ("p", "The next meeting of the Managing Committee will be held on Sunday, 13.04.2025 at 11:00 AM."),
    ("p", "The meeting ended with a vote of thanks to the Chair."),
    ("h2", "ACTION POINTS"),
    ("table", [
        ("S.No.", "Action Point", "Responsibility", "Target Date"),
        ("1", "Obtain audit quotation from the CA firm and place before the Committee", "Treasurer",
         "Next meeting"),
        ("2", "Get STP treated water tested at NABL lab and share report with residents", "Shri Vikram Chauhan",
         "31.03.2025"),
        ("3", "Negotiate AMC with M/s SecureVision and issue work order for CCTV upgrade",
         "Col. H.S. Sandhu / Treasurer", "ASAP"),
        ("4", "Holi Milan - caterer and DJ arrangements", "Ms. Farah Khan", "14.03.2025"),
        ("5", "Letter to MCG Horticulture Wing for 200 saplings", "Dr. Meenakshi Rao", "-"),
        ("6", "Identify feeding spots for community dogs and circulate to residents", "General Secretary",
         "24.03.2025"),
        ("7", "Issue AGM notice to all residents", "General Secretary", "06.04.2025"),
        ("8", "Estimates for LED conversion of common-area lights", "Shri Vikram Chauhan", "Next meeting"),
        ("9", "Follow up with the 5 defaulters for pending maintenance charges", "Treasurer", "Ongoing"),
    ]),
    ("p", "Sd/-\nAnjali Bhatia\nGeneral Secretary"),
]

# ----------------------------------------------------------------------------- 11 gurdwara executive committee
b11 = [
    ("title", "Gurdwara Sahib Ashfield"),
    ("p", "Ashfield Sikh Welfare Society - Registered Charity No. 1108xxx"),
    ("h1", "Minutes of the Executive Committee meeting held on Sunday 2nd February 2025, 2.30pm, in the Committee "
           "Room (after the Sukhmani Sahib Path)"),
    ("bp", "Present: ", "S. Gurmeet Singh Sandhu (President); Bibi Jaswinder Kaur Gill (General Secretary); "
                        "S. Harjit Singh Bains (Treasurer); S. Manjit Singh Rehal (Stage Secretary); Bibi Balwinder "
                        "Kaur Johal (Langar Committee Convenor); S. Kuldip Singh Bhogal (Building & Maintenance); "
                        "Dr. Amrit Kaur Sidhu (Punjabi School Coordinator); Simranjeet Kaur Virdi (Youth "
                        "Secretary); S. Ajit Singh Matharu (Trustee, Safeguarding Lead)"),
    ("bp", "Apologies: ", "S. Paramjit Singh Kalsi (Trustee)"),
    ("bp", "Minutes taken by: ", "Bibi Jaswinder Kaur Gill"),
    ("h2", "1. Ardas"),
    ("p", "The meeting began with Ardas by Bhai Sahib Bhai Davinder Singh Ji (Granthi)."),
    ("h2", "2. Minutes of the previous meeting (5th January 2025)"),
    ("p", "The minutes were read and approved. Proposed by Dr. Amrit Kaur Sidhu, seconded by S. Kuldip Singh Bhogal."),
    ("h2", "3. Matters arising"),
    ("p", "(a) Kitchen extractor fan - repaired on 18th January by Midland Catering Services (GBP 640). Complete."),
    ("p", "(b) Car park line painting - still waiting for a dry spell. S. Kuldip Singh Bhogal to arrange when the "
          "weather allows. Carried forward."),
    ("p", "(c) Gift Aid declarations - the new forms are now at the reception desk. Complete."),
    ("h2", "4. Vaisakhi 2025"),
    ("p", "The Akhand Path Sahib will begin on Friday 11th April with the Bhog on Sunday 13th April, followed by "
          "the Nagar Kirtan through the town centre on the same route as last year. The Council's rules say a "
          "road closure application must be made at least eight weeks before the event."),
    ("p", "The road closure application is to be submitted to Ashfield Borough Council by 14th February, together "
          "with the route map and the stewarding plan."),
    ("resp", "General Secretary"),
    ("p", "The Stage Secretary will contact PC Rebecca Holt (community liaison officer) about the route and ask "
          "whether the Safety Advisory Group needs to see the plan."),
    ("resp", "S. Manjit Singh Rehal"),
    ("p", "Around forty stewards will be needed on the day. The Youth Secretary will recruit stewards from the "
          "youth group and arrange hi-vis vests before Vaisakhi."),
    ("resp", "Youth Secretary"),
    ("p", "It was agreed that the Gurdwara will again invite the Mayor and the local MP to the Nagar Kirtan. The "
          "President said he would send the invitations himself."),
    ("resp", "President"),
    ("h2", "5. Langar"),
    ("p", "The cost of ration has risen by about 15% since the summer. More families are booking langar sewa for "
          "birthdays and anniversaries, which helps. The sewa rota for March and April, including the Vaisakhi "
          "days, is to be drawn up and put on the noticeboard by the end of February."),
    ("resp", "Langar Committee Convenor"),
    ("p", "The Environmental Health inspection on 22nd January gave the kitchen a 4-star food hygiene rating. "
          "Reminder to all sewadars: head coverings and aprons must be worn in the kitchen at all times, and "
          "no one under 16 is to use the rotimaker."),
    ("h2", "6. Finance"),
    ("p", "The Treasurer reported January income of GBP 18,420 (golak and donations) and expenditure of GBP 12,960. "
          "The Gift Aid claim of GBP 3,100 was submitted on 20th January. The Charity Commission annual return "
          "is due by 31st October. The gas and electricity contract ends on 31st March."),
    ("p", "Three quotes for the new gas and electricity contract are to be obtained before the next meeting."),
    ("resp", "Treasurer"),
    ("h2", "7. Punjabi School and safeguarding"),
    ("p", "Dr. Amrit Kaur Sidhu reported 86 children on the register. The DBS checks of three teachers have "
          "expired. Dr. Sidhu will make sure all three are renewed within six weeks, and no teacher whose check "
          "has expired will teach alone in the meantime."),
    ("resp", "Dr. Amrit Kaur Sidhu"),
    ("p", "The safeguarding policy must be reviewed every year. S. Ajit Singh Matharu will review it with the "
          "Punjabi School and the youth group and bring it to the March meeting."),
    ("resp", "S. Ajit Singh Matharu"),
    ("h2", "8. Building"),
    ("p", "The roof over the Darbar Hall entrance is leaking again. Two quotes were received: Ashfield Roofing Ltd "
          "GBP 4,800 and Bhogal & Sons GBP 6,250. S. Kuldip Singh Bhogal declared an interest, as Bhogal & Sons "
          "is his brother's firm, and left the room. The committee agreed to accept the quote from Ashfield "
          "Roofing Ltd. The President will sign the order this week."),
    ("h2", "9. Youth"),
    ("p", "The summer youth camp is planned for 28th-31st July. Simranjeet Kaur will book the activity centre in "
          "Derbyshire and bring the costs to a later meeting."),
    ("resp", "Youth Secretary"),
    ("h2", "10. Any other business"),
    ("p", "The sangat has complained about parking on Sundays. S. Kuldip Singh Bhogal will speak to the head "
          "teacher of Oakfield Primary next door about using the school car park on Sunday mornings."),
    ("p", "The committee thanked the sewadars who cleared the snow in January."),
    ("h2", "11. Next meeting"),
    ("p", "Sunday 2nd March 2025, after the Sukhmani Sahib Path."),
    ("p", "The meeting ended with Ardas and the distribution of Karah Parshad."),
]

# ----------------------------------------------------------------------------- 12 South African bowling club
b12 = [
    ("title", "Kwelera River Bowling Club"),
    ("p", "Gonubie, East London  |  affiliated to Border Bowls and Bowls South Africa"),
    ("h1", "Minutes: Management Committee Meeting"),
    ("bp", "Date: ", "Tuesday 2025/03/18, 17:30, clubhouse (bar closed during the meeting)"),
    ("bp", "Present: ", "Koos van der Merwe (President), Thandi Mokoena (Vice-President), Sharon Pillay "
                        "(Secretary, minutes), Dirk Botha (Treasurer), Pieter Louw (Greens Convenor), Lindiwe "
                        "Ndlovu (Social & Bar Convenor), Rob Fourie (Match & Selection Convenor)"),
    ("bp", "Apologies: ", "Gladys Naidoo (Ladies' Section chair)"),
    ("h2", "1. Welcome"),
    ("p", "Koos welcomed everyone and asked for a moment of silence for Hennie Kruger, a member for 31 years, "
          "who passed away on 2025/03/02. Koos will write to the family on behalf of the club."),
    ("h2", "2. Minutes of 2025/02/18"),
    ("p", "Accepted as a true record. Proposed Rob, seconded Lindiwe."),
    ("h2", "3. Matters arising"),
    ("bullets", [
        "Borehole pump: replaced on 2025/02/27 at R14 800. Done.",
        "Honours board: the signwriter has still not quoted. Sharon is following up.",
        "Bar fridge seal: fixed by the supplier under warranty. Done.",
    ]),
    ("h2", "4. Treasurer (Dirk)"),
    ("p", "Bank balance R86 420 at the end of February. Eleven members have not yet paid their 2025 subs, which "
          "were due on 2025/01/31. Municipal rates and water are paid up to date. The insurance renews on "
          "2025/07/01; the broker will send the renewal in June."),
    ("p", "Tasks:"),
    ("bullets", [
        "Dirk - send a final reminder to the eleven members with outstanding subs, by month-end",
        "Dirk - bring a cash-flow projection for the inverter decision (item 8) to the next meeting",
    ]),
    ("h2", "5. Greens (Pieter)"),
    ("p", "Green A was scarified and is recovering well. Greenline Turf will top-dress Green B in April, as per "
          "their contract. Buffalo City Metro's Level 2 water restrictions still apply, so watering is only "
          "before 08:00 and after 18:00. The irrigation controller on Green B keeps resetting after load-shedding."),
    ("p", "Tasks:"),
    ("bullets", [
        "Pieter - get a second quote for a new Green B irrigation controller, in two weeks",
        "Pieter + volunteers - clear the storm-water ditch on the eastern side before the Easter Open",
    ]),
    ("h2", "6. Match & Selection (Rob)"),
    ("p", "Border Bowls district pennants start on 2025/04/05. The club will enter two men's teams, one ladies' "
          "team and one mixed team. Club championships: singles and pairs entries closed on 2025/03/15, 38 "
          "entries. The Easter Open is on 2025/04/18-21; entries close on 2025/04/04 and 22 teams have entered "
          "so far."),
    ("p", "Tasks:"),
    ("bullets", [
        "Rob - submit the pennant team entries to Border Bowls by 2025/03/25",
        "Rob - put the club championship draw up on the notice board this week",
    ]),
    ("h2", "7. Social & Bar (Lindiwe)"),
    ("p", "Bar takings were up 9% in February. The stock-take was done on 2025/03/01. The liquor licence "
          "renewal is due with the Eastern Cape Liquor Board by 2025/04/30. The new-member open day (bowls and "
          "braai) will be on Saturday 2025/05/10."),
    ("p", "Tasks:"),
    ("bullets", [
        "Lindiwe - lodge the liquor licence renewal by 2025/04/15",
        "Lindiwe and Thandi - plan the new-member open day and get flyers to the Gonubie Mall",
    ]),
    ("h2", "8. Load-shedding: inverter and batteries"),
    ("p", "The quote for a 10 kVA inverter with batteries is R62 000 installed. Members want lights and the bar "
          "fridge to stay on during evening league. After discussion the committee decided to wait for Dirk's "
          "cash-flow projection before deciding. No decision tonight."),
    ("h2", "9. General"),
    ("p", "Koos will phone Gladys about holding a combined men's and ladies' prize-giving this year. The gate "
          "code changes on the 1st of every month; the Secretary sends it to members by SMS as usual."),
    ("h2", "10. Next meeting"),
    ("p", "Tuesday 2025/04/15 at 17:30, clubhouse."),
    ("p", "Meeting closed at 19:05."),
]

if __name__ == "__main__":
    build("10_green-meadows-rwa-gurugram-2025-03.docx", b10, font="Cambria", size=11)
    build("11_gurdwara-sahib-ashfield-committee-2025-02.docx", b11, font="Calibri", size=11)
    build("12_kwelera-river-bowling-club-2025-03.docx", b12, font="Arial", size=10)
