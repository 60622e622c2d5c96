"""Crash consistency: `followup run` SIGKILLed at random moments, and SIGTERM while it works.

The soak below runs a bounded number of rounds in CI; `FOLLOWUP_SOAK=200 scripts/test -k sigkill` runs a
longer one by hand (`FOLLOWUP_SEED` replays a failing sequence). Each round adds invitations to a real
Dovecot mailbox, starts the service and kills it: either from outside after a random delay, or from
inside at an exact point of the real code path (tests/crashpoint.py), including between the APPEND of a
draft and the state recording it. At the end one clean run must leave exactly one draft per interviewer,
none missing, and every plan recorded as drafted.
"""

from __future__ import annotations

import email
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.policy import default as default_policy
from pathlib import Path

from tests.conftest import ROOT, wait_until
from tests.figures import record
from tests.mailgen import USER, invitation, plain
from watcher.config import load_config
from watcher.store import DRAFTED, Store

ROUNDS = int(os.environ.get("FOLLOWUP_SOAK", "0") or 0) or 20
IN_PROCESS_POINTS = ("before-append", "after-append", "after-message")


class Run:
    """One `followup run` process through tests/crashpoint.py, its output appended to one log file."""

    def __init__(self, config: Path, log: Path, env: dict[str, str] | None = None):
        self.log_path = log
        with open(log, "ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.crashpoint", "--config", str(config), "run"],
                stdout=out,
                stderr=subprocess.STDOUT,
                cwd=ROOT,
                env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
            )

    @property
    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def exited(self) -> bool:
        return self.process.poll() is not None

    def kill(self) -> None:
        if not self.exited():
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)


def drafts_to(account) -> Counter:
    """Drafts per recipient address, and the Message-IDs seen (to spot a duplicate under another id)."""
    found: Counter = Counter()
    for stored in account.messages("Drafts"):
        message = email.message_from_bytes(stored.raw, policy=default_policy)
        for address in message["To"].addresses:
            found[address.addr_spec] += 1
    return found


def test_random_sigkills_lose_nothing_and_duplicate_nothing(imap_account, make_config, tmp_path, request):
    seed = int(os.environ.get("FOLLOWUP_SEED", "0") or 0) or random.randrange(1 << 30)
    rng = random.Random(seed)
    config = make_config(imap_account)
    log = tmp_path / "runs.log"
    now = datetime.now(UTC)
    expected: list[str] = []
    invitations = 0
    kills: Counter = Counter()

    for round_number in range(ROUNDS):
        # New mail for this round: one or two invitations (some panels of two) and a little noise.
        for _ in range(rng.randint(1, 2)):
            n = len(expected)
            people = [(f"Alex Panel{n + k}", f"alex.panel{n + k}@northwind.example") for k in range(rng.randint(1, 2))]
            raw, _, _ = invitation(
                start=now - timedelta(hours=2),
                end=now - timedelta(hours=1),
                attendees=(*people, USER),
                summary=f"Interview: Backend Engineer, stage {n} at Northwind",
            )
            imap_account.append("INBOX", raw)
            invitations += 1
            expected.extend(address for _, address in people)
        imap_account.append("INBOX", plain(f"Interview prep {round_number}", "Tips for your next interview."))

        mode = rng.choice(("outside", "outside", *IN_PROCESS_POINTS))
        env = {"FOLLOWUP_CRASH": f"{mode}:1"} if mode != "outside" else {}
        run = Run(config, log, env)
        if mode == "outside":
            # Anywhere from start-up (imports, lock, state: ~0.7 s) to the work done and the service idle.
            time.sleep(rng.uniform(0, 2.0))
        else:
            try:
                wait_until(run.exited, timeout=30, interval=0.02, what=f"the crash point {mode}")
            except AssertionError:
                mode = f"{mode} (not reached)"
        run.kill()
        kills[mode] += 1
        assert run.process.returncode == -signal.SIGKILL, f"seed {seed}, round {round_number} ({mode}):\n{run.log}"

    offset = log.stat().st_size
    final = Run(config, log)
    # Started (signal handlers in place) before anything is counted: the drafts may all exist already.
    wait_until(lambda: b"followup started" in log.read_bytes()[offset:], timeout=30, what="the final run started")
    wait_until(
        lambda: sum(drafts_to(imap_account).values()) >= len(expected), timeout=60, what="every draft after the kills"
    )
    final.process.send_signal(signal.SIGTERM)
    assert final.process.wait(15) == 0, f"seed {seed}"

    found = drafts_to(imap_account)
    duplicates = sum(count - 1 for count in found.values() if count > 1)
    lost = sorted(set(expected) - set(found))
    strangers = sorted(set(found) - set(expected))
    store = Store(load_config(config).state_dir)
    try:
        states = Counter(f.state for f in store.followups() if f.followup.kind.value == "thank_you")
        interviews = len(store.interviews())
    finally:
        store.close()
    breakdown = ", ".join(f"{count} {mode}" for mode, count in sorted(kills.items()))
    record(
        request,
        f"{sum(kills.values())} SIGKILLs ({breakdown}; seed {seed}): {duplicates} duplicates, {len(lost)} lost, "
        f"{len(expected)} drafts",
    )
    assert "Traceback" not in log.read_text(errors="replace")
    assert (duplicates, lost, strangers) == (0, [], []), f"seed {seed}"
    assert states == {DRAFTED: len(expected)}, f"seed {seed}: {states}"
    assert interviews == invitations, f"seed {seed}: every invitation planned once"


