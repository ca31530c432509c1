"""The unit of work: slots from the schedule (across clock changes), due slots from the
ledger, tick as the daemon calls it, send --on, dry runs and previews. Delivery goes to the
outbox folder here; the SMTP side is in test_mailer and test_ledger."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from freezegun import freeze_time
from sqlmodel import select

from reminders import clock, dispatch
from reminders.errors import ReminderError
from reminders.models import Delivery
from tests.digest_helpers import action, add, load_config, meeting

FROZEN = "2022-03-28 06:30:05"  # UTC: five seconds after Monday's 07:30 slot, first week of BST


@pytest.fixture
def config(write_config):
    return load_config(write_config)


def now(config) -> datetime:
    with freeze_time(FROZEN):
        return clock.now(config.tz)


def deliveries(store) -> list[tuple[str, str]]:
    with store.session() as session:
        return sorted((r.recipient, r.status) for r in session.exec(select(Delivery)))


def test_spring_slot_is_0730_local_after_the_clocks_go_forward(config):
    slot = dispatch.slot_at_or_before(config, now(config))
    assert slot == datetime(2022, 3, 28, 6, 30, tzinfo=UTC)
    assert (slot.hour, slot.minute, slot.utcoffset()) == (7, 30, timedelta(hours=1))
    week_before = dispatch.slot_at_or_before(config, slot - timedelta(seconds=1))
    assert week_before == datetime(2022, 3, 21, 7, 30, tzinfo=UTC)  # GMT


def test_autumn_clock_change_keeps_local_time(config):
    slot = dispatch.slot_at_or_before(config, datetime(2022, 10, 31, 12, tzinfo=UTC))
    assert slot == datetime(2022, 10, 31, 7, 30, tzinfo=UTC)  # 07:30 GMT
    assert dispatch.slot_at_or_before(config, slot - timedelta(seconds=1)) == datetime(
        2022, 10, 24, 6, 30, tzinfo=UTC)  # 07:30 BST


def test_a_cron_schedule_is_honoured(write_config):
    config = load_config(write_config, '[schedule]\ncron = "0 9 1 * *"\n')
    assert dispatch.slot_at_or_before(config, now(config)) == datetime(2022, 3, 1, 9,
                                                                       tzinfo=UTC)


def test_tick_sends_the_due_slot_once_then_finds_nothing(config, store, tmp_path):
    add(store, action("Revisit in 6 months", owners="CC", due=date(2022, 3, 1)))
    moment = now(config)
    reports = dispatch.tick(config, store, now=moment)
    assert [r.slot for r in reports] == [datetime(2022, 3, 28, 6, 30, tzinfo=UTC)]
    assert [str(o) for o in reports[0].outcomes if o.status == "sent"] == [
        "CC: sent (1 overdue)", "secretariat: sent (1 overdue)"]
    outbox = sorted(p.name for p in (tmp_path / "outbox").iterdir())
    assert outbox == ["20220328T0630Z-CC.eml", "20220328T0630Z-secretariat.eml"]
    assert dispatch.tick(config, store, now=moment + timedelta(minutes=1)) == []


def test_a_restart_on_a_later_day_catches_up_a_missed_slot_once(config, store):
    add(store, action("Late", owners="CC", due=date(2022, 3, 1)))
    two_days_on = now(config) + timedelta(days=2)
    assert dispatch.slots_due(config, store, two_days_on) == [
        datetime(2022, 3, 28, 6, 30, tzinfo=UTC)]
    [report] = dispatch.tick(config, store, now=two_days_on)
    assert report.outcomes[0].status == "sent"
    assert dispatch.slots_due(config, store, two_days_on) == []


def test_a_slot_older_than_catch_up_days_is_not_sent(config, store):
    four_days_on = now(config) + timedelta(days=4)  # catch_up_days defaults to 3
    assert dispatch.slots_due(config, store, four_days_on) == []


def test_back_from_three_days_down_a_daily_schedule_sends_one_digest_not_three(
        write_config, store):
    config = load_config(write_config, '[schedule]\ncron = "30 7 * * *"\n')
    add(store, action("Late", owners="CC", due=date(2022, 3, 1)))
    back = now(config) + timedelta(days=2, hours=1)  # Wednesday 08:30: Mon, Tue, Wed missed
    assert dispatch.slots_due(config, store, back) == [datetime(2022, 3, 30, 6, 30, tzinfo=UTC)]
    dispatch.tick(config, store, now=back)
    assert deliveries(store).count(("CC", "sent")) == 1
    assert dispatch.slots_due(config, store, back + timedelta(minutes=1)) == [], (
        "the older missed slots are superseded, not sent late")


def test_catch_up_days_zero_still_finds_the_slot_just_fired(write_config, store):
    config = load_config(write_config, "[schedule]\ncatch_up_days = 0\n")
    assert len(dispatch.slots_due(config, store, now(config))) == 1


def test_the_plan_uses_the_local_day_not_the_utc_day(config, store):
    add(store, action("Due Monday", owners="CC", due=date(2022, 3, 28)))
    sunday_night_utc = datetime(2022, 3, 27, 23, 30, tzinfo=UTC)  # Monday 00:30 in London
    report = dispatch.run_slot(config, store, sunday_night_utc, now=sunday_night_utc,
                               dry_run=True)
    assert report.outcomes[0].detail.endswith(": 1 due soon")  # due today, not late


def test_a_dry_run_renders_but_writes_and_sends_nothing(config, store, tmp_path):
    add(store, action("Late", owners="CC", due=date(2022, 3, 1)))
    report = dispatch.send_now(config, store, on=None, now=now(config), dry_run=True)
    assert [str(o) for o in report.outcomes] == [
        "CC: dry run (would send to cc@police.example.org: 1 overdue)",
        "ACC: nothing to send", "DPCC: nothing to send",
        "secretariat: dry run (would send to policy@opcc.example.org: 1 overdue)"]
    assert deliveries(store) == []
    assert not (tmp_path / "outbox").exists()


def test_send_on_a_date_uses_that_days_slot_and_plans_as_of_that_day(config, store):
    add(store, action("Due 1 March", owners="CC", due=date(2022, 3, 1)))
    report = dispatch.send_now(config, store, on=date(2022, 2, 28), now=now(config))
    assert report.slot == datetime(2022, 2, 28, 7, 30, tzinfo=UTC)
    assert str(report.outcomes[0]) == "CC: sent (1 due soon)"  # not yet overdue on 28 Feb
    again = dispatch.send_now(config, store, on=date(2022, 2, 28), now=now(config))
    assert again.outcomes[0].status == "already sent"


def test_preview_renders_one_owner_and_records_nothing(config, store):
    add(store, action("Revisit in 6 months", owners="Chief Constable", due=date(2022, 3, 1)))
    text = dispatch.preview(config, store, on=date(2022, 3, 28), owner="chief constable")
    assert text.startswith("To: cc@police.example.org\nSubject: [reminders] 1 overdue:")
    assert "A-0001" in text and "27 days overdue" in text
    html = dispatch.preview(config, store, on=date(2022, 3, 28), owner="CC", fmt="html")
    assert html.startswith("<!DOCTYPE html>")
    everyone = dispatch.preview(config, store, on=date(2022, 3, 28))
    assert "ACC: nothing to send" in everyone and "Secretariat overview" in everyone
    assert deliveries(store) == []


def test_preview_of_an_unknown_owner_names_the_known_ones(config, store):
    with pytest.raises(ReminderError, match="use one of CC, ACC, DPCC, secretariat"):
        dispatch.preview(config, store, on=date(2022, 3, 28), owner="PCC")


def test_ingestion_warnings_reach_one_overview_only(config, store, tmp_path):
    warned = meeting(warnings=json.dumps(["item 4: no owner"]),
                     ingested_at=datetime(2022, 3, 25, tzinfo=UTC))
    add(store, of=warned)
    first = dispatch.tick(config, store, now=now(config))
    assert str(first[0].outcomes[-1]) == "secretariat: sent (nothing due)"
    eml = (tmp_path / "outbox" / "20220328T0630Z-secretariat.eml").read_text()
    assert "item 4: no owner" in eml
    week_later = dispatch.tick(config, store, now=now(config) + timedelta(days=7))
    assert str(week_later[0].outcomes[-1]) == "secretariat: nothing to send"


def test_planning_runs_without_the_cyclic_collector_and_restores_it(config, store):
    """Loading and planning allocate thousands of objects and free none: a collection
    there only walks them (40 % of planning at 100,000 actions)."""
    import gc

    add(store, *(action(f"Report {n}", owners="CC", due=date(2022, 3, 1)) for n in range(400)))
    during: list[str] = []

    def seen(phase, info):
        if phase == "start":
            during.append(f"generation {info['generation']}")

    day = date(2022, 3, 28)
    slot = datetime(2022, 3, 28, 6, 30, tzinfo=UTC)
    gc.collect()
    gc.callbacks.append(seen)
    try:
        planned = dispatch._plan(config, store, slot, day)
    finally:
        gc.callbacks.remove(seen)
    assert len(planned.digest_for("CC").overdue) == 400
    # Unpaused, 400 actions cost about fifteen collections; paused, one runs as it resumes.
    assert len(during) <= 1, during
    assert gc.isenabled()
