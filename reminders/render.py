"""Compose: turn a planned digest or overview into an email, and nothing more.

Each email is one template name with three files in ``templates/``: ``NAME.subject.txt``,
``NAME.txt`` and ``NAME.html`` (HTML autoescaped; inline styles and tables because Outlook
ignores stylesheets). A ``templates`` folder in config.toml is searched first, so a site can
override one file and keep the rest. The message is built with the ``email`` package only:
every header value is cleaned to one line first, so words from the minutes can never add a
header. Digests carry an ``.ics`` with one all-day event per listed deadline; the UID comes
from the action's reference, so re-importing next week's file updates rather than duplicates.

The text part is for 80-column readers: ``wrap`` and ``hang`` (reminders.fill) fill to 78
columns without ever splitting a word, a URL or a date. ``reply_link(ref)`` is a ``mailto:``
the secretariat with the subject "A-0042: " filled in, so an officer answers about one
action in one click.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from functools import lru_cache, partial
from importlib import resources
from pathlib import Path
from urllib.parse import quote

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateSyntaxError,
    select_autoescape,
)
from markupsafe import Markup, escape

from reminders import mime
from reminders.addresses import bare
from reminders.calendar import Entry
from reminders.calendar import calendar as ics
from reminders.clock import long_date as longdate
from reminders.config import Config
from reminders.digest import Digest, Item, Overview
from reminders.errors import ConfigError
from reminders.fill import hang, wrap


def _builtin_templates() -> Path:
    """templates/ of a checkout (editable install), else the copy a wheel ships inside us."""
    checkout = Path(__file__).resolve().parents[1] / "templates"
    if checkout.is_dir():
        return checkout
    return Path(str(resources.files("reminders") / "templates"))


BUILTIN = _builtin_templates()
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def header_text(value: str) -> str:
    """One clean line for a header: CR, LF and other controls become single spaces."""
    return " ".join(_CONTROL.sub(" ", value).split())


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _reply_link(secretariat: list[str], ref: str) -> str:
    """mailto: the secretariat, subject 'A-0042: ' filled in: one click answers one action."""
    to = _mailto_to(tuple(secretariat))
    # A reference is letters, digits and "-", which quote() leaves alone: its ": " is quoted
    # here directly (two links per action; quote() was a tenth of rendering a digest).
    plain = ref.isascii() and ref.replace("-", "").isalnum()
    subject = f"{ref}%3A%20" if plain else quote(f"{ref}: ", safe="")
    return f"mailto:{to}?subject={subject}"


@lru_cache(maxsize=64)
def _mailto_to(secretariat: tuple[str, ...]) -> str:
    """The quoted addresses of a reply link: parsed once per run, not once per action."""
    return ",".join(quote(bare(address), safe="@") for address in secretariat)


def _nl2br(value: str) -> Markup:
    """Escaped text whose minuted line breaks survive in HTML."""
    return Markup("<br>\n").join(escape(line) for line in value.splitlines())


@lru_cache(maxsize=8)
def environment(override: str = "") -> Environment:
    """The Jinja environment: the override folder first, then the built-in templates."""
    loaders = [FileSystemLoader(override)] if override else []
    env = Environment(
        loader=ChoiceLoader([*loaders, FileSystemLoader(BUILTIN)]),
        autoescape=select_autoescape(["html"], default_for_string=False, default=False),
        undefined=StrictUndefined,  # a typo in an overriding template fails loudly, once
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # A run reads each template once: checking the files' mtimes before every message
        # cost three stat calls per digest, and a site edits templates between runs.
        auto_reload=False,
    )
    env.filters.update(longdate=longdate, plural=_plural, wrap=wrap, hang=hang, nl2br=_nl2br,
                       addr=bare)
    return env


def render(config: Config, name: str, **context) -> Rendered:
    """Render NAME.subject.txt, NAME.txt and NAME.html with the same context."""
    override = str(config.resolve_path(config.templates)) if config.templates else ""
    env = environment(override)
    context = {"mail": config.mail, "rules": config.rules,
               "secretariat": ", ".join(config.mail.secretariat),
               "reply_link": partial(_reply_link, config.mail.secretariat), **context}
    try:
        subject = header_text(env.get_template(f"{name}.subject.txt").render(context))
        prefix = config.mail.subject_prefix
        subject = f"{prefix} {subject}" if prefix else subject
        context["subject"] = subject
        return Rendered(
            subject=subject,
            text=env.get_template(f"{name}.txt").render(context),
            html=env.get_template(f"{name}.html").render(context),
        )
    except TemplateError as exc:
        # Raised before anything is claimed or sent; a site template is config, so say so.
        where = f"{exc.name}:{exc.lineno}" if isinstance(exc, TemplateSyntaxError) else name
        raise ConfigError(f"template {where}: {exc.message or exc}",
                          f"fix it in {override or BUILTIN}, or set templates = \"\""
                          ) from None


def compose_digest(config: Config, digest: Digest, *, message_id: str, when: datetime,
                   slot: datetime) -> EmailMessage:
    """The owner's email: text and HTML alternatives, plus the deadlines as an .ics file."""
    parts = render(config, "digest", digest=digest, escalation=config.mail.escalation)
    listed = [*digest.overdue, *digest.due_soon]
    attachments = (mime.Attachment(calendar(config, listed, stamp=slot,
                                            changes=digest.calendar_changes), "calendar",
                                   "deadlines.ics", (("method", "PUBLISH"),)),
                   ) if listed else ()
    return _message(config, parts, to=digest.to, cc=digest.cc, message_id=message_id,
                    when=when, reply_to=config.mail.secretariat, attachments=attachments)


