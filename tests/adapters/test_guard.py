"""The per-input guard on its own, on a real state database: one transaction per input, quarantine, and
deaths counted across restarts (a new Store on the same folder is what a restart sees)."""

from __future__ import annotations

import pytest

from watcher.errors import TransientError
from watcher.guard import MAX_ATTEMPTS, Guard, Input, content_key
from watcher.model import Kind
from watcher.store import Store


def test_a_failing_input_leaves_none_of_its_writes_and_is_quarantined(tmp_path):
    store = Store(tmp_path)
    scheduled = []
    item = Input("message", "INBOX:1", content_key(b"raw"))

    def work():
        store.mark_seen("<a@b>", "INBOX:1", "new")
        store.on_commit(lambda: scheduled.append("job"))
        raise OverflowError("date value out of range")

    try:
        assert Guard(store).run(item, work) is None
        assert not store.seen("<a@b>") and scheduled == []
        (problem,) = store.quarantined()
        assert (problem.error, problem.attempts) == ("OverflowError: date value out of range", 1)
        assert Guard(store).run(item, lambda: "handled again") is None  # set aside for good
    finally:
        store.close()


def test_a_fault_of_the_surroundings_is_raised_not_quarantined(tmp_path):
    store = Store(tmp_path)
    item = Input("message", "INBOX:2", content_key(b"raw2"))

    def work():
        raise TransientError("lost the server")

    try:
        with pytest.raises(TransientError):
            Guard(store).run(item, work)
        assert store.quarantined() == []
        assert Guard(store).run(item, lambda: "read at the retry") == "read at the retry"
    finally:
        store.close()


def test_deaths_while_handling_an_input_are_counted_across_restarts(tmp_path):
    """A process that dies inside the work leaves the in-hand note: simulated by noting the input as a
    dying process would, then reopening the state as the next start does."""
    item = Input("event", "calendar:work:u1", content_key(b"event"))
    for _ in range(MAX_ATTEMPTS):
        store = Store(tmp_path)
        store.begin_input(item.key, item.kind, item.source)  # ...and the process is killed here
        store._db.close()
    store = Store(tmp_path)
    try:
        assert Guard(store).run(item, lambda: pytest.fail("handled a fourth time")) is None
        (problem,) = store.quarantined()
        assert problem.error == f"ProcessDied: the service stopped {MAX_ATTEMPTS} times while handling it"
        other = Input("event", "calendar:work:u2", content_key(b"other"))
        assert Guard(store).run(other, lambda: Kind.THANK_YOU) is Kind.THANK_YOU
    finally:
        store.close()
