"""What the user is told on the desktop (and in the journal) about drafts: one is ready, or one already in
Drafts was made wrong by a later change (the interview moved or was called off)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, tzinfo

from .model import FollowUp, Interview, Kind, State, Status, StoredInterview
from .notify import DesktopNotifier
from .report import outdated_draft
from .store import Store

log = logging.getLogger("followup")


class DraftNotices:
    def __init__(
        self, notifier: DesktopNotifier, store: Store, timezone: Callable[[], tzinfo], clock: Callable[[], datetime]
    ):
        self.notifier = notifier
        self.store = store
        self.timezone = timezone
        self.clock = clock

    def saved(self, followup: FollowUp, interview: Interview, folder: str) -> None:
        to = ", ".join(p.name or p.email for p in followup.recipients)
        send_by = followup.send_by.astimezone(self.timezone())
        body = f"{_about(interview)}{f', to {to}' if to else ''}. In {folder}; send it by {send_by:%a %d %b %H:%M}."
        self.notifier.notify(f"{_what(followup.kind)} draft ready", body)

    def outdated(self, interview: Interview, status: Status) -> None:
        """Drafts already saved that this change made wrong: say what to do with them, once per change."""
        record = StoredInterview(interview=interview, status=status, source="")
        for stored in self.store.followups(interview.id, (State.DRAFTED,)):
            advice = outdated_draft(stored, record, self.timezone(), self.clock())
            if advice is None:
                continue
            kind = stored.followup.kind
            log.info("%s draft of interview %s, already in Drafts: %s", kind.value, interview.id, advice)
            self.notifier.notify(f"{_what(kind)} draft out of date", f"{_about(interview)}: {advice}.")


def _what(kind: Kind) -> str:
    return "Thank-you" if kind is Kind.THANK_YOU else "Check-in"


def _about(interview: Interview) -> str:
    return " · ".join(x for x in (interview.company, interview.role) if x) or "your interview"
