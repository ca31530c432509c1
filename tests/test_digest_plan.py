"""The planner: a pure function from open actions, recipients, rules and a day to digests."""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, timedelta

import pytest

from reminders.digest import Inputs
from reminders.models import Delivery
from reminders.planning import local_day, plan
from tests.digest_helpers import action, load_config, meeting

MONDAY = date(2022, 3, 28)  # the run day of most tests: a Monday, the day after the clocks go on
OCT = meeting(id=1)


@pytest.fixture
def config(write_config):
    return load_config(write_config)


def planned(config, *actions, today=MONDAY, meetings=(), gave_up=()):
    return plan(Inputs([(a, OCT) for a in actions], meetings, gave_up), config, today)


def refs(items) -> list[str]:
    return [item.ref for item in items]


def test_overdue_is_oldest_first_and_counts_days(config):
    late = action("Report on SOC", due=date(2022, 3, 1), id=1)
    later = action("Review LPPT", due=date(2022, 3, 20), id=2)
    digest = planned(config, later, late).digest_for("CC")
    assert refs(digest.overdue) == ["A-0001", "A-0002"]
    assert [i.days_overdue for i in digest.overdue] == [27, 8]
    assert digest.counts == "2 overdue"


def test_due_soon_runs_from_today_to_the_horizon_soonest_first(config):
    today = action("Today", due=MONDAY, id=1)
    edge = action("Edge", due=MONDAY + timedelta(days=14), id=2)
    beyond = action("Beyond", due=MONDAY + timedelta(days=15), id=3)
    week = action("Week", due=MONDAY + timedelta(days=7), id=4)
    digest = planned(config, edge, beyond, week, today).digest_for("CC")
    assert refs(digest.due_soon) == ["A-0001", "A-0004", "A-0002"]
    assert [i.days_left for i in digest.due_soon] == [0, 7, 14]
    assert not digest.overdue


def test_an_action_with_several_owners_reaches_each_once(config):
    shared = action("Joint report", owners="ACC,CC,Chief Constable", due=date(2022, 4, 1), id=7)
    result = planned(config, shared)
    assert refs(result.digest_for("CC").due_soon) == ["A-0007"]
    assert refs(result.digest_for("ACC").due_soon) == ["A-0007"]
    assert result.digest_for("CC").due_soon[0].owners == ("ACC", "CC", "Chief Constable")


def test_aliases_route_to_the_recipient_code(config):
    result = planned(config, action("Via alias", owners="Deputy PCC", due=MONDAY, id=3),
                     action("Via initials", owners="RC", due=MONDAY, id=4))
    assert refs(result.digest_for("DPCC").due_soon) == ["A-0003"]
    assert refs(result.digest_for("ACC").due_soon) == ["A-0004"]
    assert not result.overview.unrouted


def test_a_default_deadline_is_marked_no_deadline_minuted(config):
    item = planned(config, action("Discuss", due=MONDAY, basis="default",
                                  due_words=None)).digest_for("CC").due_soon[0]
    assert item.no_deadline_minuted


def test_the_item_carries_the_words_and_the_meeting_they_came_from(config):
    item = planned(config, action("Revisit in 6 months", due=date(2022, 3, 1),
                                  item="1.2")).digest_for("CC").overdue[0]
    assert (item.meeting, item.meeting_date, item.item) == (
        "Monthly Assurance Meeting October 2021", date(2021, 10, 4), "1.2")
    assert item.due_words == "in 6 months"


def test_nothing_to_say_is_an_empty_digest(config):
    result = planned(config, action("Far off", due=date(2023, 1, 1)),
                     action("Closed", due=date(2022, 1, 1), status="done"))
    assert all(d.empty for d in result.digests)
    assert result.digest_for("CC").counts == "nothing due"


@pytest.mark.parametrize(("days_overdue", "escalated"), [(27, False), (28, False), (29, True)])
def test_escalation_is_strictly_past_the_threshold(config, days_overdue, escalated):
    due = MONDAY - timedelta(days=days_overdue)
    digest = planned(config, action("Late", due=due)).digest_for("CC")
    assert digest.overdue[0].escalated is escalated
    assert ("cex@opcc.example.org" in digest.cc) is escalated


