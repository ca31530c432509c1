"""The wording of actions: markers, list headers, and assignments written without a marker.

Markers ("ACTION:", "Action point 3 -", "[ACTION]", "AP1") and list headers ("Actions
arising:", "Agreed actions") are the minute-taker saying "this is an action". Assignments
without a marker ("The Clerk to write...", "It was agreed that the Treasurer would...",
"The Chair asked the Clerk to...", "RC undertook to...") count only when their subject is an
owner the ``OwnerBook`` recognises: that is what separates "JB will circulate the draft"
from "the force will use proactive comms". Weaker forms ("X will ...") are only trusted in
minutes that mark no actions at all, because a minute-taker who marks actions marks them
all, and the rest of their prose is discussion.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Sentences are split in their own module; the rules below are read sentence by sentence.
from reminders.minutes.sentences import sentences as sentences

IMPERATIVES = frozenset(str.split(
    "apply approach talk ping call contact email invite tell help fix buy get go install "
    "move reach sort make start give put take try write test run plan print include "
    "determine implement display introduce survey remind pay paste list post sign come "
    "add agree amend arrange ask book bring chase check circulate clarify collate complete "
    "confirm consider contact co-ordinate coordinate create develop discuss distribute draft "
    "e-mail email ensure establish explore find follow identify investigate invite liaise "
    "look meet monitor obtain order organise prepare present produce progress provide "
    "publish raise re-visit reconsider refer report request research revise revisit review "
    "schedule seek send set share speak submit update write"))
# "asked X to set out..." is a question put at the meeting, not work assigned.
_ANSWER_VERBS = frozenset(str.split(
    "set outline explain clarify confirm describe comment respond justify reassure "
    "summarise expand elaborate say state tell give reflect"))
_ANSWER_PHRASE = re.compile(r"^provide\s+(?:re)?assurance|^provide\s+(?:an?\s+)?(?:answer|view|"
                            r"overview|explanation)", re.IGNORECASE)

# What says work is finished, in a status, after an item ("- done, CLOSED.") or in a key.
DONE_WORDS = r"(?:done|complete[d]?|closed|finished)"
MARKER = re.compile(
    r"(?<![\w-])(?:\[\s*ACTIONS?\s*\]|ACTION_ITEM\s*:|#(?:action|todo)\b:?|A[IP]\s*:(?=\s)|"
    r"TODO(?:\s+for\s+(?P<todo>[^:]{1,30})|\((?P<todo_of>[^()]{1,40})\))?\s*:|"
    r"(?:(?:ACTION|Action|action)(?:\s+[Pp]oint|\s+[Ii]tem)?(?:\s+by)?|A/[IP](?=[\s(:])|"
    r"Follow[- ]?[Uu]p(?=\s*:\s))"
    r"(?:\s+(?P<ref>\d{1,2}(?:[./]\d{1,2})*[a-z]?))?\s*(?:\((?P<who>[^()]{1,24})\))?"
    r"\s*(?::|[-–—](?=\s))|AP\s?\d{1,3}\b(?![,/])\s*[:.\-–]?)\s*"  # (not "AP1, AP2", "AP9/April")
)
# "...backup battery (9v)  ACTION", "Fringe Festival ACTION make sure...", "CLERK TO ACTION":
# the capitalised word tags the phrase it stands in.
GLUED = re.compile(r"(?<![\w-])ACTION(?![\w:])(?!\s*[-–—:]\s)(?!\s+(?i:LOG|PLAN|TRACKER|"
                   r"LIST|SHEET|SUMMARY|REGISTER|TAKEN|COLUMN)\b)|\bto\s+action\b\.?$")
# (not "... AND ACTION LOG", a heading naming the log, nor "the ACTION column" of a legend)
# Headings over a list of new work: "Actions", "Action items", "Actionable Items",
# "Resolved", "Summary of actions", "Next steps", "TODO", "ACTION LIST SUMMARY", "Jobs list",
# "STAFF DIRECTION SUMMARY".
ACTIONS_HEADING = re.compile(
    r"^(?:\d{1,2}[.:]\d{2}\s+|\d{1,2}[.)]?\s+|item\s+\d+\s*[:.-]?\s*)?"
    r"(?:(?:new|agreed|summary\s+of(?:\s+the)?|list\s+of|follow[- ]up|key|open)\s+)?"
    r"(?:actions?(?:\s+(?:items?|points?|list(?:\s+summary)?|summary|agreed|arising"
    r"(?:\s+from\s+this\s+meeting)?|required|to\s+take))?|actionable\s+items?|"
    r"resolved|resolutions|next\s+steps?|to-?\s?dos?|tasks?|jobs?|follow[- ]ups?|"
    r"staff\s+directions?|directions?\s+to\s+staff|"  # a council's word for its asks
    r"(?:points?|matters|items)\s+for\s+action|"
    r"decisions\s+and\s+actions|actions\s+and\s+decisions|assignments|"
    r"who(?:'s|\s+is)?\s+doing\s+what|who\s+does\s+what)"
    r"(?:\s+for\s+(?:the\s+)?(?:next|this|coming)\s+\w+)?"  # "Actions for next year"
    r"(?:\s+(?:summary|list))?(?:\s*\([^()]{1,40}\))?\s*:?$", re.IGNORECASE)  # "(KB)"
# "MF  - order mic arm", "LM/SE – lottery bid": an owner set off by a dash (a summary's
# two columns flattened); the dash is spaced, so "Smith-Jones" is one name.
OWNER_DASH = re.compile(r"^(?P<who>[^:–—-]{1,40}?)\s+[-–—]\s+(?=\S)")
# Headings over reports on earlier work: "Previous action items", "Review of the previous
# meeting", "Pending actions", "Report on actions of the last meeting".
CARRIED_HEADING = re.compile(
    r"\b(?:previous|prior|last|earlier|outstanding|pending|open)\s+(?:meeting\s+|\w+\s+)?"
    r"(?:action|actions|action\s+items|issues|tasks)\b|review\s+of\s+(?:the\s+)?(?:previous|"
    r"last|prior)|report\s+on\s+(?:the\s+)?actions|actions?(?:\s+items?|\s+points?)?\s+(?:from|of)"
    r"\s+(?:the\s+)?(?:previous|last|prior)", re.IGNORECASE)
# "Action arising from the January 2018 meeting:", "Actions brought forward"
CARRIED_HEADER = re.compile(
    r"^(?:outstanding\s+)?actions?\s+(?:a?rising\s+from|from|carried\s+forward|brought\s+forward)"
    r"\b.{0,60}$", re.IGNORECASE)
# "Action rising April 2020/21: PCC to revisit..." - an earlier action, named by its date.
CARRIED_MARKER = re.compile(
    r"^actions?\s+(?:a?rising|from|c/?fwd|carried\s+forward)\s+(?P<when>[^:]{1,40}):\s*(?P<rest>\S.*)$",
    re.IGNORECASE)
LIST_HEADER = re.compile(
    r"^(?:actions?\s+arising|action\s+points?|agreed\s+actions|actions\s+agreed|new\s+actions|"
    r"actions|summary\s+of\s+actions|actions\s+from\s+this\s+meeting)"
    r"(?:\s*\([^()]*\))?\s*(?::\s*(?P<rest>.*)|$)", re.IGNORECASE)
NONE = re.compile(r"^\W*(?:none|nil|n/?a|no(?:ne)?\s+actions?|there\s+were\s+none)\W*$",
                  re.IGNORECASE)
UPDATE_LABEL = re.compile(r"^(?:update|progress|status|response|outcome)\s*[:\-–]\s*(?P<rest>.*)$",
                          re.IGNORECASE)
OWNER_LABEL = re.compile(r"^(?:action\s+)?(?:owner|lead|responsible|by\s+whom|who)\s*[:\-–]\s*"
                         r"(?P<rest>.+)$", re.IGNORECASE)
DUE_LABEL = re.compile(r"^(?:due(?:\s+date)?|deadline|by\s+when|when|target(?:\s+date)?|"
                       r"timescale|date\s+due|completion\s+date)\s*[:\-–]\s*(?P<rest>.+)$",
                       re.IGNORECASE)
QUESTION = re.compile(r"\b(?:asked\s+(?:if|whether|how|what|why|when|who|for)|queried|sought|"
                      r"responded|commented|enquired|wondered)\b|\?", re.IGNORECASE)

# Connectors after an owner subject. Strong ones are assignments wherever they appear.
# (The spaces every branch opens with are written once, as "\s\s*": the engine then skips
# to a space before trying the branches, instead of trying them at every character.)
STRONG_AFTER_SUBJECT = re.compile(
    r"\s\s*(?:(?:is\s+|are\s+|still\s+)?to\s+(?=[a-z])|(?:(?:also|kindly|then|further)\s+)?"
    r"(?:undertook|agreed|offered|"  # ("Mr Rosen also agreed to ask ...")
    r"volunteered|(?:has|have)\s+(?:agreed|undertaken|offered|volunteered)|"
    r"(?:was|were|is|are)\s+(?:asked|tasked|requested|authori[sz]ed|appointed|nominated)|"
    r"authori[sz]ed|tasked|nominated)\s+to\s+(?=[a-z])|(?:confirmed|said|agreed|indicated|"
    r"stated)\s+(?:that\s+)?(?:he|she|they)\s+(?:would|will)\s+(?!like\b)(?=[a-z]))")
# "The Director undertook to...": volunteering names its subject as the owner even when the
# attendance list does not define it.
VOLUNTEERED = re.compile(r"^(?P<who>(?:The\s+)?[A-Z][\w'/-]*(?:\s+(?:of\s+)?[A-Z][\w'/-]*){0,3})"
                         r"\s+(?:undertook|offered|volunteered)\s+to\s+(?=[a-z])")
WEAK_AFTER_SUBJECT = re.compile(r"\s\s*(?:will|shall|would|must|(?:is|are)\s+going\s+to)\s+"
                                r"(?:now\s+|also\s+|then\s+)?(?!not\b|be\b|have\s+been\b|like\b|"
                                # "NO will attend the webinar": being there, unless to report
                                r"attend\b(?![^.;]*\b(?:report|feed|update|brief)))"
                                r"(?=[a-z])")
# "I'll put up an RFC", "I will send it": a first-person commitment, owned by the speaker.
FIRST_PERSON = re.compile(r"^(?P<who>[^:]{1,30}):\s+(?:.*?\b)?(?:I'll|I\s+will|I\s+can|"
                          r"I'm\s+going\s+to|I\s+am\s+going\s+to|we'll)\s+(?=[a-z])",
                          re.IGNORECASE)
# The note-taker's own commitment, unattributed: "I'll email Park Circus ...", "Claire and I
# are going to sort out the list".
WRITER_COMMITS = re.compile(r"^(?:(?P<with>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+and\s+I\s+"
                            r"(?:will|are\s+going\s+to|agreed\s+to)|I'll|I\s+will|"
                            r"I'm\s+going\s+to|I\s+am\s+going\s+to)\s+(?=[a-z])")
# "It was agreed to contact...", "Agreed to write sentiment...": agreed work with no doer;
# also after the discussion that led to it ("After discussion it was agreed to...",
# "Following a long discussion on parking, it was agreed to...").
AGREED_TO = re.compile(r"^(?:(?:after|following|on|upon)\b[^.;:!?]{0,80}?,?\s+it\s+was\s+|"
                       r"it\s+was\s+)?(?:agreed|resolved|decided)\s*[:,]?\s+to\s+(?=[a-z])",
                       re.IGNORECASE)
# "CLERK TO ACTION", "Clerk to action.": an owner tagging the sentence before it.
TO_ACTION = re.compile(r"^(?P<who>[\w .'/-]{1,30}?)\s+to\s+action\W*$", re.IGNORECASE)
# "RESOLVED to adopt the Code of Conduct": the meeting decided; nobody is to do anything.
DECISION_VERB = re.compile(r"(?:adopt|approve|accept|appoint|co-opt|ratify|endorse|elect|note|"
                           r"receive|support|grant|award|pay|agree|confirm|defer|reject|"
                           r"decline|refuse|object|recommend|continue|keep|retain|remain)\b")
# Past participles that end like adjectives ("different" does not belong here).
_IRREGULAR = (r"sent|spent|built|kept|left|lent|meant|put|set|cut|bought|brought|caught|"
              r"taught|thought|sought|dealt|lit|met|shut|let|read")
# "...that a bran tub be used", "...that formal invitations be sent": agreed, no doer.
SUBJUNCTIVE = re.compile(r"^[^,;]{2,80}?(?<!\bto)\s(?:be|should\s+be|would\s+be|is\s+to\s+be)\s+"
                         r"(?!(?:approved|accepted|adopted|noted|received|signed|agreed|ratified|"
                         r"confirmed|granted|paid|awarded|elected|co-opted|appointed|held|"
                         r"closed|deferred|recorded|minuted)\b)(?:[a-z]+(?:ed|en)|" + _IRREGULAR
                         + r")\b")
# "Further quotations ... would be requested", "Alternative funding is to be investigated".
WORK_PASSIVE = re.compile(
    r"^(?!(?:This|That|It|These|Those|There|Nothing|None|No|Which)\b)"
    r"(?P<np>[A-Z][\w'/&\- ]{2,60}?)\s+(?:(?:is|are)\s+to\s+be|(?:will|would|should|must)\s+"
    r"be|(?:is|are)\s+to\s+be)\s+(?:again\s+)?(?:obtained|requested|sought|investigated|sent|"
    r"written|contacted|arranged|circulated|ordered|purchased|placed|put|prepared|drafted|booked|"
    r"chased|approached|asked|invited|posted|organised|organized|explored|pursued|"
    r"repaired|replaced|installed|cleared|fixed|distributed|submitted|drawn\s+up|compiled|"
    r"collected|delivered|signed|emailed|sourced)\b")
AGREED_THAT = re.compile(
    r"\b(?:it\s+was\s+)?(?:agreed|resolved|decided)\s*[:,]?\s+(?:that\s+)?(?!to\s|by\s)",
    re.IGNORECASE)
# "Perhaps Meng would consider it": a hope, not a commitment.
HEDGE = re.compile(r"^(?:perhaps|maybe|possibly|if|whether|hopefully|ideally|it\s+would\s+be)\b",
                   re.IGNORECASE)
THAT_CONNECTOR = re.compile(r"\s+(?:would|will|should|shall|must|is\s+to|are\s+to|to|"
                            r"(?=[a-z]+s\s)|(?=(?:" + "|".join(sorted(IMPERATIVES, key=len,
                            reverse=True)) + r")\b))\s*(?=[a-z])")
ASKED = re.compile(r"\b(?:asked|ask|requested|request|instructed|instruct|tasked|invited|"
                   r"an\s+action\s+(?:for|on))\s+",
                   re.IGNORECASE)
ASKED_TO = re.compile(r"\s+to\s+(?P<verb>[a-z]+)")
REVISIT = re.compile(r"^(?:re-?visit|review|return\s+to|bring\s+(?:it\s+)?back|report\s+back|"
                     r"come\s+back|follow\s+up|reconsider)\b", re.IGNORECASE)
PASSIVE = re.compile(r"^(?!(?:This|That|It|These|Those|There|Nothing|None|No|Which)\b)"
                     r"(?P<np>[A-Z][\w'/&\- ]{2,60}?)\s+to\s+(?:be\s+(?:[a-z]+(?:ed|en|wn)|"
                     + _IRREGULAR + r"|made|held|paid|done|run)\b|form\s+part)\b")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|need|needs|want|wants|wanted|seem|"
                     r"seems|hope|hopes|plan|plans|aim|aims|expect|expects|asked|agreed|able|"
                     r"likely|due|going|used|needed|continue|continues)\b", re.IGNORECASE)


# The only non-ASCII letters re.IGNORECASE matches to ASCII ones: "İ" and "ı" to i, "ſ" to s,
# the Kelvin sign to k (tests/test_minutes_patterns.py checks this against every character).
FOLDED = "\u0130\u0131\u017f\u212a"
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class Anchored:
    """A pattern matched at the start of a text, with the characters a match can start
    with: most texts start with another one, and looking that up costs far less than
    entering the regex engine (a dozen of these run on every block and sentence)."""

    __slots__ = ("first", "pattern")

    def __init__(self, pattern: re.Pattern[str], first: str) -> None:
        self.pattern, self.first = pattern, first

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if text[:1] in self.first else None


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether a case-free pattern needing one of ``words`` can match ``text``; only ASCII
    text is looked into, where no other letter stands for an ASCII one ("ſ" for "s")."""
    return not text.isascii() or holds_any(text.lower(), words)


