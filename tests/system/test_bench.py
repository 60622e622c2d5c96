"""The benchmarks in bench/ keep working: a quick run of each, figures printed, no target judged here
(a timed unit test would fail on a busy machine and prove nothing; bench/RESULTS.md holds the figures)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.paths import ROOT
from tests.servers.dovecot import find_dovecot


@pytest.mark.timeout(900)
def test_quick_benchmarks_run_and_print_every_figure():
    if find_dovecot() is None:
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd); the benchmarks need it")
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick"], cwd=ROOT, capture_output=True, text=True, timeout=850
    )
    print(result.stdout)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    for figure in ("backfill:", "push latency:", "idle cost:", "understanding:", "start-up: followup --help", "guard:"):
        assert figure in result.stdout
    assert "cores" in result.stdout.splitlines()[0]
    # The backfill run checks recall itself and fails when an invitation is lost; say so plainly here too.
    assert "MISSING" not in result.stdout and "NOT PARSED" not in result.stdout
