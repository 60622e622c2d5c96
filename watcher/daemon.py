"""Wiring: the one module that joins the pure core to the adapters (mailbox, drafts, state, scheduler).

All mailbox reading and draft saving happens on the main thread, one item of work at a time, taken from
a queue that the IDLE watchers, the scheduler and signal handlers feed. That keeps the FETCH/APPEND
connection single-threaded and makes SIGTERM simple: the item in hand (an APPEND, say) is finished,
then the service exits.
"""

from __future__ import annotations

import logging
import queue
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .calendar_sync import CalendarSync
from .config import CalendarSettings, Settings
from .core import detect
from .core.agenda import adopt, same_meeting, with_invitation
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
from .core.mail import parse_message
from .core.outcomes import concerned
from .core.policy import make_plan, policy_for_interview
from .core.reconcile import Action, reconcile
from .core.skips import Skip, check_in_skip, company_domains, safe_facts, thank_you_skip
from .core.understand import Context, understand_message
from .errors import AuthError, ConfigError, FollowupError, ParseError, TransientError
from .guard import SURROUNDINGS, Guard, Input, content_key, error_line
from .limits import MESSAGE_SECONDS, time_limit
from .model import FollowUp, Interview, Kind
from .notify import DesktopNotifier
from .oauth2 import TokenSource, credential_for
from .planning import policy_for
from .report import outdated_draft
from .secrets import get_secret
from .sinks.drafts import DraftSink, DraftsMissing, ImapDrafts, MaildirDrafts, save_once
from .sources import Incoming, Lookup
from .sources.calendar import CalendarChanges, CalendarPoller, open_source
from .sources.imap import Backoff, IdleWatcher, ImapMailbox
from .sources.maildir import MaildirMailbox
from .store import DRAFTED, OFF, PLANNED, SAVING, SKIPPED, InstanceLock, Store, StoredFollowUp, StoredInterview
from .templating import template_environment
from .watch import FileWatch

log = logging.getLogger("followup")

FOLLOW_DRAFTS_FOR = timedelta(days=3)  # how long after a draft stopped being worth sending it is still followed
FATE_WORDS = {
    Fate.WAITING: "back in Drafts",
    Fate.EDITED: "edited, still in Drafts",
    Fate.SENT: "sent",
    Fate.DELETED: "deleted without being sent",
}
MAX_THREAD_IDS = 40  # Message-IDs searched for replies to one interview (each is two SEARCH keys)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def context_for(settings: Settings) -> Context:
    return Context(
        user_addresses=settings.user.addresses,
        timezone=settings.user.timezone,
        default_length=settings.timing.default_interview_length.delta,
    )


@dataclass
class Outcome:
    """What happened to one message, for the log and the Message-ID table."""

    label: str
    interview: Interview | None = None


