"""Build the sample mailbox: a Maildir and a config in DEST, with every date moved to around today.

The messages in sample/messages/ (the INBOX) and sample/sent/ (the Sent folder) were written for
Wednesday 7 January 2026 (America/New_York); each date in them (Date headers and calendar times) is moved
by the same whole number of days (a day or two more or less where that would put an interview on a weekend),
so the sample always shows a panel interview that ended lately (its thank-you is due, and one interviewer was
already thanked from Sent), interviews still to come, a cancelled one, and mail that is not about interviews.
"""

from __future__ import annotations

import re
import sys
import time
from datetime import date, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

WRITTEN_FOR = date(2026, 1, 7)
ZONE = ZoneInfo("America/New_York")
HERE = Path(__file__).resolve().parent

CONFIG = """\
# The sample account: a local Maildir, no network, no password.
[user]
name = "Jordan Lee"
email = "jordan.lee@example.com"
timezone = "America/New_York"

[maildir]
path = "mail"
drafts = "Drafts"

[state]
dir = "state"
"""


def shift(raw: str, days: int) -> str:
    def header(match: re.Match[str]) -> str:
        moved = parsedate_to_datetime(match.group(1)) + timedelta(days=days)
        return f"Date: {format_datetime(moved)}"

    def ics(match: re.Match[str]) -> str:
        day = datetime.strptime(match.group(2), "%Y%m%d").date() + timedelta(days=days)
        return f"{match.group(1)}{day:%Y%m%d}"

    raw = re.sub(r"^Date: (.+)$", header, raw, count=1, flags=re.M)
    return re.sub(r"^((?:DTSTART|DTEND|DTSTAMP|RECURRENCE-ID)[^:\n]*:)(\d{8})", ics, raw, flags=re.M)


def meeting_day(raw: str) -> date | None:
    """The day a message is about: its event's start, else the day its words point to (the sample's only
    relative words are "tomorrow"), else the day it was written."""
    event = re.search(r"^DTSTART(?:;TZID=[^:\n]+)?:((?:19|20)\d{6})", raw, flags=re.M)
    if event:
        return datetime.strptime(event.group(1), "%Y%m%d").date()
    written = re.search(r"^Date: (.+)$", raw, flags=re.M)
    if not written:
        return None
    day = parsedate_to_datetime(written.group(1)).astimezone(ZONE).date()
    return day + timedelta(days=1) if re.search(r"\btomorrow\b", raw) else day


def weekday_shift(raw: str, days: int, today: date) -> int:
    """`days`, or a day or two more or less, so that what the message is about falls on a weekday, on the
    same side of today (an interview that is over stays over, one to come stays to come)."""
    day = meeting_day(raw)
    if day is None:
        return days
    moved = day + timedelta(days=days)
    while moved.weekday() >= 5:
        step = -1 if moved < today else 1
        moved += timedelta(days=step)
        days += step
    return days


def build(dest: Path, today: date) -> Path:
    days = (today - WRITTEN_FOR).days
    mail = dest / "mail"
    for folder in (mail, mail / ".Drafts", mail / ".Sent"):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    for source_dir, folder, prefix in (("messages", mail, "sample"), ("sent", mail / ".Sent", "sent")):
        for number, source in enumerate(sorted((HERE / source_dir).glob("*.eml")), start=1):
            original = source.read_text(encoding="utf-8")
            text = shift(original, weekday_shift(original, days, today))
            data = text.replace("\r\n", "\n").encode("utf-8")
            (folder / "cur" / f"{int(time.time())}.{prefix}{number:02d}.local:2,S").write_bytes(data)
    config = dest / "config.toml"
    config.write_text(CONFIG)
    return config


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "sample-run")
    print(build(target, datetime.now(ZONE).date()))
