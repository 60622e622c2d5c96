"""Drafts out: for each follow-up that came due, ask the core whether it is still worth a draft (the
interview still on, not too late, not already thanked or answered), render it and hand the executor a
`SaveDraft`. The mailbox is only read here (Sent, replies), never changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from email.message import EmailMessage

from .config import Settings
from .core.decide import Mark, SaveDraft, before_drafting
from .core.drafts import (
    Author,
    bundled_choice,
    choose_language,
    draft_message_id,
    draft_subject,
    earlier_draft_message_ids,
    render_draft,
)
from .core.fates import Draft, Fate, fate_of
from .core.skips import Skip, check_in_skip, company_domains, safe_facts, thank_you_skip
from .errors import FollowupError, TransientError
from .executor import Executor, to_names
from .guard import SURROUNDINGS, error_line
from .intake import first_line
from .mailbox import Mailbox
from .model import FollowUp, Interview, Kind, State, StoredFollowUp
from .sources import Lookup
from .templating import template_environment

log = logging.getLogger("followup")

MAX_THREAD_IDS = 40  # Message-IDs searched for replies to one interview (each is two SEARCH keys)
FOLLOW_DRAFTS_FOR = timedelta(days=3)  # how long after a draft stopped being worth sending it is still followed
FATE_WORDS = {
    Fate.WAITING: "back in Drafts",
    Fate.EDITED: "edited, still in Drafts",
    Fate.SENT: "sent",
    Fate.DELETED: "deleted without being sent",
}


class Drafter:
    def __init__(self, executor: Executor, mailbox: Mailbox, clock: Callable[[], datetime]):
        self.executor = executor
        self.mailbox = mailbox
        self.clock = clock
        self._sent_missing_logged = False

    def configure(self, settings: Settings, templates) -> None:
        self.settings = settings
        self.templates = templates
        self.author = Author(settings.user.name, settings.user.email)

    def run_due(self, stopping: Callable[[], bool], on_progress: Callable[[], None]) -> int:
        """Save every draft whose time has come; returns how many were saved. A bug on one follow-up's data
        costs that draft (it stays planned); a fault of the server, the login or the state stops the round."""
        saved = 0
        for stored in self.executor.store.due(self.clock()):
            if stopping():
                break
            try:
                saved += self.create_draft(stored)
            except (FollowupError, *SURROUNDINGS):
                raise  # the server, the login or the state: retried as a whole later
            except Exception as exc:  # a bug on this follow-up's data must not hold up the drafts after it
                log.error(
                    "%s draft for interview %s failed (%s); it stays planned, the others go ahead",
                    stored.followup.kind.value,
                    stored.followup.interview_id,
                    error_line(exc),
                )
            on_progress()
        return saved

    def create_draft(self, stored: StoredFollowUp) -> bool:
        """Save one due follow-up's draft (or skip it, saying why); True when a draft was saved now."""
        followup = stored.followup
        store = self.executor.store
        record = store.interview_by_id(followup.interview_id)
        now = self.clock()
        tz = self.settings.user.timezone
        verdict = before_drafting(stored, record, now, tz)
        if verdict is None and stored.state is State.PLANNED:
            assert record is not None
            skip = self.skip_for(followup, record.interview)
            if skip is not None:
                verdict = Mark(
                    followup.id,
                    State.SKIPPED,
                    skip.reason,
                    f"{followup.kind.value} draft for interview {followup.interview_id} skipped: "
                    f"{_reason_for_log(followup.kind)} (message <{skip.message_id}>)",
                )
        if verdict is not None:
            self.executor.run([verdict])
            return False
        assert record is not None
        try:
            raw = self._render(followup, record.interview, now).as_bytes()
        except Exception as exc:  # a template failing on this data, say: the next drafts must not wait for it
            log.error(
                "%s draft for interview %s cannot be written (%s: %s); it stays planned until its deadline",
                followup.kind.value,
                followup.interview_id,
                type(exc).__name__,
                first_line(exc),
            )
            return False
        draft_id = draft_message_id(followup, self.author)
        earlier = earlier_draft_message_ids(followup, self.author)
        return self.executor.save_draft(SaveDraft(followup, record.interview, draft_id, raw, earlier))

    def _render(self, followup: FollowUp, interview: Interview, now: datetime) -> EmailMessage:
        """The draft from the user's templates; should one fail on this interview's data although it passed
        the checks at start-up, the bundled template still gives the user a draft."""
        notes = self.executor.store.notes(followup.interview_id)
        tz = self.settings.user.timezone
        choice = choose_language(interview, self.settings.drafts.language, self.settings.rules)
        try:
            return render_draft(
                followup, interview, self.author, self.templates, timezone=tz, now=now, notes=notes, choice=choice
            )
        except Exception as exc:
            log.error(
                "template for %s failed on interview %s (%s: %s); using the bundled template",
                followup.kind.value,
                followup.interview_id,
                type(exc).__name__,
                exc,
            )
            bundled = template_environment(None)
            kwargs = bundled_choice({"choice": choice})
            return render_draft(
                followup, interview, self.author, bundled, timezone=tz, now=now, notes=notes, choice=kwargs["choice"]
            )

    def skip_for(self, followup: FollowUp, interview: Interview) -> Skip | None:
        """Gather the facts a skip rule needs from the mailbox (read-only) and let the core decide.

        A mailbox that cannot answer (no Sent folder, a server error) means no skip: an extra draft is
        better than a missing one. A dropped connection is raised, to retry the whole draft later.
        """
        me = self.settings.user.addresses
        now = self.clock()
        tz = self.settings.user.timezone
        people = [*interview.interviewers, *([interview.organizer] if interview.organizer else [])]
        try:
            if followup.kind is Kind.THANK_YOU:
                sent = self._sent(Lookup(since=interview.start, to=tuple(p.email for p in followup.recipients)))
                return thank_you_skip(followup, interview, safe_facts(sent, tz, me), now, tz)
            sent = self._sent(Lookup(since=interview.start, to=tuple(p.email for p in people if p.email not in me)))
            sent_facts = safe_facts(sent, tz, me)
            drafted = [s.draft_id for s in self.executor.store.followups(interview.id, (State.DRAFTED,)) if s.draft_id]
            # Closest relatives first, should a long thread have to be cut short for the server's sake.
            ids = [interview.message_id, *(f.message_id for f in sent_facts), *drafted, *interview.references[::-1]]
            query = Lookup(
                since=interview.end,
                from_domains=tuple(sorted(company_domains(interview, me))),
                thread_ids=tuple(i for i in dict.fromkeys(ids) if i)[:MAX_THREAD_IDS],
                # The company's recruiting system writes from its own domain, under the company's name.
                from_names=(interview.company,) if interview.company and len(interview.company) > 2 else (),
            )
            source = self.mailbox.source
            received = [raw for folder in self.mailbox.folders for raw in source.lookup(folder, query)]
            return check_in_skip(interview, safe_facts(received, tz, me), sent_facts, me, now, tz, drafted)
        except TransientError:
            raise
        except FollowupError as exc:
            log.warning(
                "%s for interview %s: cannot check the mailbox for replies (%s); not skipping",
                followup.kind.value,
                followup.interview_id,
                exc,
            )
            return None

    def follow_drafts(self, stopping: Callable[[], bool], on_progress: Callable[[], None]) -> int:
        """Learn from Drafts and Sent (read-only) what became of each saved draft not settled yet: sent (and
        when), edited, deleted unsent. Returns how many changed. A draft is followed until a few days after
        it stopped being worth sending."""
        store = self.executor.store
        drafts = self.mailbox.drafts
        source = self.mailbox.source
        now = self.clock()
        tz, me = self.settings.user.timezone, self.settings.user.addresses
        sent_folder = source.sent_folder()
        changed = 0
        for stored in store.followups(states=(State.DRAFTED,)):
            followup = stored.followup
            if stored.fate in (Fate.SENT, Fate.DELETED) or not stored.draft_id:
                continue
            if now > followup.expires + FOLLOW_DRAFTS_FOR or stopping():
                continue
            record = store.interview_by_id(followup.interview_id)
            if record is None:
                continue
            interview = record.interview
            draft = Draft(
                message_id=stored.draft_id,
                saved=followup.due,
                recipients=frozenset(p.email.lower() for p in followup.recipients),
                subject=draft_subject(
                    followup,
                    interview,
                    self.author,
                    self.templates,
                    timezone=tz,
                    choice=choose_language(interview, self.settings.drafts.language, self.settings.rules),
                ),
                thread=frozenset(i for i in (interview.message_id, *interview.references) if i),
            )
            query = Lookup(since=followup.due, to=tuple(sorted(draft.recipients)))
            in_drafts = drafts.contains(stored.draft_id)
            edited = [] if in_drafts else safe_facts(source.lookup(drafts.folder(), query), tz, me)
            sent = None if sent_folder is None else safe_facts(source.lookup(sent_folder, query), tz, me)
            found = fate_of(draft, in_drafts, edited, sent)
            on_progress()
            if not store.set_fate(stored.id, found.fate.value, found.when):
                continue
            changed += 1
            if found.fate is not Fate.WAITING or stored.fate:
                log.info(
                    "%s draft for interview %s%s: %s",
                    followup.kind.value,
                    followup.interview_id,
                    to_names(followup.recipients),
                    FATE_WORDS[found.fate]
                    + (f" {found.when.astimezone(tz).isoformat(timespec='minutes')}" if found.when else ""),
                )
        return changed

    def _sent(self, query: Lookup) -> list[bytes]:
        folder = self.mailbox.source.sent_folder()
        if folder is None:
            if not self._sent_missing_logged:
                log.warning("no Sent folder found: thank-you notes you already sent cannot be noticed")
                self._sent_missing_logged = True
            return []
        return self.mailbox.source.lookup(folder, query)


def _reason_for_log(kind: Kind) -> str:
    """The skip's reason without names (the log is not the place for them; `followup list` shows them)."""
    return "already thanked" if kind is Kind.THANK_YOU else "the company wrote after the interview"
