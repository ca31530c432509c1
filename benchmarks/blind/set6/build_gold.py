"""Build gold.json for blind set 6 and check it.

Checks: every text and due_words is a verbatim span of the document text once whitespace collapses
(PDF via pdftotext plain or -layout, .docx via python-docx paragraphs and cells, Markdown with ** and ~~
ignored); due_words is inside text except for action-table rows (flag ROW); due/basis/due_words all set or
all null; owners upper-case; 40-150 non-blank content lines; lists gold pairs with grader similarity >= 0.6.
Run with /work/main/.venv/bin/python (python-docx is needed)."""
import difflib
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
MIN = HERE / "minutes"
ROW = "row"   # marks an action-table row / points-for-action block: due words come from the due cell


def A(text, owners, due=None, basis=None, words=None, optional=False, kind=None):
    return dict(text=text, owners=owners, due=due, basis=basis, due_words=words, optional=optional,
                _row=(kind == ROW))


# ------------------------------------------------------------------ 01 police and crime panel
COMM = ["COMMISSIONER", "THE COMMISSIONER", "REBECCA HOLLIS", "POLICE AND CRIME COMMISSIONER", "PCC"]
CC = ["CHIEF CONSTABLE", "THE CHIEF CONSTABLE", "MARK RUDDOCK", "CHIEF CONSTABLE MARK RUDDOCK"]
CEX1 = ["CHIEF EXECUTIVE", "THE CHIEF EXECUTIVE", "TOM GARSIDE"]
MO1 = ["MONITORING OFFICER", "THE MONITORING OFFICER", "DAVID EBBS"]
CHAIR1 = ["CHAIR", "THE CHAIR", "ANNE MARLOW", "COUNCILLOR ANNE MARLOW", "COUNCILLOR MARLOW"]
SO1 = ["PANEL SCRUTINY OFFICER", "SCRUTINY OFFICER", "CLAIRE NUNN"]
CFO1 = ["CHIEF FINANCE OFFICER", "THE CHIEF FINANCE OFFICER", "LYNN ASKEW", "CFO"]
BHATT = ["COUNCILLOR BHATT", "BHATT", "DEV BHATT", "COUNCILLOR DEV BHATT", "VICE-CHAIR", "THE VICE-CHAIR"]
D01 = dict(date="2024-10-11", next="2024-12-06", actions=[
    A("Action 24/12 (written response on rural crime funding): the Commissioner said that the response would "
      "follow once the Home Office grant allocation had been confirmed. Open.", [COMM], optional=True),
    A("The Commissioner undertook to send Mr Palmer a written reply within 28 days.", [COMM],
      "2024-11-08", "stated", "within 28 days"),
    A("The Commissioner agreed to circulate the revised neighbourhood policing model to Panel members by the end "
      "of November.", [COMM], "2024-11-30", "stated", "by the end of November"),
    A("The Chief Constable undertook to provide the figure to the Panel Scrutiny Officer for circulation to "
      "members.", [CC]),
    A("The Chief Executive agreed that victim satisfaction by crime type would be included in the Quarter 2 "
      "report at the next meeting of the Panel.", [CEX1], "2024-12-06", "next_meeting",
      "at the next meeting of the Panel"),
    A("(b) the Monitoring Officer write to the complainant in the informally resolved case within 14 days to "
      "confirm the outcome.", [MO1], "2024-10-25", "stated", "within 14 days"),
    A("The Panel also asked the Monitoring Officer to review the Panel's complaints procedure against the "
      "updated Home Office guidance and report back in three months' time.", [MO1], "2025-01-11", "stated",
      "in three months' time"),
    A("(b) the Chair write to the Commissioner by 18 October 2024 with the Panel's report on the proposed "
      "appointment.", [CHAIR1], "2024-10-18", "stated", "by 18 October 2024"),
    A("(b) the Panel Scrutiny Officer arrange a budget workshop for Panel members in January 2025;", [SO1]),
    A("(c) the Chief Finance Officer provide Panel members with the assumptions in the medium-term financial "
      "plan by 31 December 2024.", [CFO1], "2024-12-31", "stated", "by 31 December 2024"),
    A("RESOLVED that the Panel Scrutiny Officer add a report on the use of stop and search to the work programme "
      "for the next meeting of the Panel.", [SO1], "2024-12-06", "next_meeting", "for the next meeting of the Panel"),
    A("Councillor Bhatt agreed to attend the National Association of Police, Fire and Crime Panels conference on "
      "20 November 2024 and report back to members.", [BHATT], "2024-11-20", "stated", "on 20 November 2024"),
])