def test_escalation_copies_the_owners_digest_and_keeps_its_own_cc(config):
    digest = planned(config, action("Very late", owners="ACC", due=date(2022, 1, 1), id=5),
                     action("Late", owners="ACC", due=date(2022, 3, 20), id=6)
                     ).digest_for("ACC")
    assert digest.cc == ("acc.office@police.example.org", "cex@opcc.example.org")
    assert refs(digest.escalated) == ["A-0005"]


def test_overview_lists_every_overdue_action_by_owner(config):
    result = planned(
        config,
        action("CC late", due=date(2022, 3, 1), id=1),
        action("ACC late", owners="ACC", due=date(2022, 3, 2), id=2),
        action("PCC late", owners="PCC", due=date(2022, 3, 3), id=3),
        action("Nobody's", owners="", due=date(2022, 3, 4), id=4),
        action("Soon", owners="DPCC", due=date(2022, 4, 1), id=5),
        action("Undated", due=None, id=6),
    )
    overview = result.overview
    groups = [(g.code, g.routed, refs(g.items)) for g in overview.overdue_by_owner]
    assert groups == [("CC", True, ["A-0001"]), ("ACC", True, ["A-0002"]),
                      ("PCC", False, ["A-0003"]), ("(no owner)", False, ["A-0004"])]
    assert refs(overview.unrouted) == ["A-0003", "A-0004"]
    assert refs(overview.due_soon) == ["A-0005"]
    assert refs(overview.undated) == ["A-0006"]
    assert overview.counts == "4 overdue, 1 due soon, 2 without a recipient"


def test_overview_shows_ingestion_warnings_and_deliveries_given_up(config):
    warned = meeting(id=2, warnings=json.dumps(["item 3: no owner found"]))
    lost = Delivery(recipient="ACC", slot=datetime(2022, 3, 21, 7, 30, tzinfo=UTC),
                    status="gave_up", attempts=9, error="SMTP x:587: connection refused")
    overview = planned(config, meetings=[warned], gave_up=[lost]).overview
    assert [(w.meeting_date, w.text) for w in overview.warnings] == [
        (date(2021, 10, 4), "item 3: no owner found")]
    assert overview.gave_up[0].recipient == "ACC"
    assert overview.gave_up[0].slot.hour == 7  # local time: GMT on 21 March
    assert not overview.empty


def test_the_day_is_the_configured_zones_day(config):
    sunday_night_utc = datetime(2022, 3, 27, 23, 30, tzinfo=UTC)  # 00:30 BST on Monday
    assert local_day(config, sunday_night_utc) == MONDAY


OWNERS = ["CC", "ACC", "DPCC", "Chief Constable", "RC,CC", "PCC", "", "ACC,PCC"]


@pytest.mark.parametrize("seed", range(5))
def test_no_open_dated_action_falls_between_the_cracks(config, seed):
    """Weekly runs for a year: every dated action is announced in its owners' digests before
    it lapses, and every lapsed action is in some email on every run until it is closed."""
    rng = random.Random(seed)
    start = date(2022, 1, 3)  # a Monday
    actions = [action(f"Action {n}", owners=rng.choice(OWNERS), id=n,
                      due=start + timedelta(days=rng.randrange(0, 365)))
               for n in range(1, 60)]
    seen: dict[str, list[date]] = {a.ref: [] for a in actions}
    for week in range(54):
        today = start + timedelta(weeks=week)
        result = planned(config, *actions, today=today)
        in_digest = {i.ref for d in result.digests for i in (*d.overdue, *d.due_soon)}
        in_overview = {i.ref for g in result.overview.overdue_by_owner for i in g.items}
        in_overview |= {i.ref for i in (*result.overview.unrouted, *result.overview.due_soon)}
        for a in actions:
            routed = {config.recipient_for(o) for o in a.owner_codes} - {None}
            for code in routed:  # each routed owner sees it while it is due soon or late
                digest = result.digest_for(code)
                if a.due <= today + timedelta(days=config.rules.due_soon_days):
                    assert a.ref in refs((*digest.overdue, *digest.due_soon)), (a, today)
            if a.due < today:
                assert a.ref in in_overview, (a.ref, today)
            if a.ref in in_digest | in_overview:
                seen[a.ref].append(today)
    for a in actions:
        assert seen[a.ref] and seen[a.ref][0] <= a.due, f"{a.ref} due {a.due} first seen late"
