"""The register as the secretariat works it: list by status and owner, close, reopen, edit."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from reminders import tracker
from reminders.errors import ReminderError
from reminders.models import DONE, OPEN, Action, Meeting

TODAY = date(2022, 3, 28)


@pytest.fixture
def refs(store) -> dict[str, str]:
    now = datetime.now(UTC)
    with store.session() as session:
        meeting = Meeting(key="k", title="October", date=date(2021, 10, 4), source="m.txt",
                          source_sha256="x", ingested_at=now)
        session.add(meeting)
        session.flush()
        rows = {
            "late": Action(meeting_id=meeting.id, text="late", owners="CC", due=date(2022, 1, 4)),
            "soon": Action(meeting_id=meeting.id, text="soon", owners="ACC,DPCC",
                           due=date(2022, 4, 4)),
            "undated": Action(meeting_id=meeting.id, text="undated", owners=""),
        }
        for row in rows.values():
            row.source, row.fingerprint = "m.txt", row.text
            row.created_at = row.updated_at = now
            session.add(row)
        session.flush()
        return {name: row.ref for name, row in rows.items()}


def _texts(store, **kwargs) -> list[str]:
    with store.session() as session:
        return [r.action.text for r in tracker.list_actions(session, today=TODAY, **kwargs)]


def test_open_actions_are_listed_soonest_first_undated_last(store, refs):
    assert _texts(store) == ["late", "soon", "undated"]


def test_overdue_means_open_and_due_before_today(store, refs):
    assert _texts(store, status="overdue") == ["late"]


def test_owner_filter_matches_any_of_several_owners(store, refs):
    assert _texts(store, owner="dpcc") == ["soon"]


def test_closing_removes_from_open_and_is_remembered_as_an_edit(store, refs):
    with store.session() as session:
        action = tracker.close(session, refs["late"], "report received")
    assert action.status == DONE and action.closed_at is not None
    assert "status" in action.edited
    assert _texts(store, status="done") == ["late"]
    with store.session() as session:
        assert tracker.reopen(session, refs["late"].lower()).status == OPEN


def test_edit_sets_owners_and_due_and_marks_them_protected(store, refs):
    with store.session() as session:
        action = tracker.edit(session, refs["undated"], owners=["PCC"], due=date(2022, 5, 31))
    assert action.owner_codes == ["PCC"]
    assert (action.due, action.basis) == (date(2022, 5, 31), "secretariat")
    assert set(action.edited.split(",")) == {"owners", "due"}


@pytest.mark.parametrize("ref", ["A-9999", "banana"])
def test_an_unknown_reference_is_a_clear_error(store, refs, ref):
    with store.session() as session, pytest.raises(ReminderError):
        tracker.get(session, ref)
