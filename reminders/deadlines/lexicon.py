"""The words minutes use for time: months, weekdays, numbers, units and meeting nouns.

Both as lookup tables (word -> value) and as regex fragments the rule patterns embed.
`meeting_dates` reads meeting dates with the same month and weekday words, so those are
public.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip


def _wordlist(text: str) -> list[str]:
    """Lexicons read better as prose than as a column of quoted strings."""
    return text.split()


_UNITS = _wordlist("one two three four five six seven eight nine ten eleven twelve thirteen "
                   "fourteen fifteen sixteen seventeen eighteen nineteen twenty")
NUMBER_WORDS: dict[str, float] = {word: i for i, word in enumerate(_UNITS, start=1)}
NUMBER_WORDS.update({f"twenty-{w}": 20 + i for i, w in enumerate(_UNITS[:4], start=1)})
NUMBER_WORDS.update({"a": 1, "an": 1, "a couple of": 2, "couple of": 2, "a few": 3, "few": 3,
                     "half a": 0.5, "half an": 0.5})

_FULL_MONTHS = frozenset(name for name in MONTHS if len(name) > 4 or name in ("may", "june",
                                                                               "july"))
MONTH_RE = (r"(?P<month>january|february|march|april|may|june|july|august|september|october"
            r"|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\b\.?")
WEEKDAY_RE = (r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday"
              r"|tues|thurs|thur|mon|tue|wed|thu|fri|sat|sun)\.?")
_NUM = (r"(?:\d{1,3}|twenty(?:[\s-](?:one|two|three|four))?|thirteen|fourteen|fifteen"
        r"|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine"
        r"|ten|eleven|twelve|a\s+couple\s+of|couple\s+of|a\s+few|few|half\s+an?|an?)")
_NUM_WORD = (r"(?:twenty(?:[\s-](?:one|two|three|four))?|thirteen|fourteen|fifteen|sixteen"
             r"|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten"
             r"|eleven|twelve)")
_UNIT = (r"(?P<unit>(?:working\s+|business\s+|calendar\s+|clear\s+)?days?|weeks?"
         r"|fortnights?|months?|years?|quarters?)\b")
_MEETING_NOUN = (r"(?:meetings?|hta|board|committee|sub-committee|subcommittee|council"
                 r"|panel|session|forum|cabinet|assembly|agm|trustees|governors|plenum|plenary"
                 r"|all[\s-]hands|call|sync|huddle|catch[\s-]?up|check[\s-]?in|stand[\s-]?up"
                 r"|retro)")
_MEETING_TAIL = r"(?:/[\w-]+)*(?:\s+meetings?\b)?"  # "the next Board/Committee meeting"


def number_value(words: str) -> float:
    """The value of a minuted number: digits, "six", "twenty one", "a couple of", "an"."""
    key = " ".join(words.split())
    if key[0].isdigit():
        return int(key)
    return NUMBER_WORDS[key.replace("twenty ", "twenty-")]


def two_digit_year(text: str) -> int:
    """'22 or 22 -> 2022; 2022 -> 2022 (minutes this century write two digits freely)."""
    value = int(text.lstrip("'"))
    return 2000 + value if value < 100 else value