# ------------------------------------------------------------------ 02 fire authority A&G committee
DCS = ["DCS", "DIRECTOR OF CORPORATE SERVICES", "JASON TILLEY"]
TREAS = ["TREASURER", "TREASURER TO THE AUTHORITY", "FIONA MARSH"]
DCFO = ["DCFO", "DEPUTY CHIEF FIRE OFFICER", "MARTIN GOODE"]
MO2 = ["MONITORING OFFICER", "CLERK AND MONITORING OFFICER", "CLERK", "THE CLERK", "RICHARD PENHALE"]
REES = ["MR REES", "REES", "ALAN REES", "MR ALAN REES", "INDEPENDENT MEMBER"]
CSO = ["COMMITTEE SERVICES OFFICER", "LEAH GRANT"]
HIA = ["HIA", "HEAD OF INTERNAL AUDIT", "KAREN DOYLE"]
CFO2 = ["CFO", "CHIEF FIRE OFFICER", "SARAH WHITLOCK"]
D02 = dict(date="2024-11-26", next="2025-02-25", actions=[
    A("AG/24/33 (analysis of fleet insurance claims): the DCS reported that the analysis is in progress and will "
      "be brought to the February meeting.", [DCS], "2025-02-25", "next_meeting", "to the February meeting",
      optional=True),
    A("The Committee asked the Director of Corporate Services to attend the next meeting to explain the payroll "
      "control weaknesses and the progress made on the agreed actions.", [DCS], "2025-02-25", "next_meeting",
      "the next meeting", optional=True),
    A("The Chair asked the HIA to include the results of the follow-up of the payroll actions in her next "
      "progress report.", [HIA]),
    A("The HIA said the draft fleet management report would be issued shortly.", [HIA], "2024-12-10", "vague",
      "shortly", optional=True),
    A("The Treasurer undertook to circulate the auditor's value for money commentary to all Authority members by "
      "Friday.", [TREAS], "2024-11-29", "stated", "by Friday", optional=True),
    A("The Committee requested a deep-dive report on on-call availability for the February meeting.", [DCFO],
      "2025-02-25", "next_meeting", "for the February meeting", optional=True),
    A("The DCFO agreed to add this from the next quarterly update.", [DCFO], optional=True),
    A("The CFO agreed to provide members with a briefing note on the arrangements within six weeks.", [CFO2],
      "2025-01-07", "stated", "within six weeks"),
    A("The Code of Corporate Governance has not yet been updated, and the Monitoring Officer will bring the "
      "revised Code to the Committee by 31st March 2025.", [MO2], "2025-03-31", "stated", "by 31st March 2025",
      optional=True),
    A("Mr Rees offered to review the draft anti-fraud and corruption policy with the Treasurer before it is "
      "reported to the Committee.", [REES, TREAS], optional=True),
    A("The Committee Services Officer will circulate the joining details.", [CSO], optional=True),
    A("Attend the February meeting to explain the payroll control weaknesses and progress on the agreed actions",
      [DCS], "2025-02-25", "stated", "25/02/2025", kind=ROW),
    A("Circulate the value for money commentary to all Authority members", [TREAS], "2024-11-29", "stated",
      "29/11/2024", kind=ROW),
    A("Deep-dive report on on-call availability", [DCFO], "2025-02-25", "next_meeting", "February meeting",
      kind=ROW),
    A("Add a 'last reviewed' date to each risk in the corporate risk register", [DCFO], kind=ROW),
    A("Revised Code of Corporate Governance to the Committee", [MO2], "2025-03-31", "stated", "31/03/2025",
      kind=ROW),
    A("Review the draft anti-fraud and corruption policy", [REES, TREAS], kind=ROW),
    A("Circulate joining details for the cyber security training session", [CSO], kind=ROW),
])

# ------------------------------------------------------------------ 03 NHS trust quality committee
FC = ["FC", "FIONA CARR", "DR FIONA CARR", "COMMITTEE CHAIR", "CHAIR"]
OL = ["OL", "OWEN LECKIE", "HEAD OF PATIENT SAFETY"]
SB = ["SB", "SANDRA BOYCE", "DIRECTOR OF MIDWIFERY"]
JW = ["JW", "JULIE WAINWRIGHT", "CHIEF NURSE"]
PM = ["PM", "PETER MARSH", "DR PETER MARSH", "DIRECTOR OF INFECTION PREVENTION AND CONTROL", "DIPC"]
HP = ["HP", "HANNAH PRICE", "DR HANNAH PRICE", "MEDICAL DIRECTOR"]
RD = ["RD", "RACHEL DUNNE", "ASSOCIATE DIRECTOR OF QUALITY GOVERNANCE"]
ME = ["ME", "MARK ELLISON", "CHIEF OPERATING OFFICER", "COO"]
KS3 = ["KS", "KIM SUTTON", "CORPORATE GOVERNANCE OFFICER"]
D03 = dict(date="2024-11-21", next="2024-12-19", actions=[
    A("QSC 24/091 (audit of ligature risk assessments in the emergency department) remains open: the audit is "
      "complete but the report is not yet finalised, and JW expects to bring it in December.", [JW],
      optional=True),
    A("OL agreed to share the learning from the story with the discharge improvement group.", [OL]),
    A("SB will bring the neonatal workforce plan to the next meeting.", [SB], "2024-12-19", "next_meeting",
      "to the next meeting"),
    A("The Committee Chair will escalate the maternity triage waiting times to the Board in her Chair's "
      "assurance report.", [FC]),
    A("RM asked that completion rates for after-action reviews be shown by division; OL agreed to include them "
      "from the January report.", [OL]),
    A("OL to circulate the thematic review of falls with harm to members ahead of the December meeting.", [OL],
      "2024-12-19", "next_meeting", "ahead of the December meeting"),
    A("JW and PM to agree a recovery plan for staff flu vaccination within two weeks.", [JW, PM], "2024-12-05",
      "stated", "within two weeks"),
    A("HP undertook to review the three deaths in the respiratory service flagged by the medical examiners and "
      "report the outcome by 31st January 2025.", [HP], "2025-01-31", "stated", "by 31st January 2025"),
    A("RD to update the plan with revised target dates for the five outstanding actions and circulate it by the "
      "end of the month.", [RD], "2024-11-30", "stated", "by the end of the month"),
    A("ME to review the controls for BAF 4 in the light of the ambulance handover delays and bring a revised "
      "entry to the Committee in January.", [ME], "2025-01-31", "stated", "in January"),
    A("KS to circulate the Committee's meeting dates for 2025/26 by Friday.", [KS3], "2024-11-22", "stated",
      "by Friday"),
])

