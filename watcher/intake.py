"""Mail in: one raw message is read and understood under a time limit, then handed to `decide` and the
executor as one input, all inside one guard (watcher/guard.py) and one transaction. Nothing a message
holds can stop the service: a message that fails costs that message (one log line naming it, and the
quarantine), not the next ones.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from datetime import datetime

from .core.decide import Outcome, PlanSettings, take_news
from .core.mail import parse_message
from .core.understand import understand_message
from .errors import ParseError
from .executor import Executor
from .guard import Guard, Input, content_key
from .limits import MESSAGE_SECONDS, time_limit
from .pool import Understood
from .sources import Incoming

log = logging.getLogger("followup")


class MailIntake:
    def __init__(
        self,
        executor: Executor,
        guard: Guard,
        settings: Callable[[], PlanSettings],
        clock: Callable[[], datetime],
    ):
        self.executor = executor
        self.guard = guard
        self.settings = settings
        self.clock = clock

    def handle(self, incoming: Incoming) -> Outcome:
        """One message through the pipeline, inside the guard (watcher/guard.py): whatever the message
        holds, and whatever a bug does with it, it costs that message only. One that fails is quarantined
        and the next one is read at once; reading it is also bounded in time (limits.MESSAGE_SECONDS)."""
        item = Input("message", incoming.ref, content_key(incoming.raw))
        outcome = self.guard.run(item, lambda: self._handle(incoming, item))
        return outcome if outcome is not None else Outcome("quarantined")

    def _handle(self, incoming: Incoming, item: Input) -> Outcome:
        settings = self.settings()
        # Read ahead by a worker process (watcher/pool.py) with the same context, or read here.
        ahead = incoming.understood if isinstance(incoming.understood, Understood) else None
        if ahead is not None and ahead.context != settings.context:
            ahead = None
        try:
            if ahead is not None:
                message = ahead.parsed()
            else:
                with time_limit(MESSAGE_SECONDS):
                    message = parse_message(incoming.raw, settings.context.timezone)
        except ParseError as exc:
            log.warning("message %s skipped: %s", incoming.ref, exc)
            return Outcome("unreadable")
        item.name = message.message_id
        key = message.message_id or "sha256:" + _digest(incoming.raw[:8192])
        store = self.executor.store
        if store.seen(key):
            return Outcome("already read")
        if ahead is not None:
            understanding = ahead.understood()
        else:
            with time_limit(MESSAGE_SECONDS):
                understanding = understand_message(message, settings.context)
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
        outcome = self.executor.take(
            understanding, settings, self.clock(), source=incoming.ref, message_id=message.message_id, seen=key
        )
        if understanding.outcome:  # a rejection, offer or next round: in any thread, it ends the wait
            records = self.executor.everything()
            self.executor.run(take_news(understanding, message, records, settings, source=incoming.ref))
        return outcome


def short(text: str, limit: int = 120) -> str:
    """A Message-ID for a log line: a hostile one can be megabytes long."""
    return text if len(text) <= limit else text[:limit] + "..."


def first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [""])[0][:200]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]
