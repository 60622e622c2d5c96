"""Faults of a real server under a running service: restarts, network cuts, silently dead connections,
dropped sessions mid-scan, a renumbered folder and a missing Drafts folder.

Every test runs `followup run` as a process against a private Dovecot, breaks something, and asserts what
the user would notice: every invitation that arrived meanwhile gets exactly one draft, and the service is
still running (it exits 0 on SIGTERM at the end). The IDLE cycle is shortened (renewed every 3 s, 5 s
socket timeout) so a silently dead connection is found in seconds rather than the default ~5 minutes.
"""

from __future__ import annotations

import email
import os
import signal
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.policy import default as default_policy

import pytest

from tests.conftest import wait_until
from tests.figures import record
from tests.mailgen import USER, invitation, plain
from tests.servers.dovecot import NO_DRAFTS

RENEW, TIMEOUT = 3, 5


def fast_config(make_config, account):
    """The usual test config with a short IDLE renewal and socket timeout."""
    path = make_config(account)
    text = path.read_text().replace('idle_renew = "20s"', f'idle_renew = "{RENEW}s"')
    path.write_text(text.replace('timeout = "10s"', f'timeout = "{TIMEOUT}s"'))
    return path


def interviewer(n: int) -> tuple[str, str]:
    return (f"Sam Person{n}", f"sam.person{n}@northwind.example")


def invite(n: int) -> bytes:
    """An interview that ended an hour ago: its thank-you is due at once (FAST_TIMING)."""
    now = datetime.now(UTC)
    raw, _, _ = invitation(
        start=now - timedelta(hours=2),
        end=now - timedelta(hours=1),
        attendees=(interviewer(n), USER),
        summary=f"Interview: Data Engineer (round {n}) at Northwind",
    )
    return raw


def draft_recipients(account) -> list[str]:
    found = []
    for stored in account.messages("Drafts"):
        message = email.message_from_bytes(stored.raw, policy=default_policy)
        found.extend(a.addr_spec for a in message["To"].addresses)
    return sorted(found)


def expect(numbers) -> list[str]:
    return sorted(interviewer(n)[1] for n in numbers)


def in_idle(server, account) -> list[int]:
    return wait_until(lambda: server.idle_session_pids(account.user), timeout=20, what="the service in IDLE")


@pytest.mark.parametrize("graceful", [True, False], ids=["restart", "crash"])
def test_server_restart_during_idle_is_caught_up(dovecot_private, make_config, service, request, graceful):
    server, account = dovecot_private, dovecot_private.account
    proc = service(fast_config(make_config, account))
    in_idle(server, account)
    account.append("INBOX", invite(0))
    wait_until(lambda: draft_recipients(account) == expect([0]), what="the first draft")

    server.stop() if graceful else server.kill()
    # Mail keeps arriving while the server is down (delivered straight into its Maildir).
    account.deliver_to_maildir("INBOX", [invite(n) for n in range(1, 6)])
    server.start()
    back = time.monotonic()
    wait_until(lambda: draft_recipients(account) == expect(range(6)), timeout=60, what="all six drafts")
    caught_up = time.monotonic() - back

    record(request, f"server {'restarted' if graceful else 'crashed'} during IDLE: caught up in {caught_up:.1f} s")
    assert proc.stop() == 0
    assert draft_recipients(account) == expect(range(6)), "exactly one draft each, no duplicate"
    # The outage's end is said once, with how long it lasted, however many attempts it took.
    assert proc.log.count(f"reconnected to {account.host} (INBOX) after") == 1, proc.log


def test_reconnect_delay_starts_small_again_after_a_healthy_connection(dovecot_private, make_config, service, request):
    """Backoff grows while the server stays away, not across outages: the fourth crash of a day is caught up
    as fast as the first (without a reset the delay would reach 16-32 s by then)."""
    server, account = dovecot_private, dovecot_private.account
    proc = service(fast_config(make_config, account))
    in_idle(server, account)
    times = []
    for n in range(4):
        server.kill()
        account.deliver_to_maildir("INBOX", [invite(n)])
        server.start()
        back = time.monotonic()
        wait_until(lambda n=n: draft_recipients(account) == expect(range(n + 1)), timeout=60, what=f"draft {n}")
        times.append(time.monotonic() - back)
        in_idle(server, account)
    record(request, "four server crashes in a row: caught up in " + ", ".join(f"{t:.1f}" for t in times) + " s")
    assert max(times) < 12
    assert proc.stop() == 0


