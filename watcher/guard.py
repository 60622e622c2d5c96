"""One guard around each input, so that a bug or a hostile input costs that input and nothing else.

Every input the service takes in (a mail message, a calendar event) is handled inside `Guard.run`, from
parsing to its last state write:

- the work is one state transaction: an input that fails leaves nothing half-written;
- an input that fails (any exception but a fault of the surroundings) is quarantined: recorded with the
  error's class and first line (`followup list --problems` shows it), named in one warning line, and
  never handled again; the caller goes on to the next input at once, and its checkpoint moves past it;
- before the work starts the input is noted as in hand, in a write committed at once, and the note is
  removed with the work's last write. A note still there at the next attempt means the process died
  while handling it: a crash in C code, the kernel's OOM killer. After `MAX_ATTEMPTS` such deaths the
  input is quarantined without being handled again, so it cannot keep the service in a restart loop.

A fault of the surroundings (the network, the login, the state folder) is not the input's fault: it is
raised to the caller, which retries later, and the input is not quarantined.

The guard knows nothing of mail or calendars; the service wraps its handling of one input in it.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from .errors import AuthError, StateError, TransientError
from .limits import TimeLimitExceeded
from .store import Store

log = logging.getLogger("followup")

MAX_ATTEMPTS = 3  # deaths while handling the same input before it is quarantined unhandled

# Not the input's fault: raised on, to be retried with the input in a later pass.
SURROUNDINGS = (TransientError, AuthError, StateError, sqlite3.OperationalError)

T = TypeVar("T")


@dataclass
class Input:
    """One input: `kind` ("message", "event"), `source` where it was read (for a person), `key` what
    identifies its content across restarts, `name` its Message-ID or UID once the work has read it."""

    kind: str
    source: str
    key: str
    name: str = ""


def content_key(*parts: bytes | str) -> str:
    """A key for an input from its content: the same bytes give the same key after a restart."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part)
        digest.update(b"\0")
    return "sha256:" + digest.hexdigest()[:40]


def failure_words(exc: BaseException) -> str:
    """Why an input failed, in words for the log line that names it."""
    if isinstance(exc, TimeLimitExceeded):
        return f"not understood in time ({exc})"
    if isinstance(exc, RecursionError):
        return "nested too deeply to read"
    return f"internal error {error_line(exc)}"  # a bug: the input is named so it can be reported


def error_line(exc: BaseException) -> str:
    """The error's class and the first line of its text, as recorded in the quarantine."""
    first = (str(exc).splitlines() or [""])[0][:200]
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


class Guard:
    def __init__(self, store: Store, *, attempts: int = MAX_ATTEMPTS):
        self.store = store
        self.attempts = attempts

    def run(self, item: Input, work: Callable[[], T]) -> T | None:
        """`work()` for one input, in one transaction; None when the input is (or now becomes) quarantined."""
        store = self.store
        if store.is_quarantined(item.key):
            log.debug("%s %s: quarantined before; not handled again", item.kind, item.source)
            return None
        tries = store.begin_input(item.key, item.kind, item.source)
        if tries > self.attempts:
            why = f"the service stopped {tries - 1} times while handling it"
            self._quarantine(item, f"ProcessDied: {why}", why, tries - 1)
            return None
        try:
            with store.transaction():
                result = work()
                store.end_input(item.key)
            return result
        except (*SURROUNDINGS, KeyboardInterrupt, SystemExit):
            # Not the input's doing (Python itself is still running): it does not count as a death.
            with contextlib.suppress(sqlite3.Error):
                store.end_input(item.key)
            raise
        except Exception as exc:
            self._quarantine(item, error_line(exc), failure_words(exc), tries)
            return None

    def _quarantine(self, item: Input, error: str, words: str, attempts: int) -> None:
        name = f" <{_short(item.name)}>" if item.name else ""
        log.warning(
            "%s %s%s skipped: %s; quarantined (see followup list --problems)", item.kind, item.source, name, words
        )
        with self.store.transaction():
            self.store.quarantine(item.key, item.kind, item.source, item.name[:500], error, attempts)
            self.store.end_input(item.key)


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[:limit] + "..."
