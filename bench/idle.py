"""Idle cost: `followup run` waiting in IDLE for new mail, as it does for months.

The service starts on a private Dovecot (a few hundred messages in INBOX) with an ICS calendar feed from a
local HTTP server polled every `CALENDAR_POLL` (a few dozen events; 304 when unchanged), finishes its first
scan and settles in IDLE; then, for the measured window, nothing arrives. Its CPU time and resident memory
come from /proc for that process alone, and its context switches (all threads) show how often it woke up:
a busy loop shows as thousands per second. The service keeps its default settings otherwise (IDLE renewed
every 5 minutes with a NOOP in between, a heartbeat every 10 s).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.common import Figure, Service, dovecot, service_env, wait_until, write_config
from bench.mailbox import generate
from tests.servers.httpfeed import IcsFeed

CALENDAR_POLL = "30s"  # far more often than a user would (5m by default), so the cost shows


def calendar_feed(events: int = 40) -> str:
    """A feed like a personal calendar: ordinary meetings and one interview, around now."""
    now = datetime.now(UTC)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//followup bench//EN"]
    for n in range(events):
        start = now + timedelta(days=n % 20 - 10, hours=n % 7)
        summary = "Interview: Data Engineer at Northwind" if n == 0 else f"Team meeting {n}"
        lines += [
            "BEGIN:VEVENT",
            f"UID:bench-{n}@example.test",
            f"DTSTAMP:{now:%Y%m%dT%H%M%SZ}",
            f"DTSTART:{start:%Y%m%dT%H%M%SZ}",
            f"DTEND:{start + timedelta(minutes=45):%Y%m%dT%H%M%SZ}",
            f"SUMMARY:{summary}",
            "ORGANIZER;CN=Riley Chen:mailto:riley.chen@northwind.example",
            "ATTENDEE;CN=Dana Whitfield:mailto:dana.whitfield@northwind.example",
            "END:VEVENT",
        ]
    return "\r\n".join([*lines, "END:VCALENDAR", ""])


def run(workdir: Path, *, quick: bool, idle_seconds: float | None = None) -> list[Figure]:
    window = idle_seconds or (10.0 if quick else 600.0)
    poll = "2s" if quick else CALENDAR_POLL
    with dovecot() as server, IcsFeed() as feed:
        feed.set("/calendar.ics", calendar_feed())
        account = server.account
        account.deliver_to_maildir("INBOX", (m.raw for m in generate(300, now=datetime.now(UTC), seed=11)), sync=True)
        calendar = f'[[calendar]]\nname = "feed"\ntype = "ics"\nurl = "{feed.url("/calendar.ics")}"\n'
        config = write_config(account, workdir, extra=calendar + f'poll_interval = "{poll}"\n')
        service = Service(config, service_env(account), workdir / "service.log")
        try:
            service.wait_for("followup started", timeout=60)
            service.wait_for(r"interview \S+ planned", timeout=60)
            wait_until(lambda: server.session_count(account.user) >= 2, 60, "the service's IDLE session")
            time.sleep(1.0)  # let the first scan's last writes settle before the window opens
            cpu0, wake0, rss0 = service.cpu_seconds(), service.wakeups(), service.rss_mb()
            polls0 = feed.request_count("/calendar.ics")
            started = time.perf_counter()
            samples = [rss0]
            while time.perf_counter() - started < window:
                time.sleep(min(5.0, window / 4))
                samples.append(service.rss_mb())
            elapsed = time.perf_counter() - started
            cpu1, wake1, rss1 = service.cpu_seconds(), service.wakeups(), service.rss_mb()
            polls = feed.request_count("/calendar.ics") - polls0
            peak = service.peak_rss_mb()
            alive = service.process.poll() is None
        finally:
            service.stop()
    cpu = cpu1 - cpu0
    rate = (wake1 - wake0) / elapsed
    return [
        Figure(
            f"idle cost: {elapsed:.0f} s in IDLE with nothing arriving, an ICS feed polled every {poll}",
            f"CPU {cpu:.2f} s in total, RSS {rss1:.0f} MB (at start {rss0:.0f}, highest sample {max(samples):.0f}, "
            f"peak since start-up {peak:.0f}), {rate:.2f} wake-ups/s",
            target=f"RSS < 60 MB, CPU < 1 s over 600 s{' (scaled to this window)' if window < 600 else ''}, "
            "no busy loop",
            met=alive and rss1 < 60 and cpu < window / 600 and rate < 10,
            notes=[f"the calendar feed was asked {polls} time(s) in the window (conditional GETs, 304 when unchanged)"],
        )
    ]