def holds_any(low: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` is in ``low``: the substring test in front of the patterns
    (as a loop: it costs less than any() over a generator, and it runs on every line)."""
    for word in words:  # noqa: SIM110
        if word in low:
            return True
    return False


def starts(*words: str) -> str:
    """The characters an IGNORECASE match opening with one of ``words`` can start with."""
    firsts = {w[0] for w in words}
    folded = FOLDED if firsts & set("iks") else ""
    return "".join(sorted(firsts | {c.upper() for c in firsts})) + folded


CARRIED_HEADER = Anchored(CARRIED_HEADER, starts("outstanding", "actions"))
CARRIED_MARKER = Anchored(CARRIED_MARKER, starts("actions"))
LIST_HEADER = Anchored(LIST_HEADER, starts("actions", "agreed", "new", "summary"))
UPDATE_LABEL = Anchored(UPDATE_LABEL, starts("update", "progress", "status", "response",
                                               "outcome"))
OWNER_LABEL = Anchored(OWNER_LABEL, starts("action", "owner", "lead", "responsible", "by",
                                             "who"))
DUE_LABEL = Anchored(DUE_LABEL, starts("due", "deadline", "by", "when", "target",
                                         "timescale", "date", "completion"))
AGREED_TO = Anchored(AGREED_TO, starts("it", "agreed", "resolved", "decided", "after",
                                          "following", "on", "upon"))
HEDGE = Anchored(HEDGE, starts("perhaps", "maybe", "possibly", "if", "whether", "hopefully",
                                "ideally", "it"))
REVISIT = Anchored(REVISIT, starts("revisit", "review", "return", "bring", "report", "come",
                                    "follow", "reconsider"))
VOLUNTEERED = Anchored(VOLUNTEERED, _UPPER)  # these three are case-sensitive
WORK_PASSIVE = Anchored(WORK_PASSIVE, _UPPER)
PASSIVE = Anchored(PASSIVE, _UPPER)


def marked(text: str) -> re.Match[str] | None:
    """``MARKER.search``, skipping the regex for text that holds none of its letters."""
    if "ction" in text or "CTION" in text or "AP" in text or "TODO" in text or "#" in text \
            or "AI" in text or "A/" in text or "llow up" in text or "llow-up" in text \
            or "llow Up" in text or "llowup" in text:
        return MARKER.search(text)
    return None


def glued(text: str) -> bool:
    return ("ACTION" in text or "action" in text) and bool(GLUED.search(text))


def answer_verb(rest: str) -> bool:
    """True when "asked X to <rest>" asks for an answer at the meeting."""
    verb = rest.split()[0].lower() if rest.split() else ""
    return verb in _ANSWER_VERBS or bool(_ANSWER_PHRASE.match(rest))


def work_passive(sentence: str) -> bool:
    """"Alternative funding is to be investigated": work with no doer. The subject holds no
    finite verb ("Reports had been submitted and will be circulated" is a report)."""
    m = WORK_PASSIVE.match(sentence) if "be" in sentence else None  # "...would be sent"
    return bool(m) and _noun_phrase(m.group("np"))


def _noun_phrase(np: str) -> bool:
    """A subject with no finite verb and no "that" clause in it ("Mozart proposed that
    matters to be actioned ... be noted" has a clause for its subject)."""
    return not _FINITE.search(np) and " that " not in f" {np.lower()} "


def passive_subject(sentence: str) -> bool:
    """"Minutes to be circulated", "File quality to form part of...": an action whose
    subject is a thing. The subject must hold no finite verb ("The force need to...")."""
    m = PASSIVE.match(sentence) if "to" in sentence else None  # "...to be circulated"
    return bool(m) and _noun_phrase(m.group("np")) and len(m.group("np").split()) <= 8


# "NEW: APP: review the PRs", "ONGOING - Sam to chase": the item's state, not its owner.
STATE = re.compile(r"^(?P<state>new|ongoing|open|pending|in\s+progress|wip|"
                   r"carried(?:\s+(?:forward|over))?)\s*[:\-–]\s+(?=\S)", re.IGNORECASE)


def without_state(text: str, known: Callable[[str], bool]) -> str:
    """``text`` without a leading state word, unless ``known`` (the attendance) gives
    someone that word as a code."""
    m = STATE.match(text) if ":" in text or "-" in text or "–" in text else None
    return text[m.end():] if m and not known(m.group("state")) else text
