"""The TOML config, validated into typed settings; every problem is reported at once, naming its key."""

from __future__ import annotations

import difflib
import ipaddress
import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .core.durations import Duration, parse_duration
from .core.policy import RULE_FIELDS, Policy, Rule
from .errors import ConfigError

APP = "followup"


def default_config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
    return Path(base) / APP / "config.toml"


def default_state_dir() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or os.path.expanduser("~/.local/state")
    return Path(base) / APP


def _program(command: str) -> str:
    """Only the program of a command line, for messages: its arguments may hold a secret."""
    words = command.split()
    return words[0] + (" ..." if len(words) > 1 else "") if words else ""


@dataclass(frozen=True)
class SecretRef:
    """Where a password lives; never the password itself."""

    source: str  # "keyring" | "env" | "command" | "oauth2"
    value: str = ""  # variable name or command line; unused for keyring
    oauth2: OAuth2Settings | None = None  # with source "oauth2": how to obtain an access token

    def __str__(self) -> str:
        if self.oauth2 is not None:
            if self.oauth2.provider == "command":
                return f"token command `{_program(self.oauth2.command)}`"
            return f"an OAuth2 sign-in ({self.oauth2.provider})"
        return {"keyring": "the keyring", "env": f"${self.value}", "command": f"command `{_program(self.value)}`"}.get(
            self.source, self.source
        )


OAUTH2_PROVIDERS = ("google", "microsoft", "custom", "command")
SASL_MECHANISMS = ("auto", "xoauth2", "oauthbearer")


