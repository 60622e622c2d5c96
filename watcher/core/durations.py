"""Durations as people write them in the config ("90s", "2h", "1h30m", "3d", "5bd") and business-day arithmetic."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(bd|[smhdw])")


@dataclass(frozen=True)
class Duration:
    """A span of wall-clock time plus a number of business days (Monday to Friday, in the user's zone)."""

    delta: timedelta = timedelta(0)
    business_days: int = 0

    def after(self, moment: datetime) -> datetime:
        """`moment` moved forward by this duration; business days keep the local time of day."""
        result = add_business_days(moment, self.business_days) if self.business_days else moment
        return result + self.delta

    def __str__(self) -> str:
        parts = [f"{self.business_days}bd"] if self.business_days else []
        seconds = int(self.delta.total_seconds())
        for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
            if seconds >= size:
                parts.append(f"{seconds // size}{unit}")
                seconds %= size
        return "".join(parts) or "0s"


def parse_duration(text: str) -> Duration:
    """Parse "90s", "15m", "2h", "1h30m", "3d", "1w", "5bd"; raises ValueError with a message for a person."""
    compact = text.strip().lower().replace(" ", "")
    if compact.startswith("-") and not _PART.sub("", compact[1:]) and compact[1:]:
        raise ValueError(f'"{text}" must be positive (e.g. "{text.strip()[1:].strip()}")')
    if not compact or _PART.sub("", compact):
        raise ValueError(f'"{text}" is not a duration (use e.g. "90s", "15m", "2h", "3d" or "5bd")')
    seconds = 0.0
    business_days = 0
    for number, unit in _PART.findall(compact):
        if unit == "bd":
            if "." in number:
                raise ValueError(f'"{text}": business days must be whole')
            business_days += int(number)
        else:
            seconds += float(number) * _UNITS[unit]
    return Duration(timedelta(seconds=seconds), business_days)


def is_business_day(moment: datetime) -> bool:
    return moment.weekday() < 5


def add_business_days(moment: datetime, days: int) -> datetime:
    """Move forward by `days` working days at the same local wall-clock time (DST-safe for ZoneInfo zones).

    Weekend days are not counted, so one business day after Friday or Saturday is Monday.
    """
    tz = moment.tzinfo
    local = moment.replace(tzinfo=None)
    remaining = days
    while remaining > 0:
        local += timedelta(days=1)
        if local.weekday() < 5:
            remaining -= 1
    return local.replace(tzinfo=tz) if tz is None else localize(local, tz)


def next_business_moment(moment: datetime) -> datetime:
    """The same local time on the first working day at or after `moment`."""
    if moment.weekday() < 5:
        return moment
    tz = moment.tzinfo
    local = moment.replace(tzinfo=None)
    while local.weekday() >= 5:
        local += timedelta(days=1)
    return local.replace(tzinfo=tz) if tz is None else localize(local, tz)


def localize(naive: datetime, tz: tzinfo) -> datetime:
    """Attach `tz` to a wall-clock time; a time that falls in a DST gap is moved forward past the gap
    (02:30 on a spring-forward night becomes 03:30), an ambiguous one takes its first occurrence."""
    aware = naive.replace(tzinfo=tz)
    # A nonexistent wall time does not survive a round trip through UTC. With fold=0, zoneinfo reads it
    # with the offset from before the gap, so the round trip lands just past the gap.
    normalised = aware.astimezone(UTC).astimezone(tz)
    return normalised if normalised.replace(tzinfo=None) != naive else aware
