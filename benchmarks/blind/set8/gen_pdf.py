"""Generate the four PDF minutes of blind set 8 with fpdf2.

04: an EU research consortium's work-package call: A4, sans-serif, an attendance table by partner,
    an open-actions review table and a new-actions table (ID / Action / Owner / Due), footer "WP4 call - n/N".
06: a building society's board risk committee: formal serif minutes, minute references BRC/25/nn in bold,
    right-aligned "Action: XX" tags under paragraphs, a matters-arising table, running header, "Page n of N".
09: a New Zealand community board: DejaVu font (macrons), resolutions with lettered limbs, CARRIED lines,
    a public forum, footer with the council's name.
10: a construction project progress meeting chaired by the architect: landscape table minutes
    Item / Description / Action / Date, where the Action column also holds "Note" and "Info" for non-actions.
Run with /work/main/.venv/bin/python.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).parent / "minutes"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ----------------------------------------------------------------------------- 04 research consortium WP call
class WP(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(120)
        self.cell(0, 5, f"AQUATWIN - WP4 call minutes - {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0)


def wp_pdf():
    pdf = WP()
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    w = pdf.epw

    def h(t):
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_text_color(20, 70, 130)
        pdf.cell(w, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0)

    def p(t):
        pdf.set_font("Helvetica", "", 9.5)
        pdf.multi_cell(w, 4.8, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def table(rows, widths, head=True):
        pdf.set_font("Helvetica", "", 8.5)
        with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.4, first_row_as_headings=head,
                       headings_style=FontFace(emphasis="BOLD", fill_color=(215, 228, 242)), padding=1.2) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        pdf.ln(2)

    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(w, 8, "AQUATWIN (Horizon Europe GA No. 101xxxxxx)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(w, 6, "WP4 Digital twin pilots - monthly call - MINUTES", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(w, 5, "Date: 13/05/2025, 14:00-15:30 CET (Teams)    Chair: C. Rinaldi (UNIBO, WP4 leader)    "
             "Minutes: P. de Vries (TNO)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    h("Participants")
    table([("Partner", "Participant(s)", "Role"),
           ("UNIBO", "Chiara Rinaldi", "WP4 leader"),
           ("UPV", "Javier Ortega", "Project coordinator"),
           ("TNO", "Pieter de Vries, Sanne Bakker", "Pilot lead Rotterdam (PdV)"),
           ("CNR", "Marco Bellini", "Data platform (T4.2)"),
           ("FhG-IGB", "Anna Weber", "Sensor integration (T4.3)"),
           ("AQV", "Luís Ferreira", "Pilot lead Porto (utility partner)"),
           ("NTUA", "Eleni Papadaki", "Pilot lead Athens"),
           ], (22, 60, 80))
    p("Apologies: Jussi Lehtonen (VTT).")

    h("1. Review of open actions")
    table([("ID", "Action", "Owner", "Status"),
           ("A4.31", "Share the sensor calibration protocol with all pilots", "FhG-IGB", "Done - on the SharePoint"),
           ("A4.33", "Fix the timestamp drift in the Porto data feed", "AQV / CNR", "Ongoing - CNR needs one more log "
                                                                                    "export from AQV"),
           ("A4.34", "Draft the data management plan update for WP4", "UNIBO", "Done - sent to coordinator 02/05"),
           ("A4.35", "Check Athens GDPR consent forms", "NTUA", "Closed - not needed (no personal data)"),
           ], (14, 78, 26, 56))

    h("2. Pilot status")
    p("Rotterdam (TNO): the twin is running on live data since 28 April. The flood-scenario module gives "
      "results within 4 minutes. Sanne will present the validation results at the Delfland water board on "
      "5 June (their meeting). Pieter will send the validation note to the WP4 list by 23 May.")
    p("Porto (AQV): 41 of 60 pressure sensors are reporting. The remaining 19 are waiting for the utility's "
      "own network upgrade, which AQV's IT department plans for the summer. Luís asked CNR to help with the "
      "timestamp drift (see A4.33); Marco agreed to join a debugging session with AQV in two weeks.")
    p("Athens (NTUA): installation is delayed because the municipality has not yet issued the street-works "
      "permit. Eleni said the municipality expects to issue it in June. No action for WP4 until then.")

    h("3. Deliverables and reporting")
    p("D4.2 \"Pilot deployment report\" is due in M18 (end of July). Chiara proposed that each pilot lead "
      "provides a 3-page section; agreed. Internal review by VTT and UPV. The periodic report to the EC is due "
      "60 days after the end of the reporting period (coordinator's task, not WP4's). Javier reminded partners "
      "that the EC review meeting will be in Brussels in October.")
    p("Decision: the WP4 KPI on model accuracy stays at 85% (no change to the DoA).")

    h("4. AOB")
    p("Anna asked whether WP4 could have a half-day physical workshop at the General Assembly in Valencia "
      "(17-18 September). Javier will check the room booking with the GA organisers. It would also be good "
      "if someone wrote a blog post on the Rotterdam go-live for the project website (no owner).")
    p("Next WP4 call: Tuesday 10 June 2025, 14:00 CET.")

    h("5. New actions")
    table([("ID", "Action", "Owner", "Due"),
           ("A4.36", "Send the Rotterdam validation note to the WP4 mailing list", "TNO (PdV)", "23/05/2025"),
           ("A4.37", "Joint debugging session on the Porto timestamp drift", "CNR + AQV", "in two weeks"),
           ("A4.38", "Provide a 3-page pilot section for D4.2", "All pilot leads", "20 June"),
           ("A4.39", "Circulate the D4.2 template and table of contents", "UNIBO", "ASAP"),
           ("A4.40", "Update the WP4 risk register with the Athens permit delay", "UNIBO", "next WP4 call"),
           ("A4.41", "Confirm the WP4 workshop room at the GA", "UPV", "before the GA"),
           ("A4.42", "Report sensor uptime per pilot in the KPI dashboard", "FhG-IGB", "end of Q2"),
           ("A4.43", "Prepare the D4.2 final version for submission", "UNIBO", "M18"),
           ], (14, 92, 32, 36))
    pdf.set_title("AQUATWIN WP4 call 2025-05-13")
    pdf.output(str(OUT / "04_aquatwin-wp4-call-2025-05.pdf"))


# ----------------------------------------------------------------------------- 06 building society risk committee
class Risk(FPDF):
    def header(self):
        self.set_font("Times", "I", 8.5)
        self.set_text_color(110)
        self.cell(0, 5, "Wendover Mutual Building Society - Board Risk Committee - CONFIDENTIAL", align="L")
        self.ln(8)
        self.set_text_color(0)

    def footer(self):
        self.set_y(-13)
        self.set_font("Times", "", 8.5)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def risk_pdf():
    pdf = Risk()
    pdf.set_margins(24, 14, 24)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    w = pdf.epw

    def ref(r, title):
        pdf.ln(2)
        pdf.set_font("Times", "B", 11)
        pdf.cell(28, 6, r)
        pdf.cell(w - 28, 6, title.upper(), new_x="LMARGIN", new_y="NEXT")

    def p(t):
        pdf.set_font("Times", "", 10.5)
        pdf.set_x(pdf.l_margin + 28)
        pdf.multi_cell(w - 28, 5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def tag(t):
        pdf.set_font("Times", "B", 10.5)
        pdf.cell(w, 5, t, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    pdf.set_font("Times", "B", 14)
    pdf.cell(w, 7, "WENDOVER MUTUAL BUILDING SOCIETY", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(w, 5.5, "Minutes of a meeting of the Board Risk Committee held at Head Office, Aylesbury Road, "
                   "on Tuesday 22 April 2025 at 10.00am", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Times", "", 10.5)
    pdf.multi_cell(w, 5, "Present: Helen Marsh (Chair, Independent Non-Executive Director) (HM); Richard Coates "
                   "(INED) (RC); Anjali Mehta (INED) (AMe)\n"
                   "In attendance: Stephen Blake, Chief Executive (CEO); Laura Finch, Chief Financial Officer "
                   "(CFO); David Okafor, Chief Risk Officer (CRO); Megan Hughes, Head of Compliance (HoC); "
                   "Tom Richter, Head of Information Security (HoIS); Gillian Parr, Head of Internal Audit "
                   "(HoIA); Alan Moss, Company Secretary (CoSec), minutes\n"
                   "Apologies: none", new_x="LMARGIN", new_y="NEXT")

    ref("BRC/25/11", "Declarations of interest")
    p("None were declared.")
    ref("BRC/25/12", "Minutes and matters arising")
    p("The minutes of the meeting held on 21 January 2025 were approved. The Committee reviewed the matters "
      "arising log:")
    pdf.set_x(pdf.l_margin + 28)
    pdf.set_font("Times", "", 9.5)
    with pdf.table(col_widths=(20, 70, 16, 40), width=w - 28, align="RIGHT", text_align="LEFT", line_height=4.4,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230))) as t:
        for r in [("Ref", "Action", "Owner", "Status"),
                  ("BRC/24/41", "Liquidity stress test: add a reverse stress scenario", "CFO", "Complete"),
                  ("BRC/24/44", "Conduct risk MI to include complaint root causes", "HoC", "Complete"),
                  ("BRC/25/05", "Third-party risk: map material outsourcers to the operational resilience "
                                "important business services", "CRO", "In progress - on the agenda, item 15"),
                  ("BRC/25/07", "Board training on climate risk", "CoSec", "Scheduled for 17 June")]:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(2)
    ref("BRC/25/13", "Chief Risk Officer's report")
    p("The CRO presented the quarterly risk report. All principal risks were within appetite except the "
      "operational resilience metric for third-party availability, which was amber. The Committee asked "
      "whether the two outages at the card processor were linked; the CRO said they were not. The Committee "
      "requested that the CRO bring a revised risk appetite statement for operational resilience to the "
      "July meeting.")
    tag("Action: CRO")
    ref("BRC/25/14", "ICAAP and ILAAP")
    p("The CFO presented the 2025 ICAAP and ILAAP. The Committee challenged the assumption on house price "
      "falls in the severe scenario and the CFO explained the calibration. The Committee approved the ICAAP "
      "and ILAAP for recommendation to the Board on 13 May. The CFO will add a sensitivity on a 40% house "
      "price fall to the ICAAP document by 30.04.25.")
    tag("Action: CFO")
    ref("BRC/25/15", "Operational resilience self-assessment")
    p("The CRO reported that the self-assessment must be approved by the Board each year; this year's draft "
      "was reviewed. RC asked that the mapping of outsourcers be completed before the Board sees it. It was "
      "agreed that management would complete the outsourcer mapping (BRC/25/05) by the end of Q2.")
    tag("Action: CRO / CFO")
    ref("BRC/25/16", "Information security")
    p("The HoIS reported on the March phishing exercise: the click rate fell from 9% to 5%. Staff who clicked "
      "receive further training within 14 days (standard process). The HoIS undertook to circulate the "
      "results of the penetration test of the new mortgage portal within six weeks.")
    ref("BRC/25/17", "Compliance and conduct")
    p("The HoC presented the compliance monitoring plan for 2025/26, which the Committee approved. Consumer "
      "Duty: the annual Board report is due by 31 July; the HoC will bring a draft to the July meeting. "
      "The FCA has announced a review of mortgage arrears handling across the sector, with findings expected "
      "in the autumn; no action for the Society at this stage.")
    tag("Action: HoC")
    ref("BRC/25/18", "Internal audit")
    p("The HoIA reported that four audits were completed in the quarter with no high-rated findings. One "
      "medium action on user access reviews is overdue; the CEO agreed to speak to the business owner and "
      "report back.")
    ref("BRC/25/19", "Committee effectiveness")
    p("The Chair proposed that the annual effectiveness review be carried out by questionnaire. Agreed. "
      "The CoSec will issue the questionnaire to members by the end of the month.")
    tag("Action: CoSec")
    ref("BRC/25/20", "Any other business and date of next meeting")
    p("The PRA's periodic summary meeting with the Board is scheduled for June. The next meeting of the "
      "Committee will be held on Tuesday 22 July 2025 at 10.00am.")
    pdf.ln(4)
    pdf.set_font("Times", "I", 10.5)
    pdf.cell(w, 5, "Signed .................................... Chair", new_x="LMARGIN", new_y="NEXT")
    pdf.set_title("Board Risk Committee minutes 22 April 2025")
    pdf.output(str(OUT / "06_wendover-mutual-bs-risk-committee-2025-04.pdf"))


# ----------------------------------------------------------------------------- 09 NZ community board
class Board(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(100)
        self.cell(0, 5, f"Waimārie District Council | Ōtākaro-Hīnau Community Board | 12 March 2025 | "
                        f"Page {self.page_no()}", align="C")
        self.set_text_color(0)


def nz_pdf():
    pdf = Board()
    pdf.add_font("DejaVu", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    w = pdf.epw

    def h(t):
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(w, 6, t, new_x="LMARGIN", new_y="NEXT")

    def p(t, style=""):
        pdf.set_font("DejaVu", style, 9.5)
        pdf.multi_cell(w, 4.9, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def limbs(items):
        pdf.set_font("DejaVu", "", 9.5)
        for lab, t in items:
            pdf.set_x(pdf.l_margin + 8)
            pdf.cell(7, 4.9, lab)
            pdf.multi_cell(w - 15, 4.9, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(w, 7, "Ōtākaro-Hīnau Community Board", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(w, 5.5, "MINUTES of an ordinary meeting held on Wednesday, 12 March 2025 at 5.30pm,", new_x="LMARGIN",
             new_y="NEXT")
    pdf.cell(w, 5.5, "Hīnau Memorial Hall, 14 Rātā Street, Hīnau", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    p("PRESENT: Chairperson Mere Tāwhiri; Deputy Chairperson Grant Ellison; Members Sione Faleolo, "
      "Rebecca Lowe, Hōhepa Ngata and Cr Aaron Whitfield (appointed member).")
    p("IN ATTENDANCE: Kiri Matenga (Community Governance Advisor), Paul Duffy (Roading Engineer), "
      "Jess Tan (Community Development Advisor).")
    p("Karakia: Member Ngata opened the meeting with a karakia.")

    h("1. Apologies")
    p("Nil.")
    h("2. Declarations of interest")
    p("Member Lowe declared an interest in item 7 as a trustee of the Hīnau Playcentre.")
    h("3. Confirmation of minutes")
    p("Resolution number OHCB/2025/09. Moved Member Faleolo / Seconded Deputy Chairperson Ellison: That the "
      "minutes of the meeting held on 12 February 2025 be confirmed as a true and correct record.   CARRIED")
    h("4. Public forum")
    p("Aroha Tipene (Kōwhai Street Residents) spoke about speeding outside Hīnau School. She asked for a "
      "raised crossing. The Chairperson thanked Mrs Tipene and undertook to raise the matter with NZTA at "
      "the next liaison meeting. Member Faleolo agreed to meet the residents' group before the next meeting.")
    h("5. Kōwhai Street safety improvements (staff report)")
    p("Paul Duffy spoke to the report. Resolution number OHCB/2025/10. Moved Member Ngata / Seconded Member "
      "Lowe: That the Ōtākaro-Hīnau Community Board:")
    limbs([("a)", "receives the report on Kōwhai Street safety improvements;"),
           ("b)", "requests that staff report back on options and costs for a raised crossing by June 2025;"),
           ("c)", "notes that NZTA will resurface State Highway 2 through Hīnau in the winter.")])
    p("CARRIED")
    h("6. Discretionary Response Fund")
    p("Resolution number OHCB/2025/11. Moved Deputy Chairperson Ellison / Seconded Member Faleolo: That the "
      "Board grants $2,400 to Hīnau Kapa Haka Rōpū towards Matariki celebrations on 20 June 2025.   CARRIED")
    p("Jess Tan will let the rōpū know the outcome and send the accountability form this week.")
    h("7. Playcentre lease")
    p("Member Lowe left the table. The Board discussed the Playcentre's request for a 10-year lease of the "
      "reserve. Resolution number OHCB/2025/12: That the Board recommends to Council that a 10-year lease be "
      "granted, subject to public notification.   CARRIED 5/0. Member Lowe returned to the table.")
    p("The Community Governance Advisor is to arrange the public notice with the property team.")
    h("8. Members' reports")
    p("Cr Whitfield reported that Council's Long Term Plan amendment consultation closes on 28 March. He "
      "encouraged members to make their own submissions. Member Ngata will draft the Board's submission on "
      "the LTP amendment and circulate it to members by Friday 21 March. The Deputy Chairperson asked staff "
      "to fix the broken bench at the Hīnau lookout; Paul Duffy said he would log it with the parks contractor "
      "tomorrow.")
    h("9. Chairperson's report")
    p("The Chair reported on the Mayoral forum. The Board's workshop on its 2025/26 work programme will be "
      "held in April; Kiri Matenga will circulate a draft programme in a fortnight.")
    h("10. Next meeting")
    p("The next ordinary meeting will be held on Wednesday, 9 April 2025 at 5.30pm, Hīnau Memorial Hall.")
    p("Member Ngata closed the meeting with a karakia at 7.12pm.")
    pdf.set_title("Ōtākaro-Hīnau Community Board minutes 12 March 2025")
    pdf.output(str(OUT / "09_otakaro-hinau-community-board-2025-03.pdf"))


# ----------------------------------------------------------------------------- 10 construction progress meeting
class Prog(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_fill_color(40, 40, 40)
        self.set_text_color(255)
        self.cell(0, 6, "  HOLLIS WARD ARCHITECTS  |  Elmfield Community Library  |  Progress Meeting No. 7",
                  fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(3)

    def footer(self):
        self.set_y(-11)
        self.set_font("Helvetica", "", 7.5)
        self.cell(0, 5, f"HWA-ECL-PM07 rev 0   Sheet {self.page_no()} of {{nb}}", align="R")


def prog_pdf():
    pdf = Prog(orientation="L")
    pdf.set_margins(14, 10, 14)
    pdf.set_auto_page_break(True, margin=14)
    pdf.add_page()
    w = pdf.epw
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(w, 4.6, "Date: Thursday 24th April 2025, 10.00am   Venue: Site office, Station Road, Elmfield   "
                   "Chair: Tom Hollis (HWA)\nDistribution: all attendees, plus Elmfield Town Council clerk.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 8.5)
    with pdf.table(col_widths=(40, 70, 60, 20), width=190, align="LEFT", text_align="LEFT", line_height=4.2,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as t:
        for r in [("Name", "Organisation", "Role", "Code"),
                  ("Sarah Quinn", "Elmfield Town Council", "Client representative", "CL"),
                  ("Tom Hollis", "Hollis Ward Architects", "Architect / contract administrator", "ARC"),
                  ("Dave Kerr", "Brackley Construction Ltd", "Site manager", "MC"),
                  ("Jas Gill", "Brackley Construction Ltd", "Contracts manager", "MC"),
                  ("Anna Lindqvist", "Lindqvist Cost Consulting", "Quantity surveyor", "QS"),
                  ("Rob Fenn", "Fenn Partnership", "Structural engineer", "SE"),
                  ("Nikhil Rao", "Kora Services", "M&E consultant (apologies)", "M&E")]:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.multi_cell(w, 4.4, "Action column: party responsible. 'Note' and 'Info' items are for information "
                   "only and need no action.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    rows = [
        ("7.0", "PREVIOUS MINUTES AND ACTIONS", "", ""),
        ("7.0.1", "Minutes of PM6 (27/03/25) agreed.", "Note", ""),
        ("7.0.2", "6.4 Revised drainage layout issued by SE 04/04/25. Complete.", "Info", ""),
        ("7.0.3", "6.7 Samples of the brick slips for CL approval - one sample still awaited from supplier. "
                  "Carried forward.", "MC", "Ongoing"),
        ("7.1", "PROGRAMME AND PROGRESS", "", ""),
        ("7.1.1", "MC reported the frame is complete and the roof deck is 80% laid. Roof finishes start w/c "
                  "05/05/25. MC forecast practical completion 19/09/25, two weeks behind the contract date.",
         "Note", ""),
        ("7.1.2", "MC to issue a revised programme showing the recovery measures for the two-week delay.", "MC",
         "02/05/25"),
        ("7.1.3", "ARC to assess the contractor's notice of delay (wet weather, January) and respond within 10 "
                  "working days of receipt of the supporting records.", "ARC", ""),
        ("7.2", "DESIGN AND TECHNICAL", "", ""),
        ("7.2.1", "SE confirmed the steel connection at gridline C/4 is acceptable. No further action.", "Info", ""),
        ("7.2.2", "Rooflight upstand detail to be revised to suit the manufacturer's kerb.", "ARC", "w/c 12/05/25"),
        ("7.2.3", "M&E to confirm the location of the air source heat pump plinth (apologies received; "
                  "ARC to forward the query).", "M&E", "PM8"),
        ("7.2.4", "Fire stopping: MC to submit the fire stopping specialist's method statement for comment.",
         "MC", "within 2 weeks"),
        ("7.3", "CLIENT MATTERS", "", ""),
        ("7.3.1", "CL confirmed the Town Council approved the loose furniture budget on 15/04/25.", "Note", ""),
        ("7.3.2", "CL to confirm the name on the opening plaque and the wording with the Mayor's office.", "CL",
         "end of May"),
        ("7.3.3", "CL asked whether the library service's IT installer could have early access in August. MC "
                  "agreed in principle; to be discussed at PM8.", "Note", ""),
        ("7.4", "COST", "", ""),
        ("7.4.1", "QS reported the cost report No. 5 shows a forecast final account of £2.184m against a "
                  "contract sum of £2.150m.", "Info", ""),
        ("7.4.2", "QS to value the variation for the additional rooflight and issue it to ARC.", "QS", "ASAP"),
        ("7.4.3", "Interim valuation No. 7 to be issued by MC by 28th of the month.", "MC", "28/04/25"),
        ("7.5", "HEALTH AND SAFETY", "", ""),
        ("7.5.1", "No reportable incidents. The scaffold is inspected weekly by the scaffolder (standard).",
         "Info", ""),
        ("7.5.2", "All parties to wear hi-vis and safety boots on the roof deck without exception.", "Note", ""),
        ("7.6", "ANY OTHER BUSINESS", "", ""),
        ("7.6.1", "SE will visit site next week to inspect the lintels over the north entrance.", "SE",
         "next week"),
    ]
    pdf.set_font("Helvetica", "", 8.5)
    with pdf.table(col_widths=(16, 200, 24, 29), text_align="LEFT", line_height=4.3,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as t:
        row = t.row()
        for c in ("Item", "Description", "Action", "Date"):
            row.cell(c)
        for r in rows:
            row = t.row()
            bold = r[2] == "" and r[3] == ""
            for c in r:
                row.cell(c, style=FontFace(emphasis="BOLD") if bold else None)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(w, 5, "Next meeting: Progress Meeting No. 8 - Thursday 22nd May 2025, 10.00am, site office.",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_title("Elmfield Community Library - Progress Meeting 7 - 24 April 2025")
    pdf.output(str(OUT / "10_elmfield-library-progress-meeting-7-2025-04.pdf"))


if __name__ == "__main__":
    wp_pdf()
    risk_pdf()
    nz_pdf()
    prog_pdf()