# ------------------------------------------------------------------ 04 district council O&S
MO4 = ["MONITORING OFFICER", "THE MONITORING OFFICER", "RUPA JOSHI"]
CM4 = ["CABINET MEMBER", "THE CABINET MEMBER", "KEITH MARSH", "COUNCILLOR KEITH MARSH", "COUNCILLOR MARSH",
       "CABINET MEMBER FOR HOUSING AND COMMUNITIES"]
HOH = ["HEAD OF HOUSING", "THE HEAD OF HOUSING", "ANGELA BIRCH"]
HOES = ["HEAD OF ENVIRONMENTAL SERVICES", "THE HEAD OF ENVIRONMENTAL SERVICES", "CRAIG FENTON"]
SDSO = ["SCRUTINY AND DEMOCRATIC SERVICES OFFICER", "THE SCRUTINY AND DEMOCRATIC SERVICES OFFICER",
        "SCRUTINY OFFICER", "ELLIS WARD"]
CFO4 = ["CHIEF FINANCE OFFICER", "THE CHIEF FINANCE OFFICER", "MARTIN HALE", "CFO"]
PIKE = ["COUNCILLOR PIKE", "PIKE", "LAUREN PIKE", "COUNCILLOR LAUREN PIKE"]
RAHMAN = ["COUNCILLOR RAHMAN", "RAHMAN", "AMIR RAHMAN", "COUNCILLOR AMIR RAHMAN", "VICE-CHAIR"]
CASTLE = ["COUNCILLOR CASTLE", "CASTLE", "BEV CASTLE"]
DENNISON = ["COUNCILLOR DENNISON", "DENNISON", "HUGH DENNISON"]
WHITCOMBE = ["COUNCILLOR WHITCOMBE", "WHITCOMBE", "JO WHITCOMBE", "CHAIR", "THE CHAIR"]
D04 = dict(date="2025-07-15", next="2025-09-16", actions=[
    A("OS/25/06 (public toilet review): the Head of Environmental Services said that a further report would come "
      "to the Committee once the town council consultations have closed.", [HOES], optional=True),
    A("The Monitoring Officer agreed to circulate a note to all members clarifying the call-in procedure rules "
      "within 28 days.", [MO4], "2025-08-12", "stated", "within 28 days"),
    A("The Cabinet Member undertook to write to the Ministry of Housing, Communities and Local Government about "
      "the funding formula for homelessness prevention.", [CM4]),
    A("The Head of Housing agreed to provide a breakdown of temporary accommodation costs by provider for the "
      "September meeting.", [HOH], "2025-09-16", "next_meeting", "for the September meeting"),
    A("The Head of Housing said she would include the figure in a written answer to all members next week.",
      [HOH], "2025-07-22", "stated", "next week"),
    A("The Scrutiny and Democratic Services Officer to submit the recommendations to the Cabinet meeting on "
      "29 July 2025.", [SDSO], "2025-07-29", "stated", "on 29 July 2025"),
    A("The Head of Environmental Services will email the ward-level data to all members by the end of August.",
      [HOES], "2025-08-31", "stated", "by the end of August"),
    A("It was agreed that Councillors Pike and Rahman would join a Greenline collection crew on a round during "
      "August and report back to the Committee.", [PIKE, RAHMAN], "2025-08-31", "stated", "during August"),
    A("Councillors Castle, Dennison and Whitcombe volunteered to serve on the group.",
      [CASTLE, DENNISON, WHITCOMBE], optional=True),
    A("The Scrutiny and Democratic Services Officer will draft terms of reference for the group and circulate "
      "them to members by 1 August.", [SDSO], "2025-08-01", "stated", "by 1 August"),
    A("The Chief Finance Officer agreed to hold an informal briefing on the budget gap for all members in "
      "October.", [CFO4], "2025-10-31", "stated", "in October"),
    A("The Chair said she would discuss this with the Scrutiny and Democratic Services Officer and add it to the "
      "work programme if there was room.", [WHITCOMBE], optional=True),
])

# ------------------------------------------------------------------ 05 community safety partnership
KH = ["KH", "KAREN HOLT", "HEAD OF COMMUNITY SAFETY"]
MA5 = ["MA", "MICHELLE AKHTAR", "DR MICHELLE AKHTAR"]
PG = ["PG", "PHIL GREAVES"]
AL = ["AL", "ASIF LATHAM", "SUPT ASIF LATHAM", "SUPT LATHAM"]
NB = ["NB", "NASREEN BEGUM"]
DS = ["DS", "DARREN SYKES"]
JP = ["JP", "JO PEARCE", "SM JO PEARCE", "SM PEARCE"]
RK = ["RK", "RACHEL KEMP"]
ET = ["ET", "EMMA TRANTER"]
ALL5 = ["ALL", "ALL PARTNERS", "PARTNERS"]
D05 = dict(date="2024-07-17", next="2024-10-16", actions=[
    A("A24/07 Prevent referral pathway briefing for schools (PG) - delivered to 14 schools, 6 still to do. "
      "ONGOING - carry forward.", [PG], optional=True),
    A("ACTION A24/12: KH to present the full strategic assessment to the October Board.", [KH], "2024-10-16",
      "next_meeting", "to the October Board"),
    A("ACTION A24/13: MA to share the ED assault location data with KH by end of August.", [MA5], "2024-08-31",
      "stated", "by end of August"),
    A("ET agreed to pass the Board's comments to the OPCC policy team.", [ET]),
    A("ACTION A24/14: PG and AL to agree the hotspot locations for the summer youth outreach by Friday 26th "
      "July.", [PG, AL], "2024-07-26", "stated", "by Friday 26th July"),
    A("ACTION A24/15: NB to appoint an independent chair for the Adult P review within 28 days.", [NB],
      "2024-08-14", "stated", "within 28 days"),
    A("ACTION A24/16: DS to confirm probation's panel member for the Adult P review before the first panel "
      "meeting.", [DS]),
    A("ACTION A24/17: KH to bring a revised ASB case review policy to the Board by 31st March 2025.", [KH],
      "2025-03-31", "stated", "by 31st March 2025"),
    A("ACTION A24/18: JP to share deliberate fire hotspot maps with the neighbourhood policing teams in the "
      "coming weeks.", [JP], "2024-07-31", "vague", "in the coming weeks"),
    A("ACTION A24/19: RK to draft a proposal for using the 2024/25 underspend for the next meeting.", [RK],
      "2024-10-16", "next_meeting", "for the next meeting"),
    A("ACTION A24/20: ALL partners to confirm their 2025/26 contributions to the pooled budget by end of Q3.",
      [ALL5], "2024-12-31", "stated", "by end of Q3"),
])

