"""The calendar sync as a unit: poll results in, inputs for `decide` out, with a real state database and no
service, mailbox or server around it (it no longer knows the service: it hands each occurrence to `take`).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.adapters.test_calendar_sources import calendar, event
from watcher.calendar_sync import CalendarSync
from watcher.config import CalendarSettings
from watcher.core.decide import Outcome, PlanSettings
from watcher.core.understand import Context
from watcher.executor import Executor
from watcher.guard import Guard
from watcher.model import Status, Understanding
from watcher.sources.calendar import CalendarChanges, CalendarObject
from watcher.store import Store

NOW = datetime.now(UTC).replace(microsecond=0)
CONTEXT = Context(frozenset({"jordan@example.test"}), ZoneInfo("Europe/Berlin"), timedelta(hours=1))


class Taken:
    """The sync's `take`: every input goes through the real decide and executor, and is remembered."""

    def __init__(self, store: Store):
        self.executor = Executor(store)
        self.inputs: list[tuple[Understanding, str]] = []

    def __call__(self, understanding: Understanding, source: str) -> Outcome:
        self.inputs.append((understanding, source))
        return self.executor.take(understanding, PlanSettings(CONTEXT), NOW, source=source)


@pytest.fixture
def state(tmp_path):
    store = Store(tmp_path / "state")
    yield store
    store.close()


def sync_for(store: Store, kind: str = "caldav") -> tuple[CalendarSync, Taken]:
    taken = Taken(store)
    settings = CalendarSettings(name="work", type=kind, url="https://dav.example/cal/")
    return CalendarSync(settings, store, lambda: CONTEXT, taken, Guard(store)), taken


def listing(*events: str) -> CalendarChanges:
    objects = tuple(CalendarObject(f"/cal/{n}.ics", calendar(e).encode()) for n, e in enumerate(events))
    return CalendarChanges(objects, (), complete=True)


def test_an_unchanged_event_is_handed_on_once_and_a_moved_one_again(state):
    sync, taken = sync_for(state)
    start = NOW + timedelta(days=2)
    assert sync.apply(listing(event("a@x", start)), NOW) == 1
    assert sync.apply(listing(event("a@x", start)), NOW) == 0
    assert sync.apply(listing(event("a@x", start + timedelta(hours=1), sequence=1)), NOW) == 1
    (record,) = state.interviews()
    assert record.interview.start == start + timedelta(hours=1) and record.status is Status.ACTIVE
    assert [source for _, source in taken.inputs] == ["calendar:work:a@x", "calendar:work:a@x"]


def test_a_deleted_event_cancels_its_interview_even_after_a_restart(state):
    sync, _ = sync_for(state)
    sync.apply(listing(event("a@x", NOW + timedelta(days=2))), NOW)
    restarted, taken = sync_for(state)  # what it remembers is in the state database
    restarted.apply(listing(), NOW)
    ((understanding, _),) = taken.inputs
    assert understanding.cancels == "ical:a@x"
    assert state.interviews()[0].status is Status.CANCELLED


def test_a_feed_served_empty_is_not_taken_as_every_event_deleted(state):
    sync, _ = sync_for(state, kind="ics")
    sync.apply(listing(event("a@x", NOW + timedelta(days=2))), NOW)
    restarted, taken = sync_for(state, kind="ics")
    restarted.apply(listing(), NOW)
    assert taken.inputs == []
    assert state.interviews()[0].status is Status.ACTIVE
