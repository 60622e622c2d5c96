"""First start on a real-shaped mailbox (issue 13): `followup run --once --dry-run` against the bare header FETCH.

One private Dovecot holds bench/realmail.py's 20,000-message INBOX (30 days, fixed seed). Measured in the
same run:
- the floor: a bare `UID FETCH 1:* (BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE MESSAGE-ID)])` (login
  included), best of the runs around the service's;
- `followup run --once --dry-run` as its own process: wall time, CPU time (wait4: the service process and the
  children it waited for), peak RSS (VmHWM), and the peak of the proportional set sizes of the service and its
  worker processes together (watcher/pool.py; polled every ~50 ms);
- planted interviews found: every planted invitation (calendar or plain text) must be recorded as an
  interview in the dry run's output ("would record interview ... (from INBOX:<uid>)");
- per stage, how many messages were chosen and why (the service's own log lines: the backfill
  selection's reasons, the second stage's, the number handed to the parser);
- the daemon's path: `followup run` (the long-running service, not a dry run) from its start until its first
  start has handed every chosen message to the parser, and the peak of the proportional set sizes of the
  service and all its children together (its worker processes come from a forkserver there, with
  multiprocessing's resource tracker beside it), so the memory target is judged on both paths.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.common import (
    Figure,
    Service,
    _tree_pss_kb,
    cores,
    dovecot,
    followup_command,
    report,
    run_measured,
    service_env,
    write_config,
)
from bench.realmail import generate

HEADER_FIELDS = "BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE MESSAGE-ID)]"
_RECORDED = re.compile(r"would record interview \S+ as \S+ \(from (?:imap:)?INBOX:(\d+)\)")
_STAGE_LINE = re.compile(r"INBOX: (\d+ of \d+ message\(s\) .*)$", re.M)
_READ = re.compile(r"dry run complete: (\d+) message\(s\) read")


def floor_fetch(account) -> tuple[float, dict[int, str]]:
    """Seconds for the bare header FETCH of every message, and {uid: Message-ID} from its answer."""
    from imapclient.response_parser import parse_fetch_response

    started = time.perf_counter()
    client = account.imap_client(timeout=300)
    client.select_folder("INBOX", readonly=True)
    imap = client._imap  # "1:*" in one command, as a bare client asks (imapclient's fetch() wants a list)
    tag = imap._command("UID", "FETCH", "1:*", f"({HEADER_FIELDS})")
    typ, data = imap._command_complete("FETCH", tag)
    typ, data = imap._untagged_response(typ, data, "FETCH")
    parsed = parse_fetch_response(data, True, True)
    elapsed = time.perf_counter() - started
    client.logout()
    ids: dict[int, str] = {}
    for uid, items in parsed.items():
        head = next((v for k, v in items.items() if k.startswith(b"BODY[HEADER")), b"")
        found = re.search(rb"(?im)^message-id:\s*<([^>]+)>", head)
        if found:
            ids[uid] = found.group(1).decode()
    return elapsed, ids


_HANDED = re.compile(r"INBOX: \d+ of \d+ message\(s\) handed to the parser")
_PLANNED = re.compile(r"interview \S+ planned from message INBOX:(\d+) ")


def daemon_first_start(account, folder: Path, timeout: float = 900.0) -> tuple[float, float, set[int]]:
    """`followup run` on a fresh state: (seconds until its first start handed every chosen message to the
    parser, peak MB of PSS summed over the service and its children, the UIDs it planned interviews from)."""
    config = write_config(account, folder)
    started = time.perf_counter()
    service = Service(config, service_env(account), folder / "daemon.log")
    peak_kb = 0
    try:
        deadline = started + timeout
        while not _HANDED.search(service.read_log()):
            if service.process.poll() is not None:
                raise RuntimeError(f"followup run exited ({service.process.returncode}):\n{service.read_log()[-3000:]}")
            if time.perf_counter() > deadline:
                raise TimeoutError(f"followup run: no first start after {timeout:.0f} s")
            peak_kb = max(peak_kb, _tree_pss_kb(service.process.pid))
            time.sleep(0.05)
        wall = time.perf_counter() - started
        peak_kb = max(peak_kb, _tree_pss_kb(service.process.pid))
    finally:
        service.stop()
    return wall, peak_kb / 1024, {int(uid) for uid in _PLANNED.findall(service.read_log())}


def run(workdir: Path, *, quick: bool) -> list[Figure]:
    count = 2_000 if quick else 20_000
    repeats = 1 if quick else 3
    now = datetime.now(UTC)
    started = time.perf_counter()
    messages = list(generate(count, now=now))
    generated = time.perf_counter() - started
    planted = {m.message_id: m.kind for m in messages if m.kind in ("invitation", "text_invitation")}
    size_mb = sum(len(m.raw) for m in messages) / 1e6
    with dovecot() as server:
        account = server.account
        started = time.perf_counter()
        account.deliver_to_maildir("INBOX", (m.raw for m in messages), sync=True)
        filled = time.perf_counter() - started
        del messages
        cold, ids = floor_fetch(account)
        floors = [cold]
        runs = []
        for attempt in range(repeats):
            folder = workdir / f"firststart-{attempt}"
            config = write_config(account, folder)
            finished = run_measured(
                followup_command(config, "run", "--once", "--dry-run"), service_env(account), folder / "service.log"
            )
            if finished.status != 0:
                failed = f"followup run --once --dry-run failed ({finished.status})"
                raise RuntimeError(f"{failed}:\n{finished.output[-3000:]}")
            runs.append(finished)
            floors.append(floor_fetch(account)[0])
        daemon_wall, daemon_mb, daemon_planned = daemon_first_start(account, workdir / "firststart-daemon")
        floors.append(floor_fetch(account)[0])
    best = min(runs, key=lambda r: r.wall)
    floor = min(floors)
    found = {ids.get(int(uid), "") for uid in _RECORDED.findall(best.output)}
    missing = {mid: kind for mid, kind in planted.items() if mid not in found}
    stages = [line.strip() for line in _STAGE_LINE.findall(best.output)]
    read = _READ.search(best.output)
    walls = ", ".join(f"{r.wall:.2f}" for r in runs)
    ratio = best.wall / floor
    figure = Figure(
        f"first start: run --once --dry-run on a real-shaped INBOX of {count:,} messages ({size_mb:.0f} MB, 30 days)",
        f"{best.wall:.2f} s (best of {repeats}: {walls} s) = {ratio:.1f}x the floor; CPU {best.cpu:.2f} s; "
        f"peak RSS {best.peak_rss_mb:.0f} MB; with its worker processes {max(r.peak_tree_mb for r in runs):.0f} MB",
        reference=(
            f"floor {floor:.2f} s (bare header FETCH of the INBOX, best; cold first {floors[0]:.2f} s; runs: "
            f"{', '.join(f'{f:.2f}' for f in floors)}); {cores()} cores"
        ),
        target="<= 5x the floor, peak RSS <= 120 MB, every planted interview found",
        met=ratio <= 5 and max(best.peak_rss_mb, best.peak_tree_mb, daemon_mb) <= 120 and not missing,
        notes=[
            f"planted interviews found: {len(planted) - len(missing)}/{len(planted)}"
            + (f"; MISSING {sorted(missing.items())[:5]}" if missing else ""),
            *(f"stage: {line}" for line in stages),
            f"the daemon's path (`followup run`, workers from a forkserver): first start in {daemon_wall:.2f} s "
            f"= {daemon_wall / floor:.1f}x the floor (once, not best of {repeats}); peak PSS of the service and its "
            f"children {daemon_mb:.0f} MB; interviews planned from {len(daemon_planned)} message(s)",
            f"parsed and understood: {read.group(1) if read else '?'} message(s)",
            f"set-up: generated in {generated:.1f} s, delivered into the Maildir and indexed in {filled:.1f} s",
        ],
    )
    if missing:  # a fast first start that loses invitations is broken, not fast
        report([figure])
        raise RuntimeError(f"first start lost {len(missing)} planted interview(s)")
    return [figure]
