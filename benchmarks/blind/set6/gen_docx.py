"""Write the three Word minutes (03, 09, 10) with python-docx.
Run with /work/main/.venv/bin/python from any directory."""
from pathlib import Path
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

OUT = Path(__file__).parent / "minutes"


def table(doc, rows, widths=None, style="Table Grid"):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for j, (c, text) in enumerate(zip(cells, r)):
            lines = text.split("\n")
            c.text = lines[0]
            for extra in lines[1:]:
                c.add_paragraph(extra)
            if i == 0:
                for run in c.paragraphs[0].runs:
                    run.bold = True
            if widths:
                c.width = Cm(widths[j])
    return t


# ---------------------------------------------------------------- 03 NHS trust quality committee
def quality():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Marlbridge and Teme Valley NHS Foundation Trust")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Quality and Safety Committee (a committee of the Board of Directors)").bold = True
    p = doc.add_paragraph("Minutes of the meeting held on Thursday 21 November 2024, 09:30-12:00, Boardroom, "
                          "Marlbridge Royal Hospital and via MS Teams")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Status: DRAFT until approved by the Committee")

    doc.add_heading("Attendance", level=2)
    table(doc, [("Name", "Title", "Initials"),
                ("Dr Fiona Carr", "Non-Executive Director (Committee Chair)", "FC"),
                ("Ravi Menon", "Non-Executive Director", "RM"),
                ("Prof Alan Stroud", "Non-Executive Director", "AS"),
                ("Dr Hannah Price", "Medical Director", "HP"),
                ("Julie Wainwright", "Chief Nurse", "JW"),
                ("Mark Ellison", "Chief Operating Officer", "ME"),
                ("Sandra Boyce", "Director of Midwifery", "SB"),
                ("Owen Leckie", "Head of Patient Safety", "OL"),
                ("Rachel Dunne", "Associate Director of Quality Governance", "RD"),
                ("Dr Peter Marsh", "Director of Infection Prevention and Control (item 24/108)", "PM"),
                ("Kim Sutton", "Corporate Governance Officer (minutes)", "KS")],
          widths=(5, 9, 2))
    doc.add_paragraph("Apologies: Hugh Tan, Director of Finance")

    doc.add_heading("Minutes", level=2)
    rows = [("Ref", "Item and discussion", "Action"),
            ("QSC 24/101", "Welcome and apologies\nThe Chair welcomed members. Apologies as above. The meeting "
             "was quorate.", ""),
            ("QSC 24/102", "Declarations of interest\nNone declared.", ""),
            ("QSC 24/103", "Minutes of the previous meeting\nThe minutes of the meeting held on 17 October 2024 "
             "were approved as an accurate record.", ""),
            ("QSC 24/104", "Action log\nQSC 24/087 (sepsis screening compliance deep dive) was presented in "
             "October and is closed. QSC 24/091 (audit of ligature risk assessments in the emergency "
             "department) remains open: the audit is complete but the report is not yet finalised, and JW "
             "expects to bring it in December.", ""),
            ("QSC 24/105", "Patient story\nThe daughter of a patient described her father's discharge from Ward "
             "12 late at night without his medicines. The Committee thanked her for sharing the story. "
             "OL agreed to share the learning from the story with the discharge improvement group.", "OL"),
            ("QSC 24/106", "Maternity and neonatal safety report\nSB presented the quarterly report. The Trust "
             "remains on track to meet all ten safety actions of the Maternity Incentive Scheme; the "
             "submission is due to NHS Resolution by 3 March 2025. The midwifery staffing fill rate was 91%. "
             "The Committee sought assurance on the neonatal nursing shortfall. SB will bring the neonatal "
             "workforce plan to the next meeting.\nThe Committee Chair will escalate the maternity triage "
             "waiting times to the Board in her Chair's assurance report.", "SB\nFC"),
            ("QSC 24/107", "Patient safety incident response (PSIRF)\nOL reported that three patient safety "
             "incident investigations had been commissioned in the period. The Committee noted the themes: "
             "deteriorating patients, delayed diagnosis and falls. RM asked that completion rates for "
             "after-action reviews be shown by division; OL agreed to include them from the January "
             "report.\nOL to circulate the thematic review of falls with harm to members ahead of the "
             "December meeting.", "OL\nOL"),
            ("QSC 24/108", "Infection prevention and control\nPM reported 34 cases of C. difficile against an "
             "annual threshold of 41. Two wards were closed for norovirus in October. Frontline staff flu "
             "vaccination uptake is 38%; the campaign runs until the end of February. JW and PM to agree a "
             "recovery plan for staff flu vaccination within two weeks.", "JW/PM"),
            ("QSC 24/109", "Learning from deaths\nHP presented the mortality report. SHMI is 1.04, within the "
             "expected range. The statutory medical examiner system has applied to all deaths since 9 "
             "September 2024. HP undertook to review the three deaths in the respiratory service flagged by "
             "the medical examiners and report the outcome by 31st January 2025.", "HP"),
            ("QSC 24/110", "CQC action plan\nRD reported that 14 of the 19 must-do actions are complete. The "
             "CQC is expected to re-inspect the medical wards in 2025. RD to update the plan with revised "
             "target dates for the five outstanding actions and circulate it by the end of the month.", "RD"),
            ("QSC 24/111", "Board Assurance Framework\nThe Committee reviewed BAF risks 2 (quality of care) and "
             "4 (urgent and emergency care) and agreed that the score for BAF 4 remains at 20. ME to review "
             "the controls for BAF 4 in the light of the ambulance handover delays and bring a revised entry "
             "to the Committee in January.", "ME"),
            ("QSC 24/112", "Items for escalation to the Board\nThe Committee agreed to escalate: neonatal "
             "nursing staffing; maternity triage waiting times; staff flu vaccination uptake.", ""),
            ("QSC 24/113", "Any other business\nAS informed the Committee that he will step down as a "
             "Non-Executive Director at the end of March 2025. KS to circulate the Committee's meeting dates "
             "for 2025/26 by Friday.", "KS"),
            ("QSC 24/114", "Date of next meeting\nThursday 19 December 2024, 09:30, Boardroom, Marlbridge Royal "
             "Hospital.", "")]
    table(doc, rows, widths=(2.4, 12.2, 1.6))
    doc.save(OUT / "03_marlbridge-teme-nhsft-quality-committee-2024-11.docx")


