"""Commands that read minutes: resolve one deadline, extract a file, ingest files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reminders.cli import Context, _date, command


def _due_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", help="the action as minuted")
    parser.add_argument("--meeting", type=_date, required=True, metavar="YYYY-MM-DD",
                        help="the date of the meeting that minuted it")
    parser.add_argument("--next-meeting", type=_date, metavar="YYYY-MM-DD",
                        help="the next meeting's date, when the minutes give one")
    parser.add_argument("--json", action="store_true", help="print JSON")


@command("due", _due_arguments)
def due(args: argparse.Namespace, ctx: Context) -> int:
    """Resolve the deadline in one minuted sentence.

    Prints the due date, its basis (stated, next_meeting or vague) and the words that set
    it; "no deadline" when none is stated. Uses the rules of config.toml when there is one.

    example: reminders due "Revisit in 6 months to seek reassurance" --meeting 2021-10-04
    """
    from reminders.deadlines import resolve

    rules = ctx.rules
    found = resolve(args.text, args.meeting, next_meeting=args.next_meeting,
                    financial_year_start=rules.financial_year_start_month, cadence=rules.cadence)
    if args.json:
        body = {"due": None, "basis": None, "words": None}
        if found:
            body = {"due": found.due.isoformat(), "basis": found.basis, "words": found.words}
        ctx.out(json.dumps(body))
    elif found:
        ctx.out(f"{found.due:%Y-%m-%d} ({found.due:%A %d %B %Y})  basis: {found.basis}  "
                f"words: {found.words!r}")
    else:
        ctx.out("no deadline stated")
    return 0



# --------------------------------------------------------------------------- minutes


def _extract_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="a minutes file: .txt .md .html .docx .pdf")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


@command("extract", _extract_arguments)
def extract(args: argparse.Namespace, ctx: Context) -> int:
    """Show what a minutes file holds, storing nothing.

    The meeting (title, date, next meeting, attendees, warnings) and every action with its
    owners and due date, for checking an extraction before ingesting it.

    example: reminders extract minutes/2021-10-04_assurance.txt --json
    """
    from reminders.minutes import extract as extract_minutes
    from reminders.minutes import format_table

    result = extract_minutes(args.path, **ctx.extraction_options)
    if args.json:
        ctx.out(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        ctx.out(format_table(result))
    return 0


def _ingest_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", type=Path, nargs="+", metavar="PATH", help="minutes files")
    parser.add_argument("--force", action="store_true",
                        help="re-extract files even when they have not changed")
    parser.add_argument("--history", action="store_true",
                        help="past minutes: keep their actions as the record and apply their "
                        "matters arising, but chase only what is still open and recent")


@command("ingest", _ingest_arguments)
def ingest(args: argparse.Namespace, ctx: Context) -> int:
    """Extract minutes files and store their meetings and actions.

    One transaction per file: a bad file is reported on one line and stores nothing, and the
    others go ahead. Ingesting the same file again changes nothing; a corrected re-issue of a
    meeting updates its actions and keeps what was edited by hand since.

    example: reminders ingest minutes/*.txt
    """
    from tqdm import tqdm

    from reminders.errors import MinutesError, StoreError
    from reminders.ingest import ingest_file

    failed, unknown, stale, waiting = 0, set(), [], 0
    store = ctx.store  # opened first: an unusable database stops here, blaming no file
    paths = _expand(args.paths)
    bar = tqdm(paths, unit="file", disable=len(paths) < 5 or None, file=sys.stderr, leave=False)
    for path in bar:
        try:
            result = ingest_file(store, path, ctx.config, force=args.force,
                                 history=args.history)
        except (MinutesError, StoreError) as exc:  # one line; the next file is still tried
            failed += 1
            tqdm.write(f"reminders: error: {exc}", file=sys.stderr)
            continue
        unknown.update(result.unknown_owners)
        stale += result.followed.stale if result.followed else []
        waiting += result.followed.waiting if result.followed else 0
        tqdm.write(f"{result.path}: {result.summary()}")
        for warning in result.warnings:
            tqdm.write(f"{result.path}: warning: {warning}")
    if unknown:
        ctx.out(f"owner codes with no recipient in {ctx.config.path}: {', '.join(sorted(unknown))}"
                " (add [recipients.CODE] or an alias, or the secretariat's overview lists them)")
    if waiting:
        ctx.out(f"{waiting} matters-arising reports wait for review: `reminders review`")
    if stale:
        from reminders import clock
        from reminders.arising import Options, still_stale

        options = Options(clock.today(ctx.config.tz), ctx.config.rules.escalate_after_days)
        with ctx.store.session() as session:
            stale = still_stale(session, stale, options)
    if len(stale) >= STALE_WARNING:
        days = ctx.config.rules.escalate_after_days
        ctx.out(f"warning: {len(stale)} of the actions just stored are already overdue by more "
                f"than {days} days (up to {max(stale)} days), so the next digests escalate "
                "them. If these are past minutes, import them as history instead: "
                "`reminders ingest --history PATH...` (it chases only what is open and recent)")
    if failed:
        ctx.out(f"{failed} of {len(paths)} files could not be ingested")
    return 1 if failed else 0


STALE_WARNING = 5  # this many long-overdue new actions look like past minutes


def _expand(paths: list[Path]) -> list[Path]:
    """Folders stand for the minutes files in them."""
    from reminders.minutes import SUPPORTED_SUFFIXES

    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir()
                            if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            found.append(path)
    return found