@dataclass(frozen=True)
class OAuth2Settings:
    """`password = { oauth2 = "google" | "microsoft" | "custom" | "command", ... }`: sign in with OAuth2.

    Only the public half of a client registration lives here; the refresh token is kept in the keyring
    (watcher/oauth2.py) and a client secret, when a provider wants one, is a SecretRef like a password.
    """

    provider: str
    client_id: str = ""
    client_secret: SecretRef | None = None
    tenant: str = "common"  # Microsoft: "common", "organizations", "consumers" or the directory's id/domain
    authorization_url: str = ""  # custom endpoints (the presets know their own)
    token_url: str = ""
    device_authorization_url: str = ""
    scopes: tuple[str, ...] = ()  # empty: the provider's IMAP scopes
    command: str = ""  # provider "command": prints an access token (oama, mutt_oauth2.py, ...)
    mechanism: str = "auto"  # SASL: OAUTHBEARER where offered, else XOAUTH2; or force one


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
class CalendarSettings:
    """One `[[calendar]]` table: a CalDAV account/calendar, an ICS subscription URL or a local .ics file."""

    name: str
    type: str  # "caldav" | "ics"
    url: str = ""  # CalDAV server, principal or calendar URL; or the ICS address (http, https, webcal)
    path: Path | None = None  # a local .ics file (type "ics" only)
    username: str = ""
    password: SecretRef | None = None  # None: no credentials are sent
    calendars: tuple[str, ...] = ()  # CalDAV: names (or URL segments) to watch; empty: every calendar found
    poll_interval: Duration = parse_duration("5m")
    lookback: Duration = parse_duration("30d")
    lookahead: Duration = parse_duration("60d")
    all_day: bool = False  # plan follow-ups for all-day interview events too
    all_day_end: time = time(17, 0)  # ... taking them to end at this local time
    timeout: Duration = parse_duration("30s")
    tls_verify: bool = True
    ca_file: str = ""

    @property
    def keyring_user(self) -> str:
        return f"{self.username}@{self.host}"

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    @property
    def where(self) -> str:
        """The URL without any credentials or query (secret ICS addresses carry a key there), or the path."""
        if self.path is not None:
            return str(self.path)
        parts = urlsplit(self.url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
        path = parts.path
        if self.type == "ics" and len(path) > 24:
            path = path[:12] + "…"  # Google's and Outlook's secret addresses are the secret: never log them whole
        return f"{parts.scheme}://{host}{port}{path}"


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
    """[timing]; the defaults are the policy's own (core/policy.py), the seed article's advice."""

    thank_you_after: Duration = Policy.thank_you_after
    thank_you_send_by: Duration = Policy.thank_you_send_by
    thank_you_deadline: Duration = Policy.thank_you_deadline
    check_in_after: Duration = Policy.check_in_after
    check_in_after_timeline: Duration = Policy.check_in_after_timeline
    panel_extra: Duration = Policy.panel_extra
    check_in_send_by: Duration = Policy.check_in_send_by
    default_interview_length: Duration = parse_duration("1h")
    check_in_time: time | None = Policy.check_in_time  # a day-scale check-in is saved then; None: exact


MAX_DURATION = timedelta(days=3660)  # ten years: any longer wait is a typing mistake
MAX_THANK_YOUS = 100  # the most thank-you drafts one interview may get


@dataclass(frozen=True)
class DraftSettings:
    templates: Path | None = None
    thank_you_to: str = "each"  # "each": one draft per interviewer; "all": one draft to all of them
    max_thank_yous: int = Policy.max_thank_yous  # more interviewers than this: one draft to all of them
    thank_you: bool = True
    check_in: bool = True
    # "auto": the language the company wrote in (en, de, fr, es; else English); or a fixed language code,
    # bundled or with templates of its own in the templates folder.
    language: str = "auto"


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
    calendars: tuple[CalendarSettings, ...] = ()
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
            duration = parse_duration(value)
        except (ValueError, OverflowError) as exc:
            self.problems.append(f"{self.key(name)}: {exc}")
            return default
        if duration.delta > MAX_DURATION or duration.business_days > MAX_DURATION.days:
            # Bounded so that no date read (core/bounds.py) plus a configured wait can overflow.
            self.problems.append(f"{self.key(name)}: {value!r} is longer than {MAX_DURATION.days} days")
            return default
        return duration

    def path(self, name: str, default: Path | None = None, required: bool = False) -> Path | None:
        value = self.text(name, required=required)
        if not value:
            return default
        expanded = Path(os.path.expandvars(os.path.expanduser(value)))
        return expanded if expanded.is_absolute() else (self.base / expanded).resolve()

    def strings(self, name: str, default: tuple[str, ...], what: str = "folder names", empty_ok: bool = False):
        value = self._get(name, (list, str), f"a list of {what}")
        if value is None:
            return default
        items = [value] if isinstance(value, str) else value
        if (not items and not empty_ok) or not all(isinstance(item, str) and item.strip() for item in items):
            self.problems.append(f"{self.key(name)} must be a {'' if empty_ok else 'non-empty '}list of {what}")
            return default
        return tuple(item.strip() for item in items)

    def table(self, name: str) -> dict[str, Any]:
        value = self._get(name, (dict,), "a table")
        return value or {}

    def finish(self) -> None:
        for unknown in sorted(set(self.data) - self.seen):
            close = difflib.get_close_matches(unknown, sorted(self.seen - set(self.data)), n=1, cutoff=0.6)
            close = close or difflib.get_close_matches(unknown, sorted(self.seen), n=1, cutoff=0.6)
            hint = f" (did you mean {self.key(close[0])}?)" if close else ""
            self.problems.append(f"unknown key {self.key(unknown)}{hint}")


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
        what = "password" if name == "password" else "secret"
        reader.problems.append(
            f'{key} must not be the {what} itself: use {{ keyring = true }}, {{ env = "VAR" }} or {{ command = "..." }}'
        )
        return SecretRef("keyring")
    if isinstance(value, dict) and "oauth2" in value:
        return _oauth2(_Reader(value, key, reader.problems, reader.base))
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


_OAUTH2_KEYS = {
    # keys each provider accepts besides `oauth2` and `mechanism`; the presets know their own endpoints
    "google": ("client_id", "client_secret", "scopes"),
    "microsoft": ("client_id", "client_secret", "tenant", "scopes"),
    "custom": ("client_id", "client_secret", "scopes", "authorization_url", "token_url", "device_authorization_url"),
    "command": ("command",),
}


def _oauth2(reader: _Reader) -> SecretRef:
    """The `{ oauth2 = ... }` form of a password: which provider, which client, which endpoints."""
    provider = reader.text("oauth2")
    if provider not in OAUTH2_PROVIDERS:
        choices = ", ".join(OAUTH2_PROVIDERS)
        reader.problems.append(f"{reader.key('oauth2')} must be one of {choices}, not {_show(provider)}")
        return SecretRef("oauth2", oauth2=OAuth2Settings("custom"))
    mechanism = reader.choice("mechanism", SASL_MECHANISMS, "auto")
    allowed = _OAUTH2_KEYS[provider]
    for name in sorted(set(reader.data) - {"oauth2", "mechanism", *allowed}):
        reader.seen.add(name)
        reader.problems.append(f'{reader.key(name)} does not apply to oauth2 = "{provider}"')
    if provider == "command":
        command = reader.text("command", required=True) or ""
        if "command" in reader.data and not command.strip():
            reader.problems.append(f"{reader.key('command')} must not be empty")
        reader.finish()
        return SecretRef("oauth2", oauth2=OAuth2Settings("command", command=command, mechanism=mechanism))
    client_id = (reader.text("client_id", required=True) or "").strip()
    client_secret = None
    if "client_secret" in reader.data:
        client_secret = _secret(reader, "client_secret")
        if client_secret.source == "oauth2":
            reader.problems.append(f"{reader.key('client_secret')} must be a keyring, env or command reference")
            client_secret = None
    elif provider == "google":
        # Google's token endpoint refuses Desktop-app clients without the secret it issued with the id.
        reader.problems.append(
            f'{reader.key("client_secret")} is required for Google (the "client secret" of your Desktop app '
            f'client): use {{ keyring = true }} (`followup auth login` asks for it), {{ env = "VAR" }} '
            f'or {{ command = "..." }}'
        )
    urls = {
        name: _url(reader, name)
        for name in ("authorization_url", "token_url", "device_authorization_url")
        if name in allowed
    }
    if provider == "custom":
        if not urls["token_url"] and "token_url" not in reader.data:
            reader.problems.append(f"{reader.key('token_url')} is required for a custom provider")
        if not urls["authorization_url"] and not urls["device_authorization_url"]:
            reader.problems.append(
                f"{reader.key('authorization_url')} or {reader.key('device_authorization_url')} is required "
                "for a custom provider"
            )
    scopes = _scopes(reader, required=provider == "custom")
    tenant = (reader.text("tenant", "common") or "").strip() if provider == "microsoft" else "common"
    if not tenant or not all(c.isalnum() or c in "-._" for c in tenant):
        reader.problems.append(
            f'{reader.key("tenant")} must be "common", "organizations", "consumers" or your directory '
            f"(tenant) id or domain, not {tenant!r}"
        )
        tenant = "common"
    reader.finish()
    settings = OAuth2Settings(
        provider=provider,
        client_id=client_id,
        client_secret=client_secret,
        tenant=tenant,
        scopes=scopes,
        mechanism=mechanism,
        **urls,
    )
    return SecretRef("oauth2", oauth2=settings)


def _url(reader: _Reader, name: str) -> str:
    """An endpoint: https, or http to a loopback host only (a token must never cross a network in clear)."""
    from urllib.parse import urlsplit

    value = (reader.text(name, "") or "").strip()
    if not value:
        return ""
    parts = urlsplit(value)
    if parts.scheme == "https" and parts.hostname:
        return value
    if parts.scheme == "http" and parts.hostname and is_loopback(parts.hostname):
        return value
    reader.problems.append(
        f"{reader.key(name)} must be an https:// URL (http:// only to a loopback host), not {value!r}"
    )
    return ""


def _scopes(reader: _Reader, required: bool) -> tuple[str, ...]:
    reader.seen.add("scopes")
    value = reader.data.get("scopes")
    if value is None:
        if required:
            reader.problems.append(f"{reader.key('scopes')} is required for a custom provider")
        return ()
    items = value.split() if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
        reader.problems.append(f'{reader.key("scopes")} must be a list of scopes, e.g. ["https://mail.google.com/"]')
        return ()
    return tuple(dict.fromkeys(i.strip() for i in items))


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
        folders=reader.strings("folders", ("INBOX",)),
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
        folders=reader.strings("folders", ("INBOX",)),
        lookback=reader.duration("lookback", MaildirSettings.lookback),
        poll_interval=reader.duration("poll_interval", MaildirSettings.poll_interval),
    )
    reader.finish()
    return settings if path else None


