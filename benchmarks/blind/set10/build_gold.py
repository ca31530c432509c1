#!/usr/bin/env python3
"""Write gold.json for blind set 10 and check it against the documents (adapted from set 9's script).

Checks: every text and due_words is a verbatim span of its document once whitespace collapses
(PDF via pdftotext plain and -layout; .docx via python-docx paragraphs and table cells; Markdown also
with ** removed); due_words lies inside the text, except for table rows and field blocks (row=True), whose
due words must be verbatim in the document (the row's own due cell or `by:` field); due/basis/due_words
all set or all null; owners upper-case; next_meeting dues equal N; vague dues equal M + 14; no due before M;
and it lists pairs of gold texts the grader could confuse (similarity >= 0.6).
Run with /work/main/.venv/bin/python (python-docx needed).
"""
from __future__ import annotations

import datetime as dt
import difflib
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
MIN = HERE / "minutes"
DOCS: dict[str, dict] = {}
ABOUT = ("blind evaluation set 10: 12 minutes (5 text/Markdown, 4 PDF, 3 Word) of an English local history "
         "society, a US chess club board, an English youth orchestra's parents' committee, a Mastodon instance's "
         "moderation team, a Cornish museum's trustees, an Australian Landcare group, an English neighbourhood "
         "forum's steering group, an Ontario municipal heritage committee, a Scottish health board's Area Drug "
         "and Therapeutics Committee, a New Zealand warehouse's health and safety committee, a Pennsylvania "
         "volunteer fire company and a German international school's parents' council, written blind, with "
         "gold annotations")


def A(text, owners, due=None, basis=None, words=None, optional=False, row=False, owner_sets=None):
    a = {"text": text, "owners": owners, "due": due, "basis": basis, "due_words": words,
         "optional": optional, "_row": row}
    if owner_sets is not None:
        a["owners"] = None
        a["owner_sets"] = owner_sets
    return a


def doc(name, date, nxt, actions):
    DOCS[name] = {"meeting": {"date": date, "next_meeting": nxt}, "actions": actions}


# ------------------------------------------------------------------ 01 Hartwell & District Local History Society
ARCH = ["ARCHIVIST", "KEITH AMBLER", "KEITH", "MR AMBLER", "AMBLER", "MR KEITH AMBLER"]
TREAS1 = ["TREASURER", "HON. TREASURER", "PAULINE FAIRBROTHER", "PAULINE", "MRS FAIRBROTHER",
          "MRS PAULINE FAIRBROTHER"]
SEC1 = ["SECRETARY", "HON. SECRETARY", "DENNIS RUDDOCK", "DENNIS", "MR RUDDOCK", "MR DENNIS RUDDOCK"]
PROG = ["PROGRAMME SECRETARY", "RUTH OYELOWO", "RUTH", "DR OYELOWO", "DR RUTH OYELOWO"]
MEMB = ["MEMBERSHIP SECRETARY", "JEAN CADDICK", "JEAN", "MRS CADDICK", "MRS JEAN CADDICK"]
TOM = ["T. HEBDEN", "T HEBDEN", "TOM HEBDEN", "TOM", "MR HEBDEN", "HEBDEN", "MR TOM HEBDEN"]
EDITOR = ["EDITOR", "NEWSLETTER EDITOR", "ALAN WHITLOW", "ALAN", "MR WHITLOW", "MR ALAN WHITLOW"]
ALLCOM = ["ALL COMMITTEE", "COMMITTEE MEMBERS", "ALL", "COMMITTEE", "ALL COMMITTEE MEMBERS"]
doc("01_hartwell-local-history-society-2025-03.txt", "2025-03-06", "2025-04-03", [
    A("Treasurer: 2024-25 accounts to the Independent Examiner by 30th April", [TREAS1], "2025-04-30", "stated",
      "by 30th April"),
    A("Archivist: write to the County Archives Service about conservation of the 1842 tithe map", [ARCH]),
    A("Secretary: reply to Mrs Sandhu (copies of log book pages, not originals)", [SEC1]),
    A("Treasurer: place the loan insurance with Pennine Mutual by 31st March", [TREAS1], "2025-03-31", "stated",
      "by 31st March"),
    A("Programme Secretary: find an October speaker; report at next meeting", [PROG], "2025-04-03",
      "next_meeting", "at next meeting"),
    A("Membership Secretary: coach prices for the Eldwick Mill outing", [MEMB]),
    A("T. Hebden: revised consent forms from the three earlier interviewees", [TOM]),
    A("T. Hebden / Secretary: draft the end-of-grant report, by the June meeting", [TOM, SEC1], "2025-06-30",
      "stated", "by the June meeting"),
    A("All committee: newsletter items to the Editor by Friday 14th March", [ALLCOM], "2025-03-14", "stated",
      "by Friday 14th March"),
    A("Editor: ask Bramley Print for a price for a colour centre spread", [EDITOR]),
    A("Secretary: ask Graham to put the 2025-26 programme on the website", [SEC1]),
    # body only
    A("Keith will list the papers over the next two months", [ARCH], "2025-05-06", "stated",
      "over the next two months"),
    A("Tom offered to help Keith with the listing on Tuesday mornings", [TOM]),
    # optional: carried shelving (list and body), body versions of list items
    A("Archivist: chase Mr Sowerby for the archive shelving quotation", [ARCH], optional=True),
    A("Keith is still waiting for a quotation from Mr Sowerby and will chase him again.", [ARCH], optional=True),
    A("Pauline will prepare the 2024-25 accounts for independent examination by the end of April, so that they "
      "can be presented to the AGM on Thursday 15th May.", [TREAS1], "2025-04-30", "stated", "by the end of April",
      optional=True),
    A("Keith will write to the County Archives Service to ask whether their conservation team could assess it, "
      "and at what cost.", [ARCH], optional=True),
    A("The Secretary will reply to Mrs Sandhu accordingly.", [SEC1], optional=True),
    A("Ruth is still looking for a speaker for October and will report to the next meeting.", [PROG],
      "2025-04-03", "next_meeting", "to the next meeting", optional=True),
    A("Jean will get prices from two coach firms.", [MEMB], optional=True),
    A("Tom will ask them to sign the revised form before their recordings go on the website.", [TOM],
      optional=True),
    A("Tom and the Secretary will draft it between them.", [TOM, SEC1], optional=True),
    A("Alan asked committee members to send him any items by Friday 14th March at the latest.", [ALLCOM],
      "2025-03-14", "stated", "by Friday 14th March", optional=True),
    A("Alan will ask Bramley Print what a colour centre spread would add to the cost, as the Lumb photographs "
      "deserve it.", [EDITOR], optional=True),
    A("Graham is to be asked to update it when he is well enough.", [], optional=True),
])