# ------------------------------------------------------------------ 06 police IAG
OKORO = ["CI OKORO", "CHIEF INSPECTOR OKORO", "DANIEL OKORO", "CHIEF INSPECTOR DANIEL OKORO", "OKORO"]
SHAH = ["PC SHAH", "AMIRA SHAH", "PC AMIRA SHAH", "SHAH", "IAG LIAISON OFFICER"]
YA = ["YA", "YUSUF", "YUSUF ADAM", "CHAIR"]
TENNANT = ["INSP TENNANT", "INSPECTOR TENNANT", "ROB TENNANT", "INSPECTOR ROB TENNANT", "TENNANT"]
MN = ["MN", "MARIKA", "MARIKA NOVAK"]
SC6 = ["SC", "REVD COLE", "REVD SANDRA COLE", "SANDRA COLE"]
LG = ["LEWIS GRANT", "LEWIS", "LG"]
GI = ["GI", "GRACE", "GRACE IBEKWE", "VICE-CHAIR"]
D06 = dict(date="2025-03-06", next="2025-06-05", actions=[
    A("Action 6 (stop and search leaflet in Polish and Urdu): PC Shah said the Polish version is printed; the "
      "Urdu version is still with the translators.", [SHAH], optional=True),
    A("The three searches with no recorded grounds will be referred to Professional Standards for advice.",
      [OKORO]),
    A("Members asked for the disproportionality ratio to be shown by neighbourhood in future data packs.", [SHAH]),
    A("A member of the IAG will be invited to observe the stop and search training course for new officers in "
      "April.", [SHAH]),
    A("Yusuf offered to send the scheme details to the mosque committees in the town.", [YA]),
    A("Insp Tennant will review how community languages are covered on the on-call IAG contact list and report "
      "back at the next meeting.", [TENNANT], "2025-06-05", "next_meeting", "at the next meeting"),
    A("Marika and Revd Cole volunteered to help recruit two new third-party reporting centres before the end of "
      "March.", [MN, SC6], "2025-03-31", "stated", "before the end of March"),
    A("Lewis will circulate the draft revised terms of reference in the coming weeks.", [LG], "2025-03-20",
      "vague", "in the coming weeks"),
    A("Grace will draft a short role description for the youth member by 31st March 2025.", [GI], "2025-03-31",
      "stated", "by 31st March 2025"),
    A("CI Okoro to bring the force's Race Action Plan scorecard to the June meeting.", [OKORO], "2025-06-05",
      "next_meeting", "to the June meeting"),
    A("Lewis offered to ask the OPCC estates lead to brief the IAG on the review.", [LG]),
])

# ------------------------------------------------------------------ 07 safeguarding adults board
IQ = ["IQ", "IMRAN QURESHI", "BOARD MANAGER"]
LF = ["LF", "LAURA FINCH", "DR LAURA FINCH"]
PO7 = ["PO", "PETER OTIENO"]
GM = ["GM", "GARY MILLS", "DET SUPT GARY MILLS", "DET SUPT MILLS"]
ZH = ["ZH", "ZOE HARTLEY"]
RS = ["RS", "ROB SINCLAIR", "DASS", "DIRECTOR OF ADULT SOCIAL SERVICES"]
AK = ["AK", "ANITA KOWALSKI"]
PARTNERS = ["EACH PARTNER AGENCY", "PARTNER AGENCIES", "ALL PARTNERS", "PARTNERS"]
D07 = dict(date="2024-12-10", next="2025-03-11", actions=[
    A("Multi-agency audit of self-neglect referrals", [LF], optional=True, kind=ROW),
    A("Refresh the Board's risk register", [IQ], optional=True, kind=ROW),
    A("IQ will share the final report with Adult K's family before it is published.", [IQ]),
    A("Each partner agency to provide a written response to the recommendations that apply to it by 31st "
      "January 2025.", [PARTNERS], "2025-01-31", "stated", "by 31st January 2025"),
    A("PO agreed to share the fire service's hoarding risk assessment tool with all partners.", [PO7]),
    A("GM undertook to provide the missing police data to the Board Manager within two weeks.", [GM],
      "2024-12-24", "stated", "within two weeks"),
    A("HA asked IQ to add the concern-to-enquiry conversion rate trend to the dashboard for future meetings.",
      [IQ]),
    A("ZH will present the full survey findings at the next Board meeting.", [ZH], "2025-03-11", "next_meeting",
      "at the next Board meeting"),
    A("IQ to issue invoices for the partner contributions in the new financial year.", [IQ]),
    A("IQ to circulate a draft of the strategic plan to members by end of Q4.", [IQ], "2025-03-31", "stated",
      "by end of Q4"),
    A("The subgroup plans to run two section 42 enquiry workshops in the spring.", [], optional=True),
    A("RS agreed to nominate a social work lead for the subgroup by Friday 20 December.", [RS], "2024-12-20",
      "stated", "by Friday 20 December"),
    A("The Chair asked AK and RS to agree a joint escalation route for discharge safeguarding concerns and "
      "report back to the next meeting.", [AK, RS], "2025-03-11", "next_meeting", "to the next meeting"),
])