def compose_overview(config: Config, overview: Overview, *, message_id: str, when: datetime,
                     slot: datetime) -> EmailMessage:
    """The secretariat's email: text and HTML alternatives, every listed action as a CSV."""
    from reminders.overview_csv import has_actions, overview_csv

    parts = render(config, "overview", overview=overview, slot=slot.astimezone(config.tz))
    attachments = ((mime.Attachment(overview_csv(overview), "csv", "overview.csv"),)
                   if has_actions(overview) else ())
    return _message(config, parts, to=overview.to, cc=(), message_id=message_id, when=when,
                    attachments=attachments)


def _message(config: Config, parts: Rendered, *, to, cc, message_id: str, when: datetime,
             reply_to=(), attachments: tuple[mime.Attachment, ...] = ()) -> EmailMessage:
    headers = [("Subject", parts.subject), ("From", header_text(config.mail.sender)),
               ("To", ", ".join(header_text(a) for a in to))]
    if cc:
        headers.append(("Cc", ", ".join(header_text(a) for a in cc)))
    if reply_to:
        headers.append(("Reply-To", ", ".join(header_text(a) for a in reply_to)))
    headers += [("Date", format_datetime(when.astimezone(config.tz))),
                ("Message-ID", header_text(message_id)),
                # RFC 3834: an automatic message; Outlook's variant stops out-of-office
                # replies to it.
                ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
    # A Message-ID, and mostly a To and Cc, are one message's own: parsed afresh, not kept
    # (kept, 2,000 parse trees would outlive the run and pin its memory).
    return mime.message(headers, parts.text, parts.html, attachments,
                        unique=("Message-ID", "To", "Cc"))


def calendar(config: Config, items: list[Item], *, stamp: datetime,
             changes: tuple[Entry, ...] = ()) -> str:
    """The .ics for ``items`` (and the changes owed to this recipient): reminders.calendar."""
    entries = [Entry(i.ref, i.text, i.due, i.seq, i.meeting, i.meeting_date, i.item)
               for i in items if i.due is not None]
    return ics(entries + list(changes), domain=mail_domain(config), stamp=stamp)


def mail_domain(config: Config) -> str:
    """The sender's domain: Message-IDs and UIDs name it rather than this host."""
    return _domain(config.mail.sender)


@lru_cache(maxsize=8)
def _domain(sender: str) -> str:
    """Parsed once per sender, not once per message (the address parser is slow)."""
    address = bare(sender)
    try:
        return Address(addr_spec=address).domain or "reminders.invalid"
    except (ValueError, IndexError):
        return "reminders.invalid"
