"""Generate the four PDF minutes of blind set 9 with fpdf2.

06: an Australian university's Academic Board: DejaVu Sans Condensed, resolutions numbered AB 25/2/nn,
    an action-sheet review table, narrative, and a closing bordered ACTION SHEET table
    (No. / Item / Action / Responsibility / Due) with day-first dates.
07: a producing theatre's production meeting: Helvetica, grey department bars, numbered notes with the
    responsible department's code in a right-hand column (blank for information), a key-dates box.
08: a Saskatchewan grain co-operative's board: Courier (typed look), ISO and "Jan. 31" dates, numbered
    motions with movers and seconders, an in-camera item, and an ACTION REGISTER table.
09: an academic journal's editorial board (online): Times, narrative with bold "AP1 - IS to ..." action
    points inline, no closing list; a publisher's unmarked undertaking.
Run with /work/main/.venv/bin/python.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).parent / "minutes"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ----------------------------------------------------------------------------- 06 university academic board
class AB(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("DVC", "", 8)
            self.set_text_color(90)
            self.cell(0, 5, "Kurrawong University - Academic Board - Minutes of Meeting 2/2025 (unconfirmed)",
                      align="L")
            self.ln(7)
            self.set_text_color(0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DVC", "", 8)
        self.set_text_color(90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0)


def ab_pdf():
    pdf = AB()
    pdf.add_font("DVC", "", DEJAVU + "DejaVuSansCondensed.ttf")
    pdf.add_font("DVC", "B", DEJAVU + "DejaVuSansCondensed-Bold.ttf")
    pdf.add_font("DVC", "I", DEJAVU + "DejaVuSansCondensed-Oblique.ttf")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    w = pdf.epw

    def h(t):
        pdf.ln(2)
        pdf.set_font("DVC", "B", 10.5)
        pdf.set_text_color(0, 60, 90)
        pdf.cell(w, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0)

    def p(t, style=""):
        pdf.set_font("DVC", style, 9.5)
        pdf.multi_cell(w, 4.8, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def res(num, t):
        pdf.set_font("DVC", "B", 9.5)
        pdf.set_x(pdf.l_margin + 6)
        pdf.multi_cell(w - 6, 4.8, f"Resolution {num}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DVC", "", 9.5)
        pdf.set_x(pdf.l_margin + 6)
        pdf.multi_cell(w - 6, 4.8, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def table(rows, widths):
        pdf.set_font("DVC", "", 8.5)
        with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.3, padding=1.2,
                       headings_style=FontFace(emphasis="BOLD", fill_color=(220, 232, 238))) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        pdf.ln(2)

    pdf.set_font("DVC", "B", 15)
    pdf.cell(w, 8, "KURRAWONG UNIVERSITY", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DVC", "B", 12)
    pdf.cell(w, 6, "ACADEMIC BOARD", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DVC", "", 10)
    pdf.multi_cell(w, 5, "Minutes of Meeting 2/2025, held on Wednesday 16 April 2025 from 2.00 pm to 4.10 pm in the "
                   "Council Chamber, Chancellery (Building 1), Bathurst Campus, and by Zoom", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(2)
    p("Members present: Professor Helen Tjandra (Chair of Academic Board) (Chair); Professor Mark Aldous, "
      "Deputy Vice-Chancellor (Academic) (DVCA); Professor Leanne Morrow, Pro Vice-Chancellor (Students) (PVCS); "
      "Dr Alinta Hall, Pro Vice-Chancellor (Indigenous Strategy) (PVCIS); Professor David Okonkwo, Dean, Faculty "
      "of Health; Associate Professor Sunita Rao, Acting Dean, Faculty of Business and Law; Professor James Kirby, "
      "Dean, Faculty of Science and Engineering; Associate Professor Paul Marsh, Chair, Academic Standards and "
      "Quality Committee (ASQC); Dr Wendy Tait, Director, Library Services; elected academic staff Dr Ben "
      "Corcoran, Dr Mei Lin Tan and Ms Kylie Fraser; student members Mr Jayden Brooks (President, Kurrawong "
      "Students' Association) and Ms Priyanka Sethi (postgraduate member).")
    p("In attendance: Ms Rachel O'Dwyer (Secretary to Academic Board); Mr Tom Gallo, Manager, Academic "
      "Integrity (item 7 only).")
    p("Apologies: Professor Sarah Nguyen, Vice-Chancellor (ex officio).")

    h("1. Acknowledgement of Country, welcome and apologies")
    p("The Chair acknowledged the Wiradjuri people, the traditional custodians of the land on which the "
      "Bathurst campus stands, and paid respect to Elders past and present. Apologies were noted.")
    h("2. Declarations of interest")
    p("None.")
    h("3. Minutes of Meeting 1/2025")
    res("AB 25/2/01", "That Academic Board confirms the minutes of Meeting 1/2025 held on 26 February 2025 as a "
        "true and accurate record.")
    h("4. Business arising and action sheet")
    p("The Board reviewed the action sheet from Meeting 1/2025:")
    table([("Action", "Responsibility", "Status"),
           ("Review of special consideration timelines", "PVCS", "Complete - revised procedure in effect from "
                                                                 "Semester 1"),
           ("Report on the teaching load carried by sessional staff", "DVCA", "In progress - report to "
                                                                              "Meeting 3/2025"),
           ("Evaluation of the e-textbook pilot", "Director, Library Services", "Complete - see item 9"),
           ], (80, 40, 50))
    h("5. Report of the Chair")
    p("The Chair reported that the Board's triennial self-review is due this year and will feed into the "
      "University's TEQSA re-registration application, which must be lodged by 30 September 2025. The Chair "
      "will write to each Faculty Board seeking nominations for the self-review working group, with "
      "nominations to close on 9 May.")
    h("6. Report of the Deputy Vice-Chancellor (Academic)")
    p("The DVCA reported that commencing enrolments at the Semester 1 census date (31 March) were 2.1% below "
      "target, with the largest fall in postgraduate coursework. Members asked whether the decline was "
      "concentrated in particular cohorts. The DVCA undertook to provide a breakdown of the decline by faculty "
      "and cohort to the next meeting.")
    h("7. Academic integrity annual report and generative AI")
    p("Mr Gallo presented the 2024 academic integrity report: 412 substantiated cases, 38% of which involved "
      "the unauthorised use of generative AI. Cases are finalised within 20 working days of referral in 91% of "
      "instances (the procedure's standard). Ms Sethi noted that postgraduate students are unclear which "
      "tools are permitted. Professor Kirby offered to share the Faculty of Science and Engineering's "
      "assessment-design checklist with the other Deans.")
    res("AB 25/2/04", "That Academic Board (a) notes the 2024 Academic Integrity Annual Report; (b) endorses the "
        "Generative AI in Assessment Principles (Attachment 7.1); and (c) requests that the Academic Standards "
        "and Quality Committee develop implementation guidance for course coordinators.")
    p("Mr Gallo agreed to run two briefing sessions on the Principles for Heads of School in May.")
    h("8. Courses")
    res("AB 25/2/05", "That Academic Board approves the Bachelor of Agricultural Technology for a first intake in "
        "Semester 1, 2026, and recommends it to Council for noting at its meeting of 19 May 2025.")
    res("AB 25/2/06", "That Academic Board approves the discontinuation of the Graduate Certificate in Tourism "
        "Management, with teach-out for enrolled students to 31 December 2026.")
    res("AB 25/2/07", "That Academic Board approves the revised Master of Public Health, subject to the Faculty "
        "of Health correcting the learning outcomes mapping for two core units.")
    p("The Dean, Faculty of Health will provide the corrected mapping to the Secretary by the end of April.")
    h("9. Library e-textbook pilot")
    p("Dr Tait presented the evaluation of the 2024 pilot in 14 first-year units. Students in pilot units saved "
      "an average of $186 each and unit pass rates rose slightly. The Board noted the evaluation. Dr Tait will "
      "bring costed options for extending the pilot to all first-year units to the August meeting.")
    h("10. Report of the Students' Association")
    p("Mr Brooks reported on timetabling clashes between compulsory units in the Bachelor of Nursing and the "
      "Bachelor of Education (Primary). The PVCS agreed to meet the Students' Association about the clashes "
      "within one month.")
    h("11. Indigenous curriculum framework")
    p("The PVCIS presented the draft Indigenous Curriculum Framework, developed with the Elders in Residence. "
      "Members welcomed the framework. Faculties are asked to nominate a Curriculum Champion by the end of "
      "Semester 1.")
    h("12. Reports of standing committees")
    p("The Board noted the reports of the ASQC, the Research Training Committee and the Admissions Committee.")
    h("13. Other business")
    p("Dr Corcoran asked when the 2026 academic calendar will come to the Board. The Secretary advised that it "
      "is scheduled for Meeting 4/2025.")
    h("14. Next meeting")
    p("Meeting 3/2025: Wednesday 4 June 2025, 2.00 pm, Council Chamber and Zoom.")
    p("The meeting closed at 4.10 pm.")
    pdf.ln(2)
    h("ACTION SHEET - Meeting 2/2025")
    table([("No.", "Item", "Action", "Responsibility", "Due"),
           ("1", "5", "Write to Faculty Boards seeking nominations for the self-review working group", "Chair",
            "09/05/2025"),
           ("2", "6", "Breakdown of the commencing enrolment decline by faculty and cohort", "DVCA",
            "Meeting 3/2025"),
           ("3", "7", "Develop implementation guidance on the Generative AI in Assessment Principles for course "
                      "coordinators", "Chair, ASQC", "13/06/2025"),
           ("4", "8", "Provide the corrected MPH learning outcomes mapping to the Secretary",
            "Dean, Faculty of Health", "30/04/2025"),
           ("5", "8", "Report the new course and the discontinuation to Council", "Secretary", "19/05/2025"),
           ("6", "9", "Costed options for extending the e-textbook pilot to all first-year units",
            "Director, Library Services", "August meeting"),
           ("7", "10", "Meet the Students' Association about Nursing / Education timetabling clashes", "PVCS",
            "within one month"),
           ("8", "11", "Nominate a Curriculum Champion for each faculty", "Deans", "end of Semester 1"),
           ("9", "4", "Report on the teaching load carried by sessional staff (carried forward)", "DVCA",
            "Meeting 3/2025"),
           ], (10, 11, 84, 34, 31))
    pdf.set_title("Kurrawong University Academic Board - Minutes 2/2025")
    pdf.output(str(OUT / "06_kurrawong-uni-academic-board-2025-04.pdf"))


# ----------------------------------------------------------------------------- 07 theatre production meeting
class Prod(FPDF):
    def footer(self):
        self.set_y(-11)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(110)
        self.cell(0, 5, f"THE SALT ROAD - Production Meeting 3 notes - p.{self.page_no()}", align="C")
        self.set_text_color(0)


def prod_pdf():
    pdf = Prod()
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    w = pdf.epw
    ow = 24  # owner column

    def bar(t):
        pdf.ln(1.5)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.set_fill_color(70, 70, 70)
        pdf.set_text_color(255)
        pdf.cell(w - ow - 2, 5.5, "  " + t, fill=True)
        pdf.cell(2, 5.5, "")
        pdf.cell(ow, 5.5, "ACTION", fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0)
        pdf.ln(1)

    def note(num, t, owner=""):
        pdf.set_font("Helvetica", "", 9)
        y = pdf.get_y()
        if y > pdf.h - 30:
            pdf.add_page()
            y = pdf.get_y()
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(10, 4.6, num)
        pdf.multi_cell(w - ow - 12, 4.6, t, new_x="LMARGIN", new_y="NEXT")
        end = pdf.get_y()
        if owner:
            pdf.set_xy(pdf.l_margin + w - ow, y)
            pdf.set_font("Helvetica", "B", 9)
            pdf.cell(ow, 4.6, owner, align="C")
        pdf.set_xy(pdf.l_margin, end + 1.2)

    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(w, 8, "WHARFSIDE PLAYHOUSE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(w, 6, "THE SALT ROAD by Imogen Clare - PRODUCTION MEETING 3", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(w, 4.6, "Friday 7th March 2025, 10.00am - 11.20am, Rehearsal Room 2. Notes: Gareth Pryce "
                   "(Production Manager). Circulation: all below, plus Box Office Manager and Front of House.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(w, 4.3,
                   "Present: Nadia Kerr (Director, DIR); Olu Bankole (Designer, DES); Gareth Pryce (Production "
                   "Manager, PM); Lucy Tran (Company Stage Manager, CSM); Ben Hartley (Deputy Stage Manager, "
                   "DSM); Priya Desai (Lighting Designer) and Mark Ellery (Chief LX) (LX); Tom Ahern (Sound "
                   "Designer, SND); Jen Cole (Wardrobe Supervisor, WARD); Rosa Marquez (Props Supervisor, "
                   "PROPS); Dave Lister (Head of Construction, CONST); Hana Kim (Marketing Manager, MKT).\n"
                   "Apologies: Sue Barraclough (Head of Producing).", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    # key dates box
    pdf.set_fill_color(240, 236, 220)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.cell(w, 5, "  KEY DATES (for information)", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(w, 4.4, "  Set build complete Fri 28 March  |  Get-in Mon 31 March  |  Tech Tue 1 - Thu 3 April  "
                   "|  Dress Thu 3 April (eve)\n  First preview Fri 4 April  |  Press night Wed 9 April  |  "
                   "Run ends Sat 26 April  |  Captioned Wed 16 April  |  Audio described Sat 19 April",
                   fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "I", 8)
    pdf.multi_cell(w, 4, "A department code in the ACTION column means that department owns the note. No code = "
                   "for information.", new_x="LMARGIN", new_y="NEXT")

    bar("GENERAL")
    note("3.1", "Rehearsals are on schedule (week 3 of 5). Nadia was happy with the Act 1 stagger-through on "
         "Wednesday; Act 2 run on Tuesday 11th.")
    note("3.2", "Budget: the production budget is GBP 38,500. Set is currently GBP 1,900 over and wardrobe GBP 600 "
         "under. PM to circulate the revised budget tracker by Wednesday.", "PM")
    bar("SET / CONSTRUCTION")
    note("3.3", "The revolve: the hire company has confirmed delivery to the dock on 27 March.")
    note("3.4", "Cast need the jetty section to rehearse the Act 2 fight. Dave to build a mock-up of the jetty "
         "section for the rehearsal room by 14/03.", "CONST")
    note("3.5", "Designer to send the final paint elevations for the backcloth to the scenic artist.", "DES")
    note("3.6", "Flying the boat: PM and Head of Construction to get the structural engineer's sign-off on the "
         "flying bar before the get-in.", "PM / CONST")
    bar("LIGHTING")
    note("3.7", "Rig plot v2 was issued on 5 March. No changes since.")
    note("3.8", "Haze: the venue must tell the fire alarm contractor 48 hours before any haze is used (house "
         "rule, as always).")
    note("3.9", "Priya would like to watch a run with the states in mind - DSM to find a slot in next week's "
         "rehearsal schedule.", "DSM")
    bar("SOUND")
    note("3.10", "Tom to deliver the draft sound score to Nadia by 18th March.", "SND")
    note("3.11", "Radio mics: eight needed, we own six. PM to hire two more for the run.", "PM")
    bar("WARDROBE")
    note("3.12", "Everyone has been fitted except Dee Okoro and Marcus Lyle (u/s). CSM to schedule the last two "
         "fittings this week.", "CSM")
    note("3.13", "Costume parade Tue 25 March, 5pm, on stage. Jen has started distressing the oilskins in the "
         "workshop.")
    bar("PROPS")
    note("3.14", "Rosa to source a working period ship's lantern (battery) and a 1920s cash register.", "PROPS")
    note("3.15", "The knife is the blunt aluminium one; CSM confirmed it is in rehearsal and logged on the weapons "
         "register.")
    note("3.16", "Fight director Kat Sewell comes in on 18 March to set the Act 2 fight.")
    bar("STAGE MANAGEMENT")
    note("3.17", "DSM issues the rehearsal report daily as usual.")
    note("3.18", "CSM to draft the tech schedule and circulate it for the next production meeting.", "CSM")
    bar("MARKETING")
    note("3.19", "41% sold across the run; previews are slow. Hana to set up a previews offer with Box Office by "
         "the 21st.", "MKT")
    note("3.20", "Photocall at the dress rehearsal (Thu 3 April). Hana to book the photographer.", "MKT")
    note("3.21", "Trailer filming in rehearsals: Nadia agreed to week 4, Tuesday only.")
    bar("ACCESS")
    note("3.22", "DSM to send the rehearsal script to the captioner and the audio describer by 28 March.", "DSM")
    bar("AOB")
    note("3.23", "Rehearsal room 2 has been cold in the mornings. PM to chase Facilities about the heating.", "PM")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(w, 5, "Next production meeting: Friday 21st March 2025, 10.00am, Rehearsal Room 2.",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_title("The Salt Road - Production Meeting 3")
    pdf.output(str(OUT / "07_wharfside-salt-road-production-3-2025-03.pdf"))


# ----------------------------------------------------------------------------- 08 Saskatchewan grain co-op board
def coop_pdf():
    pdf = FPDF(format="Letter")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    w = pdf.epw

    def p(t, style="", indent=0):
        pdf.set_font("Courier", style, 9.5)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(w - indent, 4.6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def h(t):
        pdf.ln(1.5)
        pdf.set_font("Courier", "B", 10)
        pdf.cell(w, 5, t, new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("Courier", "B", 12)
    pdf.cell(w, 6, "PRAIRIE LILY GRAIN & SEED CO-OPERATIVE LTD.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Courier", "", 10)
    pdf.cell(w, 5, "Box 220, Kessock, Saskatchewan S0K 2X0", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Courier", "B", 10.5)
    pdf.cell(w, 5, "MINUTES - REGULAR MEETING OF THE BOARD OF DIRECTORS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Courier", "", 10)
    pdf.cell(w, 5, "Date: 2025-01-22   Time: 9:30 a.m. CST   Place: Co-op boardroom, Kessock", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    p("PRESENT:  Directors Art Wiebe (President, Chair), Janelle Lachance (Vice-President), Harold Friesen, "
      "Kulvir Dhaliwal, Moira Hnatiuk, Tessa Kowalchuk (Secretary)")
    p("REGRETS:  Director Gord Pedersen")
    p("STAFF:    Karen Dueck, General Manager (GM); Brent Olson, Controller")
    p("RECORDING: Director Kowalchuk")

    h("1. CALL TO ORDER")
    p("The Chair called the meeting to order at 9:32 a.m. and confirmed quorum.")
    h("2. ADOPTION OF AGENDA")
    p("MOTION 25-01  Moved by Dir. Friesen, seconded by Dir. Dhaliwal, THAT the agenda be adopted as circulated "
      "with the addition of item 8.3 (in camera).  CARRIED.")
    h("3. MINUTES OF DECEMBER 11, 2024")
    p("MOTION 25-02  Moved by Dir. Hnatiuk, seconded by Dir. Lachance, THAT the minutes of the regular meeting "
      "of December 11, 2024 be approved as presented.  CARRIED.")
    h("4. BUSINESS ARISING")
    p("4.1 Grain dryer replacement. The GM reported two quotes received (Vertec $412,000 installed; GSI "
      "$389,500 installed). The local dealer in Humboldt has promised a third quote by the end of the month. "
      "Tabled to the February meeting, when the GM will bring all three quotes with a recommendation.")
    p("4.2 Scale house roof. Completed December 18 at $21,300, under budget. No further action.")
    h("5. GENERAL MANAGER'S REPORT")
    p("Handle for the 2024-25 crop year to date is 61,400 tonnes, 7% ahead of last year. Canola and durum "
      "movement is good; peas are slow. The fertilizer prepay program for members closes Feb. 28; the GM "
      "reminded directors to encourage neighbours to book. Safety: no lost-time incidents since July. "
      "Confined-space (bin entry) refresher training for all staff is booked for March 4-5.")
    p("Staffing: with handle up, the GM wants a second grain buyer in place before seeding. The GM will post "
      "the grain buyer position by Jan. 31.")
    p("Rail: the co-op received 62% of the car spots it ordered in December. Dir. Friesen said members are "
      "losing sales. The GM will write to CN about the car spot shortfalls and copy the producer car "
      "association.")
    h("6. FINANCIAL REPORT")
    p("The Controller presented the interim statements to December 31, 2024: sales $48.2 million, local "
      "savings $1.14 million before patronage. The operating line with Affinity Credit Union comes up for "
      "renewal on March 31; the credit union has indicated no change in terms.")
    p("MOTION 25-03  Moved by Dir. Lachance, seconded by Dir. Kowalchuk, THAT the interim financial statements "
      "to December 31, 2024 be accepted as presented.  CARRIED.")
    p("The Controller will bring the draft 2025-26 capital budget, including the dryer, to the Feb. 26 "
      "meeting.")
    h("7. COMMITTEE REPORTS")
    p("7.1 Member Relations (Dir. Lachance). The Annual General Meeting is set for Wednesday, March 12, 2025, "
      "1:00 p.m., at the Kessock Legion Hall. Three director terms expire (Friesen, Hnatiuk, Kowalchuk); all "
      "three intend to let their names stand. Nomination forms must be received by Feb. 14. The Secretary "
      "will mail the nomination package to all members by Jan. 29. Dir. Lachance will book the hall and the "
      "caterer (the 4-H club did it well last year). The Controller confirmed patronage cheques will be mailed "
      "before the AGM.")
    p("7.2 Audit & Finance (Dir. Dhaliwal).")
    p("MOTION 25-04  Moved by Dir. Dhaliwal, seconded by Dir. Hnatiuk, THAT the Board recommend to the "
      "membership the re-appointment of Kessock Valley CPA LLP as auditors for the year ending July 31, "
      "2025.  CARRIED.")
    p("7.3 Governance (Dir. Hnatiuk). The conflict of interest policy was last reviewed in 2019. Dirs. "
      "Hnatiuk and Dhaliwal will review it against the Co-operatives Act guidance and report back within "
      "30 days.")
    h("8. NEW BUSINESS")
    p("8.1 Soil carbon contracts. Several members have been approached by Terrafield Carbon, which offers "
      "per-acre payments for reduced tillage. Directors had questions about liability and data ownership. "
      "The GM will invite Terrafield to present to the Board at a future meeting.")
    p("8.2 75th anniversary. The co-op turns 75 in 2026. Dir. Kowalchuk volunteered to pull together a "
      "small committee of members to plan the celebrations.")
    p("8.3 In camera. The Board went in camera with the GM excused at 11:20 a.m. and returned at 11:50 a.m. "
      "The Executive Committee will complete the GM's annual performance review as soon as possible.")
    h("9. ROUND TABLE")
    p("Dir. Friesen: the RM of Kessock plans to re-gravel the elevator access road in the spring. "
      "Dir. Dhaliwal: thanks to staff for keeping the yard open during the January cold snap. Dir. Hnatiuk: "
      "asked that the Board consider a young-farmer director seat at some point; no action today.")
    h("10. NEXT MEETING")
    p("Wednesday, February 26, 2025, 9:30 a.m., Co-op boardroom.")
    h("11. ADJOURNMENT")
    p("MOTION 25-05  Moved by Dir. Dhaliwal THAT the meeting adjourn.  CARRIED at 11:58 a.m.")
    pdf.ln(2)
    h("ACTION REGISTER")
    pdf.set_font("Courier", "", 8.5)
    with pdf.table(col_widths=(18, 92, 38, 26), text_align="LEFT", line_height=4.2, padding=1,
                   headings_style=FontFace(emphasis="BOLD")) as t:
        for r in [("No.", "Action", "Responsible", "Target"),
                  ("25-01-A", "Post the second grain buyer position", "GM", "2025-01-31"),
                  ("25-01-B", "Write to CN about car spot shortfalls (copy producer car assoc.)", "GM", "-"),
                  ("25-01-C", "Draft 2025-26 capital budget incl. grain dryer", "Controller", "Feb. 26 meeting"),
                  ("25-01-D", "Mail AGM nomination package to all members", "Secretary", "2025-01-29"),
                  ("25-01-E", "Book Legion Hall and caterer for AGM", "Dir. Lachance", "-"),
                  ("25-01-F", "Review conflict of interest policy and report back", "Dirs. Hnatiuk & Dhaliwal",
                   "within 30 days"),
                  ("25-01-G", "Complete GM annual performance review", "Executive Committee", "ASAP"),
                  ("25-01-H", "Invite Terrafield Carbon to present", "GM", "future meeting"),
                  ("24-12-C", "Dryer: third quote + recommendation (carried)", "GM", "Feb. 26 meeting")]:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    pdf.set_font("Courier", "", 9.5)
    pdf.cell(w, 5, "_____________________ President      _____________________ Secretary", new_x="LMARGIN",
             new_y="NEXT")
    pdf.set_title("Prairie Lily Co-op Board minutes 2025-01-22")
    pdf.output(str(OUT / "08_prairie-lily-coop-board-2025-01.pdf"))


# ----------------------------------------------------------------------------- 09 journal editorial board
def njlh_pdf():
    pdf = FPDF()
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    w = pdf.epw

    def h(t):
        pdf.ln(2.5)
        pdf.set_font("Times", "B", 11.5)
        pdf.cell(w, 6, t, new_x="LMARGIN", new_y="NEXT")

    def p(t):
        pdf.set_font("Times", "", 11)
        pdf.multi_cell(w, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    def ap(label, t):
        pdf.set_x(pdf.l_margin + 8)
        pdf.set_font("Times", "B", 11)
        pdf.multi_cell(w - 8, 5.2, f"{label} - {t}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    pdf.set_font("Times", "I", 10)
    pdf.cell(w, 5, "Northern Journal of Landscape History", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "B", 14)
    pdf.cell(w, 7, "Editorial Board Meeting", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 11)
    pdf.cell(w, 6, "Wednesday 9 October 2024, 13:00-14:30 (UK time), on Microsoft Teams", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    p("Present: Ingrid Solberg (IS, Editor-in-Chief), Tomás Ruiz (TR, Reviews Editor), Akua Mensah (AM), "
      "Finn Gallagher (FG), Rachel Stein (RS), Hye-jin Park (HP, Managing Editor, minutes).")
    p("In attendance: Elaine Ward (EW, Journals Publisher, Harlow Academic Press), items 1-3.")
    p("Apologies: Marek Novák (MN).")
    p("Action points are numbered AP1, AP2, ... and tracked by the Managing Editor.")

    h("1. Minutes of the last meeting and matters arising")
    p("The minutes of the meeting of 17 April 2024 were approved. Of the action points from April: "
      "AP7/April (TR, recruit three new book reviewers) is complete, five were recruited; AP9/April (HP, update "
      "the journal's ethics statement) is still in progress and is taken under item 6; all others are "
      "complete.")
    h("2. Editor's report")
    p("IS reported on Volume 47: 74 submissions (up from 61), 16 accepted, an acceptance rate of 22%. The "
      "median time to first decision was 61 days against the journal's target of 60 days. Five manuscripts "
      "have been with reviewers for more than 90 days. The Board agreed that the handling editors of those "
      "five should be asked to chase or replace reviewers.")
    ap("AP1", "IS to write to the handling editors of the five manuscripts over 90 days, within a month.")
    h("3. Publisher's report")
    p("EW reported that Harlow Academic Press will move all its journals to the ScholarTrack submission system "
      "in January 2025; the current system will close to new submissions on 15 December. The journal's 2023 "
      "impact factor is 1.4. Transformative agreements now cover 31% of published articles. EW will send the "
      "Board the migration timetable and the editor training dates as soon as the press has confirmed them.")
    ap("AP2", "HP to update the author guidelines and the reviewer templates for ScholarTrack before the end of "
              "the year.")
    h("4. Special issue proposals")
    p("(a) \"Water and Memory\" (guest editors Dr Lola Okoro and Dr Sandy Baird). The Board supported the "
      "proposal with two conditions: no more than eight papers, and each paper to have a Board member as "
      "handling editor alongside the guest editors.")
    ap("AP3", "IS to write to the guest editors of \"Water and Memory\" with the Board's conditions by 31 "
              "October.")
    p("(b) \"Upland Commons\". The Board declined the proposal as too narrow for a special issue and suggested "
      "the authors submit as individual articles. IS will let the proposers know.")
    h("5. Book reviews")
    p("TR reported that 14 reviews were published in Volume 47 and that 23 books received from publishers are "
      "still unassigned.")
    ap("AP4", "TR to circulate the list of unassigned books to the Board by 15/11/2024.")
    ap("AP5", "All Board members to pick up to two books each from TR's list and suggest a reviewer.")
    h("6. Ethics and data")
    p("The Board agreed that data availability statements will be required for all research articles from "
      "Volume 48 (2025). The ethics statement (AP9/April) will be updated at the same time.")
    ap("AP6", "HP and AM to draft the wording of the data availability statement and the ethics statement "
              "update, ASAP.")
    p("Appeal on MS 2024-031 (confidential). IS declared a conflict of interest and left the meeting for this "
      "item. FG will handle the appeal.")
    ap("AP7", "FG to handle the appeal on MS 2024-031 and report to the next meeting.")
    h("7. Board membership")
    p("RS's first term ends in December 2024; she has agreed to serve a second term, which the Board welcomed. "
      "Two seats are vacant following retirements. The Board wants at least one early-career member and one "
      "member based outside Europe.")
    ap("AP8", "AM and TR to propose two candidates for the vacant seats in January.")
    h("8. Best Article Prize 2024")
    p("The prize panel (IS, FG, RS) chose \"Enclosure by Other Means\" by Dr Callum Reid. The prize will be "
      "announced at the Society's winter conference on 6 December.")
    h("9. Any other business")
    p("FG suggested a podcast series with authors. Members were interested; to be considered at a future "
      "meeting. RS offered to host the spring meeting in person in Toronto if travel funding allows.")
    h("10. Date of next meeting")
    p("Wednesday 2 April 2025, 13:00 UK time, online.")
    pdf.set_title("NJLH Editorial Board 9 October 2024")
    pdf.output(str(OUT / "09_njlh-editorial-board-2024-10.pdf"))


if __name__ == "__main__":
    ab_pdf()
    prod_pdf()
    coop_pdf()
    njlh_pdf()