# ------------------------------------------------------------------ 08 joint audit committee
DCC = ["DCC", "DEPUTY CHIEF CONSTABLE", "SIMON REEVE", "DEPUTY CHIEF CONSTABLE SIMON REEVE"]
IA = ["IA", "INTERNAL AUDIT MANAGER", "FRAN ELLIOTT", "MS FRAN ELLIOTT"]
PCCCFO = ["PCC CFO", "NEIL FAIRLIE", "MR NEIL FAIRLIE", "CHIEF FINANCE OFFICER TO THE PCC"]
CCCFO = ["CC CFO", "ALISON TANDY", "MS ALISON TANDY", "CHIEF FINANCE OFFICER TO THE CHIEF CONSTABLE",
         "ASSISTANT CHIEF OFFICER"]
HRBC = ["HRBC", "LEE CARTWRIGHT", "MR LEE CARTWRIGHT", "HEAD OF RISK AND BUSINESS CONTINUITY"]
MIRZA = ["DR MIRZA", "SANA MIRZA", "DR SANA MIRZA", "MIRZA"]
CEX8 = ["OPCC CEX", "JENNA WARD", "MS JENNA WARD", "CHIEF EXECUTIVE", "MONITORING OFFICER"]
CHAIR8 = ["CHAIR", "THE CHAIR", "HUGH GRANTHAM", "MR HUGH GRANTHAM", "MR GRANTHAM"]
MEMBERS8 = ["MEMBERS", "ALL MEMBERS"]
D08 = dict(date="2025-07-16", next="2025-09-24", actions=[
    A("JAC/25/05 (overdue audit recommendations in Estates): the CC CFO said the report is being finalised and "
      "will come to the September meeting.", [CCCFO], "2025-09-24", "next_meeting", "to the September meeting",
      optional=True),
    A("The Committee asked the DCC to provide a written update on the seized property actions at the September "
      "meeting.", [DCC], "2025-09-24", "next_meeting", "at the September meeting"),
    A("The IA agreed to complete the follow-up audit of seized property by end of Q3.", [IA], "2025-12-31",
      "stated", "by end of Q3"),
    A("The PCC CFO undertook to change the format of the tracker for the next meeting.", [PCCCFO], "2025-09-24",
      "next_meeting", "for the next meeting"),
    A("The Chair asked the HRBC to add the risk to fleet availability to the register at the next review.",
      [HRBC]),
    A("Dr Mirza offered to share with the HRBC a risk appetite framework used by another public body.", [MIRZA]),
    A("The CC CFO and the PCC CFO agreed to circulate a short guide to the main changes in the accounts within "
      "six weeks.", [CCCFO, PCCCFO], "2025-08-27", "stated", "within six weeks"),
    A("The Committee asked the OPCC CEx to reflect the Committee's comments in the Annual Governance Statements "
      "and circulate the final versions by 31st August 2025.", [CEX8], "2025-08-31", "stated",
      "by 31st August 2025"),
    A("The DCC will present the force's PEEL improvement plan at the next meeting.", [DCC], "2025-09-24",
      "next_meeting", "at the next meeting"),
    A("The Chair will circulate the annual effectiveness self-assessment to members by the end of July.",
      [CHAIR8], "2025-07-31", "stated", "by the end of July"),
    A("Members to return their completed self-assessments to the Governance Officer by 22 August.", [MEMBERS8],
      "2025-08-22", "stated", "by 22 August"),
])