# ------------------------------------------------------------------ 02 Maple Ford Chess Club board (Ohio)
LOU = ["LOU", "LOU CASTELLANO", "TREASURER", "CASTELLANO"]
TYRELL = ["TYRELL", "TYRELL HUGHES", "CHIEF TD", "TD", "HUGHES"]
MEGAN = ["MEGAN", "MEGAN SHAW", "SECRETARY", "SHAW"]
GABE = ["GABE", "GABE LINDGREN", "LINDGREN", "MEMBER-AT-LARGE"]
PRIYA2 = ["PRIYA", "PRIYA RAMAN", "VP", "RAMAN", "SCHOLASTIC COORDINATOR"]
MARSH = ["COACH MARSH", "ED MARSH", "COACH ED MARSH", "MARSH"]
DAN = ["DAN", "DAN WHITAKER", "PRESIDENT", "WHITAKER"]
doc("02_maple-ford-chess-club-board-2025-03.md", "2025-03-18", "2025-04-15", [
    A("Renew US Chess club affiliation ($40)", [LOU], "2025-03-31", "stated", "by 3/31", row=True),
    A("Post Spring Open on US Chess TLA", [TYRELL], "2025-03-21", "stated", "Fri 3/21", row=True),
    A("Borrow 12 sets + clocks from Xenia Chess Club", [TYRELL], row=True),
    A("Print 100 flyers, drop at libraries + Lincoln MS", [MEGAN], "2025-03-25", "stated", "next week", row=True),
    A("Order trophies + U1000 medals", [GABE], "2025-04-04", "stated", "4/4", row=True),
    A("Event liability insurance quote for the Grange", [LOU], "2025-04-01", "vague", "ASAP", row=True),
    A("Background-check link to Arjun and Deb K.", [PRIYA2], row=True),
    A("Scholastic quad: date + plan", [PRIYA2, MARSH], "2025-04-15", "next_meeting", "April mtg", row=True),
    A("Lichess club team", [GABE], row=True),
    A("Email library re Room B July/Aug", [DAN], row=True),
    # body only
    A("Priya also wants a parent info sheet; she'll draft it in the next couple of weeks.", [PRIYA2], "2025-04-01",
      "stated", "in the next couple of weeks"),
    A("Priya to put him on the volunteer list (he's one of the two above).", [PRIYA2]),
    # optional
    A("Bylaws draft", [DAN, MEGAN], "2025-04-15", "next_meeting", "tabled to April", optional=True, row=True),
    A("Not enough time tonight — tabled to the April meeting.", [], "2025-04-15", "next_meeting",
      "tabled to the April meeting", optional=True),
    A("Arjun offered to run a beginners' lesson before club night once a month starting in April.",
      [["ARJUN", "ARJUN PATEL"]], optional=True),
    A("Lou said he'd renew it this week, it's $40.", [LOU], optional=True),
    A("Tyrell will get the tournament posted on the US Chess TLA by Friday so it shows in *Chess Life* online.",
      [TYRELL], "2025-03-21", "stated", "by Friday", optional=True),
    A("Tyrell said he'll borrow 12 sets and clocks from the Xenia club, he already asked their president "
      "informally.", [TYRELL], optional=True),
    A("Megan will print 100 flyers and drop them at the three libraries and the Lincoln MS office next week.",
      [MEGAN], "2025-03-25", "stated", "next week", optional=True),
    A("Trophies: Gabe will order the trophies and the U1000 medals by April 4 (Allied Awards, same as last year).",
      [GABE], "2025-04-04", "stated", "by April 4", optional=True),
    A("Dan asked Lou to get a quote for event coverage as soon as possible.", [LOU], "2025-04-01", "vague",
      "as soon as possible", optional=True),
    A("Priya and Coach Marsh will pick a date and bring a plan to the April meeting.", [PRIYA2, MARSH],
      "2025-04-15", "next_meeting", "to the April meeting", optional=True),
    A("Priya will send the screening link to the two new volunteers (Arjun and Deb K.).", [PRIYA2], optional=True),
    A("Gabe is going to set up a Lichess team for members so we can run online arenas in the summer when the "
      "library closes early.", [GABE], optional=True),
    A("Dan will email the library about keeping Room B for Tuesday nights in July and August.", [DAN],
      optional=True),
])

