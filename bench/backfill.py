"""Backfill: the first start on a big INBOX whose 30-day look-back covers every message.

Measured in one run against one private Dovecot holding the generated mailbox:
- the floor: a bare imapclient `UID FETCH 1:* (BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE MESSAGE-ID)])`
  in one connection (login included);
- the service: `followup run --once` as its own process with a fresh state folder, until it exits with
  every invitation planned (checked in its state database); its CPU time (wait4) and peak RSS (VmHWM);
- what the service did before this benchmark existed: one server-side SEARCH ORing `TEXT <term>` for
  each of the detector's core terms (only the SEARCH is timed: it is the bulk of that way);
- the naive way: every message downloaded (imapclient, 200 per FETCH) and parsed with mail-parser;
- recall: every message the service acts on when it reads it (the detector takes it for an interview, a
  change or a cancellation, or it carries a calendar) must have been handed over to the parser; and, for
  the record, how many of the messages holding a core term anywhere were (the backfill reads only the top
  of each text, see watcher/sources/backfill.py).
"""

from __future__ import annotations

import re
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.common import Figure, dovecot, followup_command, report, run_measured, service_env, write_config
from bench.mailbox import generate

HEADER_FIELDS = "BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE MESSAGE-ID)]"


def floor_fetch(account) -> tuple[float, int]:
    """Seconds for the bare header FETCH of every message, and how many came back."""
    from imapclient.response_parser import parse_fetch_response

    started = time.perf_counter()
    client = account.imap_client(timeout=300)
    client.select_folder("INBOX", readonly=True)
    # imapclient 4's fetch() wants a list of ids; "1:*" is the one-command way a bare client asks for all.
    imap = client._imap
    tag = imap._command("UID", "FETCH", "1:*", f"({HEADER_FIELDS})")
    typ, data = imap._command_complete("FETCH", tag)
    typ, data = imap._untagged_response(typ, data, "FETCH")
    count = len(parse_fetch_response(data, True, True))
    elapsed = time.perf_counter() - started
    client.logout()
    return elapsed, count


def search_before(account, since: datetime) -> tuple[float, int]:
    """The candidate SEARCH the service issued before: SINCE plus an OR of `TEXT term` per core term."""
    from watcher.core.detect import CORE_TERMS

    terms: list = []
    for term in CORE_TERMS:
        terms = ["TEXT", term] if not terms else ["OR", "TEXT", term, *terms]
    client = account.imap_client(timeout=900)
    client.select_folder("INBOX", readonly=True)
    started = time.perf_counter()
    found = client.search(["SINCE", since.date(), *terms], charset="UTF-8")
    elapsed = time.perf_counter() - started
    client.logout()
    return elapsed, len(found)


def naive(account, limit: int) -> tuple[float, int]:
    """Every message (the first `limit`) downloaded whole and parsed with mail-parser."""
    import logging

    import mailparser

    logging.getLogger("mailparser").setLevel(logging.ERROR)  # it warns about every calendar part
    started = time.perf_counter()
    client = account.imap_client(timeout=300)
    client.select_folder("INBOX", readonly=True)
    uids = sorted(client.search("ALL"))[:limit]
    for start in range(0, len(uids), 200):
        chunk = uids[start : start + 200]
        for data in client.fetch(chunk, ["BODY.PEEK[]"]).values():
            mailparser.parse_from_bytes(data[b"BODY[]"])
    elapsed = time.perf_counter() - started
    client.logout()
    return elapsed, len(uids)


def relevant_ids(messages) -> tuple[set[str], set[str]]:
    """Message-IDs (the service acts on it, it holds a core term or a calendar anywhere) of `messages`."""
    from bench.accuracy import context
    from watcher.core.detect import THREAD_TERMS, has_core_term, has_thread_term
    from watcher.core.mail import parse_message
    from watcher.core.understand import understand_message

    ctx = context(frozenset({"jordan@example.test"}))
    acted, worded = set(), set()
    for message in messages:
        parsed = parse_message(message.raw, UTC)
        text = f"{parsed.subject}\n{parsed.text}"
        if not (parsed.events or has_core_term(text) or (THREAD_TERMS and has_thread_term(text))):
            continue  # no interview word: the detector cannot take it for one
        worded.add(message.message_id)
        understood = understand_message(parsed, ctx)
        if parsed.events or understood.verdict.is_interview or understood.interview or understood.cancels:
            acted.add(message.message_id)
    return acted, worded


_SELECTION = re.compile(
    r"INBOX: (\d+) of (\d+) message\(s\) worth reading whole \((.*)\); ([\d.]+) MB of text read to decide \((.*)\)"
)


def state_counts(state_dir: Path) -> tuple[set[str], set[str]]:
    """(interview keys on record, message keys handed to the parser) from the service's state."""
    db = sqlite3.connect(state_dir / "state.sqlite")
    try:
        interviews = {row[0] for row in db.execute("SELECT key FROM interviews")}
        handled = {row[0] for row in db.execute("SELECT key FROM messages")}
    finally:
        db.close()
    return interviews, handled


