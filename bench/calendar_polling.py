"""What a calendar poll costs: HTTP requests and time per poll, CalDAV with sync tokens, with ETags only,
and an ICS feed with conditional GETs, for a calendar of N events (one of them an interview).

    .venv/bin/python -m bench.calendar_polling [N]

Runs against a real Radicale and the local feed server from tests/servers; prints a table.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.servers.httpfeed import IcsFeed
from tests.servers.radicale import Radicale
from watcher.config import load_config
from watcher.service import Service


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def vevent(uid: str, start: datetime, summary: str) -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:{stamp(datetime.now(UTC))}\r\nDTSTART:{stamp(start)}\r\n"
        f"DTEND:{stamp(start + timedelta(hours=1))}\r\nSUMMARY:{summary}\r\n"
        "ORGANIZER;CN=Riley Chen:mailto:riley.chen@northwind.example\r\n"
        "ATTENDEE;CN=Dana Whitfield:mailto:dana.whitfield@northwind.example\r\n"
        "ATTENDEE;CN=Jordan Lee;PARTSTAT=ACCEPTED:mailto:jordan@example.test\r\nEND:VEVENT"
    )


def wrap(*events: str) -> str:
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n" + "\r\n".join(events) + "\r\nEND:VCALENDAR\r\n"


def events(count: int) -> list[tuple[str, datetime, str]]:
    base = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    found = [(f"ev-{n}@bench", base + timedelta(hours=3 * n - 60), f"Meeting {n}") for n in range(count - 1)]
    found.append(("interview@bench", base + timedelta(days=1), "Interview: Data Engineer at Northwind"))
    return found


def config(root: Path, table: str) -> Path:
    for folder in (root / "mail", root / "mail" / ".Drafts"):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    path = root / "config.toml"
    path.write_text(
        f"""[user]
name = "Jordan Lee"
email = "jordan@example.test"
timezone = "America/New_York"
[maildir]
path = "{root / "mail"}"
[state]
dir = "{root / "state"}"
{table}"""
    )
    return path


def measure(service: Service, change) -> list[tuple[str, int, float, int]]:
    source = service.calendar_pollers[0].source
    rows = []
    for label, before in (("first poll (everything)", None), ("nothing changed", None), ("one event changed", change)):
        if before:
            before()
        requests = source.requests if rows else 0  # the first poll also finds the calendars
        began = time.perf_counter()
        handed = service.poll_calendars()
        rows.append((label, source.requests - requests, time.perf_counter() - began, handed))
    return rows


def main(count: int) -> None:
    items = events(count)
    results: dict[str, list] = {}
    with Radicale() as radicale, tempfile.TemporaryDirectory() as tmp:
        url = radicale.make_calendar("bench")
        for uid, start, summary in items:
            radicale.put_event("bench", uid, wrap(vevent(uid, start, summary)))
        for mode in ("sync token", "ETags"):
            root = Path(tmp) / mode.replace(" ", "-")
            table = (
                f'[[calendar]]\nname = "bench"\ntype = "caldav"\nurl = "{url}"\nusername = "{radicale.user}"\n'
                'password = { env = "BENCH_CAL_PASSWORD" }\n'
            )
            os.environ["BENCH_CAL_PASSWORD"] = radicale.password
            service = Service(load_config(config(root, table)))
            if mode == "ETags":
                for collection in service.calendar_pollers[0].source._connect():
                    collection.sync = False  # as on a server without RFC 6578
            uid, start, summary = items[0]

            def change(uid=uid, start=start, summary=summary, mode=mode):
                radicale.put_event("bench", uid, wrap(vevent(uid, start, f"{summary} ({mode})")))

            results[f"CalDAV, {mode}"] = measure(service, change)
            service.close()
    with IcsFeed() as feed, tempfile.TemporaryDirectory() as tmp:
        body = [vevent(uid, start, summary) for uid, start, summary in items]
        feed.set("/cal.ics", wrap(*body))
        table = f'[[calendar]]\ntype = "ics"\nurl = "{feed.url("/cal.ics")}"\n'
        service = Service(load_config(config(Path(tmp), table)))

        def change_feed():
            body[0] = body[0].replace("Meeting 0", "Meeting 0 (moved)")
            feed.set("/cal.ics", wrap(*body))

        results["ICS feed, conditional GET"] = measure(service, change_feed)
        statuses = feed.statuses()
        service.close()
    print(f"calendar of {count} events (1 interview); Radicale and the feed on loopback")
    print("requests: HTTP requests made by the poll (the first also discovers the calendars)\n")
    print(f"{'source':<28} {'poll':<26} {'requests':>8} {'time':>9} {'handed on':>10}")
    for source, rows in results.items():
        for label, requests, seconds, handed in rows:
            print(f"{source:<28} {label:<26} {requests:>8} {seconds * 1000:>7.1f}ms {handed:>10}")
    print(f"\nfeed answers: {statuses}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
