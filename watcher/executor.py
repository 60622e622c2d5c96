"""The thin executor: applies what `core.decide` decided to the state database and the scheduler.

Each input is decided and applied inside one guard (`run`): the intents of one message or one calendar
occurrence are written in one transaction, so a crash or a bug leaves the state as it was before the input
or as it is after it, never half-way. Wake-ups are handed to the scheduler after the commit (its job store
is rebuilt from the state at start-up, so a crash in between loses nothing).

`DryRun` is the same executor on an in-memory copy of the state that also prints every intent: that is
all `followup run --dry-run` is.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from typing import TextIO

from .core.decide import (
    DropPlan,
    Intent,
    Mark,
    Outcome,
    Plan,
    PlanSettings,
    RecheckDrafts,
    Records,
    SaveDraft,
    SaveInterview,
    Say,
    Schedule,
    Unschedule,
    decide,
    outcome_of,
)
from .core.language import join_names
from .model import FollowUp, Interview, Kind, Person, State, Status, Understanding
from .sinks.drafts import DraftSink, save_once
from .store import Store

log = logging.getLogger("followup")

# (interview id, kind, due or None): the service's scheduler hook
Wake = Callable[[str, str, datetime | None], None]
# (follow-up, interview, Drafts folder): tells the user a draft is waiting
Notify = Callable[[FollowUp, Interview, str], None]
# (interview, its status now): points out saved drafts the change made wrong
Recheck = Callable[[Interview, Status], None]


class Executor:
    def __init__(
        self,
        store: Store,
        wake: Wake | None = None,
        drafts: DraftSink | None = None,
        notify: Notify | None = None,
        recheck: Recheck | None = None,
    ):
        self.store = store
        self.wake = wake
        self.drafts = drafts
        self.notify = notify
        self.recheck = recheck
        self._everything: tuple[tuple[int, int], Records] | None = None

    def everything(self) -> Records:
        """Every interview and follow-up on record, read again only when the store says they may have changed
        (Store.plan_version): a first start reads hundreds of interview messages, and reading the whole
        store again for each one made it quadratic."""
        version = self.store.plan_version()
        if self._everything is None or self._everything[0] != version:
            self._everything = version, Records(tuple(self.store.interviews()), tuple(self.store.followups()))
        return self._everything[1]

    def records(self, understanding: Understanding) -> Records:
        """What `decide` needs: nothing for mail that is not about an interview (most of a mailbox); for an
        event that is not one (an ordinary meeting), only the interview its UID may have made; else all."""
        if understanding.interview is None and understanding.cancels is None:
            if understanding.event is None:
                return Records()
            stored = self.store.interview(f"ical:{understanding.event.uid}")
            if stored is None:
                return Records()
            return Records((stored,), tuple(self.store.followups(stored.interview.id)))
        return self.everything()

    def take(
        self,
        understanding: Understanding,
        settings: PlanSettings,
        now: datetime,
        *,
        source: str,
        message_id: str = "",
        seen: str | None = None,
    ) -> Outcome:
        """Decide what one input means and apply it; `seen` (a message's key) is recorded as read in the
        same transaction."""
        with self.store.transaction():
            intents = decide(
                understanding, self.records(understanding), now, settings, source=source, message_id=message_id
            )
            outcome = self.apply(intents)
            if seen is not None:
                self.store.mark_seen(seen, source, outcome.label)
        self.wake_up(intents)
        return outcome

    def run(self, intents: Sequence[Intent]) -> Outcome:
        """Apply intents decided elsewhere (a re-plan, a draft's skip) in one transaction."""
        with self.store.transaction():
            outcome = self.apply(intents)
        self.wake_up(intents)
        return outcome

    def apply(self, intents: Sequence[Intent]) -> Outcome:
        for intent in intents:
            self.show(intent)
            if isinstance(intent, SaveInterview):
                self.store.save_interview(intent.interview, intent.status, intent.source)
            elif isinstance(intent, DropPlan):
                self.store.cancel_plan(intent.interview_id, intent.reason)
            elif isinstance(intent, Plan):
                self.store.replace_plan(
                    intent.interview_id, list(intent.followups), off=dict(intent.off), keep_skipped=intent.keep_skipped
                )
            elif isinstance(intent, Mark):
                self.store.mark(intent.followup_id, intent.state, intent.detail)
                if intent.log:
                    log.info("%s", intent.log)
            elif isinstance(intent, RecheckDrafts):
                if self.recheck is not None:
                    self.recheck(intent.interview, intent.status)
            elif isinstance(intent, Say):
                log.log(logging.WARNING if intent.warning else logging.INFO, "%s", intent.text)
        return outcome_of(intents)

    def wake_up(self, intents: Sequence[Intent]) -> None:
        if self.wake is None:
            return
        for intent in intents:
            # The scheduler follows the state: told once the input's transaction is kept, never if undone.
            if isinstance(intent, Schedule):
                self.store.on_commit(partial(self.wake, intent.interview_id, Kind(intent.kind).value, intent.due))
            elif isinstance(intent, Unschedule):
                self.store.on_commit(partial(self.wake, intent.interview_id, Kind(intent.kind).value, None))

    def save_draft(self, intent: SaveDraft) -> bool:
        """Save one draft exactly once, even across a crash; True when it was saved now."""
        followup = intent.followup
        assert self.drafts is not None
        folder = self.drafts.folder()  # a missing Drafts folder leaves the draft planned, not half-saved
        # Recorded before the APPEND: after a crash, "saving" means "look in Drafts before saving again".
        self.store.mark(followup.id, State.SAVING, "", intent.draft_id)
        found = save_once(self.drafts, intent.draft_id, intent.raw, intent.earlier_ids)
        saved = found is None
        detail = "saved" if saved else "found already saved"
        self.store.mark(followup.id, State.DRAFTED, detail, found or intent.draft_id)
        log.info(
            "%s draft for interview %s%s %s in %s",
            followup.kind.value,
            followup.interview_id,
            to_names(followup.recipients),
            "saved" if saved else "was already",
            folder,
        )
        if saved and self.notify is not None:
            self.notify(followup, intent.interview, folder)
        return saved

    def show(self, intent: Intent) -> None:
        """Only the dry run shows what it would do."""


def to_names(people: tuple[Person, ...]) -> str:
    """ " to Dana Whitfield and Sam Ortiz": which of an interview's drafts a line is about (names, no address)."""
    names = [p.name or p.email.partition("@")[0] for p in people]
    if not names:
        return ""
    if len(names) > 4:  # one draft to a whole team: a log line, not a roll call
        names = [*names[:3], f"{len(names) - 3} others"]
    return " to " + join_names(names)


class DryRun(Executor):
    """Applies the intents to an in-memory copy of the state (so later inputs see earlier ones) and prints
    each one."""

    def __init__(self, store: Store, out: TextIO | None = None):
        super().__init__(store)
        self.out = out or sys.stdout
        self.would_save: list[str] = []
        self.shown = 0  # intents printed

    def save_draft(self, intent: SaveDraft) -> bool:
        followup = intent.followup
        self.show(intent)
        self.would_save.append(followup.id)
        log.info("%s draft for interview %s would be saved now (dry run)", followup.kind.value, followup.interview_id)
        self.store.mark(followup.id, State.DRAFTED, "dry run", intent.draft_id)  # in the in-memory copy only
        return False

    def show(self, intent: Intent) -> None:
        if not isinstance(intent, (Say, Outcome)):
            print(f"would {intent}", file=self.out)
            self.shown += 1
