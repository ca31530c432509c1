"""config.toml: typed, validated, with every default in one place.

Administrators edit this file by hand, so a mistake must come back as one line naming the
file, the key and what is wrong (``ConfigError``, exit status 2), never as a traceback or a
silently ignored key. Unknown keys are errors for the same reason: a typo such as
``due_son_days`` would otherwise leave the default in force without anyone noticing.
"""

from __future__ import annotations

import os
import tomllib
from datetime import date, time
from functools import cached_property
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.triggers.cron import CronTrigger
from dateutil.relativedelta import relativedelta
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from reminders.addresses import Email, HeaderText
from reminders.config_errors import KeyProblem, first_error
from reminders.errors import ConfigError

DEFAULT_PATH = Path("config.toml")
CONFIG_ENV = "REMINDERS_CONFIG"
DATABASE_ENV = "REMINDERS_DATABASE"

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Schedule(Strict):
    """When digests go out: a weekday and a local time, or a cron expression."""

    day: str = "mon"  # weekday the digest is sent
    time: str = "07:30"  # local wall-clock time, 24-hour HH:MM
    cron: str | None = None  # "30 7 * * mon": overrides day and time when given
    catch_up_days: int = Field(default=3, ge=0)  # a digest missed while down is sent this late
    retry_limit: int = Field(default=8, ge=0)  # failed deliveries are retried this many times
    retry_backoff_minutes: int = Field(default=5, ge=1)  # first retry delay; doubles each time

    @field_validator("day")
    @classmethod
    def _day(cls, value: str) -> str:
        day = value.strip().lower()[:3]
        if day not in WEEKDAYS:
            raise ValueError(f"{value!r} is not a weekday (use mon, tue, ... sun)")
        return day

    @field_validator("time")
    @classmethod
    def _time(cls, value: str) -> str:
        try:
            time.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a time of day (use HH:MM, e.g. 07:30)") from None
        return value

    @field_validator("cron")
    @classmethod
    def _cron(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                CronTrigger.from_crontab(value)
            except ValueError as exc:
                raise ValueError(f"{value!r} is not a cron expression: {exc}") from None
        return value

    def trigger(self, tz: ZoneInfo) -> CronTrigger:
        """The APScheduler trigger for this schedule, in the configured zone (DST-aware)."""
        if self.cron:
            return CronTrigger.from_crontab(self.cron, timezone=tz)
        at = time.fromisoformat(self.time)
        return CronTrigger(day_of_week=self.day, hour=at.hour, minute=at.minute, timezone=tz)


class Rules(Strict):
    """What counts as due soon, overdue and escalated; how unminuted deadlines default."""

    due_soon_days: int = Field(default=14, ge=0)  # due within this many days: "due soon"
    escalate_after_days: int = Field(default=28, ge=1)  # overdue this long: copy escalation
    default_follow_up_days: int = Field(default=28, ge=1)  # no deadline minuted: remind then
    meeting_cadence_months: int = Field(default=1, ge=1)  # next meeting unknown: M + this
    financial_year_start_month: int = Field(default=4, ge=1, le=12)  # April in the UK
    send_empty: bool = False  # send a digest even when an owner has nothing due

    def silent(self, content) -> bool:
        """Whether a planned digest or overview goes unsent: nothing to say, and
        ``send_empty`` off. Asked wherever a run decides whether there is a message."""
        return content.empty and not self.send_empty

    @property
    def default_follow_up(self) -> relativedelta:
        return relativedelta(days=self.default_follow_up_days)

    @property
    def cadence(self) -> relativedelta:
        return relativedelta(months=self.meeting_cadence_months)


class Smtp(Strict):
    """The mail server. Leave ``host`` empty to write .eml files to the outbox instead."""

    host: str = ""
    port: int = Field(default=587, ge=1, le=65535)
    # auto: STARTTLS when the server offers it; starttls: required; ssl: implicit TLS (465)
    tls: Literal["auto", "starttls", "ssl", "none"] = "auto"
    username: str = ""
    password_env: str = "REMINDERS_SMTP_PASSWORD"  # the NAME of the variable, never the secret
    timeout_seconds: float = Field(default=30, gt=0)

    def password(self) -> str | None:
        return os.environ.get(self.password_env) if self.password_env else None


class Mail(Strict):
    sender: Email = Field(alias="from")
    secretariat: list[Email] = Field(min_length=1)  # receives the overview of everything
    escalation: list[Email] = []  # copied on actions overdue past escalate_after_days
    outbox: str = "outbox"  # folder for .eml files when no SMTP host is set
    subject_prefix: HeaderText = "[reminders]"


class Recipient(Strict):
    """One owner code (CC, ACC, Clerk, ...) and who reads its digest."""

    name: str
    to: list[Email] = Field(min_length=1)
    cc: list[Email] = []
    aliases: list[str] = []  # other ways minutes name this owner: "Chief Constable", "PM"
    away_until: date | None = None  # last day away (inclusive): the deputy gets the digest
    deputy: str | None = None  # recipient code reading this digest while the owner is away

    @field_validator("away_until", mode="before")
    @classmethod
    def _away_until(cls, value: object) -> object:
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                raise ValueError(f"{value!r} is not a date (use YYYY-MM-DD, e.g. "
                                 "2026-12-24)") from None
        return value


class Watch(Strict):
    folder: str = ""  # minutes dropped here are ingested by the daemon; empty: off
    interval_seconds: int = Field(default=60, ge=1)


class Reading(Strict):
    """Per-file bounds on reading minutes: a hostile or broken file costs one line."""

    max_file_mb: int = Field(default=100, ge=1, le=4096)  # bigger files are refused
    seconds_per_file: float = Field(default=120, gt=0, le=3600)  # then reading is stopped
    memory_mb: int = Field(default=2048, ge=256, le=65536)  # the reading process's ceiling


class Config(Strict):
    database: str = "sqlite:///reminders.db"  # relative SQLite paths: next to config.toml
    timezone: str = "Europe/London"
    templates: str = ""  # a folder overriding the built-in templates/; empty: built-in
    schedule: Schedule = Schedule()
    rules: Rules = Rules()
    mail: Mail
    smtp: Smtp = Smtp()
    watch: Watch = Watch()
    reading: Reading = Reading()
    recipients: dict[str, Recipient] = Field(min_length=1)
    path: Path = Path("config.toml")  # where this was read from; not a TOML key

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{value!r} is not a time zone (e.g. Europe/London)") from None
        return value

    @field_validator("recipients")
    @classmethod
    def _deputies_known(cls, value: dict[str, Recipient]) -> dict[str, Recipient]:
        for code, recipient in value.items():
            if recipient.deputy is None:
                continue
            if recipient.deputy == code:
                raise ValueError(f"recipient {code}: deputy is {code} itself; name another "
                                 "recipient")
            if recipient.deputy not in value:
                known = ", ".join(c for c in value if c != code)
                hint = f"use one of {known}" if known else "add that recipient first"
                raise ValueError(f"recipient {code}: deputy {recipient.deputy!r} is not a "
                                 f"recipient code ({hint})")
        return value

    @model_validator(mode="after")
    def _aliases_unique(self) -> Config:
        seen: dict[str, str] = {}
        for code, recipient in self.recipients.items():
            for alias in [code, *recipient.aliases]:
                key = alias.casefold()
                if seen.get(key, code) != code:
                    raise KeyProblem(
                        ("recipients", code, "aliases"),
                        f"alias {alias!r} names both {seen[key]} and {code}: make it unique",
                    )
                seen[key] = code
        return self

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def base_dir(self) -> Path:
        return self.path.resolve().parent

    def resolve_path(self, value: str) -> Path:
        """Paths in config are relative to the config file, not to the working directory."""
        path = Path(value).expanduser()
        return path if path.is_absolute() else self.base_dir / path

    @property
    def database_url(self) -> str:
        url = os.environ.get(DATABASE_ENV) or self.database
        prefix = "sqlite:///"
        if url.startswith(prefix) and url[len(prefix) :] not in ("", ":memory:"):
            return prefix + str(self.resolve_path(url[len(prefix) :]))
        return url

    def aliases(self) -> dict[str, str]:
        """Every way of naming an owner, lower-cased, mapped to its code."""
        return dict(self._alias_table)

    @cached_property
    def _alias_table(self) -> dict[str, str]:
        """Built once per Config (which is frozen): planning looks up every action's owners."""
        table = {}
        for code, recipient in self.recipients.items():
            table[code.casefold()] = code
            for alias in recipient.aliases:
                table[alias.casefold()] = code
        return table

    def recipient_for(self, owner: str) -> str | None:
        """The recipient code an owner code or alias belongs to, if any."""
        return self._alias_table.get(owner.strip().casefold())


def config_path(explicit: str | Path | None = None) -> Path:
    """--config wins, then $REMINDERS_CONFIG, then ./config.toml."""
    return Path(explicit or os.environ.get(CONFIG_ENV) or DEFAULT_PATH)


def load(path: str | Path | None = None) -> Config:
    """Read and validate config.toml, or raise ConfigError with one actionable line."""
    path = config_path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no such config file",
            "copy config.toml from the project, or point --config / $REMINDERS_CONFIG at one",
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse(raw, path)


def parse(raw: dict, path: Path) -> Config:
    if "path" in raw:
        raise ConfigError(f"{path}: path: unknown key", "remove it")
    try:
        return Config.model_validate({**raw, "path": path})
    except ValidationError as exc:
        raise ConfigError(first_error(exc, path, Config)) from None