_CALENDAR_TYPES = ("caldav", "ics")


def _calendars(top: _Reader, problems: list[str], base: Path) -> tuple[CalendarSettings, ...]:
    """`[[calendar]]`: any number of tables (a single `[calendar]` table is taken as one)."""
    top.seen.add("calendar")
    value = top.data.get("calendar")
    if value is None:
        return ()
    tables = [value] if isinstance(value, dict) else value
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        problems.append("calendar must be one or more [[calendar]] tables")
        return ()
    found: list[CalendarSettings] = []
    names: set[str] = set()
    for index, table in enumerate(tables, 1):
        reader = _Reader(table, f"calendar[{index}]", problems, base)
        calendar = _calendar(reader, index)
        if calendar is None:
            continue
        if calendar.name in names:
            problems.append(f"{reader.key('name')}: another calendar is already named {calendar.name!r}")
        names.add(calendar.name)
        found.append(calendar)
    return tuple(found)


def _calendar(reader: _Reader, index: int) -> CalendarSettings | None:
    kind = reader.choice("type", _CALENDAR_TYPES, "ics") if "type" in reader.data else None
    if kind is None:
        reader.seen.add("type")
        reader.problems.append(f'{reader.key("type")} is required ("caldav" or "ics")')
    url = (reader.text("url") or "").strip()
    path = reader.path("path")
    if url.lower().startswith("webcal://"):
        url = "https://" + url[len("webcal://") :]  # webcal is a hint for calendar apps; the feed is HTTPS
    parts = urlsplit(url)
    if url and (parts.scheme not in ("http", "https") or not parts.hostname):
        reader.problems.append(f"{reader.key('url')} must be an http(s) or webcal address, not {url!r}")
    if parts.username or parts.password:
        reader.problems.append(f"{reader.key('url')} must not hold credentials: use username and password")
    if kind == "caldav" and not url:
        reader.problems.append(f"{reader.key('url')} is required for a CalDAV calendar")
    if kind == "caldav" and path is not None:
        reader.problems.append(f'{reader.key("path")} is only for an .ics file (type = "ics")')
    if kind == "ics" and bool(url) == (path is not None):
        reader.problems.append(f"{reader.key('url')} or {reader.key('path')}: give exactly one of them")
    username = reader.text("username", "") or ""
    has_password = "password" in reader.data
    password = _secret(reader, "password") if (username or has_password) else None
    if has_password and not username:
        reader.problems.append(f"{reader.key('password')} needs a username")
    if password is not None and parts.scheme == "http" and parts.hostname and not is_loopback(parts.hostname):
        reader.problems.append(
            f"{reader.key('url')}: a password is sent in clear over http; use https (allowed only for a "
            f"loopback host, not {parts.hostname})"
        )
    end_text = reader.text("all_day_end", "17:00") or "17:00"
    try:
        all_day_end = time.fromisoformat(end_text)
    except ValueError:
        reader.problems.append(f'{reader.key("all_day_end")} must be a time of day such as "17:00", not {end_text!r}')
        all_day_end = time(17, 0)
    default_name = parts.hostname or (path.stem if path is not None else "") or f"calendar-{index}"
    settings = CalendarSettings(
        name=(reader.text("name", "") or "").strip() or default_name,
        type=kind or "ics",
        url=url,
        path=path,
        username=username,
        password=password,
        calendars=reader.strings("calendars", (), empty_ok=True),
        poll_interval=reader.duration("poll_interval", CalendarSettings.poll_interval),
        lookback=reader.duration("lookback", CalendarSettings.lookback),
        lookahead=reader.duration("lookahead", CalendarSettings.lookahead),
        all_day=reader.flag("all_day", False),
        all_day_end=all_day_end,
        timeout=reader.duration("timeout", CalendarSettings.timeout),
        tls_verify=reader.flag("tls_verify", True),
        ca_file=str(reader.path("ca_file") or ""),
    )
    if settings.poll_interval.delta.total_seconds() < 1:
        reader.problems.append(f"{reader.key('poll_interval')} must be at least 1s")
    reader.finish()
    return settings if kind else None


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
    aliases = reader.strings("aliases", (), "email addresses", empty_ok=True)
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


