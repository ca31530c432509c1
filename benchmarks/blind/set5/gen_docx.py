"""Write the two Word minutes (11, 12) with python-docx. Run with /work/main/.venv/bin/python."""
from docx import Document
from docx.shared import Pt
from pathlib import Path

OUT = Path(__file__).parent / "minutes"


def table(doc, rows, style="Table Grid"):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for c, text in zip(cells, r):
            c.text = text
            if i == 0:
                for run in c.paragraphs[0].runs:
                    run.bold = True
    return t


def bold_para(doc, text):
    p = doc.add_paragraph()
    p.add_run(text).bold = True
    return p


def dental():
    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Riverside Dental Care - Practice Team Meeting", level=1)
    doc.add_paragraph("Thursday 6th March 2025, 1.00pm - 1.50pm, staff room")
    doc.add_heading("Attendance", level=2)
    table(doc, [("Name", "Role", "Initials"),
                ("Dr Amit Shah", "Principal dentist (chair)", "AS"),
                ("Dr Clare Evans", "Associate dentist", "CE"),
                ("Sophie Hart", "Practice manager", "SH"),
                ("Leanne Nash", "Lead dental nurse", "LN"),
                ("Kerry Bell", "Reception lead", "KB"),
                ("Jo Pike", "Dental hygienist", "JP"),
                ("Mo Ali", "Trainee dental nurse", "MA")])
    doc.add_paragraph("Apologies: Hina Rauf (dental nurse, on annual leave)")
    doc.add_heading("1. Actions from the February meeting", level=2)
    for t in ["New suction tubing fitted in surgery 2 - done (LN).",
              "Price list updated on the website - done (SH).",
              "Fire warden training for MA - booked for April, still open (SH)."]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading("2. Compliance and infection control", level=2)
    doc.add_paragraph("SH reminded the team that the CQC inspection window for the practice opens in the "
                      "summer. The six-monthly infection control audit is now due.")
    bold_para(doc, "Action: Complete the six-monthly infection control audit - Owner: LN - Due: 31/03/2025")
    doc.add_paragraph("The autoclave in the decontamination room failed its daily test twice last week. It "
                      "has been taken out of use and the spare is being used.")
    bold_para(doc, "Action: Arrange an engineer visit for the main autoclave - Owner: SH - Due: ASAP")
    doc.add_paragraph("Leanne offered to reorganise the stock room so that the oldest stock is used first.")
    doc.add_heading("3. Staffing and rota", level=2)
    doc.add_paragraph("Dr Evans will be on leave for the whole of April. Dr Shah agreed to cover her Friday "
                      "list while she is away. The practice will close at 5pm on Fridays from 1 April "
                      "(agreed by the partners last month).")
    doc.add_paragraph("MA starts her college block release on 24 March and will be out on Wednesdays.")
    doc.add_heading("4. Patient feedback", level=2)
    doc.add_paragraph("There were three complaints in February about getting through on the phone in the "
                      "morning. Our standard is that every message left is returned within 48 hours, and that "
                      "was met. The team discussed a clearer phone message for the 8am rush.")
    bold_para(doc, "Action: Draft a new phone line message for the morning rush - Owner: KB - Due: next team meeting")
    doc.add_paragraph("Jo said she would update the practice leaflet with the new Friday opening hours.")
    doc.add_heading("5. Training", level=2)
    doc.add_paragraph("The safeguarding CPD module has been updated by the provider.")
    bold_para(doc, "Action: All staff to complete the updated safeguarding CPD module by the end of the month")
    doc.add_paragraph("Dr Evans asked whether the practice would fund the sedation course. Dr Shah will look "
                      "at the training budget and let her know.")
    doc.add_heading("6. NHS contract", level=2)
    doc.add_paragraph("The ICB has written about the practice's UDA delivery, which is at 91% of target for "
                      "the year. The ICB will review contract values in the summer.")
    bold_para(doc, "Action: Reply to the ICB's letter about UDA delivery - Owner: AS - Due: 21/03/2025")
    doc.add_paragraph("SH is going to run a weekly report of failed appointments so the team can see where "
                      "the gaps are.")
    doc.add_heading("7. Any other business", level=2)
    doc.add_paragraph("Kerry asked for a new chair for reception, as the current one is broken. Agreed. "
                      "SH to order one.")
    doc.add_paragraph("Next team meeting: Thursday 3rd April 2025, 1.00pm, staff room.")
    doc.save(OUT / "11_riverside-dental-team-2025-03.docx")


