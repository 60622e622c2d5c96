"""The TOML config, validated into typed settings; every problem is reported at once, naming its key."""

from __future__ import annotations

import ipaddress
import os
import tomllib
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .core.policy import RULE_FIELDS, Rule
from .durations import Duration, parse_duration
from .errors import ConfigError

APP = "followup"


def default_config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
    return Path(base) / APP / "config.toml"


def default_state_dir() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or os.path.expanduser("~/.local/state")
    return Path(base) / APP


@dataclass(frozen=True)
class SecretRef:
    """Where a password lives; never the password itself."""

    source: str  # "keyring" | "env" | "command"
    value: str = ""  # variable name or command line; unused for keyring

    def __str__(self) -> str:
        return {"keyring": "the keyring", "env": f"${self.value}", "command": f"command `{self.value}`"}.get(
            self.source, self.source
        )


@dataclass(frozen=True)
class ImapSettings:
    host: str
    username: str
    port: int = 993
    security: str = "tls"
    password: SecretRef = SecretRef("keyring")
    drafts: str = "auto"
    sent: str = "auto"
    folders: tuple[str, ...] = ("INBOX",)
    lookback: Duration = parse_duration("30d")
    idle: bool = True
    idle_renew: Duration = parse_duration("5m")
    poll_interval: Duration = parse_duration("2m")
    timeout: Duration = parse_duration("30s")
    tls_verify: bool = True
    ca_file: str = ""

    @property
    def keyring_user(self) -> str:
        return f"{self.username}@{self.host}"


@dataclass(frozen=True)
class MaildirSettings:
    path: Path
    drafts: str = "Drafts"
    sent: str = "Sent"
    folders: tuple[str, ...] = ("INBOX",)
    lookback: Duration = parse_duration("30d")
    poll_interval: Duration = parse_duration("5s")


@dataclass(frozen=True)
class UserSettings:
    name: str
    email: str
    timezone: ZoneInfo
    aliases: tuple[str, ...] = ()

    @property
    def addresses(self) -> frozenset[str]:
        return frozenset(a.lower() for a in (self.email, *self.aliases))


@dataclass(frozen=True)
class TimingSettings:
    thank_you_after: Duration = parse_duration("2h")
    thank_you_send_by: Duration = parse_duration("24h")
    thank_you_deadline: Duration = parse_duration("48h")
    check_in_after: Duration = parse_duration("7d")
    check_in_after_timeline: Duration = parse_duration("1bd")
    panel_extra: Duration = parse_duration("2bd")
    check_in_send_by: Duration = parse_duration("3bd")
    default_interview_length: Duration = parse_duration("1h")
    check_in_time: time | None = time(9, 0)  # a day-scale check-in is saved at this local time; None: exact


@dataclass(frozen=True)
class DraftSettings:
    templates: Path | None = None
    thank_you_to: str = "each"  # "each": one draft per interviewer; "all": one draft to all of them
    thank_you: bool = True
    check_in: bool = True


@dataclass(frozen=True)
class NotifySettings:
    desktop: str = "auto"  # "auto": when a desktop session bus exists; "on" (true) or "off" (false)


@dataclass(frozen=True)
class Settings:
    path: Path
    user: UserSettings
    state_dir: Path
    imap: ImapSettings | None = None
    maildir: MaildirSettings | None = None
    timing: TimingSettings = field(default_factory=TimingSettings)
    drafts: DraftSettings = field(default_factory=DraftSettings)
    log_level: str = "info"
    rules: tuple[Rule, ...] = ()
    notify: NotifySettings = field(default_factory=NotifySettings)


# ---------------------------------------------------------------- schema

_SECURITY = ("tls", "starttls", "none")