# ---------------------------------------------------------------- 09 OPCC victims' commissioning board
def victims():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Office of the Police and Crime Commissioner for Avonmere", level=1)
    doc.add_heading("Victims' Services Commissioning Board - Minutes", level=2)
    doc.add_paragraph("Date: 14/01/2025    Time: 14:00-15:30    Venue: OPCC, Riverside House, Meeting Room 2")
    doc.add_paragraph("Present: Karen Royle, Deputy Police and Crime Commissioner (DPCC) (Chair); Michael Dunn, "
                      "Head of Commissioning and Partnerships (HoC); Leanne Price, Victims' Services "
                      "Commissioning Manager (VSCM); Tariq Hussain, Contracts and Grants Officer (CGO); "
                      "Gillian Forde, OPCC Chief Finance Officer (CFO); DCI Ruth Barker, Avonmere Police Victim "
                      "Care Lead (DCI RB); Amy Clarke, Policy Officer (PO) - minutes")
    doc.add_paragraph("Apologies: Sergeant Paul Webb (Witness Care Unit)")

    doc.add_heading("1. Welcome and apologies", level=3)
    doc.add_paragraph("The DPCC welcomed members. Apologies as above.")

    doc.add_heading("2. Matters arising", level=3)
    table(doc, [("Ref", "Action", "Lead", "Status"),
                ("VS24/31", "Circulate ISVA service Q2 data", "VSCM", "Closed - circulated 20/12/24"),
                ("VS24/33", "Agree the data sharing agreement with the Victim Care Hub provider", "HoC",
                 "Ongoing - with legal services; revised date 28/02/25"),
                ("VS24/34", "Complete the equality impact assessment for the restorative justice "
                 "re-procurement", "PO", "Closed"),
                ("VS24/35", "Raise the backlog of Victim Personal Statements with the force", "DCI RB",
                 "Closed - see item 4")],
          widths=(1.8, 8.5, 1.8, 4.5))

    doc.add_heading("3. Contract performance, Q3 (October to December 2024)", level=3)
    doc.add_paragraph("Victim Care Hub (Avonmere Victim Support): 2,140 referrals in the quarter; 96% of "
                      "victims were contacted within 2 working days, meeting the Victims' Code standard. "
                      "Satisfaction was 87%.")
    doc.add_paragraph("ISVA service (Rape Crisis Avonmere): the waiting list has grown to 62. The VSCM will "
                      "meet the provider to agree a waiting-list recovery plan within 28 days.")
    doc.add_paragraph("Domestic abuse outreach (Safer Homes Partnership): the provider has given notice that "
                      "its two caseworker posts will end on 31 March 2025, when its lottery funding ends. The "
                      "HoC agreed to set out options for continuing the outreach service for the DPCC by the "
                      "end of February.")

    doc.add_heading("4. Police victim care update", level=3)
    doc.add_paragraph("DCI Barker reported that the backlog of Victim Personal Statements has been cleared and "
                      "that two Witness Care Officer vacancies have been filled. DCI Barker undertook to share "
                      "the results of the force's Victims' Code compliance audit at the next meeting.")
    doc.add_paragraph("Amy Clarke offered to update the victims' services directory on the OPCC website with "
                      "the new ISVA referral route.")

    doc.add_heading("5. Ministry of Justice grant 2025/26", level=3)
    doc.add_paragraph("The CFO reported that the MoJ indicative allocation is expected by the end of January "
                      "and the grant agreement must be signed by 31 March. CFO to prepare a budget scenario "
                      "assuming a 5% reduction in the MoJ grant for the February meeting.")

    doc.add_heading("6. Restorative justice service", level=3)
    doc.add_paragraph("The Board agreed to extend the current restorative justice contract by six months, to "
                      "30 September 2025. The CGO will issue the contract variation to the provider by "
                      "Friday. The VSCM will begin market engagement for the new service in the new "
                      "financial year.")

    doc.add_heading("7. Victims' needs assessment", level=3)
    doc.add_paragraph("The last needs assessment dates from 2022. The PO will complete the refresh of the "
                      "victims' needs assessment by end of Q1 2025/26.")

    doc.add_heading("8. Commissioning risk register", level=3)
    doc.add_paragraph("The Board reviewed the commissioning risk register. Risk VS-R4 (loss of ISVA provider "
                      "capacity) was raised from amber to red. Risk VS-R7 (late confirmation of the MoJ grant) "
                      "remains amber.")
    doc.add_paragraph("The Restorative Justice Council quality mark held by the current provider runs until "
                      "June 2025. No action is needed from the OPCC.")

    doc.add_heading("9. Any other business", level=3)
    doc.add_paragraph("The DPCC asked the HoC to draft a briefing for the Commissioner on the new duties in "
                      "the Victims and Prisoners Act 2024 as soon as possible.")
    doc.add_paragraph("The DPCC thanked Tariq Hussain, who leaves the OPCC at the end of February, for his "
                      "work on the grants programme.")

    doc.add_heading("10. Date of next meeting", level=3)
    doc.add_paragraph("11/02/2025, 14:00, OPCC, Riverside House.")

    doc.add_heading("Action log - new actions from this meeting", level=3)
    table(doc, [("Ref", "Action", "Lead", "Target date"),
                ("VS25/01", "Agree an ISVA waiting-list recovery plan with Rape Crisis Avonmere", "VSCM",
                 "11/02/2025"),
                ("VS25/02", "Options paper on continuing domestic abuse outreach after 31 March", "HoC",
                 "28/02/2025"),
                ("VS25/03", "Victims' Code compliance audit results", "DCI RB", "Next meeting"),
                ("VS25/04", "MoJ grant budget scenario (5% reduction)", "CFO", "February meeting"),
                ("VS25/05", "Issue the RJ contract variation to the provider", "CGO", "17/01/2025"),
                ("VS25/06", "Market engagement for the new RJ service", "VSCM", "New financial year"),
                ("VS25/07", "Refresh the victims' needs assessment", "PO", "End of Q1 2025/26"),
                ("VS25/08", "Briefing for the PCC on Victims and Prisoners Act 2024 duties", "HoC", "ASAP")],
          widths=(1.8, 9.0, 1.8, 3.6))
    doc.save(OUT / "09_avonmere-opcc-victims-commissioning-2025-01.docx")