def run(workdir: Path, *, quick: bool) -> list[Figure]:
    count = 2_000 if quick else 20_000
    naive_limit = 300 if quick else count
    repeats = 1 if quick else 3
    now = datetime.now(UTC)
    started = time.perf_counter()
    messages = list(generate(count, now=now))
    generated = time.perf_counter() - started
    invitations = {f"ical:{m.event_uid}" for m in messages if m.is_invitation}
    size_mb = sum(len(m.raw) for m in messages) / 1e6
    figures: list[Figure] = []
    with dovecot() as server:
        account = server.account
        started = time.perf_counter()
        account.deliver_to_maildir("INBOX", (m.raw for m in messages), sync=True)
        filled = time.perf_counter() - started
        floors = [floor_fetch(account)[0]]
        runs = []
        for attempt in range(repeats):
            folder = workdir / f"backfill-{attempt}"
            config = write_config(account, folder)
            finished = run_measured(
                followup_command(config, "run", "--once"), service_env(account), folder / "service.log"
            )
            if finished.status != 0:
                raise RuntimeError(f"followup run --once failed ({finished.status}):\n{finished.output[-3000:]}")
            interviews, handled = state_counts(folder / "state")
            runs.append((finished, interviews, handled))
            floors.append(floor_fetch(account)[0])
        from watcher.core.detect import CORE_TERMS

        before, before_candidates = search_before(account, now - timedelta(days=30))
        naive_time, naive_count = naive(account, naive_limit)
    acted, worded = relevant_ids(messages)
    by_id = {m.message_id: len(m.raw) for m in messages}

    best = min(runs, key=lambda r: r[0].wall)
    finished, interviews, handled = best
    floor = min(floors)
    naive_total = naive_time * count / naive_count
    missing = invitations - interviews
    unfetched = acted - handled
    selection = _SELECTION.search(finished.output)
    chosen = (
        f"{int(selection.group(1)):,} of {int(selection.group(2)):,} chosen from structure, subject and the top "
        f"of each text ({selection.group(3)}; {selection.group(4)} MB of text read; {selection.group(5)}) and "
        f"downloaded whole "
        f"({sum(by_id.get(h, 0) for h in handled) / 1e6:.0f} MB)"
        if selection
        else f"all {count:,} messages downloaded, {len(handled):,} passed the sieve"
    )
    walls = ", ".join(f"{r[0].wall:.2f}" for r in runs)
    figures.append(
        Figure(
            f"backfill: first start on {count:,} messages ({size_mb:.0f} MB), until all invitations are planned",
            f"{finished.wall:.2f} s (best of {repeats}: {walls} s) = {finished.wall / floor:.2f}x the floor "
            f"({finished.wall / floors[0]:.2f}x the cold one), "
            f"{naive_total / finished.wall:.1f}x faster than the naive way",
            reference=(
                f"floor {floor:.2f} s (bare header FETCH, best with Dovecot's cache warm; cold first run "
                f"{floors[0]:.2f} s; runs: {', '.join(f'{f:.2f}' for f in floors)}); "
                f"naive {naive_total:.1f} s"
                + (f" (measured on {naive_count}, scaled x{count / naive_count:.1f})" if naive_count < count else "")
            ),
            target="<= 1.5x the floor, >= 30x faster than naive, peak RSS < 150 MB",
            met=finished.wall <= 1.5 * floor and naive_total >= 30 * finished.wall and finished.peak_rss_mb < 150,
            notes=[
                f"service: CPU {finished.cpu:.2f} s, peak RSS {finished.peak_rss_mb:.0f} MB; {chosen}; "
                f"{len(handled):,} parsed",
                f"planned {len(interviews & invitations)}/{len(invitations)} invitations"
                + (f"; MISSING {len(missing)}" if missing else "")
                + f"; recall: {len(acted - unfetched)}/{len(acted)} messages the service acts on were parsed"
                + (f"; NOT PARSED {sorted(unfetched)[:5]}" if unfetched else "")
                + f" ({len(worded & handled):,}/{len(worded):,} of those with a core term or calendar anywhere)",
                f"before (server SEARCH OR of {len(CORE_TERMS)} TEXT terms): the SEARCH alone took {before:.1f} s "
                f"= {before / floor:.1f}x the floor, {before_candidates:,} candidates",
                f"set-up: generated in {generated:.1f} s, delivered into the Maildir and indexed in {filled:.1f} s",
            ],
        )
    )
    if missing or unfetched:  # a fast service that loses invitations is broken, not fast
        report(figures)
        raise RuntimeError(f"backfill lost {len(missing)} invitation(s) and {len(unfetched)} relevant message(s)")
    return figures
