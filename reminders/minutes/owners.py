"""Who an action belongs to: owner codes from role codes, role words, names and initials.

Minutes name owners in many ways: a role code (ACC, CEx), a role word (the Clerk), a
person's initials defined in the attendance list (RC), a name, an administrator's alias
("Chief Constable" -> CC), "All", or initials never defined anywhere. ``OwnerBook`` knows
the vocabulary of one set of minutes and answers two questions: is this phrase made only of
owners (a sentence subject, an owner cell), and which codes does it name. Requiring the
*whole* phrase to be owners is what keeps "IMU backlog to be brought back" from being
assigned to "IMU".
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Mapping

from reminders.minutes.model import Attendee
from reminders.minutes.names import BODIES, PREFIXES, name_like
from reminders.minutes.names import OFFICE as _OFFICE
from reminders.minutes.names import TITLE as _TITLE
from reminders.minutes.names import TITLES as _TITLES
from reminders.minutes.owner_scan import NOT_OWNER, SEPARATORS, has_folded, scanner
from reminders.minutes.patterns import FOLDED, IMPERATIVES
from reminders.minutes.people import Person, forms
from reminders.minutes.words import LowerCaseWords

ROLE_CODES = (
    "CC", "DCC", "ACC", "PCC", "DPCC", "CEx", "CFO", "DoN", "CEO", "COO", "CMO", "CNO", "CIO",
    "DoF", "FD", "MD", "HR", "T/ACC", "T/DCC", "T/Ch Supt", "Ch Supt", "Supt", "DCI", "DI",
)
# Role words, lower-case -> the code an owner list shows. Attendance capacities and the
# administrator's aliases are consulted first, so these only fill gaps.
ROLE_WORDS = {
    "police and crime commissioner": "PCC", "deputy police and crime commissioner": "DPCC",
    "chief constable": "CC", "deputy chief constable": "DCC",
    "assistant chief constable": "ACC", "chief executive officer": "CEO",
    "chief executive": "CEO", "chief finance officer": "CFO", "chief financial officer": "CFO",
    "director of nursing": "DoN", "chief operating officer": "COO",
    "medical director": "Medical Director", "director of finance": "Director of Finance",
    "finance director": "Director of Finance", "clerk": "Clerk", "parish clerk": "Clerk",
    "town clerk": "Clerk", "chair": "Chair", "chairman": "Chairman",
    "chairperson": "Chairperson", "chairwoman": "Chairwoman", "vice-chair": "Vice-Chair",
    "vice chair": "Vice-Chair",
    "treasurer": "Treasurer", "secretary": "Secretary", "company secretary": "Company Secretary",
    "all": "All", "all members": "All members", "everyone": "Everyone",
    "all trustees": "All trustees", "all councillors": "All councillors",
    "all councilors": "All councilors", "councilors": "Councilors", "moderator": "Moderator",
    "facilitator": "Facilitator",
    "president": "President", "vice president": "Vice President", "convenor": "Convenor",
    "coordinator": "Coordinator", "directors": "Directors", "trustees": "Trustees",
    "staff": "Staff", "governors": "Governors", "councillors": "Councillors",
    "stewards": "Stewards", "officers": "Officers", "volunteers": "Volunteers",
    "all governors": "All governors", "all stewards": "All stewards",
    "all officers": "All officers", "all volunteers": "All volunteers",
}
_TOKENS = re.compile(r"[^\W_]+")
# "All governors", "all the volunteers": everyone of a group, an owner named as minuted.
_ALL_OF = re.compile(r"^all\s+(?:the\s+)?(?:[a-z]+\s+)?[a-z]+s$", re.IGNORECASE)
# An office and the unit it heads, in an owner cell: "Director, Library Services".
_OFFICE_OF = re.compile(r"^(?P<office>(?:[A-Z][\w-]*\s+){0,2}(?:Chair|Director|Dean|Head|Manager|"
                        r"Convenor|Lead|President|Officer|Coordinator))\s*,\s*"
                        r"(?P<unit>[A-Z][\w&'-]*(?:\s+(?:of|and|&|[A-Z][\w&'-]*)){0,5})$")
_NUMBERED = re.compile(r"(?<![\w.])(\d{1,2})[.)]\s*")
_TITLE_ANY_CASE = re.compile(rf"^{_TITLES}\s+", re.IGNORECASE)
_THE = re.compile(r"^the\s+", re.IGNORECASE)
# "Councillors Pike and Rahman", "Cllrs Pike and Rahman": the title is each one's.
_PLURAL_TITLE = re.compile(r"^(?:Councillors|Cllrs\.?|Drs\.?|Dirs\.?|Messrs\.?)\s+(?=[A-Z])")
_PARTS = re.compile(r"\s*(?:,|&|\+|/|\band\b)\s*")
_INITIAL_END = re.compile(r"\s[A-Z]\.$")
_WRAPPED_HEAD = re.compile(r"^[A-Za-z]{1,2}/")
_PLAIN_WORD = re.compile(r"[a-z0-9'.-]+")  # a word in lower case, with no separator
# The words of the built-in role words and codes, for telling which of them a document can
# contain (every book asks about all of them).
_ROLE_TOKENS = {phrase: _TOKENS.findall(phrase.lower()) for phrase in (*ROLE_WORDS, *ROLE_CODES)}


class OwnerBook:
    """The owner vocabulary of one set of minutes."""

    def __init__(
        self, attendees: Iterable[Attendee] = (), aliases: Mapping[str, str] | None = None,
        people: Iterable[Person] = (), vocabulary: Iterable[str] | LowerCaseWords = (),
        present: set[str] | None = None, body: str = "", writer: str | None = None,
    ) -> None:
        """``vocabulary``: the words the document writes in lower case; ``present``: the
        lower-case words of the document, when known; ``body``: the meeting's title, which
        names the body whose minutes these are ("West Dereham Parish Council"); ``writer``:
        who took the notes, the "I" of "I'll email the distributor"."""
        self._body = frozenset(_TOKENS.findall(body.lower()))
        self.writer = writer
        # Words the minutes also write in lower case are common nouns, not names: "Backlog
        # to join the meeting" has no owner, "Fazli to approach sponsors" has one.
        self.vocabulary: Container[str] = (
            vocabulary if isinstance(vocabulary, LowerCaseWords) else frozenset(vocabulary))
        # phrase (lower-case) -> code, for case-free phrases; None: the person has no code,
        # so the owner is reported as the minutes write them ("Nick", "N. Draper", "dc").
        entries: dict[str, str | None] = {}
        codes: dict[str, str] = {code.upper(): code for code in ROLE_CODES}
        for word, code in ROLE_WORDS.items():
            entries[word] = code
        defined: set[str] = set()
        for person in attendees:
            if person.code and (" " in person.code or person.code.islower()):
                # "@mira (Mira Sol)": the bracket held a name, not a code
                person = Attendee(person.name, None, person.capacity, person.present)
            label = person.code or person.name
            if person.code:
                codes[person.code.upper()] = person.code
            capacity = _plain(person.capacity or "").lower()
            # A capacity defines a code ("Director of Finance (DoF)"); without one, the
            # role word stays the owner: recipients are configured by role, not by name.
            if person.code and capacity and capacity not in defined:
                entries[capacity] = label
                defined.add(capacity)
                if capacity in ROLE_WORDS:  # "Clerk (TC)": "the Town Clerk" is TC as well
                    builtin = ROLE_WORDS[capacity]
                    for word, code in ROLE_WORDS.items():
                        if code == builtin and word not in defined:
                            entries[word] = label
            for form in _name_forms(person.name):
                # Without a code, an owner is reported as the minutes write them.
                entries[form.lower()] = person.code or None
        lowered = {" ".join(k.lower().split()): v for k, v in (aliases or {}).items()}
        own: dict[str, str | None] = {}  # every form of this meeting's people -> its code
        for person in people:
            code = person.code if person.code and not person.code.islower() else None
            # An alias for the name or handle the minutes wrote ("Viktorija Lukosiute",
            # "@vikl") is one for all of that person's forms ("Vik", "VL"): one person. Their
            # initials, written ("MC - Margaret Craddock") or derived (Martin Cole), do not
            # take an alias: the office's "MC" is somebody else. (Delivery still routes an
            # owner reported as "MC" by the alias; here only the report is as written.)
            named = forms(person)
            written = {f.lower() for f in (PREFIXES.sub("", person.name).strip(), person.handle)
                       if f}
            code = next((lowered[f.lower()] for f in named
                         if f.lower() in lowered and f.lower() in written), code)
            if code:
                codes.setdefault(code.upper(), code)
            for form in named:
                own.setdefault(form.lower(), code)
                if form.lower() not in entries or entries[form.lower()] is None:
                    entries[form.lower()] = code
            if person.role and _OFFICE.search(role := " ".join(_plain(person.role).split())):
                entries.setdefault(role.lower(), code)  # "Mr D. Price (Deputy Clerk)"
        for alias, code in (aliases or {}).items():
            key = " ".join(alias.lower().split())
            if key in own and own[key] != code:
                continue  # the minutes' own "MC" (Martin Cole), not the office's alias
            entries[key] = code
            codes.setdefault(code.upper(), code)
        self.codes = codes
        self._entries = entries
        self._known: dict[str, tuple[str, ...] | None] = {}
        self._agents: dict[tuple[str, bool], tuple[str, ...] | None] = {}
        # Only phrases the document can contain go into the scanner: compiling every role
        # word and every form of every person for each document was most of the run time.
        # (Filtered by a comprehension: a function call per phrase cost as much as the test.)
        phrases, known = list(entries), list(codes.values())
        if present is not None:
            phrases = [ph for ph in phrases if present.issuperset(
                _ROLE_TOKENS.get(ph) or _TOKENS.findall(ph.lower()))]
            known = [ph for ph in known if present.issuperset(
                _ROLE_TOKENS.get(ph) or _TOKENS.findall(ph.lower()))]
        self._tried = (sorted(phrases, key=len, reverse=True),
                       sorted(known, key=len, reverse=True))
        self._next = scanner(*self._tried)
        self._next_folded: re.Pattern[str] | None = None  # for the rare phrase that needs it
        self._ends: set[str] | bool | None = False  # for ``may_end_owners``, once asked

    def is_known(self, token: str) -> bool:
        return token.upper() in self.codes or token.lower() in self._entries

    def may_end_owners(self, phrase: str) -> bool:
        """False when no phrase that ends as ``phrase`` ends (white space stripped) can be
        made of owners, so that a sentence's subject is given up without reading it.

        A last word in lower case without separators, and not one of the separator
        words, is where the last owner of such a phrase ends (what follows an owner must
        start with a separator or at a word's start); and an owner ending in lower case is
        a case-free phrase or a code (the other kinds open with a capital or end with a
        bracket), whose last word then ends it, starting after a stop, a hyphen or an
        apostrophe if not at the word's start."""
        if (ends := self._ends) is False:
            ends = self._ends = self._last_words()
        last = phrase.rsplit(None, 1)[-1] if phrase.strip() else ""
        if ends is None or not _PLAIN_WORD.fullmatch(last) or last in ("and", "the", "with"):
            return True
        return last in ends or any(last[i + 1:] in ends for i, c in enumerate(last) if c in "'.-")

    def _last_words(self) -> set[str] | None:
        """The last words of the phrases and codes, in lower case; None when one holds a
        letter that a case-free match reads as an ASCII one ("ſ" as "s")."""
        ends = {phrase.rsplit(None, 1)[-1] for phrase in self._entries if phrase.strip()}
        ends.update(code.rsplit(None, 1)[-1].lower() for code in self.codes.values()
                    if code.strip())
        joined = " ".join(ends)
        return None if not joined.isascii() and any(c in joined for c in FOLDED) else ends

    def owners(self, phrase: str) -> tuple[str, ...] | None:
        """The codes ``phrase`` names when it consists of owners and separators only.
        Remembered per phrase: the book does not change once built, and the readers ask
        about the same cells and subjects many times."""
        if phrase in self._known:
            return self._known[phrase]
        found = self._owners(phrase)
        self._known[phrase] = found
        return found

    def _owners(self, phrase: str) -> tuple[str, ...] | None:
        found: list[str] = []
        rest = []
        last = 0
        scan = self._next
        if has_folded(phrase):
            if self._next_folded is None:
                self._next_folded = scanner(*self._tried, folded=True)
            scan = self._next_folded
        # The scanner reaches the next owner across separators only: what it cannot reach
        # is left in the rest, which then fails the separators test, as it should.
        while (match := scan.match(phrase, last)) is not None:
            rest.append(phrase[last:match.start("owner")])
            last = match.end()
            found.append(self._code(match))
        rest.append(phrase[last:])
        if not found or not SEPARATORS.match("".join(rest)):
            return None
        return tuple(dict.fromkeys(found))

    def _code(self, match: re.Match[str]) -> str:
        paren = match.group("paren")
        if paren and self.owners(paren):  # "the ACC (RC)": the person, not the post
            return self.owners(paren)[0]
        if match.group("known"):
            return self.codes[match.group("known").upper()]
        if match.group("word"):
            text = " ".join(match.group("word").split())
            key = _TITLE_ANY_CASE.sub("", text).lower()
            code = self._entries.get(key, self._entries.get(text.lower(), text))
            return code if code is not None else _THE.sub("", text)
        if match.group("titled"):
            return " ".join(match.group("titled").split())
        return match.group("code")

    def agent(self, phrase: str, *, handles: bool = False) -> tuple[str, ...] | None:
        """Who ``phrase`` names when it is the doer of a commitment: owners the book knows,
        or names it does not ("Jarrod", "Mike G.", "Shawn and Richard", "The Directors").
        ``handles``: an owner-first line under an actions heading, where "udit, dc:" are
        the members' handles and "??" is an owner nobody knew (no owner). Remembered per
        phrase, like ``owners``: the readers ask about the same subjects many times."""
        key = (phrase, handles)
        if key in self._agents:
            return self._agents[key]
        found = self._agent(phrase, handles)
        self._agents[key] = found
        return found

    def _agent(self, phrase: str, handles: bool) -> tuple[str, ...] | None:
        phrase = _PLURAL_TITLE.sub("", phrase.strip(" ,;:-–(*_"))  # "Councillors Pike and"
        if not phrase or len(phrase) > 60 or NOT_OWNER.match(phrase):
            return None  # (nor is "TBD" anybody's name)
        if (known := self.owners(phrase)) is not None:
            return known
        if " and " in phrase and (office := self._one_office(_THE.sub("", phrase))):
            return (office,)
        found: list[str] = []
        for part in _PARTS.split(phrase):
            part = part.strip(" .") if not _INITIAL_END.search(part) else part.strip()
            if not part:
                continue
            if known := self.owners(part):
                found += known
            elif handles and part.strip("?") == "":
                continue
            elif _ALL_OF.match(part):
                found.append(" ".join(part.split()))  # "all the volunteers", as minuted
            elif part.lower() in IMPERATIVES:
                return None  # "Write to the Trust (Arjun)": a task's verb, not its doer
            elif (name_like(part, handles) and (
                (handles and part.islower()) or not self._common(part)
            )) or self._own_body(part) or _OFFICE.match(_THE.sub("", part)):
                # (an office is a doer whatever its words: "the Scrutiny Officer")
                found.append(_THE.sub("", part))
            else:
                return None
        return tuple(dict.fromkeys(found)) if found or handles else None

    def _one_office(self, phrase: str) -> str | None:
        """"Scrutiny and Democratic Services Officer", "Head of Estates and Compliance": one
        office whose title holds "and", unless both sides are offices or people ("Clerk and
        Treasurer" are two)."""
        if not _OFFICE.match(phrase):
            return None
        before, _, after = phrase.rpartition(" and ")
        if (_OFFICE.match(before) or self.owners(before)) and (
            _OFFICE.match(after) or self.owners(after)
        ):
            return None
        return phrase

    def _own_body(self, part: str) -> bool:
        """"The Parish Council will ..." in the Parish Council's minutes: the meeting's own
        body, whose commitment is the meeting's work; another body ("the County Council
        will consider") is not a doer the minutes can chase."""
        name = _THE.sub("", part)
        words = _TOKENS.findall(name.lower())
        return (bool(words) and words[-1] in BODIES and len(words) <= 3
                and name[:1].isupper() and self._body.issuperset(words))

    def _common(self, part: str) -> bool:
        words = _TITLE.sub("", part).split()
        return any(len(w) > 2 and w.lower() in self.vocabulary for w in words
                   if w.lower() != "the")

    def cell(self, text: str) -> dict[int | None, tuple[str, ...]] | None:
        """Owners in a flattened owner cell, by item number ("1.ACC 2.ACC/ DPCC");
        unnumbered owners are keyed None. None when the cell is not only owners."""
        if "," in text and (m := _OFFICE_OF.match(text.strip())):
            # "Chair, ASQC", "Dean, Faculty of Health": one office, that of the unit, whose
            # holder the attendance may name by the unit's code
            unit = m.group("unit")
            return {None: self.owners(unit) or (f"{m.group('office')}, {unit}",)}
        parts = _NUMBERED.split(text.strip())
        result: dict[int | None, tuple[str, ...]] = {}
        if parts[0].strip():
            owners = self.owners(parts[0])
            if owners is None:
                return None
            result[None] = owners
        for number, segment in zip(parts[1::2], parts[2::2], strict=True):
            owners = self.owners(segment) if segment.strip() else ()
            if owners is None:
                return None
            result[int(number)] = owners
        return result if any(result.values()) else None

    def is_cell(self, text: str) -> bool:
        """An owner cell, or the rest of one whose code the column wrapped ("C/ACC")."""
        tail = _WRAPPED_HEAD.sub("", text)
        return self.cell(text) is not None or (tail != text and self.cell(tail) is not None)

    def join_cells(self, cells: Iterable[str]) -> str:
        """Rejoin owner-cell fragments that a narrow column wrapped mid-code ("3.DPC" +
        "C/ACC" is "3.DPCC/ACC"): join without a space only when the halves are not owners
        but their join is."""
        joined = ""
        for cell in (c.strip() for c in cells):
            if not cell:
                continue
            head = re.search(r"[A-Za-z]+$", joined)
            tail = re.match(r"[A-Za-z]+", cell)
            glue = " "
            if head and tail and not self.is_known(head.group()) and self.is_known(
                head.group() + tail.group()
            ):
                glue = ""
            joined = f"{joined}{glue}{cell}" if joined else cell
        return joined


def union(a: tuple[str, ...], b: tuple[str, ...] | None) -> tuple[str, ...]:
    """Owners of both, in order, each once."""
    return tuple(dict.fromkeys(a + (b or ())))


def _plain(capacity: str) -> str:
    return " ".join(re.sub(r"\([^()]*\)", " ", capacity).split())


def _name_forms(name: str) -> list[str]:
    name = re.split(r"\s+[-–—]\s+|,", name)[0]  # "Cllr D Llewellyn - Chairman"
    words = [w for w in PREFIXES.sub("", name).split()
             if w[:1].isupper() and w.lower() not in ROLE_WORDS]
    forms = [" ".join(name.split())]
    if len(words) >= 2:
        forms += [" ".join(words), words[-1]]
    return [f for f in forms if len(f) > 2]