# ------------------------------------------------------------------ 03 Severnside Youth Orchestra committee
FG = ["FG", "FIONA GALLAGHER", "FIONA", "CHAIR"]
RK3 = ["RK", "ROB KETTERING", "ROB", "TREASURER"]
ADH = ["ADH", "ANITA DESAI-HURST", "ANITA", "SECRETARY"]
CM3 = ["CM", "COLIN MATTHEWS", "COLIN", "TOUR COORDINATOR"]
SP = ["SP", "SUE PARTRIDGE", "SUE", "CHAPERONE LEAD"]
HQ = ["HQ", "HAMID QURESHI", "HAMID", "LIBRARIAN"]
LT = ["LT", "LUCY TRANTER", "LUCY", "PUBLICITY"]
JF = ["JF", "JONATHAN FERRIS", "JONATHAN", "MUSIC DIRECTOR"]
doc("03_severnside-youth-orchestra-committee-2025-03.docx", "2025-03-23", "2025-05-11", [
    A("Action HQ: order the Enigma Variations parts from the county music library by 1st April.", [HQ],
      "2025-04-01", "stated", "by 1st April"),
    A("Action HQ: return the Dvořák and Sibelius parts to the library after the concert.", [HQ]),
    A("Action JF: confirm the brass and percussion tutors for the sectionals on 11th May.", [JF]),
    A("Action LT: concert poster to all member schools and on Facebook/Instagram by Wednesday.", [LT],
      "2025-03-26", "stated", "by Wednesday"),
    A("Action SP/ADH: run the interval refreshments and put a volunteer rota together.", [SP, ADH]),
    A("Action all: each sell ten tickets to family and friends.", [["ALL", "EVERYONE"]]),
    A("Gwen is to be asked to write the programme notes, as she did last year.", []),
    A("Action RK: pay the second deposit to Allegro Tours by 30th April.", [RK3], "2025-04-30", "stated",
      "by 30th April"),
    A("Action CM: final numbers and the rooming list to Allegro Tours in the next two weeks.", [CM3], "2025-04-06",
      "stated", "in the next two weeks"),
    A("Action ADH: send the tour information letter and consent forms to parents before the Easter holidays.",
      [ADH]),
    A("FG and RK will decide the bursaries in confidence and write to the families by the end of the month.",
      [FG, RK3], "2025-03-31", "stated", "by the end of the month"),
    A("Action SP: chase the two outstanding DBS applications ASAP.", [SP], "2025-04-06", "vague", "ASAP"),
    A("Action SP: send the tour safeguarding plan to Mrs Okafor (Music Service DSL) for review.", [SP]),
    A("Action LT: put the bag-pack rota on the parents' WhatsApp group.", [LT]),
    A("RK offered to draft an application to the Elmbury Arts Trust for the instrument transport costs.", [RK3]),
    # optional: carried Gift Aid
    A("Gift Aid registration with HMRC - RK. Application made; still waiting for HMRC's letter with our reference. "
      "RK to keep chasing.", [RK3], optional=True),
])

# ------------------------------------------------------------------ 04 tidewater.social moderation team
KESTREL = ["@KESTREL", "KESTREL", "FERN O.", "FERN O", "FERN"]
MOTH = ["@MOTH", "MOTH", "IMOGEN WALSH", "IMOGEN"]
JUNIPER = ["@JUNIPER", "JUNIPER"]
OBI = ["@OBI", "OBI", "OBINNA"]
SABLE = ["@SABLE", "SABLE", "SASHA L.", "SASHA L", "SASHA"]
doc("04_tidewater-social-mod-sync-2025-04-06.md", "2025-04-06", "2025-05-04", [
    A("bulk-close the 14 mastocity reports and clear the other 8 old ones", [MOTH, JUNIPER], "2025-04-09",
      "stated", "Wednesday", row=True),
    A("post the announcement on the @admin account with the 7-day notice and the reasons", [KESTREL],
      "2025-04-07", "stated", "tomorrow", row=True),
    A("actually apply the domain block once the notice runs out", [KESTREL], "2025-04-14", "stated", "2025-04-14",
      row=True),
    A("obi: I'll write up the last two appeal templates (suspension + sensitive media) and put them in the wiki "
      "by the weekend", [OBI]),
    A("@kestrel: \"I'll set the media cache to purge after 14 days instead of 30, today.\"", [KESTREL],
      "2025-04-06", "stated", "today"),
    A("write a short \"how we spend your donations\" post for the blog", [SABLE], "2025-04-30", "stated",
      "end of April", row=True),
    A("pair with @ravioli on two harassment reports so they see how we write notes", [JUNIPER], "2025-05-04",
      "next_meeting", "next sync", row=True),
    A("give @ravioli the moderator role in the admin panel (spam + limited only)", [KESTREL], "2025-04-20",
      "vague", "asap", row=True),
    A("find a cheap or free counselling option for volunteer mods (the IFTAS resources?) and share it", [],
      "2025-05-04", "next_meeting", "next sync", row=True),
    # optional: carried items from last month's list, an unowned wish, next time's note-taker
    A("@obi — draft the appeal reply templates → still open, see 4", [OBI], optional=True),
    A("@juniper — ask the other Sunderland-area admins about a shared blocklist → juniper: \"asked, two replied, "
      "waiting on the third\". carry on.", [JUNIPER], optional=True),
    A("@juniper wants a mod meetup in person some time, probably in summer. nobody owns it.", [], optional=True),
    A("notes next time: @obi", [OBI], optional=True),
])

# ------------------------------------------------------------------ 05 Tregarthen Museum trustees
DIR5 = ["DIRECTOR", "THE DIRECTOR", "CLAIRE BOLITHO", "MS BOLITHO", "MS CLAIRE BOLITHO"]
COLL = ["COLLECTIONS MANAGER", "THE COLLECTIONS MANAGER", "OWEN TREMAYNE", "MR TREMAYNE", "MR OWEN TREMAYNE"]
TREAS5 = ["HON. TREASURER", "THE HON. TREASURER", "TREASURER", "ROSEMARY KITTO", "MRS KITTO",
          "MRS ROSEMARY KITTO"]
LEO = ["LEARNING & ENGAGEMENT OFFICER", "LEARNING AND ENGAGEMENT OFFICER", "LOWENNA HICKS", "MS HICKS", "LOWENNA",
       "MS LOWENNA HICKS"]