def _rules(top: _Reader, problems: list[str], base: Path, templates: Path | None = None) -> tuple[Rule, ...]:
    """[[rules]]: per-company overrides of [timing], of which drafts to save and of the drafts' language."""
    top.seen.add("rules")
    raw = top.data.get("rules", [])
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        problems.append("rules must be an array of tables ([[rules]] sections)")
        return ()
    rules: list[Rule] = []
    for number, data in enumerate(raw, start=1):
        reader = _Reader(data, f"rules[{number}]", problems, base)
        domains = reader.strings("domain", (), "domains", empty_ok=True)
        companies = reader.strings("company", (), "company names", empty_ok=True)
        if not domains and not companies:
            problems.append(f'{reader.section} needs domain = "..." or company = "..." to match interviews')
        label = reader.text("name") or (companies[0] if companies else domains[0] if domains else f"rule {number}")
        overrides: dict = {}
        for name in RULE_FIELDS:
            if name not in data:
                continue
            if name in _DURATION_FIELDS:
                default = TimingSettings.__dataclass_fields__[name].default
                assert isinstance(default, Duration)
                overrides[name] = reader.duration(name, default)
            elif name == "check_in_time":
                overrides[name] = _clock(reader, name, None)
            elif name == "thank_you_to":
                overrides[name] = reader.choice(name, ("each", "all"), "each")
            elif name == "max_thank_yous":
                overrides[name] = reader.integer(name, Policy.max_thank_yous, 1, MAX_THANK_YOUS)
            else:
                overrides[name] = reader.flag(name, True)
        language = _language(reader, templates) if "language" in data else ""
        if "default_interview_length" in data:
            reader.seen.add("default_interview_length")
            problems.append(f"{reader.key('default_interview_length')}: set it in [timing]; it is not per company")
        reader.finish()
        rules.append(
            Rule(
                label=label,
                domains=tuple(d.lower() for d in domains),
                companies=companies,
                overrides=overrides,
                language="" if language == "auto" else language,
            )
        )
    return tuple(rules)


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
        max_thank_yous=reader.integer("max_thank_yous", Policy.max_thank_yous, 1, MAX_THANK_YOUS),
        thank_you=reader.flag("thank_you", True),
        check_in=reader.flag("check_in", True),
        language=_language(reader, reader.path("templates")),
    )
    reader.finish()
    return settings


