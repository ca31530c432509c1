"""Write the two PDF minutes (04, 05) with fpdf2. Run with /work/main/.venv/bin/python."""
from fpdf import FPDF
from pathlib import Path

OUT = Path(__file__).parent / "minutes"


class Minutes(FPDF):
    footer_text = ""

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 10, f"{self.footer_text} - Page {self.page_no()} of {{nb}}", align="C")


def new(footer):
    pdf = Minutes(format="A4")
    pdf.footer_text = footer
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    return pdf


def title(pdf, lines):
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 8, lines[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for l in lines[1:]:
        pdf.multi_cell(0, 6, l, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)


def heading(pdf, text):
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11.5)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)


def para(pdf, text, bold=False):
    pdf.set_font("Helvetica", "B" if bold else "", 10.5)
    pdf.multi_cell(0, 5.5, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("Helvetica", "", 10.5)


def refugee():
    pdf = new("Harbourside Refugee Welcome - Operations Group minutes, 10 October 2024")
    title(pdf, ["Harbourside Refugee Welcome",
                "Operations Group - Minutes",
                "Thursday 10 October 2024, 6.00pm, St Luke's Church Hall, Quay Street"])
    heading(pdf, "Attendance")
    para(pdf, "Present: Rashid Ahmed (RA, Chair); Priya Kaur (PK, Volunteer Coordinator); Sarah Jenkins "
              "(SJ, Safeguarding Lead); Marta Lis (ML, Communications); Graham Holt (GH, Treasurer); "
              "Dr Chidi Okafor (volunteer GP, for item 4).")
    para(pdf, "Apologies: Eilidh Shaw.")
    heading(pdf, "1. Minutes of the meeting of 12 September 2024")
    para(pdf, "Approved. All actions from September are complete: the new welcome packs have been "
              "printed and the bank mandate has been updated.")
    heading(pdf, "2. Casework and families")
    para(pdf, "RA reported that the group is now supporting 23 households, four more than in September. "
              "The Ukrainian family in Harbour Road have moved on to private rented housing in Bristol and "
              "no longer need our support. The Home Office has announced that move-on notices will change "
              "from 1 December; RA will keep the group posted as guidance comes out.")
    para(pdf, "The council has still not given us a named contact for the housing register. RA agreed to "
              "chase the council again as soon as possible.")
    heading(pdf, "3. Volunteers")
    para(pdf, "PK said the hospital appointments rota is down to three drivers, which is not enough for the "
              "Thursday clinics. She will put out a call for at least two more drivers, aiming to have them "
              "in place by the end of November.")
    para(pdf, "SJ has revised the safeguarding policy to take account of the new lone-working guidance. The "
              "group approved the revised policy. SJ will send it to every volunteer within two weeks, with a "
              "short form for them to sign and return.")
    heading(pdf, "4. Drop-in sessions")
    para(pdf, "The next drop-in is on Tuesday 5 November. Twelve families have asked for help with school "
              "applications and GP registration. SJ to book the Arabic and Tigrinya interpreters for that "
              "session by Friday.")
    para(pdf, "Dr Okafor offered to give a short talk on registering with a GP and using NHS 111 at a future "
              "drop-in. This was welcomed.")
    para(pdf, "The English classes at St Luke's run until Christmas. RA will confirm the rooms with the "
              "parish office for January to March by the end of the month.")
    heading(pdf, "5. Communications and appeals")
    para(pdf, "ML proposed a winter coat appeal through the Facebook page and the local churches. Agreed. "
              "ML to draft the appeal post and bring it to the next meeting.")
    para(pdf, "Marta said she would also check whether the food bank could take our surplus baby items, "
              "as the store is getting full.")
    heading(pdf, "6. Finance and premises")
    para(pdf, "GH reported a balance of £6,480, including £2,000 restricted for the English classes. The "
              "County Community Foundation will decide on our winter grant application in December.")
    para(pdf, "The group voted to raise the petty cash limit for caseworkers from £50 to £75 (unanimous).")
    para(pdf, "The lease on the storage unit at Dock Yard ends on 31 December. The Treasurer will arrange the "
              "renewal with the landlord.")
    heading(pdf, "7. Date of next meeting")
    para(pdf, "Thursday 14 November 2024, 6.00pm, St Luke's Church Hall.")

    heading(pdf, "Action log")
    pdf.set_font("Helvetica", "", 9.5)
    rows = [
        ("No.", "Action", "Owner", "By when"),
        ("1", "Confirm the English class rooms at St Luke's for January to March", "RA", "31/10/2024"),
        ("2", "Recruit two more drivers for the hospital appointments rota", "PK", "End of November"),
        ("3", "Send the revised safeguarding policy and sign-off form to all volunteers", "SJ", "Within two weeks"),
        ("4", "Draft the winter coat appeal post", "ML", "Next meeting"),
        ("5", "Renew the lease on the Dock Yard storage unit", "Treasurer", ""),
        ("6", "Chase the council for a named housing register contact", "RA", "ASAP"),
        ("7", "Book the Arabic and Tigrinya interpreters for the 5 November drop-in", "SJ", "Fri 18 Oct"),
    ]
    with pdf.table(col_widths=(10, 95, 25, 40), text_align=("CENTER", "LEFT", "CENTER", "LEFT"),
                   borders_layout="ALL", line_height=5.5) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.alias_nb_pages()
    pdf.output(OUT / "04_harbourside-refugee-welcome-ops-2024-10.pdf")


def union():
    pdf = new("APSU Carrbridge City Branch - Branch Meeting 12.02.2025")
    title(pdf, ["Allied Public Services Union - Carrbridge City Branch",
                "Minutes of the Branch Meeting",
                "held on 12th February 2025 at 6.30pm, Trades Hall, Moor Street"])
    heading(pdf, "Present")
    para(pdf, "Branch officers: Lorraine Hesketh (Branch Chair), Dev Mistry (Branch Secretary), Angela Briggs "
              "(Treasurer), Tony Ruane (Health and Safety Officer), Femi Adebayo (Equalities Officer), "
              "Claire Wu (Membership Secretary). Also present: 14 members and stewards (attendance sheet held "
              "by the Branch Secretary).")
    para(pdf, "Apologies: Gary Nolan (Welfare Officer), Sandra Pye.")
    heading(pdf, "1. Minutes of the last meeting (15th January 2025)")
    para(pdf, "Agreed as a correct record. Matters arising: the Branch Secretary had written to the Chief "
              "Executive about the car parking charges, and a reply is expected at the end of the month. "
              "The new branch banner has been delivered.")
    heading(pdf, "2. Restructure of Revenues and Benefits")
    para(pdf, "The Branch Secretary reported that the council intends to consult formally on the restructure "
              "from 1st April, with up to 30 posts at risk. Members expressed serious concern that no equality "
              "impact assessment had been shared.")
    para(pdf, "Action: Branch Secretary to write to the Director of HR by Friday requesting the full "
              "restructure proposals and the equality impact assessment.")
    para(pdf, "It was agreed that Tony Ruane would carry out a stress survey of members in Revenues and "
              "Benefits within six weeks, so the branch has evidence before consultation opens.")
    para(pdf, "Stewards were asked to remind members in their workplaces to check their contact details are "
              "up to date before any ballot.")
    heading(pdf, "3. Pay")
    para(pdf, "The regional office reported that the 3.2% pay offer had been rejected in the consultative "
              "ballot on a 41% turnout. The national committee will decide next steps in March. No branch "
              "action at this stage.")
    heading(pdf, "4. Motion: support for the Hartfield hospital cleaners")
    para(pdf, "Motion: \"That this branch donates £250 to the hardship fund of the Hartfield hospital cleaners "
              "currently in dispute.\" Proposed: Femi Adebayo. Seconded: Claire Wu. Carried, 15 for, 2 against, "
              "1 abstention.")
    para(pdf, "The Treasurer to make the payment to the hardship fund.")
    heading(pdf, "5. Health and safety")
    para(pdf, "Tony reported two assaults on reception staff at the Civic Centre in January. Tony will raise "
              "this at the next Joint Health and Safety Committee and ask for a review of the screens.")
    heading(pdf, "6. Equalities")
    para(pdf, "The council has issued a draft menopause policy for comment. Femi was asked to draft a branch "
              "response to the policy for the next meeting.")
    heading(pdf, "7. Membership")
    para(pdf, "Claire reported 37 new members since December, mostly in Social Care. Claire Wu will contact "
              "the new members to invite them to a welcome session at the Trades Hall.")
    para(pdf, "Lorraine will ask the regional organiser to attend the March branch meeting to talk about "
              "organising in Social Care.")
    heading(pdf, "8. Treasurer's report")
    para(pdf, "The branch holds £11,306 in the general fund. The Treasurer agreed to have the 2024 accounts "
              "ready for the branch auditors by the end of March. The AGM will be held on Wednesday 9th "
              "April 2025.")
    heading(pdf, "9. Any other business")
    para(pdf, "A member asked about the new hybrid working policy. The Branch Secretary said it had not yet "
              "been issued and the branch would respond when it is.")
    heading(pdf, "10. Date of next meeting")
    para(pdf, "Wednesday 12th March 2025, 6.30pm, Trades Hall.")
    pdf.alias_nb_pages()
    pdf.output(OUT / "05_apsu-carrbridge-branch-2025-02.pdf")


if __name__ == "__main__":
    refugee()
    union()