CHAIR5 = ["CHAIR", "THE CHAIR", "DR HELEN TREWIN", "HELEN TREWIN", "DR TREWIN"]
VICE5 = ["VICE-CHAIR", "THE VICE-CHAIR", "ANTHONY PASCOE", "MR PASCOE", "MR ANTHONY PASCOE"]
TRUSTEES = ["ALL TRUSTEES", "TRUSTEES"]
RAHMAN = ["MS RAHMAN", "AISHA RAHMAN", "RAHMAN", "SAFEGUARDING TRUSTEE", "MS AISHA RAHMAN"]
MENH = ["PROFESSOR MENHENIOT", "PROFESSOR IAN MENHENIOT", "IAN MENHENIOT", "MENHENIOT"]
SANC = ["MR SANCREED", "DAVID SANCREED", "SANCREED", "MR DAVID SANCREED"]
doc("05_tregarthen-museum-trustees-2025-05.pdf", "2025-05-27", "2025-07-29", [
    A("Circulate the volunteer survey results to trustees", [DIR5], "2025-06-10", "stated", "within 2 weeks",
      row=True),
    A("Transfer £20,000 to the CCLA deposit fund", [TREAS5], "2025-06-30", "stated", "30/06/2025", row=True),
    A("Draft the Accreditation return for Board sign-off", [DIR5], "2025-09-30", "stated", "Sept 2025", row=True),
    A("Revised Collections Development Policy for approval", [COLL], "2025-07-29", "next_meeting", "July meeting",
      row=True),
    A("Place the shop refit order with Kernow Joinery; agree a programme that keeps the shop open in the school "
      "holidays", [DIR5], "2025-06-10", "vague", "ASAP", row=True),
    A("Request the facilities report and indemnity details from the Kernow Maritime Museum", [COLL], "2025-07-08",
      "stated", "within 6 weeks", row=True),
    A("Penwith Community Fund bid (school transport) to trustees", [LEO], "2025-06-13", "stated", "13/06/2025",
      row=True),
    A("Meet the two prospective trustees", [CHAIR5, VICE5], "2025-07-29", "next_meeting", "before July meeting",
      row=True),
    A("Complete and return the skills audit form", [TRUSTEES], "2025-06-30", "stated", "30/06/2025", row=True),
    A("Annual review of the safeguarding policy", [RAHMAN, DIR5], "2025-09-30", "stated", "end of Q2", row=True),
    # body only
    A("The Director will bring the surveyor's report and any costed options to the July meeting.", [DIR5],
      "2025-07-29", "next_meeting", "to the July meeting"),
    A("Professor Menheniot offered to give a talk to sixth formers on the pilchard trade during the summer "
      "exhibition.", [MENH]),
    A("Mr Sancreed agreed to look into a venue.", [SANC]),
    # optional: the carried emergency plan, body versions of the table rows
    A("Test the revised emergency plan with the volunteers (carried forward from 25/24)", [COLL], "2025-07-29",
      "next_meeting", "July meeting", optional=True, row=True),
    A("the Director will circulate the survey results to trustees within two weeks.", [DIR5], "2025-06-10",
      "stated", "within two weeks", optional=True),
    A("The Hon. Treasurer will arrange the transfer.", [TREAS5], optional=True),
    A("The Director will draft the return for the Board to sign off in September.", [DIR5], "2025-09-30", "stated",
      "in September", optional=True),
    A("the Collections Manager will bring the revised policy to the July meeting for approval.", [COLL],
      "2025-07-29", "next_meeting", "to the July meeting", optional=True),
    A("The Director will place the order as soon as possible and agree a programme of work that keeps the shop "
      "open during the school holidays.", [DIR5], "2025-06-10", "vague", "as soon as possible", optional=True),
    A("The Collections Manager will request the facilities report and the indemnity details from the borrower.",
      [COLL], optional=True),
    A("Ms Hicks will prepare a bid for free school transport.", [LEO], optional=True),
    A("The Chair and the Vice-Chair will meet them informally before the July meeting.", [CHAIR5, VICE5],
      "2025-07-29", "next_meeting", "before the July meeting", optional=True),
    A("All trustees are asked to complete and return it by 30 June.", [TRUSTEES], "2025-06-30", "stated",
      "by 30 June", optional=True),
    A("Ms Rahman, as Safeguarding Trustee, will review it with the Director by the end of Q2.", [RAHMAN, DIR5],
      "2025-09-30", "stated", "by the end of Q2", optional=True),
])

# ------------------------------------------------------------------ 06 Wattle Gully Creek Landcare (Victoria)
BEV = ["BEV", "BEV AHERN", "SEC", "SECRETARY"]
COL = ["COL", "COL PRITCHARD", "PRES", "PRESIDENT"]
DEB = ["DEB", "DEB PRITCHARD"]
NOEL = ["NOEL", "NOEL FITZGERALD", "TREAS", "TREASURER"]
SANDEEP = ["SANDEEP", "SANDEEP GREWAL"]
MARG = ["MARG", "MARG HOCKING"]
JACK = ["JACK", "JACK TOLHURST"]
KIRRA = ["KIRRA", "KIRRA WATSON", "KIRRA (SHIRE)", "SHIRE", "SHIRE ENVIRONMENT OFFICER"]
doc("06_wattle-gully-landcare-2025-04.txt", "2025-04-08", "2025-05-13", [
    A("Jack & Sandeep - ute + trailer, tubestock pick-up Thurs 1 May", [JACK, SANDEEP], "2025-05-01", "stated",
      "Thurs 1 May"),
    A("Deb - sausage sizzle, ring Lions re BBQ", [DEB]),
    A("Col - stake/guard prices (Bunnings + network bulk buy) - end April", [COL], "2025-04-30", "stated",
      "end April"),
    A("Marg - planting day flyer, school + store - in a fortnight", [MARG], "2025-04-22", "stated", "in a fortnight"),
    A("Sandeep - spray lines (after Anzac Day, weather permitting)", [SANDEEP]),
    A("Sandeep - check Waterwatch reagent dates, order if needed", [SANDEEP]),
    A("Noel & Bev - Shire Environment Grant application, draft to June mtg", [NOEL, BEV], "2025-06-30", "stated",
      "June mtg"),
    A("Noel - subs reminder email", [NOEL]),
    A("Jack - chainsaw service at Kev's", [JACK]),
    A("Kirra (Shire) - creek walk sign wording, calici dates", [KIRRA]),
    # body only
    A("Kirra will ask the Shire works crew to slash the access track the week before, no promises.", [KIRRA]),
    A("She'll mention it to the principal.", [MARG]),
    # optional: body versions of the TO DO lines, the carried signage, the ticked website item
    A("Signage for the creek walk - still waiting on the Shire to approve the wording. Kirra says it's on the "
      "planner's desk. Leave it with Kirra.", [KIRRA], optional=True),
    A("trailer + ute for pick-up -> Jack and Sandeep said they'd do it.", [JACK, SANDEEP], optional=True),
    A("sausage sizzle -> Deb's on it, she'll ring the Lions about the BBQ.", [DEB], optional=True),
    A("Col to get a price from Bunnings and from the Landcare network bulk buy by the end of April.", [COL],
      "2025-04-30", "stated", "by the end of April", optional=True),
    A("Flyer for the school and the general store - Marg, in a fortnight.", [MARG], "2025-04-22", "stated",
      "in a fortnight", optional=True),
    A("Sandeep has his ChemCert, he'll do it after Anzac Day if the weather's right.", [SANDEEP], optional=True),
    A("Sandeep will check the dates on the kit and order new ones if needed.", [SANDEEP], optional=True),
    A("Noel and Bev to write the application, first draft to the June meeting.", [NOEL, BEV], "2025-06-30",
      "stated", "to the June meeting", optional=True),
    A("he'll send a reminder email.", [NOEL], optional=True),
    A("Jack'll take it to Kev's.", [JACK], optional=True),
    A("Kirra will find out when it's planned and let Bev know.", [KIRRA], optional=True),
    A("Said she'd put the planting day on the website and on the Facebook page tonight.", [DEB], "2025-04-08",
      "stated", "tonight", optional=True),
])

