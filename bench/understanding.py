"""Understanding speed and start-up time.

- Emails per second through parse + detect + extract (`parse_message` then `understand_message`, the
  service's own path) on one core, over `tests/corpus/` (typical mail, 3 KB on average) and over a sample
  of the generated mailbox (newsletters and HTML mail, 30 KB on average, where the detector's regular
  expressions have ten times more text to read).
- Start-up: wall time of `followup --help` and `followup inspect <one .eml>` as new processes, median of
  several runs, beside a bare `python -c pass` (the interpreter's own start-up) measured the same way.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.common import ROOT, Figure, median
from bench.mailbox import generate

CORPUS = ROOT / "tests" / "corpus"


def rate(raws: list[bytes], rounds: int) -> float:
    """Messages per second, the best of `rounds` passes (the least disturbed by other processes)."""
    from zoneinfo import ZoneInfo

    from watcher.core.mail import parse_message
    from watcher.core.understand import Context, understand_message

    ctx = Context(frozenset({"jordan@example.test"}), ZoneInfo("America/New_York"), timedelta(hours=1))
    best = 0.0
    for _ in range(rounds):
        started = time.process_time()
        for raw in raws:
            understand_message(parse_message(raw, ctx.timezone), ctx)
        best = max(best, len(raws) / (time.process_time() - started))
    return best


def startup(command: list[str], runs: int) -> list[float]:
    env = {**os.environ}
    env.pop("FOLLOWUP_CONFIG", None)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
        times.append(time.perf_counter() - started)
    return times


def run(workdir: Path, *, quick: bool) -> list[Figure]:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the target says
    corpus = [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))]
    sample = [m.raw for m in generate(200 if quick else 2_000, now=datetime.now(UTC))]
    corpus_rate = rate(corpus, 1 if quick else 5)
    sample_rate = rate(sample, 1 if quick else 2)
    os.sched_setaffinity(0, os.sched_getaffinity(os.getppid())) if hasattr(os, "sched_setaffinity") else None
    runs = 3 if quick else 15
    followup = [sys.executable, "-m", "watcher"]
    bare = median(startup([sys.executable, "-c", "pass"], runs))
    help_times = startup([*followup, "--help"], runs)
    inspect_times = startup([*followup, "inspect", str(CORPUS / "0001.eml")], runs)
    corpus_kb = sum(map(len, corpus)) / len(corpus) / 1000
    sample_kb = sum(map(len, sample)) / len(sample) / 1000
    return [
        Figure(
            f"understanding: parse + detect + extract, one core, tests/corpus ({len(corpus)} emails, "
            f"{corpus_kb:.1f} KB average)",
            f"{corpus_rate:.0f} emails/s",
            target=">= 200 emails/s for typical mail",
            met=corpus_rate >= 200,
            notes=[f"generated mailbox sample ({len(sample)} emails, {sample_kb:.0f} KB average): {sample_rate:.0f}/s"],
        ),
        Figure(
            "start-up: followup --help",
            f"median {median(help_times) * 1000:.0f} ms over {runs} runs (min {min(help_times) * 1000:.0f})",
            reference=f"python -c pass: {bare * 1000:.0f} ms",
            target="< 300 ms",
            met=median(help_times) < 0.3,
        ),
        Figure(
            "start-up: followup inspect tests/corpus/0001.eml",
            f"median {median(inspect_times) * 1000:.0f} ms over {runs} runs (min {min(inspect_times) * 1000:.0f})",
            reference=f"python -c pass: {bare * 1000:.0f} ms",
            target="< 300 ms",
            met=median(inspect_times) < 0.3,
        ),
    ]
