"""Owners: role codes, role words, attendance initials, names, aliases, owner cells.
Data-driven: each row reads like the minutes it comes from."""

from __future__ import annotations

import pytest

from reminders.minutes import extract_text
from reminders.minutes.model import Attendee
from reminders.minutes.owners import OwnerBook

BOOK = OwnerBook(
    [Attendee("Richard Cooper", "RC", "Assistant Chief Constable Crime & Vulnerability", True),
     Attendee("Mel Crowther", "T/Ch Supt", "T/Ch Supt. Crime & Vulnerability", True),
     Attendee("Tom Reid", "DoF", "Director of Finance", True)],
    {"chief constable": "CC", "clerk": "Clerk"},
)


@pytest.mark.parametrize(
    ("phrase", "owners"),
    [
        ("RC and DPCC", ("RC", "DPCC")),
        ("The ACC", ("ACC",)),
        ("the ACC (RC)", ("RC",)),
        ("T/Ch Supt", ("T/Ch Supt",)),
        ("ACC/ DPCC/ CEx", ("ACC", "DPCC", "CEx")),
        ("Richard Cooper", ("RC",)),
        ("Cooper", ("RC",)),
        ("the Director of Finance", ("DoF",)),
        ("The Chief Constable", ("CC",)),
        ("the Clerk", ("Clerk",)),
        ("the Treasurer", ("Treasurer",)),
        ("Cllr Smith", ("Cllr Smith",)),
        ("Councilor Hollister", ("Councilor Hollister",)),
        ("JB", ("JB",)),
        ("All", ("All",)),
        ("IMU backlog", None),
        ("Unresourced incidents", None),
        ("Work on outcome code 16 for SIB", None),
        ("TBC", None),
    ],
)
def test_owner_phrases(phrase: str, owners: tuple[str, ...] | None):
    assert BOOK.owners(phrase) == owners


@pytest.mark.parametrize(
    ("cell", "parsed"),
    [
        ("1.ACC 2.ACC", {1: ("ACC",), 2: ("ACC",)}),
        ("DPCC 2.CEx", {None: ("DPCC",), 2: ("CEx",)}),
        ("1.ACC/ DPCC 2.ACC/ DPCC/ CEx 3.CC", {1: ("ACC", "DPCC"), 2: ("ACC", "DPCC", "CEx"),
                                               3: ("CC",)}),
        ("CC", {None: ("CC",)}),
        ("r1", None),
        ("ACTION", None),
        ("Regulations (GDPR) within force", None),
    ],
)
def test_owner_cells(cell: str, parsed):
    assert BOOK.cell(cell) == parsed


def test_a_code_wrapped_by_a_narrow_column_is_rejoined():
    assert BOOK.join_cells(["1.ACC 2.ACC", "3.DPC", "C/ACC"]) == "1.ACC 2.ACC 3.DPCC/ACC"
    assert BOOK.join_cells(["1.ACC", "2.CC"]) == "1.ACC 2.CC"


HEAD = "Board\nDate: 5 March 2024\nPresent: Jane Brown (JB), Raj Tiwari (RT)\n\n"


@pytest.mark.parametrize(
    ("line", "owners"),
    [
        ("Action: JB", ("JB",)),  # the owner of the sentence before
        ("Action point 3: RT to draft the terms of reference.", ("RT",)),
        ("ACTION - JB/RT: review the risk register.", ("JB", "RT")),
        ("Action: review the risk register. Lead: RT", ("RT",)),
        ("Action: review the risk register (Jane Brown).", ("JB",)),
        ("Action: review the risk register with the Local Resilience Forum (LRF).", ()),
        ("Action: review the risk register.", ()),  # none stated: no guess
    ],
)
def test_stated_owners_of_marked_actions(line: str, owners: tuple[str, ...]):
    got = extract_text(HEAD + "The risk register was discussed.\n" + line + "\n")
    assert [a.owners for a in got.actions] == [owners]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was agreed that RT would prepare a costed options paper.",
        "The Chair asked RT to prepare a costed options paper.",
        "RT undertook to prepare a costed options paper.",
        "RT agreed to prepare a costed options paper.",
        "RT to prepare a costed options paper.",
    ],
)
def test_assignments_without_markers(sentence: str):
    (action,) = extract_text(HEAD + sentence + "\nACTION: JB to file it.\n").actions[:1]
    assert action.owners == ("RT",)


def test_an_undefined_role_that_volunteers_is_the_owner():
    (action,) = extract_text(HEAD + "The Director undertook to report back in six months.\n"
                             ).actions
    assert action.owners == ("Director",)


@pytest.mark.parametrize(
    "sentence",
    [
        "The PCC asked the CC to set out how best practice was shared.",
        "The PCC asked the CC to provide assurance that victims are supported.",
        "The PCC asked if RT would attend.",
        "RT said that the force will use proactive comms.",
        "The committee noted the report.",
    ],
)
def test_questions_statements_and_noting_are_not_actions(sentence: str):
    got = extract_text(HEAD + sentence + "\nACTION: JB to file it.\n")
    assert [a.owners for a in got.actions] == [("JB",)]
