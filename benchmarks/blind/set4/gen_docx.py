"""Generate the two Word minutes of blind set 4 with python-docx."""
from docx import Document
from docx.shared import Pt

OUT = str(__import__("pathlib").Path(__file__).parent / "minutes") + "/"


def build(name, blocks):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    for kind, *args in blocks:
        if kind == "title":
            doc.add_heading(args[0], level=0)
        elif kind == "h1":
            doc.add_heading(args[0], level=1)
        elif kind == "h2":
            doc.add_heading(args[0], level=2)
        elif kind == "p":
            doc.add_paragraph(args[0])
        elif kind == "bp":  # paragraph with a bold label
            p = doc.add_paragraph()
            p.add_run(args[0]).bold = True
            p.add_run(args[1])
        elif kind == "bullets":
            for item in args[0]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            rows = args[0]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
    doc.core_properties.title = name
    doc.save(OUT + name)


b03 = [
    ("title", "Staff-Student Liaison Committee"),
    ("p", "School of Computing and Mathematics, Carrowmore University"),
    ("bp", "Minutes of the meeting held on ", "6 November 2024, 1.00-2.00pm, Room 2.14, Babbage Building"),
    ("h1", "Attendance"),
    ("bp", "Staff: ", "Dr Nadia Rahman, Director of Student Experience (Chair, NR); Dr Owen Pryce, Programme Lead, BSc Computer Science (OP); Ms Lucy Tan, School Office (LT, secretary)"),
    ("bp", "Student representatives: ", "Amir Haddad (Year 1 Computer Science, AH); Bethan Lloyd (Year 2 Mathematics, BL); Kofi Mensah (Year 3 Computer Science, KM); Ellie Grant (MSc Data Science, EG)"),
    ("bp", "Apologies: ", "Dr Simon Achebe (Programme Lead, Mathematics); Year 2 Computer Science representative (vacant)"),
    ("h1", "1. Welcome and terms of reference"),
    ("p", "The Chair welcomed the new representatives and explained that the committee meets once each semester. The terms of reference have been updated to include the MSc programmes. LT will circulate the draft terms of reference to all representatives."),
    ("h1", "2. Actions from the last meeting (May 2024)"),
    ("bullets", [
        "Printer credit top-up failures: fixed by IT Services in June. Complete.",
        "Lecture capture for MA2012: now recorded every week. Complete.",
        "Library opening hours during exams: the Library has declined the request. Closed.",
        "Water fountain on level 3: replaced in September. Complete.",
    ]),
    ("h1", "3. Year 1 feedback (AH)"),
    ("p", "Amir summarised the comments collected from the Year 1 cohort:"),
    ("bullets", [
        "Induction week was well organised and the welcome talk was useful.",
        "The peer mentoring scheme is popular; most students have met their mentor twice.",
        "Lab machines in room 1.05 are slow to log in at the start of sessions.",
        "Joint programme students have a timetable clash on Tuesdays (see below).",
    ]),
    ("p", "Students reported that the CS1010 Tuesday labs clash with the MA1001 tutorial for students on the joint programme. Dr Pryce will raise the clash with the Timetabling Office. Students were positive about the peer mentoring scheme and the induction week."),
    ("p", "Amir offered to write a short piece for the School newsletter about the peer mentoring scheme."),
    ("h1", "4. Year 2 feedback (BL)"),
    ("p", "Four coursework deadlines fall in week 10 for Mathematics students. The Chair agreed to ask module leaders to publish a coursework calendar for semester 2. Bethan will set up a shared form so that Year 2 students can report deadline clashes as they arise."),
    ("h1", "5. Year 3 feedback (KM)"),
    ("p", "Students value project supervision but said the allocation of projects was late. It was agreed that the project fair will move to week 3 next year. Students asked whether the project report word limit would change; OP said it will stay at 10,000 words."),
    ("h1", "6. Postgraduate feedback (EG)"),
    ("p", "MSc students reported that long GPU jobs on the teaching cluster are being killed after two hours. IT Services will upgrade the teaching cluster in January. Ellie will collect examples of failed jobs and send them to Dr Rahman. OP will check whether MSc students can book the Level 3 lab in the evenings."),
    ("h1", "7. Module evaluations and surveys"),
    ("p", "The semester 1 module evaluation survey opens on 25 November and closes on 6 December. Last year's response rate was 31%. All representatives agreed to promote the survey to their cohorts."),
    ("h1", "8. Any other business"),
    ("p", "Kofi reported that the microwave in the student common room has broken. LT to order a replacement microwave for the common room."),
    ("h1", "9. Date of next meeting"),
    ("p", "Wednesday 5 February 2025, 1.00pm, Room 2.14."),
    ("h1", "Summary of actions"),
    ("table", [
        ("Action", "Responsible", "Deadline"),
        ("Raise the CS1010 lab / MA1001 tutorial clash with the Timetabling Office", "OP", "15/11/2024"),
        ("Ask module leaders to publish a coursework calendar for semester 2", "NR", "Next meeting"),
        ("Collect examples of failed GPU jobs and send them to NR", "EG", "Within two weeks"),
        ("Check evening booking of the Level 3 lab for MSc students", "OP", "End of November"),
        ("Promote the module evaluation survey to cohorts", "All reps", "6/12/2024"),
        ("Order a replacement common room microwave", "LT", "ASAP"),
        ("Circulate the draft terms of reference", "LT", "30 November"),
    ]),
]