def missing_templates(language: str, user_dir: Path | None) -> list[str]:
    """The text templates a draft in `language` would lack (none for a bundled language)."""
    from .core.drafts import template_name
    from .core.language import LANGUAGES
    from .model import Kind

    if language in LANGUAGES:
        return []
    return [
        template_name(kind, False, language)
        for kind in Kind
        if user_dir is None or not (user_dir / template_name(kind, False, language)).is_file()
    ]


_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")


def _language(reader: _Reader, templates: Path | None) -> str:
    """ "auto", or a language code with templates: bundled (en, de, fr, es) or in the user's folder."""
    value = reader.text("language", "auto") or "auto"
    if value == "auto":
        return value
    if not _LANGUAGE_CODE.match(value):
        reader.problems.append(
            f'{reader.key("language")} must be "auto" or a language code such as "de", not {_show(value)}'
        )
        return "auto"
    missing = missing_templates(value, templates)
    if missing:
        where = f"in {templates}" if templates else "(set [drafts] templates to a folder holding them)"
        reader.problems.append(
            f"{reader.key('language')} = {_show(value)}: no templates for it; bundled are en, de, fr, es; "
            f"add {' and '.join(missing)} {where}"
        )
        return "auto"
    return value


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
    calendars = _calendars(top, problems, base)
    rules = _rules(top, problems, base, drafts.templates)
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
        calendars=calendars,
        rules=rules,
        notify=notify,
    )