class Service:
    """Reads new mail, keeps the plan, saves due drafts.

    `dry_run` goes through every step on an in-memory copy of the state, saves no draft and leaves the
    state folder untouched; `would_save` then lists the follow-ups that would have been saved.
    """

    def __init__(self, settings: Settings, *, dry_run: bool = False, clock: Clock = utc_now):
        self.settings = settings
        self.dry_run = dry_run
        self.clock = clock
        self.store = Store(settings.state_dir, snapshot=dry_run)
        self.guard = Guard(self.store)
        self.ctx = context_for(settings)
        self.policy = policy_for(settings)
        self.templates = template_environment(settings.drafts.templates)
        self.author = Author(settings.user.name, settings.user.email)
        self.notifier = DesktopNotifier("off" if dry_run else settings.notify.desktop)
        self.would_save: list[str] = []
        self._sent_missing_logged = False
        self._password: str | TokenSource | None = None
        if settings.imap is not None:
            self.mailbox = ImapMailbox(settings.imap, self.password, self.store, detect.CORE_TERMS, detect.THREAD_TERMS)
            self.drafts: DraftSink = ImapDrafts(self.mailbox, settings.imap.drafts)
            self.folders = settings.imap.folders
            self.lookback = settings.imap.lookback.delta
        else:
            assert settings.maildir is not None
            self.mailbox = MaildirMailbox(settings.maildir, self.store)
            self.drafts = MaildirDrafts(self.mailbox, settings.maildir.drafts)
            self.folders = settings.maildir.folders
            self.lookback = settings.maildir.lookback.delta
        self.on_planned: Callable[[str, str, datetime], None] | None = None
        self.calendars = {c.name: CalendarSync(self, c) for c in settings.calendars}
        self.calendar_pollers = [
            CalendarPoller(open_source(c, _secret_for(c)), c.poll_interval.delta.total_seconds())
            for c in settings.calendars
        ]
        # Set by SIGTERM: the message or draft in hand is finished, nothing new is started.
        self.stopping = threading.Event()
        # Called after each message read and each draft saved: the daemon's systemd watchdog ping.
        self.on_progress: Callable[[], None] = lambda: None
        if settings.imap is not None:
            self.mailbox.on_progress = lambda: self.on_progress()

    def password(self) -> str | TokenSource:
        """Fetched once and kept in memory only; a failed login forgets it so a changed one is picked up.

        For an OAuth2 account this is the TokenSource the access tokens come from (see watcher/oauth2.py).
        """
        if self._password is None:
            assert self.settings.imap is not None
            self._password = credential_for(self.settings.imap)
        return self._password

    def forget_password(self) -> None:
        self._password = None

    def close(self) -> None:
        for poller in self.calendar_pollers:
            poller.closing = True
            poller.source.close()
        self.notifier.flush()
        self.mailbox.close()
        self.store.close()

    # ---------------------------------------------------------------- reading

    def scan(self, folder: str) -> int:
        """Read and handle everything new in `folder`; returns how many messages were read."""
        count = 0
        since = self.clock() - self.lookback
        for incoming in self.mailbox.read_new(folder, since):
            # Checked before taking the next one: the checkpoint already covers every message handled.
            if self.stopping.is_set():
                break
            self.handle(incoming)
            self.on_progress()
            count += 1
        return count

    def handle(self, incoming: Incoming) -> Outcome:
        """One message through the pipeline, inside the guard (watcher/guard.py): whatever the message
        holds, and whatever a bug does with it, it costs that message only. One that fails is quarantined
        and the next one is read at once; reading it is also bounded in time (limits.MESSAGE_SECONDS)."""
        item = Input("message", incoming.ref, content_key(incoming.raw))
        outcome = self.guard.run(item, lambda: self._handle(incoming, item))
        return outcome if outcome is not None else Outcome("quarantined")

    def _handle(self, incoming: Incoming, item: Input) -> Outcome:
        try:
            with time_limit(MESSAGE_SECONDS):
                message = parse_message(incoming.raw, self.ctx.timezone)
        except ParseError as exc:
            log.warning("message %s skipped: %s", incoming.ref, exc)
            return Outcome("unreadable")
        item.name = message.message_id
        key = message.message_id or "sha256:" + _digest(incoming.raw[:8192])
        if self.store.seen(key):
            return Outcome("already read")
        with time_limit(MESSAGE_SECONDS):
            understanding = understand_message(message, self.ctx)
        problems = list(message.problems)
        if incoming.truncated:
            problems.insert(0, "larger than the read limit; only its beginning was read")
        if problems:  # one line per message, naming it, whatever went wrong in it
            log.warning(
                "message %s <%s> read with problems: %s",
                incoming.ref,
                _short(message.message_id),
                "; ".join(problems[:6]) + ("; ..." if len(problems) > 6 else ""),
            )
        outcome = self.apply(understanding, incoming.ref, message.message_id)
        if understanding.outcome:
            self.take_news(message, understanding, incoming.ref)
        self.store.mark_seen(key, incoming.ref, outcome.label)
        return outcome

    def take_news(self, message, understanding, ref: str) -> None:
        """A rejection, offer or next round ends the wait for the interviews it concerns: their pending
        check-in is dropped (shown in `followup list` with the news), in whatever thread the news came."""
        own = understanding.interview.key if understanding.interview is not None else None
        active = [r for r in self.store.interviews() if r.status == "active" and r.interview.key != own]
        me = self.settings.user.addresses
        hit = {i.key for i in concerned([r.interview for r in active], message, me, text=message.text)}
        for record in active:
            interview = record.interview
            if interview.key not in hit or interview.outcome == understanding.outcome:
                continue
            updated = replace(interview, outcome=understanding.outcome)
            self.store.save_interview(updated, record.status, record.source)
            self.replan(updated, keep_skipped=True)
            log.info(
                "interview %s: news in message %s <%s>: %s; no check-in",
                interview.id,
                ref,
                _short(message.message_id),
                understanding.outcome,
            )

    def apply(self, understanding, ref: str, message_id: str = "") -> Outcome:
        """Record what a message means for the plan: new, moved or cancelled interview, or nothing."""
        key = understanding.cancels or (understanding.interview.key if understanding.interview else None)
        if key is None and understanding.event is not None:
            key = f"ical:{understanding.event.uid}"
        stored = self.store.interview(key) if key else None
        if stored is None and understanding.interview is not None:
            # One interview, one plan: the same meeting may arrive as an email and as a calendar event.
            # A cancellation in words from another thread (or a scheduling service) names the interview by
            # its company, people and time: it cancels the one on record, whichever way that was read.
            twin = self._same_meeting(
                understanding.interview,
                from_calendar=ref.startswith("calendar:"),
                any_source=understanding.cancels is not None,
            )
            if twin is not None:
                understanding, key, stored = adopt(understanding, twin.interview), twin.interview.key, twin
        existing = stored.interview if stored else None
        if understanding.interview is None and existing is not None and understanding.event is not None:
            # An update of an interview on record that no longer reads like one is still that interview.
            from .core.understand import understand_event

            forced = understand_event(understanding.event, self.ctx, assume_interview=True)
            understanding = replace(understanding, interview=forced.interview)
        change = reconcile(understanding, existing)
        noun = "event" if ref.startswith("calendar:") else "message"
        where = f"{noun} {ref} <{_short(message_id)}>" if message_id else f"{noun} {ref}"
        if change.action is Action.UNCHANGED:
            return Outcome(change.reason, existing)
        if change.action is Action.IGNORE:
            if existing is not None or (understanding.verdict.is_interview and not understanding.cancels):
                log.info("%s: %s", where, change.reason)
            if stored is not None and understanding.interview is not None:
                self._keep_invitation(stored, understanding.interview)
            return Outcome(change.reason)
        interview = change.interview
        assert interview is not None
        if existing is not None and existing.outcome and not interview.outcome:
            interview = replace(interview, outcome=existing.outcome)  # an update does not undo news
        if change.action is Action.CANCEL:
            self.store.save_interview(interview, "declined" if interview.declined else "cancelled", ref)
            dropped = self.store.cancel_plan(interview.id, change.reason)
            for kind in Kind:
                self._unschedule(interview.id, kind)
            log.info("interview %s %s (%s): %d planned draft(s) dropped", interview.id, change.reason, where, dropped)
            self._tell_of_outdated_drafts(interview, "declined" if interview.declined else "cancelled")
            return Outcome(change.action.value, interview)
        self.store.save_interview(interview, "active", ref)
        if change.action is Action.NEW and understanding.reschedules:
            self._retire_superseded(interview, ref, where)
        followups = self.replan(interview)
        if interview.warnings and (existing is None or existing.warnings != interview.warnings):
            log.warning("interview %s: %s", interview.id, "; ".join(interview.warnings))
        if change.reason == "moved":
            self._tell_of_outdated_drafts(interview, "active")
        log.info(
            "interview %s %s from %s: ends %s (%s); %s",
            interview.id,
            "planned" if change.action is Action.NEW else change.reason,
            where,
            interview.end.astimezone(self.ctx.timezone).isoformat(timespec="minutes"),
            interview.end_source.value,
            _plan_words(followups, self.ctx.timezone),
        )
        return Outcome(change.action.value, interview)

    def _tell_of_outdated_drafts(self, interview: Interview, status: str) -> None:
        """Drafts already saved that this change made wrong (the interview moved or was called off): say what
        to do with them, in the journal and on the desktop, once per change."""
        record = StoredInterview(interview=interview, status=status, source="")
        for stored in self.store.followups(interview.id, (DRAFTED,)):
            advice = outdated_draft(stored, record, self.ctx.timezone, self.clock())
            if advice is None:
                continue
            kind = stored.followup.kind
            log.info("%s draft of interview %s, already in Drafts: %s", kind.value, interview.id, advice)
            about = " · ".join(x for x in (interview.company, interview.role) if x) or "your interview"
            what = "Thank-you" if kind is Kind.THANK_YOU else "Check-in"
            self.notifier.notify(f"{what} draft out of date", f"{about}: {advice}.")

    def _keep_invitation(self, stored, incoming: Interview) -> None:
        """The email invitation of an interview first read from a calendar: drafts reply to it, even when
        the calendar's copy was the newer revision."""
        if incoming.message_id and not stored.interview.message_id:
            self.store.save_interview(with_invitation(stored.interview, incoming), stored.status, stored.source)

    def _same_meeting(self, interview: Interview, *, from_calendar: bool, any_source: bool = False):
        """An active interview read the other way (mail for a calendar event, and the reverse) that is the
        same meeting. Two emails, or two events, with UIDs of their own are two interviews; `any_source`
        (a cancellation) looks at both."""
        for record in self.store.interviews():
            if record.status != "active":
                continue
            if not any_source and record.source.startswith("calendar:") == from_calendar:
                continue
            if same_meeting(interview, record.interview):
                return record
        return None

    def take_calendar(self, name: str, changes: CalendarChanges) -> int:
        """One calendar poll's changes into the plan; returns how many events were handed on.

        Calendar and mail are independent: nothing that goes wrong with a calendar reaches the mail side
        (what failed is looked at again within the calendar's next half hour)."""
        try:
            return self.calendars[name].apply(changes, self.clock())
        except Exception as exc:
            log.error("calendar %s: changes not taken in: %s: %s", name, type(exc).__name__, exc)
            return 0

    def poll_calendars(self) -> int:
        """`run --once`: read every calendar once (an unreachable one is logged and skipped)."""
        handed = 0
        for poller in self.calendar_pollers:
            changes = poller.poll()
            if changes is not None:
                handed += self.take_calendar(poller.name, changes)
        return handed

    def _retire_superseded(self, interview: Interview, ref: str, where: str) -> None:
        """A reschedule notice from another thread: the interview it moves no longer takes place."""
        from .core.threads import superseded

        active = [r.interview for r in self.store.interviews() if r.status == "active"]
        old = superseded(interview, active)
        if old is None:
            return
        self.store.save_interview(replace(old, cancelled=True), "cancelled", ref)
        dropped = self.store.cancel_plan(old.id, f"moved to interview {interview.id}")
        for kind in Kind:
            self._unschedule(old.id, kind)
        log.info("interview %s moved to %s (%s): %d planned draft(s) dropped", old.id, interview.id, where, dropped)
        self._tell_of_outdated_drafts(replace(old, cancelled=True), "cancelled")

    def replan(self, interview: Interview, *, keep_skipped: bool = False) -> list[FollowUp]:
        """Plan the interview's follow-ups under the policy in force (and its per-company rule) and schedule
        them. Drafts already saved stay as they are, and nobody gets a second draft of a kind: a new
        follow-up is dropped when the ones already saved reached all of its recipients."""
        policy = policy_for_interview(self.policy, self.settings.rules, interview)
        result = make_plan(interview, policy, self.ctx.timezone, me=self.settings.user.addresses)
        for note in result.notes:
            log.info("interview %s: %s", interview.id, note)
        done = self.store.followups(interview.id, (DRAFTED, SAVING))
        fresh = [f for f in result.followups if not _already_covered(f, done)]
        off = {f.id: why for f, why in result.off if not _already_covered(f, done)}
        followups = [*fresh, *(f for f, _ in result.off if f.id in off)]
        self.store.replace_plan(interview.id, followups, off=off, keep_skipped=keep_skipped)
        for kind in Kind:
            pending = [
                f.followup.due for f in self.store.followups(interview.id, (PLANNED,)) if f.followup.kind is kind
            ]
            if pending:
                self._schedule(interview.id, kind, min(pending))
            else:
                self._unschedule(interview.id, kind)
        return fresh

    def reconfigure(self, settings: Settings, templates) -> tuple[int, int]:
        """Take a new config (already validated) and re-plan every pending follow-up with it; returns how
        many follow-ups are pending now and how many of them moved (or were switched back on)."""
        self.settings = settings
        self.ctx = context_for(settings)
        self.policy = policy_for(settings)
        self.templates = templates
        self.author = Author(settings.user.name, settings.user.email)
        if not self.dry_run:
            self.notifier.mode = settings.notify.desktop
        before = {s.id: s.followup.due for s in self.store.followups(states=(PLANNED,))}
        touched = {s.followup.interview_id for s in self.store.followups(states=(PLANNED, OFF))}
        for interview_id in sorted(touched):
            record = self.store.interview_by_id(interview_id)
            if record is not None and record.status == "active":
                self.replan(record.interview, keep_skipped=True)
        after = {s.id: s.followup.due for s in self.store.followups(states=(PLANNED,))}
        moved = sum(1 for fid, due in after.items() if before.get(fid) != due)
        return len(after), moved

    def _schedule(self, interview_id: str, kind: Kind, due: datetime | None) -> None:
        """The scheduler follows the state: told once the input's transaction is kept, never if undone."""
        on_planned = self.on_planned
        if on_planned:
            self.store.on_commit(lambda: on_planned(interview_id, kind.value, due))

    def _unschedule(self, interview_id: str, kind: Kind) -> None:
        self._schedule(interview_id, kind, None)

    # ---------------------------------------------------------------- drafting

    def run_due(self) -> int:
        """Save every draft whose time has come; returns how many were saved."""
        saved = 0
        for stored in self.store.due(self.clock()):
            if self.stopping.is_set():
                break
            try:
                if self.create_draft(stored):
                    saved += 1
            except (FollowupError, *SURROUNDINGS):
                raise  # the server, the login or the state: retried as a whole later
            except Exception as exc:  # a bug on this follow-up's data must not hold up the drafts after it
                log.error(
                    "%s draft for interview %s failed (%s); it stays planned, the others go ahead",
                    stored.followup.kind.value,
                    stored.followup.interview_id,
                    error_line(exc),
                )
            self.on_progress()
        return saved

    def create_draft(self, stored: StoredFollowUp) -> bool:
        followup = stored.followup
        record = self.store.interview_by_id(followup.interview_id)
        now = self.clock()
        if record is None or record.status != "active":
            self.store.mark(followup.id, SKIPPED, "the interview is no longer active")
            return False
        if stored.state == PLANNED and now > followup.expires:
            local = followup.expires.astimezone(self.ctx.timezone).isoformat(timespec="minutes")
            self.store.mark(followup.id, SKIPPED, f"too late: worth sending only until {local}")
            log.info(
                "%s draft for interview %s skipped: due time passed while stopped",
                followup.kind.value,
                followup.interview_id,
            )
            return False
        if stored.state == PLANNED:
            skip = self.skip_for(followup, record.interview)
            if skip is not None:
                self.store.mark(followup.id, SKIPPED, skip.reason)
                log.info(
                    "%s draft for interview %s skipped: %s (message <%s>)",
                    followup.kind.value,
                    followup.interview_id,
                    _reason_for_log(followup.kind),
                    skip.message_id,
                )
                return False
        draft_id = draft_message_id(followup, self.author)
        try:
            message = self._render(followup, record.interview, now)
            raw = message.as_bytes()
        except Exception as exc:  # a template failing on this data, say: the next drafts must not wait for it
            log.error(
                "%s draft for interview %s cannot be written (%s: %s); it stays planned until its deadline",
                followup.kind.value,
                followup.interview_id,
                type(exc).__name__,
                _first_line(exc),
            )
            return False
        if self.dry_run:
            self.would_save.append(followup.id)
            log.info(
                "%s draft for interview %s would be saved now (dry run)", followup.kind.value, followup.interview_id
            )
            self.store.mark(followup.id, DRAFTED, "dry run", draft_id)  # in the in-memory copy only
            return False
        folder = self.drafts.folder()  # a missing Drafts folder leaves the draft planned, not half-saved
        # Recorded before the APPEND: after a crash, "saving" means "look in Drafts before saving again".
        self.store.mark(followup.id, SAVING, "", draft_id)
        found = save_once(self.drafts, draft_id, raw, earlier_draft_message_ids(followup, self.author))
        saved = found is None
        self.store.mark(followup.id, DRAFTED, "saved" if saved else "found already saved", found or draft_id)
        log.info(
            "%s draft for interview %s%s %s in %s",
            followup.kind.value,
            followup.interview_id,
            _to_names(followup.recipients),
            "saved" if saved else "was already",
            folder,
        )
        if saved:
            self.notifier.notify(*_notification(followup, record.interview, self.drafts.folder(), self.ctx.timezone))
        return saved

    def _render(self, followup: FollowUp, interview: Interview, now: datetime):
        """The draft from the user's templates; should one fail on this interview's data although it passed
        the checks at start-up, the bundled template still gives the user a draft."""
        notes = self.store.notes(followup.interview_id)
        choice = choose_language(interview, self.settings.drafts.language, self.settings.rules)
        kwargs = {"timezone": self.ctx.timezone, "now": now, "notes": notes, "choice": choice}
        try:
            return render_draft(followup, interview, self.author, self.templates, **kwargs)
        except Exception as exc:
            log.error(
                "template for %s failed on interview %s (%s: %s); using the bundled template",
                followup.kind.value,
                followup.interview_id,
                type(exc).__name__,
                exc,
            )
            return render_draft(followup, interview, self.author, template_environment(None), **bundled_choice(kwargs))

    # ---------------------------------------------------------------- what became of the drafts

    def follow_drafts(self) -> int:
        """Learn from Drafts and Sent (read-only) what became of each saved draft not settled yet: sent (and
        when), edited, deleted unsent. Returns how many changed. A draft is followed until a few days after
        it stopped being worth sending."""
        now = self.clock()
        tz, me = self.ctx.timezone, self.settings.user.addresses
        sent_folder = self.mailbox.sent_folder()
        changed = 0
        for stored in self.store.followups(states=(DRAFTED,)):
            followup = stored.followup
            if stored.fate in (Fate.SENT, Fate.DELETED) or not stored.draft_id:
                continue
            if now > followup.expires + FOLLOW_DRAFTS_FOR or self.stopping.is_set():
                continue
            record = self.store.interview_by_id(followup.interview_id)
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
            in_drafts = self.drafts.contains(stored.draft_id)
            edited = [] if in_drafts else safe_facts(self.mailbox.lookup(self.drafts.folder(), query), tz, me)
            sent = None if sent_folder is None else safe_facts(self.mailbox.lookup(sent_folder, query), tz, me)
            found = fate_of(draft, in_drafts, edited, sent)
            self.on_progress()
            if not self.store.set_fate(stored.id, found.fate.value, found.when):
                continue
            changed += 1
            if found.fate is not Fate.WAITING or stored.fate:
                log.info(
                    "%s draft for interview %s%s: %s",
                    followup.kind.value,
                    followup.interview_id,
                    _to_names(followup.recipients),
                    FATE_WORDS[found.fate]
                    + (f" {found.when.astimezone(tz).isoformat(timespec='minutes')}" if found.when else ""),
                )
        return changed

    # ---------------------------------------------------------------- skip rules

    def skip_for(self, followup: FollowUp, interview: Interview) -> Skip | None:
        """Gather the facts a skip rule needs from the mailbox (read-only) and let the core decide.

        A mailbox that cannot answer (no Sent folder, a server error) means no skip: an extra draft is
        better than a missing one. A dropped connection is raised, to retry the whole draft later.
        """
        me = self.settings.user.addresses
        now = self.clock()
        tz = self.ctx.timezone
        people = [*interview.interviewers, *([interview.organizer] if interview.organizer else [])]
        try:
            if followup.kind is Kind.THANK_YOU:
                sent = self._sent(Lookup(since=interview.start, to=tuple(p.email for p in followup.recipients)))
                return thank_you_skip(followup, interview, safe_facts(sent, tz, me), now, tz)
            sent = self._sent(Lookup(since=interview.start, to=tuple(p.email for p in people if p.email not in me)))
            sent_facts = safe_facts(sent, tz, me)
            drafted = [s.draft_id for s in self.store.followups(interview.id, (DRAFTED,)) if s.draft_id]
            # Closest relatives first, should a long thread have to be cut short for the server's sake.
            ids = [interview.message_id, *(f.message_id for f in sent_facts), *drafted, *interview.references[::-1]]
            query = Lookup(
                since=interview.end,
                from_domains=tuple(sorted(company_domains(interview, me))),
                thread_ids=tuple(i for i in dict.fromkeys(ids) if i)[:MAX_THREAD_IDS],
                # The company's recruiting system writes from its own domain, under the company's name.
                from_names=(interview.company,) if interview.company and len(interview.company) > 2 else (),
            )
            received = [raw for folder in self.folders for raw in self.mailbox.lookup(folder, query)]
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

    def _sent(self, query: Lookup) -> list[bytes]:
        folder = self.mailbox.sent_folder()
        if folder is None:
            if not self._sent_missing_logged:
                log.warning("no Sent folder found: thank-you notes you already sent cannot be noticed")
                self._sent_missing_logged = True
            return []
        return self.mailbox.lookup(folder, query)

    # ---------------------------------------------------------------- one pass

    def run_once(self) -> dict[str, int]:
        """Scan every folder, plan, save every draft that is due, then return counts."""
        read = sum(self.scan(folder) for folder in self.folders)
        events = self.poll_calendars()
        saved = self.run_due()
        self.follow_drafts()
        counts = {"read": read, "saved": saved}
        if self.calendar_pollers:
            counts["calendar_events"] = events
            counts["calendars_unread"] = sum(1 for poller in self.calendar_pollers if poller.failures)
        return counts

    def unread_calendars(self) -> list[str]:
        """Why each calendar that could not be read in the last poll failed (one line each, no secret)."""
        return [poller.last_error for poller in self.calendar_pollers if poller.failures]

    def due_jobs(self) -> dict[tuple[str, str], datetime]:
        jobs: dict[tuple[str, str], datetime] = {}
        for stored in self.store.followups(states=(PLANNED,)):
            key = (stored.followup.interview_id, stored.followup.kind.value)
            jobs[key] = min(jobs.get(key, stored.followup.due), stored.followup.due)
        return jobs


