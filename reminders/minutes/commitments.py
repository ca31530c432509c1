"""Commitments: who a sentence says will do the work, if anyone.

The shapes minutes use for "someone will do this": the subject of a commitment ("JB to",
"Mozart will", "Shawn and Richard agreed to", "X confirmed that he would"), the person asked
("asked the clerk to"), the subject of an agreement ("agreed that the clerk contact"), the
speaker of "Niko: I'll ...", an owner-first line ("Fazli: ping Luther", "Bob talk to
Luther"), and agreed work with no doer ("a letter be sent", "quotations would be
requested"). The doer has to be someone: a person or role the owner book knows, or a name
written like one; a pronoun takes the person the previous sentence opened with.

``Commitments`` keeps what reading one document teaches: whether its minutes mark actions
(then a plain "X will" counts only as a paragraph of its own), whether it is a transcript
(then "Name: words" is speech), who has already committed to work, who the previous
sentence named.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from reminders.minutes import patterns as p
from reminders.minutes import stated
from reminders.minutes.names import PREFIXES, names_a_unit
from reminders.minutes.owners import OwnerBook, union

_TIME = re.compile(r"\b(?:in|within|after)\s+(?:\w+[\s-]){0,2}(?:days?|weeks?|months?|years?|"
                   r"time)\b|\bnext\s+meeting\b", re.IGNORECASE)
# "PC Jackson to be asked to monitor": the subject is who is asked, not who asks.
_DONE_TO = re.compile(r"be\s+(?:asked|contacted|approached|invited|told|written\s+to|chased|"
                      r"reminded|consulted|thanked)\b")
# Where a clause starts inside the words before a commitment verb.
_CLAUSE = re.compile(r"\s[-–—]\s|[,;:)]\s*|\.\s+|\b(?:that|and|then|discussion|so|but)\s+")
# What every clause above holds: a dash, a stop or one of its words (the pattern is
# case-sensitive), checked as substrings before it is tried.
_CLAUSE_CUES = ("-", "–", "—", ",", ";", ":", ")", ".", "that", "and", "then", "discussion",
                "so", "but")
_RELATIVE = re.compile(r",?\s+who(?:\s+(?:has|have|had))?$")
# "Name: words" - a speaker and what they said, or an owner and their task.
SPEAKER = re.compile(r"^(?P<who>[^:]{1,40}?)\s*:\s+(?P<verb>[A-Za-z]+)\b")
_OWNER_COLON = re.compile(r"^(?P<who>[^:]{1,40}?)\s*:\s+\S")
_NAME_FIRST = re.compile(r"^(?P<who>[A-Z][\w'-]+)\s+[a-z]+\b")
_THE = re.compile(r"^The\s+")
_WHO_WILL = re.compile(r"(?P<who>\b[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?),?\s+who\s+(?:will|would|"
                       r"is\s+going\s+to|agreed\s+to|offered\s+to)\s+(?:also\s+)?(?=[a-z])")
# "that the Clerk file ...": a subject, then its verb in the base form (the subjunctive).
_SUBJECT_VERB = re.compile(r"(?P<who>(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s+"
                           r"(?P<verb>[a-z]+)\b")
_NOT_BASE_VERBS = frozenset(str.split("is was are were has had be been being does did not also "
                                      "and or of for in on at by with"))
_NOT_TO = re.compile(r"\b(?:decided|agreed|resolved)\s+not\s+to\b", re.IGNORECASE)
_END_BRACKET = re.compile(r"\((?P<inner>[^()]*)\)\s*$")
_END_BRACKETED = re.compile(r"\s*\([^()]*\)\s*$")

# "Bob talk to Luther", "Valentine+Fazli contact..."; not "Staff present: ...", a label.
# (Not before a finite verb: in "Everyone present is held to ..." the word after the name
# qualifies it; the sentence's verb comes later.)
_HANDLE_VERB = re.compile(r"^(?P<who>@[\w.-]+(?:\s*(?:,|and|&|\+)\s*@[\w.-]+)*)\s+"
                          r"(?P<verb>[a-z]+)\b")
_VERBLESS = re.compile(r"^(?P<who>[A-Z][\w'-]+(?:\s*[+/&]\s*[A-Z][\w'-]+)*)\s+"
                       r"(?P<verb>[a-z]+)\b(?!\s*:)"
                       r"(?!\s+(?:is|are|was|were|has|have|had|will|would|should)\b)")

# Words every commitment shape below needs one of, checked as plain substrings first.
_CUES = (" to ", "will", "shall", "would", "must", "going", "agreed", "resolved", "decided",
         "asked", "request", "instruct", "tasked", "invited", "undert", "volunteer", "offer",
         "i'll", "i can", "i'm", "i am", "we'll", " be ", "action", "authori", "nominated",
         "confirmed", "said", "stated", "indicated", "visit", "review", "return", "back",
         "follow", "reconsider")
_ASKS = ("ask", "request", "instruct", "tasked", "invited", "action")  # what ASKED needs


def speaker(text: str) -> re.Match[str] | None:
    """``SPEAKER`` on a line that has the colon it needs."""
    return SPEAKER.match(text) if ":" in text else None


# "Everyone: please label at least 10 stale issues": whatever verb follows, a request.
_PLEASE = re.compile(r"please\s+[a-z]", re.IGNORECASE)


class Commitments:
    def __init__(self, book: OwnerBook, *, marked: bool, transcript: bool) -> None:
        self.book, self.marked, self.transcript = book, marked, transcript
        self.opening = True  # reading the first sentence of a paragraph
        self.named: tuple[str, ...] | None = None  # who the previous sentence opened with
        self.doers: set[str] = set()  # people the minutes had commit to work so far

    def owner_first(self, text: str) -> tuple[str, ...] | None:
        """Owners of an item under an actions heading: "udit, patcon, ben: draft...",
        "??: ping PL", "Joost to ask...", "Bob talk to Luther", "Matthew will send..."."""
        text = p.without_state(text, self.book.is_known)
        if ":" in text and (m := _OWNER_COLON.match(text)) and (
            (owners := self.book.agent(m.group("who"), handles=True)) is not None
        ):
            return owners
        if (m := p.OWNER_DASH.match(text)) and (owners := self.known(m.group("who"))):
            return owners  # only someone known: "Playground - AS to contact ..." is a topic
        if m and names_a_unit(who := m.group("who").strip()) and (
            self.assignment(text[m.end():], explicit=True, listed=True) is None
        ):  # "Public Works - Traffic count at the crosswalk": a department's task
            return (who,)
        if (found := self.assignment(text, explicit=True, listed=True)) is not None:
            return found or None
        if text[:1] == "@" and (h := _HANDLE_VERB.match(text)) and h.group("verb") in (
            p.IMPERATIVES
        ):  # "@jsafrane review the KEP (by Fri)": a handle, then the task's verb
            return self.book.agent(h.group("who"), handles=True)
        return self.verbless(text)

    def resolved(self, text: str) -> tuple[str, ...] | None:
        """The doer of one item of a "RESOLVED that:" list: "(b) the Chairman write to the
        ICB" (a subject, then a verb in the base form); None for "(a) the report be noted"."""
        m = _SUBJECT_VERB.match(text)
        if m is None or m.group("verb") in _NOT_BASE_VERBS:
            return None
        return self.book.agent(m.group("who"))

    def owner_line(self, text: str) -> tuple[str, ...] | None:
        """"Fazli: ping Luther", "Bob talk to Luther": a line that opens with someone the
        attendance knows and goes on with the task's verb. A speaker's remark ("dc: need
        more people") does not start with a verb, so it stays discussion."""
        m = speaker(text)
        if m and not self.transcript and (
            m.group("verb").lower() in p.IMPERATIVES or _PLEASE.match(text, m.start("verb"))
        ) and (
            owners := self.known(m.group("who"))
        ):
            return owners
        m = _NAME_FIRST.match(text)
        if m and self.known(m.group("who")):
            return self.verbless(text)
        return None

    def known(self, who: str) -> tuple[str, ...] | None:
        """Owners named by ``who`` when the attendance lists them or the minutes already
        had them commit to work ("Aizat will check..." then "Aizat: explore...")."""
        if owners := self.book.owners(who):
            return owners
        if not self.doers:
            return None  # nobody has committed to anything yet
        owners = self.book.agent(who)
        return owners if owners and all(o.lower() in self.doers for o in owners) else None

    def verbless(self, text: str) -> tuple[str, ...] | None:
        """"Bob talk to Luther", "Fazli contact Faisal": a name, then the task's verb."""
        m = _VERBLESS.match(text)
        if not m or m.group("verb") not in p.IMPERATIVES:
            return None
        if m.group("who").lower() in p.IMPERATIVES:
            return None
        return self.book.agent(m.group("who"))

    def assignment(self, s: str, *, explicit: bool = False,
                    listed: bool = False) -> tuple[str, ...] | None:
        """Owners when ``s`` assigns work (see ``_assignment``), with a doer named in a
        relative clause for work that has none ("... supplied to DS who would also source
        the tub and sawdust")."""
        found = self._assignment(s, explicit=explicit, listed=listed)
        if found == () and " who " in s:
            for m in _WHO_WILL.finditer(s):
                if owners := self.book.owners(m.group("who")):
                    return owners
        return found

    def _assignment(self, s: str, *, explicit: bool = False,
                    listed: bool = False) -> tuple[str, ...] | None:
        """Owners when ``s`` assigns work; () for an assignment with no owner; None if not.
        ``explicit``: the minutes marked ``s`` as an action, so any subject names its owner.
        The doer is the subject of a commitment ("JB to", "Mozart will", "Shawn and Richard
        agreed to"), the person asked ("asked the clerk to"), the subject of an agreement
        ("agreed that the clerk contact"), or the speaker of "Niko: I'll ...". ``listed``:
        an item under an actions heading, where "Joost to ask..." names Joost whoever he is."""
        book = self.book
        low = s.lower()
        if not p.holds_any(low, _CUES):
            return None  # most sentences of discussion: no pattern below can match
        if p.REVISIT.match(s) and _TIME.search(s):
            return ()
        if "not" in low and _NOT_TO.search(s):
            return None  # "The Directors decided not to appoint ...": nothing to do
        # (Each pattern below is only tried on a sentence holding the words it needs: the
        # speaker's colon within 30 characters, "to", "will" or "would" for a commitment.)
        if book.writer and "I" in s[:40] and (m := p.WRITER_COMMITS.match(s)) and (
            writer := book.agent(book.writer)
        ):  # "I'll email the distributor tomorrow" in notes Maddy took
            return union(book.agent(m.group("with")) or (), writer) if m.group("with") else writer
        if (0 < s.find(":") <= 30 and (m := p.FIRST_PERSON.match(s)) and (owners := book.agent(
            who := m.group("who"), handles=who.islower() and " " not in who.strip()
        ))):
            return owners  # "Niko: I'll put up an RFC", "gokafor: I'll have a PR up"
        strong: tuple[str, ...] | None = None
        clauses = _Clauses(s)  # where clauses start in ``s``, for every subject before a verb
        connected = "to" in s or "will" in s or "would" in s
        for m in p.STRONG_AFTER_SUBJECT.finditer(s) if connected else ():
            # "X to do": X must be someone the minutes know ("Backlog to join..." is not);
            # "X agreed / volunteered to" names its doer whoever it is ("Jarrod").
            # ("Letters to be sent": the work's object, not its doer, unless the minutes
            # know it: "PCC to be sighted on the outcome".)
            bare = m.group().split()[0] in ("to", "is", "are", "still") and (
                not listed or s.startswith("be ", m.end()))
            if owners := self.subject(s[: m.start()], known=bare, clause=strong is not None,
                                      clauses=clauses):
                if _DONE_TO.match(s[m.end():]):
                    owners = ()
                strong = union(strong or (), owners)  # "NO to provide ... and Clerk to ..."
            elif strong is not None:
                break
        if strong is not None:
            return strong
        if m := p.VOLUNTEERED.match(s):
            return (_THE.sub("", m.group("who")),)
        if ("agreed" in low or "resolved" in low or "decided" in low) and (
            m := p.AGREED_THAT.search(s)
        ):
            rest = s[m.end():]
            for c in p.THAT_CONNECTOR.finditer(rest):
                subject = rest[: c.start()]
                if not c.group().strip() and subject.lower() in ("all", "both", "any", "some"):
                    continue  # "agreed all posters need...": "all" is a determiner here
                if owners := book.agent(subject):
                    # "agreed that Heidi should be co-opted": a decision about Heidi.
                    return None if rest[c.end():].startswith("be ") else owners
            if (v := _SUBJECT_VERB.match(rest)) and v.group("verb") not in _NOT_BASE_VERBS and (
                owners := book.owners(v.group("who"))
            ):
                return owners  # "RESOLVED that the Company Secretary file the statement"
            if p.SUBJUNCTIVE.match(rest) or p.work_passive(rest[:1].upper() + rest[1:]):
                return ()
        for m in p.ASKED.finditer(s) if p.holds_any(low, _ASKS) else ():
            rest = s[m.end():]
            for t in p.ASKED_TO.finditer(rest):
                asked = rest[: t.start()]
                if owners := book.owners(asked) or (  # "asked Thames Water to": theirs
                    book.agent(asked) if asked.lower().startswith("all ") else None
                ):  # "asked all council members to send ...": All
                    return None if p.answer_verb(rest[t.start() + 4:]) else owners
        if (m := p.AGREED_TO.match(s)) and not p.DECISION_VERB.match(s[m.end():]):
            return ()  # "RESOLVED: to write to the landowner", nobody named
        # A minute-taker who marks actions marks them all: there, "X will" is new work
        # as a paragraph of its own, opening with its doer, or from a member.
        strict = self.marked and not explicit
        weak: tuple[str, ...] = ()
        weakly = "will" in s or "shall" in s or "would" in s or "must" in s or "going" in s
        # Later in a paragraph, only someone the attendance lists: "Mr Pratt will apply...",
        # not "Viridor will fund..." (a third party's plan).
        late = strict and not self.opening
        for m in p.WEAK_AFTER_SUBJECT.finditer(s) if weakly else ():
            if p.HEDGE.match(s):
                break
            owners = self.subject(s[: m.start()], whole=strict, clauses=clauses)
            if owners and late and not all(self.book.is_known(PREFIXES.sub("", o))
                                           for o in owners):
                owners = None
            if owners:
                weak = union(weak, owners)  # "Stuart will speak to A and Martyn will ..."
            elif weak:
                break
        if weak:
            return weak
        if p.work_passive(s):
            return ()
        if self.marked and not explicit:
            return None
        return () if p.passive_subject(s) else None

    def subject(self, before: str, *, whole: bool = False, known: bool = False,
                clause: bool = False, clauses: _Clauses | None = None) -> tuple[str, ...] | None:
        """The doer written just before a commitment verb: the whole phrase, or the clause
        after the last separator ("Planning - clerk", "No progress with Graham, Fazli").
        ``clauses``: where clauses start in the sentence ``before`` opens."""
        before = before.rstrip()
        whole_prefix = clauses is not None
        if before.endswith(")"):  # both patterns end with a bracket, then only spaces
            if (m := _END_BRACKET.search(before)) and stated.defines(
                before[: m.start()], m.group("inner")
            ):
                return None  # "Intelligence Management Unit (IMU) to...": a body, defined
            before, whole_prefix = _END_BRACKETED.sub("", before), False  # "Mozart (as Secretary)"
        # "...collected by the Chairman, who has agreed to"
        if "who" in before and (m := _RELATIVE.search(before)):
            before = before[: m.start()]
            before = before[before.rfind(" by ") + 4:] if " by " in before else before
            whole_prefix = False
        if not before or (known and not self.book.may_end_owners(before)):
            return None  # (a known doer: only an owner phrase can end ``before``)
        ends, cut = ((clauses.upto(len(before)) if clauses is not None and whole_prefix
                      else _clause_ends(before)) if not whole else ([], 0))
        if before.strip().lower() in ("he", "she") and self.named and not known:
            return self.named  # "Mark Evans reported... He has undertaken to..."
        # The candidate doers are the phrase, then what follows each clause ("delegates of
        # SUC and SPC to be formed" has no doer; "NO to provide the details and Clerk to
        # write" has a second one). A doer has at most six words, and each candidate is the
        # end of the one before it, so only the last few can be one: they are found from
        # the end, and only they are cut out of ``before``.
        starts: list[int] = []
        for end, is_and in reversed(ends) if cut == len(ends) else _before(ends, cut):
            if not (clause or not (known and is_and)):
                continue
            if len(before[end:].split()) > 6:
                break
            starts.append(end)
        else:
            if len(before.split()) <= 6:
                starts.append(0)
        for start in reversed(starts):
            tail = before[start:].strip()
            if not tail:
                continue
            if owners := (self.book.owners(tail) if known else self.book.agent(tail)):
                self.doers.update(o.lower() for o in owners)
                return owners
        return None