class _Reader:
    """Reads one TOML table, collecting problems instead of stopping at the first."""

    def __init__(self, data: dict[str, Any], section: str, problems: list[str], base: Path):
        self.data = data
        self.section = section
        self.problems = problems
        self.base = base
        self.seen: set[str] = set()

    def key(self, name: str) -> str:
        return f"{self.section}.{name}" if self.section else name

    def _get(self, name: str, kinds: tuple[type, ...], what: str) -> Any:
        self.seen.add(name)
        if name not in self.data:
            return None
        value = self.data[name]
        if (isinstance(value, bool) and bool not in kinds) or not isinstance(value, kinds):
            self.problems.append(f"{self.key(name)} must be {what}, not {_show(value)}")
            return None
        return value

    def text(self, name: str, default: str | None = None, required: bool = False) -> str | None:
        value = self._get(name, (str,), "a string")
        if value is None and required and name not in self.data:
            self.problems.append(f"{self.key(name)} is required")
        return default if value is None else value

    def choice(self, name: str, options: tuple[str, ...], default: str) -> str:
        value = self.text(name, default)
        if value not in options:
            self.problems.append(f"{self.key(name)} must be one of {', '.join(options)}, not {_show(value)}")
            return default
        return value

    def integer(self, name: str, default: int, low: int, high: int) -> int:
        value = self._get(name, (int,), "a whole number")
        if value is None:
            return default
        if not low <= value <= high:
            self.problems.append(f"{self.key(name)} must be between {low} and {high}, not {value}")
            return default
        return value

    def flag(self, name: str, default: bool) -> bool:
        value = self._get(name, (bool,), "true or false")
        return default if value is None else value

    def duration(self, name: str, default: Duration) -> Duration:
        value = self._get(name, (str,), 'a duration string such as "2h"')
        if value is None:
            return default
        try:
            return parse_duration(value)
        except ValueError as exc:
            self.problems.append(f"{self.key(name)}: {exc}")
            return default

    def path(self, name: str, default: Path | None = None, required: bool = False) -> Path | None:
        value = self.text(name, required=required)
        if not value:
            return default
        expanded = Path(os.path.expandvars(os.path.expanduser(value)))
        return expanded if expanded.is_absolute() else (self.base / expanded).resolve()

    def folders(self, name: str, default: tuple[str, ...]) -> tuple[str, ...]:
        value = self._get(name, (list, str), "a list of folder names")
        if value is None:
            return default
        items = [value] if isinstance(value, str) else value
        if not items or not all(isinstance(item, str) and item for item in items):
            self.problems.append(f"{self.key(name)} must be a non-empty list of folder names")
            return default
        return tuple(items)

    def table(self, name: str) -> dict[str, Any]:
        value = self._get(name, (dict,), "a table")
        return value or {}

    def finish(self) -> None:
        for unknown in sorted(set(self.data) - self.seen):
            self.problems.append(f"unknown key {self.key(unknown)}")


def _show(value: Any) -> str:
    return repr(value) if not isinstance(value, dict) else "a table"


def _secret(reader: _Reader, name: str) -> SecretRef:
    reader.seen.add(name)
    value = reader.data.get(name)
    key = reader.key(name)
    if value is None:
        return SecretRef("keyring")
    if isinstance(value, str):
        # A literal password in the file would end up in backups and screenshots; refuse it by name only.
        reader.problems.append(
            f'{key} must not be the password itself: use {{ keyring = true }}, {{ env = "VAR" }} '
            f'or {{ command = "..." }}'
        )
        return SecretRef("keyring")
    if not isinstance(value, dict) or len(value) != 1:
        reader.problems.append(f'{key} must be one of {{ keyring = true }}, {{ env = "VAR" }}, {{ command = "..." }}')
        return SecretRef("keyring")
    ((source, arg),) = value.items()
    if source == "keyring" and arg is True:
        return SecretRef("keyring")
    if source in ("env", "command") and isinstance(arg, str) and arg.strip():
        return SecretRef(source, arg)
    reader.problems.append(f"{key}: unsupported password source {source} = {_show(arg)}")
    return SecretRef("keyring")


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _imap(reader: _Reader) -> ImapSettings | None:
    host = reader.text("host", required=True)
    username = reader.text("username", required=True)
    security = reader.choice("security", _SECURITY, "tls")
    port = reader.integer("port", 993 if security == "tls" else 143, 1, 65535)
    if security == "none" and host and not is_loopback(host):
        reader.problems.append(
            f'{reader.key("security")} = "none" sends the password in clear; it is allowed only for a '
            f"loopback host, not {host}"
        )
    tls_verify = reader.flag("tls_verify", True)
    settings = ImapSettings(
        host=host or "",
        username=username or "",
        port=port,
        security=security,
        password=_secret(reader, "password"),
        drafts=reader.text("drafts", "auto") or "auto",
        sent=reader.text("sent", "auto") or "auto",
        folders=reader.folders("folders", ("INBOX",)),
        lookback=reader.duration("lookback", ImapSettings.lookback),
        idle=reader.flag("idle", True),
        idle_renew=reader.duration("idle_renew", ImapSettings.idle_renew),
        poll_interval=reader.duration("poll_interval", ImapSettings.poll_interval),
        timeout=reader.duration("timeout", ImapSettings.timeout),
        tls_verify=tls_verify,
        ca_file=str(reader.path("ca_file") or ""),
    )
    reader.finish()
    return settings if host and username else None


