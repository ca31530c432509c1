"""Commands for the secretariat's action register: list, close, reopen, edit."""

from __future__ import annotations

import argparse
import json

from reminders import clock
from reminders.cli import Context, _date, command

# --------------------------------------------------------------------------- the register


def _actions_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--owner", metavar="CODE", help="only this owner (a code or an alias)")
    parser.add_argument("--status", default="open",
                        choices=("open", "done", "overdue", "withdrawn", "archived", "all"))
    parser.add_argument("--json", action="store_true", help="print JSON")


@command("actions", _actions_arguments)
def actions(args: argparse.Namespace, ctx: Context) -> int:
    """List stored actions, soonest due first.

    example: reminders actions --status overdue --owner ACC
    """
    from reminders import tracker

    cfg = ctx.config
    today = clock.today(cfg.tz)
    codes = None
    if args.owner:
        code = cfg.recipient_for(args.owner) or args.owner
        codes = {code, *(cfg.recipients[code].aliases if code in cfg.recipients else [])}
    with ctx.store.session() as session:
        rows = tracker.list_actions(session, today=today, status=args.status,
                                    owner=args.owner, owner_codes=codes)
    if args.json:
        ctx.out(json.dumps([_action_json(r.action, r.meeting) for r in rows], ensure_ascii=False))
        return 0
    if not rows:
        ctx.out(f"no {args.status} actions" + (f" for {args.owner}" if args.owner else ""))
    for row in rows:
        a, m = row.action, row.meeting
        due_text = f"{a.due:%d %b %Y}" if a.due else "no date"
        late = f", {(today - a.due).days} days overdue" if a.due and a.due < today else ""
        meeting = f"{m.title or m.source} ({m.date:%d %b %Y})" if m.date else (m.title or m.source)
        ctx.out(f"{a.ref}  {a.status:<9} due {due_text} [{a.basis}{late}]  "
                f"{','.join(a.owner_codes) or '(no owner)'}")
        ctx.out(f"        {a.text}")
        ctx.out(f"        from {meeting}" + (f", item {a.item}" if a.item else ""))
    return 0


def _action_json(a, m) -> dict:
    return {
        "ref": a.ref, "status": a.status, "text": a.text, "owners": a.owner_codes,
        "due": a.due.isoformat() if a.due else None, "basis": a.basis, "due_words": a.due_words,
        "item": a.item, "section": a.section, "kind": a.kind, "update": a.update,
        "meeting": {"title": m.title, "date": m.date.isoformat() if m.date else None},
        "source": a.source, "line": a.line, "edited": [f for f in a.edited.split(",") if f],
        "note": a.note, "closed_by": a.closed_by,
        "update_on": a.update_on.isoformat() if a.update_on else None,
        "due_set_on": a.due_set_on.isoformat() if a.due_set_on else None,
    }


def _ref_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("ref", help="the action's reference, e.g. A-0042")
    parser.add_argument("--note", help="why, for the record")


@command("close", _ref_arguments)
def close(args: argparse.Namespace, ctx: Context) -> int:
    """Mark an action done; it leaves every digest.

    example: reminders close A-0042 --note "report received 3 May"
    """
    from reminders import tracker

    with ctx.store.session() as session:
        action = tracker.close(session, args.ref, args.note)
    ctx.out(f"{action.ref}: done")
    return 0


@command("reopen", _ref_arguments)
def reopen(args: argparse.Namespace, ctx: Context) -> int:
    """Mark a closed or withdrawn action open again.

    example: reminders reopen A-0042
    """
    from reminders import tracker

    with ctx.store.session() as session:
        action = tracker.reopen(session, args.ref, args.note)
    ctx.out(f"{action.ref}: open")
    return 0


def _edit_arguments(parser: argparse.ArgumentParser) -> None:
    _ref_arguments(parser)
    parser.add_argument("--owner", action="append", metavar="CODE",
                        help="the owner; repeat for several (replaces the extracted owners)")
    parser.add_argument("--due", type=_date, metavar="YYYY-MM-DD", help="the due date")
    parser.add_argument("--text", help="the action's words")
    parser.add_argument("--force", action="store_true",
                        help="accept an owner code that has no recipient in config.toml")


@command("edit", _edit_arguments)
def edit(args: argparse.Namespace, ctx: Context) -> int:
    """Correct an extracted action's owners, due date or words.

    What is corrected here survives a re-issue of the minutes.

    example: reminders edit A-0042 --owner ACC --owner DPCC --due 2022-05-31
    """
    from reminders import tracker
    from reminders.errors import ReminderError

    owners = _owner_codes(ctx, args.owner, force=args.force) if args.owner else None
    if args.text is not None and not args.text.strip():
        raise ReminderError("--text is empty", "give the action's words, or leave --text out")
    with ctx.store.session() as session:
        action = tracker.edit(session, args.ref, owners=owners, due=args.due,
                              text=args.text, note=args.note)
    ctx.out(f"{action.ref}: owners {','.join(action.owner_codes) or '(none)'}, due "
            f"{action.due or 'none'}: {action.text}")
    return 0


def _owner_codes(ctx: Context, given: list[str], *, force: bool) -> list[str]:
    """Owner codes as configured ("acc", "Assistant Chief Constable" -> "ACC").

    A code no recipient has would get no digest: refused unless --force, then kept as typed
    with a warning (the overview lists it as having no recipient)."""
    import sys

    from reminders.errors import ReminderError

    codes, unknown = [], []
    for owner in (o.strip() for o in given):
        if not owner:
            continue
        code = ctx.config.recipient_for(owner)
        if code is None:
            unknown.append(owner)
        codes.append(code or owner)
    if unknown and not force:
        known = ", ".join(ctx.config.recipients)
        raise ReminderError(f"owner {', '.join(unknown)} has no recipient in {ctx.config.path}"
                            f" (known: {known})",
                            "use one of those codes, add it to [recipients], or pass --force")
    for owner in unknown:
        print(f"reminders: warning: {owner} has no recipient: no digest will reach it",
              file=sys.stderr)
    return codes
