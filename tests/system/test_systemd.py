"""The systemd user unit asks for what the service does, and the service speaks sd_notify as the unit
expects (Type=notify, WatchdogSec): READY once started, WATCHDOG pings that keep coming while a long
first scan runs (else systemd would kill a busy, healthy service), STOPPING on SIGTERM.

The notify socket is a real AF_UNIX datagram socket, read the way systemd reads it.
"""

from __future__ import annotations

import itertools
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.conftest import wait_until
from tests.figures import record
from tests.mailgen import USER, invitation, plain
from tests.paths import ROOT


def unit_settings() -> dict[str, str]:
    """The unit `followup service install` writes (tests/test_install.py runs systemd-analyze verify on it)."""
    from watcher.service_unit import Systemd

    settings = {}
    unit = Systemd([str(Path(sys.executable).parent / "followup"), "run"], Path.home()).render()
    for line in unit.splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            settings[key.strip()] = value.strip()
    return settings


def test_the_unit_asks_for_what_the_service_does():
    settings = unit_settings()
    assert settings["Type"] == "notify" and settings["NotifyAccess"] == "main"
    assert settings["ExecStart"].endswith("followup run")
    assert int(settings["WatchdogSec"].removesuffix("s")) >= 30
    assert settings["RestartPreventExitStatus"] == "2", "a config error is not fixed by restarting"
    assert settings["UMask"] == "0077"


class NotifySocket:
    """What systemd listens on: an abstract AF_UNIX datagram socket; each datagram is noted with its time."""

    def __init__(self) -> None:
        self.name = f"@followup-test-{os.getpid()}-{time.monotonic_ns()}"
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind("\0" + self.name[1:])
        self.sock.settimeout(0.2)
        self.messages: list[tuple[float, str]] = []
        self.closed = False
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        while not self.closed:
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            self.messages.append((time.monotonic(), data.decode()))

    def times(self, state: str) -> list[float]:
        return [t for t, text in self.messages if state in text.split("\n")]

    def close(self) -> None:
        self.closed = True
        self.thread.join(2)
        self.sock.close()


def test_readiness_and_watchdog_pings_continue_through_a_long_first_scan(imap_account, make_config, request):
    """The scan is made long by a slow server (every round trip takes 2 s more, longer than half the
    watchdog interval), not by the machine: it outlasts the watchdog on a fast machine as on a slow one."""
    watchdog = 3.0
    now = datetime.now(UTC)
    noise = [plain(f"Interview digest {n}", "Interview questions of the week.\n" + "text " * 40) for n in range(300)]
    last, _, _ = invitation(
        start=now - timedelta(hours=2),
        end=now - timedelta(hours=1),
        attendees=(("Wes Last", "wes.last@northwind.example"), USER),
    )
    imap_account.deliver_to_maildir("INBOX", [*noise, last], sync=True)
    config = make_config(imap_account)
    notify = NotifySocket()
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.crashpoint", "--config", str(config), "run"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={
            **os.environ,
            "NOTIFY_SOCKET": notify.name,
            "WATCHDOG_USEC": str(int(watchdog * 1_000_000)),
            "FOLLOWUP_SLOW_SERVER": "2.0",
        },
    )
    try:
        ready = wait_until(lambda: notify.times("READY=1"), timeout=30, what="READY=1")[0]
        # The invitation is the last message: its draft means the whole first scan is done.
        wait_until(lambda: imap_account.messages("Drafts"), timeout=180, interval=0.5, what="the end of the scan")
        scanned = time.monotonic() - ready
        process.send_signal(signal.SIGTERM)
        assert process.wait(20) == 0
    finally:
        if process.poll() is None:
            process.kill()
        notify.close()

    pings = [ready, *(t for t in notify.times("WATCHDOG=1") if t > ready)]
    stopping = notify.times("STOPPING=1")
    gap = max(b - a for a, b in itertools.pairwise(pings))
    record(
        request,
        f"first scan of 301 messages from a slow server took {scanned:.1f} s; "
        f"longest watchdog gap {gap:.2f} s (limit 3 s)",
    )
    assert stopping, "STOPPING=1 sent on SIGTERM"
    assert scanned > 1.5 * watchdog, "the scan must outlast the watchdog for this test to prove anything"
    assert gap < watchdog