def _maildir(reader: _Reader) -> MaildirSettings | None:
    path = reader.path("path", required=True)
    settings = MaildirSettings(
        path=path or Path("."),
        drafts=reader.text("drafts", "Drafts") or "Drafts",
        sent=reader.text("sent", "Sent") or "Sent",
        folders=reader.folders("folders", ("INBOX",)),
        lookback=reader.duration("lookback", MaildirSettings.lookback),
        poll_interval=reader.duration("poll_interval", MaildirSettings.poll_interval),
    )
    reader.finish()
    return settings if path else None


def _user(reader: _Reader) -> UserSettings:
    name = reader.text("name", required=True) or ""
    email = reader.text("email", required=True) or ""
    if email and "@" not in email:
        reader.problems.append(f"{reader.key('email')} must be an email address, not {email!r}")
    zone_name = reader.text("timezone", required=True) or "UTC"
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        reader.problems.append(f"{reader.key('timezone')}: unknown time zone {zone_name!r} (use e.g. America/New_York)")
        zone = ZoneInfo("UTC")
    aliases = _names(reader, "aliases")
    reader.finish()
    return UserSettings(name=name, email=email.lower(), timezone=zone, aliases=aliases)


_DURATION_FIELDS = tuple(name for name in TimingSettings.__dataclass_fields__ if name != "check_in_time")


def _timing(reader: _Reader) -> TimingSettings:
    d = TimingSettings()
    timing = TimingSettings(
        **{name: reader.duration(name, getattr(d, name)) for name in _DURATION_FIELDS},
        check_in_time=_clock(reader, "check_in_time", d.check_in_time),
    )
    _check_thank_you_order(reader, timing.thank_you_after, timing.thank_you_deadline)
    reader.finish()
    return timing


def _clock(reader: _Reader, name: str, default: time | None) -> time | None:
    """A local time of day written "09:00" (24-hour), or "" for "keep the exact moment"."""
    value = reader.text(name)
    if value is None:
        return default
    if not value.strip():
        return None
    try:
        hours, minutes = value.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        reader.problems.append(f'{reader.key(name)} must be a time of day such as "09:00" (or ""), not {value!r}')
        return default


def _check_thank_you_order(reader: _Reader, after: Duration, deadline: Duration) -> None:
    """A thank-you saved after its own deadline would never be saved; say so instead of silently never drafting."""
    if after.business_days or deadline.business_days:
        return
    if after.delta > deadline.delta:
        reader.problems.append(
            f"{reader.key('thank_you_after')} ({after}) is later than {reader.key('thank_you_deadline')} "
            f"({deadline}): the thank-you would never be saved"
        )