def _clause_ends(text: str) -> tuple[list[tuple[int, bool]], int]:
    """Where each clause ``_CLAUSE`` finds in ``text`` ends, and whether it is an "and";
    with how many there are (as ``_Clauses.upto`` gives them)."""
    if not p.holds_any(text, _CLAUSE_CUES):
        return [], 0  # most subjects ("The Clerk"): no clause to look for
    found = [(m.end(), m.group().strip() == "and") for m in _CLAUSE.finditer(text)]
    return found, len(found)


def _before(ends: list[tuple[int, bool]], cut: int) -> Iterator[tuple[int, bool]]:
    """``ends[:cut]`` from the last, without copying them."""
    for i in range(cut - 1, -1, -1):
        yield ends[i]


class _Clauses:
    """The clauses of one sentence, for all the subjects read in it.

    Each commitment verb in a sentence ("... to ..., ... to ...") has its subject read from
    the words before it, and scanning each of those prefixes for clauses again made long
    sentences cost the square of their length. The clauses of a prefix are those of the
    sentence that end within it: a clause the prefix cuts is cut at a separator's white
    space (a subject ends where white space starts), which leaves it an empty candidate at
    most, and an empty candidate names nobody. So the first subject, most often the only
    one, has its own words scanned, and from the second on the sentence is scanned once."""

    __slots__ = ("_asked", "_ends", "_found", "_sentence")

    def __init__(self, sentence: str) -> None:
        self._sentence = sentence
        self._asked = False
        self._found: list[tuple[int, bool]] | None = None  # the sentence's, once scanned
        self._ends: list[int] = []

    def upto(self, length: int) -> tuple[list[tuple[int, bool]], int]:
        """The ends of the clauses of ``sentence[:length]`` (but for empty candidates), with
        whether each is an "and": the first ``cut`` of the list returned, and ``cut``."""
        if not self._asked:
            self._asked = True
            return _clause_ends(self._sentence[:length])
        if self._found is None:
            self._found, _ = _clause_ends(self._sentence)
            self._ends = [end for end, _ in self._found]
        return self._found, bisect.bisect_right(self._ends, length)
