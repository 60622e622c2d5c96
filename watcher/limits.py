"""Budgets that keep one hostile message from stalling the service: a time limit per message.

Sizes are bounded where the bytes come in (MAX_MESSAGE_BYTES in the sources, MAX_PARTS and header
limits in core/mail.py). Time cannot be bounded that way: a short subject can drive a regular expression
into exponential backtracking. The limit is an interval timer (SIGALRM), which interrupts pure Python
and the `re` engine alike; it works on the main thread only, where the service reads all mail. Elsewhere
(tests calling the service from a thread) it is a no-op rather than an error.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator

MESSAGE_SECONDS = 10.0  # a real invitation takes milliseconds; this is only for input built to be slow


class TimeLimitExceeded(Exception):
    """The work inside `time_limit` took longer than allowed and was abandoned."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeLimitExceeded inside the block once `seconds` have passed (main thread only)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return
    armed = True

    def expire(signum: int, frame: object) -> None:
        if armed:
            raise TimeLimitExceeded(f"gave up after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    # Any timer already running (a test runner's own timeout) is put back afterwards, minus the time spent.
    # Fired again every half second until the block is left: library code that catches Exception (icalendar's
    # parsers do) must not swallow the one signal and run on for ever.
    outer_delay, outer_interval = signal.setitimer(signal.ITIMER_REAL, seconds, 0.5)
    started = time.monotonic()
    try:
        yield
    finally:
        armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_delay:
            left = max(outer_delay - (time.monotonic() - started), 0.001)
            signal.setitimer(signal.ITIMER_REAL, left, outer_interval)