def test_crash_between_append_and_record_finds_the_draft_instead_of_saving_again(imap_account, make_config, tmp_path):
    """The narrowest window, every time: the draft is on the server, the state still says "saving"."""
    config = make_config(imap_account)
    now = datetime.now(UTC)
    raw, _, _ = invitation(start=now - timedelta(hours=2), end=now - timedelta(hours=1))
    imap_account.append("INBOX", raw)
    log = tmp_path / "runs.log"

    crashed = Run(config, log, {"FOLLOWUP_CRASH": "after-append:1"})
    assert crashed.process.wait(30) == -signal.SIGKILL
    assert sum(drafts_to(imap_account).values()) == 1
    store = Store(load_config(config).state_dir)
    try:
        assert [f.state for f in store.followups() if f.followup.kind.value == "thank_you"] == ["saving"]
    finally:
        store.close()

    again = Run(config, log)
    wait_until(lambda: "was already in Drafts" in again.log, timeout=30, what="the restart finding the draft")
    again.process.send_signal(signal.SIGTERM)
    assert again.process.wait(15) == 0
    assert sum(drafts_to(imap_account).values()) == 1


def test_sigterm_finishes_the_append_in_flight_then_exits_0(imap_account, make_config, tmp_path, request):
    config = make_config(imap_account)
    now = datetime.now(UTC)
    people = [(f"Kim Stage{n}", f"kim.stage{n}@northwind.example") for n in range(3)]
    for person in people:  # three drafts due at once
        raw, _, _ = invitation(start=now - timedelta(hours=2), end=now - timedelta(hours=1), attendees=(person, USER))
        imap_account.append("INBOX", raw)
    log = tmp_path / "runs.log"

    slow = Run(config, log, {"FOLLOWUP_SLOW_APPEND": "2"})
    wait_until(lambda: "APPEND in flight" in slow.log, timeout=30, what="an APPEND under way")
    asked = time.monotonic()
    slow.process.send_signal(signal.SIGTERM)
    assert slow.process.wait(20) == 0, slow.log
    took = time.monotonic() - asked

    assert sum(drafts_to(imap_account).values()) == 1, "the APPEND in flight completes; no further one starts"
    store = Store(load_config(config).state_dir)
    try:
        states = sorted(f.state for f in store.followups() if f.followup.kind.value == "thank_you")
    finally:
        store.close()
    assert states == ["drafted", "planned", "planned"]
    assert "followup stopped" in slow.log
    record(request, f"SIGTERM during an APPEND (2 s to go): APPEND completed, exit 0 after {took:.1f} s")

    again = Run(config, log)
    wait_until(lambda: sum(drafts_to(imap_account).values()) == 3, timeout=30, what="the other drafts at restart")
    again.process.send_signal(signal.SIGTERM)
    assert again.process.wait(15) == 0
    assert drafts_to(imap_account) == Counter({address: 1 for _, address in people})