# ---------------------------------------------------------------- 10 multi-academy trust ARC
def trust():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("Tarnside Learning Trust", level=0)
    doc.add_heading("Audit and Risk Committee", level=1)
    doc.add_paragraph("Minutes of the meeting held on Monday 9 June 2025 at 5.00pm at the Trust Central "
                      "Office, Kelder Road, and online")
    p = doc.add_paragraph()
    p.add_run("Trustees present: ").bold = True
    p.add_run("Mrs Gillian Oduya (Chair), Mr Rhys Allard, Ms Priti Desai")
    p = doc.add_paragraph()
    p.add_run("In attendance: ").bold = True
    p.add_run("Mr Neil Crossley, Chief Executive Officer (CEO); Mrs Abi Lindqvist, Chief Financial Officer "
              "(CFO); Mr Jack Sumner, Head of Estates and Compliance; Ms Lorna Bright, Internal Scrutiny "
              "Provider, Ashdown Scrutiny Services (items ARC/25/20 and ARC/25/21); Mrs Eve Morgan, "
              "Governance Professional (clerk)")

    def item(title, paras, actions=None):
        doc.add_heading(title, level=2)
        for t in paras:
            if t.startswith("Q:") or t.startswith("A:"):
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(1)
                p.add_run(t[:2]).bold = True
                p.add_run(t[2:])
            else:
                doc.add_paragraph(t)
        if actions:
            p = doc.add_paragraph()
            p.add_run("Actions agreed:").bold = True
            for a in actions:
                doc.add_paragraph(a, style="List Bullet")

    item("ARC/25/17 Welcome, apologies and quorum",
         ["Apologies were received and accepted from Mr Tom Weir. The meeting was quorate."])
    item("ARC/25/18 Declarations of interest",
         ["Ms Desai declared that her husband works for the trust's catering contractor. This was noted; no "
          "item on the agenda concerned the contract."])
    item("ARC/25/19 Minutes of 10 March 2025 and matters arising",
         ["The minutes were approved as an accurate record. All actions are complete except ARC/25/09 (review "
          "of cyber insurance cover): the CFO reported that this is waiting for the Risk Protection "
          "Arrangement renewal terms, which the DfE expects to publish in July."])
    item("ARC/25/20 Internal scrutiny report: payroll and HR",
         ["Ms Bright presented the report. There were two medium-priority findings: starter checks were not "
          "always signed off before the first payroll run, and two overtime claims were approved by the "
          "claimant's own line manager after the deadline. Management responses have been agreed with target "
          "dates of 31 August 2025.",
          "Q: How will the Committee know the findings have been closed?",
          "A: The CFO will report progress through the internal scrutiny tracker."],
         ["CFO to add the payroll findings to the internal scrutiny tracker for the October meeting.",
          "Ms Bright to carry out a follow-up review of single central record checks in the autumn term."])
    item("ARC/25/21 Internal scrutiny programme 2025/26",
         ["The Committee approved the programme for 2025/26: procurement, IT security and SEND funding."],
         ["Governance Professional to circulate the approved programme to the Board of Trustees."])
    item("ARC/25/22 Risk register",
         ["The CEO presented the risk register. The top risks are falling rolls at Moorside and Kelder "
          "primaries, the condition of the Kelder Primary roof, and cyber attack. The Committee agreed to "
          "raise the score of the cyber risk from 12 to 16.",
          "Q: Has the business continuity plan been tested this year?",
          "A: Not yet at any academy."],
         ["Head of Estates and Compliance to run a business continuity test at one academy before the end "
          "of the summer term.",
          "CEO to bring a mitigation plan for falling rolls to the Committee by the next meeting."])
    item("ARC/25/23 Related party transactions and declarations",
         ["The annual accounts return is due to the DfE by 31 January. The CFO will ensure the 2025 related "
          "party declarations are collected from all trustees and members by 31 August 2025."],
         ["Clerk to send each trustee and member the declaration form within 14 days."])
    item("ARC/25/24 External audit planning, year ending 31 August 2025",
         ["The auditors, Morland Price LLP, were not present. Their planning letter proposes that fieldwork "
          "begins in October. The Committee approved the proposed 6% increase in the audit fee."],
         ["CFO to send the auditors' planning letter to the Chair by Friday."])
    item("ARC/25/25 Health and safety and estates compliance",
         ["Fire risk assessments are up to date at 11 of the 12 academies; the last, at Moorside Academy, is "
          "booked for 2 July. Asbestos management surveys are complete.",
          "Mr Allard offered to join the Head of Estates and Compliance on a compliance walk at Kelder "
          "Primary."])
    item("ARC/25/26 Any other business",
         ["The Chair will lead the annual review of the Committee's terms of reference at the October "
          "meeting."])
    item("ARC/25/27 Date of next meeting",
         ["Monday 6 October 2025 at 5.00pm, Trust Central Office."])
    doc.add_paragraph("Signed (Chair) ........................  Date ..............")
    doc.save(OUT / "10_tarnside-learning-trust-arc-2025-06.docx")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    quality()
    victims()
    trust()
