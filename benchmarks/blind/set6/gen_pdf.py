"""Write the five PDF minutes (01, 02, 07, 08, 12) with fpdf2.
Run with /work/main/.venv/bin/python from any directory."""
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).parent / "minutes"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- 01 police and crime panel
class PanelPDF(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Times", "I", 9)
            self.cell(0, 6, "Severnmoor Police and Crime Panel - 11 October 2024", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def footer(self):
        self.set_y(-14)
        self.set_font("Times", "", 9)
        self.cell(0, 8, f"Page {self.page_no()}", align="C")


def panel():
    pdf = PanelPDF(format="A4")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Times", "B", 15)
    pdf.cell(0, 8, "SEVERNMOOR POLICE AND CRIME PANEL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(0, 5.5, "MINUTES of the meeting of the Severnmoor Police and Crime Panel held in the Council "
                   "Chamber, Shire Hall, Wrexford on Friday 11 October 2024 at 10.00 am",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def label_block(label, lines):
        pdf.set_font("Times", "B", 11)
        pdf.cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Times", "", 11)
        for l in lines:
            pdf.multi_cell(0, 5.2, l, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    label_block("PRESENT:", [
        "Councillor Anne Marlow (Chair) - Wrexford City Council",
        "Councillor Dev Bhatt (Vice-Chair) - Severn Vale District Council",
        "Councillors Paul Corrigan, Helen Lloyd, Samuel Osei, Rob Tamplin (substitute) and Mair Yardley",
        "Independent co-opted members: Mrs Joan Fennimore and Mr Kola Adeyemi"])
    label_block("IN ATTENDANCE:", [
        "Rebecca Hollis - Police and Crime Commissioner (the Commissioner)",
        "Tom Garside - Chief Executive, Office of the Police and Crime Commissioner (OPCC)",
        "Lynn Askew - Chief Finance Officer, OPCC",
        "Chief Constable Mark Ruddock - Severnmoor Police (minute PCP/24/34 only)",
        "Claire Nunn - Panel Scrutiny Officer",
        "David Ebbs - Monitoring Officer to the Panel",
        "Sian Pryce - Democratic Services Officer"])

    def minute(number, title, paras):
        pdf.ln(1)
        pdf.set_font("Times", "B", 11)
        pdf.cell(32, 6, number)
        pdf.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Times", "", 11)
        for p in paras:
            pdf.set_x(pdf.l_margin + 32)
            h = pdf.multi_cell(0, 5.4, p, align="J", dry_run=True, output="HEIGHT")
            if pdf.get_y() + h > pdf.page_break_trigger:
                pdf.add_page()
            pdf.set_x(pdf.l_margin + 32)
            pdf.multi_cell(0, 5.4, p, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)

    minute("PCP/24/29", "APOLOGIES AND SUBSTITUTIONS", [
        "Apologies were received from Councillor Lee Hinds. Councillor Tamplin attended as his substitute."])
    minute("PCP/24/30", "DECLARATIONS OF INTEREST", [
        "Councillor Osei declared a personal interest in minute PCP/24/34 as a trustee of Severnmoor Victim "
        "Support. He remained in the meeting."])
    minute("PCP/24/31", "MINUTES", [
        "RESOLVED that the minutes of the meeting held on 26 July 2024 be confirmed as a correct record and "
        "signed by the Chair."])
    minute("PCP/24/32", "ACTION SCHEDULE", [
        "The Panel Scrutiny Officer presented the schedule of actions from previous meetings.",
        "Action 24/11 (breakdown of 101 call handling times by district): circulated to members on "
        "2 September 2024. Closed.",
        "Action 24/12 (written response on rural crime funding): the Commissioner said that the response "
        "would follow once the Home Office grant allocation had been confirmed. Open.",
        "Action 24/13 (visit to the Force Control Room): arranged for 14 November 2024. Closed.",
        "RESOLVED that the action schedule be noted."])
    minute("PCP/24/33", "PUBLIC QUESTIONS", [
        "One question had been received, from Mr Gareth Palmer, about the closure of the front counter at "
        "Ledwell police station. The Commissioner replied that the front counter would reopen on Tuesdays "
        "and Thursdays from 4 November 2024.",
        "Mr Palmer asked a supplementary question about the loss of visitor parking at the station. The "
        "Commissioner undertook to send Mr Palmer a written reply within 28 days."])
    minute("PCP/24/34", "POLICE AND CRIME PLAN: PERFORMANCE REPORT, QUARTER 1 2024/25", [
        "The Commissioner presented her performance report for April to June 2024. The proportion of 999 "
        "calls answered within 10 seconds had risen to 88%, against the national standard of 90%. The "
        "Chief Constable reported that a dedicated rural crime team would be launched in January 2025.",
        "Councillor Yardley asked how the new neighbourhood policing model would affect the market towns. "
        "The Commissioner agreed to circulate the revised neighbourhood policing model to Panel members by "
        "the end of November.",
        "Councillor Osei asked how many officers had been trained in domestic abuse first response. The "
        "Chief Constable undertook to provide the figure to the Panel Scrutiny Officer for circulation to "
        "members.",
        "Mrs Fennimore asked that victim satisfaction be broken down by crime type. The Chief Executive "
        "agreed that victim satisfaction by crime type would be included in the Quarter 2 report at the "
        "next meeting of the Panel.",
        "RESOLVED that the report be noted."])
    minute("PCP/24/35", "COMPLAINTS AGAINST THE COMMISSIONER", [
        "The Monitoring Officer reported that two complaints had been received since the last meeting. One "
        "had been resolved informally. The other alleged a criminal offence and had been referred to the "
        "Independent Office for Police Conduct, which would report in due course.",
        "RESOLVED that:",
        "(a) the report be noted;",
        "(b) the Monitoring Officer write to the complainant in the informally resolved case within 14 days "
        "to confirm the outcome.",
        "The Panel also asked the Monitoring Officer to review the Panel's complaints procedure against the "
        "updated Home Office guidance and report back in three months' time."])
    minute("PCP/24/36", "CONFIRMATION HEARING: PROPOSED DEPUTY POLICE AND CRIME COMMISSIONER", [
        "The Panel held a confirmation hearing for the Commissioner's proposed appointment of Ms Priya "
        "Dhillon as Deputy Police and Crime Commissioner. Members questioned Ms Dhillon on her experience, "
        "her independence and the part she would play in the Commissioner's work for victims.",
        "RESOLVED that:",
        "(a) the Panel supports the appointment of Ms Priya Dhillon as Deputy Police and Crime Commissioner;",
        "(b) the Chair write to the Commissioner by 18 October 2024 with the Panel's report on the proposed "
        "appointment.",
        "The Commissioner confirmed that Ms Dhillon would take up post on 1 November 2024."])
    minute("PCP/24/37", "BUDGET AND PRECEPT TIMETABLE 2025/26", [
        "The Chief Finance Officer outlined the timetable. The Commissioner must notify the Panel of her "
        "proposed precept by 1 February 2025, and the Panel must review it by 8 February 2025.",
        "RESOLVED that:",
        "(a) the timetable be noted;",
        "(b) the Panel Scrutiny Officer arrange a budget workshop for Panel members in January 2025;",
        "(c) the Chief Finance Officer provide Panel members with the assumptions in the medium-term "
        "financial plan by 31 December 2024."])
    minute("PCP/24/38", "WORK PROGRAMME", [
        "The Panel Scrutiny Officer presented the work programme: 6 December 2024 - performance report, "
        "Quarter 2, and annual report on complaints; 7 February 2025 - proposed precept 2025/26; March "
        "2025 - refresh of the Police and Crime Plan.",
        "Councillor Lloyd asked for a report on the use of stop and search.",
        "RESOLVED that the Panel Scrutiny Officer add a report on the use of stop and search to the work "
        "programme for the next meeting of the Panel.",
        "Councillor Bhatt agreed to attend the National Association of Police, Fire and Crime Panels "
        "conference on 20 November 2024 and report back to members."])
    minute("PCP/24/39", "DATE OF NEXT MEETING", [
        "Friday 6 December 2024 at 10.00 am, Council Chamber, Shire Hall, Wrexford."])
    pdf.ln(4)
    pdf.multi_cell(0, 5.5, "The meeting closed at 12.25 pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.multi_cell(0, 5.5, "Chair ..............................................", new_x="LMARGIN", new_y="NEXT")
    pdf.output(OUT / "01_severnmoor-police-crime-panel-2024-10.pdf")


# ---------------------------------------------------------------- 02 fire authority committee
class FirePDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_draw_color(150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font("Helvetica", "", 8)
        self.cell(0, 8, f"WFRA Audit and Governance Committee 26.11.24 | Page {self.page_no()} of {{nb}}",
                  align="R")


def fire():
    pdf = FirePDF(format="A4")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.set_text_color(150, 20, 20)
    pdf.cell(0, 9, "Wyvern Fire and Rescue Authority", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "Audit and Governance Committee", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.5, "Minutes of the meeting held on Tuesday 26 November 2024 at 10.00 am in the "
                   "Conference Room, Service Headquarters, Blackmoor", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def bar(text):
        pdf.ln(1.5)
        pdf.set_fill_color(225, 225, 225)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(0, 6.5, text, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("Helvetica", "", 10)

    def p(text):
        pdf.set_font("Helvetica", "", 10)
        if pdf.get_y() + pdf.multi_cell(0, 5, text, dry_run=True, output="HEIGHT") > pdf.page_break_trigger:
            pdf.add_page()
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    def action(owner):
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(0, 5, f"ACTION: {owner}", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("Helvetica", "", 10)

    bar("Present")
    p("Members: Councillor Gwen Harcourt (Chair), Councillor Idris Vaughan, Councillor Nadia Shah, "
      "Councillor Peter Cole, Mr Alan Rees (Independent Member)")
    p("Officers: Sarah Whitlock, Chief Fire Officer (CFO); Martin Goode, Deputy Chief Fire Officer (DCFO); "
      "Fiona Marsh, Treasurer to the Authority; Richard Penhale, Clerk and Monitoring Officer; Jason Tilley, "
      "Director of Corporate Services (DCS); Leah Grant, Committee Services Officer (minutes)")
    p("Also attending: Karen Doyle, Head of Internal Audit, Westcombe Audit Partnership (HIA); Owen Price, "
      "Engagement Lead, Bellstone Audit LLP (external auditor)")

    bar("AG/24/40  Apologies")
    p("Apologies were received from Councillor Tom Bright.")
    bar("AG/24/41  Declarations of interest")
    p("None.")
    bar("AG/24/42  Minutes of the meeting held on 24 September 2024")
    p("RESOLVED that the minutes be approved as a correct record and signed by the Chair.")
    bar("AG/24/43  Action log")
    p("The Clerk reported on the actions from the last meeting. AG/24/29 (publish the gifts and hospitality "
      "register on the website) is complete. AG/24/33 (analysis of fleet insurance claims): the DCS reported "
      "that the analysis is in progress and will be brought to the February meeting.")
    bar("AG/24/44  Internal audit progress report 2024/25")
    p("The HIA presented the report. Six of the eleven planned audits have been finalised. The payroll audit "
      "received a limited assurance opinion; management have agreed seven actions, all to be implemented by "
      "31 January 2025. Members expressed concern at the number of overpayments to leavers.")
    p("The Committee asked the Director of Corporate Services to attend the next meeting to explain the "
      "payroll control weaknesses and the progress made on the agreed actions.")
    action("DCS")
    p("The Chair asked the HIA to include the results of the follow-up of the payroll actions in her next "
      "progress report. The HIA said the draft fleet management report would be issued shortly.")
    p("RESOLVED that the progress report be noted.")
    bar("AG/24/45  External audit: annual audit report 2023/24")
    p("Owen Price presented the annual audit report. The audit opinion was issued on 15 November 2024, ahead "
      "of the statutory backstop date of 28 February 2025, and no significant weaknesses in the "
      "arrangements for value for money had been found.")
    p("The Treasurer undertook to circulate the auditor's value for money commentary to all Authority "
      "members by Friday.")
    action("Treasurer")
    bar("AG/24/46  Corporate risk register")
    p("The DCFO presented the register. Risk CR07 (on-call availability) remains red, with availability at "
      "78% against a target of 85%. Risk CR11 (cyber attack) has reduced from red to amber following the "
      "move to the new firewall.")
    p("The Committee requested a deep-dive report on on-call availability for the February meeting.")
    action("DCFO")
    p("Councillor Shah asked that the register show the date on which each risk was last reviewed. The DCFO "
      "agreed to add this from the next quarterly update.")
    action("DCFO")
    p("Councillor Vaughan asked about business continuity during a prolonged power outage. The CFO agreed to "
      "provide members with a briefing note on the arrangements within six weeks.")
    bar("AG/24/47  Treasury management mid-year review 2024/25")
    p("The Treasurer reported that there had been no breaches of the prudential indicators. RESOLVED to "
      "recommend the revised Treasury Management Strategy to the Authority at its meeting on 13 December "
      "2024.")
    bar("AG/24/48  Annual Governance Statement: action plan")
    p("The Monitoring Officer reported that five of the eight improvement actions are complete. The Code of "
      "Corporate Governance has not yet been updated, and the Monitoring Officer will bring the revised Code "
      "to the Committee by 31st March 2025.")
    action("Clerk and Monitoring Officer")
    bar("AG/24/49  Whistleblowing, fraud and gifts and hospitality")
    p("No whistleblowing disclosures were received in the period. The Clerk reminded members that gifts and "
      "hospitality must be declared within 28 days of receipt.")
    p("Mr Rees offered to review the draft anti-fraud and corruption policy with the Treasurer before it is "
      "reported to the Committee.")
    bar("AG/24/50  Work programme and member training")
    p("The Committee noted its work programme. The cyber security training session for members will be held "
      "online on 21 January 2025. The Committee Services Officer will circulate the joining details.")
    bar("AG/24/51  Date of next meeting")
    p("Tuesday 25 February 2025 at 10.00 am, Service Headquarters, Blackmoor.")

    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "Schedule of actions arising", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    rows = [
        ("Ref", "Action", "Officer", "Due"),
        ("AG/24/44.1", "Attend the February meeting to explain the payroll control weaknesses and progress "
                       "on the agreed actions", "DCS", "25/02/2025"),
        ("AG/24/45.1", "Circulate the value for money commentary to all Authority members", "Treasurer",
         "29/11/2024"),
        ("AG/24/46.1", "Deep-dive report on on-call availability", "DCFO", "February meeting"),
        ("AG/24/46.2", "Add a 'last reviewed' date to each risk in the corporate risk register", "DCFO",
         "Next quarterly update"),
        ("AG/24/48.1", "Revised Code of Corporate Governance to the Committee", "Monitoring Officer",
         "31/03/2025"),
        ("AG/24/49.1", "Review the draft anti-fraud and corruption policy", "Mr Rees / Treasurer", ""),
        ("AG/24/50.1", "Circulate joining details for the cyber security training session",
         "Committee Services Officer", ""),
    ]
    head = FontFace(emphasis="BOLD", fill_color=(200, 200, 200))
    with pdf.table(col_widths=(22, 88, 38, 26), headings_style=head, line_height=5,
                   text_align=("LEFT", "LEFT", "LEFT", "LEFT")) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.alias_nb_pages()
    pdf.output(OUT / "02_wyvern-fra-audit-governance-2024-11.pdf")


# ---------------------------------------------------------------- 07 safeguarding adults board
class SabPDF(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7.5)
        self.cell(0, 6, "OFFICIAL", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 6, f"KMSAB Board minutes 10.12.24 – page {self.page_no()}", align="R")


def sab():
    pdf = SabPDF(orientation="L", format="A4")
    pdf.add_font("DejaVu", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.set_text_color(20, 60, 120)
    pdf.cell(0, 8, "Kennet and Marden Safeguarding Adults Board", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, "Minutes of the Board meeting – Tuesday 10 December 2024, 1.30pm to 4.00pm, Microsoft Teams",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def h(text):
        pdf.ln(1.5)
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.set_text_color(20, 60, 120)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0)
        pdf.set_font("DejaVu", "", 9.5)

    def p(text):
        pdf.set_font("DejaVu", "", 9.5)
        if pdf.get_y() + pdf.multi_cell(0, 5, text, dry_run=True, output="HEIGHT") > pdf.page_break_trigger:
            pdf.add_page()
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def table(rows, widths, size=8.5):
        pdf.set_font("DejaVu", "", size)
        head = FontFace(emphasis="BOLD", fill_color=(214, 226, 240))
        with pdf.table(col_widths=widths, headings_style=head, line_height=4.6) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        pdf.ln(2)

    h("Attendance")
    table([("Name", "Role", "Organisation", "Initials"),
           ("Helen Abara", "Independent Chair", "KMSAB", "HA"),
           ("Rob Sinclair", "Director of Adult Social Services (DASS)", "Kennet and Marden Council", "RS"),
           ("Dr Laura Finch", "Designated Nurse, Safeguarding Adults", "Kennet and Marden ICB", "LF"),
           ("Det Supt Gary Mills", "Head of Public Protection", "Marden Police", "GM"),
           ("Anita Kowalski", "Head of Safeguarding", "Kennet General Hospital NHS Trust", "AK"),
           ("Peter Otieno", "Group Manager, Prevention", "Marden Fire and Rescue Service", "PO"),
           ("Zoe Hartley", "Chief Executive", "Healthwatch Kennet and Marden", "ZH"),
           ("Imran Qureshi", "Board Manager", "KMSAB", "IQ"),
           ("Carol Dee", "Business Support Officer (minutes)", "KMSAB", "CD")],
          (45, 85, 90, 20), size=8.5)
    p("Apologies: Sam Reid (Probation Service), Debbie Lowe (Kennet and Marden Homes).")

    h("1. Welcome, apologies and declarations")
    p("HA welcomed members. There were no declarations of interest.")

    h("2. Minutes of 10 September 2024 and action tracker")
    p("The minutes were agreed as accurate. The Board reviewed the action tracker:")
    table([("Ref", "Action", "Lead", "Due", "RAG", "Update"),
           ("SAB 24/05", "Publish the Adult H SAR 7-minute briefing", "IQ", "30/09/24", "Green",
            "Published 25 September. Close."),
           ("SAB 24/07", "Multi-agency audit of self-neglect referrals", "LF", "30/11/24", "Amber",
            "Audit tool agreed; fieldwork delayed by winter pressures. Revised date end of January."),
           ("SAB 24/08", "Circulate the revised multi-agency safeguarding policy for consultation", "RS",
            "31/10/24", "Green", "Circulated 14 October. Close."),
           ("SAB 24/09", "Proposal on partner contributions 2025/26", "HA/IQ", "Dec meeting", "Green",
            "On today's agenda (item 6). Close."),
           ("SAB 24/10", "Refresh the Board's risk register", "IQ", "10/12/24", "Red",
            "Not started; Board Manager post was vacant until November.")],
          (22, 78, 16, 24, 16, 109))

    h("3. Safeguarding Adults Review: Adult K")
    p("LF, as chair of the SAR subgroup, presented the final report. Adult K was a 71-year-old man who died in "
      "a house fire. The review found that agencies had not shared information about his hoarding and "
      "self-neglect, and that no one agency had taken the lead. The report makes six recommendations. The "
      "Board endorsed the report and its recommendations, and agreed that it will be published on "
      "15 January 2025.")
    p("IQ will share the final report with Adult K's family before it is published.")
    p("Each partner agency to provide a written response to the recommendations that apply to it by 31st "
      "January 2025.")
    p("PO agreed to share the fire service's hoarding risk assessment tool with all partners.")

    h("4. Performance dashboard, Quarter 2")
    p("IQ presented the dashboard. Section 42 enquiries rose by 12% on Quarter 1, and 38% of concerns led to "
      "an enquiry. Police referral data for Quarter 2 was missing. GM undertook to provide the missing police "
      "data to the Board Manager within two weeks.")
    p("HA asked IQ to add the concern-to-enquiry conversion rate trend to the dashboard for future meetings.")

    h("5. Making Safeguarding Personal")
    p("ZH reported the headline findings of the Healthwatch survey of 40 people who had been through a "
      "safeguarding enquiry: most felt listened to, but fewer than half knew what had happened at the end. "
      "ZH will present the full survey findings at the next Board meeting.")

    h("6. Partner contributions 2025/26")
    p("HA presented the proposal. The Board agreed a 3% uplift in all partner contributions for 2025/26. "
      "IQ to issue invoices for the partner contributions in the new financial year.")

    h("7. Strategic plan 2025–28")
    p("The Board discussed its priorities for the next three years: self-neglect, transitions from "
      "children's services, and financial abuse. A development session will be held in February. "
      "IQ to circulate a draft of the strategic plan to members by end of Q4.")

    h("8. Subgroup reports")
    p("Learning and Development: 312 staff attended Board training in Quarter 2. The subgroup plans to run "
      "two section 42 enquiry workshops in the spring. The subgroup has no social work lead. RS agreed to "
      "nominate a social work lead for the subgroup by Friday 20 December.")

    h("9. Any other business")
    p("AK raised concerns about safeguarding issues on hospital discharge, where patients are discharged to "
      "care homes before a concern has been followed up. The Chair asked AK and RS to agree a joint "
      "escalation route for discharge safeguarding concerns and report back to the next meeting.")

    h("Date of next meeting")
    p("Tuesday 11 March 2025, 1.30pm, Microsoft Teams.")
    pdf.output(OUT / "07_kennet-marden-sab-2024-12.pdf")


# ---------------------------------------------------------------- 08 joint audit committee
class JacPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"JAC minutes 16 July 2025 - {self.page_no()}", align="C")


def jac():
    pdf = JacPDF(format="A4")
    pdf.set_margins(20, 14, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 6.5, "North Marches Police and Crime Commissioner and Chief Constable of North Marches "
                   "Police", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 9, "JOINT AUDIT COMMITTEE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.5, "Minutes of the meeting held on Wednesday 16 July 2025 at 10.00am, Police "
                   "Headquarters, Castle Lane, Ludford", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def h(text):
        pdf.ln(1.5)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)

    def para(num, text):
        pdf.set_font("Helvetica", "", 10)
        pdf.set_x(pdf.l_margin + 12)
        h = pdf.multi_cell(0, 5.2, text, dry_run=True, output="HEIGHT")
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()
        pdf.set_x(pdf.l_margin)
        pdf.cell(12, 5.2, num)
        pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def action(owner):
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.set_x(pdf.l_margin + 12)
        pdf.cell(0, 5, f"ACTION: {owner}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    h("Present (independent members)")
    para("", "Mr Hugh Grantham (Chair), Ms Ruth Okonjo, Mr Colin Baird, Dr Sana Mirza")
    h("In attendance")
    para("", "Office of the Police and Crime Commissioner (OPCC): Ms Jenna Ward, Chief Executive and "
             "Monitoring Officer (OPCC CEx); Mr Neil Fairlie, Chief Finance Officer to the PCC (PCC CFO)")
    para("", "North Marches Police: Deputy Chief Constable Simon Reeve (DCC); Ms Alison Tandy, Assistant Chief "
             "Officer and Chief Finance Officer to the Chief Constable (CC CFO); Mr Lee Cartwright, Head of "
             "Risk and Business Continuity (HRBC)")
    para("", "Internal audit (Corvin Thorpe LLP): Ms Fran Elliott, Internal Audit Manager (IA). External "
             "audit (Harcastle Grant LLP): Mr David Oyelaran, Key Audit Partner (EA)")
    para("", "Minutes: Ms Beth Lyle, OPCC Governance Officer")

    h("1. Apologies and declarations of interest")
    para("1.1", "The Police and Crime Commissioner and the Chief Constable had sent apologies. No interests "
                "were declared.")
    h("2. Minutes of the meeting of 19 March 2025 and action log")
    para("2.1", "The minutes were approved as a correct record.")
    para("2.2", "JAC/25/03 (training on the CIPFA position statement) was delivered on 2 June and is closed. "
                "JAC/25/05 (overdue audit recommendations in Estates): the CC CFO said the report is being "
                "finalised and will come to the September meeting.")
    h("3. Internal audit: annual report and opinion 2024/25")
    para("3.1", "The IA presented the annual report. The overall opinion for both corporations sole is "
                "reasonable assurance. Eleven audits were completed in 2024/25.")
    para("3.2", "The audit of seized property received limited assurance. Management have agreed three "
                "high-priority actions, to be implemented by 30 September 2025. The force's Property "
                "Improvement Board has already approved barcode tracking, to go live by the end of the year.")
    para("3.3", "Ms Okonjo asked how the Committee would gain assurance on the chain of custody. The Committee "
                "asked the DCC to provide a written update on the seized property actions at the September "
                "meeting.")
    action("DCC")
    para("3.4", "The IA agreed to complete the follow-up audit of seized property by end of Q3.")
    action("IA")
    h("4. Follow-up of audit recommendations")
    para("4.1", "The PCC CFO reported that 46 recommendations are being tracked, of which 9 are overdue; six "
                "of the overdue ones are in the force's fleet service.")
    para("4.2", "Mr Baird asked that overdue recommendations be reported with both the original and the "
                "revised dates. The PCC CFO undertook to change the format of the tracker for the next "
                "meeting.")
    action("PCC CFO")
    h("5. Risk management")
    para("5.1", "The HRBC presented the force strategic risk register. The Chair asked the HRBC to add the "
                "risk to fleet availability to the register at the next review.")
    action("HRBC")
    para("5.2", "The PCC CFO presented the OPCC risk register. The highest risk remains the outcome of the "
                "Home Office review of the police funding formula.")
    para("5.3", "Dr Mirza offered to share with the HRBC a risk appetite framework used by another public "
                "body.")
    h("6. Treasury management outturn 2024/25")
    para("6.1", "The Committee noted the report and agreed to recommend it to the Commissioner for approval.")
    h("7. Draft Statements of Accounts and Annual Governance Statements 2024/25")
    para("7.1", "Both sets of draft accounts were published on 30 June 2025. The EA reported that the audit "
                "will start in August; the statutory backstop date for 2024/25 is 27 February 2026.")
    para("7.2", "The CC CFO and the PCC CFO agreed to circulate a short guide to the main changes in the "
                "accounts within six weeks.")
    action("CC CFO / PCC CFO")
    para("7.3", "The Committee asked the OPCC CEx to reflect the Committee's comments in the Annual Governance "
                "Statements and circulate the final versions by 31st August 2025.")
    action("OPCC CEx")
    h("8. HMICFRS PEEL inspection")
    para("8.1", "The DCC summarised the PEEL report published in May, which graded investigating crime as "
                "requires improvement. HMICFRS will revisit the force in spring 2026.")
    para("8.2", "The DCC will present the force's PEEL improvement plan at the next meeting.")
    action("DCC")
    h("9. Committee effectiveness")
    para("9.1", "The Chair will circulate the annual effectiveness self-assessment to members by the end of "
                "July.")
    action("Chair")
    para("9.2", "Members to return their completed self-assessments to the Governance Officer by 22 August.")
    action("All members")
    h("10. Date of next meeting")
    para("10.1", "Wednesday 24 September 2025 at 10.00am, Police Headquarters, Ludford.")
    pdf.output(OUT / "08_north-marches-joint-audit-committee-2025-07.pdf")


# ---------------------------------------------------------------- 12 Irish joint policing committee
class JpcPDF(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("Serif", "I", 8)
        self.cell(0, 8, f"Carrigmore JPC – 2nd December 2024 – {self.page_no()}/{{nb}}", align="C")


def jpc():
    pdf = JpcPDF(format="A4")
    pdf.add_font("Serif", "", DEJAVU + "DejaVuSerif.ttf")
    pdf.add_font("Serif", "B", DEJAVU + "DejaVuSerif-Bold.ttf")
    pdf.add_font("Serif", "I", DEJAVU + "DejaVuSerif-Italic.ttf")
    pdf.set_margins(24, 18, 24)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    pdf.set_font("Serif", "B", 13)
    pdf.cell(0, 7, "Comhairle Contae Charraig Mhór", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, "Carrigmore County Council", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Serif", "B", 12)
    pdf.cell(0, 7, "JOINT POLICING COMMITTEE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(0, 5.5, "Minutes of meeting held in the Council Chamber, Áras an Chontae, Carrigmore, on "
                   "Monday, 2nd December 2024 at 3.00 p.m.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def h(text):
        pdf.ln(1.5)
        pdf.set_font("Serif", "B", 10.5)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "", 10)

    def p(text):
        pdf.set_font("Serif", "", 10)
        if pdf.get_y() + pdf.multi_cell(0, 5.3, text, align="L", dry_run=True,
                                        output="HEIGHT") > pdf.page_break_trigger:
            pdf.add_page()
        pdf.multi_cell(0, 5.3, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.3)

    h("Present:")
    p("Members: Cllr Máire Ní Bhriain (Cathaoirleach), Cllr Pádraig Ó Súilleabháin, Cllr Seán Daly, "
      "Cllr Niamh Cussen, Cllr Tom Furlong, Cllr Eileen Hegarty; Deputy Brendan Kiely TD; Senator Orla Mahon; "
      "Ms Bríd Twomey (Carrigmore Community Forum); Mr Liam Barrett (Carrigmore Public Participation Network).")
    p("An Garda Síochána: Chief Superintendent Declan Furlong, Carrigmore Division; Superintendent Aoife "
      "Walsh, Carrigmore District; Inspector Ciarán Moran, Community Engagement.")
    p("Officials: Mr Kevin Quirke, Director of Services, Community and Economic Development; Ms Deirdre "
      "Lyons, Senior Executive Officer and Secretary to the Committee; Mr Paul Egan, Senior Engineer, Roads "
      "and Transportation; Ms Gráinne Coakley, Staff Officer.")
    p("Apologies: Cllr John Galvin.")

    h("1. Minutes of meeting held on 16th September 2024")
    p("On the proposal of Cllr Daly, seconded by Cllr Hegarty, the minutes were adopted.")
    h("2. Matters arising")
    p("Cllr Cussen asked about the CCTV scheme for Main Street, Ballyduff. Ms Lyons confirmed that the "
      "Community CCTV grant application was submitted to the Department of Justice on 30th October and a "
      "decision is expected in the new year.")
    p("Cllr Ó Súilleabháin again raised the poor lighting at the Mill Road car park. Mr Egan said he would "
      "ask the Public Lighting section to survey the car park and report back to members.")
    h("3. Garda Divisional report")
    p("Chief Superintendent Furlong presented the report to the end of October. Burglaries were down 14% on "
      "2023 and public order incidents down 6%; drug-related intimidation remains a concern. Operation Thor "
      "runs from October to March. Nine people have died on the county's roads so far this year.")
    p("Cllr Hegarty asked about anti-social behaviour at the Fair Green in Carrigmore town. Superintendent "
      "Walsh said additional patrols were already in place on Friday and Saturday nights, and undertook to "
      "meet residents of the Fair Green in the coming weeks.")
    p("Deputy Kiely asked for a breakdown of Garda numbers by station. The Chief Superintendent agreed to "
      "provide the figures to the Secretary for circulation to members.")
    p("Cllr Daly raised speeding on the R572 at Knockeen. Inspector Moran agreed to arrange speed checks on "
      "the R572 at Knockeen. Mr Egan would examine the case for traffic calming outside Knockeen National "
      "School and report to the next meeting.")
    h("4. Road safety")
    p("The Christmas drink-driving campaign was launched on 29th November. Members welcomed the campaign.")
    h("5. Transition to Local Community Safety Partnerships")
    p("Mr Quirke briefed members on the Policing, Security and Community Safety Act 2024, under which Joint "
      "Policing Committees will be replaced by Local Community Safety Partnerships. The Department expects "
      "the Carrigmore partnership to be established in 2025. Mr Quirke will circulate the Department's "
      "guidance on partnership membership to members by Friday.")
    p("Members agreed that the Secretary would write to the Minister for Justice seeking clarity on funding "
      "for the partnership coordinator post.")
    h("6. Community Text Alert")
    p("Ms Twomey reported that eleven Text Alert groups in the county have lapsed. Inspector Moran undertook "
      "to contact the coordinators of the lapsed groups by 20th December.")
    p("Mr Barrett offered to promote the Text Alert scheme through the PPN newsletter.")
    h("7. Annual public meeting")
    p("It was agreed that the Committee's annual public meeting will be held in Ballyduff in April 2025. "
      "Ms Lyons to prepare a draft programme for the public meeting for the next meeting.")
    h("8. Any other business")
    p("Cllr Furlong asked that the Gardaí brief the Carrigmore Chamber of Commerce on retail theft. Cllr "
      "Furlong will send details of the Chamber's meeting on 14th January to Superintendent Walsh.")
    h("9. Date of next meeting")
    p("The next meeting of the Joint Policing Committee will take place on Monday, 10th March 2025 at "
      "3.00 p.m. in the Council Chamber.")
    pdf.ln(4)
    p("This concluded the business of the meeting.")
    pdf.alias_nb_pages()
    pdf.output(OUT / "12_carrigmore-joint-policing-committee-2024-12.pdf")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    panel()
    fire()
    sab()
    jac()
    jpc()