# ------------------------------------------------------------------ 07 Cresswold Neighbourhood Forum steering group
JT = ["JT", "JANE THORLEY", "JANE", "CHAIR"]
PK = ["PK", "PETER KAMINSKI", "PETER", "SECRETARY"]
LF = ["LF", "LORRAINE FITCH", "LORRAINE", "TREASURER"]
AB7 = ["AB", "AMRIT BAINS", "AMRIT"]
DO7 = ["DO", "DOMINIC OAKES", "DOMINIC"]
SH = ["SH", "SHIRIN HADDAD", "SHIRIN"]
MD = ["MD", "CLLR MIKE DENHOLM", "MIKE DENHOLM", "CLLR DENHOLM", "MIKE"]
RG = ["RG", "RACHEL GREAVES", "RACHEL"]
TL = ["TL", "TIM LATCHFORD", "TIM", "CONSULTANT", "LATCHFORD PLANNING"]
doc("07_cresswold-neighbourhood-forum-sg-2025-06.pdf", "2025-06-16", "2025-07-14", [
    A("TL will send the revised draft of chapters 4-6 (housing, design, green spaces) to the group by Friday 27 "
      "June.", [TL], "2025-06-27", "stated", "by Friday 27 June"),
    A("JT to check it with the District's conservation officer before the next draft.", [JT]),
    A("SH and AB will complete the remaining two (Mill Meadow and The Butts) by the end of the month.", [SH, AB7],
      "2025-06-30", "stated", "by the end of the month"),
    A("PK will write to the owners of all five sites in July.", [PK], "2025-07-31", "stated", "in July"),
    A("LF will book the village hall for Saturday 13 September and the library for Wednesday 17 September.", [LF]),
    A("DO will prepare a draft consultation leaflet for the next meeting.", [DO7], "2025-07-14", "next_meeting",
      "for the next meeting"),
    A("MD offered to have the leaflet printed at the District Council's print room at cost, which would save "
      "around GBP 300.", [MD]),
    A("The end-of-year monitoring return for the previous grant is overdue, and LF will submit it as soon as "
      "possible.", [LF], "2025-06-30", "vague", "as soon as possible"),
    A("AB will post an update on the Forum website and Facebook page within a week, covering the timetable and "
      "the drop-in dates.", [AB7], "2025-06-23", "stated", "within a week"),
    A("Everyone to share the post on the local Facebook groups and the WhatsApp street groups.",
      [["EVERYONE", "ALL"]]),
    A("RG will send the group the figure as soon as it is public.", [RG]),
    # optional: carried evidence sheets in the actions review
    A("Local Green Space evidence sheets - SH has done three of the five; the other two are carried forward (see "
      "item 5).", [SH], optional=True),
])

# ------------------------------------------------------------------ 08 Kessock Falls Municipal Heritage Committee
CROFT = ["HERITAGE PLANNER CROFT", "AMELIA CROFT", "CROFT", "HERITAGE PLANNER", "STAFF", "MS. CROFT"]
STAFF8 = ["STAFF", "HERITAGE PLANNER", "AMELIA CROFT", "CROFT", "HERITAGE PLANNER CROFT"]
KOWAL = ["KOWALSKI", "WES KOWALSKI", "W. KOWALSKI", "MR. KOWALSKI", "MEMBER KOWALSKI"]
VIEIRA = ["VIEIRA", "LEONARD VIEIRA", "L. VIEIRA", "MR. VIEIRA", "MEMBER VIEIRA"]
HALDANE = ["DR. HALDANE", "CHRISTINE HALDANE", "DR. CHRISTINE HALDANE", "HALDANE", "C. HALDANE"]
FONTAINE = ["MS. FONTAINE", "NADIA FONTAINE", "FONTAINE", "N. FONTAINE"]
OBON = ["COUNCILLOR OBONSAWIN", "GREG OBONSAWIN", "COUNCILLOR GREG OBONSAWIN", "OBONSAWIN", "G. OBONSAWIN"]
CHAIR8 = ["CHAIR", "THE CHAIR", "RUTH ANNE MACPHAIL", "MACPHAIL"]
doc("08_kessock-falls-heritage-committee-2025-02.pdf", "2025-02-04", "2025-03-04", [
    A("Heritage Planner Croft undertook to send Mr. Lalonde the research summary within two weeks.", [CROFT],
      "2025-02-18", "stated", "within two weeks"),
    A("Members Kowalski and Vieira will visit the site with staff and report back at the March 4 meeting.",
      [KOWAL, VIEIRA], "2025-03-04", "next_meeting", "at the March 4 meeting"),
    A("That staff be directed to prepare a draft Statement of Cultural Heritage Value and Interest and a draft "
      "designation by-law for 14 Mill Street for the Committee's review at the March meeting.", [STAFF8],
      "2025-03-04", "next_meeting", "at the March meeting"),
    A("Dr. Haldane volunteered to research the three Victorian churches on the priority list and bring summaries "
      "to the April meeting.", [HALDANE], "2025-04-30", "stated", "to the April meeting"),
    A("Ms. Fontaine will set up the display on February 15.", [FONTAINE], "2025-02-15", "stated",
      "on February 15"),
    A("Councillor Obonsawin will ask the Mayor to read the Heritage Week proclamation at the February 24 Council "
      "meeting.", [OBON]),
    A("The Chair will contact the owners of last year's five sites to confirm their participation by the end of "
      "March.", [CHAIR8], "2025-03-31", "stated", "by the end of March"),
    A("Mr. Kowalski asked staff to bring a list of candidate properties for plaques to a future meeting.",
      [STAFF8]),
])

