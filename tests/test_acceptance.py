"""The product end to end on the five real minutes: ingest, then the run of 28 March 2022.

Reads ../shared/minutes (never copied into the project); fails in CI when it is absent.
"""

from __future__ import annotations

import email
import email.policy
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from reminders import config as config_module
from reminders import dispatch
from reminders.digest import load
from reminders.ingest import ingest_file
from reminders.models import OPEN, Action
from reminders.planning import plan
from reminders.store import Store
from tests.conftest import REPO, need_shared

RUN_DAY = date(2022, 3, 28)


@pytest.fixture
def world(tmp_path: Path, monkeypatch):
    shared = need_shared()
    monkeypatch.setenv("REMINDERS_DATABASE", f"sqlite:///{tmp_path / 'r.db'}")
    cfg = config_module.load(REPO / "config.toml")
    cfg = cfg.model_copy(update={"mail": cfg.mail.model_copy(
        update={"outbox": str(tmp_path / "outbox")})})
    store = Store(cfg.database_url)
    for path in sorted((shared / "minutes").iterdir()):
        ingest_file(store, path, cfg)
    yield cfg, store
    store.close()


def test_cc_digest_lists_both_october_2021_actions_as_due_soon(world):
    cfg, store = world
    with store.session() as session:
        result = plan(load(session), cfg, RUN_DAY)
    cc = next(d for d in result.digests if d.code == "CC")
    october = [i for i in cc.due_soon if i.meeting_date == date(2021, 10, 4)]
    assert len(october) == 2
    assert {i.due for i in october} == {date(2022, 4, 4)}
    assert all(i.due_words == "in 6 months" for i in october)


def test_overview_lists_every_action_overdue_that_day(world):
    cfg, store = world
    with store.session() as session:
        result = plan(load(session), cfg, RUN_DAY)
        overdue = {a.ref for a in session.exec(select(Action).where(Action.status == OPEN))
                   if a.due and a.due < RUN_DAY}
    listed = {i.ref for g in result.overview.overdue_by_owner for i in g.items}
    assert overdue, "the 2018 actions are long overdue by 2022"
    assert overdue <= listed


def test_the_cc_email_of_that_run_carries_both_actions_and_their_calendar(world):
    cfg, store = world
    report = dispatch.send_now(cfg, store, on=RUN_DAY,
                               now=datetime(2022, 3, 28, 9, 0, tzinfo=cfg.tz))
    assert {o.recipient: o.status for o in report.outcomes}["CC"] == "sent"
    [eml] = Path(cfg.resolve_path(cfg.mail.outbox)).glob("*-CC.eml")
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert message["To"] == "chief.constable@police.example.org"
    text = message.get_body(("plain",)).get_content()
    assert text.count("in 6 months") >= 2
    assert "4 April 2022" in text or "04 April 2022" in text
    ics = [p for p in message.iter_attachments() if p.get_content_type() == "text/calendar"]
    assert ics and b"20220404" in ics[0].get_payload(decode=True)