def _rules(top: _Reader, problems: list[str], base: Path) -> tuple[Rule, ...]:
    """[[rules]]: per-company overrides of [timing] and of which drafts to save."""
    top.seen.add("rules")
    raw = top.data.get("rules", [])
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        problems.append("rules must be an array of tables ([[rules]] sections)")
        return ()
    rules: list[Rule] = []
    for number, data in enumerate(raw, start=1):
        reader = _Reader(data, f"rules[{number}]", problems, base)
        domains = _names(reader, "domain")
        companies = _names(reader, "company")
        if not domains and not companies:
            problems.append(f'{reader.section} needs domain = "..." or company = "..." to match interviews')
        label = reader.text("name") or (companies[0] if companies else domains[0] if domains else f"rule {number}")
        overrides: dict = {}
        for name in RULE_FIELDS:
            if name not in data:
                continue
            if name in _DURATION_FIELDS:
                overrides[name] = reader.duration(name, TimingSettings.__dataclass_fields__[name].default)
            elif name == "check_in_time":
                overrides[name] = _clock(reader, name, None)
            elif name == "thank_you_to":
                overrides[name] = reader.choice(name, ("each", "all"), "each")
            else:
                overrides[name] = reader.flag(name, True)
        if "default_interview_length" in data:
            reader.seen.add("default_interview_length")
            problems.append(f"{reader.key('default_interview_length')}: set it in [timing]; it is not per company")
        reader.finish()
        rules.append(
            Rule(label=label, domains=tuple(d.lower() for d in domains), companies=companies, overrides=overrides)
        )
    return tuple(rules)


def _names(reader: _Reader, name: str) -> tuple[str, ...]:
    value = reader._get(name, (list, str), "a string or a list of strings")
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not all(isinstance(item, str) and item.strip() for item in items):
        reader.problems.append(f"{reader.key(name)} must be a non-empty string or a list of them")
        return ()
    return tuple(item.strip() for item in items)


def _notify(reader: _Reader) -> NotifySettings:
    reader.seen.add("desktop")
    value = reader.data.get("desktop", "auto")
    settings = NotifySettings()
    if value is True or value == "on":
        settings = NotifySettings("on")
    elif value is False or value == "off":
        settings = NotifySettings("off")
    elif value != "auto":
        reader.problems.append(f'{reader.key("desktop")} must be "auto", true or false, not {_show(value)}')
    reader.finish()
    return settings


def _drafts(reader: _Reader) -> DraftSettings:
    settings = DraftSettings(
        templates=reader.path("templates"),
        thank_you_to=reader.choice("thank_you_to", ("each", "all"), "each"),
        thank_you=reader.flag("thank_you", True),
        check_in=reader.flag("check_in", True),
    )
    reader.finish()
    return settings


def parse_config(data: dict[str, Any], path: Path) -> Settings:
    """Validate a decoded TOML document; raises ConfigError listing every problem."""
    problems: list[str] = []
    base = path.parent
    top = _Reader(data, "", problems, base)

    def section(name: str) -> _Reader:
        return _Reader(top.table(name), name, problems, base)

    user = _user(section("user"))
    imap = _imap(section("imap")) if "imap" in data else None
    maildir = _maildir(section("maildir")) if "maildir" in data else None
    top.seen.update({"imap", "maildir"})
    if "imap" in data and "maildir" in data:
        problems.append("give either [imap] or [maildir], not both")
    elif "imap" not in data and "maildir" not in data:
        problems.append("no mailbox configured: add an [imap] or a [maildir] section")
    state = section("state")
    state_dir = state.path("dir", default_state_dir()) or default_state_dir()
    state.finish()
    timing = _timing(section("timing"))
    drafts = _drafts(section("drafts"))
    logging_section = section("log")
    level = logging_section.choice("level", ("debug", "info", "warning", "error"), "info")
    logging_section.finish()
    rules = _rules(top, problems, base)
    notify = _notify(section("notify"))
    top.finish()
    if problems:
        raise ConfigError(problems, str(path))
    return Settings(
        path=path,
        user=user,
        state_dir=state_dir,
        imap=imap,
        maildir=maildir,
        timing=timing,
        drafts=drafts,
        log_level=level,
        rules=rules,
        notify=notify,
    )


def load_config(path: Path | None = None) -> Settings:
    """Read and validate the config file; every failure is a ConfigError naming the file."""
    path = Path(path) if path else default_config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError("no such file; copy config.example.toml there, or pass --config PATH", str(path)) from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", str(path)) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError("not UTF-8 text", str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", str(path)) from None
    return parse_config(data, path)
