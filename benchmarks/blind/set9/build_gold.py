#!/usr/bin/env python3
"""Write gold.json for blind set 9 and check it against the documents.

Checks: every text and due_words is a verbatim span of its document once whitespace collapses
(PDF via pdftotext plain and -layout; .docx via python-docx paragraphs and table cells; Markdown also
with ** removed); due_words lies inside the text, except for table rows (row=True), whose due words must
be verbatim in the document (the row's own due cell); due/basis/due_words all set or all null; owners
upper-case; next_meeting dues equal N; vague dues equal M + 14; no due before M; and it lists pairs of
gold texts the grader could confuse (similarity >= 0.6).
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
ABOUT = ("blind evaluation set 9: 12 minutes (5 text/Markdown, 4 PDF, 3 Word) of a US city council work "
         "session, an incident postmortem, an Irish Tidy Towns committee, an IRC MeetBot summary, a charity "
         "shop's volunteers, an Australian academic board, a theatre production meeting, a Canadian grain "
         "co-op board, a journal editorial board, an Indian resident welfare association, a gurdwara "
         "committee and a South African bowling club, written blind, with gold annotations")


def A(text, owners, due=None, basis=None, words=None, optional=False, row=False, owner_sets=None):
    a = {"text": text, "owners": owners, "due": due, "basis": basis, "due_words": words,
         "optional": optional, "_row": row}
    if owner_sets is not None:
        a["owners"] = None
        a["owner_sets"] = owner_sets
    return a


def doc(name, date, nxt, actions):
    DOCS[name] = {"meeting": {"date": date, "next_meeting": nxt}, "actions": actions}


# ------------------------------------------------------------------ 01 Cedar Hollow council work session (US)
CD = ["COMMUNITY DEVELOPMENT", "HEATHER LINDQVIST", "LINDQVIST", "DIRECTOR LINDQVIST",
      "COMMUNITY DEVELOPMENT DIRECTOR", "STAFF"]
PW = ["PUBLIC WORKS", "SAM BEAUDRY", "BEAUDRY", "DIRECTOR BEAUDRY", "PUBLIC WORKS DIRECTOR"]
FIN = ["FINANCE", "CAROL WHANG", "WHANG", "DIRECTOR WHANG", "FINANCE DIRECTOR"]
CM = ["CITY MANAGER", "MARCUS OYELARAN", "OYELARAN", "CITY MANAGER OYELARAN"]
COUNCILORS = ["ALL COUNCILORS", "COUNCILORS", "EACH COUNCILOR", "COUNCIL"]
MAYOR = ["MAYOR", "THE MAYOR", "MAYOR WHITCOMB", "DANA WHITCOMB", "WHITCOMB"]
HOLLISTER = ["COUNCILOR HOLLISTER", "HOLLISTER", "GENE HOLLISTER"]
doc("01_cedar-hollow-council-work-session-2025-04.txt", "2025-04-08", "2025-05-13", [
    A("Community Development - Draft the cottage cluster ordinance (Option B standards) for Planning Commission "
      "review.", [CD]),
    A("Community Development - Send Council the model code / local standards comparison - Fri. 4/11.", [CD],
      "2025-04-11", "stated", "Fri. 4/11"),
    A("Public Works - Prioritized FY26 street list, with and without the sidewalk transfer - May 13 work session.",
      [PW], "2025-05-13", "next_meeting", "May 13 work session"),
    A("Public Works - Traffic count at the NW 14th St. school crosswalk - within 30 days.", [PW], "2025-05-08",
      "stated", "within 30 days"),
    A("Finance - One-page franchise fee options summary for Council - before the first Budget Committee meeting "
      "(5/6).", [FIN], "2025-05-06", "stated", "5/6"),
    A("City Manager - Circulate the revised 2025-2027 goals document - 4/18.", [CM], "2025-04-18", "stated", "4/18"),
    A("All Councilors - Top three first-year priorities to the Mayor - 4/22.", [COUNCILORS], "2025-04-22", "stated",
      "4/22"),
    A("The Mayor said she would call the school district superintendent about the drop-off line, which is causing "
      "the backups.", [MAYOR]),
    A("Councilor Hollister will attend the League of Oregon Cities regional meeting in Salem on April 24 and will "
      "report back to Council.", [HOLLISTER]),
    # optional: body versions of the summary list, and a carried follow-up item
    A("Consensus: Council directed staff to prepare a draft ordinance allowing cottage clusters in the R-2 zone, "
      "using the design standards in Option B of the memo, for Planning Commission review.", [CD], optional=True),
    A("Director Lindqvist said she would send Councilors the side-by-side comparison of the state model code and "
      "the draft local standards by Friday.", [CD], "2025-04-11", "stated", "by Friday", optional=True),
    A("Beaudry will return with a prioritized FY 2025-26 street list, with and without the sidewalk transfer, for "
      "the May 13 work session.", [PW], "2025-05-13", "next_meeting", "for the May 13 work session", optional=True),
    A("Beaudry agreed to have a traffic count done at the crosswalk in the next 30 days.", [PW], "2025-05-08",
      "stated", "in the next 30 days", optional=True),
    A("Whang will provide it before the Budget Committee's first meeting.", [FIN], optional=True),
    A("He will circulate the revised 2025-2027 goals document, with the three goals Council ranked highest, to "
      "Council by 4/18.", [CM], "2025-04-18", "stated", "by 4/18", optional=True),
    A("Mayor Whitcomb asked each Councilor to email her their top three priorities for the first year by April 22, "
      "so that the goals can be placed on the May 20 regular meeting agenda for adoption.", [COUNCILORS],
      "2025-04-22", "stated", "by April 22", optional=True),
    A("b. Downtown parking study - the consultant scope is still being negotiated. Director Lindqvist expects to "
      "have it under contract in May.", [CD], "2025-05-31", "stated", "in May", optional=True),
])

# ------------------------------------------------------------------ 02 Tallyhaul incident postmortem review
KM = ["@KMURPHY", "KMURPHY", "KATE MURPHY", "KATE"]
LW = ["@LWEN", "LWEN", "LIN WEN", "LIN"]
TP = ["@TPETROV", "TPETROV", "TOMAS PETROV", "TOMAS"]
MB = ["@MBRANDT", "MBRANDT", "MIA BRANDT", "MIA"]
AO = ["@AOKAFOR", "AOKAFOR", "ADA OKAFOR", "ADA"]
JS = ["@JSALAS", "JSALAS", "JULIA SALAS", "JULIA"]
RD = ["@RDOSHI", "RDOSHI", "RAVI DOSHI", "RAVI"]
doc("02_tallyhaul-inc2291-postmortem-2025-02.md", "2025-02-24", "2025-03-10", [
    A("Add a route-level 5xx alert for `/v2/checkout` (>2% for 3 min)", [KM], "2025-03-03", "stated", "2025-03-03",
      row=True),
    A("Add a deploy lint rule that rejects pool settings below the production baseline", [LW], "2025-03-10",
      "next_meeting", "before the follow-up review", row=True),
    A("Rewrite the checkout DB failover runbook: check pool saturation before failing over", [TP], "2025-02-28",
      "stated", "Fri 28 Feb", row=True),
    A("Split the status page \"API\" component into Checkout / Tracking / Webhooks", [MB], "2025-03-17", "stated",
      "within 3 weeks", row=True),
    A("Load-test checkout with production pool settings and EU-peak traffic", [AO], "2025-03-31", "stated",
      "end of March", row=True),
    A("Support macro for payment-retry questions", [JS], "2025-03-10", "vague", "ASAP", row=True),
    A("Find out who owns the canary config and why it runs for 10 minutes", [], row=True),
    A("Review the payments on-call escalation (second pager for checkout)", [LW, RD], "2025-03-14", "stated",
      "by 2025-03-14", row=True),
    A("Mia will send the customer-facing RCA to the three enterprise accounts by Wednesday, after Harriet has "
      "signed it off.", [MB], "2025-02-26", "stated", "by Wednesday"),
    # optional: the review notes restate table rows; a talk at another meeting
    A("Kate: the route-level alert is the cheapest fix and she'll have it in by next Monday.", [KM], "2025-03-03",
      "stated", "by next Monday", optional=True),
    A("Lin: \"I'll own the lint rule, it belongs to the payments pipeline.\"", [LW], optional=True),
    A("Tomas will rewrite the failover section of the runbook so it starts with \"check the pool first\".", [TP],
      optional=True),
    A("She wants a proper macro for payment-retry questions.", [JS], optional=True),
    A("Ravi will present the incident at the engineering all-hands on March 6.", [RD], optional=True),
])

# ------------------------------------------------------------------ 03 Kilnagreeve Tidy Towns (Ireland)
MAIRE = ["MÁIRE", "MAIRE", "MÁIRE FLYNN", "MAIRE FLYNN", "CHAIR"]
DECLAN = ["DECLAN", "DECLAN REILLY", "TREAS.", "TREASURER"]
SIOBHAN = ["SIOBHÁN", "SIOBHAN", "SIOBHÁN GALLAGHER", "SIOBHAN GALLAGHER", "SEC.", "SECRETARY"]
FRTOM = ["FR. TOM", "FR TOM", "FR. TOM KEANEY", "TOM KEANEY", "TOM", "FATHER TOM"]
EAMON = ["EAMON", "EAMON MCGOVERN"]
COLM = ["COLM", "COLM REYNOLDS"]
AOIFE = ["AOIFE", "AOIFE DUIGNAN"]
NUALA = ["NUALA", "NUALA BRENNAN"]
BRID = ["BRÍD", "BRID", "BRÍD CARTY", "BRID CARTY"]
doc("03_kilnagreeve-tidy-towns-2025-05.txt", "2025-05-06", "2025-06-03", [
    A("Máire to ring the Area Engineer again and if there is no answer she will put it in writing.", [MAIRE]),
    A("Declan will send the CEP receipts and the claim form to the LCDC office by Friday 16th May.", [DECLAN],
      "2025-05-16", "stated", "by Friday 16th May"),
    A("Siobhán will fill in the form and get the map redrawn (the old map still shows the creamery) and send it "
      "all in by the 23rd so we are not caught at the last minute.", [SIOBHAN], "2025-05-23", "stated",
      "by the 23rd"),
    A("He said he would write to them and ask if the committee could paint the front and put up a vinyl window "
      "scene, at our cost.", [FRTOM]),
    A("He will draw up a planting plan and bring it to the next meeting so we can send it in with the licence "
      "application.", [EAMON], "2025-06-03", "next_meeting", "to the next meeting"),
    A("He has done the plans for Ballinamore and has offered to do a walk-over of the village with Aoife in the "
      "coming weeks and draft a new plan.", [COLM, AOIFE], "2025-05-20", "vague", "in the coming weeks"),
    A("Nuala will collect the litter-picking kit from the Council depot in Carrick on Thursday 15th.", [NUALA],
      "2025-05-15", "stated", "Thursday 15th"),
    A("Everyone to ask a neighbour to come along - we want at least 30 this year.", [["EVERYONE", "ALL"]]),
    A("Siobhán to write to the Environment section.", [SIOBHAN]),
    A("Aoife will talk to Ms Creamer at the school about it.", [AOIFE]),
    A("Bríd and Nuala will look for spot prizes.", [BRID, NUALA]),
    A("Bríd will draw up the rules and look for a sponsor by the end of the month.", [BRID], "2025-05-31", "stated",
      "by the end of the month"),
    # optional
    A("Wildflower signage - still waiting on the printer in Carrick. Carried.", [], optional=True),
    A("Roundabout - Eamon offered to plant it up with perennials and some grasses if the Council agrees.", [EAMON],
      optional=True),
    A("Agreed to ask the Council for two more dog bins and signs.", [], optional=True),
    A("Declan said to bring it to Mulvey's and send him the bill.", [EAMON], optional=True),
    A("Fr. Tom asked that the committee be thanked in the parish newsletter for the work at the graveyard.", [],
      optional=True),
])

# ------------------------------------------------------------------ 04 Pyrola infra MeetBot summary
doc("04_pyrola-infra-meetbot-2025-05-21.txt", "2025-05-21", "2025-05-28", [
    A("quillon to email the three rsync-only mirror admins about the change by Friday", [["QUILLON"]], "2025-05-23",
      "stated", "by Friday"),
    A("tarn to rerun the db01 restore test with parallel restore and report back by next meeting", [["TARN"]],
      "2025-05-28", "next_meeting", "by next meeting"),
    A("d-hale to move the backup bucket lifecycle rules into ansible", [["D-HALE"]]),
    A("nyx and bramble to draft the s390x retirement proposal for the council in 2 weeks", [["NYX"], ["BRAMBLE"]],
      "2025-06-04", "stated", "in 2 weeks"),
    A("everyone review ansible PR 1042 by Monday", [["EVERYONE", "ALL"]], "2025-05-26", "stated", "by Monday"),
    A("d-hale to add 85% disk usage alerts on all hosts tomorrow", [["D-HALE"]], "2025-05-22", "stated", "tomorrow"),
    A("marisol to write the blog post about the pagure outage", [["MARISOL"]]),
    A("ozzie_k to hand over the certbot cron work to quillon before he leaves", [["OZZIE_K"]]),
    # optional: a re-actioned carried item, a help request, an agreed audit with no owner, a sub-step
    A("tarn to keep chasing the vendor about the db02 kernel", [["TARN"]], optional=True),
    A("HELP: ansible PR 1042 (aarch64 builder roles) needs reviewers", [], optional=True),
    A("AGREED: audit the logrotate config on all hosts as part of the next ansible run", [], optional=True),
    A("marisol: will link the retro doc from the post", [["MARISOL"]], optional=True),
])

# ------------------------------------------------------------------ 05 St Brannock's Hospice shop volunteers
LORRAINE = ["LORRAINE", "SHOP MANAGER", "MANAGER"]
GEOFF = ["GEOFF", "GEOFF TALBOT", "AREA MANAGER"]
doc("05_st-brannocks-hospice-shop-volunteers-2025-03.md", "2025-03-13", "2025-04-10", [
    A("Racking and second shelves in the back room — Kwame & Stan, Saturday", [["KWAME"], ["STAN"]], "2025-03-15",
      "stated", "Saturday"),
    A("Easter window — Pat & Ellie, by 28th", [["PAT"], ["ELLIE"]], "2025-03-28", "stated", "by 28th"),
    A("Premium rail signs + pick the stock — Brenda, by next Thursday", [["BRENDA"]], "2025-03-20", "stated",
      "by next Thursday"),
    A("Fix the wobbly glass shelf — Stan", [["STAN"]]),
    A("Order more hangers (wooden for the premium rail) — Lorraine, end of the month", [LORRAINE], "2025-03-31",
      "stated", "end of the month"),
    A("Ask neighbour about Wednesdays — Margaret H", [["MARGARET H"]]),
    A("Put a \"volunteers wanted\" card in the window — anyone who's passing the printer", None,
      owner_sets=[[], ["ANYONE"]]),
    A("Geoff will send me the new version of the form.", [GEOFF]),
    A("Geoff also said he'd look into whether we can get the second rail from the Bideford shop when it closes, "
      "he'll let me know.", [GEOFF]),
    # optional: the carried Gift Aid sheet (twice), body versions of list lines, standing offers
    A("Gift Aid sign-up sheet by the till + remind everyone to ask \"are you a UK taxpayer?\" — Lorraine, this week",
      [LORRAINE], optional=True),
    A("Gift Aid sign-up sheet by the till — still not done, that's on me, sorry. I'll do it this week.", [LORRAINE],
      optional=True),
    A("Kwame and Stan will sort out the racking on Saturday morning before we open, and put up the second set of "
      "shelves that's been sitting in the corridor since Christmas.", [["KWAME"], ["STAN"]], "2025-03-15", "stated",
      "Saturday", optional=True),
    A("Pat will have it up by the 28th so it's in for the school holidays.", [["PAT"]], "2025-03-28", "stated",
      "by the 28th", optional=True),
    A("Brenda will make the signs for the rail and go through the stock for it by next Thursday.", [["BRENDA"]],
      "2025-03-20", "stated", "by next Thursday", optional=True),
    A("Stan said he'd fix it.", [["STAN"]], optional=True),
    A("Margaret H will ask her neighbour who used to work in the Oxfam shop.", [["MARGARET H"]], optional=True),
    A("Joyce said she can do alternate Wednesday afternoons from April.", [["JOYCE"]], optional=True),
    A("I'll sign her logbook every month.", [LORRAINE], optional=True),
])

# ------------------------------------------------------------------ 06 Kurrawong University Academic Board
CHAIR = ["CHAIR", "HELEN TJANDRA", "PROFESSOR HELEN TJANDRA", "PROFESSOR TJANDRA", "TJANDRA",
         "CHAIR OF ACADEMIC BOARD"]
DVCA = ["DVCA", "MARK ALDOUS", "PROFESSOR MARK ALDOUS", "ALDOUS", "DEPUTY VICE-CHANCELLOR (ACADEMIC)"]
ASQC = ["CHAIR, ASQC", "CHAIR ASQC", "ASQC", "PAUL MARSH", "ASSOCIATE PROFESSOR PAUL MARSH", "MARSH",
        "ACADEMIC STANDARDS AND QUALITY COMMITTEE"]
DEANH = ["DEAN, FACULTY OF HEALTH", "DEAN FACULTY OF HEALTH", "DAVID OKONKWO", "PROFESSOR DAVID OKONKWO",
         "OKONKWO", "FACULTY OF HEALTH"]
SECAB = ["SECRETARY", "RACHEL O'DWYER", "MS RACHEL O'DWYER", "SECRETARY TO ACADEMIC BOARD"]
LIB = ["DIRECTOR, LIBRARY SERVICES", "DIRECTOR LIBRARY SERVICES", "WENDY TAIT", "DR WENDY TAIT", "DR TAIT", "TAIT"]
PVCS = ["PVCS", "LEANNE MORROW", "PROFESSOR LEANNE MORROW", "MORROW", "PRO VICE-CHANCELLOR (STUDENTS)"]
DEANS = ["DEANS", "THE DEANS", "FACULTIES"]
KIRBY = ["PROFESSOR KIRBY", "KIRBY", "JAMES KIRBY", "PROFESSOR JAMES KIRBY"]
GALLO = ["MR GALLO", "GALLO", "TOM GALLO", "MANAGER, ACADEMIC INTEGRITY"]
doc("06_kurrawong-uni-academic-board-2025-04.pdf", "2025-04-16", "2025-06-04", [
    A("Write to Faculty Boards seeking nominations for the self-review working group", [CHAIR], "2025-05-09",
      "stated", "09/05/2025", row=True),
    A("Breakdown of the commencing enrolment decline by faculty and cohort", [DVCA], "2025-06-04", "next_meeting",
      "Meeting 3/2025", row=True),
    A("Develop implementation guidance on the Generative AI in Assessment Principles for course coordinators",
      [ASQC], "2025-06-13", "stated", "13/06/2025", row=True),
    A("Provide the corrected MPH learning outcomes mapping to the Secretary", [DEANH], "2025-04-30", "stated",
      "30/04/2025", row=True),
    A("Report the new course and the discontinuation to Council", [SECAB], "2025-05-19", "stated", "19/05/2025",
      row=True),
    A("Costed options for extending the e-textbook pilot to all first-year units", [LIB], "2025-08-31", "stated",
      "August meeting", row=True),
    A("Meet the Students' Association about Nursing / Education timetabling clashes", [PVCS], "2025-05-16",
      "stated", "within one month", row=True),
    A("Nominate a Curriculum Champion for each faculty", [DEANS], row=True),
    A("Professor Kirby offered to share the Faculty of Science and Engineering's assessment-design checklist with "
      "the other Deans.", [KIRBY]),
    A("Mr Gallo agreed to run two briefing sessions on the Principles for Heads of School in May.", [GALLO],
      "2025-05-31", "stated", "in May"),
    # optional: carried log item (twice), body versions of the action sheet
    A("Report on the teaching load carried by sessional staff (carried forward)", [DVCA], "2025-06-04",
      "next_meeting", "Meeting 3/2025", optional=True, row=True),
    A("Report on the teaching load carried by sessional staff", [DVCA], optional=True),
    A("The Chair will write to each Faculty Board seeking nominations for the self-review working group, with "
      "nominations to close on 9 May.", [CHAIR], optional=True),
    A("The DVCA undertook to provide a breakdown of the decline by faculty and cohort to the next meeting.", [DVCA],
      "2025-06-04", "next_meeting", "to the next meeting", optional=True),
    A("(c) requests that the Academic Standards and Quality Committee develop implementation guidance for course "
      "coordinators.", [ASQC], optional=True),
    A("The Dean, Faculty of Health will provide the corrected mapping to the Secretary by the end of April.",
      [DEANH], "2025-04-30", "stated", "by the end of April", optional=True),
    A("Dr Tait will bring costed options for extending the pilot to all first-year units to the August meeting.",
      [LIB], "2025-08-31", "stated", "to the August meeting", optional=True),
    A("The PVCS agreed to meet the Students' Association about the clashes within one month.", [PVCS], "2025-05-16",
      "stated", "within one month", optional=True),
    A("Faculties are asked to nominate a Curriculum Champion by the end of Semester 1.", [DEANS], optional=True),
])

# ------------------------------------------------------------------ 07 Wharfside Playhouse production meeting
PM = ["PM", "PRODUCTION MANAGER", "GARETH PRYCE", "GARETH"]
CONST = ["HEAD OF CONSTRUCTION", "CONST", "DAVE LISTER", "DAVE"]
DSM = ["DSM", "DEPUTY STAGE MANAGER", "BEN HARTLEY", "BEN"]
CSM = ["CSM", "COMPANY STAGE MANAGER", "LUCY TRAN", "LUCY"]
HANA = ["HANA", "MKT", "HANA KIM", "MARKETING MANAGER", "MARKETING"]
doc("07_wharfside-salt-road-production-3-2025-03.pdf", "2025-03-07", "2025-03-21", [
    A("PM to circulate the revised budget tracker by Wednesday.", [PM], "2025-03-12", "stated", "by Wednesday"),
    A("Dave to build a mock-up of the jetty section for the rehearsal room by 14/03.", [CONST], "2025-03-14",
      "stated", "by 14/03"),
    A("Designer to send the final paint elevations for the backcloth to the scenic artist.",
      [["DESIGNER", "DES", "OLU BANKOLE", "OLU"]]),
    A("Flying the boat: PM and Head of Construction to get the structural engineer's sign-off on the flying bar "
      "before the get-in.", [PM, CONST]),
    A("Priya would like to watch a run with the states in mind - DSM to find a slot in next week's rehearsal "
      "schedule.", [DSM]),
    A("Tom to deliver the draft sound score to Nadia by 18th March.", [["TOM", "SND", "TOM AHERN", "SOUND DESIGNER"]],
      "2025-03-18", "stated", "by 18th March"),
    A("Radio mics: eight needed, we own six. PM to hire two more for the run.", [PM]),
    A("Everyone has been fitted except Dee Okoro and Marcus Lyle (u/s). CSM to schedule the last two fittings this "
      "week.", [CSM]),
    A("Rosa to source a working period ship's lantern (battery) and a 1920s cash register.",
      [["ROSA", "PROPS", "ROSA MARQUEZ", "PROPS SUPERVISOR"]]),
    A("CSM to draft the tech schedule and circulate it for the next production meeting.", [CSM], "2025-03-21",
      "next_meeting", "for the next production meeting"),
    A("Hana to set up a previews offer with Box Office by the 21st.", [HANA], "2025-03-21", "stated", "by the 21st"),
    A("Photocall at the dress rehearsal (Thu 3 April). Hana to book the photographer.", [HANA]),
    A("DSM to send the rehearsal script to the captioner and the audio describer by 28 March.", [DSM], "2025-03-28",
      "stated", "by 28 March"),
    A("Rehearsal room 2 has been cold in the mornings. PM to chase Facilities about the heating.", [PM]),
])

# ------------------------------------------------------------------ 08 Prairie Lily grain co-op board (Canada)
GM = ["GM", "GENERAL MANAGER", "KAREN DUECK", "KAREN"]
CONTROLLER = ["CONTROLLER", "THE CONTROLLER", "BRENT OLSON", "BRENT"]
SECPL = ["SECRETARY", "TESSA KOWALCHUK", "DIR. KOWALCHUK", "KOWALCHUK"]
LACHANCE = ["DIR. LACHANCE", "LACHANCE", "JANELLE LACHANCE", "VICE-PRESIDENT"]
HNATIUK = ["HNATIUK", "DIR. HNATIUK", "MOIRA HNATIUK"]
DHALIWAL = ["DHALIWAL", "DIR. DHALIWAL", "KULVIR DHALIWAL"]
EXEC = ["EXECUTIVE COMMITTEE", "THE EXECUTIVE COMMITTEE"]
doc("08_prairie-lily-coop-board-2025-01.pdf", "2025-01-22", "2025-02-26", [
    A("Post the second grain buyer position", [GM], "2025-01-31", "stated", "2025-01-31", row=True),
    A("Write to CN about car spot shortfalls (copy producer car assoc.)", [GM], row=True),
    A("Draft 2025-26 capital budget incl. grain dryer", [CONTROLLER], "2025-02-26", "next_meeting", "Feb. 26 meeting",
      row=True),
    A("Mail AGM nomination package to all members", [SECPL], "2025-01-29", "stated", "2025-01-29", row=True),
    A("Book Legion Hall and caterer for AGM", [LACHANCE], row=True),
    A("Review conflict of interest policy and report back", [HNATIUK, DHALIWAL], "2025-02-21", "stated",
      "within 30 days", row=True),
    A("Complete GM annual performance review", [EXEC], "2025-02-05", "vague", "ASAP", row=True),
    A("Invite Terrafield Carbon to present", [GM], row=True),
    A("Dir. Kowalchuk volunteered to pull together a small committee of members to plan the celebrations.",
      [["DIR. KOWALCHUK", "KOWALCHUK", "TESSA KOWALCHUK", "SECRETARY"]]),
    # optional: carried dryer item (register and body), body versions of register rows, the patronage cheques
    A("Dryer: third quote + recommendation (carried)", [GM], "2025-02-26", "next_meeting", "Feb. 26 meeting",
      optional=True, row=True),
    A("Tabled to the February meeting, when the GM will bring all three quotes with a recommendation.", [GM],
      "2025-02-26", "next_meeting", "to the February meeting", optional=True),
    A("The GM will post the grain buyer position by Jan. 31.", [GM], "2025-01-31", "stated", "by Jan. 31",
      optional=True),
    A("The GM will write to CN about the car spot shortfalls and copy the producer car association.", [GM],
      optional=True),
    A("The Controller will bring the draft 2025-26 capital budget, including the dryer, to the Feb. 26 meeting.",
      [CONTROLLER], "2025-02-26", "next_meeting", "to the Feb. 26 meeting", optional=True),
    A("The Secretary will mail the nomination package to all members by Jan. 29.", [SECPL], "2025-01-29", "stated",
      "by Jan. 29", optional=True),
    A("Dir. Lachance will book the hall and the caterer (the 4-H club did it well last year).", [LACHANCE],
      optional=True),
    A("The Controller confirmed patronage cheques will be mailed before the AGM.", [CONTROLLER], optional=True),
    A("Hnatiuk and Dhaliwal will review it against the Co-operatives Act guidance and report back within 30 days.",
      [HNATIUK, DHALIWAL], "2025-02-21", "stated", "within 30 days", optional=True),
    A("The GM will invite Terrafield to present to the Board at a future meeting.", [GM], optional=True),
    A("The Executive Committee will complete the GM's annual performance review as soon as possible.", [EXEC],
      "2025-02-05", "vague", "as soon as possible", optional=True),
])

# ------------------------------------------------------------------ 09 NJLH editorial board
IS = ["IS", "INGRID SOLBERG", "INGRID", "EDITOR-IN-CHIEF"]
HP = ["HP", "HYE-JIN PARK", "HYE-JIN", "MANAGING EDITOR"]
TR = ["TR", "TOMÁS RUIZ", "TOMAS RUIZ", "TOMÁS", "TOMAS", "REVIEWS EDITOR"]
AM = ["AM", "AKUA MENSAH", "AKUA"]
FG = ["FG", "FINN GALLAGHER", "FINN"]
EW = ["EW", "ELAINE WARD", "ELAINE", "JOURNALS PUBLISHER", "PUBLISHER"]
doc("09_njlh-editorial-board-2024-10.pdf", "2024-10-09", "2025-04-02", [
    A("AP1 - IS to write to the handling editors of the five manuscripts over 90 days, within a month.", [IS],
      "2024-11-09", "stated", "within a month"),
    A("AP2 - HP to update the author guidelines and the reviewer templates for ScholarTrack before the end of the "
      "year.", [HP], "2024-12-31", "stated", "before the end of the year"),
    A("AP3 - IS to write to the guest editors of \"Water and Memory\" with the Board's conditions by 31 October.",
      [IS], "2024-10-31", "stated", "by 31 October"),
    A("AP4 - TR to circulate the list of unassigned books to the Board by 15/11/2024.", [TR], "2024-11-15", "stated",
      "by 15/11/2024"),
    A("AP5 - All Board members to pick up to two books each from TR's list and suggest a reviewer.",
      [["ALL BOARD MEMBERS", "ALL", "BOARD MEMBERS", "BOARD"]]),
    A("AP6 - HP and AM to draft the wording of the data availability statement and the ethics statement update, "
      "ASAP.", [HP, AM], "2024-10-23", "vague", "ASAP"),
    A("AP7 - FG to handle the appeal on MS 2024-031 and report to the next meeting.", [FG], "2025-04-02",
      "next_meeting", "to the next meeting"),
    A("AP8 - AM and TR to propose two candidates for the vacant seats in January.", [AM, TR], "2025-01-31", "stated",
      "in January"),
    A("EW will send the Board the migration timetable and the editor training dates as soon as the press has "
      "confirmed them.", [EW]),
    A("IS will let the proposers know.", [IS]),
    # optional
    A("AP9/April (HP, update the journal's ethics statement) is still in progress and is taken under item 6", [HP],
      optional=True),
    A("The Board agreed that the handling editors of those five should be asked to chase or replace reviewers.", [],
      optional=True),
    A("FG will handle the appeal.", [FG], optional=True),
    A("FG suggested a podcast series with authors. Members were interested; to be considered at a future meeting.",
      [], optional=True),
    A("RS offered to host the spring meeting in person in Toronto if travel funding allows.",
      [["RS", "RACHEL STEIN", "RACHEL"]], optional=True),
])

# ------------------------------------------------------------------ 10 Green Meadows RWA (Gurugram)
TREAS10 = ["TREASURER", "SHRI SURESH IYER", "SURESH IYER", "IYER", "SHRI IYER"]
CHAUHAN = ["SHRI VIKRAM CHAUHAN", "VIKRAM CHAUHAN", "CHAUHAN", "SHRI CHAUHAN", "EXECUTIVE MEMBER (MAINTENANCE)"]
SANDHU = ["COL. H.S. SANDHU", "COL. SANDHU", "SANDHU", "H.S. SANDHU", "COL. H.S. SANDHU (RETD.)",
          "EXECUTIVE MEMBER (SECURITY)"]
FARAH = ["MS. FARAH KHAN", "FARAH KHAN", "FARAH", "JOINT SECRETARY"]
RAO = ["DR. MEENAKSHI RAO", "MEENAKSHI RAO", "DR. RAO", "RAO"]
GS10 = ["GENERAL SECRETARY", "SMT. ANJALI BHATIA", "ANJALI BHATIA", "ANJALI"]
PRES10 = ["PRESIDENT", "THE PRESIDENT", "SHRI R.K. MALHOTRA", "R.K. MALHOTRA", "MALHOTRA"]
APEX = ["SHRI NARESH KUMAR", "NARESH KUMAR", "APEX", "APEX FACILITY SERVICES"]
doc("10_green-meadows-rwa-gurugram-2025-03.docx", "2025-03-09", "2025-04-13", [
    A("Obtain audit quotation from the CA firm and place before the Committee", [TREAS10], "2025-04-13",
      "next_meeting", "Next meeting", row=True),
    A("Get STP treated water tested at NABL lab and share report with residents", [CHAUHAN], "2025-03-31", "stated",
      "31.03.2025", row=True),
    A("Negotiate AMC with M/s SecureVision and issue work order for CCTV upgrade", [SANDHU, TREAS10], "2025-03-23",
      "vague", "ASAP", row=True),
    A("Holi Milan - caterer and DJ arrangements", [FARAH], "2025-03-14", "stated", "14.03.2025", row=True),
    A("Letter to MCG Horticulture Wing for 200 saplings", [RAO], row=True),
    A("Identify feeding spots for community dogs and circulate to residents", [GS10], "2025-03-24", "stated",
      "24.03.2025", row=True),
    A("Issue AGM notice to all residents", [GS10], "2025-04-06", "stated", "06.04.2025", row=True),
    A("Estimates for LED conversion of common-area lights", [CHAUHAN], "2025-04-13", "next_meeting", "Next meeting",
      row=True),
    A("The handover of the club house by the builder is still pending; the President will personally speak to the "
      "builder's office regarding the same.", [PRES10]),
    # optional: carried defaulters (ATR and table), body versions of the table rows, the agency's promises
    A("Follow up with the 5 defaulters for pending maintenance charges", [TREAS10], optional=True, row=True),
    A("9 have paid; 5 still pending. Treasurer following up.", [TREAS10], optional=True),
    A("After discussion it was decided that the Treasurer will obtain a quotation from the CA firm and put it up "
      "before the Committee in the next meeting.", [TREAS10], "2025-04-13", "next_meeting", "in the next meeting",
      optional=True),
    A("Shri Vikram Chauhan will get the STP treated water tested from an NABL accredited laboratory and share the "
      "report on the residents' WhatsApp group by 31.03.2025.", [CHAUHAN], "2025-03-31", "stated", "by 31.03.2025",
      optional=True),
    A("Col. Sandhu and the Treasurer will negotiate with the vendor and issue the work order at the earliest.",
      [SANDHU, TREAS10], optional=True),
    A("Ms. Farah Khan will coordinate with the caterer and the DJ.", [FARAH], optional=True),
    A("Dr. Rao will write to the MCG Horticulture Wing requesting 200 saplings for the drive in July.", [RAO],
      optional=True),
    A("The General Secretary will identify three feeding spots in consultation with the animal lovers' group and "
      "circulate the same within 15 days.", [GS10], "2025-03-24", "stated", "within 15 days", optional=True),
    A("The AGM notice is to be issued to all residents at least 21 days in advance as per the bye-laws.", [GS10],
      optional=True),
    A("Shri Chauhan will get estimates.", [CHAUHAN], optional=True),
    A("Shri Naresh Kumar of Apex informed that the booster pump motor has been sent for rewinding and assured that "
      "it will be reinstalled by 15.03.2025.", [APEX], "2025-03-15", "stated", "by 15.03.2025", optional=True),
    A("The Committee asked Apex to keep the standby pump running till then.", [APEX], optional=True),
])

# ------------------------------------------------------------------ 11 Gurdwara Sahib Ashfield executive committee
GS11 = ["GENERAL SECRETARY", "BIBI JASWINDER KAUR GILL", "JASWINDER KAUR GILL", "JASWINDER KAUR", "JASWINDER"]
STAGE = ["STAGE SECRETARY", "S. MANJIT SINGH REHAL", "MANJIT SINGH REHAL", "MANJIT SINGH", "MANJIT"]
YOUTH = ["YOUTH SECRETARY", "SIMRANJEET KAUR", "SIMRANJEET KAUR VIRDI", "SIMRANJEET"]
PRES11 = ["PRESIDENT", "THE PRESIDENT", "S. GURMEET SINGH SANDHU", "GURMEET SINGH SANDHU", "GURMEET SINGH"]
LANGAR = ["LANGAR COMMITTEE CONVENOR", "BIBI BALWINDER KAUR JOHAL", "BALWINDER KAUR JOHAL", "BALWINDER KAUR",
          "LANGAR COMMITTEE"]
TREAS11 = ["TREASURER", "S. HARJIT SINGH BAINS", "HARJIT SINGH BAINS", "HARJIT SINGH"]
SIDHU = ["DR. SIDHU", "DR. AMRIT KAUR SIDHU", "AMRIT KAUR SIDHU", "SIDHU", "PUNJABI SCHOOL COORDINATOR"]
MATHARU = ["S. AJIT SINGH MATHARU", "AJIT SINGH MATHARU", "AJIT SINGH", "MATHARU", "SAFEGUARDING LEAD"]
KULDIP = ["S. KULDIP SINGH BHOGAL", "KULDIP SINGH BHOGAL", "KULDIP SINGH", "KULDIP", "BUILDING & MAINTENANCE"]
doc("11_gurdwara-sahib-ashfield-committee-2025-02.docx", "2025-02-02", "2025-03-02", [
    A("The road closure application is to be submitted to Ashfield Borough Council by 14th February, together with "
      "the route map and the stewarding plan.", [GS11], "2025-02-14", "stated", "by 14th February"),
    A("The Stage Secretary will contact PC Rebecca Holt (community liaison officer) about the route and ask whether "
      "the Safety Advisory Group needs to see the plan.", [STAGE]),
    A("The Youth Secretary will recruit stewards from the youth group and arrange hi-vis vests before Vaisakhi.",
      [YOUTH]),
    A("The President said he would send the invitations himself.", [PRES11]),
    A("The sewa rota for March and April, including the Vaisakhi days, is to be drawn up and put on the noticeboard "
      "by the end of February.", [LANGAR], "2025-02-28", "stated", "by the end of February"),
    A("Three quotes for the new gas and electricity contract are to be obtained before the next meeting.", [TREAS11],
      "2025-03-02", "next_meeting", "before the next meeting"),
    A("Dr. Sidhu will make sure all three are renewed within six weeks, and no teacher whose check has expired will "
      "teach alone in the meantime.", [SIDHU], "2025-03-16", "stated", "within six weeks"),
    A("S. Ajit Singh Matharu will review it with the Punjabi School and the youth group and bring it to the March "
      "meeting.", [MATHARU], "2025-03-02", "next_meeting", "to the March meeting"),
    A("The President will sign the order this week.", [PRES11]),
    A("Simranjeet Kaur will book the activity centre in Derbyshire and bring the costs to a later meeting.", [YOUTH]),
    A("S. Kuldip Singh Bhogal will speak to the head teacher of Oakfield Primary next door about using the school "
      "car park on Sunday mornings.", [KULDIP]),
    # optional
    A("(b) Car park line painting - still waiting for a dry spell. S. Kuldip Singh Bhogal to arrange when the "
      "weather allows. Carried forward.", [KULDIP], optional=True),
    A("It was agreed that the Gurdwara will again invite the Mayor and the local MP to the Nagar Kirtan.", [],
      optional=True),
])

# ------------------------------------------------------------------ 12 Kwelera River Bowling Club (South Africa)
DIRK = ["DIRK", "DIRK BOTHA", "TREASURER"]
PIETER = ["PIETER", "PIETER LOUW", "GREENS CONVENOR"]
ROB = ["ROB", "ROB FOURIE", "MATCH & SELECTION CONVENOR"]
LINDIWE = ["LINDIWE", "LINDIWE NDLOVU", "SOCIAL & BAR CONVENOR"]
THANDI = ["THANDI", "THANDI MOKOENA", "VICE-PRESIDENT"]
KOOS = ["KOOS", "KOOS VAN DER MERWE", "PRESIDENT"]
doc("12_kwelera-river-bowling-club-2025-03.docx", "2025-03-18", "2025-04-15", [
    A("Dirk - send a final reminder to the eleven members with outstanding subs, by month-end", [DIRK], "2025-03-31",
      "stated", "by month-end"),
    A("Dirk - bring a cash-flow projection for the inverter decision (item 8) to the next meeting", [DIRK],
      "2025-04-15", "next_meeting", "to the next meeting"),
    A("Pieter - get a second quote for a new Green B irrigation controller, in two weeks", [PIETER], "2025-04-01",
      "stated", "in two weeks"),
    A("Pieter + volunteers - clear the storm-water ditch on the eastern side before the Easter Open", None,
      owner_sets=[[p] for p in PIETER] + [[p, "VOLUNTEERS"] for p in PIETER]),
    A("Rob - submit the pennant team entries to Border Bowls by 2025/03/25", [ROB], "2025-03-25", "stated",
      "by 2025/03/25"),
    A("Rob - put the club championship draw up on the notice board this week", [ROB]),
    A("Lindiwe - lodge the liquor licence renewal by 2025/04/15", [LINDIWE], "2025-04-15", "stated", "by 2025/04/15"),
    A("Lindiwe and Thandi - plan the new-member open day and get flyers to the Gonubie Mall", [LINDIWE, THANDI]),
    A("Koos will write to the family on behalf of the club.", [KOOS]),
    A("Koos will phone Gladys about holding a combined men's and ladies' prize-giving this year.", [KOOS]),
    # optional
    A("Honours board: the signwriter has still not quoted. Sharon is following up.",
      [["SHARON", "SHARON PILLAY", "SECRETARY"]], optional=True),
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
