"""The daemon's loop as a unit, on a Maildir: typed work items, a burst of notifications coalesced.
(Retries are kept per item of work: tests/system/test_faults.py.)"""

from __future__ import annotations

import queue

import pytest

from tests.local import maildir_config
from tests.mailgen import invitation
from watcher.config import load_config
from watcher.daemon import Daemon, Due, Reload, Scan


@pytest.fixture
def daemon(tmp_path):
    daemon = Daemon(load_config(maildir_config(tmp_path)))
    yield daemon
    daemon.service.close()
    daemon.scheduler.shutdown()
    daemon.lock.release()


def drain(work: queue.SimpleQueue) -> list:
    items = []
    while True:
        try:
            items.append(work.get_nowait())
        except queue.Empty:
            return items


def test_a_burst_of_notifications_costs_one_scan_and_other_work_waits_its_turn(daemon, tmp_path):
    from datetime import UTC, datetime, timedelta

    start = datetime.now(UTC) + timedelta(days=1)
    raw, _, _ = invitation(start=start, end=start + timedelta(hours=1))
    (tmp_path / "mail" / "new" / "1.eml").write_bytes(raw)
    for item in (Scan("INBOX", "idle"), Reload("SIGHUP"), Scan("INBOX", "idle"), Due("abc", "thank_you")):
        daemon.work.put(item)
    daemon._do(Scan("INBOX", "idle"))
    assert len(daemon.service.store.interviews()) == 1
    assert drain(daemon.work) == [Reload("SIGHUP"), Due("abc", "thank_you")], "scans merged, the rest kept in order"

