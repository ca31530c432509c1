"""Matters arising, read and matched: the pure half (classify, match, split) of issue 11."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from reminders.follow import classify, match, series, split_runs
from reminders.minutes import ExtractedAction
from reminders.models import Action, Meeting


def _update(text: str, update: str | None = None, *, owners=(), due=None, basis="default",
            words=None) -> ExtractedAction:
    return ExtractedAction(text, tuple(owners), due, basis, words, "1.1", "Matters arising",
                           "carried", update, 10)


def _stored(id: int, text: str, owners: str = "", *, meeting_id: int = 1,
            line: int = 1) -> Action:
    now = datetime(2026, 9, 9, tzinfo=UTC)
    return Action(id=id, meeting_id=meeting_id, text=text, owners=owners, source="m.txt",
                  line=line, fingerprint=text.casefold(), created_at=now, updated_at=now)


SEPTEMBER = Meeting(id=1, key="k1", title="Monthly Assurance Meeting September 2026",
                    date=date(2026, 9, 8), source="s.txt", source_sha256="x",
                    ingested_at=datetime(2026, 9, 9, tzinfo=UTC))
EARLIER = [
    (_stored(1, "Revisit in 2 months to confirm the 101 abandonment rate is back within "
                "target.", "CC", line=5), SEPTEMBER),
    (_stored(2, "The DCC to provide an update in October on the take-up of online "
                "reporting.", "DCC", line=9), SEPTEMBER),
    (_stored(3, "ACC to report back within 12 weeks on compliance with the Victims' Code.",
             "ACC", line=12), SEPTEMBER),
]


@pytest.mark.parametrize("words", [
    "Complete.", "Closed.", "Done", "Discharged.", "A written report was submitted to the PCC "
    "prior to the meeting.", "The work on unresourced incidents has been completed.",
])
def test_these_close_the_action(words):
    assert classify(_update("x", words)).kind == "close"


@pytest.mark.parametrize("words", [
    "Ongoing.", "c/fwd", "In progress.", "Figures were presented for two districts only; the "
    "remaining districts will follow. Ongoing.", "Not yet complete.",
])
def test_these_keep_it_open(words):
    assert classify(_update("x", words)).kind == "open"


def test_a_new_date_re_dates_it_with_those_words():
    found = classify(_update("x", "The ACC will provide an update in May.", due=date(2027, 5, 31),
                             basis="stated", words="in May"))
    assert (found.kind, found.due, found.words) == ("redate", date(2027, 5, 31), "in May")


def test_an_update_without_a_verdict_is_only_noted():
    assert classify(_update("x", "The PCC thanked the team.")).kind == "noted"


def test_same_words_are_a_clear_match():
    found = match(_update("Revisit in 2 months to confirm the 101 abandonment rate is back "
                          "within target.", "Closed."), EARLIER)
    assert found.action_id == 1


def test_a_quoted_reference_wins_over_the_words():
    found = match(_update("Update on A-0003 (Victims' Code)", "Ongoing"), EARLIER)
    assert (found.action_id, found.reason) == (3, "quotes A-0003")


def test_action_n_from_a_month_is_the_nth_action_of_that_meeting():
    assert match(_update("Action 2 from September", "Closed."), EARLIER).action_id == 2


def test_an_unclear_match_is_not_applied_and_offers_candidates():
    found = match(_update("Update on compliance figures"), EARLIER)
    assert found.action_id is None


def test_nothing_alike_matches_nothing():
    found = match(_update("ACC to share the rural crime team's seasonal deployment plan."),
                  EARLIER)
    assert found.action_id is None
    assert "matches no earlier action" in found.reason


def test_other_owners_make_a_close_wording_unclear():
    found = match(_update("CC to report back within 12 weeks on compliance with the Victims' "
                          "Code.", owners=("CC",)), EARLIER[2:])
    assert (found.action_id, found.candidates) == (None, (3,))
    assert match(_update("ACC to report back within 12 weeks on compliance with the "
                         "Victims' Code.", owners=("ACC",)), EARLIER[2:]).action_id == 3


def test_reports_that_ran_together_are_split_at_an_earlier_action_s_words():
    run = _update(EARLIER[0][0].text, "Not yet due. To be taken at the November meeting. "
                  + EARLIER[1][0].text + " A written update was provided. Closed.")
    parts = split_runs(run, EARLIER, date(2026, 10, 12), date(2026, 11, 10))
    assert [p.text for p in parts] == [EARLIER[0][0].text, EARLIER[1][0].text]
    assert parts[0].update == "Not yet due. To be taken at the November meeting."
    assert parts[0].due == date(2026, 11, 10)
    assert [classify(p).kind for p in parts] == ["redate", "close"]


def test_a_series_is_the_title_without_its_dates():
    assert series("Monthly Assurance Meeting October 2021– Meeting Notes") == \
        series("Monthly Assurance Meeting September 2026 – Meeting Notes") == \
        "monthly assurance meeting"
    assert series("Audit Committee March 2022") != series("Monthly Assurance Meeting March 2022")