def test_sigterm_during_a_long_scan_exits_promptly_and_loses_nothing(imap_account, make_config, tmp_path, request):
    now = datetime.now(UTC)
    messages = []
    for n in range(1500):
        if n % 300 == 150:
            raw, _, _ = invitation(
                start=now - timedelta(hours=2),
                end=now - timedelta(hours=1),
                attendees=((f"Lou Loop{n}", f"lou.loop{n}@northwind.example"), USER),
            )
            messages.append(raw)
        else:
            messages.append(plain(f"Interview digest {n}", "Interview questions of the week.\n" + "text " * 400))
    imap_account.deliver_to_maildir("INBOX", messages, sync=True)
    config = make_config(imap_account)
    log = tmp_path / "runs.log"

    first = Run(config, log)
    wait_until(lambda: "planned from message" in first.log, timeout=60, what="the scan under way")
    asked = time.monotonic()
    first.process.send_signal(signal.SIGTERM)
    assert first.process.wait(20) == 0, first.log
    took = time.monotonic() - asked
    planned_before = first.log.count("planned from message")
    record(request, f"SIGTERM during a 1500-message scan: exit 0 after {took:.1f} s ({planned_before}/5 read)")
    assert planned_before < 5, "the scan stopped early (else this test proves nothing: make the mailbox larger)"

    again = Run(config, log)
    wait_until(lambda: sum(drafts_to(imap_account).values()) == 5, timeout=90, what="all five drafts")
    again.process.send_signal(signal.SIGTERM)
    assert again.process.wait(15) == 0
    assert again.log.count("planned from message") == 5, "each invitation read once across the stop"
    assert set(drafts_to(imap_account).values()) == {1}


def test_a_message_that_crashes_the_process_in_c_is_quarantined_after_three_deaths(
    imap_account, make_config, tmp_path
):
    """A message whose reading kills the process itself (a segfault, as in a crashing C library) cannot be
    caught by any try: the guard counts the deaths across restarts (as systemd's Restart= would restart
    the service) and sets the message aside at the fourth start, and the invitation after it is drafted."""
    from watcher.guard import MAX_ATTEMPTS

    config = make_config(imap_account)
    now = datetime.now(UTC)
    poison, _, _ = invitation(start=now - timedelta(hours=3), end=now - timedelta(hours=2), subject="Interview SEGV")
    good, _, _ = invitation(start=now - timedelta(hours=2), end=now - timedelta(hours=1))
    imap_account.append("INBOX", poison)
    imap_account.append("INBOX", good)
    log = tmp_path / "runs.log"
    env = {"FOLLOWUP_CRASH": "segfault-on:Interview SEGV"}

    for _ in range(MAX_ATTEMPTS):
        crashed = Run(config, log, env)
        assert crashed.process.wait(30) == -signal.SIGSEGV
    assert imap_account.messages("Drafts") == []

    survivor = Run(config, log, env)
    wait_until(lambda: "thank_you draft for interview" in survivor.log, timeout=30, what="the next message's draft")
    survivor.process.send_signal(signal.SIGTERM)
    assert survivor.process.wait(15) == 0
    assert "message INBOX:1 skipped: the service stopped 3 times while handling it; quarantined" in survivor.log
    assert drafts_to(imap_account) == Counter({"dana.whitfield@northwind.example": 1})
    store = Store(load_config(config).state_dir)
    try:
        (problem,) = store.quarantined()
    finally:
        store.close()
    assert (problem.source, problem.attempts) == ("INBOX:1", MAX_ATTEMPTS)
    assert problem.error.startswith("ProcessDied")
