"""Understanding in worker processes (watcher/pool.py) changes nothing a user sees, on the real Dovecot.

A first start over the same mailbox, once read in process and once by worker processes, saves the same
drafts, keeps the same plan and the same checkpoint, and logs its effects in the same order. A message that
makes a worker raise, die or hang is quarantined (named in the log, listed as a problem) and the first
start goes on to the end.
"""

from __future__ import annotations

import email
import logging
import os
import signal
import time
from datetime import UTC, datetime, timedelta
from email.policy import default as default_policy

import pytest

from bench.mailbox import generate
from tests.conftest import imap_config
from tests.mailgen import invitation
from watcher.config import load_config
from watcher.core.understand import Context
from watcher.pool import Pool, Understood, understand_here
from watcher.service import Service

NOW = datetime.now(UTC)


def mailbox() -> list[bytes]:
    """A first start's worth of mail (the backfill path: 200 messages or more) with interviews that ended
    (thank-you drafts due now) and ones to come."""
    raws = [m.raw for m in generate(260, now=NOW, seed=5)]
    for position, minutes in ((30, 50), (120, 30), (240, 10)):  # ended within the thank-you deadline (2h)
        ended = NOW - timedelta(minutes=minutes)
        raws.insert(position, invitation(start=ended - timedelta(hours=1), end=ended)[0])
    return raws


def first_start(account, tmp_path, name: str, caplog, pool: Pool | None) -> dict:
    config = tmp_path / f"{name}.toml"
    os.environ["FOLLOWUP_TEST_PASSWORD"] = account.password
    config.write_text(imap_config(account, tmp_path / f"state-{name}"))
    service = Service(load_config(config))
    if pool is None:
        service.mailbox.source.ahead = lambda items, count: items  # read in process, as with one core
    else:
        assert service.pool is not None
        service.pool.close()
        service.pool = pool
        service.mailbox.source.ahead = lambda items, count: pool.ahead(items, service.ctx, count)
        service.mailbox.source.warm = pool.warm
    set_checkpoint = service.store.set_checkpoint

    def noted(mailbox: str, folder: str, uidvalidity: int, last_uid: int) -> None:
        logging.getLogger("followup").info("checkpoint %s after UID %d", folder, last_uid)
        set_checkpoint(mailbox, folder, uidvalidity, last_uid)

    service.store.set_checkpoint = noted  # type: ignore[method-assign]  # its place among the effects
    caplog.clear()
    try:
        with caplog.at_level(logging.INFO, logger="followup"):
            counts = service.run_once()
        effects = [
            r.getMessage().replace(account.user, "USER")
            for r in caplog.records
            if r.name == "followup" and "worker process" not in r.getMessage()
        ]
        drafts = []
        for stored in account.messages("Drafts"):
            draft = email.message_from_bytes(stored.raw, policy=default_policy)
            drafts.append((draft["Subject"], draft["To"], draft["In-Reply-To"], draft.get_content()))
        return {
            "counts": counts,
            "effects": effects,
            "drafts": sorted(drafts),
            "checkpoint": (service.store.checkpoint(service.mailbox.name, "INBOX") or (0, 0))[1],
            "plan": sorted(
                (s.followup.interview_id, s.followup.kind.value, s.state, s.followup.due.isoformat())
                for s in service.store.followups()
            ),
            "quarantined": sorted((q.source, q.error) for q in service.store.quarantined()),
        }
    finally:
        service.close()


@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_a_first_start_read_by_workers_is_the_same_as_in_process(dovecot, tmp_path, caplog, method):
    raws = mailbox()
    results = {}
    for name in ("in-process", "workers"):
        account = dovecot.add_user(f"pool-{name}-{time.monotonic_ns()}@example.test")
        account.deliver_to_maildir("INBOX", raws, sync=True)
        pool = Pool(2, min_batch=2, start_method=method) if name == "workers" else None
        results[name] = first_start(account, tmp_path, name, caplog, pool)
        if pool is not None:
            assert pool.sent >= 10 and not pool.broken, "the workers read the mail"
    alone, pooled = results["in-process"], results["workers"]
    assert len(alone["drafts"]) >= 3 and alone["checkpoint"] > 200
    assert pooled["drafts"] == alone["drafts"]
    assert pooled["plan"] == alone["plan"]
    assert pooled["checkpoint"] == alone["checkpoint"]
    assert pooled["counts"] == alone["counts"]
    assert sum("checkpoint" in line for line in alone["effects"]) >= 2
    assert pooled["effects"] == alone["effects"]  # the same effects (checkpoints, plans, drafts) in the same order
    assert pooled["quarantined"] == alone["quarantined"] == []


