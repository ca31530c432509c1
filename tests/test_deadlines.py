"""The deadline resolver against the spec (spec/deadlines.md).

Most cases live in deadline_cases.toml, one row per minuted phrase, so a failure reads like
the spec row it breaks. The named tests below pin the edges that deserve a name.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta

from reminders.deadlines import Deadline, resolve, resolve_inherited
from tests.conftest import need_shared

CASES_FILE = Path(__file__).with_name("deadline_cases.toml")


def _cases() -> list[Any]:
    groups = tomllib.loads(CASES_FILE.read_text(encoding="utf-8"))["group"]
    return [
        pytest.param(group["meeting"], group.get("next"), group.get("body"), case,
                     id=case["words"] or "(empty)")
        for group in groups
        for case in group["cases"]
    ]


@pytest.mark.parametrize(("meeting", "next_meeting", "body", "case"), _cases())
def test_resolves_as_the_spec_says(meeting: date, next_meeting: date | None, body: str | None,
                                   case: dict[str, Any]) -> None:
    found = resolve(case["words"], meeting, next_meeting=next_meeting, body=body)
    if "due" not in case:
        assert found is None
        return
    assert found is not None
    assert (found.due, found.basis) == (case["due"], case["basis"])
    assert case["words"][found.span[0]:found.span[1]] == found.words
    if "said" in case:
        assert found.words == case["said"]


def test_spec_example_table_resolves_row_by_row() -> None:
    """Read the table in the spec itself, so the two cannot drift apart."""
    spec = (need_shared() / "spec" / "deadlines.md").read_text(encoding="utf-8")
    heading = re.search(r"M = (\d{4}-\d\d-\d\d), N = (\d{4}-\d\d-\d\d)", spec)
    assert heading is not None
    meeting, next_meeting = (date.fromisoformat(g) for g in heading.groups())
    rows = re.findall(r"^\| (.+?) \| (\d{4}-\d\d-\d\d|\(none\)) \| (\w*) *\|$", spec, re.M)
    assert len(rows) >= 12
    for words, due, basis in rows:
        found = resolve(words, meeting, next_meeting=next_meeting)
        if due == "(none)":
            assert found is None, words
        else:
            assert found is not None, words
            assert (found.due.isoformat(), found.basis) == (due, basis), words


def test_month_end_is_clamped() -> None:
    found = resolve("Revisit in 6 months", date(2022, 8, 31))
    assert found == Deadline(date(2023, 2, 28), "stated", "in 6 months", (8, 19))


def test_leap_day_plus_a_year_is_last_day_of_february() -> None:
    assert resolve("in a year", date(2024, 2, 29)).due == date(2025, 2, 28)


def test_yearless_29_february_waits_for_a_leap_year() -> None:
    assert resolve("by 29 February", date(2022, 3, 1)).due == date(2024, 2, 29)


def test_december_meeting_rolls_named_month_into_next_year() -> None:
    assert resolve("an update in February", date(2021, 12, 8)).due == date(2022, 2, 28)


def test_next_month_from_december_is_january() -> None:
    assert resolve("next month", date(2021, 12, 8)).due == date(2022, 1, 31)


def test_cadence_sets_next_meeting_when_its_date_is_unknown() -> None:
    found = resolve("at the next meeting", date(2021, 10, 4), cadence=relativedelta(months=3))
    assert (found.due, found.basis) == (date(2022, 1, 4), "next_meeting")


def test_known_next_meeting_beats_cadence() -> None:
    found = resolve("at the next meeting", date(2021, 10, 4), next_meeting=date(2021, 11, 1),
                    cadence=relativedelta(months=3))
    assert found.due == date(2021, 11, 1)


def test_financial_year_start_is_configurable() -> None:
    july = {"financial_year_start": 7}
    assert resolve("by the end of the financial year", date(2021, 10, 4), **july).due == date(
        2022, 6, 30
    )
    assert resolve("in Q1", date(2021, 10, 4), **july).due == date(2022, 9, 30)
    assert resolve("by year end 2022/23", date(2021, 10, 4), **july).due == date(2023, 6, 30)


def test_calendar_quarter_when_calendar_is_said() -> None:
    meeting = date(2021, 10, 4)
    assert resolve("in Q1", meeting).due == date(2022, 6, 30)
    assert resolve("in calendar Q1", meeting).due == date(2022, 3, 31)


def test_named_month_meeting_is_next_meeting_only_when_n_falls_in_it() -> None:
    meeting = date(2018, 3, 27)
    in_april = resolve("at April's meeting", meeting, next_meeting=date(2018, 4, 24))
    in_may = resolve("at April's meeting", meeting, next_meeting=date(2018, 5, 2))
    assert (in_april.due, in_april.basis) == (date(2018, 4, 24), "next_meeting")
    assert (in_may.due, in_may.basis) == (date(2018, 4, 30), "stated")


def test_action_verb_expression_beats_earlier_subordinate_date() -> None:
    found = resolve("Revisit in 6 months to determine if changes made in May are working",
                    date(2022, 3, 11))
    assert found.words == "in 6 months"


def test_earliest_future_date_wins_when_unsure() -> None:
    found = resolve("Final report by 31 March 2022 and an interim one by 30 November 2021",
                    date(2021, 10, 4))
    assert found.due == date(2021, 11, 30)


def test_dates_before_the_meeting_are_past_references() -> None:
    assert resolve("by 31 July 2021", date(2021, 10, 4)) is None


def test_end_of_the_month_on_its_last_day_is_still_a_deadline() -> None:
    assert resolve("by the end of the month", date(2021, 10, 31)).due == date(2021, 10, 31)


def test_span_points_into_the_original_text_through_markup() -> None:
    text = "<li>The Clerk&nbsp;to write <b>by 31st July</b> – СС</li>"
    found = resolve(text, date(2021, 10, 4))
    assert text[found.span[0]:found.span[1]] == found.words == "by 31st July"


def test_sentence_without_time_words_is_none() -> None:
    assert resolve("The PCC thanked the CC for the involvement provided.", date(2021, 10, 4)) \
        is None


def test_sub_item_inherits_its_parents_deadline() -> None:
    """Rule 12: "find an accountant" under "Annual accounts are due by the end of March"."""
    found = resolve_inherited("find an accountant",
                              ["Annual accounts are due by the end of March"], date(2021, 10, 4))
    assert (found.due, found.basis, found.words, found.inherited) == (
        date(2022, 3, 31), "stated", "by the end of March", True)


def test_own_time_beats_the_parents_and_the_nearest_parent_wins() -> None:
    meeting = date(2021, 10, 4)
    own = resolve_inherited("send it by Friday", ["Accounts due by the end of March"], meeting)
    assert (own.due, own.inherited) == (date(2021, 10, 8), False)
    nearest = resolve_inherited("find an accountant", ["no time here", "in May", "in June"],
                                meeting)
    assert nearest.due == date(2022, 5, 31)
    assert resolve_inherited("find an accountant", ["Accounts"], meeting) is None


def test_a_parents_next_meeting_is_inherited_as_next_meeting() -> None:
    found = resolve_inherited("draft the letter", ["For the next meeting:"], date(2021, 10, 4),
                              next_meeting=date(2021, 10, 21))
    assert (found.due, found.basis) == (date(2021, 10, 21), "next_meeting")


def test_a_month_after_for_is_the_objects_month_not_a_deadline() -> None:
    # Rule 11: "book the function room for April" books April; it is not due by April.
    meeting = date(2025, 2, 10)
    assert resolve("Bev - book the function room for April.", meeting) is None
    assert resolve("Tony will look for speakers for July and August.", meeting) is None
    assert resolve("bring it back for the March meeting", meeting).due == date(2025, 3, 31)
    assert resolve("an update in May", meeting).due == date(2025, 5, 31)


def test_todays_as_a_possessive_is_no_deadline() -> None:
    found = resolve("update PR #412 with today's decisions before next sync", date(2024, 4, 17),
                    next_meeting=date(2024, 4, 24))
    assert (found.due, found.basis) == (date(2024, 4, 24), "next_meeting")
    assert resolve("send it today", date(2024, 4, 17)).due == date(2024, 4, 17)


def test_year_first_dates_with_dashes_or_slashes_are_never_read_month_first() -> None:
    meeting = date(2025, 3, 18)
    for text in ("Lindiwe to renew the licence by 2025/04/15", "renew it by 2025-04-15"):
        for american in (False, True):
            got = resolve(text, meeting, month_first=american)
            assert got is not None and got.due == date(2025, 4, 15), (text, american)


def test_this_week_alone_states_no_deadline_but_its_end_does() -> None:
    meeting = date(2025, 3, 18)  # a Tuesday
    assert resolve("The President will sign the order this week.", meeting) is None
    for text in ("by the end of this week", "by this week", "EOW"):
        got = resolve(text, meeting)
        assert got is not None and got.due == date(2025, 3, 23), text