# ------------------------------------------------------------------ 09 OPCC victims' commissioning
VSCM = ["VSCM", "LEANNE PRICE", "VICTIMS' SERVICES COMMISSIONING MANAGER"]
HOC = ["HOC", "MICHAEL DUNN", "HEAD OF COMMISSIONING AND PARTNERSHIPS"]
DCIRB = ["DCI RB", "DCI BARKER", "RUTH BARKER", "DCI RUTH BARKER", "RB"]
CFO9 = ["CFO", "GILLIAN FORDE", "OPCC CHIEF FINANCE OFFICER", "CHIEF FINANCE OFFICER"]
CGO = ["CGO", "TARIQ HUSSAIN", "CONTRACTS AND GRANTS OFFICER"]
PO9 = ["PO", "AMY CLARKE", "POLICY OFFICER"]
D09 = dict(date="2025-01-14", next="2025-02-11", actions=[
    A("Agree the data sharing agreement with the Victim Care Hub provider", [HOC], optional=True, kind=ROW),
    A("The VSCM will meet the provider to agree a waiting-list recovery plan within 28 days.", [VSCM],
      "2025-02-11", "stated", "within 28 days", optional=True),
    A("The HoC agreed to set out options for continuing the outreach service for the DPCC by the end of "
      "February.", [HOC], "2025-02-28", "stated", "by the end of February", optional=True),
    A("DCI Barker undertook to share the results of the force's Victims' Code compliance audit at the next "
      "meeting.", [DCIRB], "2025-02-11", "next_meeting", "at the next meeting", optional=True),
    A("Amy Clarke offered to update the victims' services directory on the OPCC website with the new ISVA "
      "referral route.", [PO9]),
    A("CFO to prepare a budget scenario assuming a 5% reduction in the MoJ grant for the February meeting.",
      [CFO9], "2025-02-11", "next_meeting", "for the February meeting", optional=True),
    A("The CGO will issue the contract variation to the provider by Friday.", [CGO], "2025-01-17", "stated",
      "by Friday", optional=True),
    A("The VSCM will begin market engagement for the new service in the new financial year.", [VSCM],
      optional=True),
    A("The PO will complete the refresh of the victims' needs assessment by end of Q1 2025/26.", [PO9],
      "2025-06-30", "stated", "by end of Q1 2025/26", optional=True),
    A("The DPCC asked the HoC to draft a briefing for the Commissioner on the new duties in the Victims and "
      "Prisoners Act 2024 as soon as possible.", [HOC], "2025-01-28", "vague", "as soon as possible",
      optional=True),
    A("Agree an ISVA waiting-list recovery plan with Rape Crisis Avonmere", [VSCM], "2025-02-11", "stated",
      "11/02/2025", kind=ROW),
    A("Options paper on continuing domestic abuse outreach after 31 March", [HOC], "2025-02-28", "stated",
      "28/02/2025", kind=ROW),
    A("Victims' Code compliance audit results", [DCIRB], "2025-02-11", "next_meeting", "Next meeting", kind=ROW),
    A("MoJ grant budget scenario (5% reduction)", [CFO9], "2025-02-11", "next_meeting", "February meeting",
      kind=ROW),
    A("Issue the RJ contract variation to the provider", [CGO], "2025-01-17", "stated", "17/01/2025", kind=ROW),
    A("Market engagement for the new RJ service", [VSCM], kind=ROW),
    A("Refresh the victims' needs assessment", [PO9], "2025-06-30", "stated", "End of Q1 2025/26", kind=ROW),
    A("Briefing for the PCC on Victims and Prisoners Act 2024 duties", [HOC], "2025-01-28", "vague", "ASAP",
      kind=ROW),
])

# ------------------------------------------------------------------ 10 multi-academy trust ARC
CFO10 = ["CFO", "ABI LINDQVIST", "MRS ABI LINDQVIST", "CHIEF FINANCIAL OFFICER"]
BRIGHT = ["MS BRIGHT", "LORNA BRIGHT", "MS LORNA BRIGHT", "BRIGHT", "INTERNAL SCRUTINY PROVIDER"]
GP10 = ["GOVERNANCE PROFESSIONAL", "CLERK", "THE CLERK", "EVE MORGAN", "MRS EVE MORGAN", "MRS MORGAN"]
HEC = ["HEAD OF ESTATES AND COMPLIANCE", "JACK SUMNER", "MR JACK SUMNER", "MR SUMNER"]
CEO10 = ["CEO", "NEIL CROSSLEY", "MR NEIL CROSSLEY", "CHIEF EXECUTIVE OFFICER"]
ALLARD = ["MR ALLARD", "RHYS ALLARD", "MR RHYS ALLARD", "ALLARD"]
CHAIR10 = ["CHAIR", "THE CHAIR", "GILLIAN ODUYA", "MRS GILLIAN ODUYA", "MRS ODUYA"]
D10 = dict(date="2025-06-09", next="2025-10-06", actions=[
    A("ARC/25/09 (review of cyber insurance cover): the CFO reported that this is waiting for the Risk "
      "Protection Arrangement renewal terms, which the DfE expects to publish in July.", [CFO10], optional=True),
    A("The CFO will report progress through the internal scrutiny tracker.", [CFO10], optional=True),
    A("CFO to add the payroll findings to the internal scrutiny tracker for the October meeting.", [CFO10],
      "2025-10-06", "next_meeting", "for the October meeting"),
    A("Ms Bright to carry out a follow-up review of single central record checks in the autumn term.", [BRIGHT]),
    A("Governance Professional to circulate the approved programme to the Board of Trustees.", [GP10]),
    A("Head of Estates and Compliance to run a business continuity test at one academy before the end of the "
      "summer term.", [HEC]),
    A("CEO to bring a mitigation plan for falling rolls to the Committee by the next meeting.", [CEO10],
      "2025-10-06", "next_meeting", "by the next meeting"),
    A("The CFO will ensure the 2025 related party declarations are collected from all trustees and members by "
      "31 August 2025.", [CFO10], "2025-08-31", "stated", "by 31 August 2025"),
    A("Clerk to send each trustee and member the declaration form within 14 days.", [GP10], "2025-06-23",
      "stated", "within 14 days"),
    A("CFO to send the auditors' planning letter to the Chair by Friday.", [CFO10], "2025-06-13", "stated",
      "by Friday"),
    A("Mr Allard offered to join the Head of Estates and Compliance on a compliance walk at Kelder Primary.",
      [ALLARD]),
    A("The Chair will lead the annual review of the Committee's terms of reference at the October meeting.",
      [CHAIR10], "2025-10-06", "next_meeting", "at the October meeting"),
])