def load_config(path: Path | None = None) -> Settings:
    """Read and validate the config file; every failure is a ConfigError naming the file."""
    path = Path(path) if path else default_config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError("no such file; `followup init` writes one (or pass --config PATH)", str(path)) from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", str(path)) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError("not UTF-8 text", str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", str(path)) from None
    try:
        return parse_config(data, path)
    except ConfigError as exc:
        raise ConfigError(with_lines(exc.problems, raw.decode("utf-8")), str(path)) from None


# A key as the problems name it: "imap.port", "calendar[2].url", "rules[1].domain".
_KEY_IN_PROBLEM = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*(?:\[\d+\])?(?:\.[A-Za-z_][A-Za-z0-9_-]*(?:\[\d+\])?)*")
_TABLE_LINE = re.compile(r"\s*(\[\[?)\s*([A-Za-z0-9_.\s-]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY_LINE = re.compile(r"\s*([A-Za-z0-9_-]+(?:\s*\.\s*[A-Za-z0-9_-]+)*)\s*=")


def key_lines(text: str) -> dict[str, int]:
    """Where each table and key of a TOML document is written: "imap.port" -> its line number (from 1).

    tomllib gives values, not positions; this reads the lines the way TOML lays them out (tables, arrays of
    tables numbered from 1, dotted keys), skipping the insides of multi-line strings and arrays.
    """
    lines: dict[str, int] = {}
    table = ""
    counts: dict[str, int] = {}
    open_string = ""
    depth = 0
    for number, line in enumerate(text.splitlines(), 1):
        if open_string:
            if open_string in line:
                open_string = ""
            continue
        if depth > 0:
            depth += line.count("[") - line.count("]")
            continue
        header = _TABLE_LINE.match(line)
        if header:
            name = ".".join(part.strip() for part in header.group(2).split("."))
            if header.group(1) == "[[":
                counts[name] = counts.get(name, 0) + 1
                name = f"{name}[{counts[name]}]"
            table = name
            lines.setdefault(table, number)
            continue
        key = _KEY_LINE.match(line)
        if not key:
            continue
        dotted = ".".join(part.strip() for part in key.group(1).split("."))
        lines.setdefault(f"{table}.{dotted}" if table else dotted, number)
        value = line[key.end() :].strip()
        for quotes in ('"""', "'''"):
            if value.startswith(quotes) and value.count(quotes) == 1:
                open_string = quotes
        if value.startswith("["):
            depth = value.count("[") - value.count("]")
    return lines


def with_lines(problems: list[str], text: str) -> list[str]:
    """Each problem prefixed with the line of the key it names (or of its table, for a missing key)."""
    where = key_lines(text)
    located = []
    for problem in problems:
        line = None
        for match in _KEY_IN_PROBLEM.finditer(problem):
            key = match.group(0)
            while key and key not in where:
                key = key.rpartition(".")[0]
            if key:
                line = where[key]
                break
        located.append(f"line {line}: {problem}" if line else problem)
    return located
