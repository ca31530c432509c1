#!/usr/bin/env python3
"""Write gold.json for blind set 7 and check it against the documents.

Checks: every text and due_words is a verbatim span of its document once whitespace collapses
(PDF via pdftotext plain / -layout / plain without footer lines; .docx via python-docx paragraphs
and table cells; Markdown with ** and ~~ ignored); due_words lies inside the text, except for
action-table rows, whose due words must be the row's own due cell; due/basis/due_words all set or
all null; owners upper-case; next_meeting dues equal N; dues not before M; 40-150 non-blank
content lines per document; and it lists pairs of gold texts the grader could confuse (>= 0.6).
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


def A(text, owners, due=None, basis=None, words=None, optional=False, row=False):
    return {"text": text, "owners": owners, "due": due, "basis": basis, "due_words": words,
            "optional": optional, "_row": row}


def doc(name, date, nxt, actions):
    DOCS[name] = {"meeting": {"date": date, "next_meeting": nxt}, "actions": actions}


# ------------------------------------------------------------------ 01 Kelpie community call
LIN = ["@LINNEA-H", "LINNEA-H", "LINNEA HOLM", "LINNEA"]
JOY = ["@OKWUOSA-J", "OKWUOSA-J", "JOY OKWUOSA", "JOY"]
THEO = ["@TBAPTISTE", "TBAPTISTE", "THÉO BAPTISTE", "THEO BAPTISTE", "THÉO", "THEO"]
RAVI = ["@RAVI-KK", "RAVI-KK", "RAVI KUMAR", "RAVI"]
MARTA = ["@MFREITAS", "MFREITAS", "MARTA FREITAS", "MARTA"]
DONG = ["@DONGWOO", "DONGWOO", "DONG-WOO PARK", "DONG-WOO"]
SANDY = ["@SANDY-NG", "SANDY-NG", "SANDY NG", "SANDY"]
doc("01_kelpie-community-call-2024-11.md", "2024-11-07", "2024-12-05", [
    A("@linnea-h to cut the 0.9 release candidate by Nov 20", [LIN], "2024-11-20", "stated", "by Nov 20"),
    A("@linnea-h + @okwuosa-j to write the 0.9 release notes, incl. the PG 17 caveat", [LIN, JOY]),
    A("@ravi-kk to move #1184 to final comment period and announce it on the forum by Monday", [RAVI],
      "2024-11-11", "stated", "by Monday"),
    A("@mfreitas to post Wavecrest's retry numbers on #1184", [MARTA]),
    A("@tbaptiste to update the Getting started page to the 0.9 syntax before the RC", [THEO]),
    A("@dongwoo to open a tracking issue for PG 17 support in 0.10", [DONG]),
    A("@okwuosa-j to post the travel-fund rules in the maintainers' channel within a week", [JOY],
      "2024-11-14", "stated", "within a week"),
    A("@sandy-ng to try mkdocstrings caching and report back before the next call", [SANDY],
      "2024-12-05", "next_meeting", "before the next call"),
    A("@linnea-h to add the PG 17 note to the upgrade FAQ in the docs", [LIN]),
    A("@dongwoo said he'll review @ravi-kk's backoff PR (#1209) tomorrow", [DONG], "2024-11-08", "stated", "tomorrow"),
    # optional
    A("@tbaptiste to fix the flaky Windows CI job — still flaky, Théo is still digging", [THEO], optional=True),
    A("@mfreitas: Wavecrest already runs a fork with something like this, happy to share numbers on the issue",
      [MARTA], optional=True),
    A("someone should write the migration guide section for this at some point (no owner)", [], optional=True),
    A("the Getting started page still shows the 0.7 syntax, needs fixing before the RC", [], optional=True),
    A("@tbaptiste volunteered for that one (see list)", [THEO], optional=True),
    A("Any maintainer who wants to go to FOSDEM should say so by Dec 1", [["ANY MAINTAINER", "MAINTAINERS"]],
      "2024-12-01", "stated", "by Dec 1", optional=True),
    A("@okwuosa-j will write up the travel-fund rules for the maintainers' channel", [JOY], optional=True),
])

# ------------------------------------------------------------------ 02 OCDA tariff WG
AMARA = ["AMARA", "AMARA NWOSU"]
DEV = ["DEV", "DEV SHARMA"]
HJ = ["HYUN-JOO", "HYUN-JOO LEE"]
TOM2 = ["TOM", "TOM BRENNER"]
LEA = ["LÉA", "LEA", "LÉA MARCHAND", "LEA MARCHAND"]
INGRID = ["INGRID", "INGRID SOLBERG"]
KENJI = ["KENJI", "KENJI WATANABE"]
doc("02_ocda-tariff-roaming-wg-2024-10.txt", "2024-10-15", "2024-10-29", [
    A("ACTION-214: Amara to update the tariff schema PR with the tax_included flag before the next call", [AMARA],
      "2024-10-29", "next_meeting", "before the next call"),
    A("ACTION-215: Dev to write three worked examples for time-of-use tariffs, including a DST change, in the "
      "coming weeks", [DEV], "2024-10-29", "vague", "in the coming weeks"),
    A("Hyun-joo will send the reference to the Korean rule (there is an English translation) to the list.", [HJ]),
    A("Tom: I'll take the comment on retry semantics (#88) and propose text by Friday.", [TOM2],
      "2024-10-18", "stated", "by Friday"),
    A("Léa will consolidate the remaining comments into a new editor's draft before the next call.", [LEA],
      "2024-10-29", "next_meeting", "before the next call"),
    A("ACTION-216: Chairs to draft the WG agenda for the Lisbon slot and circulate it by 1 November",
      [["CHAIRS", "THE CHAIRS"]], "2024-11-01", "stated", "by 1 November"),
    A("Ingrid will ask Alliance staff for a room with proper remote participation for 3 December.", [INGRID]),
    A("Kenji to send a short follow-up liaison note to IEC TC 69 pointing at the new tax_included flag.", [KENJI]),
    A("Tom will update the WG wiki page with the changed call schedule today.", [TOM2], "2024-10-15", "stated", "today"),
    # optional
    A("ACTION-207 (Tom) ask Koblenz legal about the price display rule - Tom: still waiting on legal, keep it open.",
      [TOM2], optional=True),
    A("Dev: I could also look at the mapping to OCPI status codes, no promises.", [DEV], optional=True),
    A("Kenji asked everyone attending in person to register by 15 November", [["EVERYONE ATTENDING IN PERSON",
      "EVERYONE"]], "2024-11-15", "stated", "by 15 November", optional=True),
])

# ------------------------------------------------------------------ 03 Riverbend Heights community league
WALSH = ["CONST. WALSH", "CONST WALSH", "ERIN WALSH", "CONST. ERIN WALSH", "WALSH", "ERIN"]
JEN = ["JEN", "JEN OKAFOR", "PROGRAMS"]
COLIN = ["COLIN", "COLIN ASHWORTH", "TREASURER"]
RAY = ["RAY", "RAY TREMBLAY", "FACILITIES"]
LUIS = ["LUIS", "LUIS ORTEGA", "CIVICS"]
GUR = ["GURPREET", "GURPREET SANDHU", "VP"]
MARCY = ["MARCY", "MARCY DUBOIS", "PRESIDENT"]
NADIA = ["NADIA", "NADIA HADDAD", "SECRETARY"]
doc("03_riverbend-heights-community-league-2025-03.txt", "2025-03-11", "2025-04-08", [
    A("Const. Walsh will email Nadia the campaign poster so we can put it in the newsletter.", [WALSH]),
    A("A/I: add a garage safety blurb to the April newsletter - Jen", [JEN]),
    A("Colin will have the draft 2025/26 budget out to the board by 3/28.", [COLIN], "2025-03-28", "stated", "by 3/28"),
    A("A/I: Colin - file the casino usage report with AGLC by COB Friday", [COLIN], "2025-03-14", "stated",
      "by COB Friday"),
    A("A/I: get 3 quotes for rink board repair - Ray, by 3/31", [RAY], "2025-03-31", "stated", "by 3/31"),
    A("Ray and Luis agreed to pull the rink nets and store them in the sea-can this weekend.", [RAY, LUIS]),
    A("Gurpreet offered to start the CFEP application once Ray has the quotes.", [GUR]),
    A("Jen to update the program guide on the website by 3/25.", [JEN], "2025-03-25", "stated", "by 3/25"),
    A("A/I: post the yoga instructor ad on the website + Facebook - Jen", [JEN]),
    A("A/I: volunteer coordinator for the egg hunt - TBD", []),
    A("Luis will attend and report back at the April meeting.", [LUIS], "2025-04-08", "next_meeting",
      "at the April meeting"),
    A("A/I: Luis - draft a letter to the ward councillor re: crosswalk at 111 Ave & 106 St, circulate for comment "
      "before sending", [LUIS]),
    A("A/I: book the bins from the City for the cleanup - Marcy, ASAP", [MARCY], "2025-03-25", "vague", "ASAP"),
    A("A/I: ask the school principal about using the school lot for the bins - Gurpreet", [GUR]),
    A("Nadia to ask Bev to bring a plan for the memberships drive to the April meeting.", [NADIA]),
    # optional
    A("Hall rental contract template - Nadia still working on it, wants Bev's input first.", [NADIA], optional=True),
    A("Jen asked all directors to share the spring registration post on their own social accounts.",
      [["ALL DIRECTORS", "DIRECTORS"]], optional=True),
    A("Someone should look at replacing the hall sign, it's faded.", [], optional=True),
])

# ------------------------------------------------------------------ 04 Harbor Lights Literacy Council board
KAREN = ["KAREN", "KAREN LIU", "EXECUTIVE DIRECTOR", "ED"]
DENISE = ["DENISE", "DENISE WHITCOMB", "CHAIR"]
PRIYA4 = ["PRIYA", "PRIYA RAMAN", "TREASURER"]
TOM4 = ["TOM", "TOM KILBRIDE"]
AARON = ["AARON", "AARON FELD", "VICE CHAIR"]
GLORIA = ["GLORIA", "GLORIA MENENDEZ", "SECRETARY"]
MARCUS = ["MARCUS", "MARCUS BELL"]
SOFIA = ["SOFIA", "SOFIA BENITEZ", "PROGRAM MANAGER"]
BOARD = ["ALL BOARD MEMBERS", "BOARD MEMBERS", "EVERY BOARD MEMBER", "ALL"]
doc("04_harbor-lights-literacy-board-2025-01.pdf", "2025-01-16", "2025-02-20", [
    A("Submit Q4 grant report to the Libra Foundation (Karen) - by end of month", [KAREN], "2025-01-31", "stated",
      "by end of month"),
    A("Send thank-you letter to the Libra Foundation for the renewal (Denise) - by 1/31", [DENISE], "2025-01-31",
      "stated", "by 1/31"),
    A("Circulate draft reserve policy (Priya) - before the February meeting", [PRIYA4], "2025-02-20", "next_meeting",
      "before the February meeting"),
    A("Three sponsor asks per board member for the Gala (All board members) - by 2/14", [BOARD], "2025-02-14",
      "stated", "by 2/14"),
    A("Approach Casco Bay Marine re: presenting sponsorship (Tom) - ASAP", [TOM4], "2025-01-30", "vague", "ASAP"),
    A("Bring candidate slate for the June elections (Aaron) - March meeting", [AARON], "2025-03-31", "stated",
      "March meeting"),
    A("Westbrook lease negotiation update (Karen) - next meeting", [KAREN], "2025-02-20", "next_meeting",
      "next meeting"),
    A("Schedule the ED review conversation (Denise) - within 30 days", [DENISE], "2025-02-15", "stated",
      "within 30 days"),
    A("Update the board list on the website with the 2025 officers (Gloria)", [GLORIA]),
    A("Marcus will send Sofia the name of his contact at Portland Adult Education about shared classroom space.",
      [MARCUS]),
    A("Sofia will share the pilot's assessment results with the board at the April meeting.", [SOFIA],
      "2025-04-30", "stated", "at the April meeting"),
    # optional: the body's versions of the follow-ups
    A("Karen will submit the Q4 report to the Libra Foundation by the end of the month.", [KAREN], "2025-01-31",
      "stated", "by the end of the month", optional=True),
    A("Priya will circulate a draft reserve policy ahead of the February meeting.", [PRIYA4], "2025-02-20",
      "next_meeting", "ahead of the February meeting", optional=True),
    A("Hannah asked every board member to make at least three sponsor asks by February 14.", [BOARD], "2025-02-14",
      "stated", "by February 14", optional=True),
    A("Tom offered to approach Casco Bay Marine about the presenting sponsorship.", [TOM4], optional=True),
    A("Aaron will bring a slate of candidates to the March meeting.", [AARON], "2025-03-31", "stated",
      "to the March meeting", optional=True),
    A("Karen will report on the negotiation at the next meeting.", [KAREN], "2025-02-20", "next_meeting",
      "at the next meeting", optional=True),
    A("Denise said she would set up the review conversation with Karen within 30 days.", [DENISE], "2025-02-15",
      "stated", "within 30 days", optional=True),
])

# ------------------------------------------------------------------ 05 Parcelly leadership sync
DANA = ["DANA", "DANA KIM", "CEO"]
MARCO = ["MARCO", "MARCO REYES", "CTO"]
AISHA = ["AISHA", "AISHA BELLO", "VP SALES"]
TOM5 = ["TOM", "TOM LINDQVIST", "HEAD OF OPS"]
PRIYA5 = ["PRIYA", "PRIYA NATARAJAN", "HEAD OF PEOPLE"]
BEN = ["BEN", "BEN CHO", "FINANCE"]
doc("05_parcelly-leadership-sync-2024-11.docx", "2024-11-04", "2024-11-11", [
    A("Ping legal re: Acme DPA redlines", [DANA], "2024-11-04", "stated", "Today", row=True),
    A("Get SOC 2 quotes from Vanta and Drata", [MARCO], "2024-11-15", "stated", "11/15", row=True),
    A("Draft usage-based pricing one-pager for the board deck", [AISHA], row=True),
    A("Reno pilot numbers to Dana", [TOM5], "2024-11-11", "next_meeting", "before next sync", row=True),
    A("Remove the SDR posting from the careers page", [PRIYA5], "2024-11-04", "stated", "Today", row=True),
    A("Draft the Q1 hiring plan", [PRIYA5], "2024-11-30", "stated", "end of month", row=True),
    A("Fix the noisy ETA-prediction alert in PagerDuty", [MARCO], row=True),
    A("Northwind case study", [], row=True),
    A("Q4 budget asks in Ben's sheet", [["ALL", "EVERYONE"]], "2024-11-15", "stated", "11/15", row=True),
    A("Set up the Q4 reforecast model", [BEN], "2024-11-08", "stated", "Fri", row=True),
    A("Send the board deck draft to the board", [DANA], "2024-11-18", "stated", "11/18", row=True),
    A("Aisha will loop Marco in on the Acme security questionnaire.", [AISHA]),
    A("Ben will move the payroll run to Wed 11/13 because of Veterans Day.", [BEN]),
    # optional
    A("Priya will take the SDR posting off the careers page today.", [PRIYA5], "2024-11-04", "stated", "today",
      optional=True),
    A("Marco to get quotes from Vanta and Drata by 11/15.", [MARCO], "2024-11-15", "stated", "by 11/15", optional=True),
    A("I'll get the Reno pilot numbers to Dana before next sync.", [TOM5], "2024-11-11", "next_meeting",
      "before next sync", optional=True),
    A("Dana Kim: I'll ping legal about the Acme DPA redlines today", [DANA], "2024-11-04", "stated", "today",
      optional=True),
    A("Tom Lindqvist: I can do it but not till the Reno pilot wraps", [TOM5], optional=True),
    A("Ben Cho: reminder, I need everyone's Q4 budget asks in the sheet by the 15th", [["EVERYONE", "ALL"]],
      "2024-11-15", "stated", "by the 15th", optional=True),
])

# ------------------------------------------------------------------ 06 Cantilena choir committee
ALASTAIR = ["ALASTAIR", "ALASTAIR MOIR", "MD"]
ROS = ["ROSALIND", "ROSALIND TAIT", "CHAIR"]
HEMI = ["HEMI", "HEMI WALKER", "TREASURER"]
NGAIO = ["NGAIO", "NGAIO PARATA", "CONCERT MANAGER"]
SIONE = ["SIONE", "SIONE FIFITA", "LIBRARIAN"]
BRIDGET = ["BRIDGET", "BRIDGET O'NEILL", "SECRETARY"]
doc("06_cantilena-community-choir-committee-2025-02.txt", "2025-02-12", "2025-03-12", [
    A("Alastair: send the audition excerpts to the soloist candidates by the 20th", [ALASTAIR], "2025-02-20",
      "stated", "by the 20th"),
    A("Rosalind to ask Otago Choral if two of their tenors can sing with us for the concert", [ROS]),
    A("Hemi - chase the outstanding subs (9 members) within a fortnight", [HEMI], "2025-02-26", "stated",
      "within a fortnight"),
    A("Hemi to get the quartet's quote in writing before we commit to anything", [HEMI]),
    A("Ngaio + Hemi: Creative Communities application, draft to committee by 28 Feb", [NGAIO, HEMI], "2025-02-28",
      "stated", "by 28 Feb"),
    A("Sione: number and stamp the new Fauré copies next week", [SIONE], "2025-02-19", "stated", "next week"),
    A("Ngaio to set up the Humanitix page by the end of the month", [NGAIO], "2025-02-28", "stated",
      "by the end of the month"),
    A("Bridget to do the poster and send it to Ngaio for proofing", [BRIDGET]),
    A("Rosalind will put a sign-up sheet out at rehearsal next Wednesday", [ROS], "2025-02-19", "stated",
      "next Wednesday"),
    A("Ngaio to report ticket sales at the next committee meeting", [NGAIO], "2025-03-12", "next_meeting",
      "at the next committee meeting"),
    A("Claire to be asked to organise the shared lunch again", []),
    # optional
    A("Bridget - new member info pack, about half done", [BRIDGET], optional=True),
    A("we should really find a programme sponsor this year", [], optional=True),
    A("He'll bring WD-40, no big deal.", [SIONE], optional=True),
])

# ------------------------------------------------------------------ 07 St Columba's vestry
RECTOR = ["RECTOR", "THE RECTOR", "MIRIAM HALE", "THE REV. DR. MIRIAM HALE", "MIRIAM"]
ELLEN = ["ELLEN", "ELLEN MARSH", "PARISH ADMINISTRATOR"]
WALTER = ["WALTER", "WALTER BRANDT", "SENIOR WARDEN", "BRANDT"]
KELLY = ["KELLY", "KELLY NGUYEN", "NGUYEN"]
CONS = ["CONSUELO", "CONSUELO ORTIZ", "JUNIOR WARDEN", "ORTIZ"]
TYRONE = ["TYRONE", "TYRONE BANKS", "BANKS"]
GARY = ["GARY", "GARY PRUITT", "TREASURER", "PRUITT"]
JOYCE = ["JOYCE", "JOYCE WHITAKER", "WHITAKER"]
SAM7 = ["SAM", "SAM ACHTERBERG", "ACHTERBERG"]
DEB = ["DEBORAH", "DEBORAH LINDGREN", "CLERK OF THE VESTRY", "CLERK", "LINDGREN"]
doc("07_st-columbas-ashford-vestry-2024-10.docx", "2024-10-22", "2024-11-19", [
    A("The Rector will send the confirmation class schedule to the class parents by Sunday.", [RECTOR],
      "2024-10-27", "stated", "by Sunday"),
    A("Follow up: Ellen to add the Bishop's visitation to the parish calendar and the website.", [ELLEN]),
    A("Follow up: Walter - recruit four lay speakers for the stewardship minutes in the next two weeks.", [WALTER],
      "2024-11-05", "stated", "in the next two weeks"),
    A("Follow up: Kelly - draft the newcomers' welcome letter for Walter's stewardship mailing.", [KELLY]),
    A("Follow up: Consuelo - sign the contract with Litchfield Roofing and schedule the work before the first snow.",
      [CONS]),
    A("Follow up: Tyrone to order mulch for the Memorial Garden cleanup by 10/30.", [TYRONE], "2024-10-30", "stated",
      "by 10/30"),
    A("Gary and Kelly will complete the internal audit of the 2023 books by 11/15.", [GARY, KELLY], "2024-11-15",
      "stated", "by 11/15"),
    A("Follow up: Gary to circulate the draft 2025 budget before the November vestry meeting.", [GARY], "2024-11-19",
      "next_meeting", "before the November vestry meeting"),
    A("Follow up: Joyce to get meal numbers from the shelter and report back at the next meeting.", [JOYCE],
      "2024-11-19", "next_meeting", "at the next meeting"),
    A("Tyrone, Kelly and Sam agreed to complete the online course by December 31.", [TYRONE, KELLY, SAM7],
      "2024-12-31", "stated", "by December 31"),
    A("Follow up: Deborah to send the approved September minutes to the Diocese within a week.", [DEB], "2024-10-29",
      "stated", "within a week"),
    # optional
    A("Walter asked each vestry member to make five thank-you calls to new pledgers after Ingathering Sunday.",
      [["EACH VESTRY MEMBER", "VESTRY MEMBERS", "VESTRY", "ALL"]], optional=True),
    A("Sam said he could look into camera costs, no promises.", [SAM7], optional=True),
    A("Update the parish directory (photos still coming in)", [ELLEN], optional=True, row=True),
    A("Get three bids for sealing the parking lot", [CONS], optional=True, row=True),
])

# ------------------------------------------------------------------ 08 1st Wexcombe Scout Group leaders
ANA = ["ANA", "ANA FERREIRA", "GROUP LEAD VOLUNTEER", "GLV"]
MIKE = ["MIKE", "MIKE BRENNAN", "TREASURER"]
SAM8 = ["SAM", "SAM WHITLOCK"]
DOM = ["DOM", "DOM ELLIS"]
KEZIA = ["KEZIA", "KEZIA OBI"]
HARRIET = ["HARRIET", "HARRIET COLE"]
PRIYA8 = ["PRIYA", "PRIYA DESAI"]
doc("08_1st-wexcombe-scout-group-leaders-2025-01.md", "2025-01-23", "2025-02-20", [
    A("Ana: I'll check the section numbers on OSM are right by Friday so Mike isn't chasing ghosts.", [ANA],
      "2025-01-24", "stated", "by Friday"),
    A("Mike: 6 families still owe autumn subs. I'll send the reminders tonight.", [MIKE], "2025-01-23", "stated",
      "tonight"),
    A("Sam: I'll do the event notification on the portal before camp.", [SAM8]),
    A("Sam: I'll ask Lou to check the patrol tents, two came back wet in October.", [SAM8]),
    A("Dom: I'll find out who has the keys now and let you know next week.", [DOM], "2025-01-30", "stated",
      "next week"),
    A("Kezia: I'll put a call-out on the parents' WhatsApp tomorrow.", [KEZIA], "2025-01-24", "stated", "tomorrow"),
    A("Harriet: I'll send the three new Beavers' forms to Mike for Gift Aid.", [HARRIET]),
    A("Ana: I'll put the roof on the trustees' agenda for 6 Feb.", [ANA]),
    A("Priya: I'll sort a Cubs flag bearer.", [PRIYA8]),
    A("Ana: I'll book the three of us on the District first response course on 15 March.", [ANA]),
    A("Ana: everyone please update your availability on the leaders' rota spreadsheet before the next leaders' "
      "meeting.", [["EVERYONE", "ALL", "ALL LEADERS", "LEADERS"]], "2025-02-20", "next_meeting",
      "before the next leaders' meeting"),
    # optional
    A("Sam: Scouts will do the colour party like last year.", [SAM8], optional=True),
])

# ------------------------------------------------------------------ 09 Ward 14 huddle
CW = ["CW", "CHLOE WARD", "CHLOE", "HCA LEAD"]
GM = ["GM", "GRACE MENSAH", "GRACE", "DEPUTY SISTER"]
AQ = ["AQ", "DR AMIR QURESHI", "AMIR QURESHI", "DR QURESHI", "CONSULTANT"]
JP = ["JP", "SISTER JOANNE PIKE", "JOANNE PIKE", "JOANNE", "WARD MANAGER"]
PS = ["PS", "PAUL SINGH", "PAUL", "DISCHARGE COORDINATOR"]
FA = ["FA", "FEMI ADEYEMI", "FEMI", "PHARMACIST"]
LD = ["LD", "LIAM DOYLE", "LIAM", "CHARGE NURSE"]
HR = ["HR", "HANNAH ROPER", "HANNAH", "PHYSIOTHERAPIST", "PHYSIO"]
doc("09_northfleet-ward14-huddle-2024-11.pdf", "2024-11-12", "2024-11-19", [
    A("AI: order 2 more sensor mats for bay C - CW - by Friday", [CW], "2024-11-15", "stated", "by Friday"),
    A("AI: chase Estates about the bed 12 call bell today - GM", [GM], "2024-11-12", "stated", "today"),
    A("AI: 10-minute sepsis teach at the Thursday safety brief - AQ", [AQ], "2024-11-14", "stated", "Thursday"),
    A("AI: publish the Christmas and New Year rota by 15/11 - JP", [JP], "2024-11-15", "stated", "by 15/11"),
    A("AI: escalate the 4 care package delays to the Integrated Discharge Team before next huddle - PS", [PS],
      "2024-11-19", "next_meeting", "before next huddle"),
    A("FA will draw up a TTO pre-prep list for predicted discharges.", [FA]),
    A("AI: LD to redo the October resus trolley audit and send it to JP by end of month", [LD], "2024-11-30",
      "stated", "by end of month"),
    A("AI: all staff to complete the e-obs e-learning before go-live", [["ALL STAFF", "ALL", "STAFF"]]),
    A("HR offered to run a moving and handling refresher for HCAs on Wed 20/11.", [HR], "2024-11-20", "stated",
      "Wed 20/11"),
    A("AI: ask Matron about a second WOW - JP", [JP]),
    # optional
    A("Worth someone looking at the bay C night staffing pattern (no owner agreed).", [], optional=True),
])

# ------------------------------------------------------------------ 10 Halvorsen group meeting
IH = ["INGRID", "PROF. INGRID HALVORSEN", "INGRID HALVORSEN", "PI", "IH"]
KW = ["KWAME", "DR KWAME ASANTE", "KWAME ASANTE"]
MEI = ["MEI", "MEI CHEN"]
RAF = ["RAFAEL", "RAFAEL SOUZA"]
AST = ["ASTRID", "ASTRID NILSEN"]
JON = ["JONAS", "JONAS BERG"]
doc("10_halvorsen-group-meeting-2025-03.docx", "2025-03-04", "2025-03-18", [
    A("Send comments on Mei's paper draft by the 20th", [IH], "2025-03-20", "stated", "by the 20th"),
    A("Sign the ESRF safety forms before the next group meeting", [IH], "2025-03-18", "next_meeting",
      "before the next group meeting"),
    A("Train Rafael on the DLS in two weeks", [KW], "2025-03-18", "stated", "in two weeks"),
    A("Write the ESRF sample plan together with Mei by end of March", [KW, MEI], "2025-03-31", "stated",
      "by end of March"),
    A("Rerun the 40 °C series with fresh samples next week", [MEI], "2025-03-11", "stated", "next week"),
    A("Ask Jonas about a second Peltier stage", [MEI]),
    A("Literature review outline to Ingrid in two weeks", [RAF], "2025-03-18", "stated", "in two weeks"),
    A("Ask the department office about travel funding for the Les Houches summer school", [RAF]),
    A("Port the tracking code to trackpy", [AST]),
    A("Send Kwame the first three movies by Friday", [AST], "2025-03-07", "stated", "by Friday"),
    A("Get a quote for the replacement camera before the next group meeting", [JON], "2025-03-18", "next_meeting",
      "before the next group meeting"),
    A("Check whether the teaching lab's spare Peltier stage can be borrowed", [JON]),
    # optional
    A("Someone should update the group website; the publications list stops in 2023.", [], optional=True),
])

# ------------------------------------------------------------------ 11 NBWF referees' committee
EL = ["EL", "EVA LINDSTRÖM", "EVA LINDSTROM", "EVA"]
HD = ["HD", "HENRIK DAHL", "HENRIK", "CHAIR"]
KV = ["KV", "KAIJA VIRTANEN", "KAIJA"]
JT = ["JT", "JAAN TAMM", "JAAN", "REFEREE DEVELOPMENT OFFICER"]
MO = ["MO", "MĀRTIŅŠ OZOLS", "MARTINS OZOLS", "MĀRTIŅŠ"]
TP = ["TP", "TOMAS PETRAUSKAS", "TOMAS"]
SH = ["SH", "SIRI HAUGEN", "SIRI", "SECRETARY"]
doc("11_nbwf-referees-committee-2024-09.pdf", "2024-09-28", "2024-11-23", [
    A("A/I (EL): publish the round 1-3 appointments on the federation website by 1 October.", [EL], "2024-10-01",
      "stated", "by 1 October"),
    A("A/I (HD): prepare a two-page summary of the interpretation changes for the national referee coordinators by "
      "15 October.", [HD], "2024-10-15", "stated", "by 15 October"),
    A("KV offered to run an online clinic on the changes for all licensed referees in November.", [KV], "2024-11-30",
      "stated", "in November"),
    A("A/I (JT): draft the mentor pairings and circulate them to the Committee within one month.", [JT],
      "2024-10-28", "stated", "within one month"),
    A("A/I (MO, TP): find two senior referees each in Latvia and Lithuania willing to act as mentors, ASAP.",
      [MO, TP], "2024-10-12", "vague", "ASAP"),
    A("SH to book the pool and the athletics track in Tallinn for the joint fitness test on 7 December.", [SH]),
    A("The Chair will forward the Committee's recommendation to the Disciplinary Commission within seven days.", [HD],
      "2024-10-05", "stated", "within seven days"),
    A("A/I (EL): revise the travel line in line with the Executive Board's guidance and resubmit it to the Committee "
      "before the next committee meeting.", [EL], "2024-11-23", "next_meeting", "before the next committee meeting"),
    A("A/I (HD): write to the Estonian federation about hosting RC 1/2025 as an in-person meeting.", [HD]),
    A("A/I (SH): circulate these minutes within 14 days.", [SH], "2024-10-12", "stated", "within 14 days"),
    # optional
    A("A/I 24/22 (TP), list of referees without a valid medical certificate: still open, TP is waiting for two "
      "national federations to reply.", [TP], optional=True),
    A("The question of a common referee kit supplier was deferred to the next meeting.", [], "2024-11-23",
      "next_meeting", "to the next meeting", optional=True),
])

# ------------------------------------------------------------------ 12 Hinterland Harvest Festival debrief
SHONA = ["SHONA", "SHONA MCLEOD", "SITE"]
COL = ["COL", "COL FRASER", "TRAFFIC & PARKING"]
DANNY = ["DANNY", "DANNY NG", "BAR"]
BEC = ["BEC", "BEC LAWSON", "VOLUNTEER COORDINATOR"]
ARJUN = ["ARJUN", "ARJUN MEHTA", "SECRETARY"]
MIA = ["MIA", "MIA RUSSO", "COMMS"]
TASH = ["TASH", "TASH KERR", "KIDS' ZONE"]
doc("12_hinterland-harvest-festival-volunteers-2024-10.md", "2024-10-23", "2024-11-20", [
    A("Get a quote for a second water refill station near the kids' zone (Shona) - by end of month", [SHONA],
      "2024-10-31", "stated", "by end of month"),
    A("Split the radio channels (safety vs bar) and update the radio plan (Col + Danny) - before the next meeting",
      [COL, DANNY], "2024-11-20", "next_meeting", "before the next meeting"),
    A("Look into online pre-check-in for volunteers (TBD)", []),
    A("Cap volunteer shifts at 4 hours in the 2025 roster (Bec)", [BEC]),
    A("Write to the Showgrounds Trust about drainage in the parking field (Arjun) - by 15/11", [ARJUN], "2024-11-15",
      "stated", "by 15/11"),
    A("Quotes for replacement wristband scanners (Danny) - in the new year", [DANNY]),
    A("Thank-you post and photo album on Facebook (Mia) - by Sunday", [MIA], "2024-10-27", "stated", "by Sunday"),
    A("Send out the volunteer survey (Mia) - within two weeks", [MIA], "2024-11-06", "stated", "within two weeks"),
    A("Review the traffic management plan with Council's events officer (Col) - ASAP", [COL], "2024-11-06", "vague",
      "ASAP"),
    A("Sponsor thank-you letters (TBD)", []),
    A("Rebook St John Ambulance for 2025 (Shona) - by the 30th", [SHONA], "2024-10-30", "stated", "by the 30th"),
    A("Recruit a craft tent lead for 2025, Keiko first (Tash)", [TASH]),
    A("Bec will send the BBQ invite to all volunteers by Friday.", [BEC], "2024-10-25", "stated", "by Friday"),
    # optional
    A("Keiko (craft tent): loved it, happy to lead the craft tent again next year if we want her.", [["KEIKO"]],
      optional=True),
])


# ================================================================== document text readers
def ws(s: str) -> str:
    return " ".join(s.split())


FOOTER_RE = re.compile(r"(Page \d+ of \d+|page \d+ of \d+|for ward staff only - \d+/\d+|draft until approved)")


def pdf_texts(path: Path) -> list[str]:
    plain = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    layout = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                            check=True).stdout
    nofoot = "\n".join(l for l in plain.splitlines() if not FOOTER_RE.search(l))
    return [plain, layout, nofoot]


def docx_parts(path: Path):
    from docx import Document
    d = Document(str(path))
    paras = [p.text for p in d.paragraphs]
    rows = []
    for t in d.tables:
        for r in t.rows:
            rows.append([c.text for c in r.cells])
    return paras, rows


def doc_texts(path: Path) -> tuple[list[str], list[list[str]], int]:
    """Return (texts to search, table rows, non-blank content line count)."""
    if path.suffix == ".pdf":
        texts = pdf_texts(path)
        lines = [l for l in texts[2].splitlines() if l.strip()]
        return texts, [], len(lines)
    if path.suffix == ".docx":
        paras, rows = docx_parts(path)
        cells = [c for r in rows for c in r]
        lines = [p for p in paras if p.strip()] + [r for r in rows if any(c.strip() for c in r)]
        return ["\n".join(paras + cells)], rows, len(lines)
    raw = path.read_text(encoding="utf-8")
    lines = [l for l in raw.splitlines() if l.strip()]
    texts = [raw]
    if path.suffix == ".md":
        texts.append(raw.replace("**", "").replace("~~", ""))
    return texts, [], len(lines)


# the grader's similarity, for the confusable-pairs listing
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
    totals = {"req": 0, "opt": 0, "stated": 0, "next_meeting": 0, "vague": 0}
    out_docs = {}
    files = sorted(p.name for p in MIN.iterdir())
    if sorted(DOCS) != files:
        errors.append(f"documents and gold differ: {set(files) ^ set(DOCS)}")
    for name, g in DOCS.items():
        path = MIN / name
        texts, rows, nlines = doc_texts(path)
        flat = [ws(t) for t in texts]
        if not 40 <= nlines <= 150:
            errors.append(f"{name}: {nlines} non-blank lines")
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
                if a["_row"]:
                    row = [r for r in rows if any(ws(c) == t for c in r)]
                    if not row or a["due_words"] not in [ws(c) for c in row[0]]:
                        errors.append(f"{name}: row due cell mismatch: {t[:60]}")
                elif ws(a["due_words"]) not in t:
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
            for alt in a["owners"]:
                for o in alt:
                    if o != o.upper():
                        errors.append(f"{name}: owner not upper-case: {o}")
            if a["optional"]:
                opt += 1
            else:
                req += 1
            c = {k: v for k, v in a.items() if not k.startswith("_")}
            clean.append(c)
        totals["req"] += req
        totals["opt"] += opt
        # confusable pairs
        acts = g["actions"]
        for i in range(len(acts)):
            for j in range(i + 1, len(acts)):
                s = similarity(acts[i]["text"], acts[j]["text"])
                if s >= 0.6:
                    print(f"  similar ({s:.2f}) in {name}: [{'opt' if acts[i]['optional'] else 'req'}] "
                          f"{acts[i]['text'][:50]!r} ~ [{'opt' if acts[j]['optional'] else 'req'}] "
                          f"{acts[j]['text'][:50]!r}")
        print(f"{name}: M={g['meeting']['date']} N={n} lines={nlines} req={req} opt={opt}")
        out_docs[name] = {"source": "written blind", "meeting": g["meeting"], "actions": clean}
    gold = {"about": "blind evaluation set 7: 12 minutes (6 text/Markdown, 3 PDF, 3 Word) of voluntary, open-source, "
                     "international and workplace groups, written blind, with gold annotations",
            "documents": out_docs}
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("totals:", totals)
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