b07 = [
    ("title", "Wendle Community Energy Co-operative Ltd"),
    ("p", "Registered society no. 8123 | Board of Directors"),
    ("bp", "Minutes of the Board meeting, ", "Thursday 20 February 2025, 7.00pm, Wendle Village Hall and on Zoom"),
    ("h1", "Present"),
    ("bullets", [
        "Alison Marsh, Chair (AM)",
        "Ben Oduya, Treasurer (BO)",
        "Claire Fenwick, Secretary (CF)",
        "David Lowe, Technical Director (DL)",
        "Esther Quaye, Director (EQ)",
    ]),
    ("bp", "In attendance: ", "Gemma Platt, Operations Manager (GP)"),
    ("bp", "Apologies: ", "None"),
    ("h1", "1. Minutes of 23 January 2025 and action log"),
    ("p", "The minutes were approved. The Board reviewed the action log; the status of earlier actions is shown in the table at the end of these minutes."),
    ("h1", "2. Generation report"),
    ("p", "GP reported generation for January of 18.4 MWh across the four sites, 6% below forecast because of the weather. The inverter on the Wendle Primary School array failed on 11 February and the array is currently off. The inverter is under warranty."),
    ("p", "DL to get the inverter warranty claim submitted within seven days. GP will tell the school when the replacement inverter is due to be fitted."),
    ("h1", "3. Finance"),
    ("p", "BO presented the management accounts to 31 January. Cash at bank is £61,200. The Board agreed to move £20,000 to the reserve account, and Ben agreed to make the transfer tomorrow."),
    ("p", "BO will prepare the FCA annual return by the end of April. The accounts for the year to 31 December 2024 will be audited in March."),
    ("h1", "4. Share offer 2025"),
    ("p", "The Board discussed the proposed community share offer to fund the Mill Farm array. The offer would open on 1 April and close on 31 May, with a target of £250,000. CF to draft the share offer document for Board approval at the March meeting. EQ volunteered to organise two public information evenings in April; dates to be confirmed."),
    ("h1", "5. Community fund"),
    ("p", "Five applications were received. The Board approved grants to the Wendle Scouts (£1,500), the Village Hall committee (£2,000) and the Wendle Good Neighbours scheme (£750). EQ to write to the two unsuccessful applicants explaining the decision."),
    ("h1", "6. Insurance"),
    ("p", "The site insurance renews in June. GP to obtain three insurance quotes by the end of Q4, so that the Board can compare them before the renewal."),
    ("h1", "7. Any other business"),
    ("p", "AM agreed to give the talk on the co-op that the Parish Council has asked for at its annual parish meeting in May."),
    ("p", "The Board noted that the Distribution Network Operator plans to upgrade the Mill Farm substation in the summer."),
    ("h1", "8. Date of next meeting"),
    ("p", "Thursday 20 March 2025, 7.00pm, Wendle Village Hall and on Zoom."),
    ("h1", "Action log"),
    ("table", [
        ("Ref", "Action", "Owner", "Deadline", "Status"),
        ("24/31", "Renew the co-op's domain name and hosting", "CF", "31/01/2025", "Done"),
        ("24/33", "Agree the roof lease extension with the school governors", "AM", "Next meeting", "Ongoing - governors meet in March"),
        ("24/35", "Update the members' register after the AGM", "CF", "31/01/2025", "Done"),
        ("25/01", "Submit the inverter warranty claim", "DL", "27/02/2025", "New"),
        ("25/02", "Prepare the FCA annual return", "BO", "30/04/2025", "New"),
        ("25/03", "Draft the share offer document for Board approval", "CF", "Next meeting", "New"),
        ("25/04", "Organise two public information evenings on the share offer", "EQ", "", "New"),
        ("25/05", "Write to the unsuccessful community fund applicants", "EQ", "", "New"),
        ("25/06", "Obtain three site insurance quotes", "GP", "31/03/2025", "New"),
    ]),
]

build("03_carrowmore-uni-sslc-2024-11.docx", b03)
build("07_wendle-community-energy-board-2025-02.docx", b07)
