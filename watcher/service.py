"""The service's parts, wired: mail intake and calendar syncs feed `core.decide` through the executor; the
drafter saves what came due. One pass of it is `followup run --once`; the daemon runs it for good."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from .calendar_sync import CalendarSync
from .config import CalendarSettings, Settings
from .core.decide import Outcome, PlanSettings, Records, replan
from .core.understand import Context
from .drafting import Drafter
from .executor import DryRun, Executor, Wake
from .guard import Guard
from .intake import MailIntake
from .mailbox import open_mailbox
from .model import State, Status, Understanding
from .notices import DraftNotices
from .notify import DesktopNotifier
from .oauth2 import TokenSource, credential_for
from .planning import policy_for
from .pool import Pool
from .secrets import get_secret
from .sources import Incoming
from .sources.calendar import CalendarChanges, CalendarPoller, open_source
from .sources.imap import ImapMailbox
from .store import Store
from .templating import template_environment

log = logging.getLogger("followup")

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def context_for(settings: Settings) -> Context:
    return Context(settings.user.addresses, settings.user.timezone, settings.timing.default_interview_length.delta)


class Service:
    """Reads new mail and calendars, keeps the plan, saves due drafts. `executor` chooses what applying
    means: `dry_run()` builds one whose state is an in-memory copy and which prints what it would do."""

    def __init__(self, settings: Settings, *, clock: Clock = utc_now, dry: bool = False):
        self.clock = clock
        now = lambda: self.clock()  # noqa: E731 - the parts follow the service's clock, also when it is set later
        self.store = Store(settings.state_dir, snapshot=dry)
        self._password: str | TokenSource | None = None
        self.mailbox = open_mailbox(settings, self.store, self.password)
        self.notifier = DesktopNotifier("off" if dry else settings.notify.desktop)
        notices = DraftNotices(self.notifier, self.store, lambda: self.ctx.timezone, now)
        self.executor = (
            DryRun(self.store)
            if dry
            else Executor(self.store, None, self.mailbox.drafts, notices.saved, notices.outdated)
        )
        self.guard = Guard(self.store)
        self.intake = MailIntake(self.executor, self.guard, lambda: self.plan_settings, now)
        self.drafter = Drafter(self.executor, self.mailbox, now)
        self._configure(settings, template_environment(settings.drafts.templates))
        self.calendars = {
            c.name: CalendarSync(c, self.store, lambda: self.ctx, self.take, self.guard) for c in settings.calendars
        }
        self.calendar_pollers = [
            CalendarPoller(open_source(c, _secret_for(c)), c.poll_interval.delta.total_seconds())
            for c in settings.calendars
        ]
        self.stopping = threading.Event()  # set by SIGTERM: the item in hand is finished, nothing new started
        self.on_progress: Callable[[], None] = lambda: None  # after each message and draft: the watchdog ping
        self.pool: Pool | None = None
        if isinstance(self.mailbox.source, ImapMailbox):
            self.mailbox.source.on_progress = lambda: self.on_progress()
            self.pool = _equip_imap(self.mailbox.source, self.store, lambda: self.ctx)

    @classmethod
    def dry_run(cls, settings: Settings) -> Service:
        return cls(settings, dry=True)

    def set_wake(self, wake: Wake) -> None:
        self.executor.wake = wake

    def password(self) -> str | TokenSource:
        """Fetched once and kept in memory only; a failed login forgets it so a changed one is picked up.
        For an OAuth2 account this is the TokenSource the access tokens come from (see watcher/oauth2.py)."""
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
        if self.pool is not None:
            self.pool.close()
        self.mailbox.close()
        self.store.close()

    def scan(self, folder: str) -> int:
        """Read and handle everything new in `folder`; returns how many messages were read."""
        count = 0
        for incoming in self.mailbox.source.read_new(folder, self.clock() - self.mailbox.lookback):
            if self.stopping.is_set():  # the checkpoint already covers every message handled
                break
            self.handle(incoming)
            self.on_progress()
            count += 1
        return count

    def handle(self, incoming: Incoming) -> Outcome:
        return self.intake.handle(incoming)

    def take(self, understanding: Understanding, source: str) -> Outcome:
        """One calendar occurrence (or its deletion) into the plan."""
        return self.executor.take(understanding, self.plan_settings, self.clock(), source=source)

    def take_calendar(self, name: str, changes: CalendarChanges) -> int:
        """One calendar poll's changes into the plan; returns how many events were handed on. Nothing that
        goes wrong with a calendar reaches the mail side (it is looked at again at the next poll)."""
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

    def run_due(self) -> int:
        """Save every draft whose time has come; returns how many were saved."""
        return self.drafter.run_due(self.stopping.is_set, self.on_progress)

    def follow_drafts(self) -> int:
        """What became of the drafts saved lately (sent, edited, deleted), from Drafts and Sent, read-only."""
        return self.drafter.follow_drafts(self.stopping.is_set, self.on_progress)

    def run_once(self) -> dict[str, int]:
        """Scan every folder, plan, save every draft that is due, then return counts."""
        counts = {"read": sum(self.scan(folder) for folder in self.mailbox.folders)}
        events = self.poll_calendars()
        counts["saved"] = self.run_due()
        self.follow_drafts()
        if self.calendar_pollers:
            counts["calendar_events"] = events
            counts["calendars_unread"] = len(self.unread_calendars())
        return counts

    def unread_calendars(self) -> list[str]:
        """Why each calendar that could not be read in the last poll failed (one line each, no secret)."""
        return [poller.last_error for poller in self.calendar_pollers if poller.failures]

    def reconfigure(self, settings: Settings, templates) -> tuple[int, int]:
        """Take a new config (already validated) and re-plan every pending follow-up with it; returns how
        many follow-ups are pending now and how many of them moved (or were switched back on)."""
        self._configure(settings, templates)
        before = {s.id: s.followup.due for s in self.store.followups(states=(State.PLANNED,))}
        touched = {s.followup.interview_id for s in self.store.followups(states=(State.PLANNED, State.OFF))}
        for interview_id in sorted(touched):
            record = self.store.interview_by_id(interview_id)
            if record is not None and record.status is Status.ACTIVE:
                records = Records(followups=tuple(self.store.followups(interview_id)))
                self.executor.run(replan(record.interview, records, self.plan_settings, keep_skipped=True))
        after = {s.id: s.followup.due for s in self.store.followups(states=(State.PLANNED,))}
        return len(after), sum(1 for fid, due in after.items() if before.get(fid) != due)

    def _configure(self, settings: Settings, templates) -> None:
        self.settings, self.ctx = settings, context_for(settings)
        self.plan_settings = PlanSettings(self.ctx, policy_for(settings), settings.rules)
        self.drafter.configure(settings, templates)
        self.notifier.mode = "off" if isinstance(self.executor, DryRun) else settings.notify.desktop

    def due_jobs(self) -> dict[tuple[str, str], datetime]:
        jobs: dict[tuple[str, str], datetime] = {}
        for stored in self.store.followups(states=(State.PLANNED,)):
            key = (stored.followup.interview_id, stored.followup.kind.value)
            jobs[key] = min(jobs.get(key, stored.followup.due), stored.followup.due)
        return jobs


def _equip_imap(source: ImapMailbox, store: Store, context: Callable[[], Context]) -> Pool:
    """What the service adds to an IMAP source: a pool whose workers take each batch before its messages are
    taken in (a first start's thousands of messages understood on the other cores, watcher/pool.py), and the
    companies of the interviews on record, so that their news passes its sieve after a restart as before."""
    pool = Pool()
    source.ahead = lambda items, count: pool.ahead(items, context(), count)
    source.warm = pool.warm
    source.remember_organisations(store.interview_domains())
    return pool


def _secret_for(calendar: CalendarSettings) -> Callable[[], str] | None:
    ref = calendar.password
    if ref is None:
        return None
    return lambda: get_secret(ref, calendar.keyring_user)
