"""What the per-input guard costs: messages handled per second through `Service.handle` (the guard: an
in-hand note committed before the work, the work in one transaction, the note removed with it) beside the
same work without the guard (`MailIntake._handle`, each state write committed on its own), on a Maildir
state in a temporary folder, over a sample of the generated mailbox (1 % invitations).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from bench.common import Figure
from bench.mailbox import generate


def _rate(workdir: Path, raws: list[bytes], guarded: bool) -> float:
    from tests.local import local_service
    from watcher.guard import Input, content_key
    from watcher.sources import Incoming

    service = local_service(workdir)
    try:
        started = time.perf_counter()
        for n, raw in enumerate(raws):
            incoming = Incoming(f"INBOX:{n}", raw)
            if guarded:
                service.handle(incoming)
            else:
                service.intake._handle(incoming, Input("message", incoming.ref, content_key(raw)))
        return len(raws) / (time.perf_counter() - started)
    finally:
        service.close()


def run(workdir: Path, *, quick: bool) -> list[Figure]:
    raws = [m.raw for m in generate(200 if quick else 2_000, now=datetime.now(UTC))]
    rounds = 1 if quick else 3
    _rate(workdir / "warm-up", raws[:100], True)  # imports, compiled expressions: paid before either is timed
    guarded = max(_rate(workdir / f"guarded-{r}", raws, True) for r in range(rounds))
    bare = max(_rate(workdir / f"bare-{r}", raws, False) for r in range(rounds))
    return [
        Figure(
            f"guard: messages handled per second with one guard and transaction each ({len(raws)} generated)",
            f"{guarded:.0f} messages/s ({(1 / guarded - 1 / bare) * 1e6:+.0f} µs per message)",
            reference=f"the same without the guard: {bare:.0f} messages/s",
        )
    ]