def hackathon():
    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("HackTheHarbour 2025 - organisers' call", level=1)
    doc.add_paragraph("Tuesday 13 May 2025, 18:00-18:45 (video call)")
    doc.add_heading("Attendees", level=2)
    for t in ["Amara Osei (@amara) - lead organiser",
              "Ben Whitlock (@benw) - logistics",
              "Chloe Fraser (@chlo) - sponsorship",
              "Dev Raman (@devr) - website and registration",
              "Ellie Sturges (@ellie) - participants and welfare"]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_paragraph("Not on the call: Fraser Quinn (@fq) - hardware")
    doc.add_heading("Last week", level=2)
    for t in ["@benw got the insurance quote - £410, approved.",
              "@chlo sent the sponsor pack to the ten companies on the list.",
              "@devr set up the shared drive."]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading("Venue", level=2)
    doc.add_paragraph("The event is confirmed for Saturday 14 - Sunday 15 June at the Marine Science building. "
                      "The university wants the signed contract and the deposit back before they will release "
                      "the rooms. Amara will sign it this week.")
    doc.add_paragraph("Ellie said she'd ask the university IT team about guest wifi for 150 people.")
    doc.add_heading("Sponsors", level=2)
    table(doc, [("Sponsor", "Tier", "Status"),
                ("Harbour Digital", "Gold", "Signed, paid"),
                ("Kelp Labs", "Silver", "Verbal yes, not signed"),
                ("Northbyte", "Silver", "Verbal yes, not signed"),
                ("Anvil Cloud", "Bronze", "Waiting on their legal team"),
                ("Tidewater Bank", "-", "Declined")])
    doc.add_paragraph("Chloe will chase the three that have not signed. Harbour Digital want their logo on "
                      "the site by 1 June; that is covered by the website work.")
    doc.add_heading("Registration and website", level=2)
    doc.add_paragraph("Dev has the registration form ready to go apart from the privacy notice. Decision: cap "
                      "registration at 120 participants, with a waiting list.")
    doc.add_paragraph("Ellie is writing the code of conduct; it needs to be on the site before registration "
                      "opens.")
    doc.add_heading("Logistics", level=2)
    doc.add_paragraph("Ben has two caterers' quotes. Decision: go with Quayside Kitchen. Fraser might be "
                      "able to lend us the 3D printers from the makerspace, but he wasn't on the call.")
    doc.add_heading("Decisions", level=2)
    for t in ["Registration capped at 120 participants, with a waiting list.",
              "Quayside Kitchen for the catering.",
              "No paid travel bursaries this year."]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading("Next steps", level=2)
    for t in ["Amara - sign the venue contract and send the deposit by Thursday",
              "Chloe - chase Kelp Labs, Northbyte and Anvil Cloud for signed agreements ASAP",
              "Dev - get the registration page live by Friday",
              "Ben + Chloe - shortlist the judges and send invitations within 10 days",
              "Ben - book Quayside Kitchen for Saturday lunch and Sunday breakfast",
              "Ellie - put the code of conduct on the site before registration opens",
              "Everyone - share the registration link once it is live",
              "Dev - bring a draft schedule for the weekend to the next call"]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_paragraph("Next call: Tuesday 20 May 2025, 18:00.")
    doc.save(OUT / "12_hacktheharbour-organisers-2025-05.docx")


if __name__ == "__main__":
    dental()
    hackathon()
