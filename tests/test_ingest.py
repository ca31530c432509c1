"""Ingest: one transaction per file, idempotent, and a re-issue keeps the secretariat's edits."""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from reminders import config, tracker
from reminders.errors import MinutesError
from reminders.ingest import ingest_file
from reminders.models import DONE, OPEN, WITHDRAWN, Action, Meeting

MINUTES = """\
Monthly Assurance Meeting May 2024 – Meeting Notes

Date: Tuesday 14th May 2024, 10:00 am
Chair: Jo Example

Attendance:\tJo Example\tPolice and Crime Commissioner (PCC)
\tSam Sample\tChief Constable (CC)
\tAlex Other\tAssistant Chief Constable (ACC)

1.\tPerformance
\tThe PCC asked about response times.
\tACTION: ACC to report on response times in 3 months.
\tACTION: CC to review the call handling backlog by the end of June.
\tACTION: ZZQ to brief the panel at the next meeting.
2.\tConfirmation of next meeting type / date / time / venue:
\tTuesday 11th June 2024
"""


@pytest.fixture
def cfg(write_config):
    return config.load(write_config())


def _write(tmp_path: Path, text: str, name: str = "may.txt") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _actions(store) -> list[Action]:
    with store.session() as session:
        return list(session.exec(select(Action).order_by(Action.id)))


def test_ingest_stores_meeting_and_actions_with_due_dates(store, cfg, tmp_path):
    result = ingest_file(store, _write(tmp_path, MINUTES), cfg)
    assert result.status == "new"
    assert result.meeting_date == date(2024, 5, 14)
    actions = _actions(store)
    by_owner = {a.owner_codes[0]: a for a in actions if a.owner_codes}
    assert by_owner["ACC"].due == date(2024, 8, 14)
    assert by_owner["CC"].due == date(2024, 6, 30)
    assert by_owner["ZZQ"].due == date(2024, 6, 11)
    assert all(a.status == OPEN for a in actions)


def test_unknown_owner_codes_are_reported(store, cfg, tmp_path):
    result = ingest_file(store, _write(tmp_path, MINUTES), cfg)
    assert result.unknown_owners == ("ZZQ",)


def test_reingesting_the_same_file_changes_nothing(store, cfg, tmp_path):
    path = _write(tmp_path, MINUTES)
    ingest_file(store, path, cfg)
    before = [(a.id, a.text, a.updated_at) for a in _actions(store)]
    again = ingest_file(store, path, cfg)
    assert again.status == "unchanged"
    assert [(a.id, a.text, a.updated_at) for a in _actions(store)] == before


def test_a_reissue_updates_actions_and_keeps_hand_edits(store, cfg, tmp_path):
    ingest_file(store, _write(tmp_path, MINUTES), cfg)
    acc, cc, zzq = _actions(store)
    with store.session() as session:
        tracker.edit(session, acc.ref, due=date(2024, 9, 30))  # agreed later with the ACC
        tracker.close(session, cc.ref, "done at the June meeting")

    reissued = MINUTES.replace("in 3 months", "in 2 months").replace(
        "\tACTION: ZZQ to brief the panel at the next meeting.\n", ""
    ).replace("review the call handling backlog", "review the call-handling backlog")
    result = ingest_file(store, _write(tmp_path, reissued, "may-revised.txt"), cfg)

    assert result.status == "updated"
    acc2, cc2, zzq2 = _actions(store)
    assert (acc2.id, cc2.id, zzq2.id) == (acc.id, cc.id, zzq.id)
    assert acc2.text.endswith("in 2 months.")
    assert acc2.due == date(2024, 9, 30), "the secretariat's date survives the re-issue"
    assert cc2.status == DONE and "call-handling" in cc2.text
    assert zzq2.status == WITHDRAWN, "dropped from the re-issue: withdrawn, not deleted"
    with store.session() as session:
        assert len(list(session.exec(select(Meeting)))) == 1


def test_a_bad_file_raises_and_stores_nothing(store, cfg, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(MinutesError, match=r"empty\.txt"):
        ingest_file(store, empty, cfg)
    with store.session() as session:
        assert list(session.exec(select(Meeting))) == []
