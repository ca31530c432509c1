"""How the rule patterns scan a sentence fast: core first, optional lead-in read backwards.

Throughput is part of the contract (the benchmark's bar is 20,000 sentences a second), and
an optional lead-in tried by the regex engine at every position is what costs most.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class _Pattern:
    """A pattern scanned by its first mandatory words, its optional lead-in read backwards.

    Letting the regex engine try an optional lead-in ("by the end of") at every position
    costs more than everything else together; scanning for the core ("March", "Q3") and
    then matching the lead-in that ends at each hit gives the same match far faster.
    """

    core: re.Pattern[str]
    lead_in: re.Pattern[str] | None
    full: re.Pattern[str]

    @classmethod
    def plain(cls, pattern: str) -> _Pattern:
        compiled = re.compile(pattern)
        return cls(compiled, None, compiled)

    @classmethod
    def split(cls, lead_in: str, core: str) -> _Pattern:
        return cls(re.compile(core), re.compile(f"(?:{lead_in})$"), re.compile(lead_in + core))

    def finditer(self, low: str) -> Iterator[re.Match[str]]:
        if self.lead_in is None:
            return self.core.finditer(low)
        return self._with_lead_ins(low)

    def _with_lead_ins(self, low: str) -> Iterator[re.Match[str]]:
        for hit in self.core.finditer(low):
            start = hit.start()
            lead = self.lead_in.search(low, max(0, start - _LEAD_IN_REACH), start)
            m = self.full.match(low, lead.start() if lead else start)
            if m is not None:
                yield m


_LEAD_IN_REACH = 48  # characters: "not later than the end of the" and a weekday fit
