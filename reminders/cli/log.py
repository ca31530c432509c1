"""Commands for following actions across meetings: history, review, report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reminders import clock
from reminders.cli import Context, _date, command
from reminders.clock import long_date
from reminders.errors import ReminderError


@command("history", lambda p: p.add_argument("ref", help="the action, e.g. A-0042"))
def history(args: argparse.Namespace, ctx: Context) -> int:
    """Print everything that happened to an action, oldest first.

    Extracted (file and line), re-issued, updated by later minutes (with their words),
    edited, closed or reopened by the secretariat (with the note), listed in a digest,
    escalated.

    example: reminders history A-0042
    """
    from reminders import history as events
    from reminders import tracker

    with ctx.store.session() as session:
        action = tracker.get(session, args.ref)
        found = events.lines(session, action.id)
    due = f"due {action.due.isoformat()}" if action.due else "no date"
    ctx.out(f"{action.ref}  {action.status}  {due}  {','.join(action.owner_codes) or '(no owner)'}")
    ctx.out(f"        {action.text}")
    if not found:
        ctx.out("        (no recorded events: stored before history was kept)")
    for line in found:
        ctx.out(events.format_line(line, ctx.config.tz))
    return 0


def _review_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", nargs="?", type=int, help="a review item's number")
    parser.add_argument("decision", nargs="?", choices=("accept", "pick", "new", "dismiss"),
                        help="accept the best candidate, pick another action, treat it as "
                        "new work, or dismiss it")
    parser.add_argument("ref", nargs="?", help="with pick: the action it reports on")


@command("review", _review_arguments)
def review(args: argparse.Namespace, ctx: Context) -> int:
    """List, or decide, matters-arising reports whose action was not clear.

    Without arguments: every waiting report, what the minutes said and the candidate actions.

    example: reminders review
             reminders review 3 accept          # the first candidate
             reminders review 3 pick A-0042     # another action
             reminders review 3 new             # new work, not a report on old work
             reminders review 3 dismiss         # not an action at all
    """
    from reminders import review as reviews

    cfg = ctx.config
    if args.id is None:
        with ctx.store.session() as session:
            waiting = reviews.pending(session)
        if not waiting:
            ctx.out("nothing waits for review")
        for item in waiting:
            r, m = item.review, item.meeting
            when = f" of {long_date(m.date)}" if m.date else ""
            ctx.out(f"{r.id}. {m.title or m.key}{when}, {r.source} line {r.line}: {r.reason}")
            ctx.out(f"    reported: {r.text}")
            if r.update:
                ctx.out(f"    update:   {r.update}")
            for n, (action, held) in enumerate(item.candidates, 1):
                first = " (accept takes this)" if n == 1 else ""
                ctx.out(f"    {action.ref}{first}: {action.text} [{action.status}; "
                        f"{held.title or held.key}]")
        return 0
    if args.decision is None:
        raise ReminderError("say what to do with it", "accept, pick A-0042, new or dismiss")
    if (args.decision == "pick") != bool(args.ref):
        raise ReminderError("pick takes the action's reference; the others take none",
                            f"reminders review {args.id} pick A-0042")
    with ctx.store.session() as session:
        if args.decision in ("accept", "pick"):
            action, did = reviews.accept(session, args.id, ref=args.ref,
                                         today=clock.today(cfg.tz),
                                         escalate_after_days=cfg.rules.escalate_after_days)
            ctx.out(f"{args.id}: applied to {action.ref} ({did}); now {action.status}")
        elif args.decision == "new":
            action = reviews.as_new(session, args.id,
                                    default_follow_up_days=cfg.rules.default_follow_up_days)
            ctx.out(f"{args.id}: stored as new action {action.ref}")
        else:
            reviews.dismiss(session, args.id)
            ctx.out(f"{args.id}: dismissed")
    return 0


def _report_arguments(parser: argparse.ArgumentParser) -> None:
    from reminders.report.formats import FORMATS

    parser.add_argument("--format", choices=FORMATS, help="default: from the file's suffix, "
                        "else Markdown")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="write here (required for docx); default: standard output")
    parser.add_argument("--owner", metavar="CODE", help="only this owner (a code or an alias)")
    parser.add_argument("--series", metavar="TITLE",
                        help="only this meeting series, e.g. 'Monthly Assurance Meeting'")
    parser.add_argument("--on", type=_date, metavar="YYYY-MM-DD",
                        help="as at this date (default: today); later meetings are left out")
    parser.add_argument("--since", type=_date, metavar="YYYY-MM-DD",
                        help="list what closed since this date (default: the previous meeting)")


@command("report", _report_arguments)
def report(args: argparse.Namespace, ctx: Context) -> int:
    """Write the action log to table at the next meeting.

    Open actions by meeting and item, owner, due date and what set it, status, latest update
    and its date; then what closed since the previous meeting. HTML (printable), Word, CSV,
    Markdown.

    example: reminders report --format docx -o action-log.docx --series "Monthly Assurance"
    """
    from reminders import report as reports
    from reminders.report import formats

    cfg = ctx.config
    fmt = args.format or (args.output.suffix.lstrip(".").lower() if args.output else "md")
    fmt = {"markdown": "md", "htm": "html"}.get(fmt, fmt)
    if fmt not in formats.FORMATS:
        raise ReminderError(f"{args.output}: unknown report format {fmt!r}",
                            f"use --format {' | '.join(formats.FORMATS)}")
    if fmt == "docx" and args.output is None:
        raise ReminderError("a .docx report needs a file", "add -o action-log.docx")
    codes = None
    if args.owner:
        code = cfg.recipient_for(args.owner) or args.owner
        codes = {code, *(cfg.recipients[code].aliases if code in cfg.recipients else [])}
    with ctx.store.session() as session:
        built = reports.build(session, on=args.on or clock.today(cfg.tz), owner_codes=codes,
                              series_name=args.series, since=args.since,
                              owner_label=args.owner)
    text = formats.write(built, fmt, args.output)
    if text is not None:
        sys.stdout.write(text)
    else:
        ctx.out(f"{args.output}: {len(built.outstanding)} outstanding, "
                f"{len(built.closed)} closed since the previous meeting")
    return 0
