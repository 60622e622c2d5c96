"""`followup init`: the bundled, commented example config with the user's name, address and zone filled in.

The example is the documentation of every key, so the written file is that example (comments kept) with only
the [user] lines changed, and the IMAP user name guessed from the address. A password never goes in it.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import FollowupError

EXAMPLE = "config.example.toml"


def bundled_file(name: str) -> Path:
    """A file shipped inside the package (watcher/bundled/); from a source checkout, the repository's own."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "bundled" / name, package.parent / name):
        if candidate.is_file():
            return candidate
    raise FollowupError(f"{name} is missing from this installation of followup; reinstall it")


@dataclass(frozen=True)
class Identity:
    name: str
    email: str
    timezone: str


def check_name(value: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise FollowupError("the name must not be empty (it signs your drafts)")
    return value


def check_email(value: str) -> str:
    value = value.strip()
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        raise FollowupError(f"{value!r} is not an email address")
    return value


def check_timezone(value: str) -> str:
    value = value.strip()
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise FollowupError(f"unknown time zone {value!r} (use an IANA name such as America/New_York)") from None
    return value


def machine_timezone() -> str:
    """This machine's IANA zone name ($TZ, /etc/localtime, macOS's link too), or "UTC" when it has none."""
    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        try:
            target = os.readlink("/etc/localtime")
            name = target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else ""
        except OSError:
            name = ""
    try:
        check_timezone(name)
    except FollowupError:
        return "UTC"
    return name


def gather(
    name: str | None,
    email: str | None,
    timezone: str | None,
    *,
    ask: Callable[[str], str] | None,
) -> Identity:
    """Flags first; what is missing is asked (`ask` given, i.e. a terminal) or is an error naming the flag."""
    missing = [flag for flag, value in (("--name", name), ("--email", email)) if value is None]
    if missing and ask is None:
        raise FollowupError(f"not run in a terminal, so nothing can be asked: give {' and '.join(missing)}")
    zone_default = machine_timezone()
    return Identity(
        name=check_name(name)
        if name is not None
        else _ask_until_valid(ask, "Your name (signs the drafts)", check_name),
        email=check_email(email)
        if email is not None
        else _ask_until_valid(ask, "Your email address (the drafts are from it)", check_email),
        timezone=check_timezone(timezone)
        if timezone is not None
        else (
            _ask_until_valid(ask, f"Your time zone [{zone_default}]", check_timezone, zone_default)
            if ask is not None
            else zone_default
        ),
    )


def _ask_until_valid(ask, prompt: str, check: Callable[[str], str], default: str | None = None) -> str:
    for _ in range(5):
        answer = ask(f"{prompt}: ").strip()
        if not answer and default is not None:
            return default
        try:
            return check(answer)
        except FollowupError as exc:
            print(f"  {exc}", file=sys.stderr)
    raise FollowupError("no valid answer; nothing written")


def _toml_string(value: str) -> str:
    # JSON string escapes (\" \\ \n \uXXXX) are valid in a TOML basic string.
    return json.dumps(value, ensure_ascii=False)


def _replace_value(text: str, section: str, key: str, value: str) -> str:
    """Set `key = "..."` in `[section]` of the example, keeping the line's comment in its column."""
    lines = text.splitlines(keepends=True)
    current = ""
    for index, line in enumerate(lines):
        header = re.match(r"\s*\[([A-Za-z0-9_.]+)\]\s*(#.*)?$", line)
        if header:
            current = header.group(1)
            continue
        match = re.match(rf'(\s*{key}\s*=\s*)"[^"]*"(\s*)(#.*)?$', line.rstrip("\n"))
        if current == section and match:
            assignment = match.group(1) + _toml_string(value)
            comment = match.group(3)
            if comment:
                column = len(match.group(0)) - len(comment)
                assignment = assignment.ljust(column - 1) + " " + comment
            lines[index] = assignment + "\n"
            return "".join(lines)
    raise FollowupError(f"the bundled example has no {section}.{key}; reinstall followup")


def render(identity: Identity) -> str:
    """The example config with the [user] lines (and the IMAP user name) filled in; valid as written."""
    text = bundled_file(EXAMPLE).read_text(encoding="utf-8")
    text = text.replace(
        "# followup configuration. Copy to ~/.config/followup/config.toml (or pass --config PATH) and edit.",
        "# followup configuration, written by `followup init`. Edit [imap] (or use [maildir]) before going on.",
    )
    text = _replace_value(text, "user", "name", identity.name)
    text = _replace_value(text, "user", "email", identity.email)
    text = _replace_value(text, "user", "timezone", identity.timezone)
    # Most providers take the address as the IMAP user name; the host is for the user to fill in.
    text = _replace_value(text, "imap", "username", identity.email)
    return text


def write_new(path: Path, text: str) -> None:
    """Create `path` (and its folders) readable by the user only; an existing file is never replaced."""
    if path.exists():
        raise FollowupError(f"{path} already exists; nothing written (edit it, or move it away first)")
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise FollowupError(f"{path} already exists; nothing written (edit it, or move it away first)") from None
    except OSError as exc:
        raise FollowupError(f"cannot write {path}: {exc.strerror}") from None
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        out.write(text)
