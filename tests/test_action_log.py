"""Following actions across meetings, on real minutes and real databases (SQLite, PostgreSQL).

The shipped examples (three meetings of autumn 2026 whose matters arising close and re-date
earlier actions) and the five shared minutes are ingested in date order, as a secretariat
would; then the plan of the next run, the history, the review list and the report.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from freezegun import freeze_time
from sqlmodel import select

from reminders import config as config_module
from reminders.arising import Options
from reminders.digest import load
from reminders.ingest import ingest_file
from reminders.models import ARCHIVED, DONE, OPEN, Action, ActionEvent, Review
from reminders.planning import plan
from reminders.store import Store
from tests.conftest import need_shared
from tests.ingested import EXAMPLES, examples_url, template, write_config  # noqa: F401

TODAY = date(2026, 12, 1)


def _config(tmp_path: Path, monkeypatch, database_url: str) -> config_module.Config:
    monkeypatch.setenv("REMINDERS_DATABASE", database_url)
    return config_module.load(write_config(tmp_path))


@pytest.fixture
def examples(tmp_path, monkeypatch, examples_url):  # noqa: F811
    """The three example meetings, ingested in date order (SQLite, then PostgreSQL)."""
    cfg = _config(tmp_path, monkeypatch, examples_url)
    store = Store(cfg.database_url)
    yield cfg, store
    store.close()


def _by_words(store: Store, words: str) -> Action:
    with store.session() as session:
        found = [a for a in session.exec(select(Action)) if words in a.text]
    assert len(found) == 1, words
    return found[0]


def _listed(cfg, store, day: date) -> dict[str, list]:
    with store.session() as session:
        planned = plan(load(session), cfg, day)
    return {d.code: [*d.overdue, *d.due_soon] for d in planned.digests}, planned


def test_no_digest_lists_an_action_a_later_meeting_closed(examples):
    cfg, store = examples
    take_up = _by_words(store, "take-up of the online crime reporting")
    abandonment = _by_words(store, "101 abandonment rate")
    assert (take_up.status, abandonment.status) == (DONE, DONE)
    assert abandonment.closed_by == "minutes of 10 November 2026"
    assert take_up.closed_by == "minutes of 12 October 2026"
    for day in (date(2026, 11, 16), TODAY, date(2026, 12, 7)):
        digests, planned = _listed(cfg, store, day)
        refs = {i.ref for items in digests.values() for i in items}
        refs |= {i.ref for g in planned.overview.overdue_by_owner for i in g.items}
        assert not refs & {take_up.ref, abandonment.ref}, day


def test_open_and_re_dated_actions_show_their_latest_update(examples):
    cfg, store = examples
    figures = _by_words(store, "neighbourhood abstraction figures")
    assert figures.status == OPEN
    digests, _ = _listed(cfg, store, TODAY)
    item = next(i for i in digests["ACC"] if i.ref == figures.ref)
    assert item.latest_update.startswith("figures were presented for two districts only")
    assert item.update_on == date(2026, 11, 10)
    with store.session() as session:
        redated = session.exec(select(ActionEvent).where(ActionEvent.kind == "redated")).all()
    assert [e.words for e in redated] == ["not yet due. To be taken at the November meeting."]
    assert redated[0].due == date(2026, 11, 10)


def test_a_report_on_an_action_never_stored_waits_in_review(examples):
    cfg, store = examples
    with store.session() as session:
        waiting = session.exec(select(Review).where(Review.status == "pending")).all()
        planned = plan(load(session), cfg, TODAY)
        closed = session.exec(select(ActionEvent).where(ActionEvent.kind == "closed")).all()
    assert [r.text for r in waiting] == [
        "ACC to share the rural crime team's seasonal deployment plan with the PCC."]
    assert planned.overview.awaiting_review == 1
    assert "1 waiting for review" in planned.overview.counts
    assert len(closed) == 2 and all(e.by == "minutes" for e in closed)


def test_ingesting_again_adds_no_events_and_no_reviews(examples):
    cfg, store = examples
    with store.session() as session:
        before = (len(session.exec(select(ActionEvent)).all()),
                  len(session.exec(select(Review)).all()))
    with freeze_time("2026-12-01 10:00:00"):
        for path in sorted(EXAMPLES.iterdir()):
            ingest_file(store, path, cfg, force=True)
    with store.session() as session:
        after = (len(session.exec(select(ActionEvent)).all()),
                 len(session.exec(select(Review)).all()))
    assert after == before


def test_history_records_extraction_and_the_minutes_that_closed_it(examples):
    from reminders import history

    _, store = examples
    abandonment = _by_words(store, "101 abandonment rate")
    with store.session() as session:
        kinds = [(line.kind, line.where) for line in history.lines(session, abandonment.id)]
    assert kinds[0][0] == "extracted" and kinds[0][1].endswith("2026-09-08_assurance.txt line 40")
    assert [k for k, _ in kinds] == ["extracted", "redated", "closed"]


# --------------------------------------------------------------------------- the shared minutes


@pytest.fixture
def shared_minutes():
    return sorted((need_shared() / "minutes").iterdir())


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    """These read five real minutes each (slow to extract): SQLite only; the PostgreSQL
    path of the same code is covered by the example-minutes tests above."""
    return f"sqlite:///{tmp_path / 'r.db'}"


def test_shared_minutes_in_date_order_never_chase_a_closed_action(
        tmp_path, monkeypatch, sqlite_url, shared_minutes):
    cfg = _config(tmp_path, monkeypatch, sqlite_url)
    store = Store(cfg.database_url)
    with freeze_time("2022-10-10 09:00:00"):
        for path in shared_minutes:
            ingest_file(store, path, cfg)
        with store.session() as session:
            closed = {f"A-{e.action_id:04d}" for e in
                      session.exec(select(ActionEvent).where(ActionEvent.kind == "closed"))}
            planned = plan(load(session), cfg, date(2022, 10, 10))
            pending = session.exec(select(Review).where(Review.status == "pending")).all()
    listed = {i.ref for d in planned.digests for i in (*d.overdue, *d.due_soon)}
    assert not listed & closed
    # Their matters arising report on meetings that are not among the five: none is
    # applied to a wrong action; they wait for a person.
    assert len(pending) >= 5
    store.close()


def test_history_import_of_the_shared_minutes_escalates_nothing_today(
        tmp_path, monkeypatch, sqlite_url, shared_minutes):
    cfg = _config(tmp_path, monkeypatch, sqlite_url)
    store = Store(cfg.database_url)
    with freeze_time("2026-12-01 09:00:00"):
        for path in shared_minutes:
            ingest_file(store, path, cfg, history=True)
        with store.session() as session:
            planned = plan(load(session), cfg, TODAY)
            stored = session.exec(select(Action)).all()
    assert stored and all(a.status in (ARCHIVED, DONE) for a in stored)
    assert not any(d.escalated for d in planned.digests)
    assert all(d.empty for d in planned.digests)
    assert not planned.overview.overdue_by_owner
    store.close()


def test_history_keeps_chasing_what_is_open_and_recent(tmp_path, monkeypatch, sqlite_url,
                                                      shared_minutes):
    """Taken in on 20 March 2022, the March 2022 actions are recent: chased, not archived."""
    cfg = _config(tmp_path, monkeypatch, sqlite_url)
    store = Store(cfg.database_url)
    with freeze_time("2022-03-20 09:00:00"):
        for path in shared_minutes[:4]:
            ingest_file(store, path, cfg, history=True)
        with store.session() as session:
            rows = session.exec(select(Action)).all()
            planned = plan(load(session), cfg, date(2022, 3, 20))
    march = [a for a in rows if a.source.endswith("2022-03-11_assurance.txt")]
    older = [a for a in rows if not a.source.endswith("2022-03-11_assurance.txt")]
    assert march and all(a.status == OPEN for a in march)
    assert older and all(a.status == ARCHIVED for a in older if a.due and
                         a.due < date(2022, 2, 20))
    assert not any(i.escalated for d in planned.digests for i in d.overdue)
    store.close()


def test_without_history_the_options_count_the_flood(tmp_path, monkeypatch, sqlite_url,
                                                    shared_minutes):
    from reminders.arising import still_stale

    cfg = _config(tmp_path, monkeypatch, sqlite_url)
    store = Store(cfg.database_url)
    with freeze_time("2026-12-01 09:00:00"):
        stale = [i for p in shared_minutes for i in ingest_file(store, p, cfg).followed.stale]
        with store.session() as session:
            days = still_stale(session, stale, Options(TODAY, 28))
    assert len(days) >= 10 and max(days) > 3000
    store.close()


def test_the_examples_matters_arising_reach_ingest_as_updates():
    """What the tests above stand on: the extractor reports the October and November
    matters arising as updates on earlier actions, not as new work."""
    from reminders.minutes import extract

    october = extract(EXAMPLES / "2026-10-12_assurance.txt")
    said = " ".join(f"{u.text} {u.update}" for u in october.updates)
    assert "101 abandonment rate" in said and "Closed." in said
    assert not any("101 abandonment rate" in a.text for a in october.actions)


def test_minutes_taken_in_out_of_order_catch_up(tmp_path, monkeypatch, sqlite_url):
    """November and October first, then September: the reports that waited for September's
    actions are applied when they arrive; the one about July still waits."""
    cfg = _config(tmp_path, monkeypatch, sqlite_url)
    store = Store(cfg.database_url)
    with freeze_time("2026-12-01 09:00:00"):
        for path in sorted(EXAMPLES.iterdir(), reverse=True):
            ingest_file(store, path, cfg)
    assert _by_words(store, "101 abandonment rate").status == DONE
    assert _by_words(store, "take-up of the online crime reporting").status == DONE
    with store.session() as session:
        waiting = session.exec(select(Review).where(Review.status == "pending")).all()
    assert [r.text[:30] for r in waiting] == ["ACC to share the rural crime t"]
    store.close()
