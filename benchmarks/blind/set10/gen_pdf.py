"""Generate the four PDF minutes of blind set 10 with fpdf2 (adapted from set 9's script).

05: a Cornish museum trust's board of trustees: DejaVu Serif, minute numbers 25/31... in bold, RESOLVED
    paragraphs, matters arising as prose, and a closing bordered ACTIONS table
    (Minute / Action / Lead / Deadline).
07: an English neighbourhood forum's steering group: Helvetica, initials defined in the attendance,
    bold "Action - XX" tags glued to the end of paragraphs, and a shaded consultation timeline box.
08: an Ontario town's Municipal Heritage Committee: Times on Letter paper, formal municipal order of
    business, "Moved by / Seconded by / Carried" recommendations, month-first long dates, no action list.
09: a Scottish health board's Area Drug and Therapeutics Committee: landscape A4, DejaVu Sans Condensed,
    an attendance table with initials, numbered paragraphs, and an ACTION LOG table that mixes closed,
    carried and new actions (No. / Minute / Action / Lead / Timescale / Status).
Run with /work/main/.venv/bin/python.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).parent / "minutes"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ----------------------------------------------------------------------------- 05 museum trustees
class Museum(FPDF):
    def footer(self):
        self.set_y(-13)
        self.set_font("DVS", "I", 7.5)
        self.set_text_color(100)
        self.cell(0, 5, "Tregarthen Museum & Art Gallery Trust - Board of Trustees - 27 May 2025 - DRAFT for "
                  f"approval - {self.page_no()}", align="C")
        self.set_text_color(0)


def museum_pdf():
    pdf = Museum()
    pdf.add_font("DVS", "", DEJAVU + "DejaVuSerif.ttf")
    pdf.add_font("DVS", "B", DEJAVU + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DVS", "I", DEJAVU + "DejaVuSerif-Italic.ttf")
    pdf.set_margins(24, 18, 24)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    w = pdf.epw

    def minute(num, title, paras):
        pdf.ln(1.5)
        pdf.set_font("DVS", "B", 9.5)
        pdf.cell(18, 5, num)
        pdf.multi_cell(w - 18, 5, title.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DVS", "", 9)
        for t in paras:
            pdf.set_x(pdf.l_margin + 18)
            if t.startswith("RESOLVED"):
                pdf.set_font("DVS", "B", 9)
                pdf.multi_cell(w - 18, 4.7, t, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DVS", "", 9)
            else:
                pdf.multi_cell(w - 18, 4.7, t, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)

    pdf.set_font("DVS", "B", 14)
    pdf.cell(w, 7, "Tregarthen Museum & Art Gallery Trust", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DVS", "", 9)
    pdf.cell(w, 5, "Charitable Incorporated Organisation - Registered Charity No. 1187342", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DVS", "B", 11)
    pdf.multi_cell(w, 5.5, "Minutes of the Meeting of the Board of Trustees held on Tuesday 27 May 2025 at "
                   "2.00pm in the Education Room, Tregarthen Museum, Fore Street, Penvose", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DVS", "", 9)
    pdf.multi_cell(w, 4.7, "Trustees present: Dr Helen Trewin (Chair); Mr Anthony Pascoe (Vice-Chair); Mrs "
                   "Rosemary Kitto (Hon. Treasurer); Ms Jenna Polglase; Mr David Sancreed; Professor Ian "
                   "Menheniot; Ms Aisha Rahman (Safeguarding Trustee).", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.multi_cell(w, 4.7, "In attendance: Ms Claire Bolitho (Director); Mr Owen Tremayne (Collections Manager); "
                   "Ms Lowenna Hicks (Learning & Engagement Officer); Mr Paul Dunstan (Clerk to the Trustees, "
                   "minutes).", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.multi_cell(w, 4.7, "Apologies: Mrs Sally Curnow.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    minute("25/31", "Welcome and apologies", [
        "The Chair welcomed trustees and staff. Apologies were received from Mrs Curnow and accepted."])
    minute("25/32", "Declarations of interest", [
        "Ms Polglase declared an interest in minute 25/38, as her firm had been invited to quote for the shop "
        "refit, and left the room for that item."])
    minute("25/33", "Minutes of the meeting held on 25 March 2025", [
        "The minutes were approved as a true record and signed by the Chair."])
    minute("25/34", "Matters arising and action log", [
        "25/22 Fire risk assessment: completed by Kernow Fire Safety on 14 April; the two minor actions "
        "(door closers) have been done. Closed.",
        "25/24 Emergency (collections salvage) plan: the Collections Manager has revised the contacts list and "
        "the salvage priorities but the plan still needs to be tested with the volunteers. Carried forward to "
        "the July meeting.",
        "25/27 Gift Aid on admissions: the Director confirmed the till now prompts for Gift Aid. Closed."])
    minute("25/35", "Director's report", [
        "Visitor numbers for January to April were 6,412, up 12% on 2024, with a strong Easter. Shop income "
        "was up 8%. The summer exhibition, \"Salt and Silver: the Pilchard Trade of West Penwith\", opens on "
        "5 July and runs until 2 November.",
        "Forty-one volunteers responded to the volunteer survey. Trustees asked to see the results; the "
        "Director will circulate the survey results to trustees within two weeks.",
        "The roof over the Fore Street wing remains the top risk on the register (see 25/42)."])
    minute("25/36", "Finance", [
        "The Hon. Treasurer presented the management accounts to 30 April. Unrestricted reserves stand at "
        "£61,300, equal to about five months of running costs, within the reserves policy. The independent "
        "examination of the 2024-25 accounts will start in June. The annual report and accounts must reach "
        "the Charity Commission by 31 January 2026.",
        "RESOLVED that £20,000 of unrestricted reserves be moved from the current account to the CCLA deposit "
        "fund. The Hon. Treasurer will arrange the transfer."])
    minute("25/37", "Accreditation", [
        "The Museum's Accreditation return to Arts Council England is due on 30 September 2025. The Director "
        "will draft the return for the Board to sign off in September. As part of it the Collections "
        "Development Policy must be reviewed; the Collections Manager will bring the revised policy to the "
        "July meeting for approval."])
    minute("25/38", "Shop refit", [
        "Ms Polglase left the room. Three quotations had been received: Kernow Joinery £14,650, St Erth "
        "Interiors £16,200 and Polglase & Daughters £15,900. The work is funded by the Penvose Town Trust "
        "grant of £15,000.",
        "RESOLVED to accept the quotation from Kernow Joinery of £14,650.",
        "The Director will place the order as soon as possible and agree a programme of work that keeps the "
        "shop open during the school holidays. Ms Polglase returned."])
    minute("25/39", "Loan request: Penvose pilot gig model", [
        "The Kernow Maritime Museum has asked to borrow the 1890s model of the pilot gig \"Morwenna\" for its "
        "exhibition opening on 1 March 2026, for twelve months.",
        "RESOLVED to approve the loan in principle, subject to a satisfactory facilities report and "
        "government indemnity or equivalent insurance. The Collections Manager will request the facilities "
        "report and the indemnity details from the borrower."])
    minute("25/40", "Learning and engagement", [
        "Ms Hicks reported that 1,140 pupils from 23 schools visited in the spring term. Several schools have "
        "said that the cost of coaches is the main barrier. The Penwith Community Fund has a small grants "
        "round (up to £3,000) which closes on 20 June; Ms Hicks will prepare a bid for free school transport. "
        "Trustees asked to see the bid a week before the closing date.",
        "Professor Menheniot offered to give a talk to sixth formers on the pilchard trade during the summer "
        "exhibition."])
    minute("25/41", "Governance", [
        "Trustee recruitment: two people have expressed interest following the advertisement in the Penvose "
        "Packet. The Chair and the Vice-Chair will meet them informally before the July meeting.",
        "The annual skills audit form was tabled. All trustees are asked to complete and return it by 30 June.",
        "Professor Menheniot's second term ends at the AGM on 14 October 2025 and he is not eligible for "
        "re-election.",
        "Safeguarding: the policy is due for its annual review. Ms Rahman, as Safeguarding Trustee, will "
        "review it with the Director by the end of Q2."])
    minute("25/42", "Risk register", [
        "The register was reviewed. No new risks were added. The roof survey of the Fore Street wing is booked "
        "for 12 June with Trelawny Surveyors. The Director will bring the surveyor's report and any costed "
        "options to the July meeting."])
    minute("25/43", "Any other business", [
        "Mr Sancreed proposed a lunch to thank volunteers on Friday 19 September. Trustees agreed, within a "
        "budget of £600, and Mr Sancreed agreed to look into a venue.",
        "The Clerk reminded trustees that expenses claims must be submitted within two months."])
    minute("25/44", "Date of next meeting", [
        "Tuesday 29 July 2025 at 2.00pm in the Education Room."])
    pdf.ln(1)
    pdf.set_font("DVS", "", 9)
    pdf.cell(w, 5, "The meeting closed at 4.05pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DVS", "B", 10.5)
    pdf.cell(w, 6, "ACTIONS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DVS", "", 8.5)
    rows = [("Minute", "Action", "Lead", "Deadline"),
            ("25/34", "Test the revised emergency plan with the volunteers (carried forward from 25/24)",
             "Collections Manager", "July meeting"),
            ("25/35", "Circulate the volunteer survey results to trustees", "Director", "within 2 weeks"),
            ("25/36", "Transfer £20,000 to the CCLA deposit fund", "Hon. Treasurer", "30/06/2025"),
            ("25/37", "Draft the Accreditation return for Board sign-off", "Director", "Sept 2025"),
            ("25/37", "Revised Collections Development Policy for approval", "Collections Manager",
             "July meeting"),
            ("25/38", "Place the shop refit order with Kernow Joinery; agree a programme that keeps the shop "
                      "open in the school holidays", "Director", "ASAP"),
            ("25/39", "Request the facilities report and indemnity details from the Kernow Maritime Museum",
             "Collections Manager", "within 6 weeks"),
            ("25/40", "Penwith Community Fund bid (school transport) to trustees", "Learning & Engagement "
                                                                                     "Officer", "13/06/2025"),
            ("25/41", "Meet the two prospective trustees", "Chair, Vice-Chair", "before July meeting"),
            ("25/41", "Complete and return the skills audit form", "All trustees", "30/06/2025"),
            ("25/41", "Annual review of the safeguarding policy", "Ms Rahman / Director", "end of Q2"),
            ]
    with pdf.table(col_widths=(16, 86, 38, 26), text_align="LEFT", line_height=4.4, padding=1.3,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.set_title("Tregarthen Museum Trust - Board of Trustees - 27 May 2025")
    pdf.output(str(OUT / "05_tregarthen-museum-trustees-2025-05.pdf"))


# ----------------------------------------------------------------------------- 07 neighbourhood forum steering group
def forum_pdf():
    pdf = FPDF()
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    w = pdf.epw

    def h(t):
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_text_color(20, 90, 50)
        pdf.cell(w, 5.5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0)

    def p(t):
        pdf.set_font("Helvetica", "", 9.5)
        pdf.multi_cell(w, 4.8, t, markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    def bl(items):
        pdf.set_font("Helvetica", "", 9.5)
        for it in items:
            pdf.set_x(pdf.l_margin + 4)
            pdf.multi_cell(w - 4, 4.8, "- " + it, markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    pdf.set_font("Helvetica", "B", 15)
    pdf.set_text_color(20, 90, 50)
    pdf.cell(w, 8, "Cresswold Neighbourhood Forum", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(w, 6, "Neighbourhood Plan Steering Group - notes of meeting", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(w, 5, "Monday 16 June 2025, 7.00pm - 9.05pm, Cresswold Library meeting room",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    p("**Present:** Jane Thorley (JT) - Chair; Peter Kaminski (PK) - Secretary, notes; Lorraine Fitch (LF) - "
      "Treasurer; Amrit Bains (AB); Dominic Oakes (DO); Shirin Haddad (SH); Cllr Mike Denholm (MD), ward "
      "councillor.")
    p("**In attendance:** Rachel Greaves (RG), Neighbourhood Planning Officer, Bramwell District Council; Tim "
      "Latchford (TL), Latchford Planning (the Forum's consultant).")
    p("**Apologies:** Cllr Sue Brannigan.")

    h("1. Welcome, apologies and declarations")
    p("JT welcomed everyone. DO declared an interest in site NF7 (Hollins Lane), as he owns the adjoining "
      "paddock; he will not take part in any discussion of that site.")
    h("2. Notes of 19 May and actions")
    p("The notes were agreed. On the actions:")
    bl(["Housing needs survey results - received from Community First and circulated by AB. Done.",
        "Local Green Space evidence sheets - SH has done three of the five; the other two are carried "
        "forward (see item 5).",
        "Bank mandate (new signatories) - LF confirmed the bank has processed it. Done."])
    h("3. Draft plan - progress")
    p("TL took the group through the comments on the first draft. Most were on the housing mix policy (H2) "
      "and the design policies, where the wording needs to match the District's adopted design code. TL "
      "will send the revised draft of chapters 4-6 (housing, design, green spaces) to the group by Friday 27 "
      "June. **Action - TL**")
    p("The conservation area wording in D3 was queried. JT to check it with the District's conservation "
      "officer before the next draft.**Action - JT**")
    h("4. Site assessments")
    p("Locality's consultants expect to issue the site assessment report in late July. DO left the room. "
      "There was a short discussion of NF7; it was agreed that NF7 must be assessed in the same way as every "
      "other site and that nothing can be said until the report is out. No action. DO returned.")
    h("5. Local Green Spaces")
    p("SH has completed the evidence sheets for the Rec, Cresswold Green and the churchyard extension. SH and "
      "AB will complete the remaining two (Mill Meadow and The Butts) by the end of the month. **Action - "
      "SH/AB**")
    p("RG advised that the owners of every proposed Local Green Space must be told before the Regulation 14 "
      "consultation starts, and given the chance to comment. PK will write to the owners of all five sites "
      "in July. **Action - PK**")
    h("6. Regulation 14 consultation")
    p("The group agreed to hold two drop-in sessions during the consultation, one on a Saturday and one on a "
      "weekday evening. LF will book the village hall for Saturday 13 September and the library for "
      "Wednesday 17 September. **Action - LF**")
    p("DO will prepare a draft consultation leaflet for the next meeting. **Action - DO**")
    p("MD offered to have the leaflet printed at the District Council's print room at cost, which would save "
      "around GBP 300. **Action - MD**")

    # timeline box
    pdf.ln(1)
    pdf.set_fill_color(228, 240, 230)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(w, 5.5, "  Timetable (as agreed with the District Council, for information)", fill=True,
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(w, 4.6, "  Revised full draft to steering group: August 2025\n"
                   "  Regulation 14 pre-submission consultation: 1 September - 13 October 2025 (six weeks)\n"
                   "  Submission to Bramwell District Council (Regulation 15): December 2025\n"
                   "  Independent examination: spring 2026    |    Referendum: summer 2026",
                   fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    h("7. Finance")
    p("LF reported that the Locality grant of GBP 8,200 has been received and must be spent by 31 March "
      "2026. TL's second invoice (GBP 2,350) has been paid. The end-of-year monitoring return for the "
      "previous grant is overdue, and LF will submit it as soon as possible. **Action - LF**")
    h("8. Communications")
    p("AB will post an update on the Forum website and Facebook page within a week, covering the timetable "
      "and the drop-in dates. **Action - AB** Everyone to share the post on the local Facebook groups and "
      "the WhatsApp street groups. **Action - all**")
    h("9. District Council update (RG)")
    p("The District's Local Plan review is slipping; its Regulation 19 consultation is now expected in the "
      "autumn. The indicative housing requirement for the neighbourhood area will be confirmed when the "
      "Cabinet report is published. RG will send the group the figure as soon as it is public. **Action - "
      "RG**")
    h("10. Any other business")
    p("PK reminded members that under the constitution the Forum's AGM must be held by 30 November each "
      "year. SH asked whether the Forum could have a stall at the Cresswold Show on 26 July; JT thought it "
      "too early in the process. Not pursued.")
    h("11. Next meeting")
    p("Monday 14 July 2025, 7.00pm, Cresswold Library.")
    pdf.set_title("Cresswold Neighbourhood Forum - Steering Group - 16 June 2025")
    pdf.output(str(OUT / "07_cresswold-neighbourhood-forum-sg-2025-06.pdf"))


# ----------------------------------------------------------------------------- 08 Ontario heritage committee
def heritage_pdf():
    pdf = FPDF(format="Letter")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    w = pdf.epw

    def h(t):
        pdf.ln(2.5)
        pdf.set_font("Times", "B", 11.5)
        pdf.cell(w, 6, t, new_x="LMARGIN", new_y="NEXT")

    def p(t, style="", indent=0):
        pdf.set_font("Times", style, 11)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(w - indent, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def motion(mover, seconder, text, result="CARRIED"):
        p(f"Moved by: {mover}", indent=10)
        p(f"Seconded by: {seconder}", indent=10)
        p(text, indent=10)
        p(result, "B", indent=10)

    pdf.set_font("Times", "B", 16)
    pdf.cell(w, 8, "TOWN OF KESSOCK FALLS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "B", 13)
    pdf.cell(w, 7, "Municipal Heritage Committee", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 11.5)
    pdf.cell(w, 6, "Minutes", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(w, 6, "Tuesday, February 4, 2025, 6:00 p.m.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(w, 6, "Council Chambers, Town Hall, 22 Queen Street", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    p("Present: Ruth Anne MacPhail (Chair), Councillor Greg Obonsawin, Leonard Vieira, Dr. Christine Haldane, "
      "Wes Kowalski, Nadia Fontaine")
    p("Regrets: Bill Sutherland")
    p("Staff: Amelia Croft, Heritage Planner; Jason Park, Committee Coordinator (Recording Secretary)")
    p("Also present: Terry Lalonde (delegation); one member of the public")

    h("1. Call to Order")
    p("The Chair called the meeting to order at 6:02 p.m.")
    h("2. Land Acknowledgement")
    p("The Chair read the Town's land acknowledgement.")
    h("3. Disclosure of Pecuniary Interest and the General Nature Thereof")
    p("None declared.")
    h("4. Adoption of the Agenda")
    motion("L. Vieira", "N. Fontaine", "That the agenda for the February 4, 2025 meeting of the Municipal "
           "Heritage Committee be adopted as circulated.")
    h("5. Adoption of the Minutes")
    motion("W. Kowalski", "C. Haldane", "That the minutes of the January 7, 2025 meeting be adopted as "
           "circulated.")
    h("6. Delegations")
    p("6.1 Terry Lalonde, 14 Mill Street - proposed designation", "B")
    p("Mr. Lalonde, owner of the former Kessock Falls Woollen Mill office at 14 Mill Street, said he was not "
      "opposed to designation in principle but was concerned about the cost of maintaining the original "
      "windows. He asked to see the research that staff had done on the property. Heritage Planner Croft "
      "undertook to send Mr. Lalonde the research summary within two weeks. The Chair thanked Mr. Lalonde.")
    h("7. Heritage Permit Applications")
    p("7.1 HP-2025-02, 9 King Street East (Downtown Heritage Conservation District) - window replacement",
      "B")
    p("Staff report HS-2025-04 recommended approval, with wood windows of matching profile on the front "
      "(street) elevation. Members discussed whether fibreglass units could be allowed on the rear.")
    motion("W. Kowalski", "C. Haldane", "That the Municipal Heritage Committee recommend to Council that "
           "Heritage Permit HP-2025-02 be approved, subject to wood windows on the street elevation and the "
           "rear elevation windows being reviewed by staff.")
    p("Council will consider the recommendation at its meeting of February 24, 2025.")
    p("7.2 HP-2025-03, 41 Church Street - demolition of a rear accessory building", "B")
    p("Members were unsure whether the shed is the original carriage house shown on the 1880 fire insurance "
      "plan. Consideration was deferred. Members Kowalski and Vieira will visit the site with staff and "
      "report back at the March 4 meeting.")
    h("8. Proposed Designation - 14 Mill Street")
    p("Following the delegation, members agreed that the property meets at least two of the criteria in "
      "O. Reg. 9/06 and that designation should proceed.")
    motion("C. Haldane", "G. Obonsawin", "That staff be directed to prepare a draft Statement of Cultural "
           "Heritage Value and Interest and a draft designation by-law for 14 Mill Street for the "
           "Committee's review at the March meeting.")
    h("9. Municipal Heritage Register")
    p("Staff reminded members that, under the Ontario Heritage Act as amended, non-designated properties "
      "listed on the Register before January 1, 2023 will be removed on January 1, 2027 unless Council "
      "designates them. Twelve listed properties are on the priority list. Dr. Haldane volunteered to "
      "research the three Victorian churches on the priority list and bring summaries to the April meeting.")
    h("10. Heritage Week (February 17 - 23, 2025)")
    p("A display of archival photographs will be mounted at the Kessock Falls Public Library. Ms. Fontaine "
      "will set up the display on February 15. Councillor Obonsawin will ask the Mayor to read the Heritage "
      "Week proclamation at the February 24 Council meeting.")
    h("11. Doors Open Kessock Falls")
    p("Doors Open will be held on Saturday, June 14, 2025. The Chair will contact the owners of last year's "
      "five sites to confirm their participation by the end of March.")
    h("12. Correspondence")
    p("12.1 Community Heritage Ontario newsletter, winter issue. 12.2 Notice of the Ontario Heritage "
      "Conference, May 29 - 31, 2025. Received for information.")
    h("13. New Business")
    p("Council approved $3,000 in the 2025 operating budget for the heritage plaque program. Mr. Kowalski "
      "asked staff to bring a list of candidate properties for plaques to a future meeting.")
    h("14. Next Meeting")
    p("Tuesday, March 4, 2025, 6:00 p.m., Council Chambers.")
    h("15. Adjournment")
    motion("N. Fontaine", "L. Vieira", "That the meeting be adjourned at 7:48 p.m.")
    pdf.ln(6)
    p("______________________________          ______________________________")
    p("Chair                                                            Recording Secretary")
    pdf.set_title("Kessock Falls Municipal Heritage Committee - February 4, 2025")
    pdf.output(str(OUT / "08_kessock-falls-heritage-committee-2025-02.pdf"))


# ----------------------------------------------------------------------------- 09 Area Drug and Therapeutics Committee
class ADTC(FPDF):
    def header(self):
        self.set_font("DVC", "", 7.5)
        self.set_text_color(80)
        self.cell(0, 4, "NHS Glenmorven | Area Drug and Therapeutics Committee | Minutes 23/01/2025", align="L")
        self.cell(0, 4, "OFFICIAL", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
        self.set_text_color(0)

    def footer(self):
        self.set_y(-11)
        self.set_font("DVC", "", 7.5)
        self.set_text_color(80)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0)


def adtc_pdf():
    pdf = ADTC(orientation="L")
    pdf.add_font("DVC", "", DEJAVU + "DejaVuSansCondensed.ttf")
    pdf.add_font("DVC", "B", DEJAVU + "DejaVuSansCondensed-Bold.ttf")
    pdf.set_margins(18, 12, 18)
    pdf.set_auto_page_break(True, margin=14)
    pdf.add_page()
    w = pdf.epw

    def h(t):
        pdf.ln(1.5)
        pdf.set_font("DVC", "B", 10)
        pdf.set_fill_color(0, 94, 184)
        pdf.set_text_color(255)
        pdf.cell(w, 5.5, "  " + t, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0)
        pdf.ln(1)

    def para(num, t):
        pdf.set_font("DVC", "", 9)
        pdf.cell(12, 4.6, num)
        pdf.multi_cell(w - 12, 4.6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)

    def table(rows, widths, size=8.5):
        pdf.set_font("DVC", "", size)
        with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.2, padding=1.1,
                       headings_style=FontFace(emphasis="BOLD", fill_color=(214, 228, 244))) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        pdf.ln(2)

    pdf.set_font("DVC", "B", 15)
    pdf.cell(w, 8, "NHS Glenmorven - Area Drug and Therapeutics Committee (ADTC)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DVC", "", 10)
    pdf.cell(w, 5.5, "Date: 23/01/2025     Time: 14:00 - 16:05     Venue: Board Room, Glenmorven House, "
             "Inverallan, and MS Teams", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    table([("Name", "Initials", "Role"),
           ("Dr Alasdair Munro", "AM", "Consultant Physician (Care of the Elderly), Chair"),
           ("Fiona Baird", "FB", "Director of Pharmacy"),
           ("Dr Kirsty Lang", "KL", "GP, Primary Care Clinical Lead for Prescribing"),
           ("Euan Macrae", "EM", "Lead Formulary Pharmacist"),
           ("Dr Priya Venkatesh", "PV", "Consultant Microbiologist, Chair of the Antimicrobial Management Team"),
           ("Morag Cairns", "MC", "Nurse Consultant, Non-Medical Prescribing Lead"),
           ("Iain Stewart", "IS", "Medication Safety Officer"),
           ("Gordon Hay", "GH", "Community Pharmacy representative"),
           ("Dr Ross Kerr", "RK", "Consultant Anaesthetist"),
           ("Leanne Boyd", "LB", "ADTC Secretary (minutes)"),
           ], (55, 20, 166), size=8.5)
    pdf.set_font("DVC", "", 9)
    pdf.cell(w, 4.6, "Apologies: Dr Hamish Grant (Associate Medical Director); Ailsa Ross (Lead Pharmacist, "
             "Mental Health).", new_x="LMARGIN", new_y="NEXT")

    h("1. Welcome and apologies")
    para("1.1", "AM welcomed members. Apologies as above. The meeting was quorate.")
    h("2. Declarations of interest")
    para("2.1", "RK declared that he received a speaker's honorarium from Halvern Pharma in 2024 and took no part "
         "in the discussion of item 5.2.")
    h("3. Minutes of the previous meeting (21/11/2024)")
    para("3.1", "Approved as an accurate record.")
    h("4. Action log")
    para("4.1", "The action log was reviewed (see end of these minutes). 24/41 and 24/43 are closed. 24/42 "
         "(valproate Pregnancy Prevention Programme audit) is delayed by data access and is deferred to the "
         "March meeting.")
    h("5. SMC advice and formulary decisions")
    para("5.1", "The Committee considered the SMC advice published in December and on 13 January. Decisions: "
         "Trelvimab (severe atopic dermatitis) - formulary, restricted to specialist initiation; Oxapiren "
         "(post-herpetic neuralgia) - non-formulary, SMC not recommended; Rosdarone modified-release - "
         "formulary, replacing the immediate-release form for new patients. Formulary changes take effect from "
         "1 February 2025. EM will update the formulary website and the formulary app with the December and "
         "January decisions by 28/02/2025.")
    para("5.2", "Duraflozin (heart failure with preserved ejection fraction) was accepted by SMC for use in "
         "line with the MSN criteria. Members were concerned that the criteria differ between the managed "
         "service network and the local heart failure pathway. The Chair will write to the MSN to ask for the "
         "criteria to be aligned.")
    h("6. Medicines shortages")
    para("6.1", "FB reported continuing shortages of some HRT preparations and of two ADHD medicines. The "
         "manufacturer of Rosdarone IR expects supply to resume at the end of March. A Serious Shortage "
         "Protocol has been issued nationally for one HRT product; FB will circulate the guidance to community "
         "pharmacies as soon as possible.")
    h("7. Medication safety")
    para("7.1", "IS presented the Q3 report: 47 medication incidents reported on Datix, 9 involving insulin, "
         "none above moderate harm. Members asked for a closer look at the insulin incidents, most of which "
         "involve missed doses at ward transfer. IS will bring a thematic review of the insulin incidents to "
         "the March ADTC.")
    h("8. Antimicrobial management")
    para("8.1", "PV reported that the empirical antibiotic guideline has been revised to reflect local "
         "resistance data, in particular for urinary tract infection in the community. Consultation with "
         "primary care runs to the end of February. PV will present the revised guideline for ratification "
         "in May 2025.")
    h("9. Non-medical prescribing")
    para("9.1", "The annual audit of the NMP register against practice has not yet been done this year. MC "
         "undertook to complete it in Q4 and to report the results to the Committee.")
    h("10. Primary care prescribing")
    para("10.1", "KL presented the prescribing indicators. Proton pump inhibitor prescribing remains above the "
         "Scottish average. KL and GH agreed to draft a joint deprescribing message for GP practices and "
         "community pharmacies by the end of February.")
    h("11. Formulary chapter review: respiratory")
    para("11.1", "The revised respiratory chapter (inhaler choice, with lower-carbon inhalers preferred) was "
         "approved. EM will report on the effect of the changes on inhaler prescribing in six months.")
    h("12. Any other business")
    para("12.1", "RK raised that the perioperative anticoagulation bridging guidance is out of date. RK will "
         "lead the update with haematology.")
    para("12.2", "AM noted that junior doctor attendance at ADTC has lapsed. AM will ask the Associate Medical "
         "Director to nominate a resident doctor representative.")
    h("13. Date of next meeting")
    para("13.1", "Thursday 20 March 2025, 14:00, Board Room and MS Teams.")

    pdf.add_page()
    pdf.set_font("DVC", "B", 12)
    pdf.cell(w, 7, "ACTION LOG", new_x="LMARGIN", new_y="NEXT")
    table([("No.", "Minute", "Action", "Lead", "Timescale", "Status"),
           ("24/41", "5.3 (Nov)", "Publish the updated DOAC prescribing guidance", "EM", "Jan 2025",
            "Closed - published 10/01/2025"),
           ("24/42", "7.2 (Nov)", "Audit of the valproate Pregnancy Prevention Programme", "IS", "Jan 2025 ADTC",
            "Open - deferred to March ADTC"),
           ("24/43", "9.1 (Nov)", "Gentamicin dosing calculator on the intranet", "PV", "Dec 2024",
            "Closed"),
           ("25/01", "5.1", "Update the formulary website and app with the December and January SMC decisions",
            "EM", "28/02/2025", "New"),
           ("25/02", "5.2", "Write to the MSN asking for the Duraflozin criteria to be aligned with the local "
                            "heart failure pathway", "AM", "-", "New"),
           ("25/03", "6.1", "Circulate the Serious Shortage Protocol guidance to community pharmacies", "FB",
            "ASAP", "New"),
           ("25/04", "7.1", "Thematic review of insulin incidents", "IS", "March ADTC", "New"),
           ("25/05", "8.1", "Revised empirical antibiotic guideline for ratification", "PV", "May 2025", "New"),
           ("25/06", "9.1", "Complete the annual NMP register audit and report results", "MC", "Q4", "New"),
           ("25/07", "10.1", "Joint PPI deprescribing message to GP practices and community pharmacies",
            "KL / GH", "28/02/2025", "New"),
           ("25/08", "11.1", "Report on the effect of the respiratory chapter changes on inhaler prescribing",
            "EM", "6 months", "New"),
           ("25/09", "12.1", "Update the perioperative anticoagulation bridging guidance with haematology", "RK",
            "Ongoing", "New"),
           ], (16, 20, 118, 20, 28, 39))
    pdf.set_title("NHS Glenmorven ADTC minutes 23 January 2025")
    pdf.output(str(OUT / "09_glenmorven-adtc-2025-01.pdf"))


if __name__ == "__main__":
    museum_pdf()
    forum_pdf()
    heritage_pdf()
    adtc_pdf()