# What a worker runs in the poison test: a message saying so raises, kills its worker or hangs it (SIGALRM
# blocked, so only the pool's own limit can stop it); any other message is read as usual.
def poisoned(raw: bytes, context: Context) -> Understood:
    if b"POISON-RAISE" in raw:
        raise ValueError("poisoned on purpose")
    if b"POISON-DIE" in raw:
        os.kill(os.getpid(), signal.SIGKILL)
    if b"POISON-HANG" in raw:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(3600)
    return understand_here(raw, context)


@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_a_message_that_breaks_a_worker_is_quarantined_and_the_rest_read(dovecot, tmp_path, caplog, method):
    raws = mailbox()
    for position, marker in ((40, "POISON-RAISE"), (90, "POISON-DIE"), (150, "POISON-HANG")):
        poison = invitation(start=NOW + timedelta(days=2), end=NOW + timedelta(days=2, hours=1))[0]
        raws.insert(position, poison.replace(b"\n\n", f"\n\n{marker}\n".encode(), 1))
    account = dovecot.add_user(f"pool-poison-{time.monotonic_ns()}@example.test")
    account.deliver_to_maildir("INBOX", raws, sync=True)
    pool = Pool(2, min_batch=2, understand=poisoned, hold_limit=3.0, start_method=method)
    started = time.monotonic()
    result = first_start(account, tmp_path, "poison", caplog, pool)
    assert time.monotonic() - started < 120
    errors = [error for _, error in result["quarantined"]]
    assert len(errors) == 3, result["quarantined"]
    assert any(e.startswith("ValueError: poisoned on purpose") for e in errors)
    assert any(e.startswith("WorkerDied:") for e in errors)
    assert any(e.startswith("TimeLimitExceeded:") for e in errors)
    assert sum("quarantined" in line for line in result["effects"]) == 3
    assert len(result["drafts"]) >= 3  # the interviews around them are still read and drafted
    uids = sorted(m.uid for m in account.messages("INBOX"))
    assert result["checkpoint"] == uids[-1]
    assert not pool.broken


def test_one_core_reads_in_process():
    pool = Pool(1)
    items = [object()] * 40
    assert list(pool.ahead(items, None)) == items  # type: ignore[arg-type]
    assert pool.broken and pool._procs == []


@pytest.mark.parametrize("count", [1, 15])
def test_small_batches_start_no_worker(count):
    pool = Pool(2)
    items = [object()] * count
    assert list(pool.ahead(items, None)) == items  # type: ignore[arg-type]
    assert pool._procs == []


@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_workers_end_when_the_service_is_killed(method):
    """A service killed hard (SIGKILL, the OOM killer) leaves no worker behind."""
    import subprocess
    import sys

    from tests.paths import ROOT

    program = (
        "import time\n"
        "from watcher.pool import Pool\n"
        f"pool = Pool(2, start_method={method!r})\n"
        "assert pool._started()\n"
        "print(' '.join(str(w.process.pid) for w in pool._procs), flush=True)\n"
        "time.sleep(600)\n"
    )
    service = subprocess.Popen([sys.executable, "-c", program], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert service.stdout is not None
        workers = [int(pid) for pid in service.stdout.readline().split()]
        assert len(workers) == 2
    finally:
        service.kill()
        service.wait()
    deadline = time.monotonic() + 15
    while any(os.path.exists(f"/proc/{pid}") and "zombie" not in _state(pid) for pid in workers):
        assert time.monotonic() < deadline, "a worker outlived the service"
        time.sleep(0.1)


def _state(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/status") as status:
            return next((line for line in status if line.startswith("State:")), "").lower()
    except OSError:
        return "zombie"