# ------------------------------------------------------------------ 11 coroner's service liaison
CSM = ["CSM", "CORONER'S SERVICE MANAGER", "LISA HARDING", "MRS LISA HARDING", "MRS HARDING"]
SCO = ["SCO", "SENIOR CORONER'S OFFICER", "GARY TOMKINS", "MR GARY TOMKINS", "MR TOMKINS"]
LME = ["LEAD MEDICAL EXAMINER", "DR FENWICK", "IAN FENWICK", "DR IAN FENWICK"]
MOSS = ["DI MOSS", "KAREN MOSS", "DI KAREN MOSS"]
MM = ["MORTUARY MANAGER", "DEV LAL", "MR DEV LAL", "MR LAL"]
BLAKE = ["MRS BLAKE", "SUE BLAKE", "MRS SUE BLAKE"]
AC = ["AREA CORONER", "JONATHAN PRYOR", "MR JONATHAN PRYOR", "MR PRYOR"]
BSM = ["BEREAVEMENT SERVICES MANAGER", "PAULA GREER", "MS PAULA GREER", "MS GREER"]
SHAW = ["MR SHAW", "ANTHONY SHAW", "MR ANTHONY SHAW", "SUPERINTENDENT REGISTRAR"]
SENC = ["SENIOR CORONER", "HM SENIOR CORONER", "THE SENIOR CORONER", "CATHERINE ALDOUS",
        "MS CATHERINE ALDOUS", "MS ALDOUS", "CHAIR"]
D11 = dict(date="2024-10-09", next="2025-01-15", actions=[
    A("The CSM will keep monitoring referral numbers (see Point for Action 2).", [CSM], optional=True),
    A("Mr Shaw offered to attend the next GP education session with Dr Fenwick.", [SHAW]),
    A("The Senior Coroner said she would write to the Trust's Medical Director about the pathology delays.",
      [SENC]),
    A("The Area Coroner will lead the recovery work (see Point for Action 6).", [AC], optional=True),
    A("Write to GP practice leads with guidance on which deaths must be referred to the coroner", [LME, SCO],
      "2024-11-06", "stated", "within 28 days", kind=ROW),
    A("Bring referral numbers by source (GP, hospital, police, care home) to the next liaison meeting", [CSM],
      "2025-01-15", "next_meeting", "next liaison meeting", kind=ROW),
    A("Brief response sergeants on the revised sudden death report form", [MOSS], "2024-11-30", "stated",
      "end of November", kind=ROW),
    A("Agree a weekend release process for cases where no post-mortem is needed", [MM, BLAKE], "2024-12-31",
      "stated", "31st December 2024", kind=ROW),
    A("Circulate the Christmas and New Year on-call cover rota", [CSM], "2024-12-13", "stated", "13th December",
      kind=ROW),
    A("Set up a task group on inquest backlog recovery", [AC], "2024-10-23", "vague", "shortly", kind=ROW),
    A("Agree with the Registration Service a weekly list of cases where an interim certificate has been issued",
      [SCO], "2024-10-16", "stated", "next week", kind=ROW),
    A("Update the bereaved families' information leaflet to reflect the medical examiner system", [BSM],
      kind=ROW),
    A("Circulate the revised Regulation 28 tracker to all members", [CSM], "2024-10-23", "vague", "ASAP",
      kind=ROW),
])

# ------------------------------------------------------------------ 12 Irish joint policing committee
EGAN = ["MR EGAN", "PAUL EGAN", "MR PAUL EGAN", "SENIOR ENGINEER"]
WALSH = ["SUPERINTENDENT WALSH", "AOIFE WALSH", "SUPERINTENDENT AOIFE WALSH", "SUPT WALSH"]
CSUPT = ["CHIEF SUPERINTENDENT", "THE CHIEF SUPERINTENDENT", "CHIEF SUPERINTENDENT FURLONG",
         "DECLAN FURLONG", "CHIEF SUPERINTENDENT DECLAN FURLONG", "CHIEF SUPT FURLONG"]
MORAN = ["INSPECTOR MORAN", "CIARÁN MORAN", "CIARAN MORAN", "INSPECTOR CIARÁN MORAN", "INSPECTOR CIARAN MORAN"]
QUIRKE = ["MR QUIRKE", "KEVIN QUIRKE", "MR KEVIN QUIRKE", "DIRECTOR OF SERVICES"]
SEC12 = ["SECRETARY", "THE SECRETARY", "MS LYONS", "DEIRDRE LYONS", "MS DEIRDRE LYONS",
         "SENIOR EXECUTIVE OFFICER", "SECRETARY TO THE COMMITTEE"]
BARRETT = ["MR BARRETT", "LIAM BARRETT", "MR LIAM BARRETT"]
CLLRF = ["CLLR FURLONG", "TOM FURLONG", "CLLR TOM FURLONG", "COUNCILLOR FURLONG", "COUNCILLOR TOM FURLONG"]
D12 = dict(date="2024-12-02", next="2025-03-10", actions=[
    A("Mr Egan said he would ask the Public Lighting section to survey the car park and report back to members.",
      [EGAN]),
    A("Superintendent Walsh said additional patrols were already in place on Friday and Saturday nights, and "
      "undertook to meet residents of the Fair Green in the coming weeks.", [WALSH], "2024-12-16", "vague",
      "in the coming weeks"),
    A("The Chief Superintendent agreed to provide the figures to the Secretary for circulation to members.",
      [CSUPT]),
    A("Inspector Moran agreed to arrange speed checks on the R572 at Knockeen.", [MORAN]),
    A("Mr Egan would examine the case for traffic calming outside Knockeen National School and report to the "
      "next meeting.", [EGAN], "2025-03-10", "next_meeting", "to the next meeting"),
    A("Mr Quirke will circulate the Department's guidance on partnership membership to members by Friday.",
      [QUIRKE], "2024-12-06", "stated", "by Friday"),
    A("Members agreed that the Secretary would write to the Minister for Justice seeking clarity on funding for "
      "the partnership coordinator post.", [SEC12]),
    A("Inspector Moran undertook to contact the coordinators of the lapsed groups by 20th December.", [MORAN],
      "2024-12-20", "stated", "by 20th December"),
    A("Mr Barrett offered to promote the Text Alert scheme through the PPN newsletter.", [BARRETT]),
    A("Ms Lyons to prepare a draft programme for the public meeting for the next meeting.", [SEC12],
      "2025-03-10", "next_meeting", "for the next meeting"),
    A("Cllr Furlong will send details of the Chamber's meeting on 14th January to Superintendent Walsh.",
      [CLLRF]),
])

