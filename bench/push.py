"""Push latency: an invitation APPENDed by another client -> interview recorded and follow-up scheduled.

The service is `followup run` as its own process, sitting in IDLE on INBOX of a private Dovecot that
already holds a few hundred messages. For each of N invitations, one connection APPENDs it; the clock
stops for the service when its log says "interview ... planned from message INBOX:<uid>" (written after
the interview and its follow-ups are in the state database and the follow-up jobs are scheduled), and
for the floor when a bare imapclient client idling on the same folder sees the EXISTS for it. Dovecot
itself waits a moment before it tells IDLE clients about new mail; the floor shows how long.
"""

from __future__ import annotations

import queue
import re
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.common import Figure, Service, dovecot, median, percentile, service_env, wait_until, write_config
from bench.mailbox import generate, invitation


class BareIdle(threading.Thread):
    """The floor: a plain imapclient IDLE that records when each EXISTS arrives."""

    def __init__(self, account):
        super().__init__(daemon=True, name="bare-idle")
        self.client = account.imap_client(timeout=30)
        self.client.select_folder("INBOX", readonly=True)
        self.seen: queue.Queue[tuple[int, float]] = queue.Queue()
        self.stopping = threading.Event()
        self.client.idle()

    def run(self) -> None:
        while not self.stopping.is_set():
            for response in self.client.idle_check(timeout=0.5):
                if len(response) >= 2 and response[1] == b"EXISTS":
                    self.seen.put((int(response[0]), time.perf_counter()))

    def wait_exists(self, count: int, timeout: float = 30.0) -> float:
        deadline = time.perf_counter() + timeout
        while True:
            number, when = self.seen.get(timeout=max(deadline - time.perf_counter(), 0.001))
            if number >= count:
                return when

    def stop(self) -> None:
        self.stopping.set()
        self.join(5)
        try:
            self.client.idle_done()
            self.client.logout()
        except Exception:
            self.client.shutdown()


def run(workdir: Path, *, quick: bool) -> list[Figure]:
    appends = 8 if quick else 50
    now = datetime.now(UTC)
    with dovecot() as server:
        account = server.account
        existing = 300
        account.deliver_to_maildir("INBOX", (m.raw for m in generate(existing, now=now, seed=7)), sync=True)
        config = write_config(account, workdir)
        service = Service(config, service_env(account), workdir / "service.log")
        try:
            service.wait_for("followup started", timeout=60)
            # The first scan plans the invitations among the existing mail; then the watcher idles.
            service.wait_for(r"interview \S+ planned", timeout=60)
            wait_until(lambda: "IDLE" in _titles(server), 60, "the service's IDLE")
            floor = BareIdle(account)
            floor.start()
            appender = account.imap_client(timeout=30)
            service_times: list[float] = []
            floor_times: list[float] = []
            messages = existing
            for index in range(appends):
                raw = invitation(index, now=datetime.now(UTC)).raw
                time.sleep(0.2)  # one APPEND per notification, and the service back in IDLE
                started = time.perf_counter()
                response = appender.append("INBOX", raw)
                uid = int(re.search(rb"APPENDUID \d+ (\d+)", response).group(1))
                messages += 1
                floor_times.append(floor.wait_exists(messages) - started)
                planned = service.wait_for(rf"interview \S+ planned from message INBOX:{uid} ", timeout=30)
                service_times.append(planned - started)
            appender.logout()
            floor.stop()
            rss = service.rss_mb()
        finally:
            service.stop()
    gap = median(service_times) - median(floor_times)
    return [
        Figure(
            f"push latency: APPEND by another client -> interview planned, over {appends} appends",
            f"median {median(service_times) * 1000:.0f} ms, p95 {percentile(service_times, 0.95) * 1000:.0f} ms, "
            f"max {max(service_times) * 1000:.0f} ms ({gap * 1000:+.0f} ms from the floor's median)",
            reference=(
                f"floor (bare IDLE client sees the EXISTS): median {median(floor_times) * 1000:.0f} ms, "
                f"p95 {percentile(floor_times, 0.95) * 1000:.0f} ms"
            ),
            target="median within 100 ms of the floor, p95 < 1 s",
            met=gap <= 0.1 and percentile(service_times, 0.95) < 1.0,
            notes=[f"service RSS afterwards {rss:.0f} MB"],
        )
    ]


def _titles(server) -> str:
    titles = []
    for pid in server._pids_named("imap"):
        try:
            titles.append(Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace"))
        except OSError:
            continue
    return " ".join(titles)
