"""Generate the three PDF minutes of blind set 4 with fpdf2."""
from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = str(__import__("pathlib").Path(__file__).parent / "minutes") + "/"


class Minutes(FPDF):
    def __init__(self, footer_text):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, margin=22)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"{self.footer_text} - Page {self.page_no()} of {{nb}}", align="C")


def build(name, footer, blocks, font="Helvetica"):
    pdf = Minutes(footer)
    pdf.add_page()
    w = pdf.epw
    for kind, *args in blocks:
        if kind == "title":
            pdf.set_font(font, "B", 14)
            pdf.multi_cell(w, 7, args[0], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "subtitle":
            pdf.set_font(font, "", 11)
            pdf.multi_cell(w, 6, args[0], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font(font, "B", 11)
            pdf.multi_cell(w, 6, args[0], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font(font, "", 10)
            pdf.multi_cell(w, 5, args[0], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "action":  # a marker line in bold, indented
            pdf.set_font(font, "B", 10)
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(w - 8, 5, args[0], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "kv":  # label + wrapped value, for attendance
            label, value = args
            pdf.set_font(font, "B", 10)
            pdf.cell(32, 5, label)
            pdf.set_font(font, "", 10)
            pdf.multi_cell(w - 32, 5, value, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "table":
            widths, rows = args
            pdf.set_font(font, "", 9)
            pdf.ln(1)
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=5,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as table:
                for r in rows:
                    row = table.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
        elif kind == "sig":
            pdf.ln(6)
            pdf.set_font(font, "", 10)
            pdf.cell(0, 5, args[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_title(args[0] if False else name)
    pdf.output(OUT + name)


# ---------------------------------------------------------------- 01 League of Friends
b01 = [
    ("title", "League of Friends of St Aldhelm's Community Hospital"),
    ("subtitle", "Registered Charity No. 1043377\nMinutes of the Committee Meeting held on Thursday 17 October 2024 at 2.00pm in the Day Room"),
    ("kv", "Present:", "Mrs Brenda Coles (Chair) BC, Mr Dennis Fairweather (Treasurer) DF, Mrs Janet Okoro (Secretary) JO, Mr Alan Pryce AP, Mrs Ruth Whitlock RW, Mr Sanjay Mehta SM"),
    ("kv", "In attendance:", "Ms Helen Bray, Matron (HB)"),
    ("kv", "Apologies:", "Mrs Pat Daly"),
    ("h", "1. Welcome and apologies"),
    ("p", "The Chair welcomed members and Matron. Apologies were received from Mrs Daly, who is recovering from an operation; the committee sent its good wishes."),
    ("h", "2. Minutes of the meeting held on 19 September 2024"),
    ("p", "The minutes were agreed as a true record and signed by the Chair."),
    ("h", "3. Matters arising"),
    ("p", "(a) Trolley rota: JO had circulated the new rota to all trolley volunteers at the start of October. (b) Memorial bench: the plaque for the bench in the garden was fitted on 2 October and the family have seen it. (c) Card reader: DF is still waiting to hear from the bank about the monthly fee for the shop card reader and will raise it again."),
    ("h", "4. Matron's report"),
    ("p", "Matron thanked the League for the new bladder scanner, which is now in use every day. The refurbishment of Avon Ward will start on 4 November and take about six weeks; patients will move to Severn Ward during the work. The Trust will replace the nurse call system across the hospital in the new year."),
    ("p", "Matron asked whether the League could fund two riser recliner chairs for the Day Room at a cost of £1,850. After discussion the committee voted to fund both chairs (unanimous). HB will send the final quotation to DF within ten days, and DF will pay the supplier on receipt of the invoice."),
    ("h", "5. Treasurer's report"),
    ("p", "DF reported a balance of £23,406 in the current account and £40,118 on deposit. Shop takings for September were £1,942, up on last year. The Gift Aid claim for April to September is ready; DF will submit it to HMRC by 31 October. The independent examiner has been booked for January, and the annual return must be with the Charity Commission by 31 January."),
    ("p", "The Chair said she would write to thank the family of the late Mr Hobbs for their donation of £500 in his memory."),
    ("h", "6. Shop and trolley service"),
    ("p", "The shop is short of Christmas stock. RW agreed to order the Christmas card stock by Friday. The shop will close from 24 December to 2 January. SM reported that the trolley now visits Severn Ward twice a day."),
    ("h", "7. Fundraising"),
    ("p", "The Christmas Fair will be held on Saturday 30 November in the Outpatients waiting area from 10am to 1pm. AP will ask the Rotary Club whether the League can borrow their gazebos for the fair and will report back at the next meeting. SM offered to design a poster for the fair and circulate it to members within two weeks."),
    ("h", "8. Volunteers"),
    ("p", "Three volunteers have left since the summer. JO will place an advert for new volunteers in the parish magazine for the December issue. Two new volunteers started on the trolley in October."),
    ("h", "9. Any other business"),
    ("p", "Matron asked whether the League would consider a television for the Day Room. It was agreed that JO would put the Day Room television on the agenda for the next meeting, with a quotation from Matron."),
    ("h", "10. Date of next meeting"),
    ("p", "Thursday 21 November 2024 at 2.00pm in the Day Room."),
    ("h", "Action log"),
    ("table", (12, 88, 26, 30), [
        ("No.", "Action", "Owner", "Due"),
        ("1", "Send final quotation for the two recliner chairs to the Treasurer", "HB", "27/10/2024"),
        ("2", "Pay the chair supplier on receipt of the invoice", "DF", "On receipt"),
        ("3", "Submit the Gift Aid claim (April to September) to HMRC", "DF", "31/10/2024"),
        ("4", "Order Christmas card stock for the shop", "RW", "Fri 18 Oct"),
        ("5", "Ask the Rotary Club to lend gazebos for the Christmas Fair", "AP", "Next meeting"),
        ("6", "Design the Christmas Fair poster and circulate it", "SM", "Within 2 weeks"),
        ("7", "Advert for volunteers in the parish magazine (December issue)", "JO", ""),
        ("8", "Day Room television on the November agenda", "JO", "Next meeting"),
    ]),
    ("sig", "Signed: ................................ (Chair)      Date: ................"),
]

# ---------------------------------------------------------------- 05 youth football league
b05 = [
    ("title", "TOLWORTH VALE YOUTH FOOTBALL LEAGUE"),
    ("subtitle", "Minutes of the Management Committee meeting\nMonday 5th August 2024, 7.30pm, Tolworth Vale Sports Club (clubhouse)"),
    ("kv", "Present:", "Graham Whitby (Chairman), Lorraine Hext (League Secretary), Paul Adeyemi (Treasurer), Jas Sandhu (Fixtures Secretary), Carl Meadows (Welfare Officer), Nicola Frost (Referee Development Officer)"),
    ("kv", "Club reps:", "Ashford Colts (Dean Price), Tolworth Tigers (Amy Shaw), Hinchley Rovers (Mo Siddiqui), Vale Juniors (Kerry Ball)"),
    ("kv", "Apologies:", "Stonebridge Youth, Westfield Wanderers"),
    ("h", "1. Minutes of the meeting held on 1st July 2024"),
    ("p", "The minutes were accepted as a true record, proposed by Amy Shaw and seconded by Mo Siddiqui."),
    ("h", "2. Matters arising"),
    ("p", "Pitch allocation: the Secretary had sent the allocation letter to the Borough Council and the pitches have been confirmed for the season. Referee fees: the review of match fees was deferred to the September meeting so that the County FA's new guidance could be taken into account."),
    ("h", "3. Registrations"),
    ("p", "The County FA deadline for player registrations on the Whole Game System is 31st August. Clubs must register every player before his or her first match; unregistered players may not play."),
    ("action", "ACTION: Secretary to email all club secretaries a reminder of the registration deadline by 12th August."),
    ("h", "4. Fixtures"),
    ("p", "The season starts on Sunday 8th September. There will be 46 teams across the U9 to U16 age groups, three more than last season. Jas will publish the U9 to U12 fixtures on FA Full-Time by 25th August, with the older age groups following once the cup draw has been made."),
    ("action", "ACTION: Fixtures Secretary"),
    ("p", "Hinchley Rovers asked for their U14s to be kept at home on alternate weeks because of a shared pitch. Jas said he would try. Amy Shaw agreed to send Jas the Tigers' pitch availability for the first half of the season by Friday."),
    ("h", "5. Welfare"),
    ("p", "Carl reported that four club welfare officers have DBS checks expiring before Christmas. Carl undertook to check that every club welfare officer has completed the Safeguarding Children course within the next month."),
    ("action", "ACTION: Welfare Officer"),
    ("h", "6. Finance"),
    ("p", "Paul presented the end of season accounts, showing a surplus of £1,260. A proposal to hold the affiliation fee at £45 per team was put to the vote and carried (9 for, 1 against)."),
    ("action", "ACTION: Treasurer to invoice clubs for affiliation fees as soon as possible."),
    ("h", "7. Referees"),
    ("p", "Nicola said the shortage of referees for the younger age groups is getting worse. NF to contact the County FA to book a referee course for October at the Sports Club. Clubs were asked to put forward any parents or older players who might be interested."),
    ("h", "8. Discipline and Respect"),
    ("p", "There were two reports of abusive spectators at the cup final in June. The Chairman will write to Ashford Colts about the conduct of their spectators at the cup final. Dean Price apologised on behalf of the club."),
    ("h", "9. Summer tournament"),
    ("p", "The summer tournament raised £3,200 for the league. Thanks to Vale Juniors for hosting and to all the volunteers."),
    ("h", "10. Any other business"),
    ("p", "The league website costs £240 a year to host. Lorraine and Paul to look into moving the website to a cheaper host and report at the next meeting."),
    ("action", "ACTION: LH/PA"),
    ("h", "11. Date of next meeting"),
    ("p", "Monday 2nd September 2024, 7.30pm, Tolworth Vale Sports Club."),
    ("p", "The meeting closed at 9.10pm."),
]

# ---------------------------------------------------------------- 09 housing association ARC
b09 = [
    ("title", "Northgate Homes Group"),
    ("subtitle", "Audit and Risk Committee\nMinutes of the meeting held on Wednesday 25 September 2024 at 10.00am, Northgate House, Board Room"),
    ("kv", "Members:", "Ms Ruth Adebayo (Chair), Mr Ian Clegg, Mrs Sarah Lindqvist, Mr Tunde Bakare (co-opted member)"),
    ("kv", "In attendance:", "Mr Mark Fenton (Chief Executive, CEO), Mrs Joanna Pike (Director of Finance, DoF), Ms Lisa Chen (Head of Governance, HoG), Mr Peter Lowe (Harcourt LLP, internal auditors), Ms Anne Dyer (Moorfield & Co, external auditors)"),
    ("kv", "Apologies:", "None"),
    ("h", "ARC/24/30  Declarations of interest"),
    ("p", "There were no declarations of interest."),
    ("h", "ARC/24/31  Minutes and matters arising"),
    ("p", "The minutes of the meeting held on 26 June 2024 were approved. The Committee reviewed the matters arising log below."),
    ("table", (20, 86, 20, 40), [
        ("Ref", "Action", "Owner", "Status"),
        ("ARC/24/19", "Circulate benchmarking of audit fees", "DoF", "Complete"),
        ("ARC/24/22", "Report on the tenant satisfaction measures return", "HoG", "Complete - submitted in June"),
        ("ARC/24/24", "Review of the fraud response plan", "HoG", "In progress - paper due November"),
    ]),
    ("h", "ARC/24/32  Internal audit"),
    ("p", "Mr Lowe presented the internal audit report on damp and mould, which gave limited assurance. Eleven of the 14 recommendations have target dates in the next quarter. Harcourt LLP will complete the rent arrears audit in Q3 and will bring the report to the Committee in November."),
    ("p", "Members were concerned that three recommendations had no agreed date. The DoF undertook to bring a management response with revised target dates to the next meeting."),
    ("h", "ARC/24/33  External audit and financial statements 2023/24"),
    ("p", "Ms Dyer presented the audit findings report. No material misstatements were found. RESOLVED that the Committee recommend the financial statements for the year ended 31 March 2024 to the Board for approval."),
    ("p", "The management letter contains two minor points on journal authorisation. The Committee asked the DoF to circulate the final management letter to members within 14 days."),
    ("h", "ARC/24/34  Strategic risk register"),
    ("p", "The HoG presented the register. Members felt that cyber security was understated as part of the IT risk. The Head of Governance to add cyber security as a separate strategic risk and bring the revised register to the November meeting."),
    ("h", "ARC/24/35  Regulatory update"),
    ("p", "The Regulator of Social Housing is expected to carry out a consumer standards inspection of the Group during 2025. The CEO to arrange a briefing for the Board on the Consumer Standards by the end of Q3."),
    ("h", "ARC/24/36  Fraud, whistleblowing and gifts"),
    ("p", "No frauds or whistleblowing disclosures were reported in the quarter. The updated whistleblowing policy was approved. HoG to publish the updated whistleblowing policy on the staff intranet by 4 October."),
    ("h", "ARC/24/37  Committee effectiveness"),
    ("p", "The annual effectiveness review will be carried out by questionnaire. Members to complete the effectiveness questionnaire by 18 October. The Chair will meet the internal audit partner privately before the next meeting, as required by the terms of reference."),
    ("h", "ARC/24/38  Treasury management"),
    ("p", "The DoF reported that all loan covenants were met at 30 June; covenants are tested quarterly. The Group's revolving credit facility expires in March 2026. The DoF to report back on the options for refinancing the facility in six months."),
    ("h", "ARC/24/39  Date of next meeting"),
    ("p", "Wednesday 27 November 2024 at 10.00am, Northgate House."),
    ("sig", "Chair: ................................    Date: ................"),
]

build("01_st-aldhelms-league-of-friends-2024-10.pdf", "League of Friends of St Aldhelm's - Committee minutes 17/10/2024", b01)
build("05_tolworth-vale-yfl-committee-2024-08.pdf", "TVYFL Management Committee - 5 August 2024", b05)
build("09_northgate-homes-arc-2024-09.pdf", "Northgate Homes Group - Audit and Risk Committee 25.09.2024 - Confidential", b09)
