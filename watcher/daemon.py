"""`followup run`: the service kept running, with IDLE watchers, the scheduler, signals and retries.

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
from datetime import datetime
from pathlib import Path

from .config import Settings
from .errors import AuthError, ConfigError, FollowupError, TransientError
from .service import Service, context_for, utc_now
from .sinks.drafts import DraftsMissing
from .sources.calendar import CalendarChanges, CalendarPoller
from .sources.imap import Backoff, IdleWatcher, ImapMailbox
from .store import InstanceLock
from .templating import template_environment
from .watch import FileWatch

__all__ = ["Daemon", "Service", "context_for", "utc_now"]

log = logging.getLogger("followup")


# ---------------------------------------------------------------- the work items of the main loop


@dataclass(frozen=True)
class Scan:
    """Read what is new in a folder (IDLE said so, a poll, a retry)."""

    folder: str
    why: str = ""


@dataclass(frozen=True)
class Due:
    """Save the drafts whose time has come (a scheduler job for one interview, or a general look)."""

    interview_id: str = ""
    kind: str = ""


@dataclass(frozen=True)
class TakeCalendar:
    """A calendar poller's changes, read off the main loop, to be taken into the plan on it."""

    name: str
    changes: CalendarChanges


@dataclass(frozen=True)
class Reload:
    why: str = "requested"


@dataclass(frozen=True)
class Stop:
    pass


Work = Scan | Due | TakeCalendar | Reload | Stop


def retry_key(item: Work) -> tuple[str, str]:
    """One pending retry per kind of work and target: a failing draft must not cancel a scan's retry."""
    if isinstance(item, Scan):
        return ("scan", item.folder)
    if isinstance(item, Due):
        return ("due", item.interview_id)
    if isinstance(item, TakeCalendar):
        return ("calendar", item.name)
    return (type(item).__name__.lower(), "")


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
        self.work: queue.SimpleQueue[Work] = queue.SimpleQueue()
        self.stopping = self.service.stopping
        self.service.on_progress = self._alive
        self._watchdog = watchdog_interval()
        self._progress_at = time.monotonic()
        self.scheduler = Scheduler(settings.state_dir, self._due)
        self.service.set_wake(self._planned)
        self.watchers: list[IdleWatcher] = []
        self._scan_backoff = Backoff(first=2.0, cap=300.0)
        self._draft_backoff = Backoff(first=5.0, cap=600.0)
        # One pending retry per kind of work: a failing draft must not cancel the retry of a failed scan.
        self._retry_timers: dict[tuple[str, str], tuple[float, threading.Timer]] = {}
        # Looking for a missing Drafts folder costs one LIST: keep doing it every minute or two at most.
        self._drafts_missing_backoff = Backoff(first=5.0, cap=120.0)
        self._unscanned: list[str] = []  # folders of the scan batch in hand not yet read to the end
        self._drafts_followed_at = float("-inf")
        self.watch = FileWatch(self._watched_files, lambda: self.work.put(Reload("file changed")), self.WATCH_INTERVAL)

    def _watched_files(self) -> list[Path]:
        files = [self.settings.path]
        if self.settings.drafts.templates is not None:
            files.append(self.settings.drafts.templates)
        return files

    # callbacks from other threads: they only enqueue
    def _due(self, interview_id: str, kind: str) -> None:
        self.work.put(Due(interview_id, kind))

    def _changed(self, folder: str) -> Callable[[str], None]:
        return lambda why: self.work.put(Scan(folder, why))

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
        self.work.put(Stop())

    def run(self) -> int:
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        signal.signal(signal.SIGHUP, lambda *_: self.work.put(Reload("SIGHUP")))
        service = self.service
        self.scheduler.rebuild(service.due_jobs())
        self.scheduler.start()
        log.info("followup started: watching %s (%s)", ", ".join(service.mailbox.folders), service.mailbox.source.name)
        for cal in self.settings.calendars:
            log.info("calendar %s: %s %s, polled every %s", cal.name, cal.type, cal.where, cal.poll_interval)
        self._start_watchers()
        self.watch.start()
        notify("READY=1")
        if self._watchdog:
            threading.Thread(target=self._feed_watchdog, name="watchdog", daemon=True).start()
        self.work.put(Due())  # drafts that came due while the service was down
        try:
            while not self.stopping.is_set():
                try:
                    item = self.work.get(timeout=self._heartbeat())
                except queue.Empty:
                    self._alive()
                    continue
                self._alive()
                if isinstance(item, Stop) or self.stopping.is_set():
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
            waiting = getattr(self.service.mailbox.source, "waiting_since", None)
            if now - self._progress_at < self._watchdog / 2 or (
                waiting is not None and now - waiting < ROUND_TRIP_LIMIT
            ):
                notify("WATCHDOG=1")

    def _start_watchers(self) -> None:
        if self.settings.imap is not None:
            for folder in self.service.mailbox.folders:
                watcher = IdleWatcher(
                    self.settings.imap, self.service.password, folder, self._changed(folder), self._watch_error
                )
                watcher.start()
                self.watchers.append(watcher)
        elif self.settings.maildir is not None:
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
                self.work.put(TakeCalendar(poller.name, changes))
            if self.stopping.wait(poller.delay()):
                break

    def _take_calendar(self, name: str, changes: CalendarChanges) -> None:
        if self.service.take_calendar(name, changes):
            self.work.put(Due())  # an interview that already ended may have a draft due now

    def _poll_maildir(self, interval: float) -> None:
        for folder in self.service.mailbox.folders:
            self.work.put(Scan(folder, "start"))
        while not self.stopping.wait(max(interval, 0.5)):
            for folder in self.service.mailbox.folders:
                self.work.put(Scan(folder, "poll"))

    def _do(self, item: Work) -> None:
        kind = retry_key(item)[0]
        self._unscanned = []
        try:
            if isinstance(item, Scan):
                self._drain_scans(item.folder, item.why)
                self._scan_backoff.reset()
            elif isinstance(item, Due):
                self.service.run_due()
                self._draft_backoff.reset()
                self._drafts_missing_backoff.reset()
            elif isinstance(item, TakeCalendar):
                self._take_calendar(item.name, item.changes)
            elif isinstance(item, Reload):
                self.reload(item.why)
        except AuthError as exc:
            self.service.forget_password()
            log.error("%s", exc)
            self._again(item, self._scan_backoff.next(long=True))
        except DraftsMissing as exc:
            log.error("%s", exc)
            self._retry(Due(), self._drafts_missing_backoff.next())
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
            if isinstance(item, Scan):
                folders.add(item.folder)
                reasons.add(item.why)
            else:
                pending.append(item)
        source = self.service.mailbox.source
        if "reconnected" in reasons and isinstance(source, ImapMailbox):
            source.renew_connection()  # the IDLE connection died: do not wait on this one too
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

    def _again(self, item: Work, delay: float) -> None:
        """Retry `item` after `delay`; for a scan, every folder of the coalesced batch not read to the end."""
        if isinstance(item, Scan):
            for folder in self._unscanned or [item.folder]:
                self._retry(Scan(folder, "retry"), delay)
        else:
            self._retry(item, delay)

    def _retry(self, item: Work, delay: float) -> None:
        """Do `item` again after `delay`, unless a retry of the same item is already due sooner."""
        key = retry_key(item)
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
