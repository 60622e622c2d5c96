"""Start, end and zone of an interview stated in words ("Tuesday, March 3 at 2:00 PM EST for 45 minutes")."""

from __future__ import annotations

from datetime import datetime, tzinfo

from ..model import Session


def find_sessions(
    text: str, subject: str, sent: datetime | None, default_tz: tzinfo
) -> tuple[list[Session], bool] | None:
    """The confirmed session(s) stated in the text, and whether their end was stated; None when no time is.

    Times without a zone are in `default_tz`; relative dates ("tomorrow") count from `sent`.
    """
    return None