DOCS = {
    "01_severnmoor-police-crime-panel-2024-10.pdf": D01,
    "02_wyvern-fra-audit-governance-2024-11.pdf": D02,
    "03_marlbridge-teme-nhsft-quality-committee-2024-11.docx": D03,
    "04_medbury-dc-overview-scrutiny-2025-07.md": D04,
    "05_calder-brook-csp-board-2024-07.txt": D05,
    "06_brackwater-police-iag-2025-03.md": D06,
    "07_kennet-marden-sab-2024-12.pdf": D07,
    "08_north-marches-joint-audit-committee-2025-07.pdf": D08,
    "09_avonmere-opcc-victims-commissioning-2025-01.docx": D09,
    "10_tarnside-learning-trust-arc-2025-06.docx": D10,
    "11_kingsferry-dunmoor-coroner-liaison-2024-10.txt": D11,
    "12_carrigmore-joint-policing-committee-2024-12.pdf": D12,
}


# ------------------------------------------------------------------ checking
def collapse(s):
    return " ".join(s.split())


def readings(path):
    """Return (list of texts to search, number of non-blank content lines)."""
    if path.suffix == ".pdf":
        plain = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
        layout = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
        lines = [l for l in layout.splitlines() if l.strip()]
        return [collapse(plain), collapse(layout)], len(lines)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        units = [p.text for p in d.paragraphs]
        n = sum(1 for p in d.paragraphs if p.text.strip())
        for t in d.tables:
            for row in t.rows:
                n += max(1, max(sum(1 for p in c.paragraphs if p.text.strip()) for c in row.cells))
                seen = set()
                for c in row.cells:
                    if id(c._tc) in seen:
                        continue
                    seen.add(id(c._tc))
                    units.append(c.text)
                    units.extend(p.text for p in c.paragraphs)
        return [collapse(u) for u in units if u.strip()], n
    raw = path.read_text()
    lines = [l for l in raw.splitlines() if l.strip() and not re.fullmatch(r"\s*[-|: ]+\s*", l)]
    if path.suffix == ".md":
        raw = raw.replace("**", "").replace("~~", "")
    return [collapse(raw)], len(lines)


def norm_text(text):
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"^\s*(actions?\s*(arising)?\s*:)\s*", "", text)
    return " ".join(re.findall(r"[a-z0-9]+", text))


def similarity(a, b):
    a, b = norm_text(a), norm_text(b)
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return min(len(a), len(b)) / max(len(a), len(b)) * 0.5 + 0.5
    return difflib.SequenceMatcher(None, a, b).ratio()


def main():
    problems = []
    out = {}
    tot = {"req": 0, "opt": 0, "stated": 0, "next_meeting": 0, "vague": 0, "null": 0}
    for name, d in DOCS.items():
        path = MIN / name
        texts, nlines = readings(path)
        if not 40 <= nlines <= 150:
            problems.append(f"{name}: {nlines} content lines")
        acts = []
        for a in d["actions"]:
            t = collapse(a["text"])
            if not any(t in x for x in texts):
                problems.append(f"{name}: text not verbatim: {t[:80]}")
            keys = (a["due"], a["basis"], a["due_words"])
            if any(k is None for k in keys) and not all(k is None for k in keys):
                problems.append(f"{name}: due/basis/due_words mixed: {t[:60]}")
            if a["due_words"]:
                w = collapse(a["due_words"])
                if not any(w in x for x in texts):
                    problems.append(f"{name}: due_words not verbatim: {w}")
                if not a["_row"] and w not in t:
                    problems.append(f"{name}: due_words not inside text: {w} / {t[:60]}")
            for alts in a["owners"]:
                for o in alts:
                    if o != o.upper():
                        problems.append(f"{name}: owner not upper-case: {o}")
            if a["basis"] not in (None, "stated", "next_meeting", "vague"):
                problems.append(f"{name}: bad basis {a['basis']}")
            if a["basis"] == "next_meeting" and a["due"] != d["next"]:
                problems.append(f"{name}: next_meeting due {a['due']} != N {d['next']}")
            acts.append({k: a[k] for k in ("text", "owners", "due", "basis", "due_words", "optional")})
            tot["opt" if a["optional"] else "req"] += 1
            if not a["optional"]:
                tot[a["basis"] or "null"] += 1
        for i in range(len(acts)):
            for j in range(i + 1, len(acts)):
                s = similarity(acts[i]["text"], acts[j]["text"])
                if s >= 0.6:
                    kinds = ["opt" if x["optional"] else "REQ" for x in (acts[i], acts[j])]
                    print(f"  similar {s:.2f} {name[:2]} [{kinds[0]}] {acts[i]['text'][:50]!r} ~ "
                          f"[{kinds[1]}] {acts[j]['text'][:50]!r}")
        nreq = sum(1 for a in acts if not a["optional"])
        print(f"{name}: lines={nlines} req={nreq} opt={len(acts) - nreq} M={d['date']} N={d['next']}")
        out[name] = {"source": "written blind", "meeting": {"date": d["date"], "next_meeting": d["next"]},
                     "actions": acts}
    gold = {"about": "blind evaluation set 6: 12 invented meeting records of UK and Irish public-sector and "
                     "statutory bodies (5 PDF, 3 Word, 4 text/Markdown) written without reading the extractor "
                     "or its tests",
            "documents": out}
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
    print("totals:", tot)
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" ", p)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