# ------------------------------------------------------------------ 09 NHS Glenmorven ADTC
AM = ["AM", "DR ALASDAIR MUNRO", "ALASDAIR MUNRO", "CHAIR", "THE CHAIR"]
FB = ["FB", "FIONA BAIRD", "DIRECTOR OF PHARMACY"]
KL = ["KL", "DR KIRSTY LANG", "KIRSTY LANG"]
EM = ["EM", "EUAN MACRAE", "LEAD FORMULARY PHARMACIST"]
PV = ["PV", "DR PRIYA VENKATESH", "PRIYA VENKATESH"]
MC = ["MC", "MORAG CAIRNS", "NURSE CONSULTANT"]
IS9 = ["IS", "IAIN STEWART", "MEDICATION SAFETY OFFICER"]
GH = ["GH", "GORDON HAY"]
RK9 = ["RK", "DR ROSS KERR", "ROSS KERR"]
doc("09_glenmorven-adtc-2025-01.pdf", "2025-01-23", "2025-03-20", [
    A("Update the formulary website and app with the December and January SMC decisions", [EM], "2025-02-28",
      "stated", "28/02/2025", row=True),
    A("Write to the MSN asking for the Duraflozin criteria to be aligned with the local heart failure pathway",
      [AM], row=True),
    A("Circulate the Serious Shortage Protocol guidance to community pharmacies", [FB], "2025-02-06", "vague",
      "ASAP", row=True),
    A("Thematic review of insulin incidents", [IS9], "2025-03-20", "next_meeting", "March ADTC", row=True),
    A("Revised empirical antibiotic guideline for ratification", [PV], "2025-05-31", "stated", "May 2025",
      row=True),
    A("Complete the annual NMP register audit and report results", [MC], "2025-03-31", "stated", "Q4", row=True),
    A("Joint PPI deprescribing message to GP practices and community pharmacies", [KL, GH], "2025-02-28", "stated",
      "28/02/2025", row=True),
    A("Report on the effect of the respiratory chapter changes on inhaler prescribing", [EM], "2025-07-23",
      "stated", "6 months", row=True),
    A("Update the perioperative anticoagulation bridging guidance with haematology", [RK9], row=True),
    # body only
    A("AM will ask the Associate Medical Director to nominate a resident doctor representative.", [AM]),
    # optional: the carried valproate audit, body versions of the log rows
    A("Audit of the valproate Pregnancy Prevention Programme", [IS9], "2025-03-20", "next_meeting", "March ADTC",
      optional=True, row=True),
    A("EM will update the formulary website and the formulary app with the December and January decisions", [EM],
      optional=True),
    A("The Chair will write to the MSN to ask for the criteria to be aligned.", [AM], optional=True),
    A("FB will circulate the guidance to community pharmacies as soon as possible.", [FB], "2025-02-06", "vague",
      "as soon as possible", optional=True),
    A("IS will bring a thematic review of the insulin incidents to the March ADTC.", [IS9], "2025-03-20",
      "next_meeting", "to the March ADTC", optional=True),
    A("PV will present the revised guideline for ratification in May 2025.", [PV], "2025-05-31", "stated",
      "in May 2025", optional=True),
    A("MC undertook to complete it in Q4 and to report the results to the Committee.", [MC], "2025-03-31",
      "stated", "in Q4", optional=True),
    A("KL and GH agreed to draft a joint deprescribing message for GP practices and community pharmacies by the "
      "end of February.", [KL, GH], "2025-02-28", "stated", "by the end of February", optional=True),
    A("EM will report on the effect of the changes on inhaler prescribing in six months.", [EM], "2025-07-23",
      "stated", "in six months", optional=True),
    A("RK will lead the update with haematology.", [RK9], optional=True),
])

# ------------------------------------------------------------------ 10 Kahurangi Freight Wiri H&S committee (NZ)
SIONE = ["SIONE", "SIONE TAUFA", "MAINTENANCE LEAD"]
JESS = ["JESS", "JESS MCALLISTER"]
PRIYA10 = ["PRIYA", "PRIYA NAND"]
LEILANI = ["LEILANI", "LEILANI FALEOLO", "H&S ADVISOR"]
WIREMU = ["WIREMU", "WIREMU KINGI"]
GRANT = ["GRANT", "GRANT WHITCOMBE", "SITE MANAGER", "CHAIR"]
doc("10_kahurangi-freight-wiri-hs-committee-2025-03.docx", "2025-03-19", "2025-04-16", [
    A("Get a price for a flashing beacon and barrier arm at dock door 4", [SIONE], "2025-04-02", "stated",
      "02/04/2025", row=True),
    A("Re-paint the pedestrian walkway and stop line at dock door 4", [SIONE], row=True),
    A("Order cut-resistant sleeves for the Returns team", [JESS], "2025-03-26", "stated", "next week", row=True),
    A("Night-shift lux survey of aisles 22-26, report back", [PRIYA10, SIONE], "2025-04-16", "next_meeting",
      "next meeting", row=True),
    A("Book refresher training for the 14 operators who are due", [LEILANI], "2025-04-30", "stated",
      "end of April", row=True),
    A("Add the dock door 4 and strapping entries to the hazard register and circulate", [LEILANI], "2025-03-26",
      "stated", "within 7 days", row=True),
    A("Put signage at the gatehouse and remind all contractor companies about the sign-in kiosk", [WIREMU],
      "2025-04-02", "vague", "ASAP", row=True),
    A("Present the committee's quarterly H&S report to the Board", [GRANT], "2025-04-30", "stated", "April Board",
      row=True),
    # body only
    A("Grant said he would raise the heating with the landlord, as the heat pump belongs to the building.",
      [GRANT]),
    # optional: the carried glove trial, body versions of the register rows
    A("Trial thermal gloves with chiller team and report back", [LEILANI], "2025-03-31", "stated", "31/03/2025",
      optional=True, row=True),
    A("Sione will get a price for a flashing beacon and a barrier arm, and will re-paint the walkway and stop "
      "line before Easter.", [SIONE], optional=True),
    A("For the strapping cuts, Jess will order cut-resistant sleeves for the Returns team next week.", [JESS],
      "2025-03-26", "stated", "next week", optional=True),
    A("Priya and Sione will do a lux survey on a night shift and report to the next meeting.", [PRIYA10, SIONE],
      "2025-04-16", "next_meeting", "to the next meeting", optional=True),
    A("The forklift refresher must be booked; Leilani will book it with Northern Forklift Training.", [LEILANI],
      optional=True),
])

