"""Keeps the plan in step with one calendar: each poll's changes become occurrences, occurrences become
understandings, and those are handed to `take` (core.decide and the executor) exactly like an emailed
invitation.

Runs on the service's main thread only (the pollers hand their changes over through the work queue).
What it remembers:

- in memory, every object of the calendar (its data and what it holds in the current window), and the
  fingerprint of every occurrence already handed on, so an unchanged event is not handed on again;
- in the state database (table calendar_occurrences), the occurrences that became interviews, with the
  interview each one went into. That is how an event deleted while the service was stopped is noticed
  at the next start, and how an event merged into an emailed interview (same start and people, another
  UID) keeps following it when moved.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from functools import partial

from .config import CalendarSettings
from .core.agenda import (
    Agenda,
    Window,
    adopt,
    as_timed,
    assumed_day_end,
    deletion,
    fingerprint,
    keep_known,
    occurrence_key,
    read_agenda,
)
from .core.decide import Outcome
from .core.understand import Context, understand_event
from .errors import ParseError
from .guard import Guard, Input, content_key
from .limits import MESSAGE_SECONDS, time_limit
from .model import CalendarEvent, Status, Understanding
from .sources.calendar import CalendarChanges
from .store import Store

# One input into the plan: (what the occurrence means, where it came from) -> what became of it
Take = Callable[[Understanding, str], Outcome]

log = logging.getLogger("followup.calendar")

REEXPAND_AFTER = timedelta(minutes=30)  # the window moves with the clock; recurring events are re-read this often
DAY_START = time(9, 0)  # an all-day interview day is taken to start at 09:00 (and to end at all_day_end)


@dataclass
class _Object:
    data: bytes
    agenda: Agenda
    window: Window


class CalendarSync:
    def __init__(
        self, settings: CalendarSettings, store: Store, context: Callable[[], Context], take: Take, guard: Guard
    ):
        self.store = store
        self.guard = guard
        self.context = context
        self.take = take
        self.settings = settings
        self.name = settings.name
        self.objects: dict[str, _Object] = {}
        self.handed: dict[str, str] = {}  # occurrence key -> fingerprint handed on in this run
        self.known: dict[str, dict] = {}  # occurrence key -> {"uid", "into", "start", "fp"}, persisted
        self.synced = False  # a complete listing was seen in this run: absence now means deletion
        self._warned: set[str] = set()
        self._window: Window | None = None
        self.id = f"{_slug(self.name)}-{_digest(settings)}"
        self.known = store.calendar_occurrences(self.id)

    # ---------------------------------------------------------------- one poll

    def apply(self, changes: CalendarChanges, now: datetime) -> int:
        """Take in one poll's changes; returns how many occurrences were handed to the service."""
        settings = self.settings
        window = Window.around(now, settings.lookback.delta, settings.lookahead.delta)
        moved = self._window is None or window.start - self._window.start >= REEXPAND_AFTER
        if changes.complete:
            listed = {obj.href for obj in changes.changed}
            for href in [h for h in self.objects if h not in listed]:
                del self.objects[href]
        for href in changes.removed:
            self.objects.pop(href, None)
        fresh: set[str] = set()
        for obj in changes.changed:
            agenda = self._read(obj.href, obj.data, window)
            if agenda is not None:
                self.objects[obj.href] = _Object(obj.data, agenda, window)
                fresh.add(obj.href)
        if moved:
            self._window = window
            for href, cached in self.objects.items():
                if href not in fresh:
                    agenda = self._read(href, cached.data, window)
                    if agenda is not None:
                        cached.agenda, cached.window = agenda, window
        if changes.complete:
            self.synced = True
        if not (changes.changed or changes.removed or moved):
            return 0
        return self._reconcile(window, now)

    def _read(self, href: str, data: bytes, window: Window) -> Agenda | None:
        def read() -> Agenda | ParseError:
            try:
                with time_limit(MESSAGE_SECONDS):  # a hostile recurrence rule can take forever to expand
                    return read_agenda(data, self.context().timezone, window)
            except ParseError as exc:
                return exc

        item = Input("calendar object", f"calendar:{self.name}:{_short(href)}", content_key("object", self.name, data))
        agenda = self.guard.run(item, read)
        if agenda is None:  # quarantined
            return None
        if isinstance(agenda, ParseError):
            self._warn_once(f"{href}:{_hash(data)}", "calendar %s: %s skipped: %s", self.name, _short(href), agenda)
            return None
        for problem in agenda.problems:
            self._warn_once(f"{href}:{problem}", "calendar %s: %s: %s", self.name, _short(href), problem)
        return agenda

    def _reconcile(self, window: Window, now: datetime) -> int:
        present: set[str] = set()
        candidates: dict[str, CalendarEvent] = {}
        singles: dict[str, CalendarEvent] = {}
        for cached in self.objects.values():
            present |= cached.agenda.uids
            for event in cached.agenda.occurrences:
                candidates.setdefault(occurrence_key(event), event)
            for event in cached.agenda.singles:
                singles.setdefault(occurrence_key(event), event)
        # An interview on record that moved out of the window must still move (or lose) its follow-ups.
        for key in self.known:
            if key not in candidates and key in singles:
                candidates[key] = singles[key]
        handed = 0
        for key, event in candidates.items():
            mark = fingerprint(event)
            if self.handed.get(key) == mark:
                continue
            item = Input("event", f"calendar:{self.name}:{event.uid[:80]}", content_key("event", self.name, key, mark))
            item.name = event.uid
            self.guard.run(item, partial(self._hand_on, key, event, mark))
            self.handed[key] = mark
            handed += 1
        for key in [k for k in self.handed if k not in candidates]:
            del self.handed[key]
        self._vanished(present, candidates, window)
        return handed

    def _hand_on(self, key: str, event: CalendarEvent, mark: str) -> None:
        """One occurrence through detection, planning and scheduling. The plan and what the sync remembers
        of the occurrence are written in one transaction: a crash leaves both as they were, or both done."""
        with self.store.transaction():
            entry = self._take_occurrence(key, event, mark)
        if entry is not None:
            self.known[key] = entry

    def _take_occurrence(self, key: str, event: CalendarEvent, mark: str) -> dict[str, str] | None:
        """The occurrence handed to `take`; returns what is now remembered of it, if that changed."""
        settings = self.settings
        context = self.context()
        entry = self.known.get(key)
        target = entry["into"] if entry else key
        record = self.store.interview(target)
        timed = as_timed(event, context.timezone, DAY_START, settings.all_day_end) if settings.all_day else event
        understanding = understand_event(timed, context, assume_interview=record is not None)
        understanding = _rekey(understanding, key)
        if timed is not event:
            understanding = assumed_day_end(understanding, settings.all_day_end)
        if record is not None:
            known = record.interview
            understanding = adopt(understanding, known) if target != key else keep_known(understanding, known)
        ref = f"calendar:{self.name}:{event.uid[:80]}"
        outcome = self.take(understanding, ref)
        into = outcome.interview.key if outcome.interview is not None else None
        if into is None and self.store.interview(target) is not None:
            into = target
        if into is None:
            return None
        start = timed.start.isoformat() if timed.start else ""
        new_entry = {"uid": event.uid, "into": into, "start": start, "fp": mark}
        if self.known.get(key) == new_entry:
            return None
        self.store.put_calendar_occurrence(self.id, key, new_entry)
        return new_entry

    def _vanished(self, present: set[str], candidates: dict[str, CalendarEvent], window: Window) -> None:
        """Cancel the interviews of events deleted from the calendar, or occurrences removed from a series."""
        if not self.synced:
            return
        if not present and self.known and self.settings.type == "ics":
            # A CalDAV server lists its members; a feed is a generated file, and feeds have been served
            # empty during a provider's incident. Losing every plan to that would be worse than waiting.
            self._warn_once(
                "empty",
                "calendar %s: the calendar came back empty; not taking that as %d deletion(s)",
                self.name,
                len(self.known),
            )
            return
        for key, entry in list(self.known.items()):
            if key in candidates:
                continue
            if entry["uid"] in present:
                start = _when(entry.get("start", ""))
                if "#" not in key or start is None or not window.start <= start <= window.end:
                    continue  # still in the calendar, only out of view
                why = "occurrence removed from its series in the calendar"
            else:
                why = "deleted from the calendar"
            ref = f"calendar:{self.name}:{entry['uid'][:80]}"
            item = Input("event", ref, content_key("deletion", self.name, key, entry["into"]))
            self.guard.run(item, partial(self._forget, key, entry, why, ref))
            del self.known[key]
            self.handed.pop(key, None)

    def _forget(self, key: str, entry: dict[str, str], why: str, ref: str) -> None:
        """An occurrence gone from the calendar: its interview is cancelled, and the sync forgets it, in one
        transaction."""
        with self.store.transaction():
            record = self.store.interview(entry["into"])
            if record is not None and record.status is Status.ACTIVE:
                log.info("calendar %s: event of interview %s %s", self.name, record.interview.id, why)
                self.take(deletion(entry["into"], why), ref)
            self.store.drop_calendar_occurrence(self.id, key)

    def _warn_once(self, key: str, message: str, *args: object) -> None:
        if key not in self._warned:
            self._warned.add(key)
            log.warning(message, *args)


def _rekey(understanding: Understanding, key: str) -> Understanding:
    """Occurrences of a series are interviews of their own: key them by UID and RECURRENCE-ID."""
    if understanding.cancels is not None and understanding.cancels != key:
        understanding = replace(understanding, cancels=key)
    if understanding.interview is not None and understanding.interview.key != key:
        understanding = replace(understanding, interview=replace(understanding.interview, key=key))
    return understanding


def _when(text: str) -> datetime | None:
    with contextlib.suppress(ValueError):
        moment = datetime.fromisoformat(text)
        return moment if moment.tzinfo else None
    return None


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-")[:40] or "calendar"


def _digest(settings: CalendarSettings) -> str:
    origin = str(settings.path) if settings.path is not None else settings.url
    return hashlib.sha256(f"{settings.type}\0{origin}\0{settings.username}".encode()).hexdigest()[:10]


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


def _short(href: str) -> str:
    return href if len(href) <= 60 else "…" + href[-59:]
