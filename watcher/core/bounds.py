"""The years a date read from an input may fall in: far beyond any real interview, far inside what Python's
datetime can hold.

A date of year 9999 or year 1 is valid iCalendar and a valid Date header, yet adding two hours to it, or
moving it to a zone east of UTC, overflows. The readers refuse such dates where they read them, with the
reason in the input's problems, so nothing after them ever computes with one; with every date read inside
these years and every configured duration bounded (config.MAX_DURATION), no arithmetic of the planning
can leave the range datetime holds.
"""

from __future__ import annotations

from datetime import date, datetime

FIRST_YEAR = 1900
LAST_YEAR = 2199


def in_range(moment: date | datetime) -> bool:
    return FIRST_YEAR <= moment.year <= LAST_YEAR


def out_of_range(what: str, moment: date | datetime) -> str:
    """The reason a date was not used, for the input's problems."""
    day = f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
    return f"{what} {day} is out of range (only years {FIRST_YEAR}-{LAST_YEAR} are read)"