# ------------------------------------------------------------------ 11 Laurel Run Volunteer Fire Company (PA)
SEC11 = ["SECRETARY", "THE SECRETARY", "SECRETARY LANDIS", "K. LANDIS", "KAREN LANDIS", "LANDIS"]
TREAS11 = ["TREASURER ORTIZ", "TREASURER", "ORTIZ", "M. ORTIZ"]
MOYER = ["LT. MOYER", "LT MOYER", "MOYER", "A. MOYER", "LT. A. MOYER"]
CHIEF = ["CHIEF", "THE CHIEF", "CHIEF KESSLER", "KESSLER", "R. KESSLER", "CHIEF R. KESSLER"]
YODER = ["LT. YODER", "LT YODER", "YODER", "S. YODER", "LT. S. YODER"]
STAUF = ["DEPUTY CHIEF STAUFFER", "STAUFFER", "T. STAUFFER", "DEPUTY CHIEF", "DEPUTY CHIEF T. STAUFFER"]
BRUB = ["VP BRUBAKER", "BRUBAKER", "D. BRUBAKER", "VICE PRESIDENT", "VP", "VICE PRESIDENT D. BRUBAKER"]
GARCIA = ["FF GARCIA", "GARCIA"]
ALVAREZ = ["FF ALVAREZ", "ALVAREZ"]
TRUSTEES11 = ["TRUSTEES", "THE TRUSTEES"]
HESS = ["FF HESS", "HESS"]
RHOADS = ["CAPT. RHOADS", "CAPT RHOADS", "RHOADS", "J. RHOADS", "CAPT. J. RHOADS"]
doc("11_laurel-run-vfc-monthly-2025-04.txt", "2025-04-10", "2025-05-08", [
    A("The Secretary will send a thank-you letter to the Ladies Auxiliary.", [SEC11]),
    A("Treasurer Ortiz will check with the insurance carrier whether the pump repair can be claimed, since it "
      "followed the March 2 incident on Route 322.", [TREAS11]),
    A("Chief Kessler asked Lt. Moyer to get the SCBA flow tests scheduled with the vendor before the end of the "
      "month.", [MOYER], "2025-04-30", "stated", "before the end of the month"),
    A("The Chief will meet with the Borough Manager about the hydrant on Maple Ave that was found out of service "
      "on 3/19.", [CHIEF]),
    A("Lt. Yoder will submit their paperwork to the County so they can be cleared for interior.", [YODER]),
    A("Deputy Chief Stauffer said he will update the duty crew schedule for May and post it on the board by next "
      "Thursday.", [STAUF], "2025-04-17", "stated", "by next Thursday"),
    A("VP Brubaker will pick up the printed letters from Hanover Printing on Wednesday.", [BRUB], "2025-04-16",
      "stated", "on Wednesday"),
    A("Chief Kessler will find out from 911 how many portables we need to reprogram.", [CHIEF]),
    A("President Hershey appointed FF Garcia, FF Alvarez and Lt. Yoder as a committee to look into it and report "
      "back at the May meeting.", [GARCIA, ALVAREZ, YODER], "2025-05-08", "next_meeting", "at the May meeting"),
    A("Secretary Landis will post the new member application on the company website by May 1st.", [SEC11],
      "2025-05-01", "stated", "by May 1st"),
    A("The President asked the Trustees to have the station generator serviced ASAP; it failed to start during "
      "the March 19 power outage.", [TRUSTEES11], "2025-04-24", "vague", "ASAP"),
    A("Chief will coordinate the honor guard with Capt. Rhoads.", None,
      owner_sets=[[c] for c in CHIEF] + [[c, r] for c in CHIEF for r in RHOADS]),
    A("FF Hess will bring the sign-up sheet for kitchen volunteers to drill night.", [HESS]),
    # optional: a deferral
    A("Building & Grounds - Trustee Wenger (by email): parking lot sealcoating quote $4,200. Tabled to May.",
      [], "2025-05-08", "next_meeting", "Tabled to May", optional=True),
])

