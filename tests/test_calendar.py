"""The digest's .ics follows the log: SEQUENCE, cancellations and moves owed to a recipient,
SUMMARY cut at a word; and default dates are never escalated (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from freezegun import freeze_time
from icalendar import Calendar

from reminders import tracker
from reminders.calendar import Entry, calendar, record_sent, short
from reminders.digest import load
from reminders.planning import plan
from reminders.render import compose_digest
from tests.digest_helpers import action, add, load_config

SLOT = datetime(2021, 11, 1, 7, 30, tzinfo=UTC)


def _events(ics: str) -> dict[str, dict]:
    return {str(e["uid"]).split("@")[0]: e for e in Calendar.from_ical(ics).walk("VEVENT")}


def test_summary_is_cut_at_a_word():
    text = "Revisit in 6 months to determine if changes have been made to the VRR process."
    cut = short(text)
    assert cut == "Revisit in 6 months to determine if changes have been made…"
    assert len(cut) <= 60 and short("Short words.") == "Short words."


def test_events_carry_sequence_and_status():
    entry = Entry("A-0042", "Report on the VRR process", date(2022, 4, 4), 3, "October",
                  date(2021, 10, 4), "2.9")
    gone = Entry("A-0043", "Old", date(2022, 1, 1), 2, "October", date(2021, 10, 4), None,
                 cancelled=True)
    events = _events(calendar([entry, gone], domain="x.org", stamp=SLOT))
    assert (events["A-0042"]["sequence"], str(events["A-0042"]["status"])) == (3, "CONFIRMED")
    assert str(events["A-0043"]["status"]) == "CANCELLED"
    assert str(events["A-0043"]["summary"]).startswith("A-0043 cancelled:")


def test_a_closed_action_is_cancelled_once_in_the_recipient_s_next_attachment(
        store, write_config):
    cfg = load_config(write_config)
    kept, closed = add(store, action("Report on VRR", due=date(2021, 11, 10)),
                       action("Brief the panel", due=date(2021, 11, 12)))
    with store.session() as session:
        first = plan(load(session), cfg, date(2021, 11, 1)).digest_for("CC")
        assert {i.ref for i in first.due_soon} == {kept.ref, closed.ref}
        record_sent(session, "CC", SLOT, first.due_soon, ())
    with freeze_time("2021-11-03 10:00:00"), store.session() as session:
        tracker.close(session, closed.ref, "briefed")
    with store.session() as session:
        second = plan(load(session), cfg, date(2021, 11, 8)).digest_for("CC")
    assert [c.ref for c in second.calendar_changes] == [closed.ref]
    message = compose_digest(cfg, second, message_id="<m@x>", when=SLOT, slot=SLOT)
    ics = next(p for p in message.iter_attachments() if p.get_filename() == "deadlines.ics")
    events = _events(ics.get_content())
    assert str(events[closed.ref]["status"]) == "CANCELLED"
    assert events[closed.ref]["sequence"] == 1
    assert str(events[kept.ref]["status"]) == "CONFIRMED"
    with store.session() as session:
        record_sent(session, "CC", SLOT, second.due_soon, second.calendar_changes)
        third = plan(load(session), cfg, date(2021, 11, 9)).digest_for("CC")
    assert third.calendar_changes == ()  # told once


def test_a_date_moved_out_of_the_window_is_sent_with_its_new_date(store, write_config):
    cfg = load_config(write_config)
    (moved,) = add(store, action("Report on VRR", due=date(2021, 11, 10)))
    with store.session() as session:
        first = plan(load(session), cfg, date(2021, 11, 1)).digest_for("CC")
        record_sent(session, "CC", SLOT, first.due_soon, ())
        tracker.edit(session, moved.ref, due=date(2022, 3, 1))
    with store.session() as session:
        second = plan(load(session), cfg, date(2021, 11, 8)).digest_for("CC")
    (change,) = second.calendar_changes
    assert (change.due, change.cancelled, change.seq) == (date(2022, 3, 1), False, 1)


def test_a_default_date_is_never_escalated(store, write_config):
    cfg = load_config(write_config)
    add(store, action("Minuted deadline", due=date(2021, 11, 1)),
        action("No deadline minuted", due=date(2021, 11, 1), basis="default", due_words=None))
    with store.session() as session:
        cc = plan(load(session), cfg, date(2022, 3, 1)).digest_for("CC")
    flags = {i.text: i.escalated for i in cc.overdue}
    assert flags == {"Minuted deadline": True, "No deadline minuted": False}



def _icalendar_reference(entries, *, domain, stamp) -> str:
    """The same properties through the icalendar package: what calendar() must equal."""
    from datetime import timedelta

    from icalendar import Event

    cal = Calendar()
    cal.add("prodid", "-//reminders//weekly digest//EN")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    for entry in entries:
        event = Event()
        event.add("uid", f"{entry.ref}@{domain}")
        event.add("dtstamp", stamp)
        event.add("sequence", entry.seq)
        event.add("dtstart", entry.due)
        event.add("dtend", entry.due + timedelta(days=1))
        state = "cancelled" if entry.cancelled else "due"
        event.add("summary", " ".join(f"{entry.ref} {state}: {short(entry.text)}".split()))
        day = entry.meeting_date
        where = f"{entry.meeting}, {f'{day.day} {day:%B %Y}' if day else 'no date'}"
        where += f", item {entry.item}" if entry.item else ""
        event.add("description", f"{entry.text}\n\nFrom: {where}\nReference: {entry.ref}")
        event.add("status", "CANCELLED" if entry.cancelled else "CONFIRMED")
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return cal.to_ical().decode("utf-8")


def test_calendar_text_is_byte_identical_to_icalendar_on_awkward_words():
    """The .ics is written directly for speed: escaping (\\ ; , line ends) and folding at 75
    octets (never inside a UTF-8 character or a backslash escape) must match icalendar."""
    import random
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    rng = random.Random(12)
    anything = [*"abc XYZ,;:\\\n\r^\"'é…€😀\t", "\\N", "\r\n"]
    ascii_only = [c for c in anything if c.isascii()]  # long lines of one octet a character
    for n in range(600):
        alphabet = anything if n % 2 else ascii_only
        entries = [Entry(f"A-{rng.randint(1, 9999):04d}",
                         "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300))),
                         date(2022, 1, 1) + timedelta(days=rng.randint(0, 900)),
                         rng.randint(0, 5),
                         "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))),
                         rng.choice([None, date(2021, 10, 4)]), rng.choice([None, "2.2", "1,3;x"]),
                         cancelled=rng.random() < 0.3) for _ in range(rng.randint(0, 4))]
        stamp = datetime(2022, 3, 28, 7, 30, tzinfo=ZoneInfo(
            rng.choice(["Europe/London", "UTC", "America/New_York"])))
        assert calendar(entries, domain="opcc.example.org", stamp=stamp) == \
            _icalendar_reference(entries, domain="opcc.example.org", stamp=stamp)


def test_the_planner_s_tuples_plan_exactly_as_the_orm_rows_do(store, write_config):
    """``load`` reads open actions as tuples (reminders.open_actions), not ORM instances:
    every field a digest shows, derived ones included, must come out the same."""
    from sqlmodel import select

    from reminders.digest import Inputs
    from reminders.models import Action, Meeting
    from tests.digest_helpers import meeting

    cfg = load_config(write_config)
    add(store, action("Report on VRR", due=date(2021, 10, 20)),
        action("Brief the panel", owners="CC,ACC", due=date(2021, 11, 12), item=None),
        action("No date minuted", due=None, basis="default", due_words=None),
        action("Closed already", due=date(2021, 10, 1), status="done"))
    add(store, action("From the board", owners="DPCC", due=date(2021, 11, 5)),
        of=meeting(title="Board", on=date(2021, 10, 11)))
    with store.session() as session:
        ours = plan(load(session), cfg, date(2021, 11, 1))
        rows = session.exec(select(Action, Meeting).join(Meeting, Action.meeting_id == Meeting.id)
                            .where(Action.status == "open")).all()
        theirs = plan(Inputs(actions=list(rows)), cfg, date(2021, 11, 1))
    assert ours.digests == theirs.digests
    assert ours.overview.unrouted == theirs.overview.unrouted
    assert sum(len(d.overdue) + len(d.due_soon) for d in ours.digests) >= 3
