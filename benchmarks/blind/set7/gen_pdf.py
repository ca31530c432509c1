"""Generate the three PDF minutes of blind set 7 with fpdf2.

04: a US nonprofit board's minutes: serif letterhead, ruled headings, bulleted Follow-ups, page footer.
09: a hospital ward huddle: landscape, slide-like coloured heading bars, a two-column Topic | Notes
    table per section, footer.
11: a sports federation referees' committee: minute numbers in a left margin column (two-column
    layout), an appointments table, a DejaVu (Unicode) font for Baltic names, page footer.
Run with /work/main/.venv/bin/python.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).parent / "minutes"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ----------------------------------------------------------------------------- 04 nonprofit board
class Board(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Times", "I", 9)
            self.set_text_color(110)
            self.cell(0, 5, "Harbor Lights Literacy Council - Board Minutes (draft until approved)", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0)
            self.ln(3)

    def footer(self):
        self.set_y(-14)
        self.set_font("Times", "", 9)
        self.set_draw_color(150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.cell(0, 6, f"Board of Directors - January 16, 2025 - Page {self.page_no()} of {{nb}}", align="C")


def board_pdf():
    pdf = Board(format="Letter")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    w = pdf.epw

    def h(text):
        pdf.ln(3)
        pdf.set_font("Times", "B", 12)
        pdf.cell(w, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(0)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + w, pdf.get_y())
        pdf.ln(1.5)

    def p(text):
        pdf.set_font("Times", "", 11)
        pdf.multi_cell(w, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def bullets(items, indent=6):
        pdf.set_font("Times", "", 11)
        for it in items:
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(4, 5.5, "-")
            pdf.multi_cell(w - indent - 4, 5.5, it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    pdf.set_font("Times", "B", 18)
    pdf.cell(w, 9, "HARBOR LIGHTS LITERACY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 10)
    pdf.cell(w, 5, "212 Fore Street, Portland, Maine 04101  |  A 501(c)(3) nonprofit", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Times", "B", 13)
    pdf.cell(w, 7, "Minutes of the Board of Directors Meeting", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 11)
    pdf.cell(w, 6, "Thursday, January 16, 2025, 6:00 PM - Conference Room and via Zoom", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    p("Present: Denise Whitcomb (Chair), Aaron Feld (Vice Chair), Priya Raman (Treasurer), Gloria Menendez "
      "(Secretary), Tom Kilbride, Hannah Oyelaran, Marcus Bell (via Zoom).")
    p("Absent: Rev. James Porter. Staff: Karen Liu (Executive Director), Sofia Benitez (Program Manager). "
      "A quorum was present.")

    h("1. Call to Order")
    p("Denise Whitcomb called the meeting to order at 6:03 PM and welcomed Sofia Benitez to her first board meeting.")
    h("2. Consent Agenda")
    p("The consent agenda included the minutes of December 12, 2024 and the December financial statements. "
      "Motion to approve the consent agenda by Aaron Feld, seconded by Hannah Oyelaran. Motion carried unanimously.")
    h("3. Executive Director's Report")
    bullets([
        "Enrollment: 186 adult learners are active and 41 are on the waiting list.",
        "The Libra Foundation renewed its grant at $40,000 for 2025. Karen will submit the Q4 report to the "
        "Libra Foundation by the end of the month.",
        "The Maine Department of Education will announce the adult education partnership awards in March.",
        "The lease for the Westbrook site ends June 30, 2025. The landlord has offered a three-year renewal "
        "at a 4% increase (see item 6).",
        "Sofia is piloting a digital literacy class at the Westbrook site with 12 learners.",
    ])
    p("Marcus will send Sofia the name of his contact at Portland Adult Education about shared classroom space.")
    h("4. Treasurer's Report")
    p("Priya Raman presented the unaudited year-end figures: revenue of $612,400 against a budget of $598,000, "
      "and expenses of $587,900. Audit fieldwork by Baxter & Reyes CPAs begins March 10; the engagement letter "
      "was signed in December. The Form 990 is due May 15 and will be prepared by the auditors.")
    p("Motion to amend the 2025 budget to add $8,500 for the digital literacy pilot (Priya Raman / Tom Kilbride). "
      "Marcus asked whether the pilot has outcome measures; Sofia said it uses pre- and post-assessments. "
      "Motion carried 6-0; Marcus did not vote, having lost his connection, and rejoined after the vote.")
    p("Sofia will share the pilot's assessment results with the board at the April meeting. Priya will circulate "
      "a draft reserve policy ahead of the February meeting.")
    h("5. Committee Reports")
    p("Development (Hannah Oyelaran): The Spring Gala is Saturday, April 26 at Ocean Gateway. The sponsorship "
      "target is $45,000 and $12,000 is committed so far. Hannah asked every board member to make at least "
      "three sponsor asks by February 14. Tom offered to approach Casco Bay Marine about the presenting "
      "sponsorship.")
    p("Governance (Aaron Feld): Two board terms expire in June. Aaron will bring a slate of candidates to the "
      "March meeting. Board members are reminded that conflict-of-interest forms are signed every year in "
      "September.")
    p("Programs (Sofia Benitez): Volunteer tutor training is on February 8; 14 new tutors have registered.")
    h("6. Westbrook Lease")
    p("After discussion, a motion to authorize the Executive Director to negotiate a renewal of up to three "
      "years at no more than a 4% increase (Aaron Feld / Gloria Menendez). Motion carried unanimously. "
      "Karen will report on the negotiation at the next meeting.")
    h("7. Executive Session")
    p("The board went into executive session at 7:25 PM to discuss the Executive Director's annual review. "
      "No action was taken. The board returned to open session at 7:50 PM, and Denise said she would set up "
      "the review conversation with Karen within 30 days.")
    h("8. Adjournment")
    p("Motion to adjourn (Hannah Oyelaran / Tom Kilbride). Motion carried. The meeting adjourned at 7:58 PM. "
      "The next meeting is Thursday, February 20, 2025, at 6:00 PM.")
    h("Follow-ups")
    bullets([
        "Submit Q4 grant report to the Libra Foundation (Karen) - by end of month",
        "Send thank-you letter to the Libra Foundation for the renewal (Denise) - by 1/31",
        "Circulate draft reserve policy (Priya) - before the February meeting",
        "Three sponsor asks per board member for the Gala (All board members) - by 2/14",
        "Approach Casco Bay Marine re: presenting sponsorship (Tom) - ASAP",
        "Bring candidate slate for the June elections (Aaron) - March meeting",
        "Westbrook lease negotiation update (Karen) - next meeting",
        "Schedule the ED review conversation (Denise) - within 30 days",
        "Update the board list on the website with the 2025 officers (Gloria)",
    ])
    pdf.ln(4)
    pdf.set_font("Times", "I", 11)
    pdf.cell(w, 6, "Respectfully submitted, Gloria Menendez, Secretary", new_x="LMARGIN", new_y="NEXT")
    pdf.set_title("Harbor Lights Literacy Council - Board Minutes 2025-01-16")
    pdf.output(str(OUT / "04_harbor-lights-literacy-board-2025-01.pdf"))


# ----------------------------------------------------------------------------- 09 ward huddle
class Huddle(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90)
        self.cell(0, 5, f"Ward 14 huddle notes - for ward staff only - {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0)


def huddle_pdf():
    pdf = Huddle(orientation="L", format="A4")
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    w = pdf.epw

    def bar(text, colour=(0, 94, 184)):
        pdf.ln(2)
        pdf.set_fill_color(*colour)
        pdf.set_text_color(255)
        pdf.set_font("Helvetica", "B", 13)
        pdf.cell(w, 8, "  " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0)
        pdf.set_fill_color(255, 255, 255)
        pdf.ln(1)

    def rows(pairs):
        pdf.set_font("Helvetica", "", 10)
        with pdf.table(col_widths=(55, 210), text_align="LEFT", line_height=5.2, first_row_as_headings=False,
                       borders_layout="HORIZONTAL_LINES", padding=1.5) as table:
            for left, right in pairs:
                r = table.row()
                r.cell(left, style=FontFace(emphasis="BOLD"))
                r.cell(right)
        pdf.ln(1)

    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(w, 10, "Ward 14 - Acute Medical Unit | WEEKLY TEAM HUDDLE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(w, 6, "Northfleet General Hospital  -  Tues 12/11/2024, 14:15-14:35, ward seminar room", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(w, 4.8, "Led by: Sister Joanne Pike, Ward Manager (JP). Attending: Dr Amir Qureshi, Consultant (AQ); "
                   "Grace Mensah, Deputy Sister (GM); Liam Doyle, Charge Nurse nights (LD); Hannah Roper, Physiotherapist "
                   "(HR); Femi Adeyemi, Pharmacist (FA); Chloe Ward, HCA lead (CW); Paul Singh, Discharge Coordinator (PS). "
                   "Next huddle: Tues 19/11/2024, 14:15.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 9)
    pdf.cell(w, 5, "AI = action item. Owner after the dash.", new_x="LMARGIN", new_y="NEXT")

    bar("1  SAFETY")
    rows([
        ("Falls", "2 falls last week, both on nights, both bay C, no harm (Datix 44812, 44830). "
                  "AI: order 2 more sensor mats for bay C - CW - by Friday"),
        ("Call bell bed 12", "Broken again. Estates job logged 11/11 (job 77120). "
                             "AI: chase Estates about the bed 12 call bell today - GM"),
        ("Sepsis screening", "Compliance 86% last month (target 90%). "
                             "AI: 10-minute sepsis teach at the Thursday safety brief - AQ"),
        ("Bay C pattern", "Both falls in bay C at night. Worth someone looking at the bay C night staffing pattern "
                          "(no owner agreed)."),
    ])
    bar("2  STAFFING")
    rows([
        ("Vacancies", "3 RN vacancies. Two international nurses start on 2/12 (Trust recruitment team)."),
        ("Bank fill", "78% last week, 91% the week before."),
        ("Christmas rota", "AI: publish the Christmas and New Year rota by 15/11 - JP"),
        ("Annual leave", "Reminder: all leave requests through Healthroster only (standing rule)."),
    ])
    bar("3  PATIENT FLOW")
    rows([
        ("Length of stay", "Average LOS 3.4 days. 6 delayed discharges, 4 waiting for care packages (social care)."),
        ("Care packages", "AI: escalate the 4 care package delays to the Integrated Discharge Team before next huddle - PS"),
        ("Discharge lounge", "Opens at 08:00 from 18/11 (Trust decision, no action for us)."),
        ("TTOs", "TTOs held up after 4pm most days. FA will draw up a TTO pre-prep list for predicted discharges."),
    ])
    bar("4  EQUIPMENT / ENVIRONMENT")
    rows([
        ("Bladder scanner", "Back from repair, in the clean utility. Done."),
        ("Routine checks", "Daily resus trolley check - nights NIC. Weekly fridge temperature log - GM. (No change.)"),
        ("Resus audit", "3 missed trolley checks in October. AI: LD to redo the October resus trolley audit and send it to "
                        "JP by end of month"),
    ])
    bar("5  EDUCATION")
    rows([
        ("e-obs go-live", "Nerve Centre e-obs goes live on Ward 14 on 2/12; the Trust digital team runs the training. "
                          "AI: all staff to complete the e-obs e-learning before go-live"),
        ("Moving & handling", "HR offered to run a moving and handling refresher for HCAs on Wed 20/11."),
    ])
    bar("6  ANY OTHER", colour=(65, 64, 153))
    rows([
        ("WOW", "Q: can we get a second workstation on wheels? AI: ask Matron about a second WOW - JP"),
        ("Staff room", "Please label food in the staff fridge. Fridge clear-out every Friday (as usual)."),
        ("Farewell", "Chloe leaves in January. Leaving do TBC."),
    ])
    pdf.set_title("Ward 14 weekly huddle 12/11/2024")
    pdf.output(str(OUT / "09_northfleet-ward14-huddle-2024-11.pdf"))


# ----------------------------------------------------------------------------- 11 referees' committee
class Referees(FPDF):
    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.cell(0, 5, f"NBWF Referees' Committee - Minutes RC 5/2024 - page {self.page_no()} of {{nb}}", align="L")


def referees_pdf():
    pdf = Referees(format="A4")
    pdf.add_font("DejaVu", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    w = pdf.epw
    left = 26  # width of the minute-number column

    def item(number, title, paras):
        """Minute number in the left column, title and paragraphs in the right column."""
        pdf.ln(2)
        if pdf.get_y() + 20 > pdf.page_break_trigger:  # keep the number and the title together
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 9)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(left, 5, number)
        pdf.set_xy(pdf.l_margin + left, y)
        pdf.multi_cell(w - left, 5, title, new_x="LMARGIN", new_y="NEXT")
        for para in paras:
            if para.startswith("A/I"):
                pdf.set_font("DejaVu", "B", 9)
            else:
                pdf.set_font("DejaVu", "", 9)
            pdf.set_x(pdf.l_margin + left)
            pdf.multi_cell(w - left, 4.8, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)

    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(w, 7, "NORDIC-BALTIC WATER POLO FEDERATION (NBWF)\nReferees' Committee", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(w, 5, "Minutes of meeting RC 5/2024, held online (Teams) on Saturday 28 September 2024, "
                   "10:00-12:15 CET", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(30, 144), text_align="LEFT", line_height=4.6, first_row_as_headings=False,
                   borders_layout="NONE") as t:
        for a, b in [
            ("Present", "Henrik Dahl (Chair, DEN) HD; Kaija Virtanen (FIN) KV; Mārtiņš Ozols (LAT) MO; "
                        "Eva Lindström (SWE, appointments) EL; Tomas Petrauskas (LTU) TP; Siri Haugen (NOR, secretary) SH"),
            ("In attendance", "Jaan Tamm (EST), Referee Development Officer, JT (items RC 24/35-36)"),
            ("Apologies", "none"),
            ("Note", "Working language English. Decisions of the Committee are recommendations to the Executive Board. "
                     "A/I = action item, owner in brackets."),
        ]:
            r = t.row()
            r.cell(a, style=FontFace(emphasis="BOLD"))
            r.cell(b)

    item("RC 24/31", "Minutes of RC 4/2024 (22 June 2024)", ["Approved without changes."])
    item("RC 24/32", "Matters arising", [
        "A/I 24/18 (MO), Latvian translation of the video-review protocol: done, closed.",
        "A/I 24/22 (TP), list of referees without a valid medical certificate: still open, TP is waiting for two "
        "national federations to reply.",
    ])
    item("RC 24/33", "Appointments, Baltic League 2024/25 rounds 1-3", [
        "The appointments below were confirmed.",
    ])
    pdf.set_font("DejaVu", "", 8.5)
    pdf.set_x(pdf.l_margin + left)
    with pdf.table(col_widths=(18, 30, 40, 60), width=w - left, align="RIGHT", text_align="LEFT", line_height=4.6,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(220, 230, 240))) as t:
        for row in [
            ("Round", "Dates", "Venue", "Referees"),
            ("1", "19-20 Oct 2024", "Tallinn (Kalev)", "Ozols, Haugen (res. Dahl)"),
            ("2", "16-17 Nov 2024", "Kaunas", "Virtanen, Lindström"),
            ("3", "14-15 Dec 2024", "Riga", "Petrauskas, Dahl"),
        ]:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(1)
    pdf.set_font("DejaVu", "B", 9)
    pdf.set_x(pdf.l_margin + left)
    pdf.multi_cell(w - left, 4.8, "A/I (EL): publish the round 1-3 appointments on the federation website by 1 October.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.set_x(pdf.l_margin + left)
    pdf.multi_cell(w - left, 4.8, "Referees who are unavailable for a round must tell the appointments officer at least "
                   "14 days before it (existing rule).", new_x="LMARGIN", new_y="NEXT")

    item("RC 24/34", "Rule interpretations (World Aquatics)", [
        "World Aquatics has published interpretation changes that take effect on 1 January 2025.",
        "A/I (HD): prepare a two-page summary of the interpretation changes for the national referee coordinators by "
        "15 October.",
        "KV offered to run an online clinic on the changes for all licensed referees in November.",
    ])
    item("RC 24/35", "Referee development (JT)", [
        "Eight young referees are in the development squad. JT proposed pairing each of them with a senior referee "
        "as a mentor for the season. The Committee supports the scheme.",
        "A/I (JT): draft the mentor pairings and circulate them to the Committee within one month.",
        "A/I (MO, TP): find two senior referees each in Latvia and Lithuania willing to act as mentors, ASAP.",
    ])
    item("RC 24/36", "Fitness tests", [
        "The annual fitness test remains compulsory for international-list referees and must be passed before "
        "31 December each year (standing requirement).",
        "SH to book the pool and the athletics track in Tallinn for the joint fitness test on 7 December.",
    ])
    item("RC 24/37", "Disciplinary matter (confidential annex)", [
        "A report on a referee's conduct at the Riga tournament in August was discussed; details are in the "
        "confidential annex. The Chair will forward the Committee's recommendation to the Disciplinary Commission "
        "within seven days.",
    ])
    item("RC 24/38", "Budget request 2025", [
        "EL presented the draft budget request of EUR 38,500. The Executive Board will approve all committee budgets "
        "at its December meeting.",
        "A/I (EL): revise the travel line in line with the Executive Board's guidance and resubmit it to the Committee "
        "before the next committee meeting.",
    ])
    item("RC 24/39", "Any other business", [
        "TP reported that the Lithuanian federation will host a referees' seminar in Kaunas on 15-16 February 2025; "
        "the invitations will come from the Lithuanian federation.",
        "The question of a common referee kit supplier was deferred to the next meeting.",
        "A/I (HD): write to the Estonian federation about hosting RC 1/2025 as an in-person meeting.",
        "A/I (SH): circulate these minutes within 14 days.",
    ])
    item("RC 24/40", "Next meeting", ["Saturday 23 November 2024, 10:00 CET, online."])
    pdf.set_title("NBWF Referees' Committee RC 5/2024")
    pdf.output(str(OUT / "11_nbwf-referees-committee-2024-09.pdf"))


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    board_pdf()
    huddle_pdf()
    referees_pdf()