# ------------------------------------------------------------------ 12 Lindenhof International School parents' council
KATRIN = ["KATRIN", "KATRIN VOGEL", "CHAIR"]
MEI = ["MEI", "MEI CHEN"]
HANNAH = ["HANNAH", "HANNAH SCHULZ"]
TOBIAS = ["TOBIAS", "TOBIAS BRANDT"]
JOERG = ["JÖRG", "JORG", "JOERG", "JÖRG LEHMANN", "JORG LEHMANN", "TREASURER", "KASSENWART"]
ANA = ["ANA", "ANA RIBEIRO", "SECRETARY"]
FATIMA = ["FATIMA", "FATIMA AL-SAYED"]
SAM = ["SAM", "SAM OKONJO", "VICE CHAIR"]
KESSEL = ["DR. KESSEL", "DR. MARTINA KESSEL", "MARTINA KESSEL", "KESSEL", "HEAD OF PRIMARY", "SCHULLEITUNG"]
REPS = ["ALL CLASS REPS", "CLASS REPS", "CLASS REPRESENTATIVES", "ALL CLASS REPRESENTATIVES"]
doc("12_lindenhof-intl-school-elternbeirat-2025-03.docx", "2025-03-12", "2025-05-07", [
    A("Collect canteen feedback in the classes", [REPS], "2025-04-30", "stated", "30.04.2025", row=True),
    A("Send canteen tender criteria to the parents' council", [KESSEL], row=True),
    A("Tombola: ask local shops for prizes", [MEI, HANNAH], "2025-05-31", "stated", "31.05.2025", row=True),
    A("Cake stand: sign-up list to class reps", [KATRIN], row=True),
    A("Letter to Verkehrsbehörde (30 km/h zone), draft to board", [TOBIAS], "2025-03-21", "stated", "21.03.2025",
      row=True),
    A("Ask bank about a second card", [JOERG], "2025-03-19", "stated", "next week", row=True),
    A("Newsletter template EN/DE", [ANA], "2025-05-07", "next_meeting", "next meeting", row=True),
    A("Careers evening: fix date with school", [FATIMA, SAM], "2025-03-26", "stated", "26.03.2025", row=True),
    # body only
    A("Olivier is to be asked if he can help with the French version.", []),
    # optional: carried crossing guard (list and table), body versions of the table rows, Katrin's signature
    A("Follow up with Ordnungsamt about crossing guard", [KATRIN], optional=True, row=True),
    A("Katrin keeps following up. (open)", [KATRIN], optional=True),
    A("Dr. Kessel will send the parents' council the tender criteria for the canteen, so that parents can "
      "comment.", [KESSEL], optional=True),
    A("Class representatives should collect feedback on the current canteen in their classes until 30.04.",
      [REPS], "2025-04-30", "stated", "30.04.", optional=True),
    A("Mei and Hannah take over the tombola; they ask local shops for prizes until end of May.", [MEI, HANNAH],
      "2025-05-31", "stated", "end of May", optional=True),
    A("Katrin will send the cake sign-up list to the class reps after Easter.", [KATRIN], optional=True),
    A("Tobias writes the letter and sends the draft to the board latest by 21.03., Katrin signs it for the "
      "council.", [TOBIAS], "2025-03-21", "stated", "by 21.03.", optional=True),
    A("Jörg will ask the bank until next week if we can get a second card.", [JOERG], "2025-03-19", "stated",
      "next week", optional=True),
    A("Ana will prepare the template till next meeting.", [ANA], "2025-05-07", "next_meeting", "till next meeting",
      optional=True),
    A("Fatima and Sam will organise a careers evening with parents presenting their jobs; they will fix a date "
      "with the school in the next two weeks.", [FATIMA, SAM], "2025-03-26", "stated", "in the next two weeks",
      optional=True),
])


# ---------------------------------------------------------------------------------------------- checks
def ws(s: str) -> str:
    return " ".join(s.split())


def doc_texts(path: Path) -> list[str]:
    if path.suffix == ".pdf":
        return [subprocess.run(["pdftotext", *opt, str(path), "-"], capture_output=True, text=True,
                               check=True).stdout for opt in ([], ["-layout"])]
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        parts += [c.text for t in d.tables for r in t.rows for c in r.cells]
        return ["\n".join(parts)]
    raw = path.read_text(encoding="utf-8")
    return [raw, raw.replace("**", "")] if path.suffix == ".md" else [raw]


def norm_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"^\s*(actions?\s*(arising)?\s*:)\s*", "", text)
    return " ".join(re.findall(r"[a-z0-9]+", text))


def similarity(a: str, b: str) -> float:
    a, b = norm_text(a), norm_text(b)
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return min(len(a), len(b)) / max(len(a), len(b)) * 0.5 + 0.5
    return difflib.SequenceMatcher(None, a, b).ratio()


def main() -> int:
    errors: list[str] = []
    totals = {"req": 0, "opt": 0, "stated": 0, "next_meeting": 0, "vague": 0, "no_owner": 0}
    out = {}
    files = sorted(p.name for p in MIN.iterdir())
    if sorted(DOCS) != files:
        errors.append(f"documents and gold differ: {set(files) ^ set(DOCS)}")
    for name, g in DOCS.items():
        flat = [ws(t) for t in doc_texts(MIN / name)]
        m = dt.date.fromisoformat(g["meeting"]["date"])
        n = g["meeting"]["next_meeting"]
        req = opt = 0
        clean = []
        for a in g["actions"]:
            t = ws(a["text"])
            if not any(t in f for f in flat):
                errors.append(f"{name}: text not verbatim: {t[:80]}")
            trio = (a["due"], a["basis"], a["due_words"])
            if any(x is None for x in trio) and any(x is not None for x in trio):
                errors.append(f"{name}: due/basis/due_words mixed: {t[:60]}")
            if a["due_words"]:
                if not a["_row"] and ws(a["due_words"]) not in t:
                    errors.append(f"{name}: due_words not in text: {t[:60]}")
                if not any(ws(a["due_words"]) in f for f in flat):
                    errors.append(f"{name}: due_words not verbatim: {a['due_words']}")
            if a["due"]:
                d = dt.date.fromisoformat(a["due"])
                if d < m:
                    errors.append(f"{name}: due before M: {t[:60]}")
                if a["basis"] == "next_meeting" and a["due"] != n:
                    errors.append(f"{name}: next_meeting due != N: {t[:60]}")
                if a["basis"] == "vague" and d != m + dt.timedelta(days=14):
                    errors.append(f"{name}: vague due != M+14: {t[:60]}")
                if not a["optional"]:
                    totals[a["basis"]] += 1
            for alt in (a.get("owners") or []) + (a.get("owner_sets") or []):
                for o in alt:
                    if o != o.upper():
                        errors.append(f"{name}: owner not upper-case: {o}")
            if a["optional"]:
                opt += 1
            else:
                req += 1
                if a.get("owners") == []:
                    totals["no_owner"] += 1
            c = {k: v for k, v in a.items() if not k.startswith("_") and not (k == "owners" and v is None)}
            clean.append(c)
        totals["req"] += req
        totals["opt"] += opt
        acts = g["actions"]
        for i in range(len(acts)):
            for j in range(i + 1, len(acts)):
                s = similarity(acts[i]["text"], acts[j]["text"])
                if s >= 0.6:
                    print(f"  similar ({s:.2f}) in {name[:12]}: [{'opt' if acts[i]['optional'] else 'req'}] "
                          f"{acts[i]['text'][:45]!r} ~ [{'opt' if acts[j]['optional'] else 'req'}] "
                          f"{acts[j]['text'][:45]!r}")
        print(f"{name}: M={g['meeting']['date']} N={n} req={req} opt={opt}")
        out[name] = {"source": "written blind", "meeting": g["meeting"], "actions": clean}
    gold = {"about": ABOUT,
            "documents": out}
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("totals:", totals)
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