def test_paused_server_is_detected_then_caught_up(dovecot_private, make_config, service, request):
    """A network cut without RST: the server answers nothing, not even a reset."""
    server, account = dovecot_private, dovecot_private.account
    proc = service(fast_config(make_config, account))
    in_idle(server, account)

    server.pause()
    cut = time.monotonic()
    proc.wait_for_log("IDLE on INBOX dropped", timeout=RENEW + TIMEOUT + 20)
    detected = time.monotonic() - cut
    account.deliver_to_maildir("INBOX", [invite(n) for n in range(3)])
    server.resume()
    back = time.monotonic()
    wait_until(lambda: draft_recipients(account) == expect(range(3)), timeout=90, what="the drafts after the cut")
    caught_up = time.monotonic() - back

    record(request, f"paused server detected in {detected:.1f} s; caught up {caught_up:.1f} s after it answered again")
    assert detected <= RENEW + TIMEOUT + 5
    assert proc.stop() == 0


def test_silently_dead_idle_connection_is_replaced(dovecot_private, make_config, service, request):
    """After a laptop sleep the IDLE socket may be dead with no packet saying so, while the server and new
    connections are fine. Stopping only the session process behind the service's IDLE shows exactly that."""
    server, account = dovecot_private, dovecot_private.account
    proc = service(fast_config(make_config, account))
    account.append("INBOX", invite(0))  # steady state first: the start-up catch-up scan is done
    wait_until(lambda: draft_recipients(account) == expect([0]), what="the first draft")
    (idle_pid,) = in_idle(server, account)

    os.kill(idle_pid, signal.SIGSTOP)
    try:
        dead = time.monotonic()
        account.append("INBOX", invite(1))  # the server itself works: this is a fresh connection
        wait_until(lambda: draft_recipients(account) == expect([0, 1]), timeout=60, what="the draft after reconnecting")
        noticed = time.monotonic() - dead
    finally:
        os.kill(idle_pid, signal.SIGKILL)

    record(request, f"silently dead IDLE connection: new mail processed after {noticed:.1f} s")
    assert "IDLE on INBOX dropped" in proc.log
    assert noticed <= RENEW + TIMEOUT + 20
    assert proc.stop() == 0


def test_both_connections_silently_dead_cost_one_cycle_only(dovecot_private, make_config, service, request):
    """The IDLE connection and the fetching one both dead (a laptop sleep kills both): once the IDLE cycle
    finds its connection dead, the catch-up scan goes out on a new connection at once instead of waiting
    a whole `timeout` on the dead fetching one. Worst case: idle_renew + timeout + the reconnect delay."""
    server, account = dovecot_private, dovecot_private.account
    proc = service(fast_config(make_config, account))
    account.append("INBOX", invite(0))
    wait_until(lambda: draft_recipients(account) == expect([0]), what="the first draft")
    (idle_pid,) = in_idle(server, account)
    fetching = [pid for pid in server._session_pids(account.user) if pid != idle_pid]
    assert len(fetching) == 1, "the service keeps one fetching connection besides IDLE"
    frozen = [idle_pid, *fetching]
    before = len(proc.log)
    for pid in frozen:
        os.kill(pid, signal.SIGSTOP)
    try:
        dead = time.monotonic()
        account.append("INBOX", invite(1))
        wait_until(lambda: draft_recipients(account) == expect([0, 1]), timeout=60, what="the draft after reconnecting")
        noticed = time.monotonic() - dead
    finally:
        for pid in frozen:
            os.kill(pid, signal.SIGKILL)

    record(request, f"IDLE and fetching connections both silently dead: new mail processed after {noticed:.1f} s")
    after = proc.log[before:]
    assert "IDLE on INBOX dropped" in after
    assert "will retry" not in after, "the scan waited on the dead fetching connection"
    assert noticed <= RENEW + TIMEOUT + 20
    assert proc.stop() == 0


