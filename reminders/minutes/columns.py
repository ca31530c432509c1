"""Action-table headers: which column holds the task, its owner, its due date, its status.

Minutes set their actions out in tables under every name ("Ref | Action | Action owner |
Due date", "Owner | Item | ETA | Status", "Item | Description | Action | Date"): a header
is read once, by the words of its cells, and the rows under it are read by the roles it
gives their cells.
"""

from __future__ import annotations

import re

_COLUMNS = {
    "action": re.compile(r"^(?:actions?|action\s+(?:required|agreed|description|points?|items?)|"
                         r"description|"
                         r"agreed\s+actions?|tasks?|what|next\s+steps?)$", re.IGNORECASE),
    "owner": re.compile(r"^(?:(?:action\s+)?owners?|leads?|responsible|responsibility|who|"
                        r"by\s+whom|(?:person\s+)?responsible(?:\s+person)?|assigned\s+to|"
                        r"(?:lead\s+|responsible\s+)?officer)$", re.IGNORECASE),
    "due": re.compile(r"^(?:due(?:\s+date)?|deadline|by\s+when|when|target(?:\s+date)?|"
                      r"completion(?:\s+date)?|"
                      r"timescales?|date(?:\s+due)?|eta)$", re.IGNORECASE),
    "status": re.compile(r"^(?:status|update|progress|rag|comments?|progress\s+update)$",
                         re.IGNORECASE),
    "ref": re.compile(r"^(?:ref\.?|no\.?|#|item|action\s+no\.?|number|min(?:ute)?\s+ref\.?|"
                      r"s(?:l|r)?\.?\s*no\.?)$",  # "S.No.", "Sl. No." (India)
                      re.IGNORECASE),
}

# Every action-column heading holds "action", "description" or "task" ("Agreed actions");
# only checked on ASCII rows, where the case-free match cannot meet "ı" or "ſ".


def table_columns(cells: list[str]) -> dict[int, str] | None:
    """Column roles when ``cells`` is the header row of an action table ("Ref | Action |
    Action owner | Due date"): it needs an action column and an owner or due column."""
    joined = " ".join(cells)
    if joined.isascii():  # most rows: no cell can match the action column (cheap test first)
        low = joined.lower()
        if "action" not in low and "description" not in low and "task" not in low and (
            "what" not in low and "item" not in low and "step" not in low
        ):
            return None
    roles: dict[int, str] = {}
    for index, cell in enumerate(cells):
        for role, pattern in _COLUMNS.items():
            if pattern.match(cell.strip()) and role not in roles.values():
                roles[index] = role
                break
    found = set(roles.values())
    if "owner" not in found and "action" in found:
        # "Item | Description | Action | Date" (construction and project minutes): the
        # description is the task, the action column who takes it.
        acting = [i for i, c in enumerate(cells) if i not in roles
                  and c.strip().lower() in ("action", "actions", "action by")]
        if acting:
            roles[acting[0]] = "owner"
            found.add("owner")
    if "action" not in found and "owner" in found:  # "Owner | Item | ETA": the item is the task
        for index, role in roles.items():
            if role == "ref" and cells[index].strip().lower() in ("item", "items"):
                roles[index] = "action"
                found.add("action")
                break
    return roles if "action" in found and found & {"owner", "due"} else None


# An owner cell that says nobody acts: "Note" and "Info" rows of a progress meeting.
INFORMATION = frozenset(("note", "noted", "info", "information", "for information", "fyi", "-",
                         "n/a"))
