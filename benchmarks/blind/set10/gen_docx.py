"""Generate the three Word minutes of blind set 10 with python-docx (adapted from set 9's script).

03: a youth orchestra's parents' and friends' committee (England): initials defined in the attendance,
    numbered headings, bullet notes, and bold "Action XX:" paragraphs with the owner right after the
    marker (no colon between marker and owner), plus narrative commitments without a marker.
10: a New Zealand distribution centre's health and safety committee: dd/mm/yyyy dates, elected HSRs,
    an incident list, narrative, and an action register table (No. / Issue / Action / Who / By / Status)
    mixing closed, carried and new rows.
12: an international school's parents' council in Germany (Elternbeirat): English with German terms,
    dd.mm.yyyy dates and "until" for "by", an open-points list, topic headings, and a closing
    "Tasks overview" table (What / Who / Until).
Run with /work/main/.venv/bin/python.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).parent / "minutes"


def build(name, blocks, font="Calibri", size=11):
    doc = Document()
    doc.styles["Normal"].font.name = font
    doc.styles["Normal"].font.size = Pt(size)
    for kind, *args in blocks:
        if kind == "title":
            doc.add_heading(args[0], level=0)
        elif kind == "center":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(args[0])
            r.bold = len(args) > 1 and args[1]
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(args[0], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(args[0])
        elif kind == "bp":  # bold lead-in, normal rest
            p = doc.add_paragraph()
            p.add_run(args[0]).bold = True
            p.add_run(args[1])
        elif kind == "action":  # whole paragraph bold
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Pt(18)
            p.add_run(args[0]).bold = True
        elif kind == "bullets":
            for item in args[0]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbered":
            for item in args[0]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            rows = args[0]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
    doc.core_properties.title = name
    doc.save(str(OUT / name))


# ----------------------------------------------------------------------------- 03 youth orchestra committee
b03 = [
    ("title", "Severnside Youth Orchestra"),
    ("p", "Parents' & Friends' Committee - minutes of the meeting held on Sunday 23rd March 2025, 4.15pm, in the "
          "Green Room, Kingsmead School, Elmbury"),
    ("bp", "Present: ", "Fiona Gallagher (FG, Chair), Rob Kettering (RK, Treasurer), Anita Desai-Hurst (ADH, "
                        "Secretary), Colin Matthews (CM, Tour Coordinator), Sue Partridge (SP, Chaperone Lead), "
                        "Hamid Qureshi (HQ, Librarian), Lucy Tranter (LT, Publicity)"),
    ("bp", "In attendance: ", "Jonathan Ferris (JF, Music Director)"),
    ("bp", "Apologies: ", "Gwen Abbott (GA, Concert Manager)"),
    ("h2", "1. Welcome and apologies"),
    ("p", "FG welcomed everyone and thanked the players' parents who stayed on after the full rehearsal. "
          "Apologies from Gwen, who is away with her younger son's choir."),
    ("h2", "2. Minutes of 26th January"),
    ("p", "Agreed as a correct record."),
    ("h2", "3. Carried forward from January"),
    ("bullets", [
        "Gift Aid registration with HMRC - RK. Application made; still waiting for HMRC's letter with our "
        "reference. RK to keep chasing.",
        "Minibus hire quote for the tour's instrument van - CM. Done; included in the tour budget.",
        "12 new music stands - bought and labelled. Done.",
    ]),
    ("h2", "4. Music Director's report"),
    ("p", "JF said the orchestra is in good shape for the spring concert on Saturday 5th April at St Oswald's "
          "Church (Dvořák 8, Finlandia and the Saint-Saëns cello concerto with Maya Lin, our principal cellist, "
          "as soloist). The summer programme will be Elgar's Enigma Variations and a new piece by Tom Ashby, "
          "which the orchestra premieres on tour."),
    ("action", "Action HQ: order the Enigma Variations parts from the county music library by 1st April."),
    ("action", "Action HQ: return the Dvořák and Sibelius parts to the library after the concert."),
    ("action", "Action JF: confirm the brass and percussion tutors for the sectionals on 11th May."),
    ("h2", "5. Spring concert (5th April)"),
    ("p", "FG reported for Gwen. The church hire is paid. Tickets are £10 adults and £5 under-18s, on "
          "TicketSource and on the door. 94 sold so far; the church seats 320."),
    ("action", "Action LT: concert poster to all member schools and on Facebook/Instagram by Wednesday."),
    ("action", "Action SP/ADH: run the interval refreshments and put a volunteer rota together."),
    ("action", "Action all: each sell ten tickets to family and friends."),
    ("p", "Gwen is to be asked to write the programme notes, as she did last year."),
    ("h2", "6. Summer tour to Lindau (26th July - 2nd August)"),
    ("p", "CM reported 58 players and 8 chaperones booked through Allegro Tours, staying at the youth hostel "
          "on the island, with concerts in Lindau, Bregenz and Konstanz. The second deposit of £9,400 is due to "
          "Allegro on 30th April."),
    ("action", "Action RK: pay the second deposit to Allegro Tours by 30th April."),
    ("action", "Action CM: final numbers and the rooming list to Allegro Tours in the next two weeks."),
    ("action", "Action ADH: send the tour information letter and consent forms to parents before the Easter "
               "holidays."),
    ("p", "Parents are reminded that every player's passport must be valid for at least three months after the "
          "return date, and that each player needs a GHIC."),
    ("p", "Bursaries: four families have applied for help with the tour cost (£640 per player). FG and RK "
          "will decide the bursaries in confidence and write to the families by the end of the month."),
    ("h2", "7. Safeguarding and chaperones"),
    ("p", "SP reported that all chaperones must hold an enhanced DBS check and have completed the Music "
          "Service's safeguarding training before the tour - no exceptions. Six of eight are complete; two DBS "
          "applications are still outstanding."),
    ("action", "Action SP: chase the two outstanding DBS applications ASAP."),
    ("action", "Action SP: send the tour safeguarding plan to Mrs Okafor (Music Service DSL) for review."),
    ("h2", "8. Finance and fundraising"),
    ("p", "RK reported a balance of £18,240, of which £15,100 is tour money held for families. The bag-pack at "
          "Sainsbury's on Saturday 12th April is confirmed (last year it raised £1,100); players in uniform, "
          "two-hour slots."),
    ("action", "Action LT: put the bag-pack rota on the parents' WhatsApp group."),
    ("p", "The van hire and instrument insurance for the tour are not yet covered. RK offered to draft an "
          "application to the Elmbury Arts Trust for the instrument transport costs."),
    ("h2", "9. Any other business"),
    ("bullets", [
        "The Rotary Club's £500 donation has arrived; ADH has already sent a thank-you letter.",
        "The orchestra turns 40 in 2026. Ideas for a celebration are welcome - to be discussed at a future "
        "meeting.",
    ]),
    ("h2", "10. Date of next meeting"),
    ("p", "Sunday 11th May 2025, 4.15pm, Green Room (after the sectionals)."),
    ("p", "Meeting closed 5.40pm. ADH"),
]

# ----------------------------------------------------------------------------- 10 NZ distribution centre H&S
b10 = [
    ("center", "KAHURANGI FREIGHT LIMITED", True),
    ("center", "Wiri Distribution Centre - Health & Safety Committee"),
    ("h1", "Minutes"),
    ("p", "Date: 19/03/2025     Time: 1:30pm - 2:45pm     Location: Training Room (and Teams for night shift)"),
    ("bp", "Chair: ", "Grant Whitcombe, Site Manager"),
    ("bp", "Minutes: ", "Leilani Faleolo, H&S Advisor"),
    ("bp", "Health & Safety Representatives (HSRs): ", "Tama Ruakere (Inbound, day shift), Priya Nand (Pick/Pack, "
                                                       "night shift), Wiremu Kingi (Yard & Dispatch)"),
    ("bp", "Also present: ", "Sione Taufa (Maintenance Lead), Jess McAllister (Team Leader, Returns)"),
    ("bp", "Apologies: ", "Mark Dunne (Operations Manager)"),
    ("p", "Wiremu opened the meeting with a karakia."),
    ("h2", "1. Previous minutes"),
    ("p", "Minutes of 19/02/2025 accepted as correct (moved Tama, seconded Priya)."),
    ("h2", "2. Incidents, injuries and near misses since last meeting"),
    ("bullets", [
        "24/02 - Forklift contact with racking upright, bay 14. No injury. RackSafe inspected on 27/02 and the "
        "upright was replaced the same day. Closed (see 24-17).",
        "03/03 - Laceration to forearm from plastic strapping, Returns. First aid only. Second strapping cut "
        "this year.",
        "11/03 - Near miss: pedestrian stepped out between trailers at dock door 4 into the path of a reversing "
        "forklift. Reported by Tama.",
        "14/03 - Contractor (cleaning) on site without signing in. No incident.",
    ]),
    ("p", "Discussion: dock door 4 is the worst crossing on site because the walkway paint has worn and drivers "
          "can't see people coming from the smoko room. The committee agreed that a physical control is needed, "
          "not just another toolbox talk. Sione will get a price for a flashing beacon and a barrier arm, and "
          "will re-paint the walkway and stop line before Easter."),
    ("p", "For the strapping cuts, Jess will order cut-resistant sleeves for the Returns team next week."),
    ("h2", "3. HSR issues"),
    ("p", "Priya (nights): lighting in aisles 22-26 is poor since two high-bay lights failed, and pickers are "
          "using phone torches. Sione said the lights are on order. Priya and Sione will do a lux survey on a "
          "night shift and report to the next meeting."),
    ("p", "Priya also raised that the night-shift break room is cold. Grant said he would raise the heating with "
          "the landlord, as the heat pump belongs to the building."),
    ("p", "Wiremu (yard): contractors are still not signing in at the gatehouse kiosk. Everyone on site must sign "
          "in and do the site induction video - this is site rule, not optional."),
    ("h2", "4. Training"),
    ("p", "14 forklift operators are due their refresher. The first aid course on 09/04/2025 is full (12 "
          "people). The forklift refresher must be booked; Leilani will book it with Northern Forklift Training."),
    ("h2", "5. Wellbeing"),
    ("p", "EAP usage is up slightly. Flu vaccinations will be offered on site on 08/04 and 10/04 (both shifts). "
          "Grant reminded everyone that heat stress is not an issue in March but the chiller is: thermal glove "
          "trial is still running (24-19)."),
    ("h2", "6. Action register"),
    ("table", [
        ("No.", "Issue", "Action", "Who", "By", "Status"),
        ("24-17", "Racking damage bay 14", "Inspect and replace damaged upright", "Sione", "07/03/2025",
         "Closed 27/02"),
        ("24-19", "Chiller PPE", "Trial thermal gloves with chiller team and report back", "Leilani",
         "31/03/2025", "Open - trial running"),
        ("25-03", "Dock door 4 crossing", "Get a price for a flashing beacon and barrier arm at dock door 4",
         "Sione", "02/04/2025", "New"),
        ("25-04", "Dock door 4 crossing", "Re-paint the pedestrian walkway and stop line at dock door 4",
         "Sione", "before Easter", "New"),
        ("25-05", "Strapping cuts (Returns)", "Order cut-resistant sleeves for the Returns team", "Jess",
         "next week", "New"),
        ("25-06", "Aisle lighting 22-26", "Night-shift lux survey of aisles 22-26, report back", "Priya / Sione",
         "next meeting", "New"),
        ("25-07", "Forklift refresher", "Book refresher training for the 14 operators who are due", "Leilani",
         "end of April", "New"),
        ("25-08", "Hazard register", "Add the dock door 4 and strapping entries to the hazard register and "
                                     "circulate", "Leilani", "within 7 days", "New"),
        ("25-09", "Contractor sign-in", "Put signage at the gatehouse and remind all contractor companies about "
                                        "the sign-in kiosk", "Wiremu", "ASAP", "New"),
        ("25-10", "Reporting", "Present the committee's quarterly H&S report to the Board", "Grant",
         "April Board", "New"),
    ]),
    ("h2", "7. General business"),
    ("p", "Tama asked whether HSRs can attend the WorkSafe HSR Stage 2 course. Grant agreed in principle; "
          "dates to be confirmed."),
    ("h2", "8. Next meeting"),
    ("p", "Wednesday 16/04/2025, 1:30pm, Training Room. Closed 2:45pm."),
]

# ----------------------------------------------------------------------------- 12 international school parents' council
b12 = [
    ("title", "Lindenhof International School Leipzig"),
    ("p", "Parents' Council (Elternbeirat) - Minutes"),
    ("p", "Meeting on Wednesday, 12.03.2025, 19:30 - 21:15, school library and via Teams"),
    ("bp", "Board: ", "Katrin Vogel (chair), Sam Okonjo (vice chair), Jörg Lehmann (treasurer / Kassenwart), Ana "
                      "Ribeiro (secretary, minutes)"),
    ("bp", "Class representatives: ", "Mei Chen (Grade 3), Tobias Brandt (Grade 7), Fatima Al-Sayed (Grade 9), "
                                      "Hannah Schulz (Grade 11)"),
    ("bp", "Guest: ", "Dr. Martina Kessel, Head of Primary (Schulleitung), for TOP 3"),
    ("bp", "Excused: ", "Olivier Martin (Grade 5)"),
    ("h2", "TOP 1 - Welcome, minutes of last meeting"),
    ("p", "Katrin welcomed everybody, especially the two parents who joined online from Munich. The minutes of "
          "29.01.2025 were approved without changes."),
    ("h2", "TOP 2 - Open points from last meeting"),
    ("bullets", [
        "Crossing guard (Schülerlotsen) at Lindenallee: Katrin sent the request to the Ordnungsamt on 10.02. - "
        "no answer yet. Katrin keeps following up. (open)",
        "Lost & found box in the foyer: is there now, Hausmeister empties it monthly. (done)",
        "Welcome coffee for new families: took place on 21.02. with 17 families. (done)",
    ]),
    ("h2", "TOP 3 - Report from the school leadership"),
    ("p", "Dr. Kessel informed that the school will change the canteen provider from 01.08.2025; the tender is "
          "running. The gym roof will be repaired during the Easter holidays (14.04. - 25.04.), so there is no "
          "use of the gym in the first week after Easter. Parents asked to be involved in the canteen decision. "
          "Dr. Kessel will send the parents' council the tender criteria for the canteen, so that parents can "
          "comment."),
    ("p", "Class representatives should collect feedback on the current canteen in their classes until 30.04."),
    ("h2", "TOP 4 - Sommerfest 28.06.2025"),
    ("p", "The Förderverein (friends' association) organises the Sommerfest as every year. The parents' council "
          "runs the cake stand and the tombola. Mei and Hannah take over the tombola; they ask local shops for "
          "prizes until end of May. Katrin will send the cake sign-up list to the class reps after Easter."),
    ("h2", "TOP 5 - Traffic at the school gate"),
    ("p", "Many parents stop in the bus bay in the morning. Tobias proposes to write to the city "
          "(Verkehrsbehörde) to ask for a 30 km/h zone on Lindenallee for the whole day, not only 7-17 h. "
          "Tobias writes the letter and sends the draft to the board latest by 21.03., Katrin signs it for the "
          "council."),
    ("h2", "TOP 6 - Finances"),
    ("p", "Jörg reported 2.340,55 € on the account and 180 € in the cash box. The Förderverein transferred 500 € "
          "for the tombola prizes. Two board members should be able to pay by card. Jörg will ask the bank until "
          "next week if we can get a second card."),
    ("h2", "TOP 7 - Communication"),
    ("p", "A newsletter from the parents' council twice a term, in English and German. Ana will prepare the "
          "template till next meeting. Olivier is to be asked if he can help with the French version."),
    ("h2", "TOP 8 - Careers evening Grade 9/10"),
    ("p", "Fatima reported that the Grade 9 internships (Praktikum) start in June and many students have no "
          "place yet. Fatima and Sam will organise a careers evening with parents presenting their jobs; they "
          "will fix a date with the school in the next two weeks."),
    ("h2", "TOP 9 - Miscellaneous"),
    ("bullets", [
        "The next election of the parents' council is at the first meeting after the summer holidays "
        "(September).",
        "Sam reminded that the council's e-mail address must only be used for council business.",
    ]),
    ("p", "Next meeting: Wednesday, 07.05.2025, 19:30, school library."),
    ("h2", "Tasks overview"),
    ("table", [
        ("What", "Who", "Until"),
        ("Follow up with Ordnungsamt about crossing guard", "Katrin", "open"),
        ("Collect canteen feedback in the classes", "all class reps", "30.04.2025"),
        ("Send canteen tender criteria to the parents' council", "Dr. Kessel", "-"),
        ("Tombola: ask local shops for prizes", "Mei, Hannah", "31.05.2025"),
        ("Cake stand: sign-up list to class reps", "Katrin", "after Easter"),
        ("Letter to Verkehrsbehörde (30 km/h zone), draft to board", "Tobias", "21.03.2025"),
        ("Ask bank about a second card", "Jörg", "next week"),
        ("Newsletter template EN/DE", "Ana", "next meeting"),
        ("Careers evening: fix date with school", "Fatima, Sam", "26.03.2025"),
    ]),
    ("p", "Protocol: Ana Ribeiro"),
]

if __name__ == "__main__":
    build("03_severnside-youth-orchestra-committee-2025-03.docx", b03, font="Calibri", size=11)
    build("10_kahurangi-freight-wiri-hs-committee-2025-03.docx", b10, font="Arial", size=10)
    build("12_lindenhof-intl-school-elternbeirat-2025-03.docx", b12, font="Cambria", size=11)
