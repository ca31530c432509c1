"""Generate the three Word minutes of blind set 7 with python-docx.

05: a startup's weekly leadership sync: emoji headings, a metrics table, a pasted Slack thread and an
    Owner | Item | ETA | Status action table.
07: a US Episcopal vestry: formal headings, inline "Follow up:" paragraphs, and a checklist table with
    ballot-box symbols for last month's items.
10: a university research group: one Heading 2 per person, "Updates" and "Next steps" bullet lists under each.
Run with /work/main/.venv/bin/python.
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor

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
        elif kind == "small":
            p = doc.add_paragraph()
            r = p.add_run(args[0])
            r.italic = True
            r.font.size = Pt(9)
            r.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
        elif kind == "bp":  # bold label, plain text
            p = doc.add_paragraph()
            p.add_run(args[0]).bold = True
            p.add_run(args[1])
        elif kind == "bullets":
            for item in args[0]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "bullets2":
            for item in args[0]:
                doc.add_paragraph(item, style="List Bullet 2")
        elif kind == "mono":  # pasted chat, one paragraph per line
            for line in args[0]:
                p = doc.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(line)
                r.font.name = "Consolas"
                r.font.size = Pt(9.5)
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


# ----------------------------------------------------------------------------- 05 startup leadership sync
b05 = [
    ("title", "Parcelly - Weekly Leadership Sync"),
    ("bp", "When: ", "Mon Nov 4, 2024 · 9:30-10:30 AM PT · Zoom"),
    ("bp", "Attendees: ", "Dana Kim (CEO), Marco Reyes (CTO), Aisha Bello (VP Sales), Tom Lindqvist (Head of Ops), "
                          "Priya Natarajan (Head of People), Ben Cho (Finance, fractional)"),
    ("bp", "Next sync: ", "Mon Nov 11, same time"),
    ("small", "Notes by Priya. Rough, fix anything I got wrong in the doc."),
    ("h1", "🎉 Wins"),
    ("bullets", [
        "Closed Northwind Freight, $84k ARR (Aisha + team)",
        "October logo churn 1.1%, lowest this year",
        "Route batching is live for 100% of customers (Marco's team)",
    ]),
    ("h1", "📊 Metrics"),
    ("table", [
        ("Metric", "Oct", "Sep"),
        ("MRR", "$412k", "$398k"),
        ("Net revenue retention", "108%", "106%"),
        ("Burn", "$310k", "$322k"),
        ("Runway (months)", "19", "18"),
    ]),
    ("h1", "💬 Discussion"),
    ("h2", "Hiring"),
    ("bullets", [
        "Decision: pause the SDR req until the Q1 planning review.",
        "Priya will take the SDR posting off the careers page today.",
        "Two eng offers out, answers expected this week (candidates' timing, not ours).",
    ]),
    ("h2", "SOC 2"),
    ("bullets", [
        "Q: do we need SOC 2 Type II before the Acme deal? A: Acme's security team says Type I is fine for now.",
        "Marco to get quotes from Vanta and Drata by 11/15.",
        "Aisha will loop Marco in on the Acme security questionnaire.",
    ]),
    ("h2", "Pricing"),
    ("bullets", [
        "Aisha wants to test a usage-based tier for small fleets.",
        "Parking lot: full pricing change is for after the board meeting on 11/21.",
    ]),
    ("h2", "Ops / finance"),
    ("bullets", [
        "FYI: the $25k AWS credits expire 12/31. Nothing to do, it's just in the burn number.",
        "Reno warehouse pilot is in week 3. Tom: \"I'll get the Reno pilot numbers to Dana before next sync.\"",
        "Ben will move the payroll run to Wed 11/13 because of Veterans Day.",
    ]),
    ("h1", "🧵 Pasted from #leadership (Slack, after the call)"),
    ("mono", [
        "[10:42 AM] Dana Kim: I'll ping legal about the Acme DPA redlines today",
        "[10:44 AM] Aisha Bello: 👍 also can someone own the Northwind case study?",
        "[10:45 AM] Tom Lindqvist: I can do it but not till the Reno pilot wraps",
        "[10:47 AM] Ben Cho: reminder, I need everyone's Q4 budget asks in the sheet by the 15th",
        "[10:48 AM] Marco Reyes: on it",
    ]),
    ("p", ""),
    ("h1", "✅ Action items"),
    ("table", [
        ("Owner", "Item", "ETA", "Status"),
        ("Dana", "Ping legal re: Acme DPA redlines", "Today", "Open"),
        ("Marco", "Get SOC 2 quotes from Vanta and Drata", "11/15", "Open"),
        ("Aisha", "Draft usage-based pricing one-pager for the board deck", "EOW", "Open"),
        ("Tom", "Reno pilot numbers to Dana", "before next sync", "Open"),
        ("Priya", "Remove the SDR posting from the careers page", "Today", "Open"),
        ("Priya", "Draft the Q1 hiring plan", "end of month", "Open"),
        ("Marco", "Fix the noisy ETA-prediction alert in PagerDuty", "next sprint", "Open"),
        ("TBD", "Northwind case study", "TBD", "Open"),
        ("All", "Q4 budget asks in Ben's sheet", "11/15", "Open"),
        ("Ben", "Set up the Q4 reforecast model", "Fri", "Open"),
        ("Dana", "Send the board deck draft to the board", "11/18", "Open"),
        ("Aisha", "Countersigned Northwind contract to Ben", "10/31", "Done ✅"),
    ]),
]

# ----------------------------------------------------------------------------- 07 vestry
b07 = [
    ("title", "St. Columba's Episcopal Church"),
    ("p", "Ashford, Connecticut"),
    ("h1", "Minutes of the Vestry Meeting"),
    ("p", "Tuesday, October 22, 2024, 7:00 p.m., Parish Hall"),
    ("bp", "Present: ", "The Rev. Dr. Miriam Hale, Rector; Walter Brandt, Senior Warden; Consuelo Ortiz, Junior Warden; "
                        "Gary Pruitt, Treasurer; Deborah Lindgren, Clerk of the Vestry; Sam Achterberg; Joyce Whitaker; "
                        "Tyrone Banks; Kelly Nguyen"),
    ("bp", "Absent: ", "Frank Delgado"),
    ("bp", "Also present: ", "Ellen Marsh, Parish Administrator"),
    ("h2", "Opening"),
    ("p", "The Rector opened the meeting with prayer at 7:02 p.m. The minutes of September 17, 2024 were approved as "
          "distributed (moved Whitaker, seconded Banks; approved unanimously)."),
    ("h2", "Rector's Report"),
    ("bullets", [
        "Average Sunday attendance is 118; nine people are in the Inquirers' class.",
        "Diocesan Convention is November 8-9 in Hartford. Our delegates are Walter Brandt and Kelly Nguyen.",
        "The Bishop's visitation has been set by the Bishop's office for February 23, 2025.",
    ]),
    ("p", "The Rector will send the confirmation class schedule to the class parents by Sunday."),
    ("p", "Follow up: Ellen to add the Bishop's visitation to the parish calendar and the website."),
    ("h2", "Senior Warden: Stewardship 2025"),
    ("p", "The theme is \"Rooted in Grace.\" Pledge cards are printed and the letters go out this week. Ingathering "
          "Sunday is November 17."),
    ("p", "Follow up: Walter - recruit four lay speakers for the stewardship minutes in the next two weeks."),
    ("p", "Follow up: Kelly - draft the newcomers' welcome letter for Walter's stewardship mailing."),
    ("p", "Walter asked each vestry member to make five thank-you calls to new pledgers after Ingathering Sunday."),
    ("h2", "Junior Warden: Buildings and Grounds"),
    ("p", "The Town fire marshal will inspect the boiler on November 4. The slate roof over the sacristy is leaking "
          "again. It was moved (Ortiz) and seconded (Achterberg) to spend up to $6,200 from the Building Fund on the "
          "repair. Approved, 7-1."),
    ("p", "Follow up: Consuelo - sign the contract with Litchfield Roofing and schedule the work before the first snow."),
    ("p", "The fall cleanup of the Memorial Garden is Saturday, November 2, at 9 a.m."),
    ("p", "Follow up: Tyrone to order mulch for the Memorial Garden cleanup by 10/30."),
    ("h2", "Treasurer's Report"),
    ("p", "Through September, pledge income is at 71% of budget and plate offerings are down. The diocesan "
          "assessment is paid through the third quarter. The Diocese requires parish audits to be filed by "
          "December 31."),
    ("p", "Gary and Kelly will complete the internal audit of the 2023 books by 11/15."),
    ("p", "Follow up: Gary to circulate the draft 2025 budget before the November vestry meeting."),
    ("h2", "Outreach"),
    ("p", "The food pantry served 212 households in September. Joyce proposed partnering with the Ashford Interfaith "
          "Shelter on Thanksgiving meals; the vestry agreed in principle, pending numbers."),
    ("p", "Follow up: Joyce to get meal numbers from the shelter and report back at the next meeting."),
    ("h2", "Old Business: follow-up checklist from September"),
    ("table", [
        ("", "Item", "Who", "By"),
        ("☑", "Send the August minutes to the Diocese", "Deborah", "10/1"),
        ("☑", "Replace the parish hall fire extinguishers", "Consuelo", "10/15"),
        ("☐", "Update the parish directory (photos still coming in)", "Ellen", "ongoing"),
        ("☐", "Get three bids for sealing the parking lot", "Consuelo", "spring"),
    ]),
    ("h2", "New Business"),
    ("bullets", [
        "Kelly suggested livestreaming the 10:00 service. Sam said he could look into camera costs, no promises.",
        "Ellen reported that all but three vestry members are current on Safeguarding God's Children training. "
        "Tyrone, Kelly and Sam agreed to complete the online course by December 31.",
        "Follow up: Deborah to send the approved September minutes to the Diocese within a week.",
    ]),
    ("h2", "Closing"),
    ("p", "The meeting closed with Compline at 8:45 p.m. The next vestry meeting is Tuesday, November 19, 2024, at "
          "7:00 p.m. in the Parish Hall."),
    ("p", "Respectfully submitted, Deborah Lindgren, Clerk of the Vestry"),
]

# ----------------------------------------------------------------------------- 10 research group
b10 = [
    ("title", "Halvorsen Group - group meeting"),
    ("p", "Soft Matter & Colloids, Department of Physics and Technology, University of Bergen"),
    ("bp", "Date: ", "Tuesday 4 March 2025, 10:00-11:30, room 342"),
    ("bp", "Present: ", "Prof. Ingrid Halvorsen (PI), Dr Kwame Asante (postdoc), Mei Chen (PhD, year 3), "
                        "Rafael Souza (PhD, year 1), Astrid Nilsen (MSc), Jonas Berg (lab engineer)"),
    ("bp", "Next group meeting: ", "Tuesday 18 March 2025, 10:00, room 342"),
    ("h1", "General"),
    ("bullets", [
        "The cleanroom is closed 10-14 March for maintenance (facility notice).",
        "ESRF beamtime confirmed for 5-9 May; the proposal was accepted.",
        "Reminder: the rheometer is booked through the group calendar, not by email.",
        "Group lunch on 20 March at Bryggeloftet (Ingrid is paying!).",
    ]),
    ("h1", "Round the table"),
    ("h2", "Ingrid"),
    ("p", "Updates"),
    ("bullets", [
        "ERC renewal interview went fine; result expected in June.",
        "Department asked for teaching preferences for autumn.",
    ]),
    ("p", "Next steps"),
    ("bullets", [
        "Send comments on Mei's paper draft by the 20th",
        "Sign the ESRF safety forms before the next group meeting",
    ]),
    ("h2", "Kwame"),
    ("p", "Updates"),
    ("bullets", [
        "DLS set-up recalibrated; silica sphere results are now consistent between runs.",
        "Abstract for Soft Matter Days submitted (the deadline was 1 March). Done.",
    ]),
    ("p", "Next steps"),
    ("bullets", [
        "Train Rafael on the DLS in two weeks",
        "Write the ESRF sample plan together with Mei by end of March",
    ]),
    ("h2", "Mei"),
    ("p", "Updates"),
    ("bullets", [
        "Paper draft (colloidal gels under oscillatory shear) sent to Ingrid on 28 Feb.",
        "Thesis: two of five chapters drafted; submission is planned for December (no task yet).",
        "The 40 °C series looks off, probably aged samples.",
    ]),
    ("p", "Next steps"),
    ("bullets", [
        "Rerun the 40 °C series with fresh samples next week",
        "Ask Jonas about a second Peltier stage",
    ]),
    ("h2", "Rafael"),
    ("p", "Updates"),
    ("bullets", [
        "Lab safety induction finished.",
        "Reading Larson, chapters 1-4.",
    ]),
    ("p", "Next steps"),
    ("bullets", [
        "Literature review outline to Ingrid in two weeks",
        "Ask the department office about travel funding for the Les Houches summer school",
    ]),
    ("h2", "Astrid"),
    ("p", "Updates"),
    ("bullets", [
        "MSc thesis plan approved by the programme board.",
        "Particle tracking code works but takes 6 hours per movie.",
    ]),
    ("p", "Next steps"),
    ("bullets", [
        "Port the tracking code to trackpy",
        "Send Kwame the first three movies by Friday",
    ]),
    ("h2", "Jonas"),
    ("p", "Updates"),
    ("bullets", [
        "Liquid nitrogen dewar ordered; the supplier says it arrives next week.",
        "The old microscope camera has died. A replacement is about EUR 4,200.",
    ]),
    ("p", "Next steps"),
    ("bullets", [
        "Get a quote for the replacement camera before the next group meeting",
        "Check whether the teaching lab's spare Peltier stage can be borrowed",
    ]),
    ("h1", "AOB"),
    ("bullets", [
        "Someone should update the group website; the publications list stops in 2023.",
        "Mei asked whether the group could get a second rheometer slot on Fridays. Ingrid: maybe from autumn.",
    ]),
]


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build("05_parcelly-leadership-sync-2024-11.docx", b05)
    build("07_st-columbas-ashford-vestry-2024-10.docx", b07, font="Georgia")
    build("10_halvorsen-group-meeting-2025-03.docx", b10)