def _secret_for(calendar: CalendarSettings) -> Callable[[], str] | None:
    if calendar.password is None:
        return None
    return lambda: get_secret(calendar.password, calendar.keyring_user)


def _short(text: str, limit: int = 120) -> str:
    """A Message-ID for a log line: a hostile one can be megabytes long."""
    return text if len(text) <= limit else text[:limit] + "..."


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [""])[0][:200]


def _digest(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()[:32]


def _already_covered(followup: FollowUp, done: list[StoredFollowUp]) -> bool:
    """A follow-up whose kind was already saved for everyone it addresses (one check-in per interview)."""
    same = [s.followup for s in done if s.followup.kind is followup.kind]
    if not same:
        return False
    if followup.kind is Kind.CHECK_IN:
        return True
    reached = {p.email for s in same for p in s.recipients}
    return {p.email for p in followup.recipients} <= reached


def _to_names(people: tuple) -> str:
    """ " to Dana Whitfield and Sam Ortiz": which of an interview's drafts a line is about (names, no address)."""
    names = [p.name or p.email.partition("@")[0] for p in people]
    if not names:
        return ""
    if len(names) > 4:  # one draft to a whole team: a log line, not a roll call
        names = [*names[:3], f"{len(names) - 3} others"]
    return " to " + (" and ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + " and " + names[-1])


def _reason_for_log(kind: Kind) -> str:
    """The skip's reason without names (the log is not the place for them; `followup list` shows them)."""
    return "already thanked" if kind is Kind.THANK_YOU else "the company wrote after the interview"


def _notification(followup: FollowUp, interview: Interview, folder: str, tz) -> tuple[str, str]:
    what = "Thank-you" if followup.kind is Kind.THANK_YOU else "Check-in"
    about = " · ".join(x for x in (interview.company, interview.role) if x) or "your interview"
    to = ", ".join(p.name or p.email for p in followup.recipients)
    send_by = followup.send_by.astimezone(tz)
    body = f"{about}{f', to {to}' if to else ''}. In {folder}; send it by {send_by:%a %d %b %H:%M}."
    return f"{what} draft ready", body


def _plan_words(followups: list[FollowUp], tz) -> str:
    if not followups:
        return "no follow-up planned"
    parts = []
    for kind in Kind:
        times = sorted({f.due for f in followups if f.kind is kind})
        if times:
            parts.append(f"{kind.value} at {times[0].astimezone(tz).isoformat(timespec='minutes')}")
    return ", ".join(parts)


# ---------------------------------------------------------------- the long-running service


class Daemon:
    """`followup run`: the Service plus IDLE watchers, the scheduler, signals and retries."""

    RETRY_IDLE_SCAN = 300.0  # even with IDLE, look again now and then: a missed notification costs nothing
    WATCH_INTERVAL = 2.0  # how often the config and template files are checked for edits
    FOLLOW_DRAFTS_EVERY = 60.0  # Drafts and Sent are looked at after a scan, at most this often

    def __init__(self, settings: Settings):
        from .scheduling import Scheduler

        self.settings = settings
        self.lock = InstanceLock(settings.state_dir)
        self.lock.acquire()
        self.service = Service(settings)
        # SimpleQueue: its put() is reentrant, so the signal handlers may call it even when the signal
        # lands while the main thread is inside put()/get() (queue.Queue would deadlock on its lock).
        self.work: queue.SimpleQueue[tuple] = queue.SimpleQueue()
        self.stopping = self.service.stopping
        self.service.on_progress = self._alive
        self._watchdog = watchdog_interval()
        self._progress_at = time.monotonic()
        self.scheduler = Scheduler(settings.state_dir, self._due)
        self.service.on_planned = self._planned
        self.watchers: list[IdleWatcher] = []
        self._scan_backoff = Backoff(first=2.0, cap=300.0)
        self._draft_backoff = Backoff(first=5.0, cap=600.0)
        # One pending retry per kind of work: a failing draft must not cancel the retry of a failed scan.
        self._retry_timers: dict[tuple, tuple[float, threading.Timer]] = {}
        # Looking for a missing Drafts folder costs one LIST: keep doing it every minute or two at most.
        self._drafts_missing_backoff = Backoff(first=5.0, cap=120.0)
        self._unscanned: list[str] = []  # folders of the scan batch in hand not yet read to the end
        self._drafts_followed_at = float("-inf")
        self.watch = FileWatch(
            self._watched_files, lambda: self.work.put(("reload", "file changed")), self.WATCH_INTERVAL
        )

    def _watched_files(self) -> list[Path]:
        files = [self.settings.path]
        if self.settings.drafts.templates is not None:
            files.append(self.settings.drafts.templates)
        return files

    # callbacks from other threads: they only enqueue
    def _due(self, interview_id: str, kind: str) -> None:
        self.work.put(("due", interview_id, kind))

    def _changed(self, folder: str) -> Callable[[str], None]:
        return lambda why: self.work.put(("scan", folder, why))

    def _watch_error(self, error: FollowupError) -> None:
        if isinstance(error, AuthError):
            self.service.forget_password()
            log.error("%s", error)
        else:
            log.warning("%s", error)

    def _planned(self, interview_id: str, kind: str, due: datetime | None) -> None:
        if due is None:
            self.scheduler.remove(interview_id, kind)
        else:
            self.scheduler.put(interview_id, kind, due)

    def stop(self, *_: object) -> None:
        self.stopping.set()
        self.work.put(("stop",))

    def run(self) -> int:
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        signal.signal(signal.SIGHUP, lambda *_: self.work.put(("reload", "SIGHUP")))
        service = self.service
        self.scheduler.rebuild(service.due_jobs())
        self.scheduler.start()
        log.info("followup started: watching %s (%s)", ", ".join(service.folders), service.mailbox.name)
        for cal in self.settings.calendars:
            log.info("calendar %s: %s %s, polled every %s", cal.name, cal.type, cal.where, cal.poll_interval)
        self._start_watchers()
        self.watch.start()
        notify("READY=1")
        if self._watchdog:
            threading.Thread(target=self._feed_watchdog, name="watchdog", daemon=True).start()
        self.work.put(("due", "", ""))  # drafts that came due while the service was down
        try:
            while not self.stopping.is_set():
                try:
                    item = self.work.get(timeout=self._heartbeat())
                except queue.Empty:
                    self._alive()
                    continue
                self._alive()
                if item[0] == "stop" or self.stopping.is_set():
                    break
                self._do(item)
        finally:
            notify("STOPPING=1")
            self.watch.stop()
            for watcher in self.watchers:
                watcher.stop()
            self.scheduler.shutdown()
            for _, timer in list(self._retry_timers.values()):
                timer.cancel()
            service.close()
            self.lock.release()
            log.info("followup stopped")
        return 0

    def _heartbeat(self) -> float:
        return min(10.0, self._watchdog / 4) if self._watchdog else 10.0

    def _alive(self) -> None:
        """The main thread made progress: called between items, messages, drafts and server round trips."""
        self._progress_at = time.monotonic()

    def _feed_watchdog(self) -> None:
        """Ping systemd every quarter of WatchdogSec while the main thread shows it is working: it made
        progress within the last half, or it is waiting on the server (a wait the socket timeout bounds,
        however long one SEARCH of a big mailbox takes). Stuck anywhere else, the pings stop and systemd
        restarts the service."""
        while not self.stopping.wait(self._watchdog / 4):
            now = time.monotonic()
            waiting = getattr(self.service.mailbox, "waiting_since", None)
            if now - self._progress_at < self._watchdog / 2 or (
                waiting is not None and now - waiting < ROUND_TRIP_LIMIT
            ):
                notify("WATCHDOG=1")

    def _start_watchers(self) -> None:
        if self.settings.imap is not None:
            for folder in self.service.folders:
                watcher = IdleWatcher(
                    self.settings.imap, self.service.password, folder, self._changed(folder), self._watch_error
                )
                watcher.start()
                self.watchers.append(watcher)
        else:
            interval = self.settings.maildir.poll_interval.delta.total_seconds()
            threading.Thread(target=self._poll_maildir, args=(interval,), name="maildir-poll", daemon=True).start()
        for poller in self.service.calendar_pollers:
            name = f"calendar-{poller.name}"
            threading.Thread(target=self._poll_calendar, args=(poller,), name=name, daemon=True).start()

    def _poll_calendar(self, poller: CalendarPoller) -> None:
        """Network I/O happens here, off the main loop: a slow calendar never holds up mail or drafts."""
        while not self.stopping.is_set():
            changes = poller.poll()
            if changes is not None:
                self.work.put(("calendar", poller.name, changes))
            if self.stopping.wait(poller.delay()):
                break

    def _take_calendar(self, name: str, changes: CalendarChanges) -> None:
        if self.service.take_calendar(name, changes):
            self.work.put(("due", "", ""))  # an interview that already ended may have a draft due now

    def _poll_maildir(self, interval: float) -> None:
        for folder in self.service.folders:
            self.work.put(("scan", folder, "start"))
        while not self.stopping.wait(max(interval, 0.5)):
            for folder in self.service.folders:
                self.work.put(("scan", folder, "poll"))

    def _do(self, item: tuple) -> None:
        kind = item[0]
        self._unscanned = []
        try:
            if kind == "scan":
                self._drain_scans(item[1], item[2] if len(item) > 2 else "")
                self._scan_backoff.reset()
            elif kind == "due":
                self.service.run_due()
                self._draft_backoff.reset()
                self._drafts_missing_backoff.reset()
            elif kind == "calendar":
                self._take_calendar(item[1], item[2])
            elif kind == "reload":
                self.reload(item[1] if len(item) > 1 else "requested")
        except AuthError as exc:
            self.service.forget_password()
            log.error("%s", exc)
            self._again(item, self._scan_backoff.next(long=True))
        except DraftsMissing as exc:
            log.error("%s", exc)
            self._retry(("due", "", ""), self._drafts_missing_backoff.next())
        except (TransientError, FollowupError) as exc:
            log.warning("%s; will retry", exc)
            backoff = self._scan_backoff if kind == "scan" else self._draft_backoff
            self._again(item, backoff.next())
        except Exception as exc:  # a bug must not end the service; it is retried like a fault, and logged
            log.error("internal error while doing %s: %s: %s; will retry", kind, type(exc).__name__, exc)
            backoff = self._scan_backoff if kind == "scan" else self._draft_backoff
            self._again(item, backoff.next())

    def _drain_scans(self, folder: str, why: str = "") -> None:
        """Coalesce a burst of notifications into one scan per folder."""
        folders = {folder}
        reasons = {why}
        pending = []
        while True:
            try:
                item = self.work.get_nowait()
            except queue.Empty:
                break
            if item[0] == "scan":
                folders.add(item[1])
                reasons.add(item[2] if len(item) > 2 else "")
            else:
                pending.append(item)
        if "reconnected" in reasons and hasattr(self.service.mailbox, "renew_connection"):
            self.service.mailbox.renew_connection()  # the IDLE connection died: do not wait on this one too
        for item in pending:
            self.work.put(item)
        self._unscanned = sorted(folders)
        while self._unscanned and not self.stopping.is_set():
            self.service.scan(self._unscanned[0])
            self._unscanned.pop(0)
        self.service.run_due()
        if time.monotonic() - self._drafts_followed_at >= self.FOLLOW_DRAFTS_EVERY:
            self._drafts_followed_at = time.monotonic()
            self.service.follow_drafts()

    def _again(self, item: tuple, delay: float) -> None:
        """Retry `item` after `delay`; for a scan, every folder of the coalesced batch not read to the end."""
        if item[0] == "scan":
            for folder in self._unscanned or [item[1]]:
                self._retry(("scan", folder, "retry"), delay)
        else:
            self._retry(item, delay)

    def _retry(self, item: tuple, delay: float) -> None:
        """Do `item` again after `delay`, unless a retry of the same item is already due sooner."""
        key = item[:2]
        when = time.monotonic() + delay
        previous = self._retry_timers.get(key)
        if previous and previous[1].is_alive():
            if previous[0] <= when:
                return
            previous[1].cancel()
        timer = threading.Timer(delay, lambda: self.work.put(item))
        timer.daemon = True
        self._retry_timers[key] = (when, timer)
        timer.start()

    def reload(self, why: str = "requested") -> None:
        """Re-read the config and the templates; if both are valid, use them and re-plan every pending
        follow-up (their jobs move with them). If not, keep running on the old ones and say why."""
        from .config import load_config

        try:
            settings = load_config(self.settings.path)
            templates = template_environment(settings.drafts.templates)
        except ConfigError as exc:
            log.error("reload (%s) failed, still using the previous config: %s", why, exc)
            self.watch.rebase()  # the broken file is noticed again only when it changes again
            return
        fixed = []
        if (settings.imap, settings.maildir) != (self.settings.imap, self.settings.maildir):
            fixed.append("the mailbox settings")
        if settings.state_dir != self.settings.state_dir:
            fixed.append("state.dir")
        if fixed:
            log.warning("reload: changes to %s take effect at the next restart", " and ".join(fixed))
            settings = replace(
                settings, imap=self.settings.imap, maildir=self.settings.maildir, state_dir=self.settings.state_dir
            )
        self.settings = settings
        self.watch.rebase()
        pending, moved = self.service.reconfigure(settings, templates)
        log.info("config reloaded (%s): %d pending follow-up(s) re-planned, %d moved", why, pending, moved)


ROUND_TRIP_LIMIT = 600.0  # a server round trip longer than this (bytes trickling in forever) counts as stuck


def watchdog_interval() -> float:
    """WatchdogSec in seconds when systemd asked this process for pings, else 0."""
    import os

    usec = os.environ.get("WATCHDOG_USEC", "")
    pid = os.environ.get("WATCHDOG_PID", "")
    if not usec.isdigit() or (pid and pid != str(os.getpid())):
        return 0.0
    return int(usec) / 1_000_000


def notify(state: str) -> None:
    """sd_notify without a dependency: a datagram to $NOTIFY_SOCKET when systemd gave us one."""
    import os
    import socket

    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return
    if address.startswith("@"):
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(state.encode())
    except OSError:
        pass
