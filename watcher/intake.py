"""Mail in: one raw message is read and understood under a time limit, then handed to `decide` and the
executor as one input. Nothing a message holds can stop the service: a message that cannot be read costs
that message (one log line naming it), not the next ones, and is remembered so a rescan does not pay for
it again.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from datetime import datetime

from .core.decide import Outcome, PlanSettings
from .core.mail import parse_message
from .core.understand import understand_message
from .errors import ParseError
from .executor import Executor
from .limits import MESSAGE_SECONDS, TimeLimitExceeded, time_limit
from .model import Message
from .sources import Incoming

log = logging.getLogger("followup")


class MailIntake:
    def __init__(self, executor: Executor, settings: Callable[[], PlanSettings], clock: Callable[[], datetime]):
        self.executor = executor
        self.settings = settings
        self.clock = clock

    def handle(self, incoming: Incoming) -> Outcome:
        """One message through the pipeline. Reading it is bounded in time (MESSAGE_SECONDS) and cannot
        raise: a bug triggered by one email must cost that email, not stop the service (which would then
        read the same email again at every restart)."""
        settings = self.settings()
        try:
            with time_limit(MESSAGE_SECONDS):
                message = parse_message(incoming.raw, settings.context.timezone)
        except ParseError as exc:
            log.warning("message %s skipped: %s", incoming.ref, exc)
            return Outcome("unreadable")
        except Exception as exc:  # over the time budget, or a bug in the reader
            return self._skip(incoming, None, _failure(exc))
        key = message.message_id or "sha256:" + _digest(incoming.raw[:8192])
        store = self.executor.store
        if store.seen(key):
            return Outcome("already read")
        try:
            with time_limit(MESSAGE_SECONDS):
                understanding = understand_message(message, settings.context)
        except Exception as exc:
            return self._skip(incoming, message, _failure(exc))
        problems = list(message.problems)
        if incoming.truncated:
            problems.insert(0, "larger than the read limit; only its beginning was read")
        if problems:  # one line per message, naming it, whatever went wrong in it
            log.warning(
                "message %s <%s> read with problems: %s",
                incoming.ref,
                short(message.message_id),
                "; ".join(problems[:6]) + ("; ..." if len(problems) > 6 else ""),
            )
        return self.executor.take(
            understanding, settings, self.clock(), source=incoming.ref, message_id=message.message_id, seen=key
        )

    def _skip(self, incoming: Incoming, message: Message | None, why: str) -> Outcome:
        """Log one line naming the message and remember it, so a rescan does not pay for it again."""
        message_id = message.message_id if message is not None else ""
        log.warning("message %s%s skipped: %s", incoming.ref, f" <{short(message_id)}>" if message_id else "", why)
        key = message_id or "sha256:" + _digest(incoming.raw[:8192])
        self.executor.store.mark_seen(key, incoming.ref, "skipped")
        return Outcome("skipped")


def short(text: str, limit: int = 120) -> str:
    """A Message-ID for a log line: a hostile one can be megabytes long."""
    return text if len(text) <= limit else text[:limit] + "..."


def first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [""])[0][:200]


def _failure(exc: Exception) -> str:
    """Why reading a message failed, in words for the log line that names it."""
    if isinstance(exc, TimeLimitExceeded):
        return f"not understood in time ({exc})"
    if isinstance(exc, RecursionError):
        return "nested too deeply to read"
    return f"internal error {type(exc).__name__}: {first_line(exc)}"  # a bug: the message is named to report it


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]