def test_sessions_killed_mid_scan_lose_and_repeat_nothing(dovecot_private, make_config, service, request):
    """Connections dropped (SIGKILLed server sessions) while the first scan reads a large mailbox."""
    server, account = dovecot_private, dovecot_private.account
    invitations = 8
    messages = []
    for n in range(400):
        if n % 50 == 25:
            messages.append(invite(n // 50))
        else:  # candidates for the server-side SEARCH, so each one is fetched and read
            messages.append(plain(f"Interview tips #{n}", "How to prepare for an interview.\n" + "filler " * 600))
    account.deliver_to_maildir("INBOX", messages, sync=True)

    proc = service(fast_config(make_config, account))
    drops = 0
    for seen in (1, 3, 5):
        proc.wait_for_log("planned from message", count=seen, timeout=60)
        drops += server.drop_connections(account.user, graceful=False)
    wait_until(
        lambda: draft_recipients(account) == expect(range(invitations)), timeout=90, what="one draft per invitation"
    )
    assert proc.stop() == 0

    planned = Counter(
        line.split("interview ", 1)[1].split()[0] for line in proc.log.splitlines() if "planned from" in line
    )
    record(request, f"{drops} sessions killed during a 400-message scan: {len(planned)} interviews, none read twice")
    assert len(planned) == invitations and set(planned.values()) == {1}
    assert draft_recipients(account) == expect(range(invitations))


def test_uidvalidity_change_while_running_rescans_without_duplicates(dovecot_private, make_config, service):
    server, account = dovecot_private, dovecot_private.account
    proc = service(fast_config(make_config, account))
    in_idle(server, account)
    account.append("INBOX", invite(0))
    wait_until(lambda: draft_recipients(account) == expect([0]), what="the first draft")

    account.uidvalidity_reset("INBOX")  # Dovecot disconnects the sessions that have INBOX open
    account.append("INBOX", invite(1))
    wait_until(lambda: draft_recipients(account) == expect([0, 1]), timeout=60, what="the draft after the reset")
    proc.wait_for_log("UIDVALIDITY changed")
    assert proc.stop() == 0
    assert proc.log.count("planned from message") == 2
    assert draft_recipients(account) == expect([0, 1])


@pytest.mark.parametrize("dovecot_private", [{"layout": NO_DRAFTS}], indirect=True)
def test_missing_drafts_folder_is_reported_and_drafts_wait_for_it(dovecot_private, make_config, service):
    account = dovecot_private.account
    proc = service(fast_config(make_config, account))
    account.append("INBOX", invite(0))
    proc.wait_for_log("no Drafts folder on 127.0.0.1; drafts wait until it exists", timeout=30)
    assert proc.process.poll() is None, "a missing Drafts folder must not stop the service"

    with account.imap_client() as client:  # the user creates it in their mail client
        client.create_folder("Drafts")
    wait_until(lambda: draft_recipients(account) == expect([0]), timeout=60, what="the draft once Drafts exists")
    assert proc.stop() == 0
    assert "Traceback" not in proc.log


def test_service_started_while_the_server_is_down_waits_for_it(dovecot_private, make_config, service):
    server, account = dovecot_private, dovecot_private.account
    config = fast_config(make_config, account)
    server.stop()
    account.deliver_to_maildir("INBOX", [invite(0)])
    proc = service(config)
    proc.wait_for_log("cannot connect to 127.0.0.1", timeout=30)
    server.start()
    wait_until(lambda: draft_recipients(account) == expect([0]), timeout=60, what="the draft once the server is up")
    assert proc.stop() == 0


def test_a_failing_draft_does_not_cancel_the_retry_of_a_failed_scan(tmp_path):
    """Retries are kept per item of work (the service used to keep one timer: a second failure cancelled
    the first retry, and that work waited for the next notification). A later failure never postpones a
    retry already due sooner."""
    from tests.local import maildir_config
    from watcher.config import load_config
    from watcher.daemon import Daemon, Due, Scan

    daemon = Daemon(load_config(maildir_config(tmp_path)))
    try:
        daemon._retry(Scan("INBOX", "retry"), 0.2)
        daemon._retry(Due(), 60)  # the drafts fail too, with a long backoff
        daemon._retry(Scan("INBOX", "retry"), 60)  # and the scan again: the sooner retry stands
        assert daemon.work.get(timeout=5) == Scan("INBOX", "retry")
    finally:
        for _, timer in daemon._retry_timers.values():
            timer.cancel()
        daemon.service.close()
        daemon.scheduler.shutdown()
        daemon.lock.release()
